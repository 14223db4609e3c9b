"""Speakers: office phrases parsed into name, title and unit; name chains; the word lists."""

from __future__ import annotations

import re

import pytest

from pipeline import resources
from pipeline.speakers import match_title, parse_backward, parse_forward, tokenize


@pytest.fixture(scope="module")
def nlp(quote_stage):
    return quote_stage


def _forward(text):
    words = tokenize(text, 0, len(text))
    return parse_forward(words, 0, text)


# (phrase, name, title as written, unit)
PHRASES = [
    pytest.param("Gubernur Bengkulu Rohidin Mersyah mengatakan", "Rohidin Mersyah", "Gubernur Bengkulu",
                 "Bengkulu", id="governor"),
    pytest.param("Kadis Kominfotik Provinsi Bengkulu Jaduliwan,", "Jaduliwan",
                 "Kadis Kominfotik Provinsi Bengkulu", "Kominfotik Provinsi Bengkulu", id="kadis"),
    pytest.param("Bupati Probolinggo Hj. P. Tantriana Sari, SE", "P. Tantriana Sari", "Bupati Probolinggo",
                 "Probolinggo", id="honorific-initial-degree"),
    pytest.param("Kepala BPK-RI Perwakilan Jawa Timur Joko Agus Setyono", "Joko Agus Setyono",
                 "Kepala BPK-RI Perwakilan Jawa Timur", "BPK-RI Perwakilan Jawa Timur", id="bpk"),
    pytest.param("Gubernur Rohidin", "Rohidin", "Gubernur", None, id="office-and-short-name"),
    pytest.param("Gubernur Rohidin Mersyah", "Rohidin Mersyah", "Gubernur", None,
                 id="regional-office-without-region"),
    pytest.param("Wali Kota Surabaya Sri Wahyuni", "Sri Wahyuni", "Wali Kota Surabaya", "Surabaya",
                 id="two-word-title"),
    pytest.param("Kepala BPS Provinsi Kalsel Ahmad Fauzi Rahman", "Ahmad Fauzi Rahman",
                 "Kepala BPS Provinsi Kalsel", "BPS Provinsi Kalsel", id="province-short-form"),
    pytest.param("Menteri Keuangan Sri Rahayu Lestari", "Sri Rahayu Lestari", "Menteri Keuangan",
                 "Keuangan", id="minister"),
    pytest.param("Menteri Ketenagakerjaan Budiarto memastikan", "Budiarto", "Menteri Ketenagakerjaan",
                 "Ketenagakerjaan", id="minister-ministry-word-before-one-word-name"),
    pytest.param("Kepala Dinas Pendidikan DKI Jakarta Budi Wirawan", "Budi Wirawan",
                 "Kepala Dinas Pendidikan DKI Jakarta", "Pendidikan DKI Jakarta", id="dki"),
    pytest.param("Kapolres Sambas AKBP Andreas Simanjuntak", "Andreas Simanjuntak", "Kapolres Sambas", "Sambas",
                 id="rank-moved-out"),
    pytest.param("Budi Wirawan, Kepala Dinas Pendidikan DKI Jakarta", "Budi Wirawan",
                 "Kepala Dinas Pendidikan DKI Jakarta", "Pendidikan DKI Jakarta", id="title-in-apposition"),
    pytest.param("Kakan Kemenag H. Maranaik Hasibuan melaporkan", "Maranaik Hasibuan", "Kakan Kemenag", None,
                 id="unknown-office-ends-at-honorific"),
    pytest.param("Staf Ahli Bidang Ekonomi dan Pembangunan Setdakab Madina Dr. Ahmad Duroni", "Ahmad Duroni",
                 "Staf Ahli Bidang Ekonomi dan Pembangunan Setdakab Madina",
                 "Bidang Ekonomi dan Pembangunan Setdakab Madina", id="unit-ends-at-honorific"),
    pytest.param("Ketua Pengurus Besar Ikatan Penyuluh Desa Indonesia Rudi M Hasan", "Rudi M Hasan",
                 "Ketua Pengurus Besar Ikatan Penyuluh Desa Indonesia",
                 "Pengurus Besar Ikatan Penyuluh Desa Indonesia",
                 id="final-institution-word-governs-nothing"),
    pytest.param("General Manager PT Wisata Bahari Lovina I Gusti Made Suarta",
                 "I Gusti Made Suarta", "General Manager PT Wisata Bahari Lovina",
                 "PT Wisata Bahari Lovina", id="balinese-name"),
    pytest.param("Ketua Tim Pakar Satgas Vaksinasi Covid-19 Hendra Kusuma", "Hendra Kusuma",
                 "Ketua Tim Pakar Satgas Vaksinasi Covid-19",
                 "Tim Pakar Satgas Vaksinasi Covid-19", id="unit-with-digits"),
    pytest.param("Kepala Puskesmas Koja, Jakarta Utara, Yusuf Hidayat", "Yusuf Hidayat",
                 "Kepala Puskesmas Koja, Jakarta Utara", "Puskesmas Koja, Jakarta Utara",
                 id="unit-with-commas"),
    pytest.param("Pelaksana Tugas Direktur Jenderal Pengelolaan dan Pengawasan Perikanan Andreas Tumbelaka",
                 "Andreas Tumbelaka", "Pelaksana Tugas Direktur Jenderal Pengelolaan dan Pengawasan Perikanan",
                 "Pengelolaan dan Pengawasan Perikanan", id="acting-spelled-out"),
    pytest.param("Asisten I Drs. M. Teguh jaya, MM di Gedung Kesenian", "M. Teguh jaya", "Asisten I", None,
                 id="lower-case-name-part-before-degree"),
    pytest.param("Bupati Muara Enim, Ir. H. Muzakir Sai Sohar dalam arahannya", "Muzakir Sai Sohar",
                 "Bupati Muara Enim", "Muara Enim", id="comma-and-honorifics-before-name"),
    pytest.param("Kepala Pusat Kajian Kementerian Dalam Negeri Suryanto", "Suryanto",
                 "Kepala Pusat Kajian Kementerian Dalam Negeri", "Kajian Kementerian Dalam Negeri",
                 id="ministry-with-function-words"),
    pytest.param("Menteri Negara BUMN Ani Lestari dan Dirut PT Pupuk Raya Joko Susilo", "Ani Lestari",
                 "Menteri Negara BUMN", "Negara BUMN", id="dan-before-second-office-ends-the-unit"),
    pytest.param("Direktur Utama PT Kereta Wisata Nusantara (KWN Rail) Sinta Dewi mengatakan", "Sinta Dewi",
                 "Direktur Utama PT Kereta Wisata Nusantara (KWN Rail)",
                 "PT Kereta Wisata Nusantara (KWN Rail)", id="bracketed-short-form-of-two-words"),
    pytest.param("Menteri Koordinator Bidang Pangan, Energi, dan Air Ahmad Sanusi mengatakan", "Ahmad Sanusi",
                 "Menteri Koordinator Bidang Pangan, Energi, dan Air",
                 "Bidang Pangan, Energi, dan Air", id="unit-with-an-enumeration"),
    pytest.param("Kepala Bidang Humas Polda Sumsel Komisaris Besar Supriadi Rahman mengatakan",
                 "Supriadi Rahman", "Kepala Bidang Humas Polda Sumsel", "Humas Polda Sumsel",
                 id="spelled-out-rank-neither-unit-nor-name"),
    pytest.param("Kepala Biro Penerangan Divisi Humas Polri Brigadir Jenderal (Pol) Bagus Santoso kemarin",
                 "Bagus Santoso", "Kepala Biro Penerangan Divisi Humas Polri", "Penerangan Divisi Humas Polri",
                 id="rank-with-bracketed-qualifier-ends-unit"),
    pytest.param("Kepala Polda Kalbar Inspektur Jenderal RZ Budi Hartono mengatakan", "RZ Budi Hartono",
                 "Kepala Polda Kalbar", "Polda Kalbar", id="initials-after-rank-open-the-name"),
    pytest.param("Komisaris Besar Ade Santoso mengatakan", "Ade Santoso", None, None,
                 id="rank-without-office"),
    pytest.param("Inspektur Jenderal Kementerian Pertanian Budi Santoso mengatakan", "Budi Santoso",
                 "Inspektur Jenderal Kementerian Pertanian", "Kementerian Pertanian",
                 id="inspector-general-first-is-an-office"),
    pytest.param("Wali Kota Bogor Bima Santoso mengatakan", "Bima Santoso", "Wali Kota Bogor", "Bogor",
                 id="second-place-that-does-not-nest-starts-the-name"),
    pytest.param("Kepala Dinas Kesehatan Kota Bogor Jabar Budi Santoso mengatakan", "Budi Santoso",
                 "Kepala Dinas Kesehatan Kota Bogor Jabar", "Kesehatan Kota Bogor Jabar",
                 id="province-after-its-city-stays-in-unit"),
    pytest.param("Kepala Desa Sukamaju Sarmin mengatakan", "Sarmin", "Kepala Desa Sukamaju", "Sukamaju",
                 id="village-name-after-village-office"),
    pytest.param("Kepala Puskesmas Sukamaju Sarmin Hidayat mengatakan", "Sarmin Hidayat",
                 "Kepala Puskesmas Sukamaju", "Puskesmas Sukamaju", id="facility-name-after-facility-word"),
    pytest.param("Camat Sukamaju Sarmin mengatakan", "Sarmin", "Camat Sukamaju", "Sukamaju",
                 id="district-name-after-camat"),
    pytest.param("Lurah Budi Santoso mengatakan", "Budi Santoso", "Lurah", None,
                 id="village-office-without-place"),
    pytest.param("Kepala Puskesmas Cempaka Putih Rudi Pratama mengatakan", "Rudi Pratama",
                 "Kepala Puskesmas Cempaka Putih", "Puskesmas Cempaka Putih", id="listed-village-of-two-words"),
    pytest.param("Kepala Badan Pangan Kementerian Pertanian Agung Santoso mengatakan", "Agung Santoso",
                 "Kepala Badan Pangan Kementerian Pertanian", "Pangan Kementerian Pertanian",
                 id="agung-is-a-given-name-after-a-unit"),
    pytest.param("Ketua Mahkamah Agung Budi Santoso mengatakan", "Budi Santoso", "Ketua Mahkamah Agung",
                 "Mahkamah Agung", id="mahkamah-governs-agung"),
    pytest.param("Kepala Biro Umum yang juga Ketua Satgas Pangan Provinsi Bengkulu Rina Lestari mengatakan",
                 "Rina Lestari", "Kepala Biro Umum yang juga Ketua Satgas Pangan Provinsi Bengkulu", "Umum",
                 id="second-office-yang-juga"),
    pytest.param("Sekretaris Daerah sekaligus Plh Bupati Sambas Budi Santoso mengatakan", "Budi Santoso",
                 "Sekretaris Daerah sekaligus Plh Bupati Sambas", None, id="second-office-sekaligus-plh"),
    pytest.param("Kepala Badan Pendapatan Daerah Rina Lestari mengatakan", "Rina Lestari",
                 "Kepala Badan Pendapatan Daerah", "Pendapatan Daerah", id="daerah-ends-a-unit-before-a-name"),
    pytest.param("Kepala Kepolisian Daerah Bengkulu Budi mengatakan", "Budi",
                 "Kepala Kepolisian Daerah Bengkulu", "Kepolisian Daerah Bengkulu", id="daerah-before-a-listed-place"),
    pytest.param("Kepala Badan Keuangan Daerah Sukamaju Rina Lestari mengatakan", "Rina Lestari",
                 "Kepala Badan Keuangan Daerah Sukamaju", "Keuangan Daerah Sukamaju",
                 id="daerah-before-an-unlisted-place-and-a-full-name"),
    pytest.param("Camat Sukamaju, Budi Santoso, saat dikonfirmasi", "Budi Santoso", "Camat Sukamaju", "Sukamaju",
                 id="village-name-then-comma-before-the-name"),
    pytest.param("Kepala SMA Negeri 1 Sukamaju, Budi Santoso, S.Pd. mengatakan", "Budi Santoso",
                 "Kepala SMA Negeri 1 Sukamaju", "SMA Negeri 1 Sukamaju", id="school-place-then-comma-before-the-name"),
    pytest.param("Direktur PT Maju Jaya Group Budi Santoso mengatakan", "Budi Santoso", "Direktur PT Maju Jaya Group",
                 "PT Maju Jaya Group", id="company-word-ends-the-unit"),
    pytest.param("Kepala SMAN 1, Darmadi, S.Pd dalam sambutannya", "Darmadi", "Kepala SMAN 1", "SMAN 1",
                 id="school-number-then-comma-and-a-one-word-name"),
    pytest.param("Direktur Eksekutif Institute for Rural Economics and Finance (Iref) Rina Lestari berpendapat",
                 "Rina Lestari", "Direktur Eksekutif Institute for Rural Economics and Finance (Iref)",
                 "Institute for Rural Economics and Finance (Iref)", id="english-institution-name-in-the-unit"),
    pytest.param("Pengamat Budi Santoso menilai", "Budi Santoso", "Pengamat", None, id="profession-before-the-name"),
    pytest.param("Peneliti LIPI Budi Santoso menilai", "Budi Santoso", "Peneliti LIPI", "LIPI",
                 id="profession-with-its-institution"),
    pytest.param("Kepala Satpol PP Sukamaju Mastur, Kepala Dinas Sosial Rina Lestari", "Mastur",
                 "Kepala Satpol PP Sukamaju", "Sukamaju", id="second-office-after-a-comma-is-no-name"),
    pytest.param("Brigadir Satu Polisi Rina Lestari hadir", "Rina Lestari", None, None, id="rank-of-three-words"),
    pytest.param("Kepala Staf Kepresidenan Jendral TNI Budi Santoso mengatakan", "Budi Santoso",
                 "Kepala Staf Kepresidenan", "Staf Kepresidenan", id="rank-spelt-jendral"),
    pytest.param("Sekjen Partai Kebangkitan Bangsa Budi Santoso menilai", "Budi Santoso",
                 "Sekjen Partai Kebangkitan Bangsa", "Partai Kebangkitan Bangsa", id="listed-institution-of-three-words"),
    pytest.param("Politisi Partai Golkar dari Sukamaju hadir", "", "Politisi Partai Golkar", "Partai Golkar",
                 id="listed-institution-ending-the-run-leaves-no-name"),
    pytest.param("Komandan Pasmar 1 Brigjen Marinir Budi Santoso mengatakan", "Budi Santoso", "Komandan Pasmar 1", "Pasmar 1",
                 id="rank-with-its-corps"),
    pytest.param("Komandan Kodim 0510 Sukamaju Letnan Kolonel (Inf) Budi Santoso mengatakan", "Budi Santoso",
                 "Komandan Kodim 0510 Sukamaju", "Kodim 0510 Sukamaju", id="rank-with-a-bracketed-corps"),
]


