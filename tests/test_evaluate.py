"""Tests for ``pipeline.evaluate`` and ``warta evaluate``: matching, metrics on small
hand-made gold/prediction pairs with known scores, the baseline, thresholds and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.evaluate import (baseline_record, evaluate, iou, match, metric_names,
                               parse_thresholds, resolve_metric)

ROOT = Path(__file__).resolve().parent.parent

TEXT = (
    "Pemprov Bengkulu Raih Peringkat 2 TOP GPR Award 2021\n\n"
    "Pemerintah Provinsi Bengkulu meraih peringkat 2 pada ajang TOP GPR Award 2021, Kamis (11/11).\n\n"
    "“Saya ucapkan selamat kepada seluruh jajaran,” ungkap Gubernur Rohidin Mersyah.\n\n"
    "Kadis Kominfotik Jaduliwan mengatakan bahwa kerja sama dengan media terus dijaga.\n\n"
    "“Semua kesuksesan ini tak lepas dari kerja sama,” jelas Jaduliwan.\n"
)


def span(text: str, needle: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return {"text": needle, "start": start, "end": start + len(needle)}


def quote(needle: str, qtype: str = "direct", speaker: str | None = None, cue: str | None = None,
          text: str = TEXT) -> dict:
    q = {"type": qtype, **span(text, needle), "speaker": None, "cue": None, "date": None}
    if speaker:
        q["speaker"] = {"name": speaker, "mention": speaker, "start": 0, "end": 0}
    if cue:
        q["cue"] = span(text, cue)
    return q


def record(doc_id: str = "a", **lists) -> dict:
    base = {"schema": "warta/1", "id": doc_id, "entities": [], "dates": [], "quotes": [],
            "awards": [], "error": None}
    base.update(lists)
    return base


Q1 = "Saya ucapkan selamat kepada seluruh jajaran,"
Q2 = "Semua kesuksesan ini tak lepas dari kerja sama,"
Q3 = "kerja sama dengan media terus dijaga"


# --- spans and matching -----------------------------------------------------------------


@pytest.mark.parametrize("a, b, expected", [
    pytest.param((0, 10), (0, 10), 1.0, id="identical"),
    pytest.param((0, 10), (5, 15), 5 / 15, id="half-shifted"),
    pytest.param((0, 10), (0, 5), 0.5, id="inside"),
    pytest.param((0, 10), (10, 20), 0.0, id="touching"),
    pytest.param((0, 10), None, 0.0, id="missing"),
])
def test_iou(a, b, expected):
    assert iou(a, b) == pytest.approx(expected)


def test_match_is_greedy_one_to_one_by_best_iou():
    gold = [{"start": 0, "end": 10}, {"start": 12, "end": 20}]
    # The first prediction overlaps both gold spans; it goes to the one it overlaps most,
    # and the second gold span is then left to the prediction that fits it next best.
    pred = [{"start": 8, "end": 20}, {"start": 0, "end": 9}, {"start": 0, "end": 10}]
    assert match(gold, pred, 0.5) == [(0, 2), (1, 0)]
    assert match(gold, pred, 1.0) == [(0, 2)]


# --- metrics on hand-made pairs ---------------------------------------------------------


def test_quote_scores_type_aware_and_agnostic():
    gold = record(quotes=[quote(Q1, speaker="Rohidin Mersyah", cue="ungkap"),
                          quote(Q2, speaker="Jaduliwan", cue="jelas"),
                          quote(Q3, qtype="indirect", speaker="Jaduliwan", cue="mengatakan")])
    # Q1 exact with the right speaker written differently; Q2 found without its final comma
    # (IoU 46/47) but given to the wrong speaker; Q3 found but typed "direct"; one extra.
    pred = record(quotes=[quote(Q1, speaker="rohidin  MERSYAH", cue="ungkap"),
                          quote(Q2[:-1], speaker="Rohidin Mersyah", cue="jelas"),
                          quote(Q3, qtype="direct", speaker="Jaduliwan"),
                          quote("Pemprov Bengkulu", speaker="Jaduliwan")])
    m = evaluate([gold], [pred]).metrics
    # direct: gold Q1, Q2; predicted Q1, Q2, Q3, extra -> 2 of 4, 2 of 2.
    assert m["quotes.direct.p@0.5"] == pytest.approx(0.5)
    assert m["quotes.direct.r@0.5"] == pytest.approx(1.0)
    assert m["quotes.direct.f1@0.5"] == pytest.approx(2 / 3)
    assert m["quotes.direct.f1@0.9"] == pytest.approx(2 / 3)
    assert m["quotes.indirect.f1@0.5"] == pytest.approx(0.0)
    assert m["quotes.mixed.f1@0.5"] is None
    # type-aware pooled: 2 of 4 predicted, 2 of 3 gold; type-agnostic: 3 of 4, 3 of 3.
    assert m["quotes.all.f1@0.5"] == pytest.approx(2 * 2 / (4 + 3))
    assert m["quotes.span.f1@0.5"] == pytest.approx(2 * 3 / (4 + 3))
    # speakers over the three matched gold quotes: Q1 and Q3 right, Q2 wrong.
    assert m["quotes.speaker_acc"] == pytest.approx(2 / 3)
    assert m["quotes.direct.speaker_acc"] == pytest.approx(1 / 2)
    assert m["quotes.indirect.speaker_acc"] == pytest.approx(1.0)
    # cues: Q1 and Q2 right, Q3's cue missing.
    assert m["quotes.cue_acc"] == pytest.approx(2 / 3)
    assert m["quotes.attributed.f1@0.5"] == pytest.approx(2 * 2 / (4 + 3))


def test_quote_date_is_judged_on_every_matched_quote():
    def dated(needle, date, qtype="direct"):
        return {**quote(needle, qtype=qtype, speaker="Jaduliwan"), "date": date}
    gold = record(quotes=[dated(Q1, "2021-11-11"), dated(Q2, None), dated(Q3, "2021-11-11", "indirect")])
    # Q1 right, Q2 right (both null), Q3 wrong (null for a known day); the extra one is unmatched.
    pred = record(quotes=[dated(Q1, "2021-11-11"), dated(Q2, None), dated(Q3, None, "indirect"),
                          dated("Pemprov Bengkulu", "2021-11-12")])
    assert evaluate([gold], [pred]).metrics["quotes.date_acc"] == pytest.approx(2 / 3)


def test_title_and_affiliation_are_judged_where_the_speaker_is_right():
    def spoken(needle, name, title, affiliation):
        q = quote(needle, speaker=name)
        q["speaker"].update(title=title, affiliation=affiliation)
        return q
    gold = record(quotes=[spoken(Q1, "Rohidin Mersyah", "Gubernur Bengkulu", "Pemerintah Provinsi Bengkulu"),
                          spoken(Q2, "Jaduliwan", "Kadis Kominfotik", "Dinas Kominfotik"),
                          spoken(Q3, "Jaduliwan", "Kadis Kominfotik", None)])
    pred = record(quotes=[spoken(Q1, "Rohidin Mersyah", "Gubernur  Bengkulu", "Bengkulu"),
                          spoken(Q2, "Jaduliwan", "Kadis Kominfotik", "Dinas Kominfotik"),
                          spoken(Q3, "Rohidin Mersyah", "Gubernur Bengkulu", None)])
    m = evaluate([gold], [pred]).metrics
    # Q3's speaker is wrong, so only Q1 and Q2 count: titles both right, one affiliation wrong.
    assert m["quotes.title_acc"] == pytest.approx(1.0)
    assert m["quotes.affiliation_acc"] == pytest.approx(0.5)


def test_strict_overlap_drops_a_half_found_quote():
    gold = record(quotes=[quote(Q2)])
    pred = record(quotes=[quote("Semua kesuksesan ini")])  # IoU 20/47
    m = evaluate([gold], [pred]).metrics
    assert m["quotes.direct.f1@0.5"] == 0.0
    half = record(quotes=[quote("Semua kesuksesan ini tak lepas dari")])  # IoU 35/47
    m = evaluate([gold], [half]).metrics
    assert m["quotes.direct.f1@0.5"] == 1.0
    assert m["quotes.direct.f1@0.9"] == 0.0


def date(needle: str, value: str | None, granularity: str | None) -> dict:
    return {**span(TEXT, needle), "value": value, "granularity": granularity}


def test_date_recognition_and_value_accuracy():
    gold = record(dates=[date("Kamis (11/11)", "2021-11-11", "day"),
                         date("2021", "2021", "year"),
                         date("2021", "2021", "year") | span(TEXT, "2021", 1)])
    pred = record(dates=[date("(11/11)", "2021-11-10", "day"),     # overlap, wrong day
                         date("2021", "2021", "year"),            # exact, right
                         date("Pemprov", None, None)])            # spurious
    m = evaluate([gold], [pred]).metrics
    assert m["dates.p"] == pytest.approx(1 / 3)
    assert m["dates.r"] == pytest.approx(1 / 3)
    assert m["dates.f1@0.5"] == pytest.approx(2 * 2 / 6)
    assert m["dates.value_acc"] == pytest.approx(1 / 2)
    assert m["dates.day_value_acc"] == pytest.approx(0.0)


def test_entity_scores_per_label_and_micro():
    gold = record(entities=[{**span(TEXT, "Rohidin Mersyah"), "label": "PER"},
                            {**span(TEXT, "Jaduliwan"), "label": "PER"},
                            {**span(TEXT, "Pemerintah Provinsi Bengkulu"), "label": "ORG"}])
    pred = record(entities=[{**span(TEXT, "Gubernur Rohidin Mersyah"), "label": "PER"},
                            {**span(TEXT, "Jaduliwan"), "label": "PER"},
                            {**span(TEXT, "Pemerintah Provinsi Bengkulu"), "label": "LOC"}])
    m = evaluate([gold], [pred]).metrics
    assert m["entities.f1"] == pytest.approx(1 / 3)
    assert m["entities.f1@0.5"] == pytest.approx(2 / 3)
    assert m["entities.PER.f1"] == pytest.approx(0.5)
    assert m["entities.PER.f1@0.5"] == pytest.approx(1.0)
    assert m["entities.ORG.r"] == 0.0
    assert m["entities.LOC.p"] == 0.0


def test_a_scoped_gold_record_is_scored_on_its_record_types_only():
    # Annotated for quotes only: the predicted entities of that article count neither way,
    # and an article with every type annotated still does.
    scoped = {**record("a", quotes=[quote(Q1, speaker="Rohidin Mersyah")]), "scope": ["quotes"]}
    pred = record("a", quotes=[quote(Q1, speaker="Rohidin Mersyah")],
                  entities=[{**span(TEXT, "Jaduliwan"), "label": "PER"}])
    scores = evaluate([scoped], [pred])
    m = scores.metrics
    assert m["quotes.direct.f1@0.5"] == 1.0
    assert m["entities.f1"] is None
    assert scores.scoped == {"quotes": 1}
    full = record("b", entities=[{**span(TEXT, "Jaduliwan"), "label": "PER"}])
    m = evaluate([scoped, full], [pred, {**pred, "id": "b"}]).metrics
    assert m["entities.f1"] == 1.0


def award(needle: str, rank: int | None, name: str | None, nth: int = 0,
          rank_text: str | None = None) -> dict:
    return {"recipient": span(TEXT, needle, nth), "rank": rank, "rank_text": rank_text, "award": name,
            "category": None, "date": None, "evidence": {"start": 0, "end": 0}}


def test_award_recipient_rank_and_name():
    gold = record(awards=[award("Pemerintah Provinsi Bengkulu", 2, "TOP GPR Award 2021")])
    cases = {
        "right": award("Pemerintah Provinsi Bengkulu", 2, "GPR Award 2021"),
        "same words elsewhere": award("Bengkulu", 2, "TOP GPR Award 2021", nth=1),
        "wrong rank": award("Pemerintah Provinsi Bengkulu", 1, "TOP GPR Award 2021"),
        "wrong award": award("Pemerintah Provinsi Bengkulu", 2, "Anugerah Keterbukaan"),
    }
    got = {name: evaluate([gold], [record(awards=[a])]).metrics for name, a in cases.items()}
    assert [got["right"][k] for k in ("awards.recipient.f1", "awards.recipient_rank.f1",
                                      "awards.recipient_rank_award.f1")] == [1.0, 1.0, 1.0]
    assert got["same words elsewhere"]["awards.recipient.f1"] == 0.0
    assert got["wrong rank"]["awards.recipient.f1"] == 1.0
    assert got["wrong rank"]["awards.recipient_rank.f1"] == 0.0
    assert got["wrong award"]["awards.recipient_rank.f1"] == 1.0
    assert got["wrong award"]["awards.recipient_rank_award.f1"] == 0.0


@pytest.mark.parametrize("gold_text, pred_text, ok", [
    pytest.param("WTP", "opini WTP", True, id="short-and-long"),
    pytest.param("Informatif", "informatif", True, id="case"),
    pytest.param("WTP", "WDP", False, id="other-predicate"),
    pytest.param("WTP", None, False, id="missing"),
])
def test_award_without_ordinal_compares_rank_wording(gold_text, pred_text, ok):
    gold = record(awards=[award("Pemerintah Provinsi Bengkulu", None, None, rank_text=gold_text)])
    pred = record(awards=[award("Pemerintah Provinsi Bengkulu", None, None, rank_text=pred_text)])
    assert evaluate([gold], [pred]).metrics["awards.recipient_rank.f1"] == (1.0 if ok else 0.0)


def test_a_gold_article_without_prediction_counts_as_all_missed():
    gold = [record("a", quotes=[quote(Q1)]), record("b", quotes=[quote(Q2)])]
    scores = evaluate(gold, [record("a", quotes=[quote(Q1)]), record("zzz", quotes=[quote(Q2)])])
    assert scores.metrics["quotes.direct.p@0.5"] == 1.0
    assert scores.metrics["quotes.direct.r@0.5"] == 0.5
    assert scores.missing == ["b"]
    failed = record("b") | {"error": {"kind": "internal", "message": "boom"}}
    assert evaluate(gold, [failed]).errors == ["b"]


def test_offsets_ok_checks_predicted_spans_against_the_text():
    good = quote(Q1, cue="ungkap")
    shifted = quote(Q2) | {"start": TEXT.index(Q2) + 1, "end": TEXT.index(Q2) + 1 + len(Q2)}
    m = evaluate([record()], [record(quotes=[good, shifted])], {"a": TEXT}).metrics
    # Q1, its cue and Q2: two of the three spans hold.
    assert m["spans.offsets_ok"] == pytest.approx(2 / 3)
    assert evaluate([record()], [record(quotes=[good])]).metrics["spans.offsets_ok"] is None


def test_metric_names_are_stable_and_resolve():
    names = metric_names()
    for name in ("quotes.direct.f1@0.5", "quotes.indirect.f1@0.5", "quotes.speaker_acc",
                 "dates.f1", "dates.value_acc", "awards.recipient_rank.f1", "entities.f1",
                 "entities.PER.f1@0.5", "quotes.span.f1@0.9"):
        assert name in names
    assert resolve_metric("entities", names) == "entities.f1"
    assert resolve_metric("quotes.direct", names) == "quotes.direct.f1@0.5"
    assert resolve_metric("quotes.nothing", names) is None


# --- the baseline -----------------------------------------------------------------------


def test_evaluation_word_lists_load_without_duplicates():
    from pipeline.resources import data_text, yaml_data

    assert data_text("evaluation.yaml").startswith("# ")
    data = yaml_data("evaluation.yaml")
    for key in ("rank_words", "speech_verbs"):
        words = data[key]
        assert words and len(words) == len(set(words)), key
        assert all(w == w.strip().lower() for w in words), key
    assert sorted(data["roman_numerals"].values()) == list(range(1, len(data["roman_numerals"]) + 1))


def test_baseline_quotes_dates_and_ranks():
    rec = baseline_record("a", TEXT)
    got = [(q["text"], q["start"], q["speaker"]["name"]) for q in rec["quotes"]]
    # The second quote's paragraph has no run of capitalised words outside the quote, so it
    # goes to the article's first run after the title line: a floor, not a guess.
    assert got == [(Q1, TEXT.index(Q1), "Rohidin Mersyah"),
                   (Q2, TEXT.index(Q2), "Provinsi Bengkulu")]
    assert [(d["text"], d["value"]) for d in rec["dates"]] == [("2021", "2021"), ("2021", "2021")]
    assert [(a["recipient"]["text"], a["rank"]) for a in rec["awards"]] == [
        ("Pemerintah Provinsi Bengkulu", 2)]
    for item in rec["quotes"] + rec["dates"] + rec["entities"]:
        assert TEXT[item["start"]:item["end"]] == item["text"]


# --- thresholds and the command ---------------------------------------------------------


def write_corpus(root: Path, gold: dict, text: str = TEXT) -> Path:
    (root / "gold").mkdir(parents=True)
    article = {"id": gold["id"], "title": text.splitlines()[0], "published": "2021-11-12",
               "institution": "Pemprov Bengkulu", "source": {}, "text": text}
    (root / "articles.jsonl").write_text(json.dumps(article) + "\n", encoding="utf-8")
    (root / "gold" / f"{gold['id']}.json").write_text(json.dumps(gold), encoding="utf-8")
    return root


@pytest.fixture
def corpus(tmp_path):
    gold = record("bengkulu", quotes=[quote(Q1, speaker="Rohidin Mersyah"), quote(Q2, speaker="Jaduliwan")])
    pred = record("bengkulu", quotes=[quote(Q1, speaker="Rohidin Mersyah")])
    root = write_corpus(tmp_path / "corpus", gold)
    (tmp_path / "pred.jsonl").write_text(json.dumps(pred) + "\n", encoding="utf-8")
    return root, tmp_path / "pred.jsonl"


runner = CliRunner()


@pytest.mark.parametrize("args, code", [
    pytest.param(["--min-f1", "quotes.direct.f1@0.5=0.66"], 0, id="met"),
    pytest.param(["--min-f1", "quotes.direct=0.67"], 1, id="short-by-0.003"),
    pytest.param(["--min-f1", "quotes.speaker_acc=1.0", "--min-f1", "quotes.direct.r@0.5=0.5"], 0, id="two-met"),
    pytest.param(["--min-f1", "quotes.indirect.f1@0.5=0.1"], 1, id="not-measured"),
    pytest.param(["--min-f1", "quotes.nothing=0.1"], 2, id="unknown-metric"),
    pytest.param(["--min-f1", "quotes.direct=high"], 2, id="bad-value"),
])
def test_threshold_exit_codes(corpus, args, code):
    root, pred = corpus
    result = runner.invoke(app, ["evaluate", str(root), "--pred", str(pred), *args])
    assert result.exit_code == code, result.output


def test_thresholds_file_and_option(corpus, tmp_path):
    root, pred = corpus
    file = tmp_path / "thresholds.toml"
    file.write_text('# floor\n"quotes.direct.f1@0.5" = 0.60\n"quotes.speaker_acc" = 0.9\n', encoding="utf-8")
    assert parse_thresholds([], file) == {"quotes.direct.f1@0.5": 0.6, "quotes.speaker_acc": 0.9}
    ok = runner.invoke(app, ["evaluate", str(root), "--pred", str(pred), "--thresholds", str(file)])
    assert ok.exit_code == 0, ok.output
    # an option wins over the file for the same metric
    short = runner.invoke(app, ["evaluate", str(root), "--pred", str(pred), "--thresholds", str(file),
                                "--min-f1", "quotes.direct.f1@0.5=0.9"])
    assert short.exit_code == 1


def test_json_output_shape(corpus, tmp_path):
    root, pred = corpus
    out = tmp_path / "scores.json"
    result = runner.invoke(app, ["evaluate", str(root), "--pred", str(pred), "--json", str(out),
                                 "--min-f1", "quotes.direct=0.5"])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["articles"] == 1
    assert set(data["metrics"]) == {"pipeline", "baseline"}
    assert data["metrics"]["pipeline"]["quotes.direct.f1@0.5"] == pytest.approx(2 / 3)
    assert data["metrics"]["baseline"]["quotes.direct.r@0.5"] == 1.0
    assert data["support"]["quotes.direct.f1@0.5"] == 2
    assert data["thresholds"] == [{"metric": "quotes.direct.f1@0.5", "min": 0.5,
                                   "value": pytest.approx(2 / 3), "ok": True}]
    assert data["passed"] is True
    assert data["missing"] == [] and data["errors"] == []
    # the file is not overwritten without --force
    again = runner.invoke(app, ["evaluate", str(root), "--pred", str(pred), "--json", str(out)])
    assert again.exit_code == 2


def test_json_to_stdout(corpus):
    root, pred = corpus
    result = runner.invoke(app, ["evaluate", str(root), "--pred", str(pred), "--json", "-"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["metrics"]["pipeline"]["quotes.speaker_acc"] == 1.0


def test_gold_jsonl_with_texts(tmp_path):
    line = record("x", quotes=[quote(Q1)]) | {"text": TEXT}
    (tmp_path / "gold.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    (tmp_path / "pred.jsonl").write_text(json.dumps(record("x")) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(tmp_path / "gold.jsonl"), "--pred",
                                 str(tmp_path / "pred.jsonl"), "--json", "-"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["metrics"]["pipeline"]["quotes.direct.r@0.5"] == 0.0


@pytest.mark.parametrize("make_args", [
    pytest.param(lambda tmp: [str(tmp / "no-such-corpus")], id="missing-gold"),
    pytest.param(lambda tmp: [str(tmp)], id="directory-without-corpus"),
    pytest.param(lambda tmp: [str(tmp / "corpus"), "--pred", str(tmp / "no-such.jsonl")], id="missing-pred"),
])
def test_unreadable_input_exits_2(corpus, tmp_path, make_args):
    result = runner.invoke(app, ["evaluate", *make_args(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.startswith("warta: ")


def test_committed_thresholds_name_known_metrics():
    file = ROOT / "corpus" / "thresholds.toml"
    if not file.is_file():
        pytest.skip("corpus/thresholds.toml is not written yet")
    limits = parse_thresholds([], file)
    assert limits
    names = metric_names()
    for name, value in limits.items():
        assert resolve_metric(name, names) is not None or name.startswith("entities."), name
        assert 0.0 <= value <= 1.0


# --- development sets (make eval-dev) ---------------------------------------------------

DETIK_STYLE = ('"Perahu Sehat ini kami siapkan untuk layanan kesehatan desa pesisir," kata Bupati '
               'Rahmat Santoso di Sambas.\n"Jadi warga tidak perlu ke kota," ujarnya.\n'
               'Program "Perahu Sehat" itu berjalan.')


def test_silver_quotes_and_pattern_names():
    from pipeline.evaluate_dev import silver_quotes

    got = [(DETIK_STYLE[q["start"]:q["end"]], q["start"], q["name"]) for q in silver_quotes(DETIK_STYLE)]
    first = "Perahu Sehat ini kami siapkan untuk layanan kesehatan desa pesisir,"
    second = "Jadi warga tidak perlu ke kota,"
    # "ujarnya" carries its own speaker, so the plain pattern gives no name; a one-word
    # term in quote marks is no quotation.
    assert got == [(first, 1, "Bupati Rahmat Santoso"), (second, DETIK_STYLE.index(second), None)]


@pytest.mark.parametrize("silver, predicted, agree", [
    pytest.param("Santoso", "Rahmat Santoso", True, id="surname"),
    pytest.param("Bupati Rahmat Santoso", "rahmat  santoso", True, id="with-title"),
    pytest.param("Santoso", "Dewi Lestari", False, id="other-person"),
    pytest.param("Santoso", None, False, id="no-speaker"),
    pytest.param("Ucok", "Budi 'Ucok' Santoso", True, id="nickname-in-quotes"),
])
def test_names_agree(silver, predicted, agree):
    from pipeline.evaluate_dev import names_agree

    assert names_agree(silver, predicted) is agree


@pytest.mark.parametrize("name, folded", [
    pytest.param("Komisaris Besar Rahmat Santoso", "rahmat santoso", id="spelled-out-rank"),
    pytest.param("Brigadir Jenderal (Pol) Rahmat Santoso", "rahmat santoso", id="rank-with-qualifier"),
    pytest.param("dr. Dewi Lestari, M.Kes", "dewi lestari", id="honorific-and-degree"),
    pytest.param("Kombes Pol Rahmat", "rahmat", id="abbreviated-rank"),
    pytest.param("Rahmat Santoso", "rahmat santoso", id="plain-name"),
    pytest.param(None, None, id="no-name"),
])
def test_fold_titles(name, folded):
    from pipeline.evaluate_dev import fold_titles

    assert fold_titles(name) == folded


@pytest.mark.parametrize("gold, predicted, cause", [
    pytest.param("Komisaris Besar Rahmat Santoso", {"name": "Rahmat Santoso", "mention": "Rahmat"},
                 "rank_honorific", id="rank"),
    pytest.param("Rahmat", {"name": "Rahmat Santoso", "mention": "Rahmat"}, "shares_words", id="short-form"),
    pytest.param("Dewi Lestari", {"name": "Rahmat Santoso", "mention": "nya"}, "pronoun", id="pronoun"),
    pytest.param("Dewi Lestari", {"name": "Rahmat Santoso", "mention": "Rahmat Santoso"}, "other", id="other"),
    pytest.param("Dewi Lestari", None, "no_speaker", id="none"),
])
def test_miss_cause(gold, predicted, cause):
    from pipeline.evaluate_dev import miss_cause

    assert miss_cause(gold, predicted) == cause


def test_eval_dev_without_shared_data_exits_0(tmp_path):
    from pipeline.evaluate_dev import app as dev_app

    result = runner.invoke(dev_app, ["--data", str(tmp_path / "no-shared")])
    assert result.exit_code == 0
    assert "no development data" in result.stderr
