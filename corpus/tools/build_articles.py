"""Corpus: builds ``corpus/articles.jsonl`` from the shared press-release files.

Takes ``../shared/seed/bengkulu-top-gpr-2021.txt`` and ``../shared/data/press/*.jsonl``;
gives one JSON object per article, ``text`` = title + blank line + body with the body's
characters unchanged (the seed: the file content exactly). Run from the repository root:

    .venv/bin/python corpus/tools/build_articles.py [--shared ../shared]
    .venv/bin/python corpus/tools/build_articles.py --fresh   # corpus/fresh/articles.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED_ID = "bengkulu-top-gpr-2021"

# Award, rank and opinion stories of gov-releases.jsonl, found by reading titles and texts
# (WTP, penghargaan, juara, lomba, predikat …); every one of them goes into the corpus.
AWARD_IDS = ("gpr-0026", "gpr-0029", "gpr-0041", "gpr-0092", "gpr-0097", "gpr-0119")
# Releases taken from gov-releases.jsonl in all; the others are the longest non-award
# releases, left out to bound the annotation effort.
N_RELEASES = 60


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _source(dataset: str, row: int, src: dict) -> dict:
    return {"dataset": dataset, "row": row, "repo": src.get("repo"), "path": src.get("path"),
            "commit": src.get("commit"), "table": src.get("table"),
            "row_id": src.get("row_id"), "file_id": src.get("file_id")}


def _article(dataset: str, row: int, d: dict) -> dict:
    return {"id": d["id"], "title": d["title"], "published": d.get("published"),
            "institution": d.get("institution"), "source": _source(dataset, row, d["source"]),
            "text": d["title"] + "\n\n" + d["text"]}


def build(shared: Path) -> list[dict]:
    seed_text = (shared / "seed" / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    seed = {"id": SEED_ID, "title": seed_text.split("\n", 1)[0], "published": None,
            "institution": "Pemerintah Provinsi Bengkulu",
            "source": {"dataset": f"seed/{SEED_ID}.txt", "row": None, "repo": None,
                       "path": None, "commit": None, "table": None, "row_id": None,
                       "file_id": None},
            "text": seed_text}

    press = shared / "data" / "press"
    award_rel = [_article("press/gov-award-releases.jsonl", i, d)
                 for i, d in enumerate(_rows(press / "gov-award-releases.jsonl")) if d.get("award")]
    releases = [(i, d) for i, d in enumerate(_rows(press / "gov-releases.jsonl"))]
    awards = [_article("press/gov-releases.jsonl", i, d) for i, d in releases if d["id"] in AWARD_IDS]
    missing = set(AWARD_IDS) - {a["id"] for a in awards}
    if missing:
        raise SystemExit(f"award releases not found: {sorted(missing)}")
    others = [(i, d) for i, d in releases if d["id"] not in AWARD_IDS]
    keep_n = N_RELEASES - len(awards)
    kept = sorted(sorted(others, key=lambda r: (len(r[1]["text"]), r[0]))[:keep_n])
    rest = [_article("press/gov-releases.jsonl", i, d) for i, d in kept]
    return [seed, *award_rel, *awards, *rest]


def build_fresh(shared: Path) -> list[dict]:
    """The releases of gov-releases.jsonl that ``build`` leaves out (the longest non-award
    ones), in file order: the fresh set, annotated for quotes only, on which no rule was
    developed."""
    taken = {a["id"] for a in build(shared)}
    rows = _rows(shared / "data" / "press" / "gov-releases.jsonl")
    return [_article("press/gov-releases.jsonl", i, d) for i, d in enumerate(rows) if d["id"] not in taken]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--fresh", action="store_true",
                    help="the releases left out of the corpus instead (corpus/fresh/articles.jsonl)")
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    articles = build_fresh(args.shared) if args.fresh else build(args.shared)
    if args.out is None:
        args.out = ROOT / "corpus" / ("fresh" if args.fresh else "") / "articles.jsonl"
    with args.out.open("w", encoding="utf-8", newline="\n") as fh:
        for a in articles:
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    print(f"{len(articles)} articles -> {args.out}")


if __name__ == "__main__":
    main()