@pytest.mark.parametrize("text,name,title,unit", PHRASES)
def test_parse_forward(text, name, title, unit):
    p = _forward(text)
    assert p is not None and p.kind == "person"
    assert (p.name, p.title, p.unit) == (name, title, unit)
    assert text[p.start:p.end].startswith(text.split()[0])


@pytest.mark.parametrize("text,title", [
    pytest.param("Bupati Kaur, Unsur FKPD Kabupaten Kaur, Kepala Perangkat Daerah", "Bupati Kaur",
                 id="list-item-after-the-comma"),
    pytest.param("Menhub, Kapolri Budi Santoso", "Menhub", id="next-office-after-the-comma"),
])
def test_an_office_before_a_comma_and_a_list_has_no_name(text, title):
    p = _forward(text)
    assert (p.name, p.title) == ("", title)


@pytest.mark.parametrize("text,kind,name", [
    pytest.param("dia mengatakan", "pronoun", "dia", id="pronoun"),
    pytest.param("Pemprov Bengkulu menyampaikan", "institution", "Pemprov Bengkulu", id="institution"),
    pytest.param("Pemerintah Provinsi (Pemprov) Bengkulu menyampaikan", "institution",
                 "Pemerintah Provinsi (Pemprov) Bengkulu", id="institution-with-short-form"),
])
def test_parse_forward_kinds(text, kind, name):
    p = _forward(text)
    assert (p.kind, p.name) == (kind, name)


@pytest.mark.parametrize("text,verb,mention", [
    pytest.param("Selain itu Gubernur Rohidin juga menyampaikan apresiasi", "menyampaikan",
                 "Gubernur Rohidin", id="adverb-between"),
    pytest.param("Sementara itu, Kepala Dinas Kesehatan Andi Wijaya mengatakan", "mengatakan",
                 "Kepala Dinas Kesehatan Andi Wijaya", id="after-comma"),
    pytest.param("Bupati Probolinggo Hj. P. Tantriana Sari, SE mengatakan", "mengatakan",
                 "Bupati Probolinggo Hj. P. Tantriana Sari", id="degree-tail"),
    pytest.param("Namun, ia menegaskan", "menegaskan", "ia", id="pronoun"),
    pytest.param("Plt. Sekretaris Diskominfo Khairul B, S. Sos menyampaikan", "menyampaikan",
                 "Plt. Sekretaris Diskominfo Khairul B", id="degree-written-in-two-parts"),
    pytest.param("Kepala Dinas Kesehatan Andi Wijaya kepada Bupati menyampaikan", "menyampaikan",
                 "Kepala Dinas Kesehatan Andi Wijaya", id="object-of-preposition-before-verb"),
    pytest.param("Sekretaris Daerah sekaligus Plh Bupati Sambas Budi Santoso mengatakan", "mengatakan",
                 "Sekretaris Daerah sekaligus Plh Bupati Sambas Budi Santoso", id="two-offices-sekaligus"),
    pytest.param("Rina Lestari dari PT House of Batik mengatakan", "mengatakan", "Rina Lestari",
                 id="person-from-an-english-named-company"),
    pytest.param("Awalnya Budi Santoso mengatakan", "mengatakan", "Budi Santoso", id="adverb-in-nya-opens-no-name"),
    pytest.param("Dr dr Budi Santoso, MSc menyayangkan", "menyayangkan", "Dr dr Budi Santoso",
                 id="degree-without-full-stops-between-commas"),
])
def test_parse_backward(text, verb, mention):
    words = tokenize(text, 0, len(text))
    at = [w.text for w in words].index(verb)
    p = parse_backward(words, at, text)
    assert p is not None
    assert text[p.start:p.end] == mention


@pytest.mark.parametrize("text,n,full", [
    pytest.param("Kadis Kominfotik", 1, "Kepala Dinas", id="abbreviation"),
    pytest.param("Wali Kota Depok", 2, "Wali Kota", id="two-words"),
    pytest.param("Wakil Bupati Sambas", 2, "Wakil Bupati", id="longest"),
])
def test_match_title(text, n, full):
    words = tokenize(text, 0, len(text))
    got = match_title(words, 0)
    assert got is not None and got[0] == n and got[1]["full"] == full


@pytest.mark.parametrize("text,tokens", [
    pytest.param("kata Budi.Dia menekankan", ["kata", "Budi", ".", "Dia", "menekankan"], id="glued-sentences"),
    pytest.param("Rina Lestari, M.Si hadir", ["Rina", "Lestari", ",", "M.Si", "hadir"], id="degree-kept"),
    pytest.param("Budi, S.Sos hadir", ["Budi", ",", "S.Sos", "hadir"], id="degree-with-capitals-kept"),
    pytest.param("Budi 'Ucok' Santoso hadir", ["Budi", "'Ucok'", "Santoso", "hadir"], id="nickname-in-quotes"),
    pytest.param("Abdul Mu'ti hadir", ["Abdul", "Mu'ti", "hadir"], id="apostrophe-inside-a-name"),
])
def test_tokenize_splits_glued_sentences_but_not_abbreviations(text, tokens):
    words = tokenize(text, 0, len(text))
    assert [w.text for w in words] == tokens
    assert all(text[w.start:w.end] == w.text for w in words)


def test_lowercase_word_starts_no_office():
    text = "wakil rakyat"
    assert match_title(tokenize(text, 0, len(text)), 0) is None


@pytest.mark.parametrize("text,name", [
    pytest.param("Gubernur Bengkulu Rohidin Mersyah hadir.\n\n“Kami siap,” kata Rohidin.", "Rohidin Mersyah",
                 id="first-name"),
    pytest.param("Ketua DPD Partai Maju Kota Bogor Budi 'Ucok' Santoso hadir.\n\n“Kami siap,” kata Ucok.",
                 "Budi 'Ucok' Santoso", id="nickname-in-quotes-inside-the-name"),
    pytest.param("Presiden Direktur Bank Maju Bersama Ratna Kusumawati hadir.\n\n“Kami siap,” ujar Ratna.",
                 "Ratna Kusumawati", id="unit-words-trimmed-by-short-form"),
    pytest.param("Dihubungi terpisah, pengajar Universitas Maju Jaya, Tri Yunis Rina Lestari, menjelaskan, "
                 "kebijakan itu jelas.\n\n“Kami siap,” kata Rina.", "Tri Yunis Rina Lestari",
                 id="name-in-apposition-after-a-comma-keeps-its-first-words"),
    pytest.param("General Manager Kampung Kopi Rina Lestari hadir.\n\n“Kami siap,” ujarnya.\n\nWarung lain "
                 "dibuka oleh Kampung Kopi di Bogor.", "Rina Lestari",
                 id="common-nouns-the-article-writes-alone-are-the-unit"),
    pytest.param("General Manager PT Maju Intan Permata Sari hadir.\n\n“Kami siap,” ujarnya.\n\nIntan, "
                 "kata dia, sudah lama bekerja.\n\n“Kami siap,” kata Intan.", "Intan Permata Sari",
                 id="a-given-name-the-article-calls-the-person-by-stays"),
    pytest.param("Wakil Ketua Umum Partai Golkar Sutarno kemarin mengumumkan susunan pengurus baru.\n\n“Kami "
                 "ingin partai lebih solid,” kata Sutarno.", "Sutarno",
                 id="a-party-and-its-name-are-no-full-name-of-the-person"),
    pytest.param("Ketua Bidang Advokasi Forum Pengguna Jalan (FPJ) Pusat Budi Santoso, Senin, "
                 "menjelaskan, tingkat kepatuhan tinggi.\n\nMelihat angka itu, Budi melihat kendaraan masih "
                 "banyak.\n\n“Harus tegas,” kata Budi.", "Budi Santoso", id="a-head-word-before-a-called-name"),
    pytest.param("Kepala Bagian Humas RSUP Dr M Hasan Budiono mengatakan, ruang rawat inap ditambah tahun ini."
                 "\n\n“Antrean pasien berkurang,” kata Budiono.", "Budiono", id="a-hospital-named-after-someone"),
    pytest.param("Direktur RSUD Dr Sutarno Budi Santoso mengatakan, ruang rawat inap ditambah tahun ini.\n\n"
                 "“Antrean pasien berkurang,” kata Budi.", "Budi Santoso", id="a-hospital-named-after-someone-called-by-first-name"),
    pytest.param("Kepala Bidang Humas Polda Sukamaju Inspektur Jenderal Raden Budi Hartono Santoso mengatakan, kasus itu "
                 "ditangani.\n\n“Kami sudah memeriksa saksi,” kata Hartono.", "Raden Budi Hartono Santoso",
                 id="after-a-rank-the-whole-name"),
    pytest.param("Direktur Reserse Inspektur Jenderal RZ Budi Putra Santoso mengatakan, kasus itu "
                 "ditangani.\n\n“Kami sudah memeriksa saksi,” kata Budi.", "RZ Budi Putra Santoso",
                 id="after-a-rank-initials-open-the-name"),
    pytest.param("Kepala Dinas Pendidikan Kota Denpasar Anak Agung Made Santika hadir.\n\n“Kami siap,” "
                 "kata Santika.", "Anak Agung Made Santika", id="balinese-pair-of-prefixes"),
    pytest.param("Secara terpisah, Presiden Direktur Bank Maju Bersama Ratna Kusumawati hadir.\n\n“Kami "
                 "siap,” ujar Ratna.", "Ratna Kusumawati", id="comma-after-an-adverbial-is-no-apposition"),
    pytest.param("Hadir pula Yudha Pratama Wicaksono dari bandara.\n\n“Kami siap,” kata Yudha.",
                 "Yudha Pratama Wicaksono", id="full-name-said-plainly"),
    pytest.param("Bupati Banyuwangi Abdullah Fikri Lubis hadir.\n\n“Kami siap,” ujar Lubis.",
                 "Abdullah Fikri Lubis", id="called-by-last-name"),
    pytest.param("Vice President Corporate Affairs PT Kereta Nusantara Lina Marpaung hadir.\n\n“Kami siap,” "
                 "kata Lina.", "Lina Marpaung", id="unknown-office-word-before-called-name"),
    pytest.param("Pengajar Universitas Tanjungpura Muhammad Rizal Firdaus hadir.\n\n“Kami siap,” "
                 "kata Rizal.", "Muhammad Rizal Firdaus", id="given-name-prefix-kept"),
    pytest.param("Menteri Komunikasi dan Informatika Budi Santoso hadir.\n\n“Kami siap,” kata Menteri "
                 "Kominfo.", "Budi Santoso", id="office-with-acronym-unit"),
    pytest.param("Direktur Jenderal Perhubungan Laut Agus Salim hadir.\n\n“Kapal siap,” kata Dirjen Hubla.",
                 "Agus Salim", id="office-with-syllable-acronym-unit"),
    pytest.param("Kepala Dinas Perhubungan Provinsi Jambi Rudi Hartono hadir.\n\n“Kami siap,” kata "
                 "Kadishub Jambi.", "Rudi Hartono", id="office-without-region-marker"),
    pytest.param("Bupati dan Wakil Bupati Muara Enim Ahmad Sani dan Rudi Hartono hadir.\n\n“Kami siap,” "
                 "kata Bupati.", "Ahmad Sani", id="coordinated-offices-first"),
    pytest.param("Bupati dan Wakil Bupati Muara Enim Ahmad Sani dan Rudi Hartono hadir.\n\n“Kami siap,” "
                 "kata Wakil Bupati.", "Rudi Hartono", id="coordinated-offices-second"),
    pytest.param("Kepala Balai Wilayah Sungai Sumatera VI Hery Susanto hadir.\n\n“Kami siap,” kata Heri.",
                 "Hery Susanto", id="old-and-new-spelling-y-i"),
    pytest.param("Kepala Dinas Pertanian Soeparno Widjaja hadir.\n\n“Panen naik,” kata Suparno.",
                 "Soeparno Widjaja", id="old-and-new-spelling-oe-u"),
    pytest.param("Menteri Ketenagakerjaan Budiarto meninjau balai latihan.\n\n“Biaya kita hapus,” tegas "
                 "Menaker.", "Budiarto", id="short-office-holder-without-ministry-word"),
    pytest.param("Menteri Komunikasi dan Digital Budiarto hadir.\n\n“Kami siap,” kata Budiarto.",
                 "Budiarto", id="called-name-without-coordinated-ministry-words"),
    pytest.param("Rahmadi 'Nanda' Saputra meninjau pasar.\n\n“Harga stabil,” kata Nanda.",
                 "Rahmadi 'Nanda' Saputra", id="nickname-in-single-quotes-fullest-form-as-written"),
    pytest.param("Sutrisno membuka rapat.\n\n“Harga beras kita jaga,” kata Sutrisno.\n\nSimak Video "
                 "'Presiden Panggil Menkeu Sutrisno-Menhan Darmawan'", "Sutrisno",
                 id="hyphen-pairs-two-people-in-headline"),
    pytest.param("“Partai ketiga itu tidak masuk akal,” kata Wiranto.\n\nPerseteruan Wiranto-Hartono "
                 "kembali memanas.", "Wiranto", id="hyphen-pair-after-capitalised-noun"),
    pytest.param("Kepala Desa Sukamaju Sarmin meninjau sawah.\n\n“Panen naik,” kata Sarmin.", "Sarmin",
                 id="village-name-no-part-of-the-called-name"),
    pytest.param("Kepala Biro Hukum dan Kerja Sama BPS Sutrisno hadir.\n\n“Kami siap,” kata Sutrisno.",
                 "Sutrisno", id="called-by-last-word-after-an-acronym-unit"),
    pytest.param("Budi Santoso hadir.\n\n“Kami siap,” kata Santoso.", "Budi Santoso",
                 id="called-by-surname-keeps-the-full-name"),
    pytest.param("Camat Mampang Prapatan Sutarman meninjau pasar.\n\n“Harga stabil,” kata Sutarman.",
                 "Sutarman", id="district-of-two-words-after-camat"),
    pytest.param("Kepala Badan Pusat Statistik (BPS) Bima Hartono meninjau kantor.\n\n“Kami siap,” kata Bima.",
                 "Bima Hartono", id="called-name-taken-back-from-the-unit"),
    pytest.param("Bupati Bima Hartono meninjau kantor.\n\n“Kami siap,” kata Hartono.", "Hartono",
                 id="regency-after-regional-office-stays-the-unit"),
    pytest.param("Menteri Bambang PS Wibowo hadir.\n\n“Kami siap,” kata Wibowo.", "Bambang PS Wibowo",
                 id="initials-inside-a-name-are-no-unit"),
    pytest.param("Presiden Joko Santoso hadir.\n\n“Kami siap,” kata Jokosan.", "Joko Santoso",
                 id="blend-of-a-name-and-the-next-word"),
    pytest.param("Pasangan Rina Putri Lestari-Budi Hartono Wibowo menang.\n\n“Kami siap,” kata Rina.",
                 "Rina Putri Lestari", id="hyphen-paired-candidates-are-two-people"),
    pytest.param("Menteri Keuangan Budi Wicaksono Putra tiba di kantor itu.\n“Kami siap,” kata Budi.\nBaca juga\n\n"
                 "Di Kementerian Keuangan, Budi menyampaikan rencana itu.", "Budi Wicaksono Putra",
                 id="first-block-of-lines-ending-in-a-heading-is-no-title"),
    pytest.param("Menteri Sosial Budi Santoso (Gus Budi) meninjau dapur umum.\n\n“Kami siap,” kata Gus Budi.",
                 "Budi Santoso", id="name-given-in-brackets-after-the-full-name"),
    pytest.param("Menteri Sosial Budi Santoso (Gus Budi) menyampaikan tiga mandat.\n\n“Kami siap,” kata Gus Budi.\n\n"
                 "Tonton juga video \"Mensos Budi Santoso Tinjau Dapur Umum Banjir Sukamaju\" di sini:", "Budi Santoso",
                 id="no-name-read-in-a-video-teaser"),
    pytest.param("Prof. Dr. Budi Santoso DEA hadir.\n\n“Kami siap,” kata Budi.", "Budi Santoso",
                 id="a-degree-after-the-name"),
    pytest.param("Jaksa Agung ST Budiman berjanji menindak korupsi.\n\n“Kami siap,” ujar Budiman.", "ST Budiman",
                 id="initials-after-an-office-that-takes-no-unit"),
    pytest.param("Jaksa Agung ST Budiman berjanji menindak korupsi.\n\nJanji Budiman diucapkan di kantornya.\n\n"
                 "“Kami siap,” ujar Budiman.", "ST Budiman", id="a-promise-noun-is-no-name"),
    pytest.param("Menteri Sosial Budi Santoso, (Gus Budi) meninjau dapur umum.\n\n“Kami siap,” kata Gus Budi.",
                 "Budi Santoso", id="name-given-in-brackets-after-a-comma"),
    pytest.param("Menteri Sosial Budi Santoso atau yang akrab disapa Gus Budi hadir.\n\n“Kami siap,” kata Gus Budi.",
                 "Budi Santoso", id="name-called-by-after-atau-yang-akrab-disapa"),
    pytest.param("Mensos Budi Santoso atau Gus Budi hadir.\n\n“Kami siap,” kata Gus Budi.", "Budi Santoso",
                 id="nickname-after-atau"),
    pytest.param("Wakil Gubernur Budi Santoso Wirasakti, yang biasa disapa Bang Ucok, meninjau pasar.\n\n"
                 "“Kami siap,” kata Bang Ucok.", "Budi Santoso Wirasakti", id="name-called-by-after-a-comma-yang-disapa"),
    pytest.param("Bupati Budi Santoso yang akrab dipanggil Mas Bud meninjau pasar.\n\n“Kami siap,” ujar Mas Bud.",
                 "Budi Santoso", id="name-called-by-after-yang-akrab-dipanggil"),
    pytest.param("Budi Santoso atau Rina Lestari akan memimpin rapat.\n\n“Kami siap,” kata Rina Lestari.",
                 "Rina Lestari", id="two-people-joined-by-atau"),
    pytest.param("Presiden Joko Santoso (Jokosan) meninjau pasar.\n\n“Harga stabil,” kata Jokosan.", "Joko Santoso",
                 id="one-word-name-in-brackets"),
])
def test_name_chain(nlp, text, name):
    from pipeline.quotes import find_quotes

    q = [q for q in find_quotes(nlp(text)) if q.type == "direct"][0]
    assert q.speaker.name == name


