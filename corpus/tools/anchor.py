"""Corpus: turns a human-written annotation file into a gold record with exact offsets.

Takes ``corpus/annotations/<id>.yaml`` (spans given as exact substrings of the article text,
see ``corpus/GUIDELINES.md`` section "Annotation files") and the article from
``corpus/articles.jsonl``; gives ``corpus/gold/<id>.json`` in the record schema (warta/1).
A substring that is not found, or that repeats without an occurrence index, stops the run
with a message naming the file and the item. Run from the repository root:

    .venv/bin/python corpus/tools/anchor.py corpus/annotations/gpr-0026.yaml
    .venv/bin/python corpus/tools/anchor.py --all        # rebuild every gold file
    .venv/bin/python corpus/tools/anchor.py --all --check  # fail if a gold file is stale
    .venv/bin/python corpus/tools/anchor.py --set fresh --all  # the fresh set (quotes only)

An annotation may set ``scope`` (the record types it annotates, e.g. ``[quotes]``): the gold
record carries it, and ``warta evaluate`` scores that article on those types only.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex
import yaml

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
LABELS = ("PER", "ORG", "LOC")
RECORD_TYPES = ("entities", "dates", "quotes", "awards")
# Occurrences listed under NONE are reserved as not being entities (``Hymne [Balikpapan]``:
# a place name inside the title of a song).
NOT_ENTITY = "NONE"
GRANULARITY_VALUE = {
    "day": regex.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": regex.compile(r"^\d{4}-\d{2}$"),
    "year": regex.compile(r"^\d{4}$"),
    "time": regex.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$"),
}
DAY = regex.compile(r"^\d{4}-\d{2}-\d{2}$")
# A mention or cue further than this from its quote must be given an explicit occurrence.
NEAR = 600


class AnchorError(ValueError):
    """An annotation that cannot be placed on the text."""


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def _bounded(text: str, start: int, end: int) -> bool:
    """A match must not cut a word: 'Bengkulu' is not found inside 'Bengkulunya'."""
    if start > 0 and text[start].isalnum() and text[start - 1].isalnum():
        return False
    if end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        return False
    return True


def _parse_anchor(anchor: str) -> tuple[str, int, int]:
    """'pungkas[nya]' -> ('pungkasnya', 7, 10): brackets mark the span inside a context."""
    if anchor.count("[") == 1 and anchor.count("]") == 1 and anchor.index("[") < anchor.index("]"):
        i, j = anchor.index("["), anchor.index("]")
        return anchor[:i] + anchor[i + 1:j] + anchor[j + 1:], i, j - 1
    return anchor, 0, len(anchor)


def occurrences(text: str, anchor: str) -> list[Span]:
    """Every word-bounded occurrence of an anchor, as the span its brackets mark."""
    context, a, b = _parse_anchor(anchor)
    if not context or a == b:
        raise AnchorError(f"empty anchor {anchor!r}")
    found, pos = [], text.find(context)
    while pos != -1:
        if _bounded(text, pos, pos + len(context)):
            found.append(Span(pos + a, pos + b))
        pos = text.find(context, pos + 1)
    return found


def _item(spec: Any) -> tuple[str, Any]:
    if isinstance(spec, str):
        return spec, None
    if isinstance(spec, dict) and "text" in spec:
        return spec["text"], spec.get("occurrence")
    raise AnchorError(f"expected a string or {{text, occurrence}}, got {spec!r}")


def locate(text: str, spec: Any, what: str) -> Span:
    """One span: the anchor must be unique, or carry a 0-based occurrence index."""
    anchor, occ = _item(spec)
    found = occurrences(text, anchor)
    if not found:
        raise AnchorError(f"{what}: {anchor!r} not found in the text")
    if occ is None:
        if len(found) > 1:
            raise AnchorError(f"{what}: {anchor!r} occurs {len(found)} times; give occurrence: "
                              f"0..{len(found) - 1}")
        return found[0]
    if not isinstance(occ, int) or not 0 <= occ < len(found):
        raise AnchorError(f"{what}: {anchor!r} occurrence {occ!r} out of 0..{len(found) - 1}")
    return found[occ]


def locate_range(text: str, spec: Any, what: str) -> Span:
    """A long span: exact text, or ``from``/``to`` anchors (``to`` is the first one after ``from``)."""
    if isinstance(spec, dict) and "from" in spec:
        first = locate(text, {"text": spec["from"], "occurrence": spec.get("occurrence")}, what)
        ends = [s for s in occurrences(text, spec["to"]) if s.start >= first.start]
        if not ends:
            raise AnchorError(f"{what}: end {spec['to']!r} not found after {spec['from']!r}")
        return Span(first.start, ends[0].end)
    return locate(text, spec, what)


def locate_near(text: str, spec: Any, quote: Span, what: str, before: bool = False) -> Span:
    """A speaker mention or cue: the occurrence nearest to its quote, outside the quote.

    An indirect quote's cue and speaker come before its content (``Ia mengajak warga …``,
    ``Menurut Bupati, …``), so only earlier occurrences are considered for it.
    """
    anchor, occ = _item(spec)
    if occ is not None or ("[" in anchor and len(occurrences(text, anchor)) == 1):
        # targeted: a cue inserted in its content (``Pemkab Madina, [kata] wabup, akan …``)
        return locate(text, spec, what)
    found = [s for s in occurrences(text, anchor)
             if s.end <= quote.start or (s.start >= quote.end and not before)]
    if not found:
        raise AnchorError(f"{what}: {anchor!r} not found outside its quote")

    def gap(s: Span) -> int:
        return quote.start - s.end if s.end <= quote.start else s.start - quote.end

    found.sort(key=gap)
    if len(found) > 1 and gap(found[0]) == gap(found[1]):
        raise AnchorError(f"{what}: {anchor!r} is as near before as after its quote; "
                          "give occurrence")
    if gap(found[0]) > NEAR:
        raise AnchorError(f"{what}: nearest {anchor!r} is {gap(found[0])} characters from its "
                          "quote; give occurrence")
    return found[0]


def _entities(text: str, spec: dict | None) -> list[dict]:
    """Entities: a bare string tags every occurrence; the longer span wins an overlap.

    Targeted items (an occurrence index or a bracketed context) are placed before bare
    strings, so ``Wali Kota [Balikpapan]`` keeps ``Kota Balikpapan`` from being tagged there.
    """
    spec = spec or {}
    unknown = set(spec) - {*LABELS, NOT_ENTITY}
    if unknown:
        raise AnchorError(f"entities: unknown labels {sorted(unknown)}")
    candidates = []
    for label in (NOT_ENTITY, *LABELS):
        for item in spec.get(label) or []:
            anchor, occ = _item(item)
            found = occurrences(text, anchor)
            if not found:
                raise AnchorError(f"entities/{label}: {anchor!r} not found in the text")
            if occ is None or occ == "all":
                picked, explicit = found, "[" in anchor
            else:
                idx = occ if isinstance(occ, list) else [occ]
                if any(not isinstance(i, int) or not 0 <= i < len(found) for i in idx):
                    raise AnchorError(f"entities/{label}: {anchor!r} occurrence {occ!r} out of "
                                      f"0..{len(found) - 1}")
                picked, explicit = [found[i] for i in idx], True
            candidates += [(s, label, explicit, anchor) for s in picked]
    candidates.sort(key=lambda c: (c[1] != NOT_ENTITY, not c[2], -(c[0].end - c[0].start),
                                   c[0].start))
    taken: list[tuple[Span, str]] = []
    for span, label, explicit, anchor in candidates:
        clash = [t for t in taken if t[0].start < span.end and span.start < t[0].end]
        if not clash:
            taken.append((span, label))
        elif explicit and not any(t[0] == span and t[1] == label for t in clash):
            raise AnchorError(f"entities/{label}: {anchor!r} at {span.start} overlaps "
                              f"{text[clash[0][0].start:clash[0][0].end]!r}")
    return [{"text": text[s.start:s.end], "label": lab, "start": s.start, "end": s.end}
            for s, lab in sorted(taken, key=lambda t: t[0].start) if lab != NOT_ENTITY]


def _dates(text: str, spec: list | None) -> list[dict]:
    out = []
    for n, d in enumerate(spec or []):
        what = f"dates[{n}]"
        gran, value = d.get("granularity"), d.get("value")
        if gran not in (*GRANULARITY_VALUE, None):
            raise AnchorError(f"{what}: granularity {gran!r}")
        if value is not None and (gran is None or not GRANULARITY_VALUE[gran].match(str(value))):
            raise AnchorError(f"{what}: value {value!r} does not fit granularity {gran!r}")
        occ = d.get("occurrence")
        if occ == "all":
            spans = occurrences(text, d["text"])
            if not spans:
                raise AnchorError(f"{what}: {d['text']!r} not found in the text")
        else:
            spans = [locate(text, {"text": d["text"], "occurrence": occ}, what)]
        out += [{"text": text[s.start:s.end], "start": s.start, "end": s.end,
                 "value": None if value is None else str(value), "granularity": gran}
                for s in spans]
    out.sort(key=lambda d: d["start"])
    for a, b in zip(out, out[1:]):
        if b["start"] < a["end"]:
            raise AnchorError(f"dates {a['text']!r} and {b['text']!r} overlap")
    return out


def _day(value: Any, what: str) -> str | None:
    if value is None:
        return None
    if not DAY.match(str(value)):
        raise AnchorError(f"{what}: {value!r} is not YYYY-MM-DD")
    return str(value)


def _quotes(text: str, spec: list | None) -> list[dict]:
    out = []
    for n, q in enumerate(spec or []):
        what = f"quotes[{n}]"
        if q.get("type") not in ("direct", "indirect", "mixed"):
            raise AnchorError(f"{what}: type {q.get('type')!r}")
        span = locate_range(text, q.get("text", q), what)
        before = q["type"] == "indirect"
        speaker = None
        sp = q.get("speaker")
        if sp is not None:
            for key in ("name", "mention"):
                if not sp.get(key):
                    raise AnchorError(f"{what}: speaker needs {key}")
            if not occurrences(text, sp["name"]):
                raise AnchorError(f"{what}: speaker name {sp['name']!r} is not in the text")
            m = locate_near(text, sp["mention"], span, f"{what}/speaker.mention", before)
            speaker = {"name": sp["name"], "mention": text[m.start:m.end], "start": m.start,
                       "end": m.end, "title": sp.get("title"),
                       "affiliation": sp.get("affiliation")}
        cue = None
        if q.get("cue") is not None:
            c = locate_near(text, q["cue"], span, f"{what}/cue", before)
            cue = {"text": text[c.start:c.end], "start": c.start, "end": c.end}
        out.append({"type": q["type"], "text": text[span.start:span.end], "start": span.start,
                    "end": span.end, "speaker": speaker, "cue": cue,
                    "date": _day(q.get("date"), f"{what}/date")})
    out.sort(key=lambda q: q["start"])
    for a, b in zip(out, out[1:]):
        if b["start"] < a["end"]:
            raise AnchorError(f"quotes at {a['start']} and {b['start']} overlap")
    return out


def _sentence(text: str, span: Span) -> Span:
    """The sentence around a span: between sentence stops or paragraph breaks."""
    stops = [m.end() for m in regex.finditer(r"[.!?](?=\s)|\n", text[:span.start])]
    start = stops[-1] if stops else 0
    m = regex.compile(r"[.!?](?=\s|$)|\n").search(text, span.end)
    end = m.end() if m and m.group() != "\n" else (m.start() if m else len(text))
    while start < end and text[start].isspace():
        start += 1
    return Span(start, end)


def _awards(text: str, spec: list | None) -> list[dict]:
    out = []
    for n, a in enumerate(spec or []):
        what = f"awards[{n}]"
        r = locate(text, a["recipient"], f"{what}/recipient")
        ev = locate_range(text, a["evidence"], f"{what}/evidence") if a.get("evidence") \
            else _sentence(text, r)
        if not (ev.start <= r.start and r.end <= ev.end):
            raise AnchorError(f"{what}: evidence does not contain the recipient")
        rank = a.get("rank")
        if rank is not None and not isinstance(rank, int):
            raise AnchorError(f"{what}: rank {rank!r} is not an integer")
        out.append({"recipient": {"text": text[r.start:r.end], "start": r.start, "end": r.end},
                    "rank": rank, "rank_text": a.get("rank_text"), "award": a.get("award"),
                    "category": a.get("category"), "date": _day(a.get("date"), f"{what}/date"),
                    "evidence": {"start": ev.start, "end": ev.end}})
    return out


def load_articles(path: Path = CORPUS / "articles.jsonl") -> dict[str, dict]:
    with path.open(encoding="utf-8") as fh:
        return {a["id"]: a for a in (json.loads(line) for line in fh if line.strip())}


def anchor(ann: dict, article: dict) -> dict:
    """One annotation (parsed YAML) + its article -> the gold record."""
    text = article["text"]
    published = ann.get("published", article.get("published"))
    if published is not None:
        published = str(published)
    scope = ann.get("scope")
    if scope is not None:
        if not isinstance(scope, list) or not scope or any(t not in RECORD_TYPES for t in scope):
            raise AnchorError(f"scope must be a list of {', '.join(RECORD_TYPES)}, not {scope!r}")
        unscoped = [t for t in RECORD_TYPES if t not in scope and ann.get(t)]
        if unscoped:
            raise AnchorError(f"{', '.join(unscoped)} annotated outside the scope {scope}")
    record = {
        "schema": "warta/1",
        "id": article["id"],
        "title": article.get("title"),
        "published": published,
        "published_source": ann.get("published_source",
                                    "input" if published is not None else None),
        "entities": _entities(text, ann.get("entities")),
        "dates": _dates(text, ann.get("dates")),
        "quotes": _quotes(text, ann.get("quotes")),
        "awards": _awards(text, ann.get("awards")),
        "error": None,
    }
    if scope is not None:
        record["scope"] = [t for t in RECORD_TYPES if t in scope]
    return record


def _read_yaml(path: Path) -> dict:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_StrDates)
    if not isinstance(data, dict) or "id" not in data:
        raise AnchorError(f"{path}: not a mapping with an id")
    return data


class _StrDates(yaml.SafeLoader):
    """SafeLoader that keeps 2021-11-11 a string instead of turning it into a date object."""


_StrDates.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def build(path: Path, articles: dict[str, dict],
          out_dir: Path = CORPUS / "gold") -> tuple[Path, str]:
    ann = _read_yaml(path)
    if ann["id"] not in articles:
        raise AnchorError(f"{path}: id {ann['id']!r} is not in articles.jsonl")
    if path.stem != ann["id"]:
        raise AnchorError(f"{path}: file name does not match id {ann['id']!r}")
    try:
        record = anchor(ann, articles[ann["id"]])
    except (AnchorError, KeyError, TypeError) as exc:
        raise AnchorError(f"{path}: {exc}") from exc
    out = out_dir / f"{ann['id']}.json"
    return out, json.dumps(record, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path, help="annotation files (.yaml)")
    ap.add_argument("--all", action="store_true", help="every file in corpus/annotations/")
    ap.add_argument("--check", action="store_true",
                    help="write nothing; exit 1 if a gold file differs from its annotation")
    ap.add_argument("--set", dest="subset", choices=("main", "fresh"), default="main",
                    help="main: corpus/ (default); fresh: corpus/fresh/ (its articles.jsonl, "
                         "annotations/ and gold/)")
    ap.add_argument("--out", type=Path, default=None,
                    help="directory for the gold files (default the set's gold/; the agreement pass "
                         "writes corpus/agreement/gold)")
    args = ap.parse_args(argv)
    base = CORPUS / "fresh" if args.subset == "fresh" else CORPUS
    out_dir = args.out or base / "gold"
    files = sorted((base / "annotations").glob("*.yaml")) if args.all else args.files
    if not files:
        ap.error("give annotation files or --all")
    articles = load_articles(base / "articles.jsonl")
    failed = stale = 0
    for path in files:
        try:
            out, content = build(path, articles, out_dir)
        except AnchorError as exc:
            print(f"error: {exc}", file=sys.stderr)
            failed += 1
            continue
        if args.check:
            if not out.exists() or out.read_text(encoding="utf-8") != content:
                print(f"stale: {out}", file=sys.stderr)
                stale += 1
        else:
            out.write_text(content, encoding="utf-8")
    print(f"{len(files) - failed} of {len(files)} annotation files anchored"
          + (f", {stale} gold files stale" if args.check else ""), file=sys.stderr)
    return 1 if failed or stale else 0


if __name__ == "__main__":
    sys.exit(main())
