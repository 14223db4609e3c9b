"""The batch runner: articles in, records out, in input order, on local worker processes.

Input is streamed and at most ``window`` chunks are in flight, so memory stays flat on a
1 GB JSON Lines file. Each worker process loads the pipeline once.
"""

from __future__ import annotations

import itertools
import logging
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from .reader import Article
from .validate import offset_errors, schema_errors

log = logging.getLogger("warta")

_NLP = None
_PUBLISHED: str | None = None


def _init_worker(published: str | None) -> None:
    global _NLP, _PUBLISHED
    from .nlp import load

    _NLP = load()
    _PUBLISHED = published


def checked(record: dict[str, Any], text: str) -> dict[str, Any]:
    """The record, or an error record when it breaks the schema or the offset invariant."""
    problems = schema_errors(record) + offset_errors(record, text)
    if not problems:
        return record
    log.error("record %s failed its own checks: %s", record.get("id"), "; ".join(problems[:3]))
    from .records import error_record

    return error_record(record.get("id") or "", "invalid-record",
                        "the pipeline produced an invalid record: " + "; ".join(problems[:3]),
                        title=record.get("title")).to_dict()


def process_one(article: Article, nlp=None, published: str | None = None) -> dict[str, Any]:
    from .extract import process

    nlp = nlp if nlp is not None else _NLP
    published = published if published is not None else _PUBLISHED
    return checked(process(nlp, article, published).to_dict(), article.text)


def _process_chunk(chunk: list[Article]) -> list[dict[str, Any]]:
    return [process_one(a) for a in chunk]


def run_local(articles: Iterable[Article], *, workers: int = 1, published: str | None = None,
              chunk_size: int = 16, nlp=None) -> Iterator[tuple[Article, dict[str, Any]]]:
    """(article, record) pairs in input order."""
    if workers <= 1:
        if nlp is None:
            from .nlp import load

            nlp = load()
        for article in articles:
            yield article, process_one(article, nlp, published)
        return
    window = workers * 4
    it = iter(articles)
    pending: deque[tuple[list[Article], Future]] = deque()
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                             initargs=(published,)) as pool:
        while True:
            while len(pending) < window:
                chunk = list(itertools.islice(it, chunk_size))
                if not chunk:
                    break
                pending.append((chunk, pool.submit(_process_chunk, chunk)))
            if not pending:
                break
            chunk, future = pending.popleft()
            try:
                records = future.result()
            except Exception as exc:  # a worker died: the chunk's documents still get records
                from .records import error_record

                records = [error_record(a.id, "worker", f"{type(exc).__name__}: {exc}").to_dict()
                           for a in chunk]
            yield from zip(chunk, records)
