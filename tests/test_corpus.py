"""Corpus: gold records are valid warta/1 records whose spans hold against their articles."""

from __future__ import annotations

import importlib.util
import json
import sys
import warnings
from pathlib import Path

import pytest

from pipeline.validate import offset_errors, schema_errors, spans

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"

_spec = importlib.util.spec_from_file_location("anchor", CORPUS / "tools" / "anchor.py")
anchor = importlib.util.module_from_spec(_spec)
sys.modules["anchor"] = anchor
_spec.loader.exec_module(anchor)

ARTICLES = anchor.load_articles(CORPUS / "articles.jsonl")
GOLD = sorted((CORPUS / "gold").glob("*.json"))
ANNOTATIONS = sorted((CORPUS / "annotations").glob("*.yaml"))
PENDING = [line.strip() for line in (CORPUS / "pending.txt").read_text(encoding="utf-8")
           .splitlines() if line.strip() and not line.startswith("#")]


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_articles_are_well_formed():
    keys = {"id", "title", "published", "institution", "source", "text"}
    for art in ARTICLES.values():
        assert set(art) == keys, art["id"]
        assert art["text"].startswith(art["title"]), art["id"]
        assert art["source"]["dataset"], art["id"]
    assert len(ARTICLES) >= 61


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_gold_record_is_valid(path):
    record = _gold(path)
    assert record["id"] == path.stem
    assert record["id"] in ARTICLES
    article = ARTICLES[record["id"]]
    assert record["title"] == article["title"]
    assert schema_errors(record) == []
    assert offset_errors(record, article["text"]) == []
    text = article["text"]
    for ent in record["entities"]:
        assert ent["label"] in anchor.LABELS
    for award in record["awards"]:
        ev = award["evidence"]
        assert ev["start"] <= award["recipient"]["start"] < award["recipient"]["end"] <= ev["end"]
    for span, start, end in spans(record):
        assert span and span == span.strip(), f"span {span!r} at {start} has outer white space"
        assert 0 <= start < end <= len(text)


@pytest.mark.parametrize("path", ANNOTATIONS, ids=[p.stem for p in ANNOTATIONS])
def test_gold_file_matches_its_annotation(path):
    out, content = anchor.build(path, ARTICLES)
    assert out.exists(), f"run corpus/tools/anchor.py {path.relative_to(ROOT)}"
    assert out.read_text(encoding="utf-8") == content, "gold file is stale: rebuild with anchor.py"


def test_every_article_is_annotated_or_pending():
    gold = {p.stem for p in GOLD}
    assert gold <= set(ARTICLES)
    assert not gold & set(PENDING), "annotated ids still listed in corpus/pending.txt"
    assert gold | set(PENDING) == set(ARTICLES), "articles neither annotated nor pending"
    if PENDING:
        warnings.warn(f"{len(PENDING)} of {len(ARTICLES)} corpus articles not yet annotated",
                      stacklevel=1)


FRESH = CORPUS / "fresh"
FRESH_ARTICLES = anchor.load_articles(FRESH / "articles.jsonl")
FRESH_GOLD = sorted((FRESH / "gold").glob("*.json"))
FRESH_ANNOTATIONS = sorted((FRESH / "annotations").glob("*.yaml"))


def test_fresh_articles_are_the_releases_the_corpus_leaves_out():
    fresh = {a["source"]["row"] for a in FRESH_ARTICLES.values()}
    main = {a["source"]["row"] for a in ARTICLES.values() if a["source"]["dataset"] == "press/gov-releases.jsonl"}
    assert fresh and not fresh & main
    assert {a["source"]["dataset"] for a in FRESH_ARTICLES.values()} == {"press/gov-releases.jsonl"}


@pytest.mark.parametrize("path", FRESH_GOLD, ids=[p.stem for p in FRESH_GOLD])
def test_fresh_gold_record_is_valid_and_annotates_quotes_only(path):
    record = _gold(path)
    assert record["id"] == path.stem and record["id"] in FRESH_ARTICLES
    assert record["scope"] == ["quotes"]
    assert record["entities"] == record["dates"] == record["awards"] == []
    assert schema_errors(record) == []
    assert offset_errors(record, FRESH_ARTICLES[record["id"]]["text"]) == []


@pytest.mark.parametrize("path", FRESH_ANNOTATIONS, ids=[p.stem for p in FRESH_ANNOTATIONS])
def test_fresh_gold_file_matches_its_annotation(path):
    out, content = anchor.build(path, FRESH_ARTICLES, FRESH / "gold")
    assert out.exists(), f"run corpus/tools/anchor.py --set fresh {path.relative_to(ROOT)}"
    assert out.read_text(encoding="utf-8") == content, "gold file is stale: rebuild with anchor.py --set fresh"


FRESH_AGREEMENT = sorted((FRESH / "agreement" / "annotations").glob("*.yaml"))


@pytest.mark.parametrize("path", FRESH_AGREEMENT, ids=[p.stem for p in FRESH_AGREEMENT])
def test_fresh_agreement_pass_is_anchored_and_valid(path):
    # The second annotator's blind pass over some fresh articles (corpus/README.md, "Fresh set").
    out, content = anchor.build(path, FRESH_ARTICLES, FRESH / "agreement" / "gold")
    assert out.exists() and out.read_text(encoding="utf-8") == content, \
        "rebuild with anchor.py --set fresh --out corpus/fresh/agreement/gold"
    record = json.loads(content)
    assert record["scope"] == ["quotes"] and (FRESH / "gold" / out.name).exists()
    assert schema_errors(record) == []
    assert offset_errors(record, FRESH_ARTICLES[record["id"]]["text"]) == []


