"""Reading and normalising input: files, directories, JSON Lines and stdin -> Articles.

Nothing is cleaned: the article text is exactly what was read (decoded), so offsets in the
output point into it. A document that cannot be read becomes an Article with an ``error``;
it still yields one record downstream.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

#: Documents longer than this many characters get an ``oversized`` error record.
MAX_CHARS = 1_000_000  # spaCy's own nlp.max_length


class InputError(Exception):
    """Input that cannot be read at all (a missing path): the command exits 2."""


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    error_kind: str | None = None
    error_message: str | None = None


def decode(data: bytes) -> tuple[str | None, str | None]:
    """Bytes -> (text, None) or (None, error message).

    UTF-8 first (a BOM is dropped, as editors add it); cp1252 next, since older government
    sites export press releases in it; text with NUL bytes or many control characters is
    taken for binary.
    """
    if b"\x00" in data[:8192]:
        return None, "binary content (NUL bytes); expected UTF-8 or cp1252 text"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            return None, f"not UTF-8 or cp1252 text ({exc.reason} at byte {exc.start})"
    sample = text[:8192]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f\v")
    if sample and controls / len(sample) > 0.05:
        return None, "binary content (control characters); expected text"
    return text, None


def title_of(text: str) -> str | None:
    """The first non-empty line of a .txt article."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return None


def check(article: Article, max_chars: int = MAX_CHARS) -> Article:
    """Attach an error to an article whose text is empty or too long."""
    if article.error_kind:
        return article
    if not article.text.strip():
        return Article(id=article.id, text=article.text, title=article.title,
                       published=article.published, url=article.url,
                       error_kind="empty", error_message="the document has no text")
    if len(article.text) > max_chars:
        return Article(id=article.id, text="", title=article.title,
                       published=article.published, url=article.url, error_kind="oversized",
                       error_message=f"the document has {len(article.text):,} characters; "
                                     f"the limit is {max_chars:,} (--max-chars)")
    return article


def read_txt_bytes(doc_id: str, data: bytes) -> Article:
    text, err = decode(data)
    if err is not None:
        return Article(id=doc_id, text="", error_kind="decode", error_message=err)
    return Article(id=doc_id, text=text, title=title_of(text))


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def read_jsonl_lines(lines: Iterator[bytes], origin: str) -> Iterator[Article]:
    """One article per non-empty line; a bad line becomes an error article, not a crash."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        doc_id = str(number)
        text, err = decode(raw)
        if err is not None:
            yield Article(id=doc_id, text="", error_kind="decode", error_message=f"{origin} line {number}: {err}")
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Article(id=doc_id, text="", error_kind="json",
                          error_message=f"{origin} line {number}: invalid JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict):
            yield Article(id=doc_id, text="", error_kind="json",
                          error_message=f"{origin} line {number}: expected a JSON object")
            continue
        if obj.get("id") is not None:
            doc_id = str(obj["id"])
        body = obj.get("text")
        if not isinstance(body, str):
            yield Article(id=doc_id, text="", title=_str_or_none(obj.get("title")), error_kind="json",
                          error_message=f"{origin} line {number}: the 'text' field is missing or not a string")
            continue
        yield Article(id=doc_id, text=body, title=_str_or_none(obj.get("title")),
                      published=_str_or_none(obj.get("published")), url=_str_or_none(obj.get("url")))


def read_path(path: Path) -> Iterator[Article]:
    if path.suffix.lower() == ".jsonl":
        with path.open("rb") as fh:
            yield from read_jsonl_lines(iter(fh), path.name)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Article(id=path.stem, text="", error_kind="io", error_message=f"{path}: {exc.strerror}")
        return
    yield read_txt_bytes(path.stem, data)


def read_stream(stream: BinaryIO, name: str = "stdin") -> Iterator[Article]:
    """Standard input: JSON Lines when it starts with '{', else one plain-text article."""
    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)
    head = stream.peek(64)[:64]
    if head.lstrip().startswith(b"{"):
        yield from read_jsonl_lines(iter(stream), name)
        return
    yield read_txt_bytes(name, stream.read())


def expand(inputs: list[str]) -> list[Path | str]:
    """Paths to read, in order; directories are read recursively (.txt and .jsonl, sorted).

    Raises InputError for a path that does not exist, before any work starts.
    """
    out: list[Path | str] = []
    for item in inputs or ["-"]:
        if item == "-":
            out.append("-")
            continue
        path = Path(item)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*")
                              if p.is_file() and p.suffix.lower() in {".txt", ".jsonl"}))
        elif path.exists():
            out.append(path)
        else:
            raise InputError(f"no such file or directory: {item}")
    return out


def read_inputs(inputs: list[str], max_chars: int = MAX_CHARS) -> Iterator[Article]:
    """All articles of all inputs, streamed, in input order."""
    for item in expand(inputs):
        if item == "-":
            articles = read_stream(sys.stdin.buffer)
        else:
            articles = read_path(item)
        for article in articles:
            yield check(article, max_chars)
