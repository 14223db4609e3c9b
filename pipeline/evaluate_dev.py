"""Evaluation on the development sets kept outside the repository (``make eval-dev``).

Takes the shared data folder (``../shared/data``); runs the default pipeline on

- PFSA-ID dev (Kompas news, tokens tagged STATEMENT / PERSON / PERSONCOREF / CUE): direct
  quote P/R/F1 (IoU >= 0.5 and >= 0.9) and speaker accuracy, against the corpus's own
  annotation;
- the Detik dev set, which has no quote annotation: it gives what can be measured from
  outside the pipeline (pattern-built "silver" references): recall of the passages in quote
  marks, precision of direct quotes against them, and speaker agreement on quotes
  attributed by the plain pattern ``"…," kata Name``.

Gives a table on stdout (and ``--json``). Nothing from these sets is written into the
repository; without the data folder it says so and exits 0.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Optional

import regex
import typer

from .evaluate import OVERLAP, STRICT_OVERLAP, Count, Ratio, iou, match, norm_name
from .resources import tsv_records, yaml_data
from .speakers import words_of

DETIK = Path("news/detik-dev.jsonl")
PFSA = Path("quotes/pfsa-id-dev-noncommercial")

# A passage between a pair of quote marks on one line (Detik writes straight quotes).
_QUOTED = regex.compile(r"[“\"”](?P<inner>[^“\"”\n]+?)[”\"]")
_NAME = r"\p{Lu}[\p{L}'-]*(?:[ \t]+\p{Lu}[\p{L}'-]*)*"
_DETIK_DATE = regex.compile(r"^(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})")




def _attribution() -> regex.Pattern:
    verbs = "|".join(regex.escape(v) for v in yaml_data("evaluation.yaml")["speech_verbs"])
    return regex.compile(rf"[ \t]*(?:{verbs})[ \t]+(?P<name>{_NAME})")


def silver_quotes(text: str) -> list[dict[str, Any]]:
    """Passages of three words or more in quote marks, each with the name that the plain
    pattern ``"…," kata Name`` gives it (None where the pattern does not follow)."""
    after = _attribution()
    out = []
    for m in _QUOTED.finditer(text):
        if len(m.group("inner").split()) < 3:
            continue
        who = after.match(text, m.end())
        out.append({"start": m.start("inner"), "end": m.end("inner"),
                    "name": who.group("name") if who else None})
    return out


def names_agree(silver: str, predicted: str | None) -> bool:
    """Does the predicted speaker name agree with the pattern's name? Either's words contain
    the other's: "Wahid" and "Abdul Wahid", "Gubernur Abdul Wahid" and "Abdul Wahid"; a
    nickname's quote marks do not count ("Ucok" and "Budi 'Ucok' Santoso")."""
    a = {w.strip("'‘’") for w in (norm_name(silver) or "").split()}
    b = {w.strip("'‘’") for w in (norm_name(predicted) or "").split()}
    return bool(a) and bool(b) and (a <= b or b <= a)


def detik_published(raw: str | None) -> str | None:
    m = _DETIK_DATE.match(raw or "")
    return f"{m['year']}-{int(m['month']):02d}-{int(m['day']):02d}" if m else None


def read_jsonl(path: Path, limit: int | None) -> list[dict[str, Any]]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line))
            if limit is not None and len(out) >= limit:
                break
    return out


def run_pipeline(articles: Iterable[tuple[str, str, str | None, str | None]], total: int,
                 label: str) -> list[dict[str, Any]]:
    """(id, text, published, title) -> records, the pipeline loaded once; progress on stderr. A
    title not given is the text's first line, as for a .txt file."""
    from rich.console import Console
    from rich.progress import Progress

    from .document import process
    from .reader import Article, check, title_of

    nlp = _nlp()
    out = []
    with Progress(console=Console(file=sys.stderr), transient=True) as bar:
        task = bar.add_task(label, total=total)
        for doc_id, text, published, title in articles:
            article = check(Article(id=doc_id, text=text, title=title or title_of(text), published=published))
            out.append(process(nlp, article).to_dict())
            bar.advance(task)
    return out


@functools.cache
def _nlp():
    from .nlp import load

    return load()


@dataclass(frozen=True)
class Row:
    metric: str
    value: float | None
    n: int
    note: str = ""
    count: bool = False  # a count or an average, not a rate: shown without three decimals


