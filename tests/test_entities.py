"""Entity rules: gazetteer regions and government units, institutions, titles before names,
and the clean-up of model spans; plus the data files they are built from."""

from __future__ import annotations

import collections

import pytest
import spacy
from spacy.tokens import Span

from pipeline import entities, extensions, resources
from pipeline.entities import TITLES_KEY, find_entities
from pipeline.nlp import TOKENIZER_CONFIG, load, ner_model_path


@pytest.fixture(scope="module")
def rules_nlp():
    extensions.register()
    nlp = spacy.blank("id", config=TOKENIZER_CONFIG)
    nlp.add_pipe("warta_sentences")
    nlp.add_pipe("warta_entity_rules")
    return nlp


def spans(doc):
    return [(e.text, e.label, e.start) for e in find_entities(doc)]


RULES = [
    pytest.param("Gubernur Bengkulu Rohidin Mersyah menyampaikan syukur.",
                 [("Bengkulu", "LOC", 9), ("Rohidin Mersyah", "PER", 18)], id="title-region-name"),
    pytest.param("Sementara itu disampaikan Kadis Kominfotik Provinsi Bengkulu Jaduliwan, Pemprov terus berupaya.",
                 [("Kominfotik Provinsi Bengkulu", "ORG", 32), ("Jaduliwan", "PER", 61)],
                 id="kadis-unit-region-name"),  # guidelines: Kadis [Kominfotik Provinsi Bengkulu]ORG
    pytest.param("Pemerintah Provinsi (Pemprov) Bengkulu berhasil meraih penghargaan.",
                 [("Pemerintah Provinsi (Pemprov) Bengkulu", "ORG", 0)], id="government-with-bracketed-abbreviation"),
    pytest.param("Pemprov Bengkulu Berhasil Raih Peringkat 2 TOP GPR Award 2021",
                 [("Pemprov Bengkulu", "ORG", 0)], id="headline-government"),
    pytest.param("Peringkat pertama diraih Provinsi DKI Jakarta dan peringkat 3 diraih Provinsi Sumatera Selatan.",
                 [("Provinsi DKI Jakarta", "LOC", 25), ("Provinsi Sumatera Selatan", "LOC", 69)], id="province-admin-word"),
    pytest.param("Bupati Probolinggo P. Tantriana Sari menerima Pemkab Probolinggo.",
                 [("Probolinggo", "LOC", 7), ("P. Tantriana Sari", "PER", 19), ("Pemkab Probolinggo", "ORG", 46)], id="bupati-initial"),
    pytest.param("Kabupaten Probolinggo meraih opini WTP dari BPK RI.",
                 [("Kabupaten Probolinggo", "LOC", 0), ("BPK RI", "ORG", 44)], id="regency-and-bpk-ri"),
    pytest.param("Tim Medsos Dinas Kominfotik Provinsi Bengkulu bekerja.",
                 [("Dinas Kominfotik Provinsi Bengkulu", "ORG", 11)], id="dinas-with-region"),
    pytest.param("Menhub Budi Karya Sumadi meresmikan bandara di Kota Bengkulu.",
                 [("Budi Karya Sumadi", "PER", 7), ("Kota Bengkulu", "LOC", 47)], id="minister-abbreviation"),
    pytest.param("Kemendagri dan Kemenhub menggelar rapat dengan Diskominfo.",
                 [("Kemendagri", "ORG", 0), ("Kemenhub", "ORG", 15), ("Diskominfo", "ORG", 47)], id="ministries"),
    pytest.param("Wali Kota Bengkulu Helmi Hasan hadir.",
                 [("Bengkulu", "LOC", 10), ("Helmi Hasan", "PER", 19)], id="wali-kota-two-words"),
    pytest.param("Saya ucapkan selamat kepada seluruh jajaran.", [], id="saya-is-no-name"),
    pytest.param("Bupati Penuhi Undangan Kepala Staf Kepresidenan RI\n\nIsi berita.", [], id="headline-title-no-name"),
    pytest.param("Acara dihadiri Kepala Staf Kepresidenan Moeldoko kemarin.", [], id="generic-title-unknown-unit"),
    pytest.param("Ketua TP PKK Kabupaten Probolinggo hadir.", [("TP PKK Kabupaten Probolinggo", "ORG", 6)],
                 id="acronym-unit-no-name"),
    pytest.param("Pemkab Madina dan Setda Muara Enim hadir.", [("Pemkab Madina", "ORG", 0), ("Setda Muara Enim", "ORG", 18)],
                 id="government-before-an-unlisted-place-and-unit-before-a-regency"),
    pytest.param("Dinas PU Kota Pagaralam bekerja.", [("Dinas PU Kota Pagaralam", "ORG", 0)],
                 id="press-short-form-is-a-place"),
    pytest.param("Rapat di Jakarta Pusat, bukan di Bone.", [("Jakarta Pusat", "LOC", 9)],
                 id="city-of-two-words-is-a-place-alone"),
    pytest.param("Wali Kota Jakarta Utara Ali Maulana hadir.",
                 [("Jakarta Utara", "LOC", 10), ("Ali Maulana", "PER", 24)], id="longest-place-after-office"),
    pytest.param("Bupati Muara Enim Ir. H. Muzakir Sai Sohar hadir.",
                 [("Muara Enim", "LOC", 7), ("Muzakir Sai Sohar", "PER", 25)], id="honorifics-after-office-out-of-name"),
    pytest.param("Kadis Kominfo Jaduliwan hadir. Menurut Jaduliwan, semua baik.",
                 [("Kominfo", "ORG", 6), ("Jaduliwan", "PER", 14), ("Jaduliwan", "PER", 39)], id="name-repeated"),
    pytest.param("Hal ini disampaikan Pemerintah Kota Bandung kemarin.",
                 [("Pemerintah Kota Bandung", "ORG", 20)], id="pemerintah-kota"),
    pytest.param("Kepala Dinas Kesehatan Ahmad Yani melapor.",
                 [("Dinas Kesehatan", "ORG", 7), ("Ahmad Yani", "PER", 23)], id="kepala-dinas-portfolio"),
    pytest.param("Kapolres Bengkulu AKBP Andy Pramudya menjelaskan.",
                 [("Bengkulu", "LOC", 9), ("Andy Pramudya", "PER", 23)], id="police-rank-between"),
    pytest.param("Bupati Agam Andri Warman menyerahkan bantuan kepada warga Bone di Batu.",
                 [("Agam", "LOC", 7), ("Andri Warman", "PER", 12)], id="regency-names-alone-are-no-places"),
    pytest.param("Acara dibuka oleh Camat Selebar Rudi Hartono.",
                 [("Selebar", "LOC", 24), ("Rudi Hartono", "PER", 32)], id="district-after-camat"),
    pytest.param("Bantuan tiba di Desa Pangkal Duri Kecamatan Mendahara kemarin.",
                 [("Desa Pangkal Duri", "LOC", 16), ("Kecamatan Mendahara", "LOC", 34)],
                 id="village-and-district-with-their-words"),
    pytest.param("Warga Kelurahan Wartajaya Lor II hadir.", [("Kelurahan Wartajaya Lor II", "LOC", 6)],
                 id="unlisted-village-capitalised-run-and-numeral"),
    pytest.param("Warga Kelurahan Sukamulya II hadir.", [("Kelurahan Sukamulya II", "LOC", 6)],
                 id="listed-village-and-numeral"),
    pytest.param("Kepala Desa Sukamaju Sarmin hadir.", [("Sukamaju", "LOC", 12), ("Sarmin", "PER", 21)],
                 id="village-after-village-office"),
    pytest.param("Lurah Budi Santoso hadir.", [("Budi Santoso", "PER", 6)], id="unlisted-word-after-lurah-is-name"),
    pytest.param("Pemerintah Provinsi (Pemprov) Bengkulu dan Kementerian Kesehatan (Kemenkes) RI hadir.",
                 [("Pemerintah Provinsi (Pemprov) Bengkulu", "ORG", 0),
                  ("Kementerian Kesehatan (Kemenkes) RI", "ORG", 43)], id="institution-with-short-form-and-ri"),
    pytest.param("Badan Kesatuan Bangsa dan Politik (Kesbangpol) Provinsi Bengkulu (Bengkulu) hadir.",
                 [("Badan Kesatuan Bangsa dan Politik (Kesbangpol) Provinsi Bengkulu (Bengkulu)", "ORG", 0)],
                 id="short-form-region-and-second-short-form"),
    pytest.param("Kementerian Kesehatan (dalam hal ini) hadir.", [("Kementerian Kesehatan", "ORG", 0)],
                 id="bracket-of-lower-case-words-stays-out"),
    pytest.param("Bupati Mandailing Natal (Madina) Ahmad Sani hadir. Warga Madina senang.",
                 [("Mandailing Natal (Madina)", "LOC", 7), ("Ahmad Sani", "PER", 33), ("Madina", "LOC", 57)],
                 id="place-with-short-form-and-the-short-form-elsewhere"),
    pytest.param("Pemerintah Provinsi (Pemprov) Bengkulu hadir. Pemprov bekerja.",
                 [("Pemerintah Provinsi (Pemprov) Bengkulu", "ORG", 0)], id="government-word-is-no-short-form"),
    pytest.param("Hal itu diatur dalam Instruksi Presiden No.4 Tahun 2013 tentang keselamatan.", [],
                 id="numbered-instrument-after-title-is-no-name"),
    pytest.param("Ia menyampaikan nota penjelasan Bupati Terhadap Rancangan Peraturan Daerah.", [],
                 id="preposition-after-title-is-no-name"),
    pytest.param("Pidato Presiden Tahun Depan disiapkan.", [],
                 id="common-words-after-title-are-no-name"),
    pytest.param("Pemkab Gelar Pelarungan Bunga\n\nMUARASABAK - Pemkab Madina hadir.",
                 [("Pemkab Madina", "ORG", 44)], id="no-government-read-in-a-title-cased-headline"),
    pytest.param("Siswa SMP 27 Balikpapan dan santri Pondok Pesantren Darul Ikhlas hadir.",
                 [("SMP 27 Balikpapan", "ORG", 6), ("Pondok Pesantren Darul Ikhlas", "ORG", 35)],
                 id="school-and-pesantren"),
    pytest.param("Kepala Puskesmas Koja Yusuf Hidayat hadir.",
                 [("Puskesmas Koja", "ORG", 7), ("Yusuf Hidayat", "PER", 22)], id="puskesmas-before-a-name"),
    pytest.param("Sejarawan Universitas Sukamaju mengatakan hal itu.", [],
                 id="institution-after-a-profession-is-no-name"),
]