# (text, speaker of the last direct quote): a subject whose verb follows a description in
# apposition speaks the indirect quote, and the "-nya" of the next quote is that subject.
@pytest.mark.parametrize("text,name", [
    pytest.param("“Data harus dibuka,” kata Sinta Maharani.\n\nRina Lestari, dokter dari Persatuan Dokter "
                 "Indonesia, memaparkan, 80 persen pasien positif. ”Itu dihitung korban,” ujarnya.", "Rina Lestari",
                 id="subject-before-an-apposition-speaks-and-is-the-clitic-antecedent"),
    pytest.param("“Data harus dibuka,” kata Sinta Maharani.\n\nSaat dikonfirmasi, Aziz Hartono, kuasa hukum "
                 "warga, menyatakan, pihaknya menghormati penyidik. ”Kami hormati,” ujarnya.", "Aziz Hartono",
                 id="apposition-after-an-opening-adjunct"),
    pytest.param("“Data harus dibuka,” kata Sinta Maharani.\n\nMisalnya, warga desa menanam pohon di tepi jalan "
                 "raya, mengimbau tetangga menjaga kebersihan. ”Itu penting,” ujarnya.", "Sinta Maharani",
                 id="sentence-adverb-is-no-subject"),
])
def test_clitic_after_an_apposition_subject(nlp, text, name):
    from pipeline.quotes import find_quotes

    q = [q for q in find_quotes(nlp(text)) if q.type == "direct"][-1]
    assert q.speaker.mention == "nya"
    assert q.speaker.name == name


def test_place_short_forms_file():
    items = resources.lines("place_short_forms.txt")
    assert len(items) == len(set(items)) and list(items) == sorted(items)
    assert all(" ".join(i.split()) == i for i in items)


@pytest.mark.parametrize("name", ["speaker_words.tsv"])
def test_word_files(name):
    rows = resources.tsv(name)
    body = rows[1:]
    assert len(body) == len(set(body)), "duplicate rows"
    for row in body:
        assert all(cell == cell.strip() and cell for cell in row)
    if name == "speaker_words.tsv":
        kinds = {r[1] for r in body}
        assert kinds <= {"pronoun", "clitic", "adverb", "connective", "honorific", "degree", "org_word",
                         "region_marker", "region_second", "institution_head", "name_prefix", "rank",
                         "unit_word", "office_prefix", "institution_short", "org_head", "facility", "clause_opener",
                         "place_optional", "place_qualifier", "org_top", "english_title",
                         "conjunction", "person_noun", "private_person", "group_noun", "nickname_prefix", "teaser",
                         "company_prefix", "role_complement", "name_or_title", "unit_or_title", "receiving_verb", "headed_unit", "continent",
                         "district", "association", "statement_noun", "former", "headline_verb", "modal", "quantifier", "department", "lawyer",
                             "legislative_body", "building", "counting", "court", "judge", "neighbourhood", "village_level"}
        markers = {r[0] for r in body if r[1] == "region_marker"}
        assert {r[0] for r in body if r[1] == "place_optional"} <= markers


def test_ranks_file():
    rows = resources.tsv_records("ranks.tsv")
    words = [r["words"] for r in rows]
    assert len(words) == len(set(words)), "duplicate rows"
    assert {r["kind"] for r in rows} == {"rank", "qualifier"}
    assert all(" ".join(w.split()) == w for w in words)


# (text, entities the NER model would give, speaker name): a PER span inside an office phrase
# moves the institution words before it (tagged ORG/LOC by the model) out of the name.
TAGGED = [
    pytest.param("Ketua Koperasi Tani Makmur Rina Wulandari mengatakan, panen tahun ini naik.",
                 [("Koperasi Tani Makmur", "ORG"), ("Rina Wulandari", "PER")], "Rina Wulandari",
                 id="org-words-before-tagged-person"),
    pytest.param("Ketua Koperasi Tani Makmur Agus Budi Santoso mengatakan, panen tahun ini naik.",
                 [("Koperasi Tani Makmur", "ORG"), ("Budi Santoso", "PER")], "Agus Budi Santoso",
                 id="untagged-given-name-stays"),
    pytest.param("Hadir Hendra Gunawan.\n\nDitambahkan Anggota DPRD Provinsi Sumsel H Hendra Gunawan "
                 "Jembatan Musi Raya sangat penting.\n\nJembatan Musi Raya dibangun 2020.",
                 [("Hendra Gunawan", "PER"), ("Jembatan Musi Raya", "LOC")], "Hendra Gunawan",
                 id="name-run-on-into-a-place"),
    pytest.param("Guru Besar Universitas Lambung Mangkurat Muhammad Hendra Saputra mengatakan, ekspor tahun ini naik.",
                 [("Muhammad Hendra Saputra", "PER")], "Muhammad Hendra Saputra",
                 id="tagged-name-opening-with-a-given-name-prefix"),
    pytest.param("Pengamat politik dari Universitas Maju Jaya Rina Wulandari menilai, pemilihan berjalan baik.",
                 [("Universitas Maju Jaya", "ORG"), ("Rina Wulandari", "PER")], "Rina Wulandari",
                 id="institution-run-on-into-a-tagged-person"),
    pytest.param("Ketua Asosiasi Pedagang Pasar di Kota Maju (APPM) Sukamaju Rina Wulandari mengatakan, harga "
                 "cabai naik pekan ini.", [("Sukamaju", "LOC"), ("Rina Wulandari", "PER")], "Rina Wulandari",
                 id="tagged-person-after-a-bracketed-short-form"),
    pytest.param("Rina Wulandari di Sukamaju mengatakan, tarif ojek daring itu tidak adil bagi pengemudi.",
                 [("Rina Wulandari", "PER"), ("Sukamaju", "LOC")], "Rina Wulandari", id="place-after-di-before-the-verb"),
    pytest.param("Budi Hartono di Kantor Bupati Kaur mengatakan, tarif ojek daring itu tidak adil bagi pengemudi.",
                 [("Budi Hartono", "PER")], "Budi Hartono", id="office-building-after-di-before-the-verb"),
]


def _quotes_with_ents(nlp, text, ents):
    """The quotes of ``text`` with the model's entities replaced by ``ents`` ((start, end,
    label) character spans): the stages before the quote stage, then the quote stage."""
    from pipeline.quotes import find_quotes

    doc = nlp.make_doc(text)
    for _, proc in nlp.pipeline:
        if proc is not nlp.get_pipe("warta_quotes"):
            doc = proc(doc)
    doc.ents = [doc.char_span(a, b, label=label) for a, b, label in ents]
    return find_quotes(doc)


@pytest.mark.parametrize("text,ents,name", TAGGED)
def test_name_trimmed_by_entities(nlp, text, ents, name):
    q = _quotes_with_ents(nlp, text, [(text.index(s), text.index(s) + len(s), label) for s, label in ents])[0]
    assert q.speaker.name == name
    assert text[q.speaker.start:q.speaker.end] == q.speaker.mention


def test_one_tagged_word_after_a_bracketed_short_form_is_no_person(nlp):
    text = "Kedutaan Besar RI (KBRI) Kota Maju Raya melaporkan, sebanyak 40 pelajar tiba di bandara pagi ini."
    quotes = _quotes_with_ents(nlp, text, [(text.index("Raya"), text.index("Raya") + 4, "PER")])
    # The embassy speaks ("Kedutaan" opens an institution), not a person called "Raya".
    assert [q.speaker.name for q in quotes if q.speaker] == ["Kedutaan Besar RI Kota Maju Raya"]


def test_an_acronym_before_a_place_after_di_is_no_speaker(nlp):
    # "Atase Perdagangan RI di Kota Maju Rina …", the whole run tagged as a place: the speaker is
    # read after "di", never "RI" before it.
    text = "Atase Perdagangan RI di Kota Maju Rina Wulandari mengatakan, ekspor kopi tahun ini naik."
    at = text.index("Kota Maju")
    q = _quotes_with_ents(nlp, text, [(at, at + len("Kota Maju Rina Wulandari"), "LOC")])[0]
    assert q.speaker.name != "RI" and q.speaker.name.endswith("Rina Wulandari")



def test_subject_with_office_and_clause_in_apposition_takes_the_clitic(nlp):
    """"Rina Lestari, Kepala Dinas Sosial, yang dihubungi terpisah, juga membenarkan …" makes
    Rina Lestari the subject that the next "-nya" stands for."""
    text = ("“Stok beras cukup,” kata Kepala Dinas Pangan Budi Santoso.\n\nHarga beras naik. Rina Lestari, Kepala Dinas "
            "Sosial, yang dihubungi terpisah, juga membenarkan kabar itu. ”Data sudah kami kirim,” katanya.")
    ents = [(text.index(s), text.index(s) + len(s), "PER") for s in ("Budi Santoso", "Rina Lestari")]
    last = [q for q in _quotes_with_ents(nlp, text, ents) if q.type == "direct"][-1]
    assert last.text == "Data sudah kami kirim,"
    assert (last.speaker.name, last.speaker.mention) == ("Rina Lestari", "nya")


def test_long_forms_skip_the_later_words_of_a_title():
    from pipeline.speakers import _long_forms

    text = "Kemarin Jaksa Agung Budi Santoso hadir bersama Rina Lestari."
    assert [name for _, name in _long_forms(tokenize(text, 0, len(text)), text)] == ["Budi Santoso", "Rina Lestari"]


def test_long_forms_leave_out_an_adverb_in_nya():
    from pipeline.speakers import _long_forms

    text = "Awalnya Budi Santoso hadir. Selanjutnya Rina Lestari tiba."
    assert [name for _, name in _long_forms(tokenize(text, 0, len(text)), text)] == ["Budi Santoso", "Rina Lestari"]


def test_after_a_listed_place_a_tagged_given_name_prefix_starts_no_name():
    # The model may tag only "Ahmad Wibowo"; after the unit's place the whole run is the name.
    import pipeline
    from pipeline.quotes import find_quotes

    nlp = pipeline.load()
    text = ("Kepala Dinas Pariwisata dan Kebudayaan (Disparbud) DKI Jakarta Dadang Ahmad Hidayat memastikan "
            "terminal baru dibuka pekan depan. “Kami siap,” katanya.")
    doc = nlp(text)
    q = [q for q in find_quotes(doc) if q.type == "direct"][0]
    assert q.speaker.name == "Dadang Ahmad Hidayat"


@pytest.mark.parametrize("text,short,long", [
    pytest.param("Kerja sama dengan Balai Taman Hutan Raya Sukamaju dan Sekitarnya (THRSS) dimulai.", "THRSS",
                 "Taman Hutan Raya Sukamaju dan Sekitarnya", id="long-form-with-a-lower-case-word"),
    pytest.param("Rapat digelar di Kampus Universitas Sukamaju (UNSUKA) kemarin.", "UNSUKA", "Universitas Sukamaju",
                 id="capitalised-word-before-the-long-form-left-out"),
    pytest.param("Rapat membahas Rancangan Peraturan Daerah (Raperda) Sukamaju.", "Raperda Sukamaju",
                 "Rancangan Peraturan Daerah Sukamaju", id="syllable-acronym-with-the-words-after-it"),
    pytest.param("Kantor Bupati Sukamaju (Suma) dibuka.", "Suma", "Sukamaju", id="office-before-the-region-left-out"),
    pytest.param("Perkumpulan untuk Pemilu dan Demokrasi (Perludem) menyatakan hal itu.", "Perludem",
                 "Perkumpulan untuk Pemilu dan Demokrasi", id="syllable-acronym-of-a-name-with-indonesian-links"),
    pytest.param("Rapat dibuka (pukul 09.00 WIB. Balai Taman Hutan Raya Sukamaju dan Sekitarnya (THRSS) hadir.",
                 "THRSS", "Taman Hutan Raya Sukamaju dan Sekitarnya", id="unclosed-bracket-in-the-sentence-before"),
])
def test_expansions(text, short, long):
    from pipeline.speakers import _expansions

    assert _expansions(text)[short] == long