def score_detik(path: Path, limit: int | None = None) -> list[Row]:
    """Pattern-built checks on the Detik dev set (it has no quote annotation)."""
    docs = read_jsonl(path, limit)
    records = run_pipeline(((str(d["id"]), d["text"], detik_published(d.get("published_raw")), d.get("title"))
                            for d in docs), len(docs), "detik")
    recall_05, precision_05, strict = Count(), Count(), Count()
    speakers, with_speaker = Ratio(), Ratio()
    quoted_articles = 0
    for doc, rec in zip(docs, records):
        silver = silver_quotes(doc["text"])
        direct = [q for q in rec["quotes"] if q["type"] == "direct"]
        pairs = match(silver, direct, OVERLAP)
        recall_05.add(len(pairs), len(direct), len(silver))
        strict.add(len(match(silver, direct, STRICT_OVERLAP)), len(direct), len(silver))
        quoted_articles += bool(silver)
        for gi, pi in pairs:
            if silver[gi]["name"]:
                speaker = direct[pi].get("speaker") or {}
                speakers.add(names_agree(silver[gi]["name"], speaker.get("name")))
        for q in rec["quotes"]:
            with_speaker.add(bool(q.get("speaker")))
    p, r, f1 = recall_05.prf()
    _, _, f1_strict = strict.prf()
    n_pred = sum(len(rec["quotes"]) for rec in records)
    return [
        Row("detik.articles", float(len(docs)), len(docs), f"{quoted_articles} with quote marks", count=True),
        Row("detik.quoted.r@0.5", r, recall_05.n_gold, "passages in quote marks found as direct quotes"),
        Row("detik.direct.p@0.5", p, recall_05.n_pred, "direct quotes that are passages in quote marks"),
        Row("detik.direct.f1@0.5", f1, recall_05.n_gold, "against the passages in quote marks"),
        Row("detik.direct.f1@0.9", f1_strict, strict.n_gold, "against the passages in quote marks"),
        Row("detik.pattern_speaker_acc", speakers.value(), speakers.total,
            'speaker agrees with "…," kata Name'),
        Row("detik.quotes_with_speaker", with_speaker.value(), n_pred, "all quote types"),
        Row("detik.quotes_per_article", n_pred / len(docs) if docs else None, len(docs),
            "all quote types", count=True),
    ]