@pytest.mark.parametrize("text, expected", RULES)
def test_rules(rules_nlp, text, expected):
    doc = rules_nlp(text)
    got = spans(doc)
    assert got == expected
    for ent in find_entities(doc):
        assert text[ent.start:ent.end] == ent.text


TITLES = [
    pytest.param("Gubernur Bengkulu Rohidin Mersyah menyampaikan syukur.",
                 [("Gubernur Bengkulu", "regional_head", 0)], id="gubernur"),
    pytest.param("ungkap Gubernur Rohidin.", [("Gubernur", "regional_head", 7)], id="gubernur-bare"),
    pytest.param("Wakil Bupati Probolinggo Timbul Prihanjoko hadir.",
                 [("Wakil Bupati Probolinggo", "regional_deputy", 0)], id="wakil-bupati"),
    pytest.param("kata Kapolres Bengkulu AKBP Andy Pramudya.", [("Kapolres Bengkulu", "police", 5)], id="rank-not-in-title"),
]


@pytest.mark.parametrize("text, expected", TITLES)
def test_titles(rules_nlp, text, expected):
    doc = rules_nlp(text)
    got = [(s.text, s.label_, s.start_char) for s in doc.spans[TITLES_KEY]]
    assert got == expected


def test_model_spans_are_cleaned(rules_nlp):
    text = ("Semoga Rohidin Mersyah hadir.\nPemprov Bengkulu Berhasil Raih Peringkat 2 TOP GPR Award 2021 Kini"
            " dengan cepat dan akurat pada HUT Ke-53")
    doc = rules_nlp.make_doc(text)
    assert [t.text for t in doc[19:21]] == ["dan", "akurat"] and doc[23].text == "Ke-53"
    doc.ents = [Span(doc, 0, 3, label="PER"), Span(doc, 5, 16, label="ORG"),
                Span(doc, 20, 21, label="PER"), Span(doc, 23, 24, label="LOC")]
    doc = rules_nlp.get_pipe("warta_sentences")(doc)
    doc = rules_nlp.get_pipe("warta_entity_rules")(doc)
    got = [(e.text, e.label, e.start, e.source) for e in find_entities(doc)]
    assert got == [("Rohidin Mersyah", "PER", 7, "model"), ("Pemprov Bengkulu", "ORG", 30, "rules:government")]