def test_after_a_unit_ending_in_a_listed_place_a_called_last_name_keeps_the_given_name(nlp):
    # "Hartono" is how the article calls two people; the name after the place is whole.
    text = ("Hadir Kepala Dinas Perhubungan Kota Bogor Rina Hartono dan Hartono Wijaya.\n\nKepala Dinas "
            "Perhubungan Kota Bogor Rina Hartono mengatakan, jalan dibuka besok. Dikatakan Hartono Wijaya, jalan "
            "itu aman. Dikatakan Hartono, jembatan juga selesai.")
    ents = [(m.start(), m.end(), "PER") for m in re.finditer("Rina Hartono|Hartono Wijaya", text)]
    q = _quotes_with_ents(nlp, text, ents)[0]
    assert (q.speaker.name, q.speaker.title) == ("Rina Hartono", "Kepala Dinas Perhubungan Kota Bogor")


def test_abbreviation_finder_reads_long_lines_in_pieces():
    # A run-on paragraph with no sentence end is cut at spaces into short lines (the finder's
    # time grows with the square of a line's length), and its expansions are still found.
    from pipeline.speakers import _MAX_LINE, _abbreviation_lines, _expansions

    text = "Rapat Badan Pengelola Hutan Sukamaju (BPHS) dan warga " * 200
    lines = _abbreviation_lines(text).split("\n")
    assert max(map(len, lines)) <= _MAX_LINE
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert _expansions(text)["BPHS"] == "Badan Pengelola Hutan Sukamaju"


@pytest.mark.parametrize("word, pieces", [
    ("H.Rudi", ["H.", "Rudi"]), ("Dr.Drs.H.Agus", ["Dr.", "Drs.", "H.", "Agus"]), ("Hj.Rina", ["Hj.", "Rina"]),
    ("Dr.Drs.H.", ["Dr.", "Drs.", "H."]), ("Dr.Ir.", ["Dr.", "Ir."]),
    ("M.Hum", None), ("S.Sos", None), ("Dr.Ir", None), ("M.Rina", None), ("H.", None), ("M.Si.", None),
    ("Drs.H.M.", None),
])
def test_honorifics_glued_to_a_given_name_come_apart(word, pieces):
    from pipeline.speakers import _glued_honorific

    assert _glued_honorific(word) == pieces


@pytest.mark.parametrize("text, name, title, affiliation", [
    # An office before the name in apposition, its centre "di" a university: the centre's head
    # speaks for the centre as written with its university.
    ("Direktur Pusat Riset Pangan dan Gizi di Universitas Sukamaju, Rina Lestari, menyebutkan stok pangan "
     "cukup sampai akhir tahun.", "Rina Lestari", "Direktur Pusat Riset Pangan dan Gizi di Universitas Sukamaju",
     "Pusat Riset Pangan dan Gizi Universitas Sukamaju"),
    # … but a name before "di" and an institution is the person's, the place after it no holder.
    ("Ketua DPRD Sukamaju bertemu Menteri PU Rina Lestari di Kementerian PU, Jakarta Pusat, Senin (3/3/2025)."
     "\n\nDi sana, Rina mengaku proyek jalan desa akan dimulai bulan depan.",
     "Rina Lestari", "Menteri PU", "Kementerian PU"),
    # A counsellor's profession before the name.
    ("Konselor Rina Lestari menyebutkan ujian sekolah sering membuat siswa cemas.",
     "Rina Lestari", "Konselor", None),
    # After a cue, an office whose last words the model tags as no one's, the holder after the comma.
    ("“Itu keliru,” kata Direktur Riset Wirasakti Politica, Wagimin Darmakusumo Putra, kepada wartawan.",
     "Wagimin Darmakusumo Putra", "Direktur Riset Wirasakti Politica", "Wirasakti Politica"),
    # A one-word name the model tags, a description in lower case between commas.
    ("Bantuan itu sudah cair.\n\nWagimin, penerima bantuan pangan, menyampaikan beras itu datang tepat waktu.",
     "Wagimin", None, None),
    # An office in lower case in apposition: its own words are no part of the body after them.
    ("Budi Santoso, asisten pelatih Timnas Sukamaju, mengatakan timnya siap bertanding.",
     "Budi Santoso", "asisten pelatih Timnas Sukamaju", "Timnas Sukamaju"),
    # An office in apposition after the name qualified by a continent, a former office, and an
    # expert's centre with its short form and country; where a professional works is no institution.
    ("Budi Santoso, ekonom Eropa di Wirasakti Economics, menilai suku bunga akan turun.\n\n“Inflasi sudah "
     "terkendali,” katanya.", "Budi Santoso", "ekonom Eropa di Wirasakti Economics", "Wirasakti Economics"),
    ("Wagimin Darmakusumo, mantan Ketua Kelompok Tani Maju Jaya, mengatakan panen turun.\n\n“Hujan terlalu lama,” "
     "katanya.", "Wagimin Darmakusumo", "mantan Ketua Kelompok Tani Maju Jaya", "Kelompok Tani Maju Jaya"),
    ("Rina Lestari, seorang ahli pangan di Pusat Studi Gizi Sukamaju (PSGS) di Prancis, mengatakan sarapan "
     "membantu anak belajar.", "Rina Lestari", "ahli pangan di Pusat Studi Gizi Sukamaju", "Pusat Studi Gizi Sukamaju"),
    ("Budi Santoso, ahli gizi di Kansas City, mengatakan sarapan pagi sangat penting bagi anak.",
     "Budi Santoso", "ahli gizi di Kansas City", None),
    # Initials with full stops inside a name.
    ("Guru Besar Fakultas Hukum Universitas Sukamaju Prof Dr Rina S.W. Lestari menilai aturan itu keliru.\n\n"
     "“Itu tidak adil,” kata Rina.", "Rina S.W. Lestari", "Guru Besar Fakultas Hukum Universitas Sukamaju",
     "Universitas Sukamaju"),
    # One word after "atau" that is no word of another name: what the person is called.
    ("Kepala Dinas Tenaga Kerja Budi Santoso atau Ucok hadir.\n\n“Kami siap,” kata Ucok.",
     "Budi Santoso", "Kepala Dinas Tenaga Kerja", "Dinas Tenaga Kerja"),
])
def test_offices_in_apposition_professions_and_called_names(text, name, title, affiliation):
    import pipeline

    s = pipeline.extract(text)["quotes"][-1]["speaker"]
    assert (s["name"], s["title"], s["affiliation"]) == (name, title, affiliation)


def test_an_office_in_the_headline_before_its_unit_of_one_word():
    import pipeline

    # "Menteri LH: …": the one word after the office is its unit, no one's name.
    body = ("Hal itu disampaikan Rina saat meninjau sungai di Sukamaju.\n\n“Sungai ini harus bersih,” kata Rina "
            "kepada wartawan, Senin (3/3/2025).")
    quotes = pipeline.extract(body, title="Menteri LH: Sungai Sukamaju Harus Bersih Tahun Ini")["quotes"]
    assert {q["speaker"]["title"] for q in quotes} == {"Menteri LH"}


def test_a_short_name_and_the_name_it_is_called_by_after_atau():
    import pipeline

    # "Lestari atau Ririe": one word after "atau" and a short name is what the person is called.
    text = ("Kepala Dinas Pertanian Rina Wulandari Lestari hadir di balai desa.\n\nUsulan itu disampaikan Lestari atau "
            "Nining dalam rapat desa.\n\n“Kami siap,” kata Nining.")
    s = pipeline.extract(text)["quotes"][-1]["speaker"]
    assert (s["name"], s["title"], s["mention"]) == ("Rina Wulandari Lestari", "Kepala Dinas Pertanian", "Nining")


def test_bracketed_aliases_are_names_only(nlp):
    from pipeline.speakers import People

    text = ("Menteri Sosial Budi Santoso (Gus Budi) hadir bersama Rina Lestari (Banyumas), Rudi Hartono (45), "
            "Sri Wahyuni (Ketua RT) dan Joko Susilo (PDIP).")
    assert People(nlp(text)).aliases == {"Gus Budi": "Budi Santoso"}


@pytest.mark.parametrize("subject", ["Prof Rina Lestari PhD, dosen Hukum Universitas Sukamaju,",
                                     "Rina Lestari, SH, MH, dosen Hukum Universitas Sukamaju,"])
def test_a_subject_with_degrees_is_who_a_later_pronoun_stands_for(subject):
    # The whole pipeline: the entity stage tags the name the subject rule reads.
    import pipeline

    text = (f"“Kami siap,” kata Budi Santoso.\n\n{subject} juga hadir dalam diskusi itu. Dia menilai pemerintah "
            "perlu bertindak cepat menangani banjir.")
    assert pipeline.extract(text)["quotes"][-1]["speaker"]["name"] == "Rina Lestari"


HEADLINE_BODY = ("Sukamaju - Rapat kerja membahas anggaran desa digelar di Gedung Nusantara, Senin (3/2).\n\n"
                 "“Anggaran ini harus tepat sasaran,” kata Budi Santoso di lokasi.\n\n"
                 "“Kami akan mengawasinya,” ujar Budi.")


@pytest.mark.parametrize("title, office, affiliation", [
    # The headline's office before the name the body writes without one.
    ("Ketua Komisi II DPR Budi Santoso Minta Anggaran Desa Tepat Sasaran", "Ketua Komisi II DPR", "Komisi II DPR"),
    ("Wali Kota Malang Budi Santoso Resmikan Gedung Baru", "Wali Kota Malang", "Pemerintah Kota Malang"),
    # An office and no name, then a colon or a headline verb: the article's first speaker's.
    ("Ketua Komisi II DPR Nilai Anggaran Desa Harus Tepat Sasaran", "Ketua Komisi II DPR", "Komisi II DPR"),
    ("Ketua Komisi II DPR: Anggaran Harus Tepat Sasaran", "Ketua Komisi II DPR", "Komisi II DPR"),
    ("Usai Rapat, Wali Kota Malang Sebut Anggaran Tepat", "Wali Kota Malang", "Pemerintah Kota Malang"),
    # A former office is not the person's now; no headline, no office.
    ("Eks Ketua Komisi II DPR Nilai Anggaran Desa Harus Tepat", None, None),
    ("Mantan Wali Kota Malang Budi Santoso Resmikan Gedung Baru", None, None),
    (None, None, None),
])
def test_an_office_in_the_headline_is_the_speakers(title, office, affiliation):
    import pipeline

    quotes = pipeline.extract(HEADLINE_BODY, title=title)["quotes"]
    assert [(q["speaker"]["name"], q["speaker"]["title"], q["speaker"]["affiliation"]) for q in quotes] == \
        [("Budi Santoso", office, affiliation)] * 2


def test_a_headline_office_someone_in_the_body_holds_stays_theirs():
    import pipeline

    text = HEADLINE_BODY + "\n\nKetua Komisi II DPR Rudi Hartono mengatakan rapat berjalan lancar."
    quotes = pipeline.extract(text, title="Ketua Komisi II DPR Nilai Anggaran Harus Tepat")["quotes"]
    assert [(q["speaker"]["name"], q["speaker"]["title"]) for q in quotes] == \
        [("Budi Santoso", None), ("Budi Santoso", None), ("Rudi Hartono", "Ketua Komisi II DPR")]


@pytest.mark.parametrize("subject, name", [
    ("Terdakwa Rudi Hartono meminta", "Rudi Hartono"),
    ("Korban Rina Lestari mengatakan", "Rina Lestari"),
    ("Pernyataan Rudi Hartono menegaskan", "Rudi Hartono"),
])
def test_a_role_or_statement_opening_the_sentence_is_not_the_name(subject, name):
    import pipeline

    text = f"Sidang digelar di Pengadilan Negeri Sukamaju. {subject} majelis hakim membebaskannya dari dakwaan."
    q = pipeline.extract(text)["quotes"][-1]
    assert (q["speaker"]["name"], q["speaker"]["mention"]) == (name, subject.rsplit(" ", 1)[0])


def test_a_quote_addressing_an_office_is_not_its_holders():
    # "Pak Presiden" inside the quote: the President is talked about, not speaking, though a
    # narrator's sentence made him the last subject before "-nya".
    import pipeline

    text = ("Presiden Rudi Hartono menambah bantuan sosial tahun ini.\n\n"
            "“Dananya sudah siap,” kata Sekretaris Kabinet Agus Wijaya.\n\n"
            "Sementara itu, Rina Lestari menjelaskan Rudi sangat memperhatikan warga miskin. Bahkan, Presiden "
            "terus menambah jumlah bantuan.\n\n"
            "“Kami melihat Pak Presiden sangat peduli pada nelayan kecil,” ungkapnya.")
    assert [q["speaker"]["name"] for q in pipeline.extract(text)["quotes"]] == \
        ["Agus Wijaya", "Rina Lestari", "Rina Lestari"]


@pytest.mark.parametrize("title, name", [
    ("Ulang Tahun ke-52, Budi Santoso Wiratmaja: Anggaran Harus Tepat", "Budi Santoso Wiratmaja"),
    ("Budi Santoso Wiratmaja: Anggaran Harus Tepat", "Budi Santoso Wiratmaja"),
    # Headlines write verbs capitalised: a name with more words after it stays; one closed by a
    # comma is the fuller name, whatever verb comes before it.
    ("Budi Santoso Wiratmaja Resmikan Gedung Baru", "Budi Santoso"),
    ("Panggil Budi Santoso Wiratmaja, Warga Datangi Balai Desa", "Budi Santoso Wiratmaja"),
])
def test_a_fuller_name_in_the_headline(title, name):
    import pipeline

    quotes = pipeline.extract(HEADLINE_BODY, title=title)["quotes"]
    assert [q["speaker"]["name"] for q in quotes] == [name, name]


@pytest.mark.parametrize("text, name, title", [
    # A numbered sub-unit right after the office, the holder after a comma.
    ("“Dasarnya dari laporan warga,” ujar Kasubdit 3 Ditreskrimum Polda Sukamaju, Rudi Hartono, kepada "
     "wartawan, Minggu (4/5).", "Rudi Hartono", "Kasubdit 3 Ditreskrimum Polda Sukamaju"),
    # An abbreviated office names the holder whose unit is the institution's short form.
    ("Kepala Kejari Kaur Rina Lestari mengatakan perkara itu dihentikan.\n\nKajari menyebut "
     "tersangka sudah berdamai dengan korban.", "Rina Lestari", "Kepala Kejari Kaur"),
    ("Kasi Intel Kejaksaan Negeri Kaur Rudi Hartono mengatakan tersangka ditahan.\n\n“Kami "
     "tahan dia,” kata Kasintel.", "Rudi Hartono", "Kasi Intel Kejaksaan Negeri Kaur"),
])
def test_an_office_written_short_names_its_holder(text, name, title):
    import pipeline

    q = pipeline.extract(text)["quotes"][-1]
    assert (q["speaker"]["name"], q["speaker"]["title"]) == (name, title)