def score_pfsa(folder: Path, limit: int | None = None) -> list[Row]:
    """Direct quotes and their speakers on PFSA-ID dev, through the Warta record scores."""
    from .evaluate import evaluate

    docs = load_pfsa(folder, limit)
    records = run_pipeline(((d["id"], d["text"], None, None) for d in docs), len(docs), "pfsa-id")
    gold = [d["gold"] for d in docs]
    scores = evaluate(gold, records)
    m = scores.metrics
    n_direct = sum(1 for g in gold for q in g["quotes"] if q["type"] == "direct")
    # PFSA-ID's PERSON spans keep ranks ("Komisaris Besar Ahmad Ramadhan") where Warta's
    # names do not, so a lenient agreement (one name's words inside the other's) is shown
    # beside the exact one.
    lenient = Ratio()
    # PFSA-ID links a statement to a PERSON (or PERSONCOREF) span where the text names the
    # speaker there; for "…,” katanya" it tags the cue alone, and the loader derives the gold
    # speaker as the person named last before the statement ("inferred"). The two are
    # scored apart, and the linked ones once more with ranks and honorifics folded out of both
    # names (PFSA-ID keeps "Komisaris Besar", "dr", "Prof" inside the PERSON span; Warta's
    # guidelines move them out).
    linked, linked_folded, inferred, folded = Ratio(), Ratio(), Ratio(), Ratio()
    misses: dict[str, int] = {cause: 0 for cause in MISS_CAUSES}
    # Predicted direct quotes with no PFSA-ID statement: PFSA-ID annotates public figures'
    # statements only, so how many of them carry a cue and a speaker says how many are
    # quotations all the same (a resident's "…,” kata Ani").
    unmatched = unmatched_attributed = 0
    for g, rec in zip(gold, records):
        direct = [q for q in rec["quotes"] if q["type"] == "direct"]
        found = {pi for _gi, pi in match(g["quotes"], direct, OVERLAP)}
        for pi, q in enumerate(direct):
            if pi not in found:
                unmatched += 1
                unmatched_attributed += bool(q.get("cue") and q.get("speaker"))
        for gi, pi in match(g["quotes"], rec["quotes"], OVERLAP):
            gs, ps = g["quotes"][gi].get("speaker"), rec["quotes"][pi].get("speaker")
            if gs is None or ps is None:
                lenient.add(gs is None and ps is None)
            else:
                lenient.add(names_agree(gs.get("name"), ps.get("name")))
            if gs is None:
                continue
            predicted = (ps or {}).get("name")
            same = norm_name(gs.get("name")) == norm_name(predicted)
            folded.add(fold_titles(gs.get("name")) == fold_titles(predicted))
            if gs.get("inferred"):
                inferred.add(same)
            else:
                linked.add(same)
                linked_folded.add(fold_titles(gs.get("name")) == fold_titles(predicted))
            if not same:
                misses[miss_cause(gs.get("name"), ps)] += 1
    rows = [Row("pfsa.articles", float(len(docs)), len(docs), f"{n_direct} direct statements", count=True)]
    for name, note in (("quotes.direct.p@0.5", "predicted direct quotes"),
                       ("quotes.direct.r@0.5", "gold direct statements"),
                       ("quotes.direct.f1@0.5", ""), ("quotes.direct.f1@0.9", ""),
                       ("quotes.direct.speaker_acc", "exact name (case and space folded)")):
        n = scores.support[name] if not name.endswith(".p@0.5") else sum(
            1 for r in records for q in r["quotes"] if q["type"] == "direct")
        rows.append(Row(f"pfsa.{name.removeprefix('quotes.')}", m[name], n, note))
    rows.append(Row("pfsa.direct.speaker_words_acc", lenient.value(), lenient.total,
                    "one name's words inside the other's"))
    rows.append(Row("pfsa.direct.speaker_acc.folded", folded.value(), folded.total,
                    "exact once ranks and honorifics are folded out of both"))
    rows.append(Row("pfsa.direct.speaker_acc.linked", linked.value(), linked.total,
                    "exact, speakers PFSA-ID links to the statement"))
    rows.append(Row("pfsa.direct.speaker_acc.linked_folded", linked_folded.value(), linked_folded.total,
                    "the same, ranks and honorifics folded out of both"))
    rows.append(Row("pfsa.direct.speaker_acc.inferred", inferred.value(), inferred.total,
                    'exact, "…,” katanya": gold derived by the loader'))
    rows.append(Row("pfsa.direct.unmatched_attributed", float(unmatched_attributed), unmatched,
                    "unmatched predicted quotes with cue and speaker", count=True))
    # Within PFSA-ID's scope: the same direct quotes less those whose speaker the article
    # introduces as a private person (``speaker.private``: an age in brackets, "warga …").
    public = [{**rec, "quotes": [q for q in rec["quotes"] if not (q.get("speaker") or {}).get("private")]}
              for rec in records]
    scoped = evaluate(gold, public).metrics
    n_public = sum(1 for r in public for q in r["quotes"] if q["type"] == "direct")
    for name, n, note in (("p@0.5", n_public, "predicted direct quotes less private persons'"),
                          ("r@0.5", n_direct, "gold direct statements"),
                          ("f1@0.5", n_direct, "PFSA-ID's scope: public figures' statements")):
        rows.append(Row(f"pfsa.direct.public.{name}", scoped[f"quotes.direct.{name}"], n, note))
    total = sum(misses.values())
    for cause, note in MISS_CAUSES.items():
        rows.append(Row(f"pfsa.speaker_misses.{cause}", float(misses[cause]), total, note, count=True))
    return rows


MISS_CAUSES = {
    "rank_honorific": "the names match once ranks and honorifics are folded out",
    "shares_words": "one name's words inside the other's (short and full forms)",
    "pronoun": "a pronoun or -nya resolved to another person",
    "other": "another person, or a wrong name",
    "no_speaker": "no speaker predicted",
}


def miss_cause(gold: str | None, predicted: dict[str, Any] | None) -> str:
    """Why a predicted speaker is not the gold one (the first cause that applies)."""
    name = (predicted or {}).get("name")
    if predicted is None:
        return "no_speaker"
    if fold_titles(gold) == fold_titles(name):
        return "rank_honorific"
    if names_agree(gold or "", name):
        return "shares_words"
    if (predicted.get("mention") or "").lower() in _pronouns():
        return "pronoun"
    return "other"


@functools.cache
def _pronouns() -> frozenset[str]:
    """The pronouns and clitics a speaker mention may be (speaker_words.tsv), lower case."""
    return frozenset(w.lower() for w in words_of("pronoun") | words_of("clitic"))