# (text, model PER spans as (first token, end token), the PER spans kept): spans made only of
# common words, of words the article writes in lower case, or of unit nouns are no names;
# a word of a name read after an office title stays one.
COMMON = [
    pytest.param("Rapat Dirjen Perhubungan Udara digelar.", [(3, 4)], [], id="unit-noun"),
    pytest.param("Rapat Tahun Anggaran baru digelar.", [(1, 3)], [], id="common-words"),
    pytest.param("Ormas hadir di rapat.", [(0, 1)], [], id="listed-unit-word"),
    pytest.param("Indah datang. Pemandangan di sana indah.", [(0, 1)], [], id="written-in-lower-case-here"),
    pytest.param("Rina Lestari datang.", [(0, 2)], ["Rina Lestari"], id="a-name-stays"),
    pytest.param("Ketua KPK Bibit Samad hadir. Kata Bibit, bibit padi unggul.", [(8, 9)], ["Bibit Samad", "Bibit"],
                 id="name-after-a-title-stays-though-common"),
    pytest.param("Hadir Drs. Rina Lestari , SH kemarin.", [(1, 6)], ["Rina Lestari"], id="honorific-and-degree-trimmed"),
    pytest.param("Sambutan oleh Rina , Sos kemarin.", [(2, 3), (4, 5)], ["Rina"], id="degree-alone-is-no-name"),
]