@pytest.mark.parametrize("text, words", [
    ("kata JÃ¶rg Santoso.", ["kata", "JÃ¶rg", "Santoso", "."]),
    ("Ã\x8dvar Santoso hadir", ["Ã\x8dvar", "Santoso", "hadir"]),
    ("suhu 23Â°C", ["suhu", "23", "Â°C"]),
])
def test_a_letter_read_in_the_wrong_encoding_stays_in_its_word(text, words):
    # UTF-8 read as Latin-1 ("Ã¶" for "ö"): the text is kept as read, the pair is one letter.
    from pipeline.speakers import tokenize

    assert [w.text for w in tokenize(text, 0, len(text))] == words


def test_a_name_read_in_the_wrong_encoding_is_whole():
    import pipeline

    text = ("Sekjen PBB JÃ¶rg Santoso mengatakan perdamaian harus dijaga.\n\n"
            "“Kami terus bekerja,” kata JÃ¶rg Santoso.")
    assert [(q["speaker"]["name"], q["speaker"]["title"]) for q in pipeline.extract(text)["quotes"]] == \
        [("JÃ¶rg Santoso", "Sekjen PBB")] * 2


@pytest.mark.parametrize("company, written", [
    ("PT Jasa Raya (Persero) Tbk", "Jasa Raya"),
    ("PT Jasa Raya (Persero)", "Jasa Raya"),
    ("PT Jasa Raya Tbk", "Jasa Raya"),
])
def test_a_company_is_named_with_its_legal_forms(company, written):
    # "(Persero)" is a state company's legal form, no short form to drop; the company the
    # article writes with "PT" speaks as a company.
    import pipeline

    text = (f"Direktur Utama {company} Rudi Hartono mengatakan jalan tol siap.\n\n"
            f"{written} juga menegaskan komitmennya menjaga layanan.")
    quotes = pipeline.extract(text)["quotes"]
    assert [(q["speaker"]["name"], q["speaker"]["affiliation"]) for q in quotes] == \
        [("Rudi Hartono", company), (company, None)]


def test_a_company_name_ends_where_the_article_ends_it():
    import pipeline
    from pipeline.speakers import People

    doc = pipeline.load()("PT Eka Sari Lorena hadir. PT Maju (Persero) Tbk Budi Santoso hadir.")
    people = People(doc)
    assert (people.company_form("Eka"), people.company_form("Maju")) == ("Eka", "PT Maju (Persero) Tbk")


@pytest.mark.parametrize("text, title, affiliation", [
    ("Research & Analytics Manager KIC Rina Lestari menjelaskan, hasil survei menunjukkan kepuasan tinggi.",
     "Research & Analytics Manager KIC", "KIC"),
    ("Head of Corporate Affairs Maju Jaya Indonesia Rudi Hartono menjelaskan program itu berjalan.",
     "Head of Corporate Affairs Maju Jaya Indonesia", "Maju Jaya Indonesia"),
])
def test_a_company_department_is_part_of_the_title_not_the_affiliation(text, title, affiliation):
    import pipeline

    q = pipeline.extract("Sebanyak 6 dari 10 responden memahami jalur seleksi.\n" + text)["quotes"][-1]
    assert (q["speaker"]["title"], q["speaker"]["affiliation"]) == (title, affiliation)


def test_a_quote_speaking_of_my_client_is_the_lawyers():
    import pipeline

    text = ("Rina Lestari diduga terlibat impor ilegal. Hal itu dibantah Rina melalui penasihat hukumnya, Sri "
            "Wahyuni. Sri menegaskan kliennya tidak melarikan diri.\n\n"
            "Bahkan, Rina menegaskan kepada Sri bahwa dirinya siap bekerja sama. Ia mengungkapkan dirinya tahu "
            "pemilik barang itu.\n\n"
            "“Kami memohon media tidak mengunggah berita tanpa klarifikasi. Klien saya siap diperiksa,” ujarnya.")
    assert [q["speaker"]["name"] for q in pipeline.extract(text)["quotes"]] == \
        ["Sri Wahyuni", "Rina Lestari", "Rina Lestari", "Sri Wahyuni"]


@pytest.mark.parametrize("text, title, affiliation", [
    # An office pointed with ("… ini menilai") is the person's, who had none; the earlier
    # statement takes it too.
    ("“Evaluasi perlu dilakukan,” kata Budi Santoso kepada wartawan.\n\n"
     "Wakil Ketua Komisi X DPR RI ini berpendapat anggaran sekolah harus naik.",
     "Wakil Ketua Komisi X DPR RI", "Komisi X DPR RI"),
    # A rank after the comma opens the holder's name; the word before it is the unit.
    ("Kapolsek Sukamaju, Kompol Budi Santoso, mengatakan genangan air meluas.\n\n“Air sudah surut,” kata Budi.",
     "Kapolsek Sukamaju", None),
    # An office's ordinal; the country is no institution.
    ("Presiden ke-7 RI, Budi Santoso (Budi), sempat bertemu warga.\n\n“Kami siap,” kata Budi.",
     "Presiden ke-7 RI", None),
])
def test_offices_given_apart_from_the_statement(text, title, affiliation):
    import pipeline

    quotes = pipeline.extract(text)["quotes"]
    assert {(q["speaker"]["name"], q["speaker"]["title"], q["speaker"]["affiliation"]) for q in quotes} == \
        {("Budi Santoso", title, affiliation)}


@pytest.mark.parametrize("text, affiliation", [
    # An English name with its link word spelled out before its short form.
    ("Lembaga survei Andalan Research and Polling Indonesia (ARPI) keluar dengan jajak pendapat baru.\nDirektur "
     "ARPI, Budi Santoso membeberkan, tujuh dari sepuluh warga ingin pasar baru.",
     "Andalan Research and Polling Indonesia"),
    # A coordinating ministry's word governs its short form.
    ("Deputi Bidang Koordinasi Irigasi Kemenko PWD Budi Santoso mengatakan, bendungan baru selesai tahun depan.",
     "Kemenko PWD"),
    # A minister of a short form heads the ministry the article spells out.
    ("Kementerian Pekerjaan Umum (PU) memperbaiki jembatan di Kaur.\n“Jembatan selesai bulan depan,” ujar Menteri "
     "PU Budi Santoso.", "Kementerian Pekerjaan Umum"),
    # An institution word governs the short form after it, not only the short form's spelling out.
    ("Rumah Sakit Umum Pusat (RSUP) Kota Baru Sukamaju (KBS) siap beroperasi.\n“Kami siap,” kata Deputi Bidang "
     "Sosial Otorita KBS, Budi Santoso.", "Otorita KBS"),
    ("Otorita Kota Baru Sukamaju (KBS) menyiapkan rumah sakit.\n“Kami siap,” kata Deputi Bidang Sosial Otorita "
     "KBS, Budi Santoso.", "Otorita Kota Baru Sukamaju"),
    # "Sekretaris Perusahaan" is the corporate secretary's office: the company follows it.
    ("“Stok beras aman,” kata Sekretaris Perusahaan ID PANGAN Budi Santoso.", "ID PANGAN"),
    # An institution word before a listed name governs it: the university, not the organisation.
    ("“Kami siap,” kata Dekan Fakultas Ekonomi Universitas Muhammadiyah Malang Budi Santoso.",
     "Universitas Muhammadiyah Malang"),
    # A short form the article spells out as an institution ends a sub-unit's office, and
    # "Publik" is a unit word, no name.
    ("Universitas Sukamaju (Unsuk) berduka.\n“Kami berduka,” kata Ketua Unit Layanan Publik Unsuk, Budi Santoso.",
     "Universitas Sukamaju"),
    # A department alone names no institution; one before the institution is left out.
    ("“Kami siap,” kata Direktur Riset Budi Santoso.", None),
    ("“Kami siap,” kata Direktur Riset Lembaga Studi Sukamaju (LSS) Budi Santoso.", "Lembaga Studi Sukamaju"),
    # A numbered area after a national institution is its task force's, not the institution's.
    ("“Kami siap,” kata Kepala Satuan Tugas Pengawasan KPK Wilayah III Budi Santoso.", "KPK"),
    # An institution word before another opens one name: the association, not the government.
    ("“Kami siap,” kata Ketua Asosiasi Pemerintah Desa Seluruh Kaur Budi Santoso.",
     "Asosiasi Pemerintah Desa Seluruh Kaur"),
])
def test_an_institution_in_the_form_the_article_spells_out(text, affiliation):
    import pipeline

    assert pipeline.extract(text)["quotes"][-1]["speaker"]["affiliation"] == affiliation


def test_whose_lawyer_is_named_is_the_client():
    # "Pengacara Rina Lestari, Budi Santoso": Budi is the lawyer, Rina the client.
    import pipeline

    text = ("Pengacara Rina Lestari, Budi Santoso, turut berkomentar soal penetapan tersangka. “Kami mengapresiasi "
            "kinerja polisi,” kata Budi.\n\nRina Lestari sempat hadir di kantor polisi.\n\n“Kami percaya polisi "
            "profesional saat memeriksa klien kami,” ungkapnya.")
    assert [q["speaker"]["name"] for q in pipeline.extract(text)["quotes"]] == ["Budi Santoso", "Budi Santoso"]


@pytest.mark.parametrize("text, title, affiliation", [
    # An office of two words in lower case before its unit, a comma and the holder.
    ("Rina Lestari menggugat pengelola pasar.\n\nTerpisah kuasa hukum Rina, Budi Santoso, mengatakan pihaknya "
     "menunggu jadwal sidang pertama.", "kuasa hukum Rina", None),
    # A profession in lower case, where the person works after "dari", then the name.
    ("Menurut pengamat pertanian dari Institut Pertanian Sukamaju, Budi Santoso, panen padi tahun ini lebih "
     "baik.", "pengamat pertanian", "Institut Pertanian Sukamaju"),
    # "Kontributor" is a profession written like an office.
    ("“Jalan itu putus,” ungkap Kontributor Radio Sukamaju, Budi Santoso di lokasi.", "Kontributor Radio Sukamaju",
     "Radio Sukamaju"),
    # The field a profession works in is no institution; an institution after it is.
    ("“Harga beras naik,” kata Pakar Hukum dan Kebijakan Publik, Budi Santoso.", "Pakar Hukum dan Kebijakan Publik", None),
    ("“Harga beras naik,” kata Pengamat Pasar Keuangan Budi Santoso.", "Pengamat Pasar Keuangan", None),
    ("“Harga beras naik,” kata Pengamat Ekonomi Universitas Sukamaju Budi Santoso.",
     "Pengamat Ekonomi Universitas Sukamaju", "Universitas Sukamaju"),
    # "Anggota" opens an office of any body, in lower case too.
    ("Sementara itu, anggota Dewan Pengawas Koperasi Maju, Budi Santoso memandang bahwa program itu perlu "
     "diperkuat.", "anggota Dewan Pengawas Koperasi Maju", "Dewan Pengawas Koperasi Maju"),
])
def test_professions_and_roles_written_before_the_name(text, title, affiliation):
    import pipeline

    q = pipeline.extract(text)["quotes"][-1]
    assert (q["speaker"]["name"], q["speaker"]["title"], q["speaker"]["affiliation"]) == \
        ("Budi Santoso", title, affiliation)


@pytest.mark.parametrize("text, affiliation", [
    ("“Kami siap,” kata Anggota Komisi V DPR RI Budi Santoso.", "Komisi V DPR RI"),
    ("“Kami siap,” kata Ketua Mahkamah Kehormatan Dewan (MKD) DPR RI Budi Santoso.",
     "Mahkamah Kehormatan Dewan DPR RI"),
    ("Badan Legislasi (Baleg) DPR RI menggelar rapat.\n“Kami siap,” kata Ketua Baleg DPR RI, Budi Santoso.",
     "Badan Legislasi DPR RI"),
    ("“Kami siap,” kata Ketua Banggar DPR Budi Santoso.", "Banggar DPR"),
    ("“Kami siap,” kata Ketua Fraksi Partai Maju DPRD Jawa Barat, Budi Santoso.", "Fraksi Partai Maju DPRD Jawa Barat"),
    # A body of an institution that is no legislature is a sub-unit: the institution speaks.
    ("“Kami siap,” kata Ketua Komisi Fatwa Majelis Ulama Indonesia Budi Santoso.", "Majelis Ulama Indonesia"),
    # An office whose title names the institution it heads, with no unit after it.
    ("“Kami siap,” kata Ketua DPR Budi Santoso.", "DPR"),
    ("“Kami siap,” kata Wakil Ketua MPR RI Budi Santoso.", "MPR RI"),
    ("Dewan Perwakilan Rakyat (DPR) bersidang.\n“Kami siap,” kata Ketua DPR Budi Santoso.", "Dewan Perwakilan Rakyat"),
    # A minister written short heads the ministry the article writes, as one spelled out does.
    ("Kemensos menyalurkan bantuan.\n“Kami siap,” kata Mensos Budi Santoso.", "Kemensos"),
    ("“Kami siap,” kata Menkeu Budi Santoso.", None),
    ("Kemensos menyalurkan bantuan.\n“Kami siap,” kata Wamensos Budi Santoso.", "Kemensos"),
])
def test_an_office_speaks_for_the_body_it_belongs_to_or_heads(text, affiliation):
    import pipeline

    assert pipeline.extract(text)["quotes"][0]["speaker"]["affiliation"] == affiliation


@pytest.mark.parametrize("text, name", [
    # A listed institution's short form before its place speaks as the institution, spelled out.
    ("Pengadilan Negeri (PN) Kaur mengabulkan gugatan.\n\nPN Kaur menyatakan penetapan tersangka tidak sah.",
     "Pengadilan Negeri Kaur"),
    ("Warga hadir.\n\nBNN Kaur menyatakan penetapan tersangka tidak sah.", "BNN Kaur"),
    # A regional institution named bare is the one the article names with its place.
    ("Kabid Humas Polda Sumut Budi Santoso hadir.\n\nPolda menyebut personel itu tengah menyelidiki kasus.",
     "Polda Sumut"),
    ("Polda Sumut dan Polda Aceh hadir.\n\nPolda menyebut personel itu tengah menyelidiki kasus.", "Polda"),
    # A faction speaks as an institution.
    ("Warga hadir.\n\nFraksi Partai Maju DPR menegaskan bahwa anggotanya harus tertib.", "Fraksi Partai Maju DPR"),
    # An embassy speaks as an institution, its short form in brackets left out of the name.
    ("Warga hadir. Kedutaan Besar RI (KBRI) Canberra melaporkan ada 97 WNI yang dipulangkan pekan ini.",
     "Kedutaan Besar RI Canberra"),
])
def test_an_institution_speaks_in_its_fullest_form(text, name):
    import pipeline

    assert pipeline.extract(text)["quotes"][-1]["speaker"]["name"] == name


