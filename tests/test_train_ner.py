"""NER training data conversion: BIO reading, label mapping, government units, token
alignment and the de-duplication that keeps test sentences out of training. No training."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from pipeline.nlp import TOKENIZER_CONFIG
from pipeline.train import corpus


@pytest.fixture(scope="module")
def make_doc():
    return spacy.blank("id", config=TOKENIZER_CONFIG).make_doc


@pytest.mark.parametrize("tags, name, expected", [
    pytest.param(["B-PERSON", "I-PERSON", "O", "B-PLACE"], "nergrit", [(0, 2, "PER"), (3, 4, "LOC")], id="nergrit"),
    pytest.param(["B-ORGANIZATION", "I-ORGANIZATION", "B-TIME", "O"], "nerugm", [(0, 2, "ORG")], id="nerugm-time-dropped"),
    pytest.param(["B-PPL", "B-IND", "B-EVT", "B-FNB", "B-PLC"], "nerp", [(0, 1, "PER"), (1, 2, "ORG"), (4, 5, "LOC")], id="nerp"),
    pytest.param(["O", "I-LOC", "I-LOC", "B-LOC"], "idner", [(1, 3, "LOC"), (3, 4, "LOC")], id="i-without-b-opens"),
    pytest.param(["B-PER", "I-ORG"], "idner", [(0, 1, "PER"), (1, 2, "ORG")], id="label-change-splits"),
])
def test_bio_spans(tags, name, expected):
    assert corpus.bio_spans(tags, corpus.LABEL_MAPS[name]) == expected


@pytest.mark.parametrize("words, spans, expected", [
    pytest.param(["Pemprov", "Bengkulu", "meraih"], [(1, 2, "LOC")], [(0, 2, "ORG")], id="unit-word-pulled-in"),
    pytest.param(["Pemerintah", "Kabupaten", "Madiun", "."], [(0, 3, "LOC")], [(0, 3, "ORG")], id="tagged-loc"),
    pytest.param(["Pemerintah", "Kabupaten", "Madiun"], [(2, 3, "LOC")], [(0, 3, "ORG")], id="two-word-unit"),
    pytest.param(["Kabupaten", "Sumenep", ","], [(0, 2, "LOC")], [(0, 2, "LOC")], id="admin-word-stays-loc"),
    pytest.param(["warga", "Jakarta"], [(1, 2, "LOC")], [(1, 2, "LOC")], id="plain-place"),
])
def test_government_units(words, spans, expected):
    assert corpus.government_units(words, spans) == expected


@pytest.mark.parametrize("words, spans, expected", [
    pytest.param(["Ketua", "Umum", "(PPP)", "Suryadharma", "Ali"], [(2, 3, "ORG"), (3, 5, "PER")],
                 [("PPP", "ORG", 12), ("Suryadharma Ali", "PER", 17)], id="glued-brackets-trimmed"),
    pytest.param(["Gubernur", "Rohidin", "di", "Bengkulu", "(11/11)"], [(1, 2, "PER"), (3, 4, "LOC")],
                 [("Rohidin", "PER", 9), ("Bengkulu", "LOC", 20)], id="plain"),
])
def test_to_doc(make_doc, words, spans, expected):
    doc, lost = corpus.to_doc(corpus.Sentence(words, [], spans=spans), make_doc)
    assert [(e.text, e.label_, e.start_char) for e in doc.ents] == expected
    assert lost == 0
    assert doc.text == " ".join(words)


def test_to_doc_keeps_hyphen_compounds(make_doc):
    # "se-Sulawesi" stays one token at run time as in the data, so the span aligns.
    doc, lost = corpus.to_doc(corpus.Sentence(["kota", "se-Sulawesi", "Selatan"], [],
                                              spans=[(1, 3, "LOC")]), make_doc)
    assert lost == 0 and [(e.text, e.start_char) for e in doc.ents] == [("se-Sulawesi Selatan", 5)]


@pytest.mark.parametrize("a, b", [
    pytest.param(["Ia", "berkata", '"', "ya", '"', "."], ["Ia", "berkata", "ya", "."], id="quotes-dropped"),
    pytest.param(["Ketua", "(PPP)"], ["Ketua", "(", "PPP", ")"], id="brackets-glued"),
    pytest.param(["jakarta", "kota"], ["Jakarta", "Kota"], id="case"),
])
def test_normalize_matches_across_sets(a, b):
    assert corpus.normalize(a) == corpus.normalize(b)


def _write(path: Path, sentences: list[list[tuple[str, str]]], sep: str = "\t", pos: bool = False) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = []
    for sent in sentences:
        for word, tag in sent:
            lines.append(sep.join([word, "X", tag] if pos else [word, tag]))
        lines.append("")
    path.write_text("\r\n".join(lines) if pos else "\n".join(lines), encoding="utf-8")


def test_load_splits_keeps_idner_test_out_of_training(tmp_path):
    shared_test = [("Rohidin", "B-PER"), ("hadir", "O"), ('"', "O")]
    ugm_only = [("Amos", "B-PERSON"), ("Kenda", "I-PERSON"), ("hadir", "O")]
    grit = [("Udjo", "B-PERSON"), ("bermain", "O")]
    for split in ("train", "valid", "test"):
        _write(tmp_path / "nergrit" / f"{split}_preprocess.txt", [grit if split == "train" else [(split, "O")]])
    _write(tmp_path / "idner-news-2k" / "train.txt", [[("Budi", "B-PER"), ("datang", "O")]], sep=" ", pos=True)
    _write(tmp_path / "idner-news-2k" / "dev.txt", [[("dev", "O")]], sep=" ", pos=True)
    _write(tmp_path / "idner-news-2k" / "test.txt", [[("Rohidin", "B-PER"), ("hadir", "O")]], sep=" ", pos=True)
    _write(tmp_path / "nerugm" / "nerugm.txt", [shared_test, ugm_only])
    splits = corpus.load_splits(tmp_path)
    train_words = [s.words for s in splits.train]
    assert train_words == [["Udjo", "bermain"], ["Budi", "datang"], ["Amos", "Kenda", "hadir"]]
    assert splits.notes["nerugm_dropped_shared_with_idner"] == 1
    assert [s.words for s in splits.tests["idner-test"]] == [["Rohidin", "hadir"]]
    assert splits.tests["idner-test"][0].spans == [(0, 1, "PER")]


def test_casing_table_keeps_mostly_capitalised_words():
    table = corpus.casing_table(["Gubernur Jakarta hadir di Jakarta", "KPK dan gubernur di jakarta", "yang"])
    assert table == {"gubernur": "Gubernur", "jakarta": "Jakarta", "kpk": "KPK"}


@pytest.mark.parametrize("words, spans, expected", [
    pytest.param(["kepala", "dinas", "kota", "manado", "amos", "kenda", "menyatakan"], [(3, 4, "LOC"), (4, 6, "PER")],
                 ["Kepala", "Dinas", "kota", "Manado", "Amos", "Kenda", "menyatakan"], id="entities-and-first-word"),
    pytest.param(["ia", "ke", "kpk"], [(2, 3, "ORG")], ["Ia", "ke", "KPK"], id="acronym-from-raw-text"),
])
def test_truecase(words, spans, expected):
    table = {"dinas": "Dinas", "manado": "Manado", "kpk": "KPK"}
    out = corpus.truecase(corpus.Sentence(words, [], source="nerp", spans=spans), table)
    assert out.words == expected
    assert out.spans == spans


def test_nerp_ind_left_unannotated(make_doc):
    tags = ["B-PPL", "O", "B-IND", "O", "B-PLC"]
    spans = corpus.bio_spans(tags, corpus.NERP_IND_MISSING)
    doc, lost = corpus.to_doc(corpus.Sentence(["Amos", "pakai", "Vigilante", "di", "Manado"], tags, spans=spans), make_doc)
    assert [(t.text, t.ent_iob_, t.ent_type_) for t in doc] == [
        ("Amos", "B", "PER"), ("pakai", "O", ""), ("Vigilante", "", ""), ("di", "O", ""), ("Manado", "B", "LOC")]
    assert [(e.text, e.label_, e.start_char) for e in doc.ents] == [("Amos", "PER", 0), ("Manado", "LOC", 24)]
