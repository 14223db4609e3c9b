"""Evaluation: scores predicted records against gold records (``warta evaluate``).

Takes gold records (the warta/1 record shape, offsets into each article's text) and
predicted records for the same article ids; gives ``Scores``: precision, recall and F1 per
record type, exact and by overlap, plus speaker, cue and date-value accuracies, under stable
metric names (``quotes.direct.f1@0.5``, ``dates.value_acc``, ``awards.recipient_rank.f1`` …).
A trivial baseline, scored on the same gold, gives the numbers a floor.

Matching is greedy and one-to-one within an article: candidate (gold, predicted) pairs are
taken in order of falling character IoU (intersection over union of the two spans), each
item at most once. "Exact" means identical offsets; "@0.5" and "@0.9" mean IoU at least
that. ``evaluate()`` returns data; ``run_evaluate()`` is the command (loading, printing,
thresholds, exit codes).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import sys
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from . import validate
from .resources import yaml_data

Item = Mapping[str, Any]
Metrics = dict[str, float | None]

QUOTE_TYPES = ("direct", "indirect", "mixed")
ENTITY_LABELS = ("PER", "ORG", "LOC")
ACCURACIES = ("quotes.speaker_acc", *(f"quotes.{t}.speaker_acc" for t in QUOTE_TYPES),
              "quotes.cue_acc", "quotes.title_acc", "quotes.affiliation_acc", "quotes.date_acc",
              "dates.value_acc",
              "dates.day_value_acc", "spans.offsets_ok")
OVERLAP = 0.5
STRICT_OVERLAP = 0.9

#: Exit codes of the contract: 0 ok, 1 a score below its threshold, 2 unreadable input.
EXIT_OK, EXIT_SHORTFALL, EXIT_USAGE = 0, 1, 2


class EvalInputError(Exception):
    """Gold, predictions or thresholds that cannot be read: the command exits 2."""


# --- matching ---------------------------------------------------------------------------


def span_of(item: Item | None) -> tuple[int, int] | None:
    if not item:
        return None
    start, end = item.get("start"), item.get("end")
    if isinstance(start, int) and isinstance(end, int) and end >= start:
        return start, end
    return None


def iou(a: tuple[int, int] | None, b: tuple[int, int] | None) -> float:
    """Character intersection over union of two half-open spans (0.0 when either is missing)."""
    if a is None or b is None:
        return 0.0
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = (a[1] - a[0]) + (b[1] - b[0]) - inter
    if union == 0:
        return 1.0 if a == b else 0.0
    return inter / union


def match(gold: Sequence[Item], pred: Sequence[Item], threshold: float,
          similarity: Callable[[Item, Item], float] | None = None,
          compatible: Callable[[Item, Item], bool] | None = None) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by best similarity (span IoU by default).

    Returns (gold index, pred index) pairs whose similarity is at least ``threshold`` and
    that ``compatible`` accepts; ties go to the earlier gold, then the earlier prediction.
    """
    sim = similarity or (lambda g, p: iou(span_of(g), span_of(p)))
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            score = sim(g, p)
            if score > 0 and score >= threshold and (compatible is None or compatible(g, p)):
                candidates.append((-score, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


# --- counts and scores ------------------------------------------------------------------


@dataclass
class Count:
    """True positives and the sizes of both sides, summed over articles."""
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    def add(self, tp: int, n_pred: int, n_gold: int) -> None:
        self.tp += tp
        self.n_pred += n_pred
        self.n_gold += n_gold

    def prf(self) -> tuple[float | None, float | None, float | None]:
        """(P, R, F1); all None when neither side has any item. An empty side scores 0."""
        if self.n_pred == 0 and self.n_gold == 0:
            return None, None, None
        p = self.tp / self.n_pred if self.n_pred else 0.0
        r = self.tp / self.n_gold if self.n_gold else 0.0
        return p, r, 2 * self.tp / (self.n_pred + self.n_gold)


@dataclass
class Ratio:
    """Correct out of total, for accuracies over matched gold items."""
    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    def value(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass
class Scores:
    """Metric name -> value (None where nothing could be measured), and the number of gold
    items (or matched gold items, for accuracies) behind each metric."""
    articles: int
    metrics: Metrics = field(default_factory=dict)
    support: dict[str, int] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)   # gold ids without a prediction
    errors: list[str] = field(default_factory=list)    # gold ids predicted as error records
    scoped: dict[str, int] = field(default_factory=dict)  # "quotes" -> articles annotated for it only


class _Tally:
    def __init__(self) -> None:
        self.counts: dict[str, Count] = {}
        self.ratios: dict[str, Ratio] = {}

    def count(self, name: str, tp: int, n_pred: int, n_gold: int) -> None:
        self.counts.setdefault(name, Count()).add(tp, n_pred, n_gold)

    def ratio(self, name: str) -> Ratio:
        return self.ratios.setdefault(name, Ratio())

    def scores(self, articles: int, missing: list[str], errors: list[str]) -> Scores:
        out = Scores(articles=articles, missing=missing, errors=errors)
        for name, c in self.counts.items():
            base, _, suffix = name.partition("@")
            suffix = f"@{suffix}" if suffix else ""
            for key, value in zip(("p", "r", "f1"), c.prf()):
                out.metrics[f"{base}.{key}{suffix}"] = value
                out.support[f"{base}.{key}{suffix}"] = c.n_gold
        for name, r in self.ratios.items():
            out.metrics[name] = r.value()
            out.support[name] = r.total
        return out


# --- normalisation ----------------------------------------------------------------------

_NON_WORD = regex.compile(r"[^\p{L}\p{N}]+")
_SPACE = regex.compile(r"\s+")


def norm_name(value: str | None) -> str | None:
    """Case and spacing folded: "Rohidin  mersyah" and "Rohidin Mersyah" are one name."""
    if value is None:
        return None
    return _SPACE.sub(" ", value).strip().casefold() or None


def norm_words(value: str | None) -> str | None:
    """Letters and digits only, lower case: award names and rank wordings compare on this."""
    if value is None:
        return None
    return _NON_WORD.sub(" ", value).strip().casefold() or None


def _speaker_name(quote: Item) -> str | None:
    speaker = quote.get("speaker")
    return norm_name(speaker.get("name")) if isinstance(speaker, Mapping) else None


def _speaker_field(quote: Item, field: str) -> str | None:
    speaker = quote.get("speaker")
    return norm_name(speaker.get(field)) if isinstance(speaker, Mapping) else None


def _cue_ok(gold: Item, pred: Item) -> bool:
    g, p = gold.get("cue"), pred.get("cue")
    if not g or not p:
        return not g and not p
    gs, ps = span_of(g), span_of(p)
    if gs is not None and ps is not None:
        return iou(gs, ps) > 0
    return norm_name(g.get("text")) == norm_name(p.get("text"))


def _words_agree(gold: str | None, pred: str | None) -> bool:
    # Releases name an award or a predicate in long and short forms ("Top Government Public
    # Relations/ TOP GPR Award 2021", "opini WTP"); one normalised wording inside the other
    # counts as the same.
    g, p = norm_words(gold), norm_words(pred)
    if g is None or p is None:
        return g is None and p is None
    return g in p or p in g


def _rank_ok(gold: Item, pred: Item) -> bool:
    """Same ordinal rank; where the gold has none, the same wording (a predicate "WTP")."""
    if gold.get("rank") is not None:
        return gold.get("rank") == pred.get("rank")
    return pred.get("rank") is None and _words_agree(gold.get("rank_text"), pred.get("rank_text"))


def _award_name_ok(gold: Item, pred: Item) -> bool:
    return _words_agree(gold.get("award"), pred.get("award"))


def _recipient_similarity(gold: Item, pred: Item) -> float:
    # An award is often stated twice ("Pemprov Bengkulu ... Provinsi Bengkulu"); a
    # prediction that names the recipient with the same words elsewhere still finds it.
    g, p = gold.get("recipient") or {}, pred.get("recipient") or {}
    overlap = iou(span_of(g), span_of(p))
    same_words = norm_words(g.get("text")) is not None and norm_words(g.get("text")) == norm_words(p.get("text"))
    return max(overlap, 1.0 if same_words else 0.0)


def _list(record: Item, key: str) -> list[Item]:
    value = record.get(key) or []
    return [v for v in value if isinstance(v, Mapping)]


# --- the metrics ------------------------------------------------------------------------


def _prf(tally: _Tally, name: str, gold: Sequence[Item], pred: Sequence[Item], threshold: float,
         **kw: Any) -> list[tuple[int, int]]:
    pairs = match(gold, pred, threshold, **kw)
    tally.count(name, len(pairs), len(pred), len(gold))
    return pairs


def _same_label(g: Item, p: Item) -> bool:
    return g.get("label") == p.get("label")


def _entities(tally: _Tally, gold: list[Item], pred: list[Item]) -> None:
    _prf(tally, "entities", gold, pred, 1.0, compatible=_same_label)
    _prf(tally, "entities@0.5", gold, pred, OVERLAP, compatible=_same_label)
    labels = sorted({str(e.get("label")) for e in gold} | {str(e.get("label")) for e in pred})
    for label in labels:
        g = [e for e in gold if e.get("label") == label]
        p = [e for e in pred if e.get("label") == label]
        _prf(tally, f"entities.{label}", g, p, 1.0)
        _prf(tally, f"entities.{label}@0.5", g, p, OVERLAP)


def _dates(tally: _Tally, gold: list[Item], pred: list[Item]) -> None:
    _prf(tally, "dates", gold, pred, 1.0)
    pairs = _prf(tally, "dates@0.5", gold, pred, OVERLAP)
    for gi, pi in pairs:
        ok = gold[gi].get("value") == pred[pi].get("value")
        tally.ratio("dates.value_acc").add(ok)
        if gold[gi].get("granularity") == "day":
            tally.ratio("dates.day_value_acc").add(ok)


def _same_type(g: Item, p: Item) -> bool:
    return g.get("type") == p.get("type")


def _quotes(tally: _Tally, gold: list[Item], pred: list[Item]) -> None:
    for threshold, suffix in ((OVERLAP, "@0.5"), (STRICT_OVERLAP, "@0.9")):
        for qtype in QUOTE_TYPES:
            g = [q for q in gold if q.get("type") == qtype]
            p = [q for q in pred if q.get("type") == qtype]
            _prf(tally, f"quotes.{qtype}{suffix}", g, p, threshold)
        _prf(tally, f"quotes.all{suffix}", gold, pred, threshold, compatible=_same_type)
        _prf(tally, f"quotes.span{suffix}", gold, pred, threshold)
    # Attribution is judged on spans found whatever their type: a direct quote taken for a
    # mixed one still has a speaker and a cue.
    pairs = match(gold, pred, OVERLAP)
    attributed = 0
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        same = _speaker_name(g) == _speaker_name(p)
        attributed += same
        tally.ratio("quotes.speaker_acc").add(same)
        if g.get("type") in QUOTE_TYPES:
            tally.ratio(f"quotes.{g.get('type')}.speaker_acc").add(same)
        tally.ratio("quotes.cue_acc").add(_cue_ok(g, p))
        # The day the statement was made (both null counts as right).
        tally.ratio("quotes.date_acc").add(g.get("date") == p.get("date"))
        if same and _speaker_name(g) is not None:
            # The office and institution, judged where the person is the right one.
            for field in ("title", "affiliation"):
                tally.ratio(f"quotes.{field}_acc").add(_speaker_field(g, field) == _speaker_field(p, field))
    tally.count("quotes.attributed@0.5", attributed, len(pred), len(gold))


def _awards(tally: _Tally, gold: list[Item], pred: list[Item]) -> None:
    _prf(tally, "awards.recipient", gold, pred, OVERLAP, similarity=_recipient_similarity)
    _prf(tally, "awards.recipient_rank", gold, pred, OVERLAP, similarity=_recipient_similarity,
         compatible=_rank_ok)
    _prf(tally, "awards.recipient_rank_award", gold, pred, OVERLAP,
         similarity=_recipient_similarity,
         compatible=lambda g, p: _rank_ok(g, p) and _award_name_ok(g, p))


def _offsets(tally: _Tally, text: str, pred: Item) -> None:
    ratio = tally.ratio("spans.offsets_ok")
    try:
        spans = list(validate.spans(pred))
    except (KeyError, TypeError):
        ratio.add(False)
        return
    for value, start, end in spans:
        ratio.add(isinstance(start, int) and isinstance(end, int) and text[start:end] == value)


# The record types a gold record holds, with their scorers; its "scope" may name fewer.
SCORERS = {"entities": _entities, "dates": _dates, "quotes": _quotes, "awards": _awards}
RECORD_TYPES = tuple(SCORERS)


def evaluate(gold_records: Iterable[Item], pred_records: Iterable[Item],
             texts: Mapping[str, str] | None = None) -> Scores:
    """Scores of ``pred_records`` against ``gold_records``, paired by ``id``.

    A gold article with no prediction counts as one with nothing found; predictions for
    ids not in the gold are ignored. With ``texts`` (id -> article text), ``spans.offsets_ok``
    is the share of predicted spans for which ``text[start:end]`` is the span's text.
    """
    preds = {str(r.get("id")): r for r in pred_records}
    tally = _Tally()
    # Every metric name exists in every run (None where nothing could be measured), so
    # thresholds and JSON readers can rely on them.
    for name in ACCURACIES:
        tally.ratio(name)
    for label in ENTITY_LABELS:
        for suffix in ("", "@0.5"):
            tally.count(f"entities.{label}{suffix}", 0, 0, 0)
    for score in SCORERS.values():
        score(tally, [], [])  # every record type's metrics, though no article is in its scope
    articles = 0
    missing, errors = [], []
    scoped: dict[str, int] = {}
    for g in gold_records:
        articles += 1
        doc_id = str(g.get("id"))
        if doc_id not in preds:
            missing.append(doc_id)
        elif preds[doc_id].get("error"):
            errors.append(doc_id)
        p = preds.get(doc_id, {})
        # A gold record may be annotated for some record types only ("scope": ["quotes"]):
        # the others are not scored for that article.
        scope = set(g.get("scope") or RECORD_TYPES)
        if g.get("scope"):
            key = ", ".join(t for t in RECORD_TYPES if t in scope)
            scoped[key] = scoped.get(key, 0) + 1
        for kind, score in SCORERS.items():
            if kind in scope:
                score(tally, _list(g, kind), _list(p, kind))
        text = (texts or {}).get(doc_id)
        if text is not None:
            _offsets(tally, text, p)
    out = tally.scores(articles, missing, errors)
    out.scoped = scoped
    return out


# --- the baseline -----------------------------------------------------------------------

_PARAGRAPH_BREAK = regex.compile(r"\n\s*\n")
# A passage between a pair of quote marks, on one line.
_QUOTED = regex.compile(r"[“\"”](?P<inner>[^“\"”\n]+?)[”\"]")
# A run of two or more capitalised words: the baseline's idea of a name.
_CAPITALISED_RUN = regex.compile(r"\p{Lu}[\p{L}'-]*(?:[ \t]+\p{Lu}[\p{L}'-]*)+")
_YEAR = regex.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)(?!\d)")
_NUMERIC_DATE = regex.compile(
    r"(?<!\d)(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>(?:19|20)\d\d)(?!\d)")


@functools.cache
def _rank_pattern() -> regex.Pattern:
    data = yaml_data("evaluation.yaml")
    words = "|".join(regex.escape(w) for w in data["rank_words"])
    romans = "|".join(sorted(data["roman_numerals"], key=len, reverse=True))
    return regex.compile(rf"\b(?:{words})\s+(?:ke-?\s*)?(?P<rank>\d{{1,2}}|{romans})\b",
                         regex.IGNORECASE)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        if text[pos:end].strip():
            out.append((pos, end))
        pos = m.end() if m else len(text)
    return out


def _outside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return all(end <= s or start >= e for s, e in spans)


def baseline_record(doc_id: str, text: str) -> dict[str, Any]:
    """The trivial baseline's record for one article.

    Every passage of three words or more in quote marks is a direct quote, spoken by the
    first run of capitalised words in its paragraph outside quotes (else the article's
    first after the title); every year and d/m/yyyy is a date; every run of capitalised
    words is a PER entity; every "peringkat N" ranks the last run before it in its paragraph.
    """
    quotes, entities, dates, awards = [], [], [], []
    rank_re = _rank_pattern()
    romans = yaml_data("evaluation.yaml")["roman_numerals"]
    title_end = text.find("\n")
    title_end = len(text) if title_end < 0 else title_end
    all_quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    doc_names = [m for m in _CAPITALISED_RUN.finditer(text, title_end)
                 if _outside(all_quoted, m.start(), m.end())]
    for m in _CAPITALISED_RUN.finditer(text):
        entities.append({"text": m.group(), "label": "PER", "start": m.start(), "end": m.end()})
    for p_start, p_end in _paragraphs(text):
        # Two words or fewer in quote marks are mostly scare quotes or names of programmes.
        quoted = [m for m in _QUOTED.finditer(text, p_start, p_end)
                  if len(m.group("inner").split()) >= 3]
        spans = [(m.start(), m.end()) for m in quoted]
        names = [m for m in _CAPITALISED_RUN.finditer(text, p_start, p_end)
                 if _outside(spans, m.start(), m.end())]
        who = names[0] if names else (doc_names[0] if doc_names else None)
        for m in quoted:
            speaker = None
            if who is not None:
                # Titles come before the name ("Gubernur Bengkulu Rohidin Mersyah"), so the
                # run's last two words are the likeliest name.
                name = " ".join(who.group().split()[-2:])
                speaker = {"name": name, "mention": who.group(),
                           "start": who.start(), "end": who.end(), "title": None,
                           "affiliation": None}
            quotes.append({"type": "direct", "text": m.group("inner"), "start": m.start("inner"),
                           "end": m.end("inner"), "speaker": speaker, "cue": None, "date": None})
        for m in rank_re.finditer(text, p_start, p_end):
            before = [n for n in names if n.end() <= m.start()]
            if not before:
                continue
            rank = m.group("rank")
            recipient = before[-1]
            awards.append({"recipient": {"text": recipient.group(), "start": recipient.start(),
                                         "end": recipient.end()},
                           "rank": int(rank) if rank.isdigit() else romans.get(rank.upper()),
                           "rank_text": m.group(), "award": None, "category": None,
                           "date": None, "evidence": {"start": recipient.start(), "end": m.end()}})
    numeric = []
    for m in _NUMERIC_DATE.finditer(text):
        numeric.append((m.start(), m.end()))
        value = f"{int(m['year']):04d}-{int(m['month']):02d}-{int(m['day']):02d}"
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            value = None
        dates.append({"text": m.group(), "start": m.start(), "end": m.end(), "value": value,
                      "granularity": "day" if value else None})
    for m in _YEAR.finditer(text):
        if _outside(numeric, m.start(), m.end()):
            dates.append({"text": m.group(), "start": m.start(), "end": m.end(),
                          "value": m.group(), "granularity": "year"})
    dates.sort(key=lambda d: d["start"])
    return {"schema": "warta/1", "id": doc_id, "entities": entities, "dates": dates,
            "quotes": quotes, "awards": awards, "error": None}


# --- the command ------------------------------------------------------------------------


@dataclass
class Gold:
    """Gold records in corpus order, and each article's text and publication date."""
    records: list[dict[str, Any]]
    texts: dict[str, str]
    published: dict[str, str | None]
    titles: dict[str, str | None]


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvalInputError(f"cannot read {path}: {exc}") from exc


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalInputError(f"cannot read {path}: {exc}") from exc
    out = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalInputError(f"{path} line {number}: invalid JSON ({exc.msg})") from exc
        if not isinstance(obj, dict):
            raise EvalInputError(f"{path} line {number}: expected a JSON object")
        out.append(obj)
    return out


def load_gold(path: Path) -> Gold:
    """A corpus directory (``articles.jsonl`` + ``gold/<id>.json``) or a gold ``.jsonl``
    file whose lines are gold records with the article ``text`` added."""
    if path.is_dir():
        articles_path, gold_dir = path / "articles.jsonl", path / "gold"
        if not articles_path.is_file() or not gold_dir.is_dir():
            raise EvalInputError(f"{path} is not a corpus: it needs articles.jsonl and gold/")
        articles = {str(a.get("id")): a for a in _read_jsonl(articles_path)}
        records = []
        for file in sorted(gold_dir.glob("*.json")):
            record = _read_json(file)
            if not isinstance(record, dict):
                raise EvalInputError(f"{file}: expected a JSON object")
            record.setdefault("id", file.stem)
            records.append(record)
        order = {doc_id: i for i, doc_id in enumerate(articles)}
        missing = [str(r["id"]) for r in records if str(r["id"]) not in articles]
        if missing:
            raise EvalInputError(f"gold records without an article in {articles_path}: "
                                 f"{', '.join(missing[:5])}")
        records.sort(key=lambda r: order[str(r["id"])])
        source = {str(r["id"]): articles[str(r["id"])] for r in records}
    elif path.is_file():
        records = _read_jsonl(path)
        source = {}
        for number, record in enumerate(records, start=1):
            record.setdefault("id", str(number))
            if not isinstance(record.get("text"), str):
                raise EvalInputError(f"{path} line {number}: a gold line needs the article 'text'")
            source[str(record["id"])] = record
    else:
        raise EvalInputError(f"no such file or directory: {path}")
    if not records:
        raise EvalInputError(f"{path} holds no gold records")
    texts, published, titles = {}, {}, {}
    for doc_id, article in source.items():
        text = article.get("text")
        if not isinstance(text, str):
            raise EvalInputError(f"article {doc_id} has no 'text'")
        texts[doc_id] = text
        published[doc_id] = article.get("published")
        titles[doc_id] = article.get("title")
    for record in records:
        published[str(record["id"])] = published[str(record["id"])] or record.get("published")
    return Gold(records=records, texts=texts, published=published, titles=titles)


def predict(gold: Gold, progress: bool = True) -> list[dict[str, Any]]:
    """Run the default pipeline (loaded once) on the gold texts, with each article's own
    publication date; a progress bar goes to stderr."""
    from rich.console import Console
    from rich.progress import Progress

    from .document import process
    from .nlp import load
    from .reader import Article, check

    nlp = load()
    out = []
    with Progress(console=Console(file=sys.stderr), transient=True, disable=not progress) as bar:
        task = bar.add_task("evaluating", total=len(gold.records))
        for record in gold.records:
            doc_id = str(record["id"])
            published = gold.published.get(doc_id)
            article = check(Article(id=doc_id, text=gold.texts[doc_id], title=gold.titles.get(doc_id),
                                    published=str(published) if published else None))
            out.append(process(nlp, article).to_dict())
            bar.advance(task)
    return out


def parse_thresholds(min_f1: Sequence[str], file: Path | None) -> dict[str, float]:
    """``TYPE = VALUE`` pairs from a TOML file, then from ``--min-f1 TYPE=VALUE`` (which win)."""
    out: dict[str, float] = {}
    if file is not None:
        try:
            data = tomllib.loads(file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise EvalInputError(f"cannot read thresholds {file}: {exc}") from exc
        for name, value in data.items():
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise EvalInputError(f"{file}: {name} must be a number, got {value!r}")
            out[name] = float(value)
    for item in min_f1:
        name, sep, value = item.partition("=")
        try:
            number = float(value)
        except ValueError:
            number = float("nan")
        if not sep or not name.strip() or not 0.0 <= number <= 1.0:
            raise EvalInputError(f"--min-f1 {item!r}: expected TYPE=VALUE with VALUE in 0..1")
        out[name.strip()] = number
    return out


def metric_names() -> Metrics:
    """Every metric an evaluation reports (those of an empty evaluation)."""
    return evaluate([{"id": ""}], []).metrics


def resolve_metric(name: str, metrics: Mapping[str, Any]) -> str | None:
    """The metric a threshold names: itself, or ``NAME.f1``, or ``NAME.f1@0.5``."""
    for candidate in (name, f"{name}.f1", f"{name}.f1@0.5"):
        if candidate in metrics:
            return candidate
    return None


@dataclass(frozen=True)
class Check:
    metric: str
    minimum: float
    value: float | None

    @property
    def ok(self) -> bool:
        # Scores are compared as the table shows them, to three decimals.
        return self.value is not None and round(self.value, 3) >= round(self.minimum, 3)


def check_thresholds(metrics: Metrics, thresholds: Mapping[str, float]) -> list[Check]:
    checks = []
    for name, minimum in thresholds.items():
        metric = resolve_metric(name, metrics)
        if metric is None:
            raise EvalInputError(f"unknown metric {name!r} in the thresholds")
        checks.append(Check(metric, minimum, metrics[metric]))
    return checks


GROUP_ORDER = ("quotes", "awards", "dates", "entities", "spans")


def table_rows(metrics: Metrics) -> list[tuple[str, str]]:
    """Display rows in order: ("prf", "quotes.direct.*@0.5") for a P/R/F1 family, ("acc",
    name) for an accuracy; quotes first, entity labels after the micro average."""
    rows: dict[tuple[str, str], None] = {}
    for name in metrics:
        head, at, suffix = name.partition("@")
        base, _, last = head.rpartition(".")
        if last in {"p", "r", "f1"}:
            rows[("prf", f"{base}.*{at}{suffix}")] = None
        else:
            rows[("acc", name)] = None

    def key(row: tuple[str, str]) -> tuple:
        kind, label = row
        parts = label.split(".")
        group = GROUP_ORDER.index(parts[0]) if parts[0] in GROUP_ORDER else len(GROUP_ORDER)
        per_label = parts[0] == "entities" and parts[1] != "*"
        return group, per_label, kind == "acc", label
    return sorted(rows, key=key)


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def scores_table(pipeline: Scores, baseline: Scores, checks: Sequence[Check] = ()):
    """A Rich table: one row per P/R/F1 family or accuracy, pipeline and baseline."""
    from rich.table import Table

    limits = {c.metric: c for c in checks}
    scoped = "".join(f"; {n} annotated for {kinds} only" for kinds, n in pipeline.scoped.items())
    table = Table(title=f"warta evaluate: {pipeline.articles} articles{scoped}", title_justify="left")
    for column in ("metric", "P", "R", "F1 / acc", "baseline F1 / acc", "gold n", "min"):
        table.add_column(column, justify="left" if column == "metric" else "right")
    m, b = pipeline.metrics, baseline.metrics
    for kind, label in table_rows(m):
        if kind == "prf":
            p, r, main = (label.replace("*", key) for key in ("p", "r", "f1"))
            cells = [_fmt(m.get(p)), _fmt(m.get(r)), _fmt(m.get(main)), _fmt(b.get(main))]
        else:
            main = label
            cells = ["", "", _fmt(m.get(main)), _fmt(b.get(main))]
        check = limits.get(main)
        limit = "" if check is None else f"{check.minimum:.3f}" + ("" if check.ok else " ✗")
        table.add_row(label, *cells, str(pipeline.support.get(main, 0)), limit)
    return table


def scores_json(gold_path: Path, pred_path: Path | None, pipeline: Scores, baseline: Scores,
                checks: Sequence[Check]) -> dict[str, Any]:
    return {
        "schema": "warta-eval/1",
        "gold": str(gold_path),
        "pred": str(pred_path) if pred_path else None,
        "articles": pipeline.articles,
        "scoped": pipeline.scoped,
        "metrics": {"pipeline": pipeline.metrics, "baseline": baseline.metrics},
        "support": pipeline.support,
        "missing": pipeline.missing,
        "errors": pipeline.errors,
        "thresholds": [{"metric": c.metric, "min": c.minimum, "value": c.value, "ok": c.ok}
                       for c in checks],
        "passed": all(c.ok for c in checks),
    }


def run_evaluate(gold: Path, pred: Path | None = None, min_f1: Sequence[str] = (),
                 json_out: Path | None = None, thresholds: Path | None = None,
                 force: bool = False, progress: bool = True) -> int:
    """``warta evaluate``: score, print the table to stdout, write ``--json``, apply the
    thresholds. Returns the exit code (0 ok, 1 a shortfall, 2 unreadable input)."""
    from rich.console import Console

    to_stdout = json_out is not None and str(json_out) == "-"
    try:
        if json_out is not None and not to_stdout and json_out.exists() and not force:
            raise EvalInputError(f"{json_out} exists; add --force to overwrite it")
        limits = parse_thresholds(min_f1, thresholds)
        known = metric_names()
        for name in limits:
            # Entity labels beyond PER/ORG/LOC exist only when the gold or output has them.
            if resolve_metric(name, known) is None and not name.startswith("entities."):
                raise EvalInputError(f"unknown metric {name!r} in the thresholds")
        gold_set = load_gold(gold)
        if pred is not None:
            if not pred.is_file():
                raise EvalInputError(f"no such file: {pred}")
            predictions = _read_jsonl(pred)
        else:
            predictions = predict(gold_set, progress=progress)
        scores = evaluate(gold_set.records, predictions, gold_set.texts)
        base = evaluate(gold_set.records,
                        [baseline_record(str(r["id"]), gold_set.texts[str(r["id"])])
                         for r in gold_set.records], gold_set.texts)
        checks = check_thresholds(scores.metrics, limits)
    except EvalInputError as exc:
        print(f"warta: {exc}", file=sys.stderr)
        return EXIT_USAGE
    for ids, what in ((scores.missing, "have no prediction"), (scores.errors, "gave error records")):
        if ids:
            print(f"warta: {len(ids)} gold articles {what} (scored as finding nothing): "
                  f"{', '.join(ids[:5])}{' …' if len(ids) > 5 else ''}", file=sys.stderr)
    console = Console(file=sys.stderr if to_stdout else sys.stdout, width=110)
    console.print(scores_table(scores, base, checks))
    report = scores_json(gold, pred, scores, base, checks)
    if json_out is not None:
        text = json.dumps(report, ensure_ascii=False, indent=1) + "\n"
        if to_stdout:
            sys.stdout.write(text)
        else:
            json_out.write_text(text, encoding="utf-8")
    failed = [c for c in checks if not c.ok]
    for c in failed:
        print(f"warta: {c.metric} = {_fmt(c.value)} is below its threshold {c.minimum:.3f}",
              file=sys.stderr)
    if failed:
        return EXIT_SHORTFALL
    if checks:
        print(f"warta: all {len(checks)} thresholds met on {scores.articles} articles", file=sys.stderr)
    return EXIT_OK