def test_a_name_written_out_longer_later_is_its_fullest_form():
    import pipeline

    text = ("Namun, Budi Santos, anggota tim kuasa hukum Rina, datang ke kantor polisi.\n\nSaat dikonfirmasi, "
            "Budi Santoso, kuasa hukum Rina, menyatakan, pihaknya menunggu jadwal sidang pertama.")
    assert pipeline.extract(text)["quotes"][-1]["speaker"]["name"] == "Budi Santoso"


def test_a_second_office_given_later_does_not_replace_the_first():
    import pipeline

    text = ("Wali Kota Padang Budi Santoso menyebut, pasar kota akan ditata ulang tahun depan.\n\n"
            "Sebagai Ketua Asosiasi Pemerintah Desa Seluruh Kaur, Budi Santoso juga hadir.\n\n"
            "“Kami siap,” kata Budi.")
    q = pipeline.extract(text)["quotes"][-1]["speaker"]
    assert (q["title"], q["affiliation"]) == ("Wali Kota Padang", "Pemerintah Kota Padang")
    # The same office written out fuller later is its fullest form.
    text = "Mentan Budi Santoso hadir.\n\nMenteri Pertanian Budi Santoso menyebut, stok beras aman.\n\n“Kami siap,” kata Budi."
    assert pipeline.extract(text)["quotes"][-1]["speaker"]["title"] == "Menteri Pertanian"


def test_a_name_of_one_word_between_commas_after_the_office():
    import pipeline

    text = "Pameran dibuka. Rektor Unsuk, Budiman, mengatakan pameran tahun ini lebih ramai dari tahun lalu."
    q = pipeline.extract(text)["quotes"][-1]["speaker"]
    assert (q["name"], q["title"]) == ("Budiman", "Rektor Unsuk")


@pytest.mark.parametrize("text, title, affiliation", [
    # A former office is the title as written; a former regional head speaks for no government.
    ("Mantan Bupati Kaur Budi Santoso hadir.\n\n“Kami siap,” kata Budi.", "Mantan Bupati Kaur", None),
    ("“Kami siap,” kata Mantan Direktur Sekolah Pascasarjana Universitas Sukamaju Budi Santoso.",
     "Mantan Direktur Sekolah Pascasarjana Universitas Sukamaju", "Universitas Sukamaju"),
])
def test_a_former_office(text, title, affiliation):
    import pipeline

    s = pipeline.extract(text)["quotes"][-1]["speaker"]
    assert (s["name"], s["title"], s["affiliation"]) == ("Budi Santoso", title, affiliation)


def test_a_former_office_pointed_at_points_back():
    import pipeline

    text = "Bupati Kaur Budi Santoso hadir.\n\n“Terima kasih,” ujar mantan Direktur Koperasi Maju itu."
    s = pipeline.extract(text)["quotes"][-1]["speaker"]
    assert (s["name"], s["mention"]) == ("Budi Santoso", "mantan Direktur Koperasi Maju itu")


def test_a_captain_is_an_honorific_before_the_name():
    import pipeline

    q = pipeline.extract("“Kami siap,” kata Direktur Utama Bandara Sukamaju, Capt. Budi Santoso.")["quotes"][0]
    assert (q["speaker"]["name"], q["speaker"]["title"]) == ("Budi Santoso", "Direktur Utama Bandara Sukamaju")


def test_a_coordinating_minister_whose_short_form_holds_the_office_word():
    import pipeline

    text = ("Menteri Koordinator Bidang Pangan dan Pertanian (Menko PP) Budi Santoso mengatakan, stok beras aman "
            "sampai akhir tahun. Kantor Kemenko PP berada di Jakarta.")
    assert pipeline.extract(text)["quotes"][0]["speaker"]["affiliation"] == "Kemenko PP"


@pytest.mark.parametrize("office", ["Ketua Komisi X DPR RI", "Wakil Ketua Komisi X DPR RI", "Anggota Komisi X DPR RI",
                                    "Waka Komisi X DPR RI"])
def test_a_commission_speaks_as_itself_whatever_the_office_in_it(office):
    # As the corpus gold has "Komisi V DPR RI" for "anggota komisi V DPR RI".
    import pipeline

    q = pipeline.extract(f"{office} Budi Santoso mengatakan anggaran sekolah harus naik.")["quotes"][0]
    assert (q["speaker"]["title"], q["speaker"]["affiliation"]) == (office, "Komisi X DPR RI")


@pytest.mark.parametrize("text, affiliation", [
    # The unit a "Kasat" heads, in the form the article writes it, with or without its space.
    ("Dua personel Satlantas Polrestabes Surabaya diperiksa.\n"
     "Kasat Lantas Polrestabes Surabaya AKBP Budi Santoso mengatakan kedua personel diamankan.",
     "Satlantas Polrestabes Surabaya"),
    ("Tim Sat Reskrim Polres Serang menangkap pelaku.\n"
     "Kasat Reskrim Polres Serang AKP Budi Santoso mengatakan kedua pelaku diamankan.", "Sat Reskrim Polres Serang"),
    # The unit written out with its short form in brackets: the unit as written, less the brackets.
    ("Satuan Reserse Kriminal (Satreskrim) Polres Sukamaju menangkap pelaku.\n"
     "Kasat Reskrim Polres Sukamaju AKP Budi Santoso mengatakan kedua pelaku diamankan.",
     "Satuan Reserse Kriminal Polres Sukamaju"),
    # An office written with no unit after it: the one such unit the article writes with its place.
    ("Dua pencuri ditangkap Satreskrim Polres Serang di rumahnya. Penangkapan dipimpin Kasat Reskrim AKP Budi "
     "Santoso.\n“Pelaku sudah kami amankan,” kata Budi.", "Satreskrim Polres Serang"),
    # A unit the article does not write: the police office it belongs to.
    ("Dua personel diperiksa.\nKasat Lantas Polrestabes Surabaya AKBP Budi Santoso mengatakan kedua personel diamankan.",
     "Polrestabes Surabaya"),
    # The head of a prosecution's information centre: the prosecution, as no centre is written.
    ("Berkas perkara dilimpahkan.\nKapuspenkum Kejagung Budi Santoso mengatakan berkas perkara sudah "
     "dilimpahkan sejak pekan lalu.", "Kejagung"),
    # A unit head's title naming a listed institution: that institution with the region.
    ("Pedagang diminta pindah.\nKepala Satpol PP Kabupaten Bogor Budi Santoso menegaskan, pedagang harus pindah "
     "pekan depan.", "Satpol PP Kabupaten Bogor"),
    # A police chief whose unit the article does not write, after a place's short form: none.
    ("Pelaku ditangkap.\nKapolsek SU I AKP Budi Santoso mengatakan pelaku sudah diamankan sejak pekan lalu.", None),
    # A listed short form with its region, spelled out where the article writes it so.
    ("Kejaksaan Tinggi DKI Jakarta menahan tersangka.\nKasi Penkum Kejati DKI Jakarta Budi Santoso mengatakan "
     "tersangka ditahan sejak pekan lalu.", "Kejaksaan Tinggi DKI Jakarta"),
    # A board of a listed institution, its short form in brackets: the institution.
    ("Ketua Dewan Komisioner Otoritas Jasa Keuangan (OJK) Budi Santoso menjelaskan pasar tetap stabil pekan ini.",
     "Otoritas Jasa Keuangan"),
    # A military commander speaks for the command the article writes, else for none.
    ("Kodam V Brawijaya menggelar latihan.\nPangdam V Brawijaya Mayjen TNI Budi Santoso mengatakan latihan "
     "berjalan lancar sejak pekan lalu.", "Kodam V Brawijaya"),
    ("Latihan digelar.\nPangdam V Brawijaya Mayjen TNI Budi Santoso mengatakan latihan berjalan lancar sejak "
     "pekan lalu.", None),
    # A court in the judge's title, in its fullest form in the article.
    ("Sidang praperadilan digelar di Pengadilan Negeri (PN) Padang.\n"
     "“Surat penetapan itu tidak sah,” kata hakim tunggal PN Padang, Budi Santoso.", "Pengadilan Negeri Padang"),
    # A judge's office alone: the one court the article names.
    ("Para terdakwa sudah duduk di ruang sidang PN Sleman.\n"
     "Ketua Majelis Hakim, Budi Santoso menyatakan sidang ditunda hingga pekan depan.", "PN Sleman"),
    ("Perkara itu disidangkan di Pengadilan Negeri Bandung.\n"
     "Hakim Ketua, Budi Santoso, meminta saksi menjawab setiap pertanyaan dengan jujur.", "Pengadilan Negeri Bandung"),
    # Two courts: which one the judge sits in is not written.
    ("Putusan Pengadilan Negeri Padang dikuatkan Pengadilan Tinggi Padang.\n"
     "“Putusan itu tetap,” kata hakim Budi Santoso.", None),
])
def test_a_police_unit_head_or_a_judge_speaks_for_what_the_article_names(text, affiliation):
    import pipeline

    assert pipeline.extract(text)["quotes"][0]["speaker"]["affiliation"] == affiliation


@pytest.mark.parametrize("text, name, title, affiliation", [
    # A coordinating ministry of several words: its last word is the office's, not the name's.
    ("Kemenko IPK menggelar rapat.\n“Kami siap membangun tanggul,” kata Menteri Koordinator Bidang "
     "Infrastruktur dan Pembangunan Kewilayahan Budi Santoso.", "Budi Santoso",
     "Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan", "Kemenko IPK"),
    ("Kemenko PMK menggelar rapat.\n“Kami siap,” kata Menko PMK Budi Santoso.", "Budi Santoso", "Menko PMK",
     "Kemenko PMK"),
    # An English office of a company.
    ("“Kami siap membantu,” kata Corporate Secretary PT Kereta Api Indonesia (Persero), Budi Santoso.", "Budi Santoso",
     "Corporate Secretary PT Kereta Api Indonesia (Persero)", "PT Kereta Api Indonesia (Persero)"),
    # A community police officer's office names only the area: no institution; the rank is no name.
    ("Bhabinkamtibmas Kelurahan Sukamaju, Kecamatan Cibeunying, Kota Bandung, Aipda Budi Santoso mengatakan warga "
     "sudah diberi imbauan sejak pekan lalu.", "Budi Santoso",
     "Bhabinkamtibmas Kelurahan Sukamaju, Kecamatan Cibeunying, Kota Bandung", None),
    ("Babinsa Desa Sukamaju Serda Budi Santoso mengatakan warga sudah diberi imbauan sejak pekan lalu.",
     "Budi Santoso", "Babinsa Desa Sukamaju", None),
    # A unit written short with its place, spelled out with the place's level.
    ("Dinas Pendidikan dan Kebudayaan (Dikbud) Kota Bogor menggelar rapat.\n“Kami siap,” kata Kepala Dikbud "
     "Bogor Budi Santoso.", "Budi Santoso", "Kepala Dikbud Bogor", "Dinas Pendidikan dan Kebudayaan Kota Bogor"),
])
def test_offices_of_ministries_companies_and_local_units(text, name, title, affiliation):
    import pipeline

    s = pipeline.extract(text)["quotes"][0]["speaker"]
    assert (s["name"], s["title"], s["affiliation"]) == (name, title, affiliation)


@pytest.mark.parametrize("text, name", [
    # A short form the article spells out is an institution, in its fullest form with its place.
    ("Dinas Pendidikan dan Kebudayaan (Dikbud) Kota Bogor menggelar rapat.\n"
     "Dikbud menegaskan bahwa sekolah tetap buka seperti biasa.", "Dinas Pendidikan dan Kebudayaan Kota Bogor"),
    # … but not with what follows the short form elsewhere that is no place.
    ("Peraturan Mahkamah Agung (MA) Nomor 1 berlaku.\nMA menegaskan bahwa sidang tetap digelar.", "Mahkamah Agung"),
    # A listed short form, in the full name the article also writes.
    ("Kementerian Agama menggelar sidang isbat.\nKemenag menegaskan bahwa awal puasa jatuh pada hari Rabu.",
     "Kementerian Agama"),
    # A bare "Pemerintah" is no region's government because the article names one.
    ("Pemerintah Kabupaten Karanganyar menggelar rapat.\nPemerintah menegaskan bahwa gunung itu tidak termasuk "
     "wilayah kerja panas bumi.", "Pemerintah"),
    # A commission named bare is the one the article writes with its legislature.
    ("Komisi X DPR RI menggelar rapat kerja.\nKomisi X meminta pemerintah menambah anggaran sekolah rakyat.",
     "Komisi X DPR RI"),
    # A word of address before a full name the article also writes without it is no part of it.
    ("Gubernur Jawa Barat Kang Budi Santoso (KBS) menegaskan bahwa pembangunan jalan provinsi dimulai bulan "
     "depan.\nPernyataan Budi Santoso itu disampaikan di Bandung.", "Budi Santoso"),
    ("Gubernur Jawa Barat Kang Budi Santoso (KBS) menegaskan bahwa pembangunan jalan provinsi dimulai bulan "
     "depan.", "Kang Budi Santoso"),
    ("“Kami siap,” kata Gus Budi.", "Gus Budi"),
    # A national agency of the 2024 cabinet, named in full where the article writes it.
    ("Badan Komunikasi Pemerintah (Bakom) RI menggelar rapat.\nBakom RI menyatakan bahwa kabar itu tidak benar.",
     "Badan Komunikasi Pemerintah"),
    # A company's English legal form is part of its name.
    ("DBS Bank Ltd menyatakan bahwa pertumbuhan ekonomi akan melambat tahun depan.", "DBS Bank Ltd"),
    # A department of a foreign government is an institution, not the place it ends with.
    ("Departemen Kepolisian New York menyebut lebih dari 100 ribu orang hadir dalam aksi itu.",
     "Departemen Kepolisian New York"),
])
def test_institutions_named_short_words_of_address_and_departments(text, name):
    import pipeline

    assert pipeline.extract(text)["quotes"][0]["speaker"]["name"] == name


@pytest.mark.parametrize("subject, name, mention", [
    # An institution whose name joins two common nouns with "dan", its short form after it.
    ("Badan Penelitian dan Pengembangan Daerah (Balitbangda)", "Badan Penelitian dan Pengembangan Daerah",
     "Badan Penelitian dan Pengembangan Daerah"),
    ("Dinas Pemuda dan Olahraga", "Dinas Pemuda dan Olahraga", "Dinas Pemuda dan Olahraga"),
    ("Dinas Kesehatan (Dinkes)", "Dinas Kesehatan", "Dinas Kesehatan"),
    # A short form inside the name, common nouns after it.
    ("Direktorat Jenderal (Ditjen) Perhubungan Darat Kementerian Perhubungan",
     "Direktorat Jenderal Perhubungan Darat Kementerian Perhubungan",
     "Direktorat Jenderal (Ditjen) Perhubungan Darat Kementerian Perhubungan"),
])
def test_an_institution_of_several_words_as_subject(subject, name, mention):
    import pipeline

    text = f"{subject} menyatakan bahwa stok beras di gudang cukup hingga akhir tahun."
    q = pipeline.extract(text)["quotes"][0]
    assert (q["text"], q["speaker"]["name"], q["speaker"]["mention"]) == \
        ("stok beras di gudang cukup hingga akhir tahun", name, mention)


