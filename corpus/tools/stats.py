"""Corpus: counts of the annotated corpus, as the Markdown tables of corpus/README.md.

Takes ``corpus/articles.jsonl`` and ``corpus/gold/*.json``; prints the article counts by
source file and the gold record counts (quotes by type, speakers, awards, dates by
granularity, entities by label). Run from the repository root:

    .venv/bin/python corpus/tools/stats.py
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"


def main() -> None:
    with (CORPUS / "articles.jsonl").open(encoding="utf-8") as fh:
        articles = [json.loads(line) for line in fh if line.strip()]
    gold = {p.stem: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted((CORPUS / "gold").glob("*.json"))}

    print("| source file | repository | path | commit | articles | annotated |")
    print("|---|---|---|---|---|---|")
    groups: Counter = Counter()
    done: Counter = Counter()
    for a in articles:
        s = a["source"]
        unknown = "–" if s["dataset"].startswith("seed/") else "not identified"
        key = (s["dataset"], s["repo"] or unknown, s["path"] or "–",
               (s["commit"] or "–")[:12])
        groups[key] += 1
        done[key] += a["id"] in gold
    for key, n in groups.items():
        print(f"| `{key[0]}` | {key[1]} | {key[2]} | {key[3]} | {n} | {done[key]} |")

    recs = [gold[a["id"]] for a in articles if a["id"] in gold]
    quotes = [q for r in recs for q in r["quotes"]]
    qtype = Counter(q["type"] for q in quotes)
    dates = [d for r in recs for d in r["dates"]]
    gran = Counter(d["granularity"] for d in dates)
    ents = Counter(e["label"] for r in recs for e in r["entities"])
    awards = [a for r in recs for a in r["awards"]]
    rows = [
        ("articles annotated", f"{len(recs)} of {len(articles)}"),
        ("quotes", f"{len(quotes)} (direct {qtype['direct']}, indirect {qtype['indirect']}, "
                   f"mixed {qtype['mixed']})"),
        ("quotes with a speaker", f"{sum(q['speaker'] is not None for q in quotes)}"),
        ("quotes with a date", f"{sum(q['date'] is not None for q in quotes)}"),
        ("quotes with cue null (headline quotes)", f"{sum(q['cue'] is None for q in quotes)}"),
        ("awards", f"{len(awards)} (with an ordinal rank "
                   f"{sum(a['rank'] is not None for a in awards)}) in "
                   f"{sum(bool(r['awards']) for r in recs)} articles"),
        ("dates", f"{len(dates)} (day {gran['day']}, month {gran['month']}, year "
                  f"{gran['year']}, time {gran['time']}; value null "
                  f"{sum(d['value'] is None for d in dates)})"),
        ("entities", f"{sum(ents.values())} (PER {ents['PER']}, ORG {ents['ORG']}, "
                     f"LOC {ents['LOC']})"),
    ]
    print()
    print("| gold records | count |")
    print("|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
