"""Robustness of the whole batch path (reader -> pipeline -> checked records) on hostile
input: random and unbalanced quote marks, huge documents, binary bytes, cp1252. Never a
crash, exactly one record per input document, every offset valid."""

from __future__ import annotations

import functools

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.batch import process_batch
from pipeline.reader import Article, check, read_jsonl_lines, read_txt_bytes
from pipeline.run import ExtractOptions, run_extract
from pipeline.validate import offset_errors, schema_errors

# Errors that mean the pipeline itself failed, as opposed to an input it rightly refused.
CRASHES = {"internal", "invalid-record", "worker"}

QUOTE_MARKS = ['"', "“", "”", "'", "‘", "’", "«", "»", "„", "``", "''", "\u201f"]
WORDS = ["Gubernur", "Rohidin", "Mersyah", "mengatakan", "kata", "ujar", "ungkap", "menurutnya",
         "Pemprov", "Bengkulu", "meraih", "peringkat", "pertama", "juara", "I", "Kamis", "(11/11)",
         "2021", "Senin,", "5", "Februari", "2024", "pukul", "10.00", "WIB", "opini", "WTP", "BPK",
         "-nya", "Dr.", "H.", "S.Sos.,", "M.Si", ".", ",", ":", "(", ")", "\n", "\n\n", " ", "\t"]

tokens = st.one_of(st.sampled_from(WORDS), st.sampled_from(QUOTE_MARKS),
                   st.text(max_size=6))
texts = st.lists(tokens, max_size=120).map(lambda parts: " ".join(parts))
# Printable text only: what a cp1252 press release can hold.
printable = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(QUOTE_MARKS),
                               st.text(st.characters(codec="cp1252", min_codepoint=32), max_size=6)),
                     max_size=120).map(lambda parts: " ".join(parts))


@functools.cache
def nlp():
    import pipeline

    return pipeline.load()


def assert_one_valid_record_each(articles: list[Article], records: list[dict]) -> None:
    assert [r["id"] for r in records] == [a.id for a in articles]
    for article, record in zip(articles, records):
        assert schema_errors(record) == []
        assert offset_errors(record, article.text) == []
        for kind in ("dates", "quotes", "entities"):
            for item in record[kind]:
                assert 0 <= item["start"] <= item["end"] <= len(article.text)
        assert (record["error"] or {}).get("kind") not in CRASHES, record["error"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(texts, min_size=1, max_size=4))
def test_random_and_unbalanced_quote_marks(batch):
    articles = [check(Article(id=str(i), text=t)) for i, t in enumerate(batch)]
    assert_one_valid_record_each(articles, process_batch(articles, nlp()))


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=400))
def test_binary_bytes_as_a_text_file(data):
    article = check(read_txt_bytes("biner", data))
    assert_one_valid_record_each([article], process_batch([article], nlp()))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.binary(max_size=80).map(lambda b: b.replace(b"\n", b" ")), min_size=1, max_size=5))
def test_binary_lines_in_json_lines(lines):
    # Every non-blank line is one document, whatever its bytes.
    articles = [check(a) for a in read_jsonl_lines(iter(line + b"\n" for line in lines), "acak.jsonl")]
    assert len(articles) == sum(1 for line in lines if line.strip())
    assert_one_valid_record_each(articles, process_batch(articles, nlp()))


@settings(max_examples=30, deadline=None)
@given(printable)
def test_cp1252_press_release(body):
    # Older government sites export cp1252: curly quotes are single bytes 0x93 and 0x94.
    raw = ("Bupati Raih Penghargaan\n\nBupati berkata, “Kami bangga.” " + body).encode("cp1252", "replace")
    article = check(read_txt_bytes("cp1252", raw))
    assert article.error_kind is None
    assert article.text.startswith("Bupati Raih Penghargaan\n\nBupati berkata, “Kami bangga.”")
    assert_one_valid_record_each([article], process_batch([article], nlp()))


@pytest.mark.parametrize("unit", [
    pytest.param("Gubernur mengatakan, “Kami bangga. ", id="unclosed-quotes"),
    pytest.param("Kamis (11/11) Kota Bogor meraih juara I. ", id="dates-and-awards"),
    pytest.param("x", id="one-word-no-spaces"),
])
def test_ten_megabyte_document_is_refused_not_crashed(tmp_path, unit):
    text = unit * (10_000_000 // len(unit) + 1)
    data = tmp_path / "besar.jsonl"
    data.write_bytes(orjson.dumps({"id": "besar", "text": text}) + b"\n"
                     + orjson.dumps({"id": "kecil", "text": "Kota Bogor meraih juara I."}) + b"\n")
    out = tmp_path / "out.jsonl"
    summary = run_extract(ExtractOptions(inputs=[str(data)], output=out, quiet=True))
    big, small = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert summary.documents == 2
    assert (big["id"], big["error"]["kind"]) == ("besar", "oversized")
    assert (small["id"], small["error"]) == ("kecil", None)


@pytest.mark.slow
def test_large_document_under_the_limit_is_processed():
    # About 0.2 MB of one long press release with unclosed quotes: processed, one valid record.
    text = "Bupati Raih Penghargaan\n\n" + ("Bupati berkata, “Kami bangga atas capaian Kamis (11/11). "
                                           "Kota Bogor meraih juara I tingkat provinsi.\n") * 2000
    article = check(Article(id="panjang", text=text))
    assert article.error_kind is None
    assert_one_valid_record_each([article], process_batch([article], nlp()))


def test_an_honorific_run_ending_in_an_office_keeps_the_record_whole():
    # An office read from an honorific inside a run of capitals has no title row: no crash.
    import pipeline

    assert pipeline.extract("Âc H. WIB Gubernur")["error"] is None