def test_a_bracketed_short_form_closes_an_institution_before_a_name():
    import pipeline

    text = ("Sementara itu, Direktur Jenderal Bina Marga pada Kementerian Pekerjaan Umum dan Perumahan Rakyat "
            "(PUPR) Budi Santoso menuturkan, perbaikan jalan itu selesai bulan depan.")
    assert pipeline.extract(text)["quotes"][0]["speaker"]["name"] == "Budi Santoso"


def test_a_reply_cue_in_another_sense_names_no_one():
    # "tanggung jawab Pertamina": "jawab" closes a quote only; the company is no name the
    # article calls a speaker by.
    import pipeline

    text = ("Program itu adalah tanggung jawab Pertamina kepada warga.\n\n"
            "Direktur Bisnis Pertamina Budi Santoso mengatakan program itu sudah berjalan lima tahun.")
    s = pipeline.extract(text)["quotes"][0]["speaker"]
    assert (s["name"], s["title"]) == ("Budi Santoso", "Direktur Bisnis Pertamina")


def test_initials_after_a_regional_heads_place_open_the_name():
    import pipeline

    text = "Wali Kota Denpasar IGN Budi Santoso mengatakan layanan tetap berjalan seperti biasa."
    s = pipeline.extract(text)["quotes"][0]["speaker"]
    assert (s["name"], s["title"], s["affiliation"]) == ("IGN Budi Santoso", "Wali Kota Denpasar", "Pemerintah Kota Denpasar")


def test_offices_after_selaku_in_a_list_are_each_names():
    import pipeline

    text = ("Jaksa mendakwa Budi Santoso selaku Direktur Utama PT Maju Jaya, Rina Lestari selaku Direktur PT "
            "Sukamaju Makmur, dan Joko Susilo selaku Direktur Utama PT Sinar Abadi.\n\n"
            "“Kami tidak bersalah,” kata Budi Santoso.\n\n"
            "Rina mengatakan perusahaannya sudah membayar pajak sejak tahun lalu.\n\n"
            "Joko menyatakan dirinya tidak pernah menerima uang itu.")
    got = [(q["speaker"]["name"], q["speaker"]["title"], q["speaker"]["affiliation"])
           for q in pipeline.extract(text)["quotes"]]
    assert got == [("Budi Santoso", "Direktur Utama PT Maju Jaya", "PT Maju Jaya"),
                   ("Rina Lestari", "Direktur PT Sukamaju Makmur", "PT Sukamaju Makmur"),
                   ("Joko Susilo", "Direktur Utama PT Sinar Abadi", "PT Sinar Abadi")]


def test_a_short_name_is_the_person_whose_first_name_it_is():
    import pipeline

    text = ("Para terdakwa adalah Hadi Wijaya Rudi Prasetyo selaku Direktur PT Maju Jaya dan Rudi Hartanto selaku "
            "Direktur Utama PT Sukamaju Makmur.\n\n"
            "Rudi mengklaim perusahaannya tidak pernah menimbun gula di gudang.")
    assert pipeline.extract(text)["quotes"][0]["speaker"]["name"] == "Rudi Hartanto"


@pytest.mark.parametrize("short, full, same", [
    (["Budi", "Dermawan", "Santoso"], ["Budi", "Darmawan", "Santoso"], True),
    (["Rina", "Darmakusmo"], ["Rina", "Darmakusumo"], True),
    (["Budi", "Santoso"], ["Budi", "Susanto"], False),
    (["Rina"], ["Rini"], False),
])
def test_a_name_written_with_a_typo_is_the_same_person(short, full, same):
    from pipeline.speakers import _compatible

    assert _compatible(short, full) is same


def test_a_listed_institution_of_one_word_before_a_one_word_name_is_no_part_of_it():
    import pipeline

    text = "Politisi Gerindra Sutarno mengatakan harga beras naik pekan ini."
    s = pipeline.extract(text)["quotes"][0]["speaker"]
    assert (s["name"], s["title"], s["affiliation"]) == ("Sutarno", "Politisi Gerindra", "Gerindra")


@pytest.mark.parametrize("text, name, title", [
    ("Ketua RW mengatakan saluran air di gang itu tersumbat sejak bulan lalu.", "Ketua RW", "Ketua RW"),
    ("Ketua RT 05 Budi Santoso mengatakan jalan itu sudah rusak sejak tahun lalu.", "Budi Santoso", "Ketua RT 05"),
])
def test_a_neighbourhood_is_a_unit_not_a_name_nor_an_institution(text, name, title):
    import pipeline

    s = pipeline.extract(text)["quotes"][0]["speaker"]
    assert (s["name"], s["title"], s["affiliation"]) == (name, title, None)


@pytest.mark.parametrize("office, name, affiliation", [
    # A city the press calls by its other name is still a region: its mayor speaks for its government.
    ("Wali Kota Solo", "Budi Santoso", "Pemerintah Kota Solo"),
    # A village's head speaks for its government, a subdistrict's or ward's for its office.
    ("Kepala Desa Sukamaju", "Budi Santoso", "Pemerintah Desa Sukamaju"),
    ("Perbekel Sukamaju", "Putu Budi Santoso", "Pemerintah Desa Sukamaju"),
    ("Kepala Kampung Sukamaju", "Budi Santoso", "Pemerintah Kampung Sukamaju"),
    ("Lurah Sukamaju", "Budi Santoso", "Kelurahan Sukamaju"),
    ("Camat Sukamaju", "Budi Santoso", "Kecamatan Sukamaju"),
])
def test_a_village_head_speaks_for_the_village_government(office, name, affiliation):
    import pipeline

    text = f"{office} {name} mengatakan jalan itu sudah rusak sejak tahun lalu."
    s = pipeline.extract(text)["quotes"][0]["speaker"]
    assert (s["name"], s["title"], s["affiliation"]) == (name, office, affiliation)


@pytest.mark.parametrize("text, name, title", [
    # After a listed institution of several words a given name before the called name is the
    # name's …
    ("Deputi Direksi BPJS Kesehatan Ali Rahman Sujono hadir di Jakarta.\n\n“Kami siap,” kata Rahman.",
     "Ali Rahman Sujono", "Deputi Direksi BPJS Kesehatan"),
    # … and a common noun is still the unit's.
    ("Manajer PT Pertamina Gas Budi Santoso hadir di Jakarta.\n\n“Kami siap,” kata Budi.",
     "Budi Santoso", "Manajer PT Pertamina Gas"),
])
def test_a_given_name_after_a_listed_institution(text, name, title):
    import pipeline

    s = pipeline.extract(text)["quotes"][0]["speaker"]
    assert (s["name"], s["title"]) == (name, title)


def test_a_subheading_holds_no_full_name():
    import pipeline

    text = ("Sikap Presiden Budi menjadi sorotan.\n\nUltimatum Budi\nPernyataan itu muncul menyusul sikap Presiden "
            "Budi dalam rapat.\n\n“Saya tidak segan mengganti menteri,” kata Budi di Bandung.")
    assert pipeline.extract(text)["quotes"][-1]["speaker"]["name"] == "Budi"


@pytest.mark.parametrize("text, name, title", [
    # A directorate-general speaks as itself, with no office ("Jenderal" is no rank there).
    ("Direktorat Jenderal Pajak menyatakan bahwa pelaporan pajak dibuka hingga akhir bulan.",
     "Direktorat Jenderal Pajak", None),
    # "Buat" (for) opening a sentence is no part of the name after it.
    ("Buat Budi, kenaikan harga itu memberatkan.\n“Kami kesulitan,” ujar Budi.", "Budi", None),
])
def test_words_before_an_institution_or_name_that_are_neither(text, name, title):
    import pipeline

    s = pipeline.extract(text)["quotes"][-1]["speaker"]
    assert (s["name"], s["title"]) == (name, title)


@pytest.mark.parametrize("text, name, title, affiliation", [
    # An office closed by a comma before a holder of one word between commas is the holder's,
    # all its words the unit's.
    ("Ketua Serikat Pekerja Tani Makmur, Wagimin, menjelaskan perkara itu.\n\n"
     "“Kami menolak putusan itu,” ujar Wagimin.",
     "Wagimin", "Ketua Serikat Pekerja Tani Makmur", "Serikat Pekerja Tani Makmur"),
    # A court's public relations officer holds an office; "Terpisah" opening the sentence is
    # no name.
    ("Terpisah, Humas Pengadilan Negeri Sukamaju, Budi Santoso, memaparkan perkara itu.\n\n"
     "“Sidang ditunda pekan depan,” kata Budi.",
     "Budi Santoso", "Humas Pengadilan Negeri Sukamaju", "Pengadilan Negeri Sukamaju"),
    # After another office and "dan" the public relations office is a unit of it.
    ("Kepala Bagian Umum dan Humas RSUD Sukamaju, Budi Santoso, mengatakan pasien sudah pulang.",
     "Budi Santoso", "Kepala Bagian Umum dan Humas RSUD Sukamaju", "RSUD Sukamaju"),
    # An English "Zoo" closes the unit before the name.
    ("Humas Sukamaju Zoo Rina Lestari menyampaikan kondisi satwa.\n\n“Satwa sehat,” kata Rina.",
     "Rina Lestari", "Humas Sukamaju Zoo", "Sukamaju Zoo"),
])
def test_an_office_in_apposition_before_its_holder(text, name, title, affiliation):
    import pipeline

    for q in pipeline.extract(text)["quotes"]:
        s = q["speaker"]
        assert (s["name"], s["title"], s["affiliation"]) == (name, title, affiliation)


def test_a_list_of_names_after_an_office_gives_it_to_none_of_them():
    import pipeline

    text = ("Ketua Serikat Pekerja Tani Makmur, Wagimin, dan Rina Lestari hadir.\n\n"
            "“Kami menolak putusan itu,” ujar Rina.")
    s = pipeline.extract(text)["quotes"][0]["speaker"]
    assert (s["name"], s["title"]) == ("Rina Lestari", None)


def test_a_long_form_holding_its_short_form_is_no_expansion():
    from pipeline.speakers import _expansions

    text = ("Dikutip dari laman Humas Polri, Brigadir Rina Lestari memulai kariernya di Kepolisian "
            "Republik Indonesia (Polri) pada 2014.")
    assert "Polri" not in _expansions(text)


def test_an_office_before_a_demonstrative_points_back_whole():
    import pipeline

    # "Wasekjen Partai Maju ini": the unit's last word is no holder; the office goes to the
    # person it points back to.
    text = ("“Kami siap mengawal program itu,” kata Budi kepada wartawan di Sukamaju, Selasa (4/3/2025).\n\n"
            "Wasekjen Partai Maju ini menilai program itu dapat membuka lapangan kerja.\n\n"
            "“Program ini penting,” ujarnya.")
    for q in pipeline.extract(text)["quotes"]:
        s = q["speaker"]
        assert (s["name"], s["title"], s["affiliation"]) == ("Budi", "Wasekjen Partai Maju", "Partai Maju")


@pytest.mark.parametrize("text, name, title, affiliation", [
    # A police directorate's head speaks for the unit the article writes after the office;
    # a misspelt rank is still a rank.
    ("Dirtipidter Bareskrim Polri Brigjend Rina Lestari mengatakan kasus itu diusut.",
     "Rina Lestari", "Dirtipidter Bareskrim Polri", "Bareskrim Polri"),
    ("Kakorlantas Polri Irjen Budi Santoso mengatakan jalan sudah dibuka.\n\nKorlantas Polri menyiapkan jalur.",
     "Budi Santoso", "Kakorlantas Polri", "Korlantas Polri"),
    # A deputy director's short office; a sub-directorate numbered in Roman figures, closed by a
    # comma before a rank and the name; the police corps the sub-unit belongs to.
    ("Wadir Pencegahan Kortas Tipikor Polri Kombes Rina Lestari mengatakan kasus itu diusut.",
     "Rina Lestari", "Wadir Pencegahan Kortas Tipikor Polri", "Kortas Tipikor Polri"),
    ("“Kasus itu kami usut,” jelas Kasubdit II Pencegahan Kortas Tipikor Polri, Kombes Rina Lestari.",
     "Rina Lestari", "Kasubdit II Pencegahan Kortas Tipikor Polri", "Kortas Tipikor Polri"),
    # A Balinese name is a name to its end, "Negara" too.
    ("Wali Kota Sukamaju, I Ketut Wira Negara, mengatakan nota kesepahaman sudah ditandatangani.",
     "I Ketut Wira Negara", "Wali Kota Sukamaju", "Sukamaju"),
])
def test_police_directorates_and_balinese_names(text, name, title, affiliation):
    import pipeline

    s = pipeline.extract(text)["quotes"][0]["speaker"]
    assert (s["name"], s["title"], s["affiliation"]) == (name, title, affiliation)


def test_an_institutions_short_words_are_spelled_out_where_the_article_writes_them():
    import pipeline

    text = ("Pengumuman itu dibagikan Dinas Pekerjaan Umum Kota Padang lewat akun resminya, Senin (3/3/2025).\n\n"
            "Dinas PU menyampaikan bahwa jalan di pasar lama ditutup selama dua pekan.\n\n"
            "“Kami berharap dukungan masyarakat,” tutur Dinas PU.")
    names = [q["speaker"]["name"] for q in pipeline.extract(text)["quotes"]]
    assert names[-2:] == ["Dinas Pekerjaan Umum Kota Padang"] * 2


@pytest.mark.parametrize("second, name", [
    # A pronoun opening its sentence stands for the agent the sentence before brings in, after
    # "oleh", a bare passive verb or "mendapat … dari" …
    ("Usulan itu segera ditanggapi oleh Gubernur Jambi Rudi Hartono. Ia menegaskan bahwa "
     "anggaran daerah tidak pernah disimpan dalam deposito.", "Rudi Hartono"),
    ("Rencana itu disambut Duta Besar Malaysia, Rudi Hartono, yang hadir di lokasi. Ia juga "
     "menyatakan minat negaranya untuk membangun sekolah di kawasan itu.", "Rudi Hartono"),
    ("Lomba itu mendapat pujian dari Rudi Hartono, Staf Khusus Kepala Badan Riset Sukamaju. "
     "Menurutnya, lomba semacam itu perlu digelar setiap tahun.", "Rudi Hartono"),
    # … but a "-nya" cue after a quote goes on with the speaker before.
    ("Peluncurannya direncanakan dibuka langsung oleh Gubernur Jawa Barat Rudi Hartono. “Kami berharap bus "
     "ini diminati masyarakat,” harapnya.", "Budi Santoso"),
])
def test_a_pronoun_opening_a_sentence_may_stand_for_an_agent(second, name):
    import pipeline

    text = "“Kami siap membangun kawasan itu,” kata Budi Santoso, Sabtu (11/10/2025).\n\n" + second
    assert pipeline.extract(text)["quotes"][-1]["speaker"]["name"] == name