# (text, model spans as (first token, end token, label), the spans kept): the bare words for a
# government or a kind of unit name nothing; a rank's qualifier in brackets is no short form.
BARE = [
    pytest.param("Pemkab dan Pemprov bekerja.", [(0, 1, "LOC"), (2, 3, "ORG")], [], id="bare-government-words"),
    pytest.param("Jenderal TNI ( Purn ) Budi hadir.", [(1, 2, "ORG")], [("TNI", "ORG")],
                 id="rank-qualifier-in-brackets-is-no-short-form"),
    pytest.param("Seluruh Aparatur Sipil Negara ( ASN ) dan CPNS menerima LHP dari BPK .",
                 [(1, 7, "ORG"), (8, 9, "ORG"), (10, 11, "ORG"), (12, 13, "ORG")], [("BPK", "ORG")],
                 id="class-nouns-and-documents-in-capitals-name-nothing"),
    pytest.param("Opini WTP diraih saat HUT Kabupaten Kaur .", [(1, 2, "ORG"), (4, 5, "ORG")],
                 [("Kabupaten Kaur", "LOC")], id="audit-opinion-and-event"),
]


@pytest.mark.parametrize("text, model_spans, kept", BARE)
def test_bare_words_and_qualifiers(rules_nlp, text, model_spans, kept):
    doc = rules_nlp.make_doc(text)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in model_spans]
    doc = rules_nlp.get_pipe("warta_sentences")(doc)
    doc = rules_nlp.get_pipe("warta_entity_rules")(doc)
    assert [(e.text, e.label) for e in find_entities(doc) if e.label != "PER"] == kept


