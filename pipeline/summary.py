"""A short summary of a records file: ``python -m pipeline.summary records.jsonl``.

Takes a JSON Lines records file; gives counts per record type, error kinds and the most
quoted speakers. A torn last line (a killed run) is counted, not fatal.
"""

from __future__ import annotations

import sys
from collections import Counter

import orjson


def summarise(path: str) -> str:
    counts: Counter[str] = Counter()
    speakers: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    torn = 0
    with open(path, "rb") as fh:
        for line in fh:
            if not line.strip():
                continue
            try:
                rec = orjson.loads(line)
            except orjson.JSONDecodeError:
                torn += 1
                continue
            counts["documents"] += 1
            if rec.get("error"):
                counts["errors"] += 1
                errors[rec["error"].get("kind", "?")] += 1
            for key in ("entities", "dates", "quotes", "awards"):
                counts[key] += len(rec.get(key) or [])
            for q in rec.get("quotes") or []:
                if q.get("speaker"):
                    speakers[q["speaker"]["name"]] += 1
    lines = [f"{path}: " + ", ".join(f"{counts[k]} {k}" for k in
                                      ("documents", "errors", "entities", "dates", "quotes", "awards"))]
    if errors:
        lines.append("errors: " + ", ".join(f"{k} ({c})" for k, c in errors.most_common()))
    if torn:
        lines.append(f"{torn} unreadable line(s): an interrupted run? `warta extract ... --resume` completes it")
    if speakers:
        lines.append("most quoted: " + ", ".join(f"{n} ({c})" for n, c in speakers.most_common(5)))
    return "\n".join(lines)


if __name__ == "__main__":
    print(summarise(sys.argv[1] if len(sys.argv) > 1 else "records.jsonl"))