def test_every_fresh_article_is_annotated():
    assert {p.stem for p in FRESH_GOLD} == set(FRESH_ARTICLES)


def test_a_scope_names_record_types_and_holds_only_them():
    article = {"id": "x", "title": "T", "text": "T\n\nBudi mengatakan, harga naik tajam pekan ini."}
    with pytest.raises(anchor.AnchorError):
        anchor.anchor({"id": "x", "scope": ["quotes"], "entities": {"PER": ["Budi"]}}, article)
    with pytest.raises(anchor.AnchorError):
        anchor.anchor({"id": "x", "scope": ["speakers"]}, article)
    assert anchor.anchor({"id": "x", "scope": ["quotes"]}, article)["scope"] == ["quotes"]


TEXT = "Gubernur Bengkulu Rohidin Mersyah menyampaikan syukur. “Terima kasih,” pungkasnya."


@pytest.mark.parametrize(("anchor_text", "expected"), [
    pytest.param("Bengkulu", [(9, 17)], id="word"),
    pytest.param("Rohidin", [(18, 25)], id="inside-longer-name-still-found"),
    pytest.param("pungkas[nya]", [(78, 81)], id="bracketed-clitic"),
    pytest.param("nya", [], id="no-match-inside-word"),
    pytest.param("Gubernur [Bengkulu]", [(9, 17)], id="bracketed-context"),
])
def test_occurrences(anchor_text, expected):
    found = anchor.occurrences(TEXT, anchor_text)
    assert [(s.start, s.end) for s in found] == expected


@pytest.mark.parametrize(("text", "spec", "error"), [
    pytest.param("Bupati dan Bupati", "Bupati", "occurs 2 times", id="ambiguous"),
    pytest.param("Bupati dan Wabup", "Camat", "not found", id="missing"),
    pytest.param("Bupati dan Bupati", {"text": "Bupati", "occurrence": 2}, "out of", id="bad-index"),
])
def test_locate_fails_loudly(text, spec, error):
    with pytest.raises(anchor.AnchorError, match=error):
        anchor.locate(text, spec, "test")


def test_mention_and_cue_are_placed_next_to_their_quote():
    text = "“A,” kata Bupati. Lalu Bupati pergi. “B,” kata Wabup."
    record = anchor.anchor({"id": "x", "quotes": [{
        "type": "direct", "text": "B,",
        "speaker": {"name": "Wabup", "mention": "Wabup"}, "cue": "kata"}]},
        {"id": "x", "title": None, "text": text})
    quote = record["quotes"][0]
    assert text[quote["start"]:quote["end"]] == "B,"
    assert (quote["cue"]["start"], quote["cue"]["text"]) == (42, "kata")
    assert (quote["speaker"]["start"], quote["speaker"]["mention"]) == (47, "Wabup")


def test_entities_longer_span_wins():
    text = "Pemprov Bengkulu di Provinsi Bengkulu dan Bengkulu."
    ents = anchor._entities(text, {"ORG": ["Pemprov Bengkulu"],
                                   "LOC": ["Provinsi Bengkulu", "Bengkulu"]})
    assert [(e["text"], e["label"], e["start"]) for e in ents] == [
        ("Pemprov Bengkulu", "ORG", 0), ("Provinsi Bengkulu", "LOC", 20), ("Bengkulu", "LOC", 42)]


# Offsets and values of ../shared/seed/expected.json, which the seed's gold must agree with.
SEED_EXPECTED = [
    pytest.param("quotes", 687, 913, "direct", id="seed-quote-rohidin-selamat"),
    pytest.param("quotes", 1246, 1362, "direct", id="seed-quote-rohidin-pungkasnya"),
    pytest.param("quotes", 2015, 2320, "direct", id="seed-quote-jaduliwan"),
    pytest.param("dates", 426, 444, "2021-11-11", id="seed-date-kamis-11-11"),
]


@pytest.mark.parametrize(("kind", "start", "end", "expected"), SEED_EXPECTED)
def test_seed_gold_agrees_with_expected(kind, start, end, expected):
    record = _gold(CORPUS / "gold" / "bengkulu-top-gpr-2021.json")
    found = [x for x in record[kind] if (x["start"], x["end"]) == (start, end)]
    assert len(found) == 1
    assert (found[0]["type"] if kind == "quotes" else found[0]["value"]) == expected


def test_seed_awards_agree_with_expected():
    record = _gold(CORPUS / "gold" / "bengkulu-top-gpr-2021.json")
    got = {(a["recipient"]["text"], a["rank"], a["award"], a["date"]) for a in record["awards"]}
    assert got == {
        ("Pemerintah Provinsi (Pemprov) Bengkulu", 2, "TOP GPR Award 2021", "2021-11-11"),
        ("Provinsi DKI Jakarta", 1, "TOP GPR Award 2021", "2021-11-11"),
        ("Provinsi Sumatera Selatan", 3, "TOP GPR Award 2021", "2021-11-11"),
    }
