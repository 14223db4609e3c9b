"""The batch runner (pipeline/batch.py): order, streaming, worker processes, error records."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline.batch import LocalPool, checked, process_batch, process_one, run_local
from pipeline.reader import Article, check, read_txt_bytes
from pipeline.validate import offset_errors, schema_errors

SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "seed" / "bengkulu-top-gpr-2021.txt"

TEXTS = [
    "Pemprov Raih WTP\n\nGubernur Rohidin Mersyah mengatakan, “Kami bangga atas capaian ini.” "
    "Penghargaan diterima Kamis (11/11/2021) di Jakarta.",
    "Bupati Resmikan Pasar\n\n\"Pasar ini untuk rakyat,\" kata Bupati Lebak Iti Octavia Jayabaya, "
    "Senin (5/2/2024).",
    "Kota Bogor Juara I\n\nKota Bogor meraih juara I lomba kampung tematik tingkat provinsi.",
    "",
    "Menteri: “tanpa penutup\n\nKalimat ini tidak punya tanda kutip penutup.",
]


def articles() -> list[Article]:
    return [check(Article(id=f"doc-{i}", text=t, title=t.split("\n")[0] or None))
            for i, t in enumerate(TEXTS)]


def assert_valid(record: dict, text: str) -> None:
    assert schema_errors(record) == []
    assert offset_errors(record, text) == []


def test_single_process_keeps_input_order_and_one_record_each(nlp):
    arts = articles()
    pairs = list(run_local(arts, nlp=nlp))
    assert [a.id for a, _ in pairs] == [a.id for a in arts]
    assert [r["id"] for _, r in pairs] == [a.id for a in arts]
    for article, record in pairs:
        assert_valid(record, article.text)
    assert pairs[3][1]["error"]["kind"] == "empty"


def test_batch_equals_one_at_a_time(nlp):
    arts = articles()
    assert process_batch(arts, nlp) == [process_one(a, nlp) for a in arts]


def test_two_workers_equal_one_process_in_order(nlp):
    arts = articles() * 7  # several chunks of 4, so the window and the reordering are used
    arts = [Article(id=f"{a.id}-{n}", text=a.text, title=a.title, error_kind=a.error_kind,
                    error_message=a.error_message) for n, a in enumerate(arts)]
    local = [r for _, r in run_local(arts, nlp=nlp, chunk_size=4)]
    pooled = [r for _, r in run_local(arts, workers=2, chunk_size=4)]
    assert pooled == local


def counted(arts, pulled):
    for a in arts:
        pulled.append(a.id)
        yield a


def test_single_process_pulls_one_chunk_ahead(nlp):
    pulled: list[str] = []
    arts = [Article(id=str(i), text="Halo dunia.") for i in range(100)]
    stream = run_local(counted(arts, pulled), nlp=nlp, chunk_size=8)
    next(stream)
    assert len(pulled) == 8


def test_pool_pulls_at_most_its_window():
    pulled: list[str] = []
    arts = [Article(id=str(i), text="Halo dunia.") for i in range(400)]
    with LocalPool(2, chunk_size=5, window=3) as pool:
        stream = pool.run(counted(arts, pulled))
        next(stream)
        assert len(pulled) <= 3 * 5 + 5
        rest = [a.id for a, _ in stream]
    assert rest == [str(i) for i in range(1, 400)]


@dataclass(frozen=True)
class WorkerKiller:
    """Stands in for an Article whose processing kills the worker process outright."""

    id: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    error_kind: str | None = None
    error_message: str | None = None

    @property
    def text(self) -> str:
        os._exit(3)


def test_a_document_that_kills_its_worker_gets_an_error_record_and_the_rest_go_on():
    arts = [Article(id=f"ok-{i}", text=f"Kalimat nomor {i}.") for i in range(6)]
    arts.insert(3, WorkerKiller(id="boom"))
    with LocalPool(2, chunk_size=2, window=2) as pool:
        pairs = list(pool.run(arts))
    assert [r["id"] for _, r in pairs] == [a.id for a in arts]
    kinds = {r["id"]: (r["error"] or {}).get("kind") for _, r in pairs}
    assert kinds.pop("boom") == "worker"
    assert set(kinds.values()) == {None}


@pytest.mark.parametrize("text, span, expected_kind", [
    pytest.param("Kamis (11/11) sore", {"text": "Kamis", "start": 0, "end": 5}, None, id="valid"),
    pytest.param("Kamis (11/11) sore", {"text": "Kamis", "start": 1, "end": 6}, "invalid-record",
                 id="offsets-off-by-one"),
    pytest.param("Kamis (11/11) sore", {"text": "sore", "start": 14, "end": 99}, "invalid-record",
                 id="end-past-text"),
])
def test_checked_turns_a_broken_record_into_an_error_record(text, span, expected_kind):
    record = {"schema": "warta/1", "id": "x", "title": None, "published": None,
              "published_source": None, "entities": [],
              "dates": [dict(span, value=None, granularity=None, source="rule")],
              "quotes": [], "awards": [], "error": None}
    got = checked(record, text)
    assert (got["error"] or {}).get("kind") == expected_kind
    if expected_kind:
        assert got["dates"] == [] and got["id"] == "x"


@pytest.mark.skipif(not SEED.is_file(), reason="../shared/seed is absent (a user's checkout has none)")
def test_seed_release_gives_a_valid_record(nlp):
    article = read_txt_bytes(SEED.stem, SEED.read_bytes())
    [(_, record)] = list(run_local([article], nlp=nlp))
    assert record["id"] == "bengkulu-top-gpr-2021"
    assert record["title"] == "Pemprov Bengkulu Berhasil Raih Peringkat 2 TOP GPR Award 2021"
    assert_valid(record, article.text)


def test_a_document_that_raises_inside_a_batch_fails_alone():
    import spacy
    from spacy.language import Language

    @Language.component("test_raise_on_ledakan")
    def raise_on_ledakan(doc):
        if "LEDAKAN" in doc.text:
            raise ValueError("ledakan")
        return doc

    nlp = spacy.blank("id")
    nlp.add_pipe("test_raise_on_ledakan")
    arts = [Article(id="a", text="Satu."), Article(id="b", text="Ada LEDAKAN di sini."),
            Article(id="c", text="Tiga.")]
    records = process_batch(arts, nlp)
    assert [r["id"] for r in records] == ["a", "b", "c"]
    assert [(r["error"] or {}).get("kind") for r in records] == [None, "internal", None]
    assert "ValueError: ledakan" in records[1]["error"]["message"]


def test_bench_texts_repeat_the_source_in_order(tmp_path):
    from pipeline.bench_speed import load_texts, source

    news = tmp_path / "news"
    news.mkdir()
    (news / "detik-dev.jsonl").write_bytes(b'{"text":"Satu."}\n\n{"text":""}\n{"text":"Dua."}\n')
    assert source(tmp_path) == news / "detik-dev.jsonl"
    assert load_texts(tmp_path, 5) == ["Satu.", "Dua.", "Satu.", "Dua.", "Satu."]
    assert source(tmp_path / "absent").name == "articles.jsonl"


def test_a_document_longer_than_the_pipeline_takes_is_oversized_not_internal(nlp):
    text = "Kota Bogor meraih juara I. " * (nlp.max_length // 27 + 1)
    article = check(Article(id="panjang", text=text), max_chars=5_000_000)  # --max-chars raised
    assert article.error_kind is None
    [record] = process_batch([article], nlp)
    assert record["error"]["kind"] == "oversized"
    assert "nlp.max_length" in record["error"]["message"]
    assert process_one(article, nlp)["error"] == record["error"]