@pytest.mark.parametrize("text, model_spans, kept", COMMON)
def test_common_word_person_spans_are_dropped(rules_nlp, text, model_spans, kept):
    doc = rules_nlp.make_doc(text)
    doc.ents = [Span(doc, a, b, label="PER") for a, b in model_spans]
    doc = rules_nlp.get_pipe("warta_sentences")(doc)
    doc = rules_nlp.get_pipe("warta_entity_rules")(doc)
    assert [e.text for e in find_entities(doc) if e.label == "PER"] == kept


@pytest.mark.skipif(ner_model_path() is None, reason="no trained NER model under models/")
@pytest.mark.parametrize("text, not_names", [
    pytest.param("“Saya ucapkan selamat. Ini menjadi salah satu kado,” ungkap Gubernur Rohidin.", ["Saya"], id="saya"),
    pytest.param("“Semoga akurasi informasi yang kita sampaikan akan selalu positif,” pungkasnya.", ["Semoga"], id="semoga"),
])
def test_model_function_words_are_not_names(text, not_names):
    nlp = load()
    doc = nlp(text)
    assert not [e for e in doc.ents if e.text in not_names]


@pytest.mark.skipif(ner_model_path() is None, reason="no trained NER model under models/")
def test_seed_names_with_model():
    nlp = load()
    text = ("Penghargaan ini diraih setelah pengumuman, yang diikuti oleh Kadis Kominfotik Provinsi "
            "Bengkulu Jaduliwan.\n\n“Semua kesuksesan ini tak lepas dari kerjasama,” jelas Jaduliwan.")
    got = [(e.text, e.label_, e.start_char) for e in nlp(text).ents if e.label_ == "PER"]
    assert got == [("Jaduliwan", "PER", 96), ("Jaduliwan", "PER", 163)]


DATA_FILES = [
    ("titles.tsv", ("title",)),
    ("regions.tsv", ("name", "kind")),
    ("institutions.tsv", ("name",)),
    ("region_words.tsv", ("word",)),
]


@pytest.mark.parametrize("name, key", DATA_FILES, ids=[d[0] for d in DATA_FILES])
def test_tsv_data_files(name, key):
    assert resources.data_text(name).startswith("#"), "header naming source and licence"
    rows = resources.tsv(name)
    width = len(rows[0])
    assert all(len(r) == width for r in rows), "every row has every column"
    records = resources.tsv_records(name)
    counts = collections.Counter(tuple(r[k].lower() for k in key) for r in records)
    assert [k for k, n in counts.items() if n > 1] == []
    assert all(r[k] == r[k].strip() and r[k] for r in records for k in key)


@pytest.mark.parametrize("name", ["portfolios.txt", "not_names.txt", "not_entities.txt"])
def test_list_data_files(name):
    assert resources.data_text(name).startswith("#")
    items = resources.lines(name)
    assert len(items) == len(set(items))


def test_titles_columns():
    records = resources.tsv_records("titles.tsv")
    assert {"title", "kind", "full", "takes_unit"} <= set(records[0])
    assert {r["takes_unit"] for r in records} == {"yes", "no"}


def test_abbreviations_map_to_one_institution():
    seen = collections.Counter()
    for row in resources.tsv_records("institutions.tsv"):
        for abbr in filter(None, row["abbreviations"].split("|")):
            seen[abbr] += 1
    assert [a for a, n in seen.items() if n > 1] == []


def test_lexicon_loads():
    lex = entities.lexicon()
    assert lex.regions["Bengkulu"] == {"province", "city"}
    assert lex.region_words["Pemprov"] == ("government", "province")
    assert lex.titles["gubernur"] == ("regional_head", True)


def test_rules_without_sentence_component():
    nlp = spacy.blank("id", config=TOKENIZER_CONFIG)
    nlp.add_pipe("warta_entity_rules")
    got = [(e.text, e.label_, e.start_char) for e in nlp("Gubernur Bengkulu Rohidin Mersyah hadir.").ents]
    assert got == [("Bengkulu", "LOC", 9), ("Rohidin Mersyah", "PER", 18)]