@pytest.mark.parametrize("text, title, affiliation", [
    ("Duta Besar RI untuk Jepang Rudi Hartono mengatakan kerja sama itu terus berjalan.",
     "Duta Besar RI untuk Jepang", None),
    ("Dubes Malaysia, Rudi Hartono, mengatakan kerja sama itu terus berjalan.", "Dubes Malaysia", None),
    # An office held under another's keeps the institution word of the other ("Kepala Badan").
    ("Staf Khusus Kepala Badan Riset Sukamaju, Rudi Hartono, mengatakan kerja sama itu terus berjalan.",
     "Staf Khusus Kepala Badan Riset Sukamaju", "Badan Riset Sukamaju"),
])
def test_envoys_and_offices_under_another(text, title, affiliation):
    import pipeline

    s = pipeline.extract(text)["quotes"][0]["speaker"]
    assert (s["name"], s["title"], s["affiliation"]) == ("Rudi Hartono", title, affiliation)


def test_a_quote_naming_someone_by_short_form_or_initials_is_not_theirs():
    import pipeline

    text = ("Pelaksana Tugas Deputi Penindakan KPK Rina Lestari mengumumkan penahanan tersangka.\n\n"
            "“Penahanan dilakukan di Rutan KPK,” katanya.\n\n"
            "Kemudian, Budi Santoso (BSN) selaku Komisaris PT Maju meminta Wagimin Hartono melakukan pendekatan.\n\n"
            "“Saudara BSN meminta saudara WH melakukan pendekatan dengan PT Jaya,” katanya.\n\n"
            "Dari kesepakatan tersebut, Wagimin pun memberikan uang kepada Budi.\n\n"
            "“Setelah kesepakatan tersebut, saudara WH memberikan uang kepada saudara BSN,” kata dia.")
    direct = [q for q in pipeline.extract(text)["quotes"] if q["type"] == "direct"]
    assert [q["speaker"]["name"] for q in direct] == ["Rina Lestari"] * 3


@pytest.mark.parametrize("text, title, affiliation", [
    ("Rina Lestari, ekonom senior di Bank Maju, mengatakan harga minyak naik.", "ekonom senior di Bank Maju", "Bank Maju"),
    ("“Harga minyak naik,” kata Rina Lestari, ekonom Jepang di Bank Maju.", "ekonom Jepang di Bank Maju", "Bank Maju"),
    # With no comma before the verb, the institution after "di" is where the person works.
    ("Rina Lestari, analis pasar senior di Wirasakti Securities mengatakan bahwa harga minyak naik.",
     "analis pasar senior di Wirasakti Securities", "Wirasakti Securities"),
])
def test_an_office_in_apposition_qualified_in_lower_case_before_di(text, title, affiliation):
    import pipeline

    s = pipeline.extract(text)["quotes"][0]["speaker"]
    assert (s["name"], s["title"], s["affiliation"]) == ("Rina Lestari", title, affiliation)


def test_menurut_a_name_and_its_office_in_apposition_the_content_follows_the_office():
    import pipeline

    q = pipeline.extract("Menurut Rina Lestari, ekonom di Bank Maju, harga minyak akan naik tahun depan.")["quotes"][0]
    assert q["text"] == "harga minyak akan naik tahun depan"
    assert (q["speaker"]["name"], q["speaker"]["title"]) == ("Rina Lestari", "ekonom di Bank Maju")


@pytest.mark.parametrize("text, name", [
    # An institution named in Indonesian before the short form of its foreign name.
    ("Kementerian Energi dan Teknologi Hijau (METG) Norwegia hadir di pameran itu. "
     "METG juga menyatakan bahwa ekspor naik tahun ini.", "Kementerian Energi dan Teknologi Hijau Norwegia"),
    # "RI" after the institution where the article writes it so.
    ("Fraksi Partai Maju DPR RI menggelar rapat. Fraksi Partai Maju DPR menyatakan bahwa rancangan itu ditolak.",
     "Fraksi Partai Maju DPR RI"),
])
def test_an_institution_speaks_in_its_fullest_written_form(text, name):
    import pipeline

    assert pipeline.extract(text)["quotes"][-1]["speaker"]["name"] == name


def test_a_called_name_said_to_be_one_is_the_person_named_before():
    import pipeline

    text = ("“Kampus ini harus dicontoh,” kata Menteri Koordinator Rudi Hartono di Surabaya.\n\n"
            "“Semua mahasiswa kini terdaftar sebagai peserta asuransi. Ini patut ditiru,” kata Cak Wir sapaan "
            "akrabnya di kampus C.")
    s = pipeline.extract(text)["quotes"][-1]["speaker"]
    assert (s["name"], s["mention"]) == ("Rudi Hartono", "Cak Wir")


@pytest.mark.parametrize("text, affiliation", [
    # A director general speaks for the directorate general as the article writes it, before
    # the ministry after it.
    ("Pelatihan itu digelar Direktorat Jenderal Pajak (DJP) bersama Direktorat Jenderal Perimbangan Keuangan "
     "(DJPK) Kementerian Keuangan (Kemenkeu) di Sukamaju.\n\nDirektur Jenderal Pajak Kemenkeu Rina Lestari "
     "lalu menjelaskan jadwal pelatihan itu.", "Direktorat Jenderal Pajak"),
    ("Pelatihan itu digelar Direktorat Jenderal Pajak (DJP) bersama Direktorat Jenderal Perimbangan Keuangan "
     "(DJPK) Kementerian Keuangan (Kemenkeu) di Sukamaju.\n\n“Pelatihan ini rutin,” kata Direktur Jenderal "
     "Perimbangan Keuangan Kemenkeu, Rina Lestari.", "Direktorat Jenderal Perimbangan Keuangan Kementerian Keuangan"),
    # An office with no unit after it speaks for the unit it heads where the article writes it.
    ("Kakorlantas Irjen Rina Lestari menyampaikan revitalisasi itu.\n\n“Korlantas Polri bergerak cepat,” "
     "kata Rina.", "Korlantas Polri"),
    # A commission named by its field is a body of the legislature.
    ("“Kami mengapresiasi ketegasan itu,” kata Rina Lestari, Rabu (22/10/2025).\n\nWaka Komisi Hukum DPR itu "
     "kemudian mengapresiasi lembaga penegak hukum.", "Komisi Hukum DPR"),
])
def test_heads_of_directorates_corps_and_commissions_speak_for_them(text, affiliation):
    import pipeline

    s = pipeline.extract(text)["quotes"][-1]["speaker"]
    assert (s["name"], s["affiliation"]) == ("Rina Lestari", affiliation)


@pytest.mark.parametrize("text, affiliation", [
    # A company's short form spelled out keeps its legal form.
    ("PT Wirasakti Hulu Energi (WHE) menyiapkan proyek itu. Direktur Utama WHE Rina Lestari mengatakan "
     "proyek itu berjalan.", "PT Wirasakti Hulu Energi"),
    # A prosecutor's office: its short form and place in brackets after the full name.
    ("Gedung Kejaksaan Tinggi Jawa Timur (Kejati Jatim) direnovasi tahun ini.\n\nKajati Jatim, "
     "Rina Lestari dalam pidatonya mengatakan renovasi selesai akhir tahun.", "Kejaksaan Tinggi Jawa Timur"),
    # The head of an agency or a centre under another body speaks for the unit he heads, as
    # written with the body it belongs to.
    ("Kepala Pusat Riset Pangan BRIN Rina Lestari mengatakan riset itu berjalan.", "Pusat Riset Pangan BRIN"),
    # A section's head speaks for the body its section belongs to.
    ("Kepala Bidang Anggaran BRIN Rina Lestari mengatakan riset itu berjalan.", "BRIN"),
    # An English name opens at its article; the words before it are the office's field.
    ("Manajer Riset The Prakarsa Rina Lestari menilai, harga beras akan turun bulan depan.",
     "The Prakarsa"),
    # An office inside a directorate general speaks for it, as the article writes it, not for the
    # ministry after it.
    ("Direktorat Jenderal Pajak menggelar sosialisasi.\n\nDirektur Penyuluhan Ditjen Pajak Kemenkeu Rina "
     "Lestari mengatakan setoran pajak naik tahun ini.", "Direktorat Jenderal Pajak"),
    ("Direktur Penyuluhan Ditjen Pajak Kementerian Keuangan Rina Lestari mengatakan setoran pajak naik tahun ini.",
     "Ditjen Pajak"),
    # A body of a legislature, and a police directorate before its regional police.
    ("Ketua Badan Penganggaran MPR RI Rina Lestari mengatakan anggaran itu cukup untuk tahun depan.",
     "Badan Penganggaran MPR RI"),
    ("Kasubdit 3 Ditsiber Polda Sultra Kompol Rina Lestari mengatakan pelaku sudah ditahan sejak pekan lalu.",
     "Ditsiber Polda Sultra"),
    # A national institution written once with "RI" after it: that form.
    ("KPU RI menerbitkan aturan baru pekan lalu.\n\nKetua KPU Rina Lestari mengatakan aturan itu berlaku lima "
     "tahun.", "KPU RI"),
    # "dari" after an office in apposition is no part of the institution.
    ("“Kebakaran makin sering,” ujar Rina Lestari, CEO dari Wirasakti Foundation.", "Wirasakti Foundation"),
])
def test_institutions_in_their_written_forms(text, affiliation):
    import pipeline

    s = pipeline.extract(text)["quotes"][-1]["speaker"]
    assert (s["name"], s["affiliation"]) == ("Rina Lestari", affiliation)


def test_a_long_form_across_a_comma_is_no_expansion():
    from pipeline.speakers import _expansions

    text = ("Warga bernama Budi Putra, kemarin, melapor ke Kepolisian Resor Kota (Polresta) Sukamaju.")
    assert "," not in _expansions(text).get("Polresta", "")


@pytest.mark.parametrize("text, name, title, affiliation", [
    # A member's faction after the office qualifies the member; the office is what comes before.
    ("Wakil Ketua Komisi IV DPRD Jambi dari Fraksi Partai Maju, Budi Santoso, mengusulkan agar subsidi "
     "pupuk dinaikkan tahun depan.\n\n“Itu lebih tepat,” kata Budi.",
     "Budi Santoso", "Wakil Ketua Komisi IV DPRD Jambi", "Komisi IV DPRD Jambi"),
    # A long name of one word written once with a letter left out is the same person.
    ("Keputusan itu diteken Ketua KPU Darmakusumo pada 3 Maret 2025.\n\n“Data pemilih tidak dibuka "
     "untuk umum,” tulis Darmakusmo dalam keputusan itu.", "Darmakusumo", "Ketua KPU", "KPU"),
    # An office closed by a demonstrative after a cue points back to the speaker before.
    ("Ketua DPD II Partai Maju Padang Budi Santoso menyinggung soal kursi ketua DPRD.\n\n“Kan bisa kita rebut "
     "kembali,” kata Budi.\n\n“Nah, tentu itu target kita,” lanjut Wali Kota Padang ini.",
     "Budi Santoso", "Ketua DPD II Partai Maju Padang", "Partai Maju Padang"),
])
def test_factions_typos_and_offices_pointed_at_after_a_cue(text, name, title, affiliation):
    import pipeline

    s = pipeline.extract(text)["quotes"][-1]["speaker"]
    assert (s["name"], s["title"], s["affiliation"]) == (name, title, affiliation)


def test_of_spellings_a_letter_apart_the_one_written_most_often_names_the_person():
    import pipeline

    # The office is read with the spelling written once; the article writes the other twice.
    text = ("Keputusan itu diteken Ketua KPU Darmakusumo pada 3 Maret 2025.\n\n"
            "“Data pemilih tidak dibuka untuk umum,” kata Darmakusmo.\n\n“Itu sudah final,” kata Darmakusmo.")
    assert {(q["speaker"]["name"], q["speaker"]["title"]) for q in pipeline.extract(text)["quotes"]} \
        == {("Darmakusmo", "Ketua KPU")}


def test_an_office_in_apposition_after_seorang_with_dari_and_a_bracketed_short_form():
    import pipeline

    q = pipeline.extract("Menurut Prof Rina Lestari, seorang guru besar ilmu tanah dari Universitas "
                         "Sukamaju (Unsuk), lahan gambut perlu dipulihkan.")["quotes"][0]
    assert q["text"] == "lahan gambut perlu dipulihkan"
    assert (q["speaker"]["title"], q["speaker"]["affiliation"]) == (
        "guru besar ilmu tanah dari Universitas Sukamaju", "Universitas Sukamaju")


@pytest.mark.parametrize("text, title, affiliation", [
    # A company's department in English before its name is no institution.
    ("“Kami berkolaborasi,” ujar VP General Secretary Maju Jaya Indonesia, Rina Lestari, dalam keterangannya.",
     "VP General Secretary Maju Jaya Indonesia", "Maju Jaya Indonesia"),
    # A second office after a slash names the institution it heads; no space is left before the slash.
    ("Menteri Kelautan Daerah (MKD)/Kepala Badan Riset Kelautan (BRK) Rina Lestari menjelaskan jadwal "
     "penelitian itu.",
     "Menteri Kelautan Daerah/Kepala Badan Riset Kelautan",
     "Badan Riset Kelautan"),
    # A place's level where the article writes it with the institution.
    ("Ketua KPU Makassar, Rina Lestari menegaskan, keterlibatan KPU akan terus berjalan. KPU Kota Makassar juga "
     "akan terlibat aktif.", "Ketua KPU Makassar", "KPU Kota Makassar"),
    # A faction written after the legislature without "dari" stays in the office as written;
    # the legislature's body is what the member speaks for.
    ("Sementara itu, anggota Komisi V DPRD Jambi Fraksi Partai Maju, Rina Lestari, ikut berkomentar. Ia menilai "
     "jadwal itu perlu dikaji ulang.", "anggota Komisi V DPRD Jambi Fraksi Partai Maju", "Komisi V DPRD Jambi"),
])
def test_departments_second_offices_levels_and_factions(text, title, affiliation):
    import pipeline

    s = pipeline.extract(text)["quotes"][-1]["speaker"]
    assert (s["name"], s["title"], s["affiliation"]) == ("Rina Lestari", title, affiliation)


def test_an_orator_speaks_as_written():
    import pipeline

    text = ("Massa aksi berkumpul di depan gedung DPRD.\n\n“Kami menolak kenaikan pajak!” teriak orator.\n\n"
            "“Turunkan pajak sekarang,” tambah orator.")
    assert [q["speaker"]["name"] for q in pipeline.extract(text)["quotes"]] == ["orator", "orator"]
