"""Tokens, paragraphs and sentences of press-release text (pipeline/segment.py)."""

from __future__ import annotations

import pytest
import spacy

from pipeline import extensions, resources
from pipeline.nlp import TOKENIZER_CONFIG
from pipeline.segment import lines_are_paragraphs, paragraphs, quoted_regions, sentence_starts


@pytest.fixture(scope="module")
def seg():
    extensions.register()
    nlp = spacy.blank("id", config=TOKENIZER_CONFIG)
    nlp.add_pipe("warta_sentences")
    return nlp


def spans(doc):
    return [(t.text, t.idx) for t in doc if not t.is_space]


@pytest.mark.parametrize("text, expected", [
    pytest.param("“Saya terkesan,” ujarnya.",
                 [("“", 0), ("Saya", 1), ("terkesan", 6), (",", 14), ("”", 15), ("ujarnya", 17), (".", 24)],
                 id="curly-quotes"),
    pytest.param("”Saya terkesan,” ujar Ani.",
                 [("”", 0), ("Saya", 1), ("terkesan", 6), (",", 14), ("”", 15), ("ujar", 17), ("Ani", 22), (".", 25)],
                 id="kompas-opening-mark"),
    pytest.param("‘Ya’ dan \"tidak\"",
                 [("‘", 0), ("Ya", 1), ("’", 3), ("dan", 5), ('"', 9), ("tidak", 10), ('"', 15)],
                 id="single-and-straight-quotes"),
    pytest.param("Kamis (11/11) sore", [("Kamis", 0), ("(", 6), ("11/11", 7), (")", 12), ("sore", 14)],
                 id="weekday-day-month"),
    pytest.param("Senin (5/2/2024).", [("Senin", 0), ("(", 6), ("5/2/2024", 7), (")", 15), (".", 16)],
                 id="weekday-full-date"),
    pytest.param("HUT yang Ke-53 dan ke-3", [("HUT", 0), ("yang", 4), ("Ke-53", 9), ("dan", 15), ("ke-3", 19)],
                 id="ordinal-ke"),
    pytest.param("sebesar Rp2.409.989.818.413,00.", [("sebesar", 0), ("Rp", 8), ("2.409.989.818.413,00", 10), (".", 30)],
                 id="rupiah"),
    pytest.param("pukul 08.37 WIT", [("pukul", 0), ("08.37", 6), ("WIT", 12)], id="clock-time"),
    pytest.param("pandemi COVID-19,", [("pandemi", 0), ("COVID-19", 8), (",", 16)], id="covid"),
    pytest.param("lihat https://bengkuluprov.go.id/berita?id=3.", [("lihat", 0), ("https://bengkuluprov.go.id/berita?id=3", 6), (".", 44)],
                 id="url"),
    pytest.param("surel humas@bengkuluprov.go.id", [("surel", 0), ("humas@bengkuluprov.go.id", 6)], id="email"),
    pytest.param("#BengkuluMaju @pemprovbengkulu", [("#BengkuluMaju", 0), ("@pemprovbengkulu", 14)], id="hashtag-handle"),
    pytest.param("apresiasi setinggi-tingginya", [("apresiasi", 0), ("setinggi-tingginya", 10)], id="reduplication"),
    pytest.param("Drs. H. Moh. Ali, S.E., M.Si.",
                 [("Drs.", 0), ("H.", 5), ("Moh.", 8), ("Ali", 13), (",", 16), ("S.E.", 18), (",", 22), ("M.Si.", 24)],
                 id="honorifics-degrees"),
    pytest.param("Jl. Pembangunan No. 1 Kab. Kaur Kec. Nasal",
                 [("Jl.", 0), ("Pembangunan", 4), ("No.", 16), ("1", 20), ("Kab.", 22), ("Kaur", 27), ("Kec.", 32), ("Nasal", 37)],
                 id="address-abbreviations"),
    pytest.param("tahun 1950-an", [("tahun", 0), ("1950-an", 6)], id="decade"),
])
def test_tokens(seg, text, expected):
    doc = seg(text)
    assert doc.text == text
    assert spans(doc) == expected


def sents(doc):
    return [s.text.strip() for s in doc.sents if s.text.strip()]


