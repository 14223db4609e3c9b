"""A short summary of a records file: ``python -m pipeline.summary records.jsonl``."""

from __future__ import annotations

import sys
from collections import Counter

import orjson


def summarise(path: str) -> str:
    counts: Counter[str] = Counter()
    speakers: Counter[str] = Counter()
    for line in open(path, "rb"):
        if not line.strip():
            continue
        rec = orjson.loads(line)
        counts["documents"] += 1
        counts["errors"] += rec.get("error") is not None
        for key in ("entities", "dates", "quotes", "awards"):
            counts[key] += len(rec.get(key) or [])
        for q in rec.get("quotes") or []:
            if q.get("speaker"):
                speakers[q["speaker"]["name"]] += 1
    lines = [f"{path}: " + ", ".join(f"{counts[k]} {k}" for k in
                                      ("documents", "errors", "entities", "dates", "quotes", "awards"))]
    if speakers:
        lines.append("most quoted: " + ", ".join(f"{n} ({c})" for n, c in speakers.most_common(5)))
    return "\n".join(lines)


if __name__ == "__main__":
    print(summarise(sys.argv[1] if len(sys.argv) > 1 else "records.jsonl"))