@functools.cache
def _title_words() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """Honorific, rank and degree words of the speaker lists (folded: lower case, no final
    full stop), and the ranks of several words."""
    single = set(words_of("honorific") | words_of("rank") | words_of("degree"))
    multi = []
    for row in tsv_records("ranks.tsv"):
        parts = tuple(w.casefold().rstrip(".") for w in row["words"].split())
        if len(parts) == 1:
            single.add(row["words"])
        else:
            multi.append(parts)
    return (frozenset(w.casefold().rstrip(".") for w in single),
            tuple(sorted(multi, key=len, reverse=True)))


def fold_titles(name: str | None) -> str | None:
    """A person's name without the ranks, honorifics and degrees Warta's lists know, case
    folded: "Komisaris Besar Rahmat Santoso" and "dr. Rahmat Santoso, M.Kes" are "rahmat santoso"."""
    if not name:
        return None
    single, multi = _title_words()
    words = [w.casefold().rstrip(".,") for w in regex.split(r"[\s,()]+", name) if w.strip(",()")]
    out: list[str] = []
    i = 0
    while i < len(words):
        for parts in multi:
            if tuple(words[i:i + len(parts)]) == parts:
                i += len(parts)
                break
        else:
            if words[i] not in single:
                out.append(words[i])
            i += 1
    return " ".join(out) or None


def load_pfsa(folder: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """PFSA-ID documents as {id, text, gold}: the gold record holds the direct statements
    (read by ``pipeline.devsets``, which keeps the corpus out of the repository)."""
    try:
        from .devsets import load_pfsa as read_pfsa
    except ImportError as exc:
        raise Unavailable("no PFSA-ID reader (pipeline/devsets.py) in this checkout") from exc
    docs = read_pfsa(folder, include_indirect=False, limit=limit)
    if not docs:
        raise Unavailable(f"no PFSA-ID file under {folder}")
    return [{"id": d["id"], "text": d["text"],
             "gold": {"id": d["id"], "quotes": d["quotes"]}} for d in docs]


class Unavailable(Exception):
    """A development set that cannot be scored here; eval-dev says why and goes on."""


def dev_table(rows: list[Row]):
    from rich.table import Table

    table = Table(title="warta eval-dev (development sets in ../shared/data; not committed)",
                  title_justify="left")
    for column in ("metric", "value", "n", "what"):
        table.add_column(column, justify="right" if column in ("value", "n") else "left")
    for row in rows:
        if row.count:
            value = "–" if row.value is None else f"{row.value:g}" if row.value.is_integer() else f"{row.value:.2f}"
        else:
            value = "–" if row.value is None else f"{row.value:.3f}"
        table.add_row(row.metric, value, str(row.n), row.note)
    return table


app = typer.Typer(add_completion=False)


@app.command()
def main(
    data: Annotated[Path, typer.Option("--data", help="The shared data folder (holds news/ and quotes/).")] = Path("../shared/data"),
    limit: Annotated[Optional[int], typer.Option("--limit", min=1, help="Articles per set (default: all).")] = None,
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Also write the scores as JSON here.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing --json file.")] = False,
) -> None:
    """Score the pipeline on the development sets outside the repository."""
    from rich.console import Console

    if json_out is not None and json_out.exists() and not force:
        typer.echo(f"eval-dev: {json_out} exists; add --force to overwrite it", err=True)
        raise typer.Exit(2)
    if not data.is_dir():
        typer.echo(f"eval-dev: no development data at {data} (the shared data folder is not "
                   f"here); nothing to score.", err=True)
        raise typer.Exit(0)
    rows: list[Row] = []
    for name, path, scorer in (("PFSA-ID dev", data / PFSA, score_pfsa),
                               ("Detik dev", data / DETIK, score_detik)):
        if not path.exists():
            typer.echo(f"eval-dev: {name} is missing at {path}; skipped.", err=True)
            continue
        try:
            rows.extend(scorer(path, limit))
        except Unavailable as exc:
            typer.echo(f"eval-dev: {name} skipped: {exc}.", err=True)
    Console(file=sys.stdout, width=120).print(dev_table(rows))
    if json_out is not None:
        json_out.write_text(json.dumps({r.metric: {"value": r.value, "n": r.n, "note": r.note}
                                        for r in rows}, ensure_ascii=False, indent=1) + "\n",
                            encoding="utf-8")


if __name__ == "__main__":
    app()
