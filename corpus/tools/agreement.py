"""Corpus: inter-annotator agreement between two independent gold passes over the same articles.

Takes the first pass ``corpus/gold/<id>.json`` and the second pass
``corpus/agreement/gold/<id>.json`` (both built by ``anchor.py`` from hand-written YAML) for
every id present in both; gives a Markdown table per record type: quotes (span F1 at
IoU >= 0.5 and exact; type, speaker name, mention, title, affiliation, cue and date agreement
on matched quotes), dates
(span F1 exact and overlapping, value agreement), awards (recipient F1, recipient+rank F1)
and entities (exact span+label F1 overall and per label, token-level Cohen's kappa).
Between two annotators F1 is symmetric: 2 * matched / (count A + count B).

    .venv/bin/python corpus/tools/agreement.py              # the table
    .venv/bin/python corpus/tools/agreement.py --diff       # and every disagreement, per article
    .venv/bin/python corpus/tools/agreement.py --ids gpr-0098 gpr-0100   # a subset
    .venv/bin/python corpus/tools/agreement.py --first-rev 2c0848d       # pass A before adjudication
    .venv/bin/python corpus/tools/agreement.py --set fresh               # the fresh set (quotes only)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
LABELS = ("PER", "ORG", "LOC")
TOKEN = regex.compile(r"\w+|[^\w\s]")


def iou(a: dict, b: dict) -> float:
    inter = min(a["end"], b["end"]) - max(a["start"], b["start"])
    if inter <= 0:
        return 0.0
    return inter / (max(a["end"], b["end"]) - min(a["start"], b["start"]))


def match(xs: list, ys: list, score: Callable[[dict, dict], float],
          threshold: float) -> list[tuple[dict, dict]]:
    """Greedy one-to-one pairs, best score first, each at least ``threshold``."""
    cands = sorted(((score(x, y), i, j) for i, x in enumerate(xs) for j, y in enumerate(ys)),
                   key=lambda c: (-c[0], c[1], c[2]))
    used_x, used_y, pairs = set(), set(), []
    for s, i, j in cands:
        if s >= threshold and s > 0 and i not in used_x and j not in used_y:
            used_x.add(i)
            used_y.add(j)
            pairs.append((xs[i], ys[j]))
    return pairs


class Tally:
    """Counts summed over articles: a/b records per pass, m matched, agree/of on matched pairs."""

    def __init__(self) -> None:
        self.c: Counter = Counter()

    def f1(self, key: str) -> str:
        a, b, m = self.c[f"{key}.a"], self.c[f"{key}.b"], self.c[f"{key}.m"]
        return "–" if a + b == 0 else f"{2 * m / (a + b):.3f}"

    def share(self, key: str) -> str:
        n, of = self.c[f"{key}.agree"], self.c[f"{key}.of"]
        return "–" if of == 0 else f"{n / of:.3f}"

    def add_f1(self, key: str, a: int, b: int, m: int) -> None:
        self.c[f"{key}.a"] += a
        self.c[f"{key}.b"] += b
        self.c[f"{key}.m"] += m

    def add_share(self, key: str, agree: int, of: int) -> None:
        self.c[f"{key}.agree"] += agree
        self.c[f"{key}.of"] += of


def _name(q: dict) -> str | None:
    return q["speaker"]["name"].casefold() if q["speaker"] else None


def _speaker(q: dict, key: str) -> str | tuple | None:
    sp = q["speaker"]
    if sp is None:
        return None
    return (sp["start"], sp["end"]) if key == "mention" else (sp[key] or "").casefold() or None


def _cue(q: dict) -> str | None:
    return q["cue"]["text"].casefold() if q["cue"] else None


def quotes(a: list, b: list, t: Tally, diff: list) -> None:
    loose = match(a, b, iou, 0.5)
    exact = match(a, b, lambda x, y: float((x["start"], x["end"]) == (y["start"], y["end"])), 1)
    t.add_f1("q.iou", len(a), len(b), len(loose))
    t.add_f1("q.exact", len(a), len(b), len(exact))
    t.add_share("q.type", sum(x["type"] == y["type"] for x, y in loose), len(loose))
    t.add_share("q.name", sum(_name(x) == _name(y) for x, y in loose), len(loose))
    for key in ("mention", "title", "affiliation"):
        t.add_share(f"q.{key}", sum(_speaker(x, key) == _speaker(y, key) for x, y in loose),
                    len(loose))
    t.add_share("q.cue", sum(_cue(x) == _cue(y) for x, y in loose), len(loose))
    t.add_share("q.date", sum(x["date"] == y["date"] for x, y in loose), len(loose))
    paired_a = {id(x) for x, _ in loose}
    paired_b = {id(y) for _, y in loose}
    diff += [f"quote only in A: {x['type']} {x['text'][:70]!r}" for x in a if id(x) not in paired_a]
    diff += [f"quote only in B: {y['type']} {y['text'][:70]!r}" for y in b if id(y) not in paired_b]
    for x, y in loose:
        for what, fa, fb in (("span", x["text"], y["text"]), ("type", x["type"], y["type"]),
                             ("speaker", _name(x), _name(y)),
                             *((k, _speaker(x, k), _speaker(y, k))
                               for k in ("title", "affiliation")),
                             ("mention", x["speaker"] and x["speaker"]["mention"],
                              y["speaker"] and y["speaker"]["mention"]),
                             ("cue", _cue(x), _cue(y)),
                             ("date", x["date"], y["date"])):
            if fa != fb:
                shown = (repr(fa[:40]) + "…" + repr(fa[-25:]), repr(fb[:40]) + "…" +
                         repr(fb[-25:])) if what == "span" else (repr(fa), repr(fb))
                diff.append(f"quote {what}: A {shown[0]} / B {shown[1]}")


def dates(a: list, b: list, t: Tally, diff: list) -> None:
    exact = match(a, b, lambda x, y: float((x["start"], x["end"]) == (y["start"], y["end"])), 1)
    loose = match(a, b, iou, 1e-9)
    t.add_f1("d.exact", len(a), len(b), len(exact))
    t.add_f1("d.overlap", len(a), len(b), len(loose))
    same = [(x, y) for x, y in loose
            if (x["value"], x["granularity"]) == (y["value"], y["granularity"])]
    t.add_share("d.value", len(same), len(loose))
    paired_a = {id(x) for x, _ in loose}
    paired_b = {id(y) for _, y in loose}
    diff += [f"date only in A: {x['text']!r} {x['value']}" for x in a if id(x) not in paired_a]
    diff += [f"date only in B: {y['text']!r} {y['value']}" for y in b if id(y) not in paired_b]
    diff += [f"date: A {x['text']!r} {x['value']} {x['granularity']} / B {y['text']!r} "
             f"{y['value']} {y['granularity']}" for x, y in loose
             if (x["text"], x["value"], x["granularity"]) != (y["text"], y["value"],
                                                               y["granularity"])]


def _rank(aw: dict) -> tuple:
    return aw["rank"], (aw["rank_text"] or "").casefold()


def awards(a: list, b: list, t: Tally, diff: list) -> None:
    def rec(x: dict, y: dict) -> float:
        return iou(x["recipient"], y["recipient"]) + 0.01 * (x["category"] == y["category"])

    loose = match(a, b, rec, 0.01)
    ranked = match(a, b, lambda x, y: rec(x, y) * (_rank(x) == _rank(y)), 0.01)
    t.add_f1("a.recipient", len(a), len(b), len(loose))
    t.add_f1("a.rank", len(a), len(b), len(ranked))
    t.add_share("a.award", sum((x["award"] or "").casefold() == (y["award"] or "").casefold()
                               for x, y in loose), len(loose))
    paired_a = {id(x) for x, _ in loose}
    paired_b = {id(y) for _, y in loose}
    diff += [f"award only in A: {x['recipient']['text']!r} {x['rank_text']} {x['award']}"
             for x in a if id(x) not in paired_a]
    diff += [f"award only in B: {y['recipient']['text']!r} {y['rank_text']} {y['award']}"
             for y in b if id(y) not in paired_b]
    for x, y in loose:
        for key in ("rank", "rank_text", "award", "category", "date"):
            if x[key] != y[key]:
                diff.append(f"award {key}: A {x[key]!r} / B {y[key]!r} "
                            f"({x['recipient']['text']!r})")
        if x["recipient"]["text"] != y["recipient"]["text"]:
            diff.append(f"award recipient: A {x['recipient']['text']!r} / "
                        f"B {y['recipient']['text']!r}")


def _token_labels(text: str, ents: list) -> list[str]:
    out = []
    for m in TOKEN.finditer(text):
        label = "O"
        for e in ents:
            if e["start"] <= m.start() and m.end() <= e["end"]:
                label = e["label"]
                break
        out.append(label)
    return out


def entities(a: list, b: list, text: str, t: Tally, diff: list, tokens: list) -> None:
    key = lambda e: (e["start"], e["end"], e["label"])  # noqa: E731
    ka, kb = {key(e) for e in a}, {key(e) for e in b}
    t.add_f1("e.all", len(ka), len(kb), len(ka & kb))
    for lab in LABELS:
        la = {k for k in ka if k[2] == lab}
        lb = {k for k in kb if k[2] == lab}
        t.add_f1(f"e.{lab}", len(la), len(lb), len(la & lb))
    tokens += zip(_token_labels(text, a), _token_labels(text, b))
    diff += [f"entity only in A: {text[s:e]!r} {lab}" for s, e, lab in sorted(ka - kb)]
    diff += [f"entity only in B: {text[s:e]!r} {lab}" for s, e, lab in sorted(kb - ka)]


def kappa(pairs: list[tuple[str, str]]) -> str:
    if not pairs:
        return "–"
    n = len(pairs)
    po = sum(x == y for x, y in pairs) / n
    ca, cb = Counter(x for x, _ in pairs), Counter(y for _, y in pairs)
    pe = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return "1.000" if pe == 1 else f"{(po - pe) / (1 - pe):.3f}"


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def table(t: Tally, tokens: list, n: int, first: str, second: str) -> str:
    c = t.c

    def counts(k: str) -> str:
        return f"{c[k + '.a']} / {c[k + '.b']} / {c[k + '.m']}"

    def agreed(k: str) -> str:
        return f"{c[k + '.agree']} of {c[k + '.of']}"

    rows = [
        ("Quotes", "span F1, IoU ≥ 0.5", counts("q.iou"), t.f1("q.iou")),
        ("Quotes", "span F1, exact", counts("q.exact"), t.f1("q.exact")),
        ("Quotes", "type agreement (matched)", agreed("q.type"), t.share("q.type")),
        ("Quotes", "speaker name agreement (matched)", agreed("q.name"), t.share("q.name")),
        ("Quotes", "speaker mention span agreement (matched)", agreed("q.mention"),
         t.share("q.mention")),
        ("Quotes", "speaker title agreement (matched)", agreed("q.title"), t.share("q.title")),
        ("Quotes", "speaker affiliation agreement (matched)", agreed("q.affiliation"),
         t.share("q.affiliation")),
        ("Quotes", "cue agreement (matched)", agreed("q.cue"), t.share("q.cue")),
        ("Quotes", "date agreement (matched)", agreed("q.date"), t.share("q.date")),
        ("Dates", "span F1, exact", counts("d.exact"), t.f1("d.exact")),
        ("Dates", "span F1, overlap", counts("d.overlap"), t.f1("d.overlap")),
        ("Dates", "value+granularity agreement (overlapping)", agreed("d.value"),
         t.share("d.value")),
        ("Awards", "recipient F1 (overlap)", counts("a.recipient"), t.f1("a.recipient")),
        ("Awards", "recipient+rank F1", counts("a.rank"), t.f1("a.rank")),
        ("Awards", "award name agreement (matched)", agreed("a.award"), t.share("a.award")),
        ("Entities", "span+label F1, exact", counts("e.all"), t.f1("e.all")),
        *(("Entities", f"{lab} F1, exact", counts(f"e.{lab}"), t.f1(f"e.{lab}"))
          for lab in LABELS),
        ("Entities", "Cohen's κ, token labels (PER/ORG/LOC/O)", f"{len(tokens)} tokens",
         kappa(tokens)),
    ]
    head = (f"{n} articles, pass A = `{first}`, pass B = `{second}`; "
            "counts are A / B / matched, or agreeing of matched pairs.\n\n"
            "| Records | Measure | Counts | Score |\n|---|---|---|---|\n")
    return head + "\n".join(f"| {a} | {b} | {c_} | {d} |" for a, b, c_, d in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", dest="subset", choices=("main", "fresh"), default="main",
                    help="main: corpus/ (default); fresh: corpus/fresh/ (its articles.jsonl, gold/ and "
                         "agreement/gold/ are the defaults)")
    ap.add_argument("--first", type=Path, default=None, help="pass A gold directory (default the set's gold/)")
    ap.add_argument("--second", type=Path, default=None,
                    help="pass B gold directory (default the set's agreement/gold/)")
    ap.add_argument("--diff", action="store_true", help="list every disagreement per article")
    ap.add_argument("--ids", nargs="+", help="only these article ids")
    ap.add_argument("--first-rev", metavar="REV",
                    help="read pass A from this git revision of --first (the pass as it was "
                         "before adjudication)")
    args = ap.parse_args(argv)
    base = CORPUS / "fresh" if args.subset == "fresh" else CORPUS
    args.first = args.first or base / "gold"
    args.second = args.second or base / "agreement" / "gold"

    def read_first(doc_id: str) -> str | None:
        path = args.first.resolve() / f"{doc_id}.json"
        if not args.first_rev:
            return path.read_text(encoding="utf-8") if path.exists() else None
        spec = f"{args.first_rev}:{path.relative_to(ROOT)}"
        done = subprocess.run(["git", "-C", str(ROOT), "show", spec], capture_output=True,
                              text=True, encoding="utf-8")
        return done.stdout if done.returncode == 0 else None

    firsts = {p.stem: read_first(p.stem) for p in args.second.glob("*.json")
              if not args.ids or p.stem in args.ids}
    ids = sorted(k for k, v in firsts.items() if v is not None)
    if not ids:
        print("no article is in both passes", file=sys.stderr)
        return 1
    with (base / "articles.jsonl").open(encoding="utf-8") as fh:
        texts = {a["id"]: a["text"] for a in map(json.loads, fh) if a["id"] in ids}
    t, tokens, report = Tally(), [], []
    for doc_id in ids:
        ra = json.loads(firsts[doc_id])
        rb = json.loads((args.second / f"{doc_id}.json").read_text(encoding="utf-8"))
        diff: list[str] = []
        quotes(ra["quotes"], rb["quotes"], t, diff)
        dates(ra["dates"], rb["dates"], t, diff)
        awards(ra["awards"], rb["awards"], t, diff)
        entities(ra["entities"], rb["entities"], texts[doc_id], t, diff, tokens)
        report.append((doc_id, diff))
    first = _shown(args.first.resolve()) + (f"` at `{args.first_rev}" if args.first_rev else "")
    print(table(t, tokens, len(ids), first, _shown(args.second.resolve())))
    if args.diff:
        for doc_id, diff in report:
            print(f"\n## {doc_id} ({len(diff)} disagreements)")
            print("\n".join(f"- {d}" for d in diff))
    return 0


if __name__ == "__main__":
    sys.exit(main())
