"""Awards: recipients, ranks, predicates, award names and categories from Indonesian text.

Snippets are written for these tests in the style of government press releases, or are
short quotations of the government releases and award tables in ../shared/data/press.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import awards, resources

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def nlp():
    # The stages awards builds on, without a trained model: the result does not depend on one.
    import spacy

    from pipeline.nlp import TOKENIZER_CONFIG

    nlp = spacy.blank("id", config=TOKENIZER_CONFIG)
    for name in ("warta_sentences", "warta_dates", "warta_awards"):
        nlp.add_pipe(name)
    return nlp


def _found(nlp, text):
    doc = nlp(text)
    out = []
    for a in doc._.awards:
        r = a.recipient
        assert text[r.start:r.end] == r.text
        assert a.evidence_start <= r.start and r.end <= a.evidence_end
        out.append((r.text, r.start, a.rank, a.rank_text, a.award, a.category))
    return out


def _expect(text, rows):
    """(recipient, rank, rank_text, award, category) -> the same with the recipient's offset
    (its first occurrence, or the n-th with a (text, n) pair)."""
    out = []
    for recipient, *rest in rows:
        name, nth = recipient if isinstance(recipient, tuple) else (recipient, 1)
        start = -1
        for _ in range(nth):
            start = text.index(name, start + 1)
        out.append((name, start, *rest))
    return out


CASES = [
    pytest.param(
        "Kota Depok meraih peringkat 2 dalam Lomba Kampung Sehat tingkat Provinsi Jawa Barat.",
        [("Kota Depok", 2, "peringkat 2", "Lomba Kampung Sehat", None)],
        id="meraih-peringkat-2"),
    pytest.param(
        "Dimana peringkat pertama diraih Provinsi DKI Jakarta dan peringkat 3 diraih Provinsi "
        "Sumatera Selatan.",
        [("Provinsi DKI Jakarta", 1, "peringkat pertama", None, None),
         ("Provinsi Sumatera Selatan", 3, "peringkat 3", None, None)],
        id="peringkat-diraih-X-dan-Y"),
    pytest.param(
        "Pemkab Sleman berhasil menyabet penghargaan Adhi Purna Karya Award dari Kementerian PUPR.",
        [("Pemkab Sleman", None, None, "Adhi Purna Karya Award", None)],
        id="menyabet-award"),
    pytest.param(
        "Pemkot Surabaya memboyong Piala Adipura Kencana 2019.",
        [("Pemkot Surabaya", None, None, "Piala Adipura Kencana 2019", None)],
        id="memboyong-piala"),
    pytest.param(
        "Dinas Kesehatan Kota Malang mendapatkan penghargaan Mandaya Awards 2025 kategori Rumah "
        "Sakit Daerah.",
        [("Dinas Kesehatan Kota Malang", None, None, "Mandaya Awards 2025", "Rumah Sakit Daerah")],
        id="mendapatkan-awards-kategori"),
    pytest.param(
        "Pemkab Madina menerima Penghargaan Universal Health Coverage (UHC) dari BPJS Kesehatan.",
        [("Pemkab Madina", None, None, "Penghargaan Universal Health Coverage (UHC)", None)],
        id="menerima-penghargaan"),
    pytest.param(
        "Pemerintah Kabupaten Mandailing Natal (Pemkab Madina) menerima Penghargaan Universal "
        "Health Coverage (UHC) dari Direktur BPJS Kesehatan serta Sertifikat Pembagian Dana Bagi "
        "Hasil (DBH) dari Gubernur Sumatera Utara.",
        [("Pemerintah Kabupaten Mandailing Natal (Pemkab Madina)", None, None,
          "Penghargaan Universal Health Coverage (UHC)", None),
         ("Pemerintah Kabupaten Mandailing Natal (Pemkab Madina)", None, None,
          "Sertifikat Pembagian Dana Bagi Hasil (DBH)", None)],
        id="two-awards-one-verb"),
    pytest.param(
        "Desa Sukamaju meraih juara 1 Lomba Desa tingkat Kabupaten Bogor.",
        [("Desa Sukamaju", 1, "juara 1", "Lomba Desa", None)],
        id="juara-1"),
    pytest.param(
        "Kota Depok meraih Juara I Lomba Pekarangan Pangan Lestari (P2L) tingkat Provinsi Jawa Barat.",
        [("Kota Depok", 1, "Juara I", "Lomba Pekarangan Pangan Lestari (P2L)", None)],
        id="juara-I"),
    pytest.param(
        "Tim Pramuka Kota Bekasi menjadi juara pertama.",
        [("Tim Pramuka Kota Bekasi", 1, "juara pertama", None, None)],
        id="menjadi-juara-pertama"),
    pytest.param(
        "Kecamatan Bojongsari keluar sebagai juara umum pada MTQ tingkat Kota Depok.",
        [("Kecamatan Bojongsari", 1, "juara umum", None, None)],
        id="juara-umum-is-first"),
    pytest.param(
        "Perpustakaan Kelurahan Baktijaya berhasil meraih juara harapan tiga pada Lomba "
        "Perpustakaan Desa.",
        [("Perpustakaan Kelurahan Baktijaya", None, "juara harapan tiga", "Lomba Perpustakaan Desa",
          None)],
        id="juara-harapan-no-rank"),
    pytest.param(
        "Provinsi Jawa Tengah meraih terbaik II dalam Penghargaan Pembangunan Daerah 2023.",
        [("Provinsi Jawa Tengah", 2, "terbaik II", "Penghargaan Pembangunan Daerah 2023", None)],
        id="terbaik-II"),
    pytest.param(
        "Pemerintah Kota Depok Mendapatkan Penghargaan Terbaik Kedua dalam penyelenggaraan LPSE",
        [("Pemerintah Kota Depok", 2, "Terbaik Kedua", None, None)],
        id="terbaik-kedua-title-case"),
    pytest.param(
        "Kota Semarang menempati posisi kedua, sedangkan Kota Surakarta berada di posisi ketiga.",
        [("Kota Semarang", 2, "posisi kedua", None, None),
         ("Kota Surakarta", 3, "posisi ketiga", None, None)],
        id="posisi-kedua-ketiga"),
    pytest.param(
        "Kabupaten Gresik meraih tempat kedua dalam lomba itu.",
        [("Kabupaten Gresik", 2, "tempat kedua", None, None)],
        id="tempat-kedua"),
    pytest.param(
        "Kota Yogyakarta mengungguli Kabupaten Sleman di posisi kedua dan Kabupaten Bantul di "
        "posisi ketiga.",
        [("Kota Yogyakarta", 1, None, None, None),
         ("Kabupaten Sleman", 2, "posisi kedua", None, None),
         ("Kabupaten Bantul", 3, "posisi ketiga", None, None)],
        id="mengungguli"),
    pytest.param(
        "Kabupaten Kulon Progo menempati urutan kedua setelah DKI Jakarta.",
        [("Kabupaten Kulon Progo", 2, "urutan kedua", None, None)],
        id="urutan-kedua-setelah"),
    pytest.param(
        "Provinsi Bengkulu dinobatkan sebagai provinsi terbaik dalam keterbukaan informasi.",
        [("Provinsi Bengkulu", None, None, None, "provinsi terbaik")],
        id="dinobatkan-sebagai"),
    pytest.param(
        "Wali Kota Depok, Mohammad Idris dinobatkan sebagai Tokoh Literasi Digital Daerah 2022 "
        "dari Gubernur Jawa Barat.",
        [("Mohammad Idris", None, None, None, "Tokoh Literasi Digital Daerah 2022")],
        id="office-comma-person"),
    pytest.param(
        "Kementerian Kesehatan meraih predikat Informatif.",
        [("Kementerian Kesehatan", None, "Informatif", None, None)],
        id="predikat"),
    pytest.param(
        "Dinas Kesehatan Provinsi DKI Jakarta berhasil meraih penghargaan sebagai Badan Publik "
        "Informatif Kategori Dinas pada Ajang Anugerah Keterbukaan Informasi Publik Tahun 2023.",
        [("Dinas Kesehatan Provinsi DKI Jakarta", None, "Informatif",
          "Anugerah Keterbukaan Informasi Publik Tahun 2023", "Kategori Dinas")],
        id="grade-and-kategori"),
    pytest.param(
        "Ketua TP-PKK Kota Depok, Elly Farida menerima Anugerah Parahita Ekapraya (APE) tahun "
        "2020 Kategori Utama dari Kementerian PPPA.",
        [("Elly Farida", None, "Utama", "Anugerah Parahita Ekapraya (APE) tahun 2020", None)],
        id="level-utama"),
    pytest.param(
        "Pemerintah Kabupaten Malang kembali meraih opini Wajar Tanpa Pengecualian (WTP) untuk "
        "ketujuh kalinya dari BPK.",
        [("Pemerintah Kabupaten Malang", None, "WTP", "Opini Wajar Tanpa Pengecualian", None)],
        id="wtp-ketujuh-kalinya-is-a-count"),
    pytest.param(
        "Sedangkan tahun pertama memimpin, 2016, Romi – Robby hanya diberi opini Wajar Dengan "
        "Pengecualian (WDP).",
        [("Romi – Robby", None, "WDP", "Opini Wajar Dengan Pengecualian", None)],
        id="wdp-is-a-record"),
    pytest.param(
        "Bumi Sepucuk Nipah Serumpun Nibung sudah dua kali mendapat opini WTP secara berturut – "
        "turut dari 2017 dan 2018.",
        [("Bumi Sepucuk Nipah Serumpun Nibung", None, "WTP", "Opini Wajar Tanpa Pengecualian", None)],
        id="dua-kali-is-a-count"),
    pytest.param(
        "Pemprov Jawa Timur meraih 12 penghargaan sepanjang tahun 2023.",
        [("Pemprov Jawa Timur", None, None, None, None)],
        id="12-penghargaan-is-a-count"),
    pytest.param(
        "Selain itu, 17 daerah lain di Jawa Timur mendapatkan opini WTP: Kota Batu, Kabupaten "
        "Malang, Kota Malang dan Kabupaten Pasuruan.",
        [("Kota Batu", None, "WTP", "Opini Wajar Tanpa Pengecualian", None),
         ("Kabupaten Malang", None, "WTP", "Opini Wajar Tanpa Pengecualian", None),
         ("Kota Malang", None, "WTP", "Opini Wajar Tanpa Pengecualian", None),
         ("Kabupaten Pasuruan", None, "WTP", "Opini Wajar Tanpa Pengecualian", None)],
        id="list-of-winners-after-colon"),
    pytest.param(
        "Kota Batu, Kabupaten Malang dan Kota Malang meraih penghargaan Kota Layak Anak 2023.",
        [("Kota Batu", None, None, "Kota Layak Anak 2023", None),
         ("Kabupaten Malang", None, None, "Kota Layak Anak 2023", None),
         ("Kota Malang", None, None, "Kota Layak Anak 2023", None)],
        id="list-of-winners-as-subject"),
    pytest.param(
        "Prestasi Penghargaan Kampung Iklim (Proklim) tingkat Nasional ini diraih Kelurahan "
        "Ratujaya, Kecamatan Cipayung.",
        [("Kelurahan Ratujaya, Kecamatan Cipayung", None, None,
          "Penghargaan Kampung Iklim (Proklim)", None)],
        id="address-is-not-a-list"),
    pytest.param(
        "Lima tenaga kesehatan di Kota Depok mendapatkan penghargaan. Diantaranya:\n"
        "Juara I kategori dokter gigi dari Puskesmas Kemirimuka, Faradilla Mauliningrum;\n"
        "Juara II kategori perawat dari Puskesmas Jatijajar, Wa Ode Moliyuni.",
        [("Faradilla Mauliningrum", 1, "Juara I", None, "dokter gigi dari Puskesmas Kemirimuka"),
         ("Wa Ode Moliyuni", 2, "Juara II", None, "perawat dari Puskesmas Jatijajar")],
        id="rank-led-lines-with-names"),
    pytest.param(
        "Tim Penggerak PKK Kelurahan Beji memborong prestasi di lima kategori, yaitu:\n"
        "Juara I Lomba Tertib Administrasi;\n"
        "Juara Harapan I Lomba Hatinya PKK.",
        [("Tim Penggerak PKK Kelurahan Beji", 1, "Juara I", "Lomba Tertib Administrasi",
          "Lomba Tertib Administrasi"),
         (("Tim Penggerak PKK Kelurahan Beji", 1), None, "Juara Harapan I", "Lomba Hatinya PKK",
          "Lomba Hatinya PKK")],
        id="rank-led-lines-of-one-winner"),
    pytest.param(
        "Juara dua penilaian kinerja terbaik Administrasi Kependudukan (Adminduk) se-Jawa Barat "
        "diberikan kepada Dinas Kependudukan dan Pencatatan Sipil Kota Depok.",
        [("Dinas Kependudukan dan Pencatatan Sipil Kota Depok", 2, "Juara dua", None, None)],
        id="diberikan-kepada"),
    pytest.param(
        "Penghargaan diberikan kepada Ketua Kampung KB Cempaka RW 09 Kelurahan Depok Jaya, "
        "Nurdiansyah, dalam Lomba Kampung Berkualitas.",
        [("Nurdiansyah", None, None, "Lomba Kampung Berkualitas", None)],
        id="kepada-office-comma-person"),
    pytest.param(
        "Dari Kemenpan RB, Disdukcapil Kota Depok mendapat penghargaan sebagai penyelenggara "
        "pelayanan publik kategori ‘Sangat Baik’ tahun 2021.",
        [("Disdukcapil Kota Depok", None, "Sangat Baik", None, "penyelenggara pelayanan publik")],
        id="giver-before-subject"),
    pytest.param(
        "Pemerintah Kabupaten Tanjung Jabung Timur masuk 10 besar nasional Penghargaan "
        "Pembangunan Daerah 2020.",
        [("Pemerintah Kabupaten Tanjung Jabung Timur", None, "10 besar",
          "Penghargaan Pembangunan Daerah 2020", None)],
        id="10-besar"),
    pytest.param(
        "Tim PKK Kabupaten Bantul meraih juara II lomba Hatinya PKK tingkat nasional dan juara "
        "III lomba Tertib Administrasi.",
        [("Tim PKK Kabupaten Bantul", 2, "juara II", "lomba Hatinya PKK", None),
         (("Tim PKK Kabupaten Bantul", 1), 3, "juara III", "lomba Tertib Administrasi", None)],
        id="two-ranks-one-verb"),
    pytest.param(
        "Selamat kepada Kabupaten Gunungkidul yang meraih juara pertama lomba desa.",
        [("Kabupaten Gunungkidul", 1, "juara pertama", "lomba desa", None)],
        id="relative-clause-subject"),
    pytest.param(
        "Berkat inovasi tersebut, RSUD dr. Soetomo meraih penghargaan Pelayanan Prima.",
        [("RSUD dr. Soetomo", None, None, "Pelayanan Prima", None)],
        id="honorific-inside-a-name"),
    pytest.param(
        "Penghargaan Adhi Purna Karya diserahkan langsung oleh Menteri PUPR kepada Pemkab Sleman "
        "di Jakarta.",
        [("Pemkab Sleman", None, None, "Penghargaan Adhi Purna Karya", None)],
        id="diserahkan-langsung-oleh-kepada"),
    pytest.param(
        "Juara pertama diraih oleh Kota Malang, juara kedua Kota Batu, dan juara ketiga "
        "Kabupaten Malang.",
        [("Kota Malang", 1, "Juara pertama", None, None),
         ("Kota Batu", 2, "juara kedua", None, None),
         ("Kabupaten Malang", 3, "juara ketiga", None, None)],
        id="results-without-verbs"),
    pytest.param(
        "Adapun juara I lomba ini adalah Desa Sukamaju, juara II Desa Sukamulya dan juara III "
        "Desa Sukasari.",
        [("Desa Sukamaju", 1, "juara I", None, None),
         ("Desa Sukamulya", 2, "juara II", None, None),
         ("Desa Sukasari", 3, "juara III", None, None)],
        id="rank-adalah-name"),
    pytest.param(
        "Peringkat pertama ditempati Provinsi Jawa Tengah, disusul Jawa Timur di peringkat kedua.",
        [("Provinsi Jawa Tengah", 1, "Peringkat pertama", None, None),
         ("Jawa Timur", 2, "peringkat kedua", None, None)],
        id="ditempati-disusul"),
    pytest.param(
        "Pemprov Sumsel kembali menorehkan prestasi dengan meraih penghargaan Anugerah "
        "Meritokrasi dari KASN.",
        [("Pemprov Sumsel", None, None, "Anugerah Meritokrasi", None)],
        id="dengan-meraih"),
    pytest.param(
        "Baru-baru ini, Madina menjadi pemenang lomba bahasa Inggris dan bahasa Arab tingkat "
        "provinsi.",
        [("Madina", None, "pemenang", "lomba bahasa Inggris dan bahasa Arab", "bahasa Inggris"),
         ("Madina", None, "pemenang", "lomba bahasa Inggris dan bahasa Arab", "bahasa Arab")],
        id="two-fields-of-one-contest"),
    # Traps: no award record.
    pytest.param(
        "Bupati Kudus Hartopo menerima penghargaan tersebut di Gedung Sate, Bandung.",
        [], id="official-takes-the-stated-award"),
    pytest.param(
        "Pemerintah Kota Balikpapan masuk nominasi Anugerah Keterbukaan Informasi Publik 2024.",
        [], id="nomination-is-no-award"),
    pytest.param(
        "Diketahui TOP GPR Award 2021 merupakan sebuah penghargaan yang diberikan kepada "
        "Kementerian, Lembaga Negara, Pemerintah Provinsi dan Pemerintah Kabupaten/ kota yang "
        "telah berhasil menjalankan program publik relations.",
        [], id="classes-of-recipients"),
    pytest.param(
        "Kedua penghargaan tersebut diterima oleh Wakil Bupati Atika Azmi Utammi Nasution.",
        [], id="received-on-behalf"),
    pytest.param(
        "Sebanyak 162 badan publik berhasil meraih predikat informatif.",
        [], id="unnamed-aggregate"),
    pytest.param(
        "Masyarakat mendapatkan informasi pembangunan dengan cepat dan akurat.",
        [], id="mendapatkan-without-award"),
    pytest.param(
        "Lima tenaga kesehatan (nakes) di Kota Depok mendapatkan penghargaan.",
        [], id="place-is-not-the-subject"),
    pytest.param(
        "Jadi dengan kerjasama ini, semoga Kabupaten Balangan meraih piala Adipura tahun 2019 ini.",
        [], id="a-wish-is-no-win"),
    pytest.param(
        "Nilainya sedikit lagi untuk bisa mendapatkan piala Adipura.",
        [], id="a-goal-is-no-win"),
    pytest.param(
        "Menteri Perhubungan memberikan apresiasi kepada Direktorat Jenderal Perhubungan Laut.",
        [], id="praise-is-no-prize"),
    pytest.param(
        "Wali Kota Sambas juga mendapat apresiasi publik atas layanan aduan warganya.",
        [], id="praise-received-is-no-prize"),
    pytest.param(
        "Setelah PT Karya Mandiri ditetapkan sebagai pemenang tender, proyek dimulai.",
        [], id="tender-winner"),
    pytest.param(
        "Kota Sambas menempati posisi pertama kota termacet di Kalimantan Barat.",
        [], id="ranking-of-something-bad"),
    pytest.param(
        "Adapun Pemprov Sulawesi Tengah menempati urutan ketiga dengan Rp 2,7 triliun.",
        [], id="ranking-of-amounts"),
    pytest.param(
        "Persib Bandung mengungguli Persija Jakarta 2-1 di babak pertama.",
        [], id="match-score-is-no-ranking"),
    pytest.param(
        "Disusul Kementerian Pertanian (Kementan) di peringkat kedua dengan nilai 4,15.",
        [("Kementerian Pertanian (Kementan)", 2, "peringkat kedua", None, None)],
        id="disusul-is-no-name"),
    pytest.param(
        "Tekan Kemiskinan Lintas Sektor, Pemkab Bogor Raih Mandaya Awards 2025",
        [("Pemkab Bogor", None, None, "Mandaya Awards 2025", None)],
        id="headline-phrase-before-the-unit"),
]


@pytest.mark.parametrize("text, rows", CASES)
def test_awards(nlp, text, rows):
    assert _found(nlp, text) == _expect(text, rows)


def test_headline_and_body_are_one_record(nlp):
    text = ("Lagi, Tanjab Timur Raih WTP\n\nMUARASABAK-Pemerintah Kabupaten Tanjung Jabung Timur "
            "kembali berhasil meraih predikat Opini Wajar Tanpa Pengecualian (WTP) dari Badan "
            "Pemeriksa Keuangan (BPK) Republik Indonesia.")
    assert _found(nlp, text) == _expect(text, [
        ("Pemerintah Kabupaten Tanjung Jabung Timur", None, "WTP",
         "Opini Wajar Tanpa Pengecualian", None)])


def test_dates_ceremony_and_earlier_years(nlp):
    text = ("Tanjab Timur Raih WTP\n\n"
            "Pemerintah Kabupaten Tanjung Jabung Timur meraih opini WTP dari BPK.\n\n"
            "Penyerahan LHP dilakukan di kantor BPK Jambi, Jumat (24/5/2019).\n\n"
            "Sejak Bupati dilantik pada 12 April 2016 silam, Bumi Sepucuk Nipah Serumpun Nibung "
            "sudah dua kali mendapat opini WTP dari 2017 dan 2018.")
    doc = nlp(text)
    assert [(a.recipient.text, a.date) for a in doc._.awards] == [
        ("Pemerintah Kabupaten Tanjung Jabung Timur", "2019-05-24"),
        ("Bumi Sepucuk Nipah Serumpun Nibung", None)]


def test_headline_rank_goes_to_the_unranked_body(nlp):
    text = ("Penghargaan Terbaik 1 Lomba Kampung Keluarga Berkualitas\n\n"
            "Penghargaan diberikan kepada Ketua Kampung KB Cempaka, Nurdiansyah.")
    assert _found(nlp, text) == _expect(text, [
        ("Nurdiansyah", 1, "Terbaik 1", "Lomba Kampung Keluarga Berkualitas", None)])


def test_fields_of_one_award(nlp):
    text = ("HUT Ke-128 Balikpapan\n\n"
            "Ia bersyukur atas perolehan Kota Balikpapan, berupa tujuh penghargaan Arindama. "
            "Tujuh Arindama ini meliputi Bidang Kesetaraan Gender; Bidang Ketentraman, Ketertiban "
            "Umum dan Perlindungan Masyarakat; bidang Pembangunan Perhubungan.\n\n"
            "Kemudian Bidang Pembangunan Investasi Daerah; serta Bidang Pembangunan Infrastruktur. "
            "Balikpapan juga berhasil menerima Grand Arindama Bidang Pelayanan Publik.")
    fields = ["Bidang Kesetaraan Gender",
              "Bidang Ketentraman, Ketertiban Umum dan Perlindungan Masyarakat",
              "bidang Pembangunan Perhubungan", "Bidang Pembangunan Investasi Daerah",
              "Bidang Pembangunan Infrastruktur"]
    rows = [("Kota Balikpapan", None, None, "Arindama", f) for f in fields]
    rows.append((("Balikpapan", 3), None, None, "Grand Arindama", "Bidang Pelayanan Publik"))
    assert sorted(_found(nlp, text)) == sorted(_expect(text, rows))


def test_seed_press_release(nlp):
    text = (DATA / "seed.txt").read_text(encoding="utf-8")
    doc = nlp(text)
    got = [(a.recipient.text, a.recipient.start, a.rank, a.rank_text, a.award, a.category, a.date)
           for a in doc._.awards]
    assert got == [
        ("Pemerintah Provinsi (Pemprov) Bengkulu", 68, 2, "peringkat 2", "TOP GPR Award 2021",
         "Provinsi terbaik", "2021-11-11"),
        ("Provinsi DKI Jakarta", 268, 1, "peringkat pertama", "TOP GPR Award 2021",
         "Provinsi terbaik", "2021-11-11"),
        ("Provinsi Sumatera Selatan", 312, 3, "peringkat 3", "TOP GPR Award 2021",
         "Provinsi terbaik", "2021-11-11"),
    ]
    for a in doc._.awards:
        assert text[a.recipient.start:a.recipient.end] == a.recipient.text
        assert text[a.evidence_start:a.evidence_end].startswith(("Pemerintah Provinsi", "Dimana"))


def test_component_in_a_blank_pipeline():
    import spacy

    nlp = spacy.blank("id")
    nlp.add_pipe("warta_sentences")
    nlp.add_pipe("warta_awards")
    doc = nlp("Kota Depok meraih peringkat 2 dalam Lomba Kampung Sehat.")
    assert [(a.recipient.text, a.rank) for a in doc._.awards] == [("Kota Depok", 2)]


# --- data files ---------------------------------------------------------------------------

def test_ordinals_file():
    rows = resources.tsv_records("ordinals.tsv")
    forms = [r["form"] for r in rows]
    assert len(forms) == len(set(forms)), "duplicate forms"
    assert {r["kind"] for r in rows} <= {"word", "cardinal", "roman", "numeral", "qualifier", "level"}
    for r in rows:
        assert r["form"] == r["form"].strip() and r["form"]
        if r["kind"] == "roman":
            assert r["form"].isupper()
        elif r["kind"] != "numeral":
            assert r["form"] == r["form"].lower()
        if r["kind"] in ("word", "cardinal", "roman", "numeral"):
            assert r["rank"].isdigit()
    table = awards.ordinals()
    for rank in range(1, 11):
        kinds = {k for f, (n, k) in table.items() if n == rank}
        assert {"word", "roman", "numeral"} <= kinds, rank
    assert table["pertama"] == (1, "word") and table["kesatu"] == (1, "word")
    assert table["I"] == (1, "roman") and table["1"] == (1, "numeral")
    assert table["kesepuluh"][0] == 10 and table["X"][0] == 10
    assert table["umum"] == (1, "qualifier") and table["harapan"] == (None, "qualifier")


def test_award_words_file():
    words = resources.yaml_data("award_words.yaml")
    for key, value in words.items():
        items = list(value) if isinstance(value, list) else list(value)
        assert len(items) == len(set(items)), key
        assert all(isinstance(w, str) and w == w.strip() and w for w in items), key
        if key not in ("grades", "opinions"):
            assert all(w == w.lower() for w in items), key
    assert set(words["rank_only_verbs"]) <= set(words["active_verbs"])
    assert set(words["opinions"]) == {"WTP", "WDP", "TMP", "TW"}


def test_pronoun_subject_takes_the_person_before(nlp):
    text = ("Semangat itu menginspirasi Sari Wulandari.\n\n"
            "Dia mendapatkan penghargaan sebagai Penyuluh Terbaik Nasional 2024.")
    with nlp.select_pipes(disable=["warta_awards"]):
        doc = nlp(text)
    start = text.index("Sari")
    doc.ents = [doc.char_span(start, start + len("Sari Wulandari"), label="PER")]
    got = awards.find_awards(doc)
    assert [(a.recipient.text, a.recipient.start, a.category, a.evidence_start) for a in got] == [
        ("Sari Wulandari", start, "Penyuluh Terbaik Nasional 2024", 0)]