@pytest.mark.parametrize("text, expected", [
    pytest.param("“Saya ucapkan selamat. Ini menjadi kado,” ungkap Gubernur Rohidin. Acara selesai.",
                 ["“Saya ucapkan selamat. Ini menjadi kado,” ungkap Gubernur Rohidin.", "Acara selesai."],
                 id="quote-keeps-its-sentences"),
    pytest.param("”Kami siap. Semua sudah beres,” kata Ani. Ia pulang.",
                 ["”Kami siap. Semua sudah beres,” kata Ani.", "Ia pulang."], id="kompas-quote"),
    pytest.param("Hadir Drs. H. Ali dan Ir. Budi. Acara dibuka Prof. Dr. Candra.",
                 ["Hadir Drs. H. Ali dan Ir. Budi.", "Acara dibuka Prof. Dr. Candra."], id="titles-no-split"),
    pytest.param("Menhub bertemu Menteri Mrs. Kim Hyun-mee dan Mr. Lee. Acara dibuka.",
                 ["Menhub bertemu Menteri Mrs. Kim Hyun-mee dan Mr. Lee.", "Acara dibuka."],
                 id="english-honorifics-no-split"),
    pytest.param("Bupati Hj. P. Tantriana Sari hadir. Wabup tidak.",
                 ["Bupati Hj. P. Tantriana Sari hadir.", "Wabup tidak."], id="initial-no-split"),
    pytest.param("Ia bertanya, “Kapan selesai?” Lalu ia pergi.",
                 ["Ia bertanya, “Kapan selesai?”", "Lalu ia pergi."], id="question-in-quote"),
    pytest.param("Judul Berita\n\nParagraf satu. Kalimat dua.\n\nParagraf dua",
                 ["Judul Berita", "Paragraf satu.", "Kalimat dua.", "Paragraf dua"], id="paragraphs"),
    pytest.param("disampaikan Kadis Jaduliwan,\nPemprov Bengkulu terus berupaya.",
                 ["disampaikan Kadis Jaduliwan,\nPemprov Bengkulu terus berupaya."], id="newline-after-comma"),
    pytest.param("Ikan itu bergigi. shikamaru belum kalah. Ada buku, pena, dll. dan Canon Inc. dari Jepang.",
                 ["Ikan itu bergigi.", "shikamaru belum kalah.", "Ada buku, pena, dll. dan Canon Inc. dari Jepang."],
                 id="lowercase-start-after-plain-word-only"),
    pytest.param("“Kalimat yang tidak ditutup. Lalu teks lain. Dan lagi.",
                 ["“Kalimat yang tidak ditutup.", "Lalu teks lain.", "Dan lagi."], id="unclosed-quote-bounded"),
])
def test_sentences(seg, text, expected):
    doc = seg(text)
    assert doc.text == text
    assert sents(doc) == expected


def test_paragraph_spans():
    text = "Judul\n\n  Satu dua.\n \nTiga.\n"
    assert [text[a:b] for a, b in paragraphs(text)] == ["Judul", "Satu dua.", "Tiga."]
    assert paragraphs(text) == [(0, 5), (9, 18), (21, 26)]


def test_a_text_written_a_paragraph_a_line_has_a_paragraph_per_line():
    # News exports write each paragraph on its own line, most lines ending a sentence.
    text = ("Budi Santoso meninjau pasar.\nIa mengatakan harga stabil.\n\n\"Kami siap,\" ujarnya.\n"
            "Baca juga\nRina Lestari hadir.")
    assert lines_are_paragraphs(text)
    assert [text[a:b] for a, b in paragraphs(text)] == [
        "Budi Santoso meninjau pasar.", "Ia mengatakan harga stabil.", "\"Kami siap,\" ujarnya.", "Baca juga",
        "Rina Lestari hadir."]


def test_a_hard_wrapped_text_keeps_its_paragraphs_whole():
    # Lines broken inside sentences are one paragraph until a blank line.
    text = ("Sementara itu disampaikan Kadis Kominfo Budi Santoso,\nPemprov Sukamaju terus berupaya "
            "menyebarluaskan\ninformasi. Program berjalan.\n\nParagraf kedua.")
    assert not lines_are_paragraphs(text)
    assert len(paragraphs(text)) == 2


def test_a_long_text_of_many_lines_splits_in_linear_time():
    # A line break looks back a few characters only, not to the start of the text: a text of
    # 20,000 lines is split at once (no timing asserted; a quadratic scan would take minutes).
    text = ("Budi Santoso meninjau pasar desa pagi ini. " * 3 + "\n") * 20000
    paras = paragraphs(text)
    assert len(paras) == 20000 and len(sentence_starts(text, paras)) == 60000


def test_quoted_regions_kompas_and_curly():
    text = "”Ya,” kata Ani. “Tidak,” kata Budi."
    assert [text[a:b] for a, b in quoted_regions(text, 0, len(text))] == ["”Ya,”", "“Tidak,”"]


def test_sentence_starts_are_offsets():
    text = "Satu. Dua."
    assert sentence_starts(text) == [0, 6]


def test_every_character_kept(seg):
    text = "  Judul \n\n\t“Kutipan” —  akhir…  \n"
    assert seg(text).text == text


def test_abbreviation_file_is_clean():
    items = resources.lines("abbreviations.txt")
    assert len(items) == len(set(items)), "duplicates in abbreviations.txt"
    assert all(item.endswith(".") and " " not in item for item in items)
