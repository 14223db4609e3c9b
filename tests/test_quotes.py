"""Quotes stage: direct, indirect and mixed quotes, their cues and speakers, on Indonesian
snippets; the seed press release; the cue data file."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import resources
from pipeline.quotes import find_quotes, quote_regions
from pipeline.segment import paragraphs

SEED = Path(__file__).resolve().parent / "data" / "seed.txt"


@pytest.fixture(scope="module")
def nlp(quote_stage):
    return quote_stage


def _quotes(nlp, text):
    doc = nlp(text)
    quotes = find_quotes(doc)
    for q in quotes:
        assert text[q.start:q.end] == q.text
        if q.speaker:
            assert text[q.speaker.start:q.speaker.end] == q.speaker.mention
        if q.cue:
            assert text[q.cue.start:q.cue.end] == q.cue.text
    return quotes


def _span(text, part, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


# (id, text, quote type, quote text, speaker name, speaker mention, cue text)
DIRECT = [
    pytest.param(
        "“Kami siap melayani masyarakat,” kata Bupati Probolinggo Hj. P. Tantriana Sari, SE.",
        "direct", "Kami siap melayani masyarakat,", "P. Tantriana Sari",
        "Bupati Probolinggo Hj. P. Tantriana Sari", "kata", id="curly-after-kata-honorific-degree"),
    pytest.param(
        "\"Kami siap bekerja,\" ujar Rohidin.",
        "direct", "Kami siap bekerja,", "Rohidin", "Rohidin", "ujar", id="straight-marks-ujar"),
    pytest.param(
        "”Kami akan bekerja lebih keras,” kata Yanto.",
        "direct", "Kami akan bekerja lebih keras,", "Yanto", "Yanto", "kata", id="kompas-marks"),
    pytest.param(
        "‘Kami akan terus bekerja keras,’ ungkap Kepala Dinas Kesehatan Andi Wijaya.",
        "direct", "Kami akan terus bekerja keras,", "Andi Wijaya",
        "Kepala Dinas Kesehatan Andi Wijaya", "ungkap", id="single-marks-ungkap"),
    pytest.param(
        "Kepala BPK-RI Perwakilan Jawa Timur Joko Agus Setyono mengatakan, “Opini WTP ini hasil "
        "kerja keras bersama.”",
        "direct", "Opini WTP ini hasil kerja keras bersama.", "Joko Agus Setyono",
        "Kepala BPK-RI Perwakilan Jawa Timur Joko Agus Setyono", "mengatakan",
        id="cue-before-full-stop-inside"),
    pytest.param(
        "Menurut Gubernur Rohidin, “Kita harus bekerja lebih cepat lagi.”",
        "direct", "Kita harus bekerja lebih cepat lagi.", "Rohidin", "Gubernur Rohidin", "Menurut",
        id="menurut-before"),
    pytest.param(
        "Wabup Ahmad Yani: “Kita perang terhadap narkoba sampai tuntas.”",
        "direct", "Kita perang terhadap narkoba sampai tuntas.", "Ahmad Yani", "Wabup Ahmad Yani",
        None, id="colon"),
    pytest.param(
        "Gubernur Bengkulu Rohidin Mersyah hadir di acara itu.\n\n“Semoga bermanfaat bagi "
        "masyarakat,” pungkasnya.",
        "direct", "Semoga bermanfaat bagi masyarakat,", "Rohidin Mersyah", "nya", "pungkasnya",
        id="clitic-pungkasnya"),
    pytest.param(
        "Kepala Dinas Kesehatan Andi Wijaya meninjau puskesmas.\n\n“Stok vaksin masih cukup,” "
        "tambah dia.",
        "direct", "Stok vaksin masih cukup,", "Andi Wijaya", "dia", "tambah", id="tambah-dia"),
    pytest.param(
        "Bupati Probolinggo Hj. P. Tantriana Sari, SE membuka acara.\n\n“Kita harus kompak,” "
        "imbuh Bupati.",
        "direct", "Kita harus kompak,", "P. Tantriana Sari", "Bupati", "imbuh", id="imbuh-bupati"),
    pytest.param(
        "Bupati Probolinggo Hj. P. Tantriana Sari, SE membuka acara.\n\n“Kita harus kompak,” "
        "kata Bupati Tantri.",
        "direct", "Kita harus kompak,", "P. Tantriana Sari", "Bupati Tantri", "kata",
        id="name-chain-tantri"),
    pytest.param(
        "Wabup : Kita Perang Terhadap Kejahatan Narkotika\n\nWakil Bupati Sambas Hairul Saleh "
        "membuka acara sosialisasi di aula kantor bupati.",
        "direct", "Kita Perang Terhadap Kejahatan Narkotika", "Hairul Saleh", "Wabup", None,
        id="headline"),
    pytest.param(
        "HUT Ke-128, Rahmad Mas'ud: Jadikan Balikpapan Kota Terbaik\n\nWali Kota Balikpapan Rahmad "
        "Mas'ud memimpin upacara peringatan hari jadi kota.",
        "direct", "Jadikan Balikpapan Kota Terbaik", "Rahmad Mas'ud", "Rahmad Mas'ud", None,
        id="headline-with-lead-in"),
    pytest.param(
        "“Dia bilang ‘jangan menyerah’ kepada kami semua,” kata Budi.",
        "direct", "Dia bilang ‘jangan menyerah’ kepada kami semua,", "Budi", "Budi", "kata",
        id="nested-single-marks"),
    pytest.param(
        "Kepala Dinas Kesehatan Budi Santoso hadir.\n\n“Kami sudah siapkan semuanya.\n\n“Tinggal "
        "menunggu arahan pusat,” kata Budi.",
        "direct", "Kami sudah siapkan semuanya.\n\n“Tinggal menunggu arahan pusat,", "Budi Santoso",
        "Budi", "kata", id="multi-paragraph"),
    pytest.param(
        "“Kami masih mendata rumah yang terendam,” kata juru bicara Satgas Banjir "
        "Kabupaten Sambas, Hendrawan.",
        "direct", "Kami masih mendata rumah yang terendam,", "Hendrawan",
        "juru bicara Satgas Banjir Kabupaten Sambas, Hendrawan", "kata", id="lowercase-descriptor-comma-name"),
    pytest.param(
        "Soedarmo memberi contoh. Provinsi Kaltim tidak hafal Pancasila.”Bayangkan saja bagaimana "
        "warga mau mengamalkannya,” ujar Soedarmo.",
        "direct", "Bayangkan saja bagaimana warga mau mengamalkannya,", "Soedarmo", "Soedarmo", "ujar",
        id="opening-mark-glued-after-full-stop"),
    pytest.param(
        "Bupati Romi Hariyanto hadir.\n\n‘’Yakinlah Bapak-Ibu sekalian tidak sendiri,” ungkapnya sedih.",
        "direct", "Yakinlah Bapak-Ibu sekalian tidak sendiri,", "Romi Hariyanto", "nya", "ungkapnya",
        id="two-single-marks-as-opening"),
    pytest.param(
        "Bupati Romi Hariyanto hadir.\n\n“Kami bisa mengetahui siapa kami dan Tanjabtim ini,’’pungkasnya.",
        "direct", "Kami bisa mengetahui siapa kami dan Tanjabtim ini,", "Romi Hariyanto", "nya",
        "pungkasnya", id="closing-pair-glued-to-cue"),
    pytest.param(
        "Bupati Romi Hariyanto hadir.\n\n'Kami mengucapkan terima kasih atas kunjungannya,' kata Bupati.",
        "direct", "Kami mengucapkan terima kasih atas kunjungannya,", "Romi Hariyanto", "Bupati", "kata",
        id="ascii-single-marks"),
    pytest.param(
        "Tarif Trans Siginjai akan disubsidi.\"Jadi tarifnya murah dan menarik minat masyarakat Jambi. "
        "Kata Varial saat meninjau lokasi.",
        "direct", "Jadi tarifnya murah dan menarik minat masyarakat Jambi.", "Varial", "Varial", "Kata",
        id="missing-closing-mark-before-cue-sentence"),
    pytest.param(
        "Kota ini bertransformasi menjadi pintu gerbang Ibu Kota Nusantara. Dan hari ini, kota ini "
        "terus tumbuh,” ujar Rahmad.",
        "direct", "Dan hari ini, kota ini terus tumbuh,", "Rahmad", "Rahmad", "ujar",
        id="missing-opening-mark"),
    pytest.param(
        "Ahmad Yani dalam sambutannya mengatakan bahwa peran perempuan sangat penting. “Kaum "
        "perempuan dituntut berperan aktif”. Ujar Ahmad Yani",
        "direct", "Kaum perempuan dituntut berperan aktif", "Ahmad Yani", "Ahmad Yani", "Ujar",
        id="cue-after-full-stop-capitalised"),
    pytest.param(
        "Kepala Dinas Kesehatan Budi Santoso membuka acara itu.\n\n“Kami sudah menyiapkan semua "
        "kebutuhan peserta.”",
        "direct", "Kami sudah menyiapkan semua kebutuhan peserta.", "Budi Santoso",
        "Kepala Dinas Kesehatan Budi Santoso", None, id="cue-less-after-introduction"),
    pytest.param(
        "“Kami siap bekerja,” kata Kepala Dinas Budi Santoso.",
        "direct", "Kami siap bekerja,", "Budi Santoso", "Kepala Dinas Budi Santoso", "kata",
        id="unit-less-office"),
]

INDIRECT = [
    pytest.param(
        "Gubernur Rohidin Mersyah mengatakan bahwa program ini “sangat membantu masyarakat kecil” "
        "di desa.",
        "mixed", "program ini “sangat membantu masyarakat kecil” di desa", "Rohidin Mersyah",
        "Gubernur Rohidin Mersyah", "mengatakan", id="mixed-fragment"),
    pytest.param(
        "Kepala Dinas Sosial Rina Lestari mengatakan aduan warga disampaikan melalui kanal 'Lapor Bu Rina' "
        "setiap hari.",
        "indirect", "aduan warga disampaikan melalui kanal 'Lapor Bu Rina' setiap hari", "Rina Lestari",
        "Kepala Dinas Sosial Rina Lestari", "mengatakan", id="a-name-in-quote-marks-makes-no-mixed-quote"),
    pytest.param(
        "Kepala Dinas Kesehatan Andi Wijaya menjelaskan bahwa stok vaksin masih cukup untuk sebulan.",
        "indirect", "stok vaksin masih cukup untuk sebulan", "Andi Wijaya",
        "Kepala Dinas Kesehatan Andi Wijaya", "menjelaskan", id="bahwa"),
    pytest.param(
        "Kepala Dinas Kesehatan Andi Wijaya mengatakan, stok vaksin masih cukup untuk sebulan.",
        "indirect", "stok vaksin masih cukup untuk sebulan", "Andi Wijaya",
        "Kepala Dinas Kesehatan Andi Wijaya", "mengatakan", id="comma-clause"),
    pytest.param(
        "Gubernur Bengkulu Rohidin Mersyah menyampaikan apresiasi kepada seluruh jajaran.",
        "indirect", "apresiasi kepada seluruh jajaran", "Rohidin Mersyah",
        "Gubernur Bengkulu Rohidin Mersyah", "menyampaikan", id="object"),
    pytest.param(
        "Sementara itu disampaikan Kadis Kominfotik Provinsi Bengkulu Jaduliwan,\nPemprov Bengkulu "
        "terus berupaya menyebarluaskan informasi.",
        "indirect", "Pemprov Bengkulu terus berupaya menyebarluaskan informasi", "Jaduliwan",
        "Kadis Kominfotik Provinsi Bengkulu Jaduliwan", "disampaikan", id="passive"),
    pytest.param(
        "Menurut Kepala Dinas Kesehatan Andi Wijaya, stok vaksin masih cukup untuk sebulan.",
        "indirect", "stok vaksin masih cukup untuk sebulan", "Andi Wijaya",
        "Kepala Dinas Kesehatan Andi Wijaya", "Menurut", id="menurut"),
    pytest.param(
        "Pemerintah Provinsi (Pemprov) Bengkulu menyampaikan terima kasih kepada seluruh media.",
        "indirect", "terima kasih kepada seluruh media", "Pemerintah Provinsi Bengkulu",
        "Pemerintah Provinsi (Pemprov) Bengkulu", "menyampaikan", id="institution-speaks"),
    pytest.param(
        "Kepala Dinas Kesehatan Andi Wijaya meninjau puskesmas. Ia menambahkan, pembangunan gedung "
        "baru akan selesai tahun depan.",
        "indirect", "pembangunan gedung baru akan selesai tahun depan", "Andi Wijaya", "Ia",
        "menambahkan", id="pronoun-ia"),
    pytest.param(
        "Kepala Dinas Kesehatan Andi Wijaya meninjau puskesmas.\n\nStok vaksin masih cukup untuk "
        "sebulan ke depan, katanya.",
        "indirect", "Stok vaksin masih cukup untuk sebulan ke depan", "Andi Wijaya", "nya",
        "katanya", id="katanya-after"),
    pytest.param(
        "Bupati Sambas Satono berharap masyarakat tetap menjaga protokol kesehatan.",
        "indirect", "masyarakat tetap menjaga protokol kesehatan", "Satono", "Bupati Sambas Satono",
        "berharap", id="berharap"),
    pytest.param(
        "Kapolres Sambas AKBP Andreas Simanjuntak mengimbau warga agar tidak mudik.",
        "indirect", "warga agar tidak mudik", "Andreas Simanjuntak",
        "Kapolres Sambas AKBP Andreas Simanjuntak", "mengimbau", id="mengimbau-rank"),
    pytest.param(
        "Wabup Atika yang hadir bersama Kepala Dinas PUPR Elpi Yanti Harahap menyampaikan, dia "
        "mengetahui adanya kebakaran itu pagi hari.",
        "indirect", "dia mengetahui adanya kebakaran itu pagi hari", "Atika", "Wabup Atika",
        "menyampaikan", id="subject-before-relative-clause"),
    pytest.param(
        "Bupati Romi Hariyanto menyampaikan rasa duka atas musibah itu dan berharap kepada korban "
        "dapat bersabar.",
        "indirect", "rasa duka atas musibah itu", "Romi Hariyanto", "Bupati Romi Hariyanto",
        "menyampaikan", id="second-verb-starts-a-new-quote"),
    pytest.param(
        "Bupati Romi Hariyanto menyampaikan rasa duka atas musibah itu dan berharap kepada korban "
        "dapat bersabar.",
        "indirect", "korban dapat bersabar", "Romi Hariyanto", "Bupati Romi Hariyanto", "berharap",
        id="coordinated-second-verb"),
    pytest.param(
        "Romi juga mengapresiasi dan berterimakasih kepada semua pihak yang telah menyalurkan bantuan.",
        "indirect", "semua pihak yang telah menyalurkan bantuan", "Romi", "Romi", "mengapresiasi",
        id="two-verbs-one-content"),
    pytest.param(
        "Tujuan dari acara ini disampaikan Ahmad Yani adalah untuk perkembangan kepribadian ibu-ibu.",
        "indirect", "Tujuan dari acara ini disampaikan Ahmad Yani adalah untuk perkembangan kepribadian ibu-ibu",
        "Ahmad Yani", "Ahmad Yani", "disampaikan", id="passive-inside-its-content"),
    pytest.param(
        "Ia meyakinkan warga kota juga, bahwa program prioritas akan tetap diutamakan.",
        "indirect", "program prioritas akan tetap diutamakan", None, "Ia", "meyakinkan",
        id="bahwa-after-addressee",
        marks=pytest.mark.xfail(strict=True, reason="a pronoun with no person before it in the "
                                "snippet resolves to no one, so the speaker is null")),
    pytest.param(
        "Kepala Sekolah Darmadi berpesan kepada para siswa yang sudah berusia 17 tahun agar "
        "menggunakan hak pilihnya.",
        "indirect", "para siswa yang sudah berusia 17 tahun agar menggunakan hak pilihnya", "Darmadi",
        "Kepala Sekolah Darmadi", "berpesan", id="appeal-keeps-addressee"),
    pytest.param(
        "Sekretaris Daerah Sapril membuka apel.\n\nSelain itu, secara pribadi dan mewakili Pemerintah "
        "Kabupaten Tanjung Jabung Timur juga menyampaikan permohonan maaf kepada seluruh ASN.",
        "indirect", "permohonan maaf kepada seluruh ASN", "Sapril", "Sekretaris Daerah Sapril",
        "menyampaikan", id="elided-subject-takes-the-speaker-before"),
    pytest.param(
        "Bupati Muara Enim Muzakir Sai Sohar dalam sambutannya mengatakan pelaksanaan TMMD merupakan "
        "program bakti TNI.",
        "indirect", "pelaksanaan TMMD merupakan program bakti TNI", "Muzakir Sai Sohar",
        "Bupati Muara Enim Muzakir Sai Sohar", "mengatakan", id="occasion-between-speaker-and-verb"),
    pytest.param(
        "Gubernur Sumsel Herman Deru meninjau jembatan.\n\nDikatakannya, memang sangat sayang jika "
        "pembangunan jembatan ini tidak dilanjutkan.",
        "indirect", "memang sangat sayang jika pembangunan jembatan ini tidak dilanjutkan", "Herman Deru",
        "nya", "Dikatakannya", id="passive-with-clitic"),
    pytest.param(
        "Hanya saja jelas Anang, dari semua kasus tersebut tidak semua murni warga kabupaten.",
        "indirect", "dari semua kasus tersebut tidak semua murni warga kabupaten", "Anang", "Anang", "jelas",
        id="inserted-cue-after-connective"),
    pytest.param(
        "Sayangnya, menurut Romi semangat untuk menghimpun kembali sejarah itu terbatasi dana.",
        "indirect", "Sayangnya, menurut Romi semangat untuk menghimpun kembali sejarah itu terbatasi dana",
        "Romi", "Romi", "menurut", id="inserted-menurut-without-second-comma"),
    pytest.param(
        "Wakil Bupati Atika Azmi hadir.\n\nPemkab Madina, kata wabup, akan terus fokus meningkatkan "
        "akses layanan kesehatan.",
        "indirect", "Pemkab Madina, kata wabup, akan terus fokus meningkatkan akses layanan kesehatan",
        "Atika Azmi", "wabup", "kata", id="lower-case-office-after-cue"),
    pytest.param(
        "Menteri Sosial Yuliana mengatakan, bantuan akan disalurkan pekan depan.",
        "indirect", "bantuan akan disalurkan pekan depan", "Yuliana", "Menteri Sosial Yuliana",
        "mengatakan", id="one-word-name-after-unit"),
    pytest.param(
        "Wakil Presiden Jusuf Kalla (JK) hadir.\n\nPemerintah akan menambah anggaran, kata JK.",
        "indirect", "Pemerintah akan menambah anggaran", "Jusuf Kalla", "JK", "kata",
        id="initials-introduced-in-brackets"),
    pytest.param(
        "Gubernur Sumsel Herman Deru meninjau jalan.\n\n“Segera perbaiki jalan ini,” kata HD.",
        "direct", "Segera perbaiki jalan ini,", "Herman Deru", "HD", "kata",
        id="initials-without-introduction"),
    pytest.param(
        "“Penjualan daring naik dua kali lipat,” ungkap Head of Sales PT Pasar Maju, Rina Kartika.",
        "direct", "Penjualan daring naik dua kali lipat,", "Rina Kartika", "Head of Sales PT Pasar Maju, Rina Kartika",
        "ungkap", id="english-job-title-comma-name"),
    pytest.param(
        "Bupati dan Wakil Bupati Muara Enim Ahmad Sani dan Rudi Hartono menggelar open house.\n\n"
        "Bupati dan Wabup menuturkan, kegiatan ini digelar setiap tahun.",
        "indirect", "kegiatan ini digelar setiap tahun", "Ahmad Sani", "Bupati dan Wabup", "menuturkan",
        id="coordinated-offices-speak-first-leads"),
    pytest.param(
        "Kepala Dinas Pariwisata Budi Santoso mengatakan, wisatawan bertambah.\n\n"
        "Ketua PHRI Rina Lestari juga merasakan hal serupa. "
        "”Kamar kami penuh setiap akhir pekan,” tuturnya.",
        "direct", "Kamar kami penuh setiap akhir pekan,", "Rina Lestari", "nya", "tuturnya",
        id="pronoun-after-new-paragraph-subject"),
    pytest.param(
        "Kepala Dinas Pariwisata Budi Santoso mengatakan, wisatawan bertambah. "
        "Turut hadir Ketua PHRI Rina Lestari. ”Kamar kami penuh setiap akhir pekan,” tuturnya.",
        "direct", "Kamar kami penuh setiap akhir pekan,", "Budi Santoso", "nya", "tuturnya",
        id="pronoun-keeps-speaker-of-its-paragraph"),
    pytest.param(
        "Kepala Dinas Pariwisata Budi Santoso mengatakan, wisatawan bertambah.\n\n"
        "Ketua PHRI Rina Lestari sudah menerbitkan imbauan.\n\n"
        "Setiap tamu wajib memakai masker. ”Kamar kami penuh setiap akhir pekan,” tuturnya.",
        "direct", "Kamar kami penuh setiap akhir pekan,", "Rina Lestari", "nya", "tuturnya",
        id="pronoun-after-subject-of-paragraph-before"),
    pytest.param(
        "”Stok beras cukup sampai Lebaran,” kata Kepala Dinas Pangan Budi Santoso.\n\n"
        "Harga cabai naik sejak pekan lalu. Kepala Dinas Sosial Rina Lestari juga yakin harga akan turun pekan depan. "
        "”Panen raya sudah dimulai di banyak desa,” ujarnya.",
        "direct", "Panen raya sudah dimulai di banyak desa,", "Rina Lestari", "nya", "ujarnya",
        id="pronoun-after-subject-in-the-same-paragraph"),
    pytest.param(
        "Rina Lestari, Ketua Pusat Kajian Hukum Sultra, menjabarkan, pengakuan tersangka harus "
        "ditelusuri lebih jauh oleh pihak kejaksaan.",
        "indirect", "pengakuan tersangka harus ditelusuri lebih jauh oleh pihak kejaksaan",
        "Rina Lestari", "Rina Lestari", "menjabarkan", id="name-then-office-in-apposition-menjabarkan"),
    pytest.param(
        "Sementara itu, warga desa Lastri mengatakan, jalan di desa itu sudah lama rusak.",
        "indirect", "jalan di desa itu sudah lama rusak", "Lastri", "Lastri", "mengatakan",
        id="one-word-name-after-a-description-speaks"),
    pytest.param(
        "Area Supervisor Jabar 2 PT Maju Jaya Sentosa Rina Lestari menuturkan, persiapan dilakukan sejak "
        "April lalu.\n\nPadahal, lanjut Rina, toko itu dulu selalu ramai pengunjung.",
        "indirect", "persiapan dilakukan sejak April lalu", "Rina Lestari",
        "PT Maju Jaya Sentosa Rina Lestari", "menuturkan", id="company-run-on-into-the-called-name"),
    pytest.param(
        "Pengamat ekonomi Budi Santoso berpendapat, harga beras akan turun setelah panen raya.",
        "indirect", "harga beras akan turun setelah panen raya", "Budi Santoso",
        "Budi Santoso", "berpendapat", id="berpendapat-opinion-cue"),
    pytest.param(
        "”Stok beras cukup sampai Lebaran,” kata Kepala Dinas Pangan Budi Santoso.\n\n"
        "Secara terpisah, Kepala Dinas Sosial Rina Lestari berpendapat, harga akan turun. "
        "Menurut catatan kami, panen sudah dimulai. ”Pasokan akan bertambah,” ujarnya.",
        "direct", "Pasokan akan bertambah,", "Rina Lestari", "nya", "ujarnya",
        id="pronoun-after-subject-past-an-opening-phrase"),
    pytest.param(
        "”Stok beras cukup sampai Lebaran,” kata Kepala Dinas Pangan Budi Santoso.\n\n"
        "Terkait dengan kebutuhan beras di pasar tradisional, Kepala Dinas Sosial Rina Lestari mendorong "
        "agar gudang dibuka. Harga beras dipantau setiap hari. ”Pasokan akan bertambah,” ujarnya.",
        "direct", "Pasokan akan bertambah,", "Rina Lestari", "nya", "ujarnya",
        id="pronoun-after-subject-past-a-long-adverbial-phrase"),
    pytest.param(
        "”Stok beras cukup sampai Lebaran,” kata Kepala Dinas Pangan Budi Santoso.\n\n"
        "Hal senada disampaikan Kepala Dinas Sosial Rina Lestari. Harga beras dipantau setiap hari. "
        "”Pasokan akan bertambah,” ujarnya.",
        "direct", "Pasokan akan bertambah,", "Rina Lestari", "nya", "ujarnya",
        id="pronoun-after-the-agent-of-a-passive-cue"),
    pytest.param(
        "”Stok beras cukup sampai Lebaran,” kata Kepala Dinas Pangan Budi Santoso.\n\n"
        "Harga beras naik. Rapat itu juga dihadiri Kepala Dinas Sosial Rina Lestari. "
        "”Pasokan akan bertambah,” ujarnya.",
        "direct", "Pasokan akan bertambah,", "Rina Lestari", "nya", "ujarnya",
        id="pronoun-after-the-agent-of-a-passive-verb"),
    pytest.param(
        "”Stok beras cukup sampai Lebaran,” kata Kepala Dinas Pangan Budi Santoso.\n\n"
        "Harga beras naik. Pasar murah Rapat itu juga dihadiri Kepala Dinas Sosial Rina Lestari. "
        "”Pasokan akan bertambah,” ujarnya.",
        "direct", "Pasokan akan bertambah,", "Rina Lestari", "nya", "ujarnya",
        id="pronoun-after-the-agent-of-a-passive-verb-under-a-glued-sub-heading"),
    pytest.param(
        "”Stok beras cukup sampai Lebaran,” kata Kepala Dinas Pangan Budi Santoso.\n\n"
        "Budi memuji apa yang dikerjakan Kepala Dinas Sosial Rina Lestari. "
        "”Pasokan akan bertambah,” ujarnya.",
        "direct", "Pasokan akan bertambah,", "Budi Santoso", "nya", "ujarnya",
        id="an-agent-inside-a-relative-clause-is-no-antecedent"),
    pytest.param(
        "”Stok beras cukup sampai Lebaran,” kata Kepala Dinas Pangan Budi Santoso.\n\n"
        "Ia menyebut harga beras di pasar dipantau setiap hari oleh petugas dinas. "
        "Pemantauan dilakukan bersama Satgas Pangan. ”Kami tidak akan lengah,” ujarnya.",
        "direct", "Kami tidak akan lengah,", "Budi Santoso", "nya", "ujarnya",
        id="pronoun-keeps-speaker-past-a-heading-like-word"),
    pytest.param(
        "Rapat Dewan Kesenian Jakarta digelar Senin.\n\nDKJ mengatakan, festival akan digelar pada Juli.",
        "indirect", "festival akan digelar pada Juli", "Dewan Kesenian Jakarta", "DKJ", "mengatakan",
        id="institution-acronym-spelled-out-without-brackets"),
    pytest.param(
        "Menurut peneliti Universitas Andalas, Rina Lestari, di Padang, Senin (4/3/2024), "
        "harga cabai akan turun bulan depan.",
        "indirect", "harga cabai akan turun bulan depan", "Rina Lestari", "Rina Lestari",
        "Menurut", id="menurut-description-then-name"),
    pytest.param(
        "Menurut Kepala Dinas Sosial Kota Bogor, Budi Santoso, bantuan tiba pekan depan.",
        "indirect", "bantuan tiba pekan depan", "Budi Santoso", "Budi Santoso", "Menurut",
        id="menurut-office-then-name"),
    pytest.param(
        "Oleh karena itu, kata peneliti Universitas Andalas, Budi Santoso, di Padang, Senin, pemerintah "
        "perlu menambah tes.",
        "indirect", "pemerintah perlu menambah tes", "Budi Santoso", "peneliti Universitas Andalas, Budi Santoso",
        "kata", id="kata-description-then-name"),
    pytest.param(
        "Ketua Badan Pengawas Pemilu Sutrisno mengatakan, pendaftaran pemantau dibuka pekan depan.",
        "indirect", "pendaftaran pemantau dibuka pekan depan", "Sutrisno", "Ketua Badan Pengawas Pemilu Sutrisno",
        "mengatakan", id="unit-word-before-a-one-word-name"),
    pytest.param(
        "Kepala Dinas Sosial Budi Santoso, Senin (12/3) sore, mengatakan bantuan sudah disalurkan kepada warga.",
        "indirect", "bantuan sudah disalurkan kepada warga", "Budi Santoso", "Kepala Dinas Sosial Budi Santoso",
        "mengatakan", id="day-between-subject-and-verb"),
    pytest.param(
        "Rina Lestari, Juru Bicara Satgas Banjir Sukamaju, di Padang, Selasa (14/5/2021), mengatakan, bantuan "
        "terus berdatangan ke posko.",
        "indirect", "bantuan terus berdatangan ke posko", "Rina Lestari", "Rina Lestari", "mengatakan",
        id="apposition-place-and-day-before-the-verb"),
    pytest.param(
        "Kepala Dinas Kesehatan Kota Sukamaju Rina Lestari di Sukamaju, Rabu (3/8/2022), mengatakan, ada 150 "
        "paket bantuan tiba hari ini.",
        "indirect", "ada 150 paket bantuan tiba hari ini", "Rina Lestari",
        "Kepala Dinas Kesehatan Kota Sukamaju Rina Lestari", "mengatakan", id="place-without-comma-and-day"),
    pytest.param(
        "Rina (40), tetangga Budi, mengatakan, warga kampung itu sepakat menjaga kebersihan sungai.",
        "indirect", "warga kampung itu sepakat menjaga kebersihan sungai", "Rina", "Rina", "mengatakan",
        id="one-word-name-with-an-age-before-an-apposition-naming-another"),
    pytest.param(
        "Kepala Dinas Sosial Budi Santoso, Senin (12/3), mengatakan, “Bantuan sudah kami salurkan kepada warga.”",
        "direct", "Bantuan sudah kami salurkan kepada warga.", "Budi Santoso", "Kepala Dinas Sosial Budi Santoso",
        "mengatakan", id="direct-after-day-between-subject-and-verb"),
    pytest.param(
        "Kepala Dinas Sosial Budi Santoso dalam sambutannya mengatakan, “Bantuan sudah kami salurkan.”",
        "direct", "Bantuan sudah kami salurkan.", "Budi Santoso", "Kepala Dinas Sosial Budi Santoso",
        "mengatakan", id="direct-after-occasion-between-subject-and-verb"),
    pytest.param(
        "“Kita butuh perjanjian yang jelas,” kata Menteri Lingkungan Sukamaju, Rina Lestari, yang hadir di sana.",
        "direct", "Kita butuh perjanjian yang jelas,", "Rina Lestari",
        "Menteri Lingkungan Sukamaju, Rina Lestari", "kata", id="office-one-word-unit-comma-name"),
    pytest.param(
        "Sekda Kaur, Drs. Budi Santoso, M.Si mewakili Bupati dalam sambutannya mengajak seluruh ASN untuk disiplin.",
        "indirect", "seluruh ASN untuk disiplin", "Budi Santoso", "Sekda Kaur, Drs. Budi Santoso", "mengajak",
        id="subject-degree-then-a-clause"),
    pytest.param(
        "Rina Lestari (34), warga Desa Sukamaju, mengaku kecewa karena bantuan belum juga datang.",
        "indirect", "kecewa karena bantuan belum juga datang", "Rina Lestari", "Rina Lestari", "mengaku",
        id="subject-age-then-an-apposition"),
    pytest.param(
        "Rina Lestari (34) mengaku kecewa karena bantuan belum juga datang ke desanya.",
        "indirect", "kecewa karena bantuan belum juga datang ke desanya", "Rina Lestari", "Rina Lestari", "mengaku",
        id="subject-age-before-the-verb"),
    pytest.param(
        "Wakil Ketua DPRD Kaur Budi Santoso kepada wartawan mengatakan, pihaknya akan memanggil dinas terkait.",
        "indirect", "pihaknya akan memanggil dinas terkait", "Budi Santoso", "Wakil Ketua DPRD Kaur Budi Santoso",
        "mengatakan", id="addressee-between-subject-and-verb"),
    pytest.param(
        "Tak ada aturan Ketua Badan Pengawas Pemilu Budi Santoso, yang juga menjadi pembicara, mengatakan, bantuan "
        "rentan dipolitisasi.",
        "indirect", "bantuan rentan dipolitisasi", "Budi Santoso", "Ketua Badan Pengawas Pemilu Budi Santoso",
        "mengatakan", id="apposition-before-the-verb-after-a-glued-heading"),
    pytest.param(
        "Lalu, dalam rangka menutup rapat, Menteri Agama Budi Santoso menegaskan bahwa keberhasilan itu nyata.",
        "indirect", "keberhasilan itu nyata", "Budi Santoso", "Menteri Agama Budi Santoso", "menegaskan",
        id="lalu-with-a-comma-is-an-adverb-not-a-name-prefix"),
]


@pytest.mark.parametrize("text,kind,quote,name,mention,cue", DIRECT + INDIRECT)
def test_quote(nlp, text, kind, quote, name, mention, cue):
    quotes = _quotes(nlp, text)
    start, end = _span(text, quote)
    found = [q for q in quotes if (q.start, q.end) == (start, end)]
    assert found, [(q.type, q.text) for q in quotes]
    q = found[0]
    assert q.type == kind
    assert q.speaker is not None
    assert q.speaker.name == name
    assert q.speaker.mention == mention
    assert (q.cue.text if q.cue else None) == cue


@pytest.mark.parametrize("text,mention,start", [
    pytest.param("Gubernur Bengkulu Rohidin Mersyah hadir.\n\n“Semoga bermanfaat,” pungkasnya.",
                 "nya", 70, id="clitic-offsets"),
    pytest.param("Kepala Dinas Kesehatan Andi Wijaya hadir.\n\n“Stok masih cukup,” kata dia.",
                 "dia", 68, id="kata-dia-offsets"),
])
def test_pronoun_mention_offsets(nlp, text, mention, start):
    quotes = _quotes(nlp, text)
    assert len(quotes) == 1
    sp = quotes[0].speaker
    assert (sp.mention, sp.start, sp.end) == (mention, start, start + len(mention))


@pytest.mark.parametrize("text,title,affiliation", [
    pytest.param("“Kami siap,” kata Gubernur Bengkulu Rohidin Mersyah.", "Gubernur Bengkulu",
                 "Pemerintah Provinsi Bengkulu", id="regional-head"),
    pytest.param("Dinas Kominfotik Provinsi Bengkulu menggelar rapat. “Kami siap,” kata Kadis Kominfotik Provinsi "
                 "Bengkulu Jaduliwan.", "Kadis Kominfotik Provinsi Bengkulu", "Dinas Kominfotik Provinsi Bengkulu",
                 id="abbreviated-head-of-office"),
    pytest.param("“Kami siap,” kata Kadis Kominfotik Provinsi Bengkulu Jaduliwan.",
                 "Kadis Kominfotik Provinsi Bengkulu", None, id="abbreviated-head-of-an-office-the-article-never-writes"),
    pytest.param("Kasus itu ditangani Polres Ponorogo. “Kami siap,” kata Kapolres Ponorogo AKBP Budi Santoso.",
                 "Kapolres Ponorogo", "Polres Ponorogo", id="police-head-speaks-for-the-unit-as-written"),
    pytest.param("“Kami siap,” kata Kapolres Ponorogo AKBP Budi Santoso.", "Kapolres Ponorogo", None,
                 id="police-head-of-a-unit-the-article-never-writes"),
    pytest.param("Kasus itu ditangani Ditjen Imigrasi. “Paspor itu palsu,” kata Plt. Direktur Jenderal Imigrasi Budi "
                 "Santoso.", "Plt. Direktur Jenderal Imigrasi", "Ditjen Imigrasi", id="directorate-general-as-written"),
    pytest.param("“Kami siap,” kata Kepala BPK-RI Perwakilan Jawa Timur Joko Agus Setyono.",
                 "Kepala BPK-RI Perwakilan Jawa Timur", "BPK-RI Perwakilan Jawa Timur",
                 id="agency-head"),
    pytest.param("“Kami siap,” kata Anggota DPRD Kaur Budi Santoso.", "Anggota DPRD Kaur",
                 "DPRD Kaur", id="member-of-a-council"),
    pytest.param("“Kami siap,” kata Kepala Seksi Pencegahan BPBD Kota Padang Rina Lestari.",
                 "Kepala Seksi Pencegahan BPBD Kota Padang", "BPBD Kota Padang", id="sub-unit-speaks-for-its-institution"),
    pytest.param("“Kami siap,” kata Sekretaris Komisi Fatwa Majelis Ulama Indonesia Budi Santoso.",
                 "Sekretaris Komisi Fatwa Majelis Ulama Indonesia", "Majelis Ulama Indonesia",
                 id="listed-institution-after-a-sub-unit"),
    pytest.param("“Kami siap,” kata Sekretaris Jenderal Kemenhub Budi Santoso.", "Sekretaris Jenderal Kemenhub",
                 "Kemenhub", id="secretary-general-of-a-ministry"),
    pytest.param("“Kami siap,” kata Sekretaris Daerah Kabupaten Kaur Budi Santoso.",
                 "Sekretaris Daerah Kabupaten Kaur", "Pemerintah Kabupaten Kaur", id="regional-secretary"),
    pytest.param("“Kami siap,” kata Sekda Muara Enim Budi Santoso.", "Sekda Muara Enim",
                 "Pemerintah Kabupaten Muara Enim", id="regional-secretary-level-from-the-region-list"),
    pytest.param("“Kami siap,” kata Bupati Mandailing Natal (Madina) Budi Santoso.", "Bupati Mandailing Natal",
                 "Pemerintah Kabupaten Mandailing Natal", id="bracketed-short-form-removed"),
    pytest.param("Warga Tanjung Jabung Timur menyambut baik. “Kami siap,” kata Bupati Tanjab Timur Budi Santoso.",
                 "Bupati Tanjab Timur", "Pemerintah Kabupaten Tanjung Jabung Timur",
                 id="region-in-its-fullest-form-in-the-article"),
    pytest.param("“Kami siap,” kata Bupati Tanjab Timur Budi Santoso.", "Bupati Tanjab Timur",
                 "Pemerintah Kabupaten Tanjab Timur", id="region-as-written-when-the-article-has-no-other"),
    pytest.param("“Kami siap,” kata Gubernur Provinsi Bengkulu Budi Santoso.", "Gubernur Provinsi Bengkulu",
                 "Pemerintah Provinsi Bengkulu", id="level-written-once"),
    pytest.param("“Kami siap,” kata Gubernur Bank Indonesia Budi Santoso.", "Gubernur Bank Indonesia",
                 "Bank Indonesia", id="governor-of-no-region"),
    pytest.param("“Kami siap,” kata Kepala BPJPH RI Budi Santoso.", "Kepala BPJPH RI", "BPJPH RI",
                 id="country-after-an-institution-is-no-institution"),
    pytest.param("“Kami siap,” kata Direktur Reskrimum Polda DIY Budi Santoso.", "Direktur Reskrimum Polda DIY",
                 "Polda DIY", id="place-short-form-is-no-institution"),
    pytest.param("“Kami siap,” kata Direktur Utama PT. Angkasa Raya II Budi Santoso.",
                 "Direktur Utama PT. Angkasa Raya II", "PT. Angkasa Raya II", id="roman-numeral-is-no-institution"),
    pytest.param("“Kami siap,” kata Juru Bicara Ketua Pelaksana Gugus Tugas Banjir Kabupaten Kaur Budi Santoso.",
                 "Juru Bicara Ketua Pelaksana Gugus Tugas Banjir Kabupaten Kaur",
                 "Gugus Tugas Banjir Kabupaten Kaur", id="unit-opening-with-an-office"),
    pytest.param("“Kami siap,” kata Dekan Fakultas Hukum Universitas Andalas Budi Santoso.",
                 "Dekan Fakultas Hukum Universitas Andalas", "Universitas Andalas", id="institution-word-in-the-unit"),
    pytest.param("“Kami siap,” kata Sekda Prov Sumsel Budi Santoso.", "Sekda Prov Sumsel", "Pemerintah Provinsi Sumsel",
                 id="level-abbreviated-without-a-full-stop"),
    pytest.param("“Kami siap,” kata Ketua Panitia, Budi Santoso.", "Ketua Panitia", "Panitia",
                 id="one-word-unit-comma-two-word-name"),
    pytest.param("Budi Santoso selaku Kepala Dinas Sosial Kaur mengatakan, pihaknya menyiapkan 500 paket sembako.",
                 "Kepala Dinas Sosial Kaur", "Dinas Sosial Kaur", id="office-after-selaku"),
    pytest.param("Budi Santoso selaku Ketua Panitia mengatakan, kegiatan ini diikuti 300 peserta.",
                 "Ketua Panitia", "Panitia", id="office-after-selaku-one-word-unit"),
    pytest.param("Budi Hutapea selaku Kepala Divisi Distribusi PD Pasar Maju menjelaskan, paket berisi beras.\n\n"
                 "Hutapea melanjutkan, pembagian juga melibatkan kelurahan.", "Kepala Divisi Distribusi PD Pasar Maju",
                 "PD Pasar Maju", id="office-after-selaku-article-calls-the-surname"),
    pytest.param("“Kami siap,” kata Kasatreskrim Polresta Sukamaju, AKP Budi Santoso, Sabtu (18/10/2025).",
                 "Kasatreskrim Polresta Sukamaju", "Polresta Sukamaju",
                 id="police-unit-head-written-as-one-word"),
    pytest.param("Kasus ditangani Satreskrim Polresta Sukamaju. “Kami siap,” kata Kasatreskrim Polresta Sukamaju, "
                 "AKP Budi Santoso.", "Kasatreskrim Polresta Sukamaju", "Satreskrim Polresta Sukamaju",
                 id="police-sub-unit-as-the-article-writes-it"),
    pytest.param("“Kami siap,” kata Asisten Perekonomian Sekretariat Daerah Provinsi Bengkulu, Budi Santoso.",
                 "Asisten Perekonomian Sekretariat Daerah Provinsi Bengkulu",
                 "Sekretariat Daerah Provinsi Bengkulu", id="assistant-of-a-secretariat"),
    pytest.param("Sementara itu, Ketua TP PKK Kaur Ny. Rina Lestari menyampaikan, kegiatan itu berlanjut bulan depan.",
                 "Ketua TP PKK Kaur", "TP PKK Kaur", id="nyonya-abbreviated-before-the-name"),
    pytest.param("“Kami siap,” kata Kepala UPTD PU Provinsi Bengkulu Budi Santoso.", "Kepala UPTD PU Provinsi Bengkulu",
                 "UPTD PU Provinsi Bengkulu", id="unit-with-its-own-short-form-before-the-institution"),
    pytest.param("Kerja sama dengan Balai Taman Hutan Raya Sukamaju (THRS) dimulai. “Kami siap,” kata Kepala "
                 "Balai THRS Budi Santoso.", "Kepala Balai THRS", "Balai Taman Hutan Raya Sukamaju",
                 id="short-form-inside-the-unit-spelled-out-as-the-article-does"),
    pytest.param("Ketua TP PKK Kabupaten Kaur Rina Lestari hadir bersama Wakil Ketua TP PKK Sri Wahyuni. "
                 "“Kami siap,” kata Wakil Ketua TP PKK Sri Wahyuni.", "Wakil Ketua TP PKK",
                 "TP PKK Kabupaten Kaur", id="institution-with-the-region-the-article-writes-after-it"),
    pytest.param("Ketua TP PKK Kabupaten Kaur Rina Lestari dan Ketua TP PKK Kota Bengkulu Sri Wahyuni hadir. "
                 "“Kami siap,” kata Ketua TP PKK Budi Santoso.", "Ketua TP PKK", "TP PKK",
                 id="institution-written-with-two-regions-stays-as-written"),
    pytest.param("Rapat dengan Komisi V DPR RI berlangsung Rabu. “Kami siap,” kata Wakil Ketua Komisi V Budi Santoso.",
                 "Wakil Ketua Komisi V", "Komisi V DPR RI", id="sub-unit-with-the-institution-the-article-writes-after-it"),
    pytest.param("Rapat dengan Komisi V DPRD Provinsi Jambi berlangsung Rabu. “Kami siap,” kata Wakil Ketua Komisi V "
                 "Budi Santoso.", "Wakil Ketua Komisi V", "Komisi V DPRD Provinsi Jambi",
                 id="sub-unit-with-the-institution-and-region-after-it"),
    pytest.param("“Kami sudah selesai,” kata Jaksa KPK Rudi Hartono kepada wartawan.", "Jaksa KPK", "KPK",
                 id="prosecutor-of-an-institution"),
    pytest.param("“Ini kasus baru,” kata Pelaksana Tugas (Plt) Deputi Pencegahan KPK Rudi Hartono kepada wartawan.",
                 "Pelaksana Tugas Deputi Pencegahan KPK", "KPK", id="acting-spelled-out-with-its-short-form"),
    pytest.param("“Klien kami tidak bersalah,” kata kuasa hukum terdakwa, Rudi Hartono.", "kuasa hukum terdakwa", None,
                 id="lawyer-in-lower-case"),
    pytest.param("“Kami sudah selesai,” kata Jaksa Penuntut Umum (JPU) Rudi Hartono kepada wartawan.",
                 "Jaksa Penuntut Umum", None, id="unit-of-only-a-bracketed-short-form"),
    pytest.param("“Kami siap,” kata Kepala Kantor Wilayah Badan Pertanahan Nasional Provinsi Sukamaju (Kanwil BPN "
                 "Jateng), Budi Santoso.", "Kepala Kantor Wilayah Badan Pertanahan Nasional Provinsi Sukamaju",
                 "Badan Pertanahan Nasional Provinsi Sukamaju", id="short-form-in-brackets-is-no-part-of-the-institution"),
    pytest.param("“Posko sudah siap,” kata Kalakhar Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Kaur, "
                 "Sutarno, Senin (3/3/2025).", "Kalakhar Badan Penanggulangan Bencana Daerah Kabupaten Kaur",
                 "Badan Penanggulangan Bencana Daerah Kabupaten Kaur", id="executive-head-of-a-disaster-agency"),
    pytest.param("“Sidang ditunda,” kata Ketua Majelis Hakim Ni Made Sari.", "Ketua Majelis Hakim", None,
                 id="presiding-judge-before-a-balinese-name"),
    pytest.param("Komisi V DPR RI dan Komisi V DPRD Provinsi Jambi hadir. “Kami siap,” kata Wakil Ketua Komisi V "
                 "Budi Santoso.", "Wakil Ketua Komisi V", "Komisi V", id="sub-unit-of-two-institutions-stays-as-written"),
    pytest.param("Bupati Kaur Resmikan Pasar Baru\n\nBupati Budi Santoso meresmikan pasar itu. “Pasar ini "
                 "untuk warga,” katanya.", "Bupati", "Pemerintah Kabupaten Kaur",
                 id="bare-regional-head-under-a-headline-naming-the-region"),
    pytest.param("“Kami siap,” kata Ketua Umum PSSI Budi Santoso.", "Ketua Umum PSSI", "PSSI",
                 id="ketua-umum-names-no-institution"),
    pytest.param("Direktorat Jenderal Perhubungan Udara membuka posko. “Kami siap,” kata Direktur Jenderal Perhubungan "
                 "Udara Budi Santoso.",
                 "Direktur Jenderal Perhubungan Udara", "Direktorat Jenderal Perhubungan Udara",
                 id="director-general-heads-a-directorate-general"),
    pytest.param("“Kami siap,” kata Dirjen Pajak Kementerian Keuangan Budi Santoso.",
                 "Dirjen Pajak Kementerian Keuangan", "Kementerian Keuangan",
                 id="director-general-with-the-ministry-written"),
])
def test_title_and_affiliation(nlp, text, title, affiliation):
    q = _quotes(nlp, text)[0]
    assert (q.speaker.title, q.speaker.affiliation) == (title, affiliation)


@pytest.mark.parametrize("text,private", [
    pytest.param("“Air susah sekali,” kata Rina Lestari (45), warga Desa Sukamaju.", True, id="age-in-brackets"),
    pytest.param("“Harga naik terus,” ujar Budi Santoso, seorang pedagang sayur di Pasar Sukamaju.", True,
                 id="ordinary-role-in-apposition"),
    pytest.param("“Stok aman,” kata Kepala Dinas Perdagangan Kaur Budi Santoso (52).", False,
                 id="an-office-makes-a-public-figure"),
    pytest.param("“Stok aman,” kata Budi Santoso, Kepala Dinas Perdagangan Kaur.", False, id="office-in-apposition"),
    pytest.param("“Kami siap,” kata Budi Santoso kepada wartawan.", False, id="nothing-said-of-the-person"),
])
def test_a_private_person_is_marked(nlp, text, private):
    q = _quotes(nlp, text)[0]
    assert q.speaker.private is private
    assert q.speaker.to_dict()["private"] is private


@pytest.mark.parametrize("text", [
    pytest.param("Program “Bengkulu Sehat” diluncurkan hari ini oleh pemerintah.", id="scare-quotes"),
    pytest.param("Layar 5” itu rusak dan harus diganti segera oleh petugas.", id="inch-mark"),
    pytest.param("", id="empty"),
    pytest.param("“”\n\n”“", id="marks-only"),
    pytest.param("Kata “ini” dan ‘itu’ serta \"anu\" adalah istilah.", id="terms"),
    pytest.param("Update Terkini: Banjir Surut di Tiga Kecamatan\n\nAir mulai surut sejak pagi.",
                 id="title-with-colon-but-no-speaker"),
])
def test_no_quote(nlp, text):
    assert [q for q in _quotes(nlp, text) if q.type == "direct"] == []


def test_title_cased_names_are_no_speech(nlp):
    text = ("“Kami panen dua kali setahun,” ujar Budi Santoso dalam webinar ”Strategi Pengembangan "
            "Kampung Hijau yang Bersih dan Sehat di Kota Bengkulu”.\n\n"
            "Dalam khotbah bertema ”Idul Fitri Momentum Berbagi”, Ahmad Fauzi menyampaikan pesan.")
    direct = [q.text for q in _quotes(nlp, text) if q.type == "direct"]
    assert direct == ["Kami panen dua kali setahun,"]


@pytest.mark.parametrize("text", [
    pytest.param("Banyak umat Muslim menilai jadwal itu terlalu dekat dengan hari raya.",
                 id="religion-word"),
    pytest.param("Hak itu dijamin undang-undang tentang Kemerdekaan Menyampaikan Pendapat warga negara.",
                 id="common-word-in-a-law-title"),
])
def test_capitalised_noun_ending_a_description_is_no_speaker(nlp, text):
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize("text,quote", [
    pytest.param("Acara dibuka dengan “doa bersama dan berlanjut.\n\nParagraf berikutnya biasa saja. "
                 "“Kami siap bekerja,” kata Budi.", "Kami siap bekerja,", id="unclosed-mid-paragraph"),
    pytest.param("“Kami tidak akan mundur dari rencana ini\n\nKepala Dinas Budi Santoso hadir. "
                 "“Kami siap bekerja,” kata Budi.", "Kami siap bekerja,", id="unclosed-paragraph-start"),
    pytest.param("Dia berkata ” lalu pergi.\n\n“Kami siap bekerja,” kata Budi.", "Kami siap bekerja,",
                 id="stray-closing-mark"),
])
def test_unbalanced_marks_stay_in_their_paragraph(nlp, text, quote):
    quotes = _quotes(nlp, text)
    paras = paragraphs(text)
    for q in quotes:
        assert any(a <= q.start and q.end <= b for a, b in paras), q
    start, end = _span(text, quote)
    assert any((q.start, q.end) == (start, end) and q.type == "direct" for q in quotes)


@pytest.mark.parametrize("text,regions", [
    pytest.param("“Satu,” kata A. “Dua,” kata B.", [(0, 6), (16, 21)], id="two-in-a-paragraph"),
    pytest.param("”Satu dua,” kata A.", [(0, 10)], id="kompas"),
    pytest.param("“Satu dua\n\nTiga", [(0, 9)], id="unclosed-opening-paragraph"),
    pytest.param("Ada “satu dua\n\nTiga", [], id="unclosed-mid-paragraph"),
    pytest.param("“Satu\n\n“Dua,” kata A.", [(0, 12)], id="reopened"),
])
def test_quote_regions(text, regions):
    got = [(r.open, r.close) for r in quote_regions(text, paragraphs(text))]
    assert got == regions


# The seed release: the three direct and three indirect quotes of ../shared/seed/expected.json.
SEED_QUOTES = [
    pytest.param("direct", "Saya ucapkan selamat. Ini menjadi salah satu kado 53 tahun Bumi Rafflesia",
                 687, "Rohidin Mersyah", "Gubernur Rohidin", "ungkap", id="seed-direct-1"),
    pytest.param("direct", "Semoga akurasi informasi yang kita sampaikan", 1246, "Rohidin Mersyah", "nya",
                 "pungkasnya", id="seed-direct-2-pungkasnya"),
    pytest.param("direct", "Semua kesuksesan ini tak lepas dari kerjasama", 2015, "Jaduliwan", "Jaduliwan",
                 "jelas", id="seed-direct-3"),
    pytest.param("indirect", "syukur atas diraihnya penghargaan tersebut", None, "Rohidin Mersyah",
                 "Gubernur Bengkulu Rohidin Mersyah", "menyampaikan", id="seed-indirect-syukur"),
    pytest.param("indirect", "apresiasi setinggi-tingginya", None, "Rohidin Mersyah", "Gubernur Rohidin",
                 "menyampaikan", id="seed-indirect-apresiasi"),
    pytest.param("indirect", "Pemprov Bengkulu melalui Diskominfotik terus berupaya", None, "Jaduliwan",
                 "Kadis Kominfotik Provinsi Bengkulu Jaduliwan", "disampaikan", id="seed-indirect-passive"),
]


@pytest.fixture(scope="module")
def seed_quotes(nlp):
    text = SEED.read_text(encoding="utf-8")
    return text, _quotes(nlp, text)


@pytest.mark.parametrize("kind,starts,start,name,mention,cue", SEED_QUOTES)
def test_seed(seed_quotes, kind, starts, start, name, mention, cue):
    text, quotes = seed_quotes
    at = text.index(starts)
    if start is not None:
        assert at == start
    found = [q for q in quotes if q.start == at]
    assert len(found) == 1
    q = found[0]
    assert (q.type, q.speaker.name, q.speaker.mention, q.cue.text) == (kind, name, mention, cue)
    assert q.speaker.title in ("Gubernur Bengkulu", "Kadis Kominfotik Provinsi Bengkulu")


def test_seed_has_six_quotes(seed_quotes):
    _, quotes = seed_quotes
    assert sorted(q.type for q in quotes) == ["direct"] * 3 + ["indirect"] * 3


def test_seed_direct_ends_with_comma_inside_marks(seed_quotes):
    text, quotes = seed_quotes
    first = [q for q in quotes if q.type == "direct"][0]
    assert (first.start, first.end) == (687, 913)
    assert first.text.endswith("publik,") and text[first.end] == "”"


def test_cues_file():
    rows = resources.tsv_records("cues.tsv")
    forms = [r["form"] for r in rows]
    assert len(forms) == len(set(forms))
    for r in rows:
        assert r["form"] == r["form"].strip().lower()
        assert r["voice"] in ("active", "passive", "bare", "prep")
        assert r["object"] in ("yes", "no", "marked", "clause")
        assert r["lemma"] and r["kind"]
        if r["voice"] == "passive":
            assert r["form"].startswith("di")
        if r["voice"] == "active":
            # meN-/ber- verbs; the others are predicates of belief ("optimis") and the colloquial
            # "bilang" (say), which takes no prefix.
            assert r["form"].startswith(("me", "ber")) or r["kind"] == "opinion" or r["form"] == "bilang"
            if not r["form"].startswith(("me", "ber")):
                assert r["form"] in ("optimis", "optimistis", "bilang")


def test_seed_quote_dates(seed_quotes):
    # The release reports one dated event, "Kamis (11/11)" (2021-11-11), so its statements
    # are dated to that day.
    _, quotes = seed_quotes
    assert [q.date for q in quotes] == ["2021-11-11"] * 6


ALPHABET = "ab Kata ujar“”\"‘’',.:\n"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(list(ALPHABET) + ["kata Budi", "ujarnya", "\n\n", "Bupati "]),
                max_size=60).map("".join))
def test_any_marks_never_crash_nor_leave_their_text(nlp, text):
    paras = paragraphs(text)
    for q in _quotes(nlp, text):
        assert 0 <= q.start < q.end <= len(text)
        first = [i for i, (a, b) in enumerate(paras) if a <= q.start <= b]
        last = [i for i, (a, b) in enumerate(paras) if a <= q.end <= b]
        assert first and last
        if first[0] != last[0]:
            # Only a quote reopened in the next paragraph runs over a paragraph break.
            assert q.type == "direct" and last[0] == first[0] + 1


def test_menurut_an_office_then_a_name_keeps_the_office(nlp):
    text = "Menurut Kepala Dinas Sosial Kota Bogor, Budi Santoso, bantuan tiba pekan depan."
    (q,) = [q for q in _quotes(nlp, text) if q.type == "indirect"]
    assert (q.speaker.name, q.speaker.title) == ("Budi Santoso", "Kepala Dinas Sosial Kota Bogor")


def test_menurut_an_office_alone_is_still_the_speaker(nlp):
    text = "Menurut Kepala Dinas Sosial, bantuan tiba pekan depan dari Jakarta."
    (q,) = [q for q in _quotes(nlp, text) if q.type == "indirect"]
    assert q.speaker.mention == "Kepala Dinas Sosial"
    assert q.text == "bantuan tiba pekan depan dari Jakarta"


def test_a_description_then_a_one_word_name_is_not_taken(nlp):
    # One word between commas may be a place or a short form: the rule wants two name words.
    text = "Menurut peneliti senior, Bogor, Jawa Barat, masih kekurangan air bersih tahun ini."
    assert not [q for q in _quotes(nlp, text) if q.speaker and q.speaker.name == "Bogor"]



@pytest.mark.parametrize("text,cue,quote", [
    pytest.param("Kepala Dinas Sosial Rina Lestari mengatakanh, bantuan tiba pekan depan di kantor desa.",
                 "mengatakanh", "bantuan tiba pekan depan di kantor desa", id="letter-added"),
    pytest.param("Sementara itu disampikan Kepala Dinas Sosial Rina Lestari, bantuan tiba pekan depan di kantor desa.",
                 "disampikan", "bantuan tiba pekan depan di kantor desa", id="letter-dropped"),
    pytest.param("Kepala Dinas Sosial Rina Lestari malaporkan bahwa bantuan tiba pekan depan di kantor desa.",
                 "malaporkan", "bantuan tiba pekan depan di kantor desa", id="letter-changed"),
])
def test_a_misspelt_cue_verb_is_read_as_the_listed_one(nlp, text, cue, quote):
    found = [q for q in _quotes(nlp, text) if q.text == quote]
    assert found and found[0].cue.text == cue
    assert found[0].speaker.name == "Rina Lestari"


def test_real_words_near_a_cue_are_no_typos():
    from pipeline.quotes import typo_cues

    # "menegakkan" (enforce) is one letter from "menegaskan", "memintai" is "meminta" + -i,
    # "mengajar" (teach) one from "mengajak": real words, not misspelt cues.
    text = "Polisi menegakkan aturan, memintai keterangan saksi dan mengajar warga; ia mengatakanh itu."
    assert typo_cues(text) == {"mengatakanh": "mengatakan"}


def test_thanks_keep_whom_they_thank(nlp):
    text = "Dalam sambutannya, Rina Lestari juga berterima kasih kepada para relawan, serta warga desa yang membantu."
    (q,) = _quotes(nlp, text)
    assert (q.type, q.speaker.name, q.cue.text) == ("indirect", "Rina Lestari", "berterima kasih")
    assert q.text == "para relawan, serta warga desa yang membantu"


def test_berdasarkan_keterangan_reads_like_menurut(nlp):
    text = "Kebakaran terjadi pukul 02.00 WIB. Berdasarkan keterangan Budi Santoso, api berasal dari dapur rumahnya."
    (q,) = _quotes(nlp, text)
    assert (q.type, q.speaker.name, q.text) == ("indirect", "Budi Santoso", "api berasal dari dapur rumahnya")


def test_berdasarkan_keterangan_of_a_common_noun_is_no_quote(nlp):
    text = "Berdasarkan keterangan warga sekitar, pelaku kabur ke arah utara kota."
    assert _quotes(nlp, text) == []


def test_a_degree_with_its_full_stop_before_the_verb(nlp):
    text = "Wakil Bupati Muara Enim, H. Rina Lestari, SH. menyampaikan persoalan hutan lindung masih sering ditebang warga."
    (q,) = _quotes(nlp, text)
    assert (q.type, q.speaker.name, q.speaker.title) == ("indirect", "Rina Lestari", "Wakil Bupati Muara Enim")


def test_an_office_pointed_at_with_itu_is_its_holder(nlp):
    text = ("”Program ini penting,” kata Sekretaris Komisi Fatwa MUI Budi Santoso.\n\n"
            "Lebih lanjut Sekretaris Komisi Fatwa MUI itu menyatakan fatwa baru akan terbit bulan depan.")
    q = [q for q in _quotes(nlp, text) if q.type == "indirect"][0]
    assert (q.speaker.name, q.speaker.mention) == ("Budi Santoso", "Sekretaris Komisi Fatwa MUI")
    assert q.text == "fatwa baru akan terbit bulan depan"


def test_a_short_form_ending_an_office_is_no_name(nlp):
    text = ("”Program ini penting,” kata Sekretaris Komisi Fatwa MUI Budi Santoso.\n\n"
            "Sekretaris Komisi Fatwa MUI menyatakan fatwa baru akan terbit bulan depan.")
    q = [q for q in _quotes(nlp, text) if q.type == "indirect"][0]
    assert q.speaker.name == "Budi Santoso"


@pytest.mark.parametrize("text,affiliation", [
    pytest.param("“Jalan harus aman,” kata Menteri Perhubungan Budi Santoso.", None, id="ministry-not-named"),
    pytest.param("Kementerian Perhubungan menyiapkan posko. “Jalan harus aman,” kata Menteri Perhubungan Budi "
                 "Santoso.", "Kementerian Perhubungan", id="ministry-named-in-full"),
    pytest.param("Kemenhub menyiapkan posko. “Jalan harus aman,” kata Menteri Perhubungan Budi Santoso.",
                 "Kemenhub", id="ministry-named-by-its-short-form"),
    pytest.param("Kementerian Perhubungan menyiapkan posko. “Jalan harus aman,” kata Wakil Menteri Perhubungan Budi "
                 "Santoso.", "Kementerian Perhubungan", id="deputy-minister-speaks-for-the-ministry"),
    pytest.param("“Jalan harus aman,” kata Wakil Menteri Perhubungan Budi Santoso.", None,
                 id="deputy-minister-ministry-not-named"),
    pytest.param("Kementerian PANRB menyiapkan posko. “Jalan harus aman,” kata Menteri Pendayagunaan Aparatur Negara dan "
                 "Reformasi Birokrasi (PANRB) Budi Santoso.", "Kementerian PANRB",
                 id="ministry-named-by-the-short-form-in-brackets"),
])
def test_a_minister_speaks_for_the_ministry_the_article_names(nlp, text, affiliation):
    q = _quotes(nlp, text)[-1]
    assert (q.speaker.name, q.speaker.affiliation) == ("Budi Santoso", affiliation)


def test_an_office_without_region_takes_the_region_of_the_article_head(nlp):
    text = ("Bupati Kaur Budi Santoso membuka acara itu.\n\n"
            "“Kami siap membantu,” kata Wakil Bupati Rina Lestari.")
    q = _quotes(nlp, text)[-1]
    assert (q.speaker.name, q.speaker.title, q.speaker.affiliation) == (
        "Rina Lestari", "Wakil Bupati", "Pemerintah Kabupaten Kaur")


def test_a_name_after_an_honorific_keeps_its_first_word(nlp):
    text = ("Gubernur Sumsel H Herman Santoso meninjau jembatan itu.\n\n"
            "“Kami siap,” kata Santoso.")
    q = _quotes(nlp, text)[-1]
    assert (q.speaker.name, q.speaker.title) == ("Herman Santoso", "Gubernur Sumsel")


@pytest.mark.parametrize("text,name,title", [
    pytest.param("“Kami ingin memajukan pendidikan,” ujar Founder Gerakan Desa Maju, Rina Lestari, Minggu.",
                 "Rina Lestari", "Founder Gerakan Desa Maju", id="english-title-then-comma-and-name"),
    pytest.param("“Kami siap,” kata Chief Executive Officer PT Maju Jaya, Budi Santoso.", "Budi Santoso",
                 "Chief Executive Officer PT Maju Jaya", id="english-title-with-a-company"),
])
def test_an_english_job_title_before_the_name(nlp, text, name, title):
    q = _quotes(nlp, text)[0]
    assert (q.speaker.name, q.speaker.title) == (name, title)


@pytest.mark.parametrize("text,name,title", [
    pytest.param("Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi Budi Santoso mengatakan, sekolah "
                 "sudah siap.", "Budi Santoso", "Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi",
                 id="ministry-of-single-words"),
    pytest.param("Menteri Desa, Pembangunan Daerah Tertinggal dan Transmigrasi Budi Santoso Wibowo "
                 "mengatakan, desa sudah siap.", "Budi Santoso Wibowo",
                 "Menteri Desa, Pembangunan Daerah Tertinggal dan Transmigrasi", id="ministry-item-of-several-words"),
    pytest.param("Kepala Dinas Pariwisata, Pemuda, dan Olahraga Kabupaten Sukamaju Budi Santoso mengatakan, "
                 "desa sudah siap.", "Budi Santoso",
                 "Kepala Dinas Pariwisata, Pemuda, dan Olahraga Kabupaten Sukamaju", id="office-with-region"),
])
def test_an_office_whose_unit_lists_its_portfolios(nlp, text, name, title):
    # "X, Y, dan Z": the comma-separated portfolios are one unit, read back from the verb.
    q = _quotes(nlp, text)[0]
    assert (q.speaker.name, q.speaker.title) == (name, title)


@pytest.mark.parametrize("subject", [
    pytest.param("Ketua DPP PKB ini", id="office-held-by-no-one-named-with-ini"),
    pytest.param("Ketua DPP PKB itu", id="office-held-by-no-one-named-with-itu"),
])
def test_a_subject_office_with_a_demonstrative_that_no_one_holds_points_back(nlp, subject):
    text = f"Ketua Banggar DPR Budi Santoso hadir di Jakarta. {subject} mengatakan pemerintah sudah bekerja keras."
    q = _quotes(nlp, text)[-1]
    assert (q.speaker.name, q.speaker.mention) == ("Budi Santoso", subject)


@pytest.mark.parametrize("adverb", ["mulanya", "awalnya", "kemudian", "bahkan"])
def test_an_adverb_between_the_subject_and_the_cue(nlp, adverb):
    text = f"Budi Santoso hadir di Jakarta. Budi {adverb} menjelaskan ada empat fokus pemerintah tahun ini."
    q = _quotes(nlp, text)[-1]
    assert (q.text, q.speaker.name, q.speaker.mention) == ("ada empat fokus pemerintah tahun ini", "Budi Santoso", "Budi")


@pytest.mark.parametrize("text, content, name", [
    pytest.param("Pihak kampus menegaskan, mahasiswa itu tidak meninggal karena tekanan skripsi.",
                 "mahasiswa itu tidak meninggal karena tekanan skripsi", "Pihak kampus", id="pihak-and-a-noun"),
    pytest.param("Di Sukamaju, pihak berwenang menyebut sekitar seribu orang berkumpul di alun-alun.",
                 "sekitar seribu orang berkumpul di alun-alun", "pihak berwenang", id="after-an-opening-phrase"),
    pytest.param("Para pedagang berharap harga cabai segera turun bulan depan.",
                 "harga cabai segera turun bulan depan", "Para pedagang", id="para-and-a-noun"),
    pytest.param("Budi Santoso hadir. Warga mengatakan banjir sudah surut sejak pagi tadi.",
                 "banjir sudah surut sejak pagi tadi", "Warga", id="capitalised-group-noun-opening-a-sentence"),
    pytest.param("Budi Santoso hadir. Warga juga meminta pemerintah memperbaiki jalan desa.",
                 "pemerintah memperbaiki jalan desa", "Warga", id="an-adverb-ends-the-group"),
    pytest.param("Budi Santoso hadir. Penyidik selanjutnya akan meminta keterangan saksi lain.",
                 "keterangan saksi lain", "Penyidik", id="adverbs-before-the-cue"),
])
def test_a_group_or_unnamed_side_speaks_as_written(nlp, text, content, name):
    q = _quotes(nlp, text)[-1]
    assert (q.type, q.text, q.speaker.name, q.speaker.mention, q.speaker.title, q.speaker.affiliation) == \
        ("indirect", content, name, name, None, None)


@pytest.mark.parametrize("after, name, mention", [
    ("kata para pengunjuk rasa", "para pengunjuk rasa", "para pengunjuk rasa"),
    ("ujar warga tersebut", "warga", "warga tersebut"),
    ("kata polisi kepada wartawan", "polisi", "polisi"),
])
def test_a_group_after_the_cue_speaks_as_written(nlp, after, name, mention):
    text = f"Ratusan orang berkumpul di depan kantor bupati. “Kami menolak kenaikan pajak,” {after}."
    q = _quotes(nlp, text)[-1]
    assert (q.speaker.name, q.speaker.mention) == (name, mention)


@pytest.mark.parametrize("subject", ["Petugas wajib", "Penumpang dilarang", "Warga diminta"])
def test_a_duty_or_a_request_is_no_statement(nlp, subject):
    text = f"Aturan baru berlaku hari ini. {subject} menyampaikan hasil tes kepada panitia."
    assert _quotes(nlp, text) == []


def test_a_pronoun_after_a_groups_statement_is_not_the_group():
    # A group's statement between a person's introduction and "-nya" leaves the pronoun to the
    # person, not to the speaker before the group (the whole pipeline: the entity stage tags her).
    import pipeline

    text = ("“Jalan menuju kota ramai sejak pagi,” kata Budi Santoso.\n\nRina Lestari (27), warga Desa "
            "Sukamaju, datang ke pos jaga. Di pos jaga, petugas meminta dia memperlihatkan kartu "
            "vaksin. “Kartu vaksin saya lengkap,” ujarnya.")
    quotes = pipeline.extract(text)["quotes"]
    assert [(q["text"], q["speaker"]["name"]) for q in quotes] == [
        ("Jalan menuju kota ramai sejak pagi,", "Budi Santoso"),
        ("dia memperlihatkan kartu vaksin", "petugas"),
        ("Kartu vaksin saya lengkap,", "Rina Lestari")]


@pytest.mark.parametrize("text, name, mention", [
    pytest.param("Kementerian Perhubungan (Kemenhub) mengatakan, pengeluaran transportasi naik tahun ini.",
                 "Kementerian Perhubungan", "Kementerian Perhubungan", id="institution-and-its-short-form"),
    pytest.param("Menteri Sosial Budi Santoso (Gus Budi) mengatakan bantuan sudah disalurkan ke seluruh desa.",
                 "Budi Santoso", "Menteri Sosial Budi Santoso", id="person-and-the-name-they-are-called-by"),
])
def test_a_bracket_between_the_subject_and_the_cue(nlp, text, name, mention):
    q = _quotes(nlp, text)[-1]
    assert (q.type, q.speaker.name, q.speaker.mention) == ("indirect", name, mention)


@pytest.mark.parametrize("opening", ["Lebih lanjut dijelaskan", "Diungkapkan", "Selain itu, ditambahkan"])
def test_a_passive_cue_with_no_agent_goes_on_with_the_speaker(nlp, opening):
    text = f"“Kami siap,” kata Budi Santoso.\n\n{opening}, aplikasi itu merupakan program jahat yang mencuri data."
    q = _quotes(nlp, text)[-1]
    assert (q.type, q.text, q.speaker.name) == ("indirect", "aplikasi itu merupakan program jahat yang mencuri data",
                                                "Budi Santoso")


def test_a_passive_cue_with_no_agent_and_no_one_before_names_no_one(nlp):
    q = _quotes(nlp, "Rapat itu berlangsung lama. Disampaikan, hasilnya akan diumumkan besok pagi.")
    assert [(x.text, x.speaker) for x in q] == [("hasilnya akan diumumkan besok pagi", None)]


@pytest.mark.parametrize("cue, title, unit_affiliation", [
    pytest.param("kata juru bicara KPK, Rina Wulandari", "juru bicara KPK", "KPK", id="office-comma-name"),
    pytest.param("kata juru bicara KPK Rina Wulandari", "juru bicara KPK", "KPK", id="office-and-name"),
    pytest.param("kata peneliti LIPI, Rina Wulandari", "peneliti LIPI", "LIPI", id="profession-comma-name"),
])
def test_an_office_in_lower_case_after_the_cue(nlp, cue, title, unit_affiliation):
    q = _quotes(nlp, f"“Kami akan memeriksa,” {cue}.")[0]
    assert (q.speaker.name, q.speaker.title, q.speaker.affiliation) == ("Rina Wulandari", title, unit_affiliation)


@pytest.mark.parametrize("text, title, affiliation", [
    pytest.param("“Kami siap,” ujar Budi Santoso, juru bicara KPK.", "juru bicara KPK", "KPK", id="after-a-cue"),
    pytest.param("Budi Santoso, juru bicara KPK, mengatakan pemeriksaan masih berjalan.", "juru bicara KPK", "KPK",
                 id="subject-in-apposition"),
    pytest.param("“Kami siap,” ujar Budi Santoso, kepala Dinas Sosial Kaur.", "kepala Dinas Sosial Kaur",
                 "Dinas Sosial Kaur", id="head-of-an-office"),
    pytest.param("“Kami siap,” ujar Budi Santoso, wakil rakyat dari Kaur.", None, None, id="no-office"),
    pytest.param("“Kami siap,” ujar Budi Santoso, wakil sekretaris jenderal WMO.", "wakil sekretaris jenderal WMO", "WMO",
                 id="deputy-prefix-in-lower-case"),
])
def test_an_office_in_lower_case_in_apposition_after_the_name(nlp, text, title, affiliation):
    q = _quotes(nlp, text)[0]
    assert (q.speaker.name, q.speaker.title, q.speaker.affiliation) == ("Budi Santoso", title, affiliation)


def test_a_mass_organisation_is_an_institution(nlp):
    q = _quotes(nlp, "“Usulan itu baik,” kata Ketua LHKP PP Muhammadiyah Budi Santoso.")[0]
    assert (q.speaker.name, q.speaker.title) == ("Budi Santoso", "Ketua LHKP PP Muhammadiyah")


@pytest.mark.parametrize("subject", [
    "Legislator yang membidangi urusan pertanian dan pangan itu",
    "Sementara itu, pria asal Sukamaju tersebut",
    "Aktris yang kini menetap di Bandung itu",
])
def test_a_described_person_pointed_at_before_the_cue_points_back(nlp, subject):
    text = f"Anggota DPRD Kaur Budi Santoso hadir di Medan.\n\n{subject} mengatakan pemerintah perlu menambah anggaran."
    q = _quotes(nlp, text)[-1]
    assert (q.speaker.name, q.speaker.mention) == ("Budi Santoso", subject.split(", ")[-1])


def test_a_time_before_a_demonstrative_is_no_description(nlp):
    quotes = _quotes(nlp, "Rina Lestari hadir.\n\nAnggota DPRD Kaur Budi Santoso kala itu menyoroti lambannya "
                          "pencairan dana desa.")
    assert all(q.speaker is None or q.speaker.mention != "Anggota DPRD Kaur Budi Santoso kala itu" for q in quotes)
    assert all(q.speaker is None or q.speaker.name != "Rina Lestari" for q in quotes)


def test_a_passive_cue_with_an_office_in_lower_case_names_its_holder(nlp):
    text = ("Polisi akan memeriksa rekaman kamera itu. Hal itu disampaikan komisioner Pengaduan "
            "Komnas HAM, Budi Santoso, setelah menghadiri gelar perkara. Selain itu, dia menyatakan akan mengumpulkan "
            "rekaman CCTV utuh.")
    q = _quotes(nlp, text)
    assert [(x.text, x.speaker.name, x.speaker.affiliation) for x in q] == [
        ("Polisi akan memeriksa rekaman kamera itu", "Budi Santoso", "Komnas HAM"),
        ("akan mengumpulkan rekaman CCTV utuh", "Budi Santoso", "Komnas HAM")]


def test_a_description_saying_who_the_subject_is_runs_on_to_the_verb(nlp):
    text = ("Rina Lestari hadir.\n\nAgung Pratama, salah satu pedagang yang hadir di pasar menuturkan, harga "
            "cabai perlu segera turun. Dia menyoroti soal pasokan yang dianggap belum lancar.")
    q = _quotes(nlp, text)
    assert [(x.text, x.speaker.name) for x in q] == [("harga cabai perlu segera turun", "Agung Pratama"),
                                                      ("pasokan yang dianggap belum lancar", "Agung Pratama")]


@pytest.mark.parametrize("opening", ["Ketiga", "Terbaru"])
def test_an_ordinal_or_adverb_before_a_description_is_no_subject(nlp, opening):
    q = _quotes(nlp, f"Rina Lestari hadir.\n\n{opening}, warga meminta perbaikan jalan desa di desa itu.")[-1]
    assert q.speaker is None or q.speaker.name != opening


def test_a_list_of_people_is_no_portfolio(nlp):
    q = _quotes(nlp, "Bupati Sukamaju Budi Santoso, Wakil Bupati Rina Lestari, dan Camat Andi Wijaya "
                     "mengatakan, desa sudah siap.")[0]
    assert q.speaker.name == "Andi Wijaya"


@pytest.mark.parametrize("cue,name", [
    pytest.param("kata doktor ekonomi pertanian itu", "Budi Santoso", id="profession-noun"),
    pytest.param("ujar pria kelahiran Sukamaju ini", "Budi Santoso", id="person-noun"),
    pytest.param("ujar ibu tiga anak itu", "Budi Santoso", id="family-role-noun"),
    # A resident is someone new, not the person before: the group as written (GUIDELINES 1.2).
    pytest.param("kata warga tersebut", "warga", id="a-resident-is-someone-new"),
    pytest.param("tulis dokumen tersebut", None, id="a-document-is-no-one"),
])
def test_a_description_closed_by_a_demonstrative_points_back(nlp, cue, name):
    text = f"Menurut Budi Santoso, partai makin jauh dari warga.\n\n“Ada jarak yang besar,” {cue}."
    q = _quotes(nlp, text)[-1]
    assert (q.speaker.name if q.speaker else None) == name
    if name:
        assert q.speaker.mention == cue.split(" ", 1)[1]


@pytest.mark.parametrize("cue,mention", [
    pytest.param("ujar pria yang akrab disapa Bud, saat dihubungi", "pria yang akrab disapa Bud",
                 id="called-name-closes-the-description"),
    pytest.param("kata pria yang biasa dipanggil Bud itu dalam jumpa pers", "pria yang biasa dipanggil Bud itu",
                 id="called-name-and-demonstrative"),
    pytest.param("kata pria asal Sukamaju itu dalam jumpa pers", "pria asal Sukamaju itu",
                 id="where-it-was-said-follows-the-demonstrative"),
])
def test_a_description_by_a_called_name_points_back(nlp, cue, mention):
    text = f"Menurut Budi Santoso, partai makin jauh dari warga.\n\n“Ada jarak yang besar,” {cue}."
    q = _quotes(nlp, text)[-1]
    assert (q.speaker.name, q.speaker.mention) == ("Budi Santoso", mention)


def test_a_description_followed_by_more_words_is_no_mention(nlp):
    text = "Menurut Budi Santoso, partai makin jauh dari warga.\n\n“Ada jarak,” kata pria itu menjawab pertanyaan."
    q = _quotes(nlp, text)[-1]
    assert q.speaker is None or q.speaker.mention != "pria itu"


@pytest.mark.parametrize("sep", ["\n\n", "\n"], ids=["blank-line-paragraphs", "a-paragraph-a-line"])
def test_a_subject_after_the_speakers_statement_in_its_paragraph_is_background(nlp, sep):
    # "Mengenai pasar ini, Bupati … mengeluarkan …" after Andi's statement, in its paragraph,
    # is what Andi speaks about; the next paragraph's "kata dia" is still Andi's.
    text = (f"Anggota DPRD Andi Wijaya menilai pasar belum tertata.{sep}Andi juga menyoroti penataan kios di "
            f"pasar. Mengenai pasar ini, Bupati Rudi Hartono mengeluarkan peraturan baru.{sep}"
            "“Pasar perlu ditata ulang,” kata dia.")
    assert _quotes(nlp, text)[-1].speaker.name == "Andi Wijaya"


def test_a_long_first_line_without_a_stop_is_the_lead_not_a_title(nlp):
    # A first line of more than twenty words is the lead, even when it ends without a stop;
    # the name and office it gives are read.
    text = ("Bupati Sukamaju Budi Santoso bertekad memotong rantai kemiskinan di desa. Budi juga mengingatkan para "
            "camat agar lebih memperhatikan kelompok yang disebutnya 'warga yang tak terlihat'\n"
            "Sebab banyak warga kurang bisa melihat masalah yang dihadapi warga tidak mampu.\n"
            "“Kita harus berani,” kata Budi saat membuka rapat.")
    q = _quotes(nlp, text)[-1]
    assert (q.speaker.name, q.speaker.title) == ("Budi Santoso", "Bupati Sukamaju")


def test_a_quote_without_a_cue_after_a_pronouns_statement_is_that_speakers(nlp):
    text = ("Peneliti Rina Lestari memaparkan hasil kajian cuaca.\nCuaca panas terjadi sepanjang pekan.\n"
            "Warga diimbau minum air yang cukup.\nSementara itu, ia mengingatkan pemerintah perlu turut andil.\n"
            "“Pemerintah diharapkan menyiapkan ruang teduh.”")
    assert _quotes(nlp, text)[-1].speaker.name == "Rina Lestari"


def test_an_office_before_the_name_vouches_for_a_name_the_model_tags_as_a_place(nlp):
    # The model may tag part of a person's name as a place ("Jaya Putra" as LOC); the office
    # written before it with a comma ("Pengacara Rina Lestari, Budi Hartono Jaya Putra") still
    # makes that person the subject whom "Ia" stands for.
    from spacy.tokens import Span

    text = ("“Berkas sudah lengkap,” ujar Kepala Seksi Pidana Umum Rudi Hartono.\n\n"
            "Pengacara Rina Lestari, Budi Hartono Jaya Putra, turut berkomentar mengenai berkas itu. "
            "Ia mengatakan, penyidik sudah bekerja secara profesional.")
    doc = nlp(text)
    at = text.index("Jaya Putra")
    doc.ents = [doc.char_span(at, at + len("Jaya Putra"), label="LOC")]
    q = find_quotes(doc)[-1]
    assert (q.speaker.name, q.speaker.mention) == ("Budi Hartono Jaya Putra", "Ia")


@pytest.mark.parametrize("office", ["Sejarawan Universitas Sukamaju", "Sejarawan Universitas Bina Karya"])
def test_an_office_never_named_speaks_past_the_place_after_it(office):
    # "Sejarawan Universitas X, Yogyakarta, mengatakan": the place between commas is where the
    # office works; the holder is never named (the entity stage tags the institution), so the
    # office is the name (guidelines 1.2), and the next "-nya" is the office's, not the
    # speaker's before it.
    import pipeline

    text = (f"“Kami siap,” kata Budi Santoso.\n\n{office}, Yogyakarta, mengatakan, pasar tradisional kota "
            "itu sudah berdiri sejak abad ke-19.\n\nBangunannya beberapa kali dipugar. “Pasar itu saksi "
            "sejarah kota,” katanya.")
    q = _quotes(pipeline.load(), text)
    assert [x.speaker.name for x in q] == ["Budi Santoso"] + [office] * 2
    assert q[1].speaker.affiliation == office.split(" ", 1)[1]


def test_a_profession_pointed_at_with_itu_is_the_person_before(nlp):
    text = ("“Kinerja menteri bisa diukur,” kata Budi Santoso.\n\nPolitisi Partai Amanat Nasional itu berpendapat "
            "penilaian kinerja menteri perlu ukuran yang jelas dan terbuka.")
    q = _quotes(nlp, text)[-1]
    assert (q.type, q.speaker.name, q.speaker.mention) == (
        "indirect", "Budi Santoso", "Politisi Partai Amanat Nasional itu")


def test_a_party_is_the_affiliation_as_written(nlp):
    q = _quotes(nlp, "“Ukurannya jelas,” kata Ketua Partai Golkar Rina Lestari.")[0]
    assert (q.speaker.name, q.speaker.title, q.speaker.affiliation) == (
        "Rina Lestari", "Ketua Partai Golkar", "Partai Golkar")


def test_the_gist_of_a_speech_after_degrees_with_full_stops(nlp):
    text = ("Selanjutnya Budi Santoso, SH., MH langsung menyampaikan sambutannya yang intinya mengatakan bahwa "
            "pada tanggal 9 Desember 2018 seluruh dunia memperingati hari antikorupsi.")
    q = _quotes(nlp, text)[0]
    assert (q.type, q.speaker.name, q.cue.text) == ("indirect", "Budi Santoso", "mengatakan")
    assert q.text == "pada tanggal 9 Desember 2018 seluruh dunia memperingati hari antikorupsi"


def test_an_acting_prefix_with_a_full_stop_stays_in_the_title(nlp):
    text = ("Ikrar dibacakan Plt. Kajari Muara Enim Budi Santoso, SH., MH yang diikuti oleh semua pejabat."
            "\n\nSelanjutnya Budi Santoso, SH., MH menyampaikan bahwa korupsi harus dilawan bersama.")
    q = _quotes(nlp, text)[-1]
    assert (q.speaker.name, q.speaker.title) == ("Budi Santoso", "Plt. Kajari Muara Enim")


def test_a_name_glued_to_the_next_sentence_at_its_full_stop(nlp):
    text = ("Kepala Dinas Sosial Budi Santoso hadir di balai desa.\n\n“Harus ada masa peralihan,” kata "
            "Budi.Dia menegaskan jadwal lomba tidak akan diubah lagi.")
    q = _quotes(nlp, text)
    assert [(x.type, x.speaker.name) for x in q] == [("direct", "Budi Santoso"), ("indirect", "Budi Santoso")]
    assert q[0].speaker.mention == "Budi"


def test_an_adverb_before_a_passive_agent(nlp):
    text = "Panitia menunda lomba perahu hias sampai pekan depan. Hal itu disampaikan langsung oleh Ketua Panitia, Budi Santoso."
    q = _quotes(nlp, text)[0]
    assert (q.speaker.name, q.text) == ("Budi Santoso", "Panitia menunda lomba perahu hias sampai pekan depan")


def test_a_numbered_school_then_its_place_then_a_name_of_one_word(nlp):
    q = _quotes(nlp, "“Kami belum menerima laporan itu,” ujar Kepala SMAN 1 Sukamaju, Sutarno di sekolah.")[0]
    assert (q.speaker.name, q.speaker.title) == ("Sutarno", "Kepala SMAN 1 Sukamaju")


def test_menurut_an_english_job_title_then_the_name_the_model_tags():
    import pipeline

    text = ("Menurut Head of Research at PT Sinar Investa Utama Budi Santoso, calon investor perlu memahami "
            "legalitas lembaga.")
    q = _quotes(pipeline.load(), text)[0]
    assert (q.speaker.name, q.speaker.mention) == (
        "Budi Santoso", "Head of Research at PT Sinar Investa Utama Budi Santoso")
    assert q.text == "calon investor perlu memahami legalitas lembaga"


def test_menurut_an_english_job_title_with_no_name_tagged_is_no_quote(nlp):
    # The stage alone tags no person: the capitalised run is not split by guesswork.
    assert _quotes(nlp, "Menurut Head of Research at PT Sinar Investa Utama Budi Santoso, calon investor "
                        "perlu memahami legalitas lembaga.") == []


def test_menurut_an_english_job_title_then_a_comma_and_the_name(nlp):
    q = _quotes(nlp, "Menurut Head of Research PT Sinar Abadi, Budi Santoso, calon investor perlu memahami "
                     "legalitas lembaga.")[0]
    assert (q.speaker.name, q.speaker.title) == ("Budi Santoso", "Head of Research PT Sinar Abadi")
    assert q.text == "calon investor perlu memahami legalitas lembaga"


def test_an_english_title_and_a_web_address_then_the_name(nlp):
    q = _quotes(nlp, "“Banyak peluang bagi anak muda,” kata Head of Startupmaju.co Budi Santoso.")[0]
    assert (q.speaker.name, q.speaker.title) == ("Budi Santoso", "Head of Startupmaju.co")


def test_a_place_before_a_clause_is_no_subject(nlp):
    # The clause after "Eropa," goes on the sentence ("kini …"); it describes nobody.
    assert _quotes(nlp, "Dulu tunduk pada Eropa, kini para pemimpin duduk sejajar, berbicara tentang perdamaian dunia.") == []


def test_the_holder_of_a_bare_office_takes_its_fuller_form_in_the_article(nlp):
    text = ("“Kami siap,” kata Sekretaris Daerah Budi Santoso.\n\n"
            "Permintaan maaf disampaikan kepada Sekretaris Daerah Kabupaten Kaur yang hadir.")
    q = _quotes(nlp, text)[0]
    assert (q.speaker.name, q.speaker.title, q.speaker.affiliation) == (
        "Budi Santoso", "Sekretaris Daerah Kabupaten Kaur", "Pemerintah Kabupaten Kaur")


def test_the_article_expansion_of_an_institution_with_its_region_written_in_full(nlp):
    text = ("Lembaga Penjamin Mutu (LPM) Provinsi Kalimantan Timur (Kaltim) menggelar penilaian.\n\n"
            "“Kami siap,” kata Ketua LPM Provinsi Kaltim Budi Santoso.")
    q = _quotes(nlp, text)[-1]
    assert (q.speaker.name, q.speaker.affiliation) == ("Budi Santoso", "Lembaga Penjamin Mutu Provinsi Kalimantan Timur")


def test_an_office_without_region_or_head_takes_the_first_region_of_its_level(nlp):
    text = "Rapat digelar di Kabupaten Kaur dan Kabupaten Seluma. “Kami siap membantu,” kata Wakil Bupati Rina Lestari."
    q = _quotes(nlp, text)[-1]
    assert (q.speaker.name, q.speaker.affiliation) == ("Rina Lestari", "Pemerintah Kabupaten Kaur")


def test_a_bracketed_year_is_no_age(nlp):
    assert _quotes(nlp, "Hartono (2004) menegaskan bahwa petani kecil perlu akses kredit yang adil.") == []
    assert _quotes(nlp, "Hartono (58) menegaskan bahwa petani kecil perlu akses kredit yang adil.") != []


def test_a_thing_pointed_at_with_itu_is_no_speaker(nlp):
    assert _quotes(nlp, "Program itu menyatakan bahwa semua warga berhak atas bantuan sosial dari desa.") == []


@pytest.mark.parametrize("text", [
    "Ditegaskan pula oleh Kepala Dinas Sosial Rina Lestari, bantuan akan tiba pekan depan di desa.",
    "Disampaikan juga Kepala Dinas Sosial Rina Lestari, bantuan akan tiba pekan depan di desa.",
    "Dijelaskan lebih lanjut oleh Kepala Dinas Sosial Rina Lestari, bantuan akan tiba pekan depan di desa.",
])
def test_a_passive_cue_agent_after_an_adverb(nlp, text):
    (q,) = _quotes(nlp, text)
    assert (q.speaker.name, q.text) == ("Rina Lestari", "bantuan akan tiba pekan depan di desa")


def test_two_offices_joined_by_a_slash_are_one_title(nlp):
    text = "”Sekolah dibuka bulan depan,” kata Kepala Dinas Pendidikan/Plt Kepala Dinas Sosial Budi Santoso Wibowo."
    (q,) = _quotes(nlp, text)
    assert q.speaker.name == "Budi Santoso Wibowo"
    assert q.speaker.title == "Kepala Dinas Pendidikan/Plt Kepala Dinas Sosial"


@pytest.mark.parametrize("office,name", [
    ("Kepala Taman Margasatwa Ragunan", "Rina Lestari"),
    ("Kepala Terminal Terpadu Pulo Gebang", "Budi Santoso Pasaribu"),
    ("Kepala Puskesmas Sukamaju", "Dewi Lestari"),
])
def test_a_facility_kind_before_its_place(nlp, office, name):
    (q,) = _quotes(nlp, f"”Layanan dibuka lagi pekan depan,” kata {office} {name}.")
    assert (q.speaker.name, q.speaker.title) == (name, office)


@pytest.mark.parametrize("office", ["Wakil Kepala Dinas Sosial", "Wakil Rektor Universitas Andalas", "Wakil Sekretaris Daerah Kota Bogor"])
def test_a_deputy_keeps_wakil_in_the_title(nlp, office):
    (q,) = _quotes(nlp, f"{office} Budi Santoso mengatakan, kegiatan dimulai pekan depan di kota.")
    assert (q.speaker.name, q.speaker.title) == ("Budi Santoso", office)


def test_a_deputy_named_by_office_is_not_the_head(nlp):
    text = ("”Bantuan tiba,” kata Kepala Dinas Sosial Budi Santoso.\n\n"
            "”Data sudah lengkap,” kata Wakil Kepala Dinas Sosial.")
    quotes = _quotes(nlp, text)
    assert quotes[1].speaker.name != "Budi Santoso"
    assert quotes[1].speaker.title == "Wakil Kepala Dinas Sosial"


def test_a_name_with_its_office_in_apposition_opens_the_paragraph(nlp):
    # The rules-only stage has no PER span for the name; the office in apposition is enough.
    text = ("Warga mengeluhkan jalan rusak. ”Sudah lama tidak diperbaiki,” kata Budi.\n\n"
            "Sutarmin Wiryo, Wali Kota Bogor, yang dihubungi, juga mengakui kerusakan jalan itu. "
            "”Perbaikan dimulai bulan depan,” katanya.")
    q = [q for q in _quotes(nlp, text) if q.text.startswith("Perbaikan")][0]
    assert (q.speaker.name, q.speaker.title) == ("Sutarmin Wiryo", "Wali Kota Bogor")


def test_a_listed_place_before_an_office_is_no_person(nlp):
    text = "Pulo Gebang, Kepala Desa Budi Santoso mengatakan bantuan tiba pekan depan di balai desa."
    assert all(q.speaker.name != "Pulo Gebang" for q in _quotes(nlp, text) if q.speaker)


def test_hal_itu_with_the_clitic_agent_points_back_to_the_sentence_before(nlp):
    text = ("Bupati Banyumas Rina Lestari meresmikan pasar baru di pusat kota. Anggaran daerah tahun ini "
            "naik sepuluh persen dibanding tahun lalu. Hal itu dikatakannya dalam rapat paripurna DPRD "
            "Kabupaten Banyumas, Senin (4/3).")
    q = _quotes(nlp, text)
    assert [(x.type, x.text, x.cue.text) for x in q] == [
        ("indirect", "Anggaran daerah tahun ini naik sepuluh persen dibanding tahun lalu", "dikatakannya")]
    assert q[0].speaker.name == "Rina Lestari" and q[0].speaker.mention == "nya"


def test_hal_itu_with_oleh_and_the_clitic_points_back_to_the_sentence_before(nlp):
    text = ("Bupati Banyumas Rina Lestari meresmikan pasar baru di pusat kota. Anggaran daerah tahun ini "
            "naik sepuluh persen dibanding tahun lalu. Hal tersebut diungkapkan olehnya seusai rapat paripurna.")
    q = _quotes(nlp, text)
    assert [(x.type, x.text, x.cue.text) for x in q] == [
        ("indirect", "Anggaran daerah tahun ini naik sepuluh persen dibanding tahun lalu", "diungkapkan")]
    assert q[0].speaker.name == "Rina Lestari" and q[0].speaker.mention == "nya"


def test_a_page_line_is_no_sentence_to_point_back_to(nlp):
    text = ("Bupati Banyumas Rina Lestari meresmikan pasar baru di pusat kota. Anggaran daerah tahun ini "
            "naik sepuluh persen dibanding tahun lalu.\nSCROLL TO CONTINUE WITH CONTENT\nHal tersebut "
            "disampaikan Rina Lestari usai rapat paripurna.")
    q = _quotes(nlp, text)
    assert [x.text for x in q] == ["Anggaran daerah tahun ini naik sepuluh persen dibanding tahun lalu"]


def test_a_common_word_after_a_comma_is_a_name_of_the_article():
    import pipeline

    # "dini" is a common word ("dini hari"); after a comma, a name the article gives in full.
    text = ("Pedagang pasar bernama Dini Rahmawati Putri membuka lapak baru di Sukamaju pekan ini. Saat ditemui di "
            "pasar, Dini mengaku harga sayur naik dua kali lipat sejak Senin.")
    q = pipeline.extract(text)["quotes"]
    assert [(x["text"], x["speaker"]["name"]) for x in q] == [
        ("harga sayur naik dua kali lipat sejak Senin", "Dini Rahmawati Putri")]


def test_menurut_a_statement_noun_and_a_group():
    import pipeline

    text = "Kasus itu terungkap pekan lalu.\n\nMenurut pengakuan korban, pelaku mengambil dompetnya di pasar."
    q = pipeline.extract(text)["quotes"]
    assert [(x["text"], x["speaker"]["name"], x["cue"]["text"]) for x in q] == [
        ("pelaku mengambil dompetnya di pasar", "korban", "Menurut")]


@pytest.mark.parametrize("text, content, name", [
    # "sebenarnya" between the subject and the verb.
    ("Wali Kota Sukamaju Rina Wulandari hadir.\n\nRina Wulandari sebenarnya berharap harga pupuk bisa turun "
     "tahun depan.", "harga pupuk bisa turun tahun depan", "Rina Wulandari"),
    # "Menurut" a name, then where it was said before the comma.
    ("Menurut Kepala Dinas Pertanian Budi Santoso dalam rapat bersama DPRD Sukamaju, harga gabah akan naik "
     "bulan depan.", "harga gabah akan naik bulan depan", "Budi Santoso"),
    # The organisers, unnamed, speak as written.
    ("Aksi itu digelar serentak. Menurut data panitia, penyelenggara mengatakan ribuan orang hadir di alun-alun "
     "kota.", "ribuan orang hadir di alun-alun kota", "penyelenggara"),
])
def test_adverbs_occasions_and_organisers(text, content, name):
    import pipeline

    q = pipeline.extract(text)["quotes"][-1]
    assert (q["text"], q["speaker"]["name"]) == (content, name)


def test_a_clause_in_the_future_with_bakal_is_a_statement(nlp):
    text = "Bupati Banyumas Rina Lestari memastikan pihaknya bakal terus mendukung para petani di desa."
    q = _quotes(nlp, text)
    assert [(x.type, x.text, x.cue.text) for x in q] == [
        ("indirect", "pihaknya bakal terus mendukung para petani di desa", "memastikan")]


@pytest.mark.parametrize("text, name", [
    pytest.param("Semarang – Gubernur Jawa Tengah, H.Rudi Budi Santoso,S.TP,MA melakukan pertemuan dengan "
                 "pihak kementerian.\n\nUsai pertemuan, Gubernur Budi mengemukakan, pertemuan itu membahas "
                 "pembangunan pelabuhan baru di pantai utara.", "Rudi Budi Santoso", id="H.-glued"),
    pytest.param("Gubernur Jawa Tengah Dr.Drs.H.Agus Salim M.Hum mengajak semua pihak untuk bersama-sama "
                 "mencegah narkoba.", "Agus Salim", id="chain-glued-and-degree-before-verb"),
    pytest.param("Kepala Dinas Sosial Jawa Tengah, Drs. Rina Lestari, MM. juga menyampaikan bahwa pemerintah "
                 "telah membentuk tim terpadu.", "Rina Lestari", id="degree-full-stop-before-adverb"),
])
def test_honorifics_and_degrees_glued_to_a_name(nlp, text, name):
    q = _quotes(nlp, text)
    assert [(x.type, x.speaker.name) for x in q] == [("indirect", name)]


def test_a_short_form_that_is_no_degree_stays_the_subject(nlp):
    q = _quotes(nlp, "Ketua MA mengatakan bahwa pemerintah telah membentuk tim terpadu untuk kasus itu.")
    assert [(x.type, x.speaker.mention) for x in q] == [("indirect", "Ketua MA")]


@pytest.mark.parametrize("text, content, mention", [
    pytest.param("Menteri Perhubungan Budi Santoso meninjau terminal bus di Semarang.\n\nMenurut Menhub sepeda "
                 "motor masih digemari untuk mudik karena murah dan lincah.",
                 "sepeda motor masih digemari untuk mudik karena murah dan lincah", "Menhub", id="opening"),
    pytest.param("Angka itu menurut Rina Lestari sudah mencapai kemajuan yang cukup bagus tahun ini.",
                 "Angka itu menurut Rina Lestari sudah mencapai kemajuan yang cukup bagus tahun ini",
                 "Rina Lestari", id="inside-a-sentence"),
    pytest.param("Pembangunan tersebut adalah pembangunan bandara baru yang menurut Budi Santoso sudah ada "
                 "investornya.", "sudah ada investornya", "Budi Santoso", id="after-yang"),
])
def test_menurut_without_a_comma_after_the_speaker(nlp, text, content, mention):
    q = _quotes(nlp, text)
    assert [(x.type, x.text, x.speaker.mention, x.cue.text.lower()) for x in q] == [
        ("indirect", content, mention, "menurut")]


@pytest.mark.parametrize("text", [
    "Menurut Budi Santoso dari Universitas Maju harga beras naik tajam bulan ini.",
    "Menurut data BPS harga beras naik tajam bulan ini.",
])
def test_menurut_without_a_comma_before_no_content(nlp, text):
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize("text, content, cue", [
    pytest.param("Namun Rina Lestari menyayangkan masih adanya korban kecelakaan pada angkutan lebaran tahun ini.",
                 "masih adanya korban kecelakaan pada angkutan lebaran tahun ini", "menyayangkan", id="menyayangkan"),
    pytest.param("Menteri Perhubungan Budi Santoso optimis pelabuhan baru itu selesai tepat waktu tahun depan.",
                 "pelabuhan baru itu selesai tepat waktu tahun depan", "optimis", id="optimis"),
    pytest.param("Bupati Banyumas Rina Lestari memberikan apresiasi kepada petugas kebersihan yang bekerja di hari libur.",
                 "petugas kebersihan yang bekerja di hari libur", "memberikan apresiasi", id="memberikan-apresiasi"),
    pytest.param("Bupati Banyumas Rina Lestari menyambut baik rencana pembangunan pasar induk di kota itu.",
                 "rencana pembangunan pasar induk di kota itu", "menyambut baik", id="menyambut-baik"),
    pytest.param("Budi Santoso mengungkap, ada beberapa kesulitan dalam memberhentikan pegawai yang bolos.",
                 "ada beberapa kesulitan dalam memberhentikan pegawai yang bolos", "mengungkap", id="mengungkap"),
    pytest.param("Rina Lestari secara khusus mencatat bahwa pabrik itu siap memasok mesin ke Indonesia.",
                 "pabrik itu siap memasok mesin ke Indonesia", "mencatat", id="mencatat-bahwa"),
    pytest.param("Rina Lestari melanjutkan, pembangunan jalan desa akan dimulai pekan depan.",
                 "pembangunan jalan desa akan dimulai pekan depan", "melanjutkan", id="melanjutkan-comma"),
    pytest.param("Anggota dewan itu, Rina Lestari, memandang bahwa program itu investasi jangka panjang.",
                 "program itu investasi jangka panjang", "memandang", id="memandang-bahwa"),
    pytest.param("Kapolres Sukamaju Budi Santoso membenarkan adanya penangkapan dua pelaku pencurian itu.",
                 "adanya penangkapan dua pelaku pencurian itu", "membenarkan", id="membenarkan"),
    pytest.param("Rina Lestari membantah bahwa dana bantuan itu dipakai untuk kepentingan pribadi.",
                 "dana bantuan itu dipakai untuk kepentingan pribadi", "membantah", id="membantah-bahwa"),
    pytest.param("Budi Santoso mempertanyakan dampak kebijakan itu bagi para pedagang kecil di pasar.",
                 "dampak kebijakan itu bagi para pedagang kecil di pasar", "mempertanyakan", id="mempertanyakan"),
    pytest.param("Rina Lestari mengkritik, anggaran itu terlalu kecil untuk memperbaiki jalan desa.",
                 "anggaran itu terlalu kecil untuk memperbaiki jalan desa", "mengkritik", id="mengkritik-comma"),
    pytest.param("Rina Lestari memastikan, pengendalian harga dilakukan sepanjang tahun di semua pasar.",
                 "pengendalian harga dilakukan sepanjang tahun di semua pasar", "memastikan", id="memastikan-comma"),
    pytest.param("Budi Santoso mewanti-wanti seluruh pegawai agar tidak menerima suap dalam bentuk apa pun.",
                 "seluruh pegawai agar tidak menerima suap dalam bentuk apa pun", "mewanti-wanti", id="mewanti-wanti"),
])
def test_later_cue_verbs(nlp, text, content, cue):
    q = _quotes(nlp, text)
    assert [(x.type, x.text, x.cue.text) for x in q] == [("indirect", content, cue)]


@pytest.mark.parametrize("text", [
    "Sekda Provinsi Jawa Tengah Budi Santoso melanjutkan inspeksi mendadak kedisiplinan pegawai di hari kedua.",
    "Usai makan siang, Bupati bersama rombongan melanjutkan ke pantai untuk meninjau perahu nelayan.",
    "Rina Lestari memandang langit yang mendung dari jendela kantornya di lantai tiga.",
    "Warga mengkritik kebijakan itu di media sosial sejak pekan lalu dan menuntut perubahan.",
    "Petugas memastikan keamanan di lokasi tetap terjaga selama acara berlangsung hingga malam.",
])
def test_melanjutkan_without_a_comma_or_bahwa_is_no_speech(nlp, text):
    assert _quotes(nlp, text) == []


def test_a_short_form_tagged_as_an_institution_after_an_office_is_no_name():
    import pipeline

    text = ("Sekda Provinsi Jawa Tengah Budi Santoso melanjutkan inspeksi mendadak ke dinas-dinas, Selasa (7/5).\n\n"
            "Dinas yang pertama kali disisir rombongan Sekda, BKD dan Inspektorat adalah Dinas Sosial. Sambil "
            "menunggu daftar absensi dikumpulkan, Sekda melakukan sosialisasi kepada pegawai.\n\n"
            "Menurutnya kelengkapan seragam penting sebagai bentuk integritas pegawai.")
    nlp = pipeline.load()
    quotes = nlp(text)._.quotes
    assert [(q.type, q.speaker.name) for q in quotes] == [("indirect", "Budi Santoso")]


@pytest.mark.parametrize("text", [
    "Tahun ini Bank Maju Jaya mencatat laba bersih sebesar Rp 2 triliun dari kredit usaha kecil.",
    "Polisi Sukamaju mengungkap peredaran narkoba di tiga kecamatan sepanjang bulan lalu.",
])
def test_mencatat_and_mengungkap_with_an_object_are_no_speech(nlp, text):
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize("text, name, title", [
    pytest.param("Jambi - Gubernur Jambi Dr.Drs.H.Rudi Hartono M.Hum mengajak semua pihak untuk bersama-sama "
                 "mencegah narkoba.", "Rudi Hartono", "Gubernur Jambi", id="honorifics-glued-to-each-other"),
    pytest.param("Menurut Kapusbang Litprof Rina Lestari, salah satu faktor keberhasilan adalah kerja keras.",
                 "Rina Lestari", "Kapusbang Litprof", id="kapusbang"),
    pytest.param("Dirjen Bina Marga Rudi Hartono mengatakan jalan tol siap dilalui pemudik pada musim libur Natal.",
                 "Rudi Hartono", "Dirjen Bina Marga", id="bina-marga"),
    pytest.param("Pada kesempatan yang sama Bupati Banyumas Drs. H. Rudi Hartono, MS memberikan apresiasi kepada "
                 "petugas kebersihan yang bekerja di hari libur.", "Rudi Hartono", "Bupati Banyumas", id="degree-MS"),
])
def test_later_offices_honorifics_and_degrees(nlp, text, name, title):
    q = _quotes(nlp, text)
    assert [(x.speaker.name, x.speaker.title) for x in q] == [(name, title)]


def test_a_ministry_written_as_kementerian_and_its_short_form():
    import pipeline

    text = ("Jakarta, Kominfo – Pemerintah mendorong digitalisasi penyiaran. Menteri Komunikasi dan Informatika "
            "Budi Santoso menyatakan saat ini lembaga penyiaran harus beralih ke teknologi digital.\n\n"
            "Sementara, Menteri Kominfo menegaskan Pemerintah, khususnya Kementerian Kominfo tengah mengantar "
            "percepatan migrasi digital.")
    quotes = _quotes(pipeline.load(), text)
    assert [q.speaker.affiliation for q in quotes] == ["Kementerian Kominfo"] * 2


def test_an_office_with_the_region_in_full_is_held_by_the_one_named_with_its_short_form(nlp):
    text = ("Penandatanganan dilakukan langsung oleh Bupati Tanjab Timur, Rina Lestari, dan perwakilan perusahaan.\n\n"
            "Sementara itu, Bupati Tanjung Jabung Timur mengapresiasi bantuan perusahaan untuk nelayan di daerahnya.")
    q = _quotes(nlp, text)
    assert [(x.speaker.name, x.speaker.mention) for x in q] == [("Rina Lestari", "Bupati Tanjung Jabung Timur")]


def test_a_straight_closing_mark_glued_to_the_cue_closes_the_quote(nlp):
    text = ('"Kami memberikan apresiasi kepada semua pihak yang membantu mudik lebaran tahun ini, "ujar Rina '
            'Lestari.\n\n"Kata dia, jalan itu sudah siap," tambahnya.')
    q = _quotes(nlp, text)
    assert [(x.type, x.text, x.cue.text) for x in q][:1] == [
        ("direct", "Kami memberikan apresiasi kepada semua pihak yang membantu mudik lebaran tahun ini,", "ujar")]
    assert q[0].speaker.name == "Rina Lestari"


@pytest.mark.parametrize("text", [
    "Rina Lestari kembali membacakan sambutan yang disampaikannya saat membuka pameran tahun lalu.",
    "Angka panen yang dilaporkan Dinas Pertanian berbeda dengan catatan kelompok tani di desa itu.",
    "Para pedagang setuju dengan usul yang disampaikan Rina Lestari dalam rapat di balai desa.",
    "Keuntungan petani bisa naik menjadi 30 persen, seperti yang disebutkan pihak Dinas Pertanian Banyumas, maka "
    "perbaikan jalan desa jadi kunci.",
])
def test_a_passive_cue_in_a_relative_clause_names_a_statement_and_reports_none(nlp, text):
    assert _quotes(nlp, text) == []


def test_a_passive_cue_after_yang_then_a_comma_reports_what_follows(nlp):
    text = ("Pada kesempatan itu, tidak banyak yang disampaikan Gubernur Jawa Tengah, dirinya hanya meminta agar "
            "korban bangkit dari musibah.")
    q = _quotes(nlp, text)
    assert [(x.text, x.cue.text) for x in q] == [
        ("dirinya hanya meminta agar korban bangkit dari musibah", "disampaikan")]


def test_a_similar_explanation_points_back_like_hal_senada(nlp):
    text = ("Program itu dinilai berhasil menurunkan angka kemiskinan di desa. Penjelasan serupa disampaikan "
            "Rina Lestari, peneliti Universitas Maju, dalam diskusi yang sama.")
    q = _quotes(nlp, text)
    assert [(x.text, x.speaker.name) for x in q] == [
        ("Program itu dinilai berhasil menurunkan angka kemiskinan di desa", "Rina Lestari")]


@pytest.mark.parametrize("text", [
    "Rina Lestari hadir dalam sidang itu. Dokumen tersebut menyebutkan bahwa lahan itu milik negara sejak lama.",
])
def test_a_thing_named_with_a_demonstrative_is_the_subject_and_no_speaker(nlp, text):
    assert _quotes(nlp, text) == []


def test_a_thing_named_with_a_demonstrative_after_menurut_and_an_occasion():
    import pipeline

    # "aturan ini menjelaskan" names no speaker; the sentence is what "Menurut" attributes, the
    # occasion ("dalam kajiannya …") between the name and the comma.
    text = ("Menurut Dr. Rina Lestari dalam kajiannya tentang hukum adat, aturan ini menjelaskan tata cara membagi "
            "warisan di desa itu.")
    q = pipeline.extract(text)["quotes"]
    assert [(x["text"], x["cue"]["text"], x["speaker"]["name"]) for x in q] == [
        ("aturan ini menjelaskan tata cara membagi warisan di desa itu", "Menurut", "Rina Lestari")]


def test_menulis_reports_writing_only_before_a_comma_or_bahwa(nlp):
    q = _quotes(nlp, "Dalam akun Instagramnya, Rina Lestari menulis, jalan desa itu akan diperbaiki pekan depan.")
    assert [(x.text, x.speaker.name) for x in q] == [("jalan desa itu akan diperbaiki pekan depan", "Rina Lestari")]
    assert _quotes(nlp, "Rina Lestari menulis buku tentang sejarah desa itu pada tahun lalu.") == []


def test_a_noun_pointed_at_before_a_passive_cue_points_back(nlp):
    text = ("Koperasi dan pemerintah desa sepakat membangun gudang beras baru di Sukamaju tahun depan. Kesepakatan "
            "itu disampaikan Bupati Banyumas Rina Lestari, saat rapat anggota di balai desa, Kamis (9/10/2025).")
    q = _quotes(nlp, text)
    assert [(x.text, x.speaker.name) for x in q] == [
        ("Koperasi dan pemerintah desa sepakat membangun gudang beras baru di Sukamaju tahun depan", "Rina Lestari")]


def test_sementara_itu_before_a_passive_cue_is_a_connective_not_a_pointer(nlp):
    text = "Sementara itu disampaikan Kepala Dinas Sosial Rina Lestari, bantuan tiba pekan depan di kantor desa."
    q = _quotes(nlp, text)
    assert [(x.text, x.speaker.name) for x in q] == [("bantuan tiba pekan depan di kantor desa", "Rina Lestari")]


def test_a_news_site_teaser_line_lends_no_word_to_a_name():
    import pipeline

    text = ("Gubernur Sutarno melantik 300 pejabat baru di Semarang. Dia menekankan kepada para pejabat untuk "
            "bekerja jujur dan melayani warga.\n\nSimak juga Video Sutarno: Pejabat Harus Jujur dan Melayani\n")
    quotes = _quotes(pipeline.load(), text)
    assert [(q.type, q.speaker.name) for q in quotes] == [("indirect", "Sutarno")]


def test_mereka_stands_for_an_institution_named_before_or_no_one(nlp):
    text = ("Bupati Banyumas Rina Lestari meninjau pasar. Para pedagang mengeluhkan harga sewa kios. Mereka "
            "berharap sewa kios diturunkan tahun depan.")
    q = _quotes(nlp, text)
    assert [(x.text, x.speaker) for x in q] == [("sewa kios diturunkan tahun depan", None)]
    text = ("Badan Eksekutif Mahasiswa Universitas Maju juga meminta pemerintah mengevaluasi program itu. Mereka "
            "mengatakan anggaran program harus diawasi secara terbuka.")
    q = _quotes(nlp, text)
    assert [(x.speaker.name, x.speaker.mention) for x in q][1:] == [
        ("Badan Eksekutif Mahasiswa Universitas Maju", "Mereka")]


@pytest.mark.parametrize("text, name", [
    pytest.param("\"Kami ingin harga beras kembali normal,\" kata Walkot Rudi di Semarang, Senin (3/3/2025).",
                 "Rudi", id="walkot"),
    pytest.param("\"Kami terus memantau kondisi warga,\" kata pihak Kedutaan Besar RI di Thailand melalui siaran pers.",
                 "Kedutaan Besar RI", id="pihak-institution"),
    pytest.param("\"Kami terus memantau kondisi warga,\" kata KBRI Canberra melalui siaran pers, Sabtu (4/3).",
                 "KBRI Canberra", id="kbri-and-its-city"),
])
def test_later_after_cue_speakers(nlp, text, name):
    assert [q.speaker.name for q in _quotes(nlp, text)] == [name]


def test_menurut_an_office_then_its_holder_runs_into_the_content():
    import pipeline

    text = "Menurut Kepala Dinas Kesehatan Jawa Tengah, Rina Lestari harga obat naik tajam bulan ini."
    q = _quotes(pipeline.load(), text)
    assert [(x.text, x.speaker.name) for x in q] == [("harga obat naik tajam bulan ini", "Rina Lestari")]


def test_seperti_disampaikan_opening_its_sentence_reports_what_follows(nlp):
    q = _quotes(nlp, "Seperti disampaikan Kepala Dinas Pertanian Banyumas Rina Lestari, harga gabah akan naik pekan depan.")
    assert [(x.text, x.speaker.name) for x in q] == [("harga gabah akan naik pekan depan", "Rina Lestari")]


@pytest.mark.parametrize("text, name, title", [
    pytest.param("\"Para teradu diberhentikan,\" kata Ketua KPU dalam sidang putusan.", "Ketua KPU", "Ketua KPU",
                 id="office-alone"),
    pytest.param("\"Kami siap,\" kata Ketua Bawaslu Rina Lestari.", "Rina Lestari", "Ketua Bawaslu", id="office-then-name"),
])
def test_a_listed_institution_short_form_ends_an_office(nlp, text, name, title):
    assert [(q.speaker.name, q.speaker.title) for q in _quotes(nlp, text)] == [(name, title)]


def test_a_degree_after_a_name_with_no_comma_is_no_part_of_it(nlp):
    text = ("Acara itu dipimpin langsung oleh Bupati Banyumas Rudi MS dihadiri oleh 100 orang.\n\n"
            "\"Saya berharap ini bukan yang terakhir,\" kata Rudi.")
    assert [q.speaker.name for q in _quotes(nlp, text)] == ["Rudi"]


def test_a_person_named_in_reported_speech_is_not_the_next_pronoun():
    import pipeline

    # The clause "Rudi belum mendapat dukungan" is what Rina said: Rudi is talked about, and
    # "tutur dia" after it is still Rina.
    text = ("Kepala Desa Sukamaju Rina Lestari punya catatan lain. Dia menambahkan, Rudi "
            "Hartono belum menerima laporan keuangan desa.\n\n"
            "\"Laporan itu masih kami tunggu,\" tutur dia.")
    q = _quotes(pipeline.load(), text)
    assert [(x.type, x.speaker.name) for x in q] == [("indirect", "Rina Lestari"), ("direct", "Rina Lestari")]


def test_a_passive_verb_with_nya_inside_a_clause_opens_no_statement(nlp):
    text = ("Setelah hasil diumumkannya kenaikan tarif itu, Rina Lestari, ekonom di Sukamaju, "
            "telah menghitung angka yang sama.")
    assert [x.cue.text for x in _quotes(nlp, text) if x.cue] != ["diumumkannya"]


def test_an_office_between_commas_makes_its_holder_the_subject(nlp):
    # "Menurut dia" goes to Budi, the subject the sentence before introduces, not to Rina who
    # spoke before him.
    text = ("Menurut Rina Lestari, harga gabah akan naik pekan depan.\n\n"
            "Kepada wartawan, Ketua Koperasi Sukamaju, Budi Santoso, punya catatan lain. "
            "Menurut dia, harga gabah akan tetap.")
    q = _quotes(nlp, text)
    assert [x.speaker.name for x in q] == ["Rina Lestari", "Budi Santoso"]


def test_a_listed_institution_as_subject_is_an_institution(nlp):
    # Muhammadiyah (institutions.tsv) speaks as an institution; "dia" is a person, the one
    # who spoke before.
    text = ("\"Kami pelajari dulu,\" kata Rudi Hartono setelah menerima tamu.\n\n"
            "Dalam rapat itu, Muhammadiyah menyampaikan rencana pembangunan sekolah baru.\n\n"
            "Menurut dia, rencana itu patut didukung semua pihak.")
    q = _quotes(nlp, text)
    assert [(x.speaker.name, x.speaker.title) for x in q] == [
        ("Rudi Hartono", None), ("Muhammadiyah", None), ("Rudi Hartono", None)]


def test_an_office_before_a_second_name_is_that_persons(nlp):
    # "Senada dengan Rina, Waketum Partai Maju, Budi Santoso, …": the office is Budi's.
    text = ("Senada dengan Rina, Waketum Partai Maju, Budi Santoso, menyetujui usul itu.\n\n"
            "\"Kami siap,\" kata Budi Santoso.\n\n\"Kami juga siap,\" kata Rina.")
    q = _quotes(nlp, text)
    assert [(x.speaker.name, x.speaker.title) for x in q] == [
        ("Budi Santoso", "Waketum Partai Maju"), ("Rina", None)]


def test_a_name_between_an_opening_and_a_lower_case_office_is_a_person(nlp):
    # "Senada, Prof Name PhD, dosen …, …": honorific, degree and an office in lower case
    # around a name after a short opening; "Dia" then stands for that person.
    text = ("\"Kami terus berbenah,\" kata Budi Santoso, Direktur Sekolah Lingkungan Sukamaju.\n\n"
            "Senada, Prof Rudi Hadi Hartono PhD, dosen Hukum Lingkungan Universitas Sukamaju, turut "
            "hadir dalam acara itu. Dia menilai perubahan itu terlalu tergesa-gesa.")
    q = _quotes(nlp, text)
    assert [x.speaker.name for x in q] == ["Budi Santoso", "Rudi Hadi Hartono"]
    assert q[1].speaker.title == "dosen Hukum Lingkungan Universitas Sukamaju"


@pytest.mark.parametrize("text, name, title", [
    pytest.param("Co-founder Tehku Rina Lestari menyatakan, acara itu memperkenalkan kopi lokal.",
                 "Rina Lestari", "Co-founder Tehku", id="co-founder"),
    pytest.param("Direktur Eksekutif Network for Rural Studies and Public Integrity Budi Santoso menuturkan, "
                 "laporan keuangan partai perlu diaudit.", "Budi Santoso",
                 "Direktur Eksekutif Network for Rural Studies and Public Integrity", id="english-institution"),
    pytest.param("\"Saya sangat yakin,\" kata Head of Sukamaju.co Rudi Hartono.", "Rudi Hartono",
                 "Head of Sukamaju.co", id="head-of-web-address"),
    pytest.param("Managing Director Maju Indonesia Rina Lestari menyampaikan pihaknya membuka dua gerai baru.",
                 "Rina Lestari", "Managing Director Maju Indonesia", id="managing-director"),
    pytest.param("Rudi Hartono, CEO & Senior Vice President Maju Southeast Asia, menegaskan bahwa pasar ekspor "
                 "terus tumbuh.", "Rudi Hartono", "CEO & Senior Vice President Maju Southeast Asia",
                 id="two-offices-with-ampersand"),
    pytest.param("Budi Santoso, VP Safety & Data and Partnership Maju Energi, menyampaikan rencana pengeboran sumur baru.",
                 "Budi Santoso", "VP Safety & Data and Partnership Maju Energi", id="vp-unit-with-ampersand"),
])
def test_english_job_titles(nlp, text, name, title):
    assert [(q.speaker.name, q.speaker.title) for q in _quotes(nlp, text)] == [(name, title)]


@pytest.mark.parametrize("text, title, affiliation", [
    pytest.param("Rudi Hartono, CEO Maju Jaya, menegaskan bahwa pasar ekspor terus tumbuh.",
                 "CEO Maju Jaya", "Maju Jaya", id="unit-closed-by-comma"),
    pytest.param("\"Kami siap,\" kata Rudi Hartono, Kepala Dinas Sosial Sukamaju.",
                 "Kepala Dinas Sosial Sukamaju", "Dinas Sosial Sukamaju", id="unit-closed-by-full-stop"),
    pytest.param("\"Tantangan ini besar,\" ungkap Head of Business Operations Sukamaju.com, Rudi.",
                 "Head of Business Operations Sukamaju.com", "Sukamaju.com", id="web-address-institution"),
])
def test_an_office_in_apposition_takes_its_whole_unit(nlp, text, title, affiliation):
    # The capitalised words after an office in apposition, up to a comma or full stop, are its
    # unit: no name can follow them there.
    assert [(q.speaker.title, q.speaker.affiliation) for q in _quotes(nlp, text)] == [(title, affiliation)]


def test_an_office_in_a_list_of_holders_keeps_its_holder(nlp):
    # "…, anggota DPRD Rudi Hartono, Kepala Satpol PP Sukamaju Budi Wijaya, Kepala Dinas …": the
    # office after Rudi's comma is Budi Wijaya's, with his name as its last words.
    text = ("Jembatan itu ditinjau Gubernur Sukamaju, didampingi anggota DPRD Provinsi H Rudi Hartono, "
            "Kepala Satpol PP Sukamaju Budi Wijaya, Kepala Dinas Perhubungan Sukamaju Rina Lestari, dan "
            "lainnya. \"Ini penting,\" kata Rudi Hartono.")
    q = _quotes(nlp, text)
    assert [q[0].speaker.name] == ["Rudi Hartono"]
    assert "Budi Wijaya" not in (q[0].speaker.title or "")


def test_an_office_with_no_name_takes_the_name_the_article_calls_its_holder():
    import pipeline

    # The office reads to the end of the phrase (no name is known there); "kata Rudi" later
    # shows the name began at "Rudi".
    text = ("Head of Sukamaju Rudi Hartono mengatakan, penjualan tiket naik tajam.\n\n"
            "\"Kami siap,\" kata Rudi.")
    q = _quotes(pipeline.load(), text)
    assert [(x.speaker.name, x.speaker.title) for x in q] == [("Rudi Hartono", "Head of Sukamaju")] * 2


@pytest.mark.parametrize("text", [
    "\"Kami siap,\" kata Direktur PT Maju Jaya, Budi Santoso.",
    "Menurut Direktur PT Maju Jaya, Budi Santoso, harga bahan baku naik bulan ini.",
])
def test_a_company_name_runs_to_the_comma_before_the_person(nlp, text):
    assert [(q.speaker.name, q.speaker.title) for q in _quotes(nlp, text)] == [("Budi Santoso", "Direktur PT Maju Jaya")]


@pytest.mark.parametrize("text, name, title", [
    pytest.param("Pengacara terdakwa, Rina Kusuma, menyatakan kliennya tidak bersalah.", "Rina Kusuma",
                 "Pengacara terdakwa", id="role-and-whom-it-serves"),
    pytest.param("\"Kami sudah melapor,\" kata Dedi Santoso, juru bicara pelapor, di Sukamaju.", "Dedi Santoso",
                 "juru bicara pelapor", id="in-apposition"),
])
def test_whom_a_role_serves_completes_the_office(nlp, text, name, title):
    q = _quotes(nlp, text)
    assert [(x.speaker.name, x.speaker.title, x.speaker.affiliation) for x in q] == [(name, title, None)]


@pytest.mark.parametrize("text, name, title", [
    pytest.param("\"Terdakwa terbukti bersalah,\" kata hakim Rudi Hartono di ruang sidang.", "Rudi Hartono", "hakim",
                 id="judge-in-lower-case"),
    pytest.param("\"Terdakwa terbukti bersalah,\" kata Hakim Rudi Hartono di ruang sidang.", "Rudi Hartono", "Hakim",
                 id="judge"),
    pytest.param("Arif Hakim Santoso mengatakan, umat harus bersatu.", "Arif Hakim Santoso", None,
                 id="a-name-holding-the-word"),
])
def test_hakim_is_an_office_only_before_a_name(nlp, text, name, title):
    assert [(x.speaker.name, x.speaker.title) for x in _quotes(nlp, text)] == [(name, title)]


def test_initials_leave_out_an_initial_of_the_name():
    import pipeline

    # "Dr M Rudi Hartono Santoso (RHS)": called by RHS, with the initial M left out; "-nya"
    # after a minister is named as the topic still goes on with him.
    text = ("Wakil Ketua MPR RI Dr M Rudi Hartono Santoso (RHS) memuji kerja Menteri Pemuda dan "
            "Olahraga RI (Menpora) Budi Wijaya di kejuaraan itu.\n\n"
            "\"Kerja Menpora patut dicontoh,\" ujar RHS dalam keterangannya.\n\n"
            "\"Semua pihak ikut bangga,\" sambungnya.")
    q = _quotes(pipeline.load(), text)
    assert [(x.speaker.name, x.speaker.title) for x in q] == [("M Rudi Hartono Santoso", "Wakil Ketua MPR RI")] * 2


def test_a_minister_with_ri_heads_the_ministry_the_article_writes(nlp):
    text = ("Kementerian Kebudayaan menandatangani nota kesepahaman.\n\n"
            "Menteri Kebudayaan RI (Menbud), Budi Santoso dalam sambutannya menegaskan museum daerah perlu "
            "dirawat bersama.")
    q = _quotes(nlp, text)
    assert [(x.speaker.name, x.speaker.affiliation) for x in q] == [("Budi Santoso", "Kementerian Kebudayaan")]


def test_a_continuing_cue_goes_on_with_the_speaker_before(nlp):
    # "Lebih rinci, Presiden Rudi telah menurunkan tarif …" is the reporter's narration of
    # what Budi said; "…,” lanjutnya" goes on with Budi.
    text = ("Direktur Jenderal Pajak Budi Santoso menyampaikan sejumlah keringanan pajak.\n\n"
            "\"Ini yang pertama soal keringanan pajak,\" kata dia di kantornya.\n\n"
            "Lebih rinci, Presiden Rudi Hartono telah menurunkan tarif pajak bagi usaha kecil.\n\n"
            "\"Kemudian juga potongan bea untuk pelaku ekspor,\" lanjutnya.")
    q = _quotes(nlp, text)
    assert [x.speaker.name for x in q][-1] == "Budi Santoso"


def test_a_unit_ending_in_a_listed_institution_keeps_the_given_name(nlp):
    # "kata Budi" later: the name still begins at "Yohanes" after "DPR RI".
    text = ("\"Kami minta rapat khusus,\" kata Wakil Ketua Komisi XIII DPR RI Yohanes Budi Santoso di Gedung DPR.\n\n"
            "Budi mengatakan pihaknya sering menerima aduan warga soal layanan itu.")
    q = _quotes(nlp, text)
    assert {(x.speaker.name, x.speaker.title) for x in q} == {("Yohanes Budi Santoso", "Wakil Ketua Komisi XIII DPR RI")}


def test_an_office_in_lower_case_before_its_holder_is_read(nlp):
    text = ("Sementara itu, anggota Komisi IV DPR RI Budi Hartono Santoso menyoroti harga pupuk di daerah.\n\n"
            "\"Kami minta kebijakan itu dikaji,\" kata Budi.")
    q = _quotes(nlp, text)
    assert {(x.speaker.name, x.speaker.title) for x in q} == {("Budi Hartono Santoso", "anggota Komisi IV DPR RI")}


def test_an_office_then_a_comma_and_the_person_the_model_tags():
    import pipeline

    # "Gedung Putih" was read as the name; the person tagged after the comma holds the office.
    text = ("Direktur Anggaran Gedung Putih, Peter Walsh mengatakan dana riset akan ditambah tahun depan.\n\n"
            "\"Kami siap memangkas anggaran,\" kata Walsh.")
    q = _quotes(pipeline.load(), text)
    assert {(x.speaker.name, x.speaker.title) for x in q} == {("Peter Walsh", "Direktur Anggaran Gedung Putih")}


@pytest.mark.parametrize("text, name, title", [
    pytest.param("\"Kami siap,\" kata Rudi Hartono, President Maju Motor Indonesia.", "Rudi Hartono",
                 "President Maju Motor Indonesia", id="president-in-apposition"),
    pytest.param("\"Ini penting,\" kata anggota DPRD Provinsi Dapil VII H Rudi Hartono.", "Rudi Hartono",
                 "anggota DPRD Provinsi", id="electoral-district"),
])
def test_more_offices(nlp, text, name, title):
    assert [(x.speaker.name, x.speaker.title) for x in _quotes(nlp, text)] == [(name, title)]


def test_a_misspelt_region_in_a_regional_office_falls_back_to_the_article_region(nlp):
    # "Kaurr" is no listed region; the article's regent governs Kabupaten Kaur.
    text = ("Bupati Kaur Rina Lestari menerima laporan itu.\n\n"
            "Inspektur Kabupaten Kaurr, Budi Santoso mengatakan, pengawasan anggaran diperketat tahun ini.")
    q = [x for x in _quotes(nlp, text) if x.speaker and x.speaker.name == "Budi Santoso"]
    assert [(x.speaker.title, x.speaker.affiliation) for x in q] == [
        ("Inspektur Kabupaten Kaurr", "Pemerintah Kabupaten Kaur")]


@pytest.mark.parametrize("text, affiliation", [
    pytest.param("\"Kami siap,\" kata Ketua Forum HRD Sukamaju, Rudi Hartono.", "Forum HRD Sukamaju",
                 id="association-word-before-its-short-form"),
    pytest.param("Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan (IPK) Budi Santoso mengatakan, "
                 "pembangunan jalan dipercepat tahun ini. Kemenko IPK menyiapkan anggaran.", "Kemenko IPK",
                 id="coordinating-ministry-short-form"),
    pytest.param("PT Pertamina menggelar pelatihan itu. Vice President Corporate Communication Pertamina "
                 "Budi Santoso menambahkan pelatihan serupa digelar di tiga kota.", "PT Pertamina",
                 id="state-company-after-a-department"),
])
def test_affiliations_as_the_article_writes_them(nlp, text, affiliation):
    assert {x.speaker.affiliation for x in _quotes(nlp, text)} == {affiliation}


def test_a_group_word_governs_the_name_after_it(nlp):
    # "Kelompok" governs the group's one-word name ("Kelompok Mawar"); the name follows it.
    q = _quotes(nlp, "Ketua Kelompok Mawar Rudi Hartono mengatakan, panen tahun ini naik tajam.")
    assert [(x.speaker.name, x.speaker.title) for x in q] == [("Rudi Hartono", "Ketua Kelompok Mawar")]


@pytest.mark.parametrize("text, name, cue", [
    pytest.param("\"Kami menghormati putusan itu,\" demikian pernyataan Kantor Kejaksaan Sukamaju.",
                 "Kantor Kejaksaan Sukamaju", "pernyataan", id="statement-of-an-institution"),
    pytest.param("\"Kami menghormati putusan itu,\" demikian keterangan tertulis Rudi Hartono.",
                 "Rudi Hartono", "keterangan tertulis", id="written-statement-of-a-person"),
    pytest.param("Kementerian Kebudayaan Sukamaju menyatakan koleksi museum ditambah. \"Tiga arca baru dipamerkan,\" "
                 "demikian siaran resmi kementerian tersebut.", "Kementerian Kebudayaan Sukamaju",
                 "siaran resmi", id="institution-pointed-at"),
])
def test_demikian_and_a_statement_noun_name_the_author(nlp, text, name, cue):
    q = [x for x in _quotes(nlp, text) if x.type == "direct"]
    assert [(x.speaker.name, x.cue.text) for x in q] == [(name, cue)]


@pytest.mark.parametrize("text, cue, quote", [
    pytest.param("Ketua Komnas HAM Rina Lestari menyesalkan laporan warga itu belum ditanggapi.",
                 "menyesalkan", "laporan warga itu belum ditanggapi", id="menyesalkan"),
    pytest.param("Kepala Kejaksaan Negeri Sukamaju Budi Santoso berjanji layanan antrean akan dipercepat.",
                 "berjanji", "layanan antrean akan dipercepat", id="berjanji"),
    pytest.param("Meski begitu, Rudi Hartono meyakini bahwa harga gabah segera stabil.", "meyakini", "harga gabah segera stabil",
                 id="meyakini-bahwa"),
    pytest.param("Presiden Sukamaju Budi Santoso mengisyaratkan bahwa pajak kendaraan akan turun tahun depan.",
                 "mengisyaratkan", "pajak kendaraan akan turun tahun depan", id="mengisyaratkan-bahwa"),
])
def test_more_cue_verbs(nlp, text, cue, quote):
    assert [(q.cue.text, q.text) for q in _quotes(nlp, text)] == [(cue, quote)]


def test_menjamin_with_an_object_reports_nothing(nlp):
    assert _quotes(nlp, "Pemerintah menjamin ketersediaan beras menjelang hari raya.") == []


@pytest.mark.parametrize("text, name, title", [
    pytest.param("Presiden Prancis Jean Moreau membuka pertemuan itu.\n\n"
                 "\"Kami akan menangkap pelaku,\" katanya.", "Jean Moreau", "Presiden Prancis", id="president-abroad"),
    pytest.param("Perdana Menteri (PM) Thomas Hill membuka pameran itu.\n\n\"Ini bersejarah,\" kata Hill.",
                 "Thomas Hill", "Perdana Menteri", id="prime-minister-with-short-form"),
    pytest.param("Undangan itu dikirim kepada Presiden AS, John Miller, pekan lalu.\n\n\"Kami siap,\" kata Miller.",
                 "John Miller", "Presiden AS", id="country-then-comma"),
    pytest.param("Presiden Amerika Serikat (AS) John Miller menaikkan tarif.\n\n\"Kami siap,\" kata Miller.",
                 "John Miller", "Presiden Amerika Serikat", id="country-with-its-short-form"),
])
def test_offices_abroad_take_their_country(nlp, text, name, title):
    q = _quotes(nlp, text)
    assert [(x.speaker.name, x.speaker.title, x.speaker.affiliation) for x in q][-1] == (name, title, None)


def test_a_continuing_cue_goes_on_with_an_institution(nlp):
    text = ("\"Arus lalu lintas dialihkan sementara,\" ungkap Divisi Humas Polres Sukamaju di akun resminya.\n\n"
            "\"Petugas berjaga di tiga titik,\" tambahnya.")
    assert [x.speaker.name for x in _quotes(nlp, text)] == ["Divisi Humas Polres Sukamaju"] * 2


def test_a_country_as_subject_is_the_state_speaking(nlp):
    q = _quotes(nlp, "Sejak awal, Australia menganggap kerja sama itu sangat menguntungkan.")
    assert [(x.speaker.name, x.speaker.title) for x in q] == [("Australia", None)]


def test_a_name_after_alias_is_the_persons(nlp):
    text = ("Menteri Sosial Budi Santoso alias Gus Budi meninjau lokasi banjir.\n\n"
            "\"Kami siap membantu,\" kata Gus Budi.")
    assert [x.speaker.name for x in _quotes(nlp, text)] == ["Budi Santoso"]


@pytest.mark.parametrize("text, title, affiliation", [
    pytest.param("Sekretaris Kabinet Budi Santoso memastikan, rapat kabinet digelar pekan depan.", "Sekretaris Kabinet",
                 None, id="cabinet-secretary-names-no-institution"),
    pytest.param("Direktur Bisnis Bank Maju Syariah Rudi Hartono mengatakan, pembiayaan naik tajam tahun ini.",
                 "Direktur Bisnis Bank Maju Syariah", "Bank Maju Syariah", id="a-bank-in-a-department"),
])
def test_cabinet_and_bank_offices(nlp, text, title, affiliation):
    assert [(x.speaker.title, x.speaker.affiliation) for x in _quotes(nlp, text)] == [(title, affiliation)]


def test_the_person_a_quote_speaks_of_is_not_its_speaker():
    import pipeline

    # "-nya" would go to Rudi, the last subject; the quote names Rudi, so it is his lawyer's.
    text = ("Terdakwa Rudi Hartono hadir di ruang sidang. Kuasa hukum Rudi, Budi Santoso, meminta keringanan "
            "hukuman. Rudi Hartono tampak lesu.\n\n\"Rudi sudah kami dampingi sejak awal,\" ujarnya.")
    assert [x.speaker.name for x in _quotes(pipeline.load(), text) if x.type == "direct"] == ["Budi Santoso"]


def test_a_speaker_who_just_spoke_may_name_himself(nlp):
    text = ("\"Saya suka dunia hiburan,\" kata Rudi Hartono.\n\n"
            "\"Panggung ini cocok supaya Rudi bisa berbagi dengan penggemar,\" katanya.")
    assert [x.speaker.name for x in _quotes(nlp, text)] == ["Rudi Hartono", "Rudi Hartono"]


def test_whom_an_office_serves_is_no_affiliation():
    import pipeline

    text = ("Terdakwa Rudi Hartono hadir di ruang sidang. Kuasa hukum Rudi Hartono, Budi Santoso, meminta "
            "keringanan hukuman.\n\n\"Kami sudah mendampingi sejak awal,\" ujar Budi.")
    q = [x for x in _quotes(pipeline.load(), text) if x.type == "direct"]
    assert [(x.speaker.name, x.speaker.title, x.speaker.affiliation) for x in q] == [
        ("Budi Santoso", "Kuasa hukum Rudi Hartono", None)]


@pytest.mark.parametrize("text", [
    "\"Kami minta rapat khusus,\" kata Wakil Ketua Komisi XIII DPR RI Yohanes Budi Santoso di Gedung DPR.",
    "\"Kami minta rapat khusus,\" kata Wakil Ketua Komisi XIII DPR Yohanes Budi Santoso di Gedung DPR.",
])
def test_a_legislatures_commission_is_the_affiliation(nlp, text):
    assert [q.speaker.affiliation for q in _quotes(nlp, text)][0].startswith("Komisi XIII DPR")


def test_a_members_faction_is_not_what_he_speaks_for(nlp):
    text = ("Di DPR RI, anggota Komisi II DPR Fraksi Partai Maju, Budi Santoso, angkat bicara.\n\n"
            "\"Kami menolak aturan itu,\" kata Budi.\n\nSebelumnya Komisi II DPR RI menggelar rapat.")
    q = _quotes(nlp, text)
    assert [x.speaker.affiliation for x in q if x.type == "direct"] == ["Komisi II DPR RI"]


@pytest.mark.parametrize("text, content, name, mention", [
    ("Curah hujan di pesisir terus naik, menurut Pacific Coastal and Marine Agency (PCMA).",
     "Curah hujan di pesisir terus naik", "Pacific Coastal and Marine Agency",
     "Pacific Coastal and Marine Agency (PCMA)"),
    ("Menurut Pacific Database for Island Water, sumur warga makin asin tiap tahun.",
     "sumur warga makin asin tiap tahun", "Pacific Database for Island Water",
     "Pacific Database for Island Water"),
    ("Harga cabai naik dua kali lipat bulan ini, menurut Budi Santoso.",
     "Harga cabai naik dua kali lipat bulan ini", "Budi Santoso", "Budi Santoso"),
])
def test_an_english_name_with_link_words_and_a_source_closing_its_sentence(nlp, text, content, name, mention):
    q = _quotes(nlp, text)[-1]
    assert (q.type, q.text, q.speaker.name, q.speaker.mention) == ("indirect", content, name, mention)


@pytest.mark.parametrize("subject", ["Banyak yang", "Sebagian", "Di forum daring, sebagian warganet"])
def test_an_unnamed_share_of_people_states_with_no_speaker(nlp, subject):
    # A quantifier opens no name ("Banyak" had been read as one).
    text = f"Video itu menuai reaksi keras. {subject} menilai tindakan pengemudi itu membahayakan pengguna jalan."
    q = _quotes(nlp, text)[-1]
    assert (q.type, q.text, q.speaker) == ("indirect", "tindakan pengemudi itu membahayakan pengguna jalan", None)


@pytest.mark.parametrize("sentence, cue, content", [
    ("Budi bilang harga beras di pasar desa mulai turun.", "bilang", "harga beras di pasar desa mulai turun"),
    ("Budi mendesak kepala desa menunda lelang kios baru.", "mendesak", "kepala desa menunda lelang kios baru"),
    ("Budi menuding pengelola pasar menaikkan sewa kios diam-diam.", "menuding",
     "pengelola pasar menaikkan sewa kios diam-diam"),
    ("Budi berdalih bahwa sewa kios belum naik sejak tahun lalu.", "berdalih", "sewa kios belum naik sejak tahun lalu"),
    ("Budi merincikan, realisasi anggaran desa mencapai 96 persen.", "merincikan",
     "realisasi anggaran desa mencapai 96 persen"),
    ("Budi memperkirakan harga beras turun pada akhir bulan.", "memperkirakan", "harga beras turun pada akhir bulan"),
    # A decimal comma is no comma closing the cue's lead-in ("pada 2022 … 96,98 persen").
    ("Budi mengatakan pada 2022 realisasi anggaran desa mencapai 96,98 persen.", "mengatakan",
     "2022 realisasi anggaran desa mencapai 96,98 persen"),
    # A clause before a comma is content, not a lead-in to leave out ("kepada wartawan, …" is one).
    ("Budi mengatakan dalam tiga musim panen terakhir di desa itu, sewa kios tidak naik.", "mengatakan",
     "dalam tiga musim panen terakhir di desa itu, sewa kios tidak naik"),
    ("Budi mengecam keputusan pengelola pasar menaikkan sewa kios.", "mengecam",
     "keputusan pengelola pasar menaikkan sewa kios"),
    ("Budi menggarisbawahi pentingnya pengawasan sewa kios di pasar desa.", "menggarisbawahi",
     "pentingnya pengawasan sewa kios di pasar desa"),
    ("Budi memperingatkan pedagang agar tidak menaikkan harga beras.", "memperingatkan",
     "pedagang agar tidak menaikkan harga beras"),
    ("Budi merekomendasikan tiga langkah untuk menata pasar desa.", "merekomendasikan",
     "tiga langkah untuk menata pasar desa"),
    ("Budi mempersilakan warga menempuh jalur hukum bila dirugikan.", "mempersilakan",
     "warga menempuh jalur hukum bila dirugikan"),
    # "memastikan" + a clause reports what is assured ("memastikan keamanan warga" is an act).
    ("Budi memastikan cara yang dipakai petugas pasar bersifat ramah.", "memastikan",
     "cara yang dipakai petugas pasar bersifat ramah"),
])
def test_more_cue_verbs(nlp, sentence, cue, content):
    q = _quotes(nlp, "Budi Santoso hadir di pasar. " + sentence)[-1]
    assert (q.cue.text, q.text, q.speaker.name) == (cue, content, "Budi Santoso")


def test_an_office_with_its_ordinal_pointed_at_describes_the_person_talked_about():
    import pipeline

    text = "Budi Santoso hadir di pasar.\n\nKetua DPRD Kaur ke-15 ini menegaskan, sewa kios belum naik sejak tahun lalu."
    q = pipeline.extract(text)["quotes"][-1]
    assert (q["text"], q["speaker"]["name"], q["speaker"]["mention"], q["speaker"]["title"]) == \
        ("sewa kios belum naik sejak tahun lalu", "Budi Santoso", "Ketua DPRD Kaur ke-15 ini", None)


@pytest.mark.parametrize("text, name", [
    # An office in lower case with no one named speaks as written (guideline 1.2) …
    ("Sidang digelar di balai desa.\n\n“Terdakwa dinyatakan bersalah,” ujar hakim.", "hakim"),
    ("Sidang digelar di balai desa.\n\n“Terdakwa dinyatakan bersalah,” ujar hakim dalam persidangan.", "hakim"),
    # … or as its holder, where the article names one.
    ("Hakim Budi Santoso memimpin sidang.\n\n“Terdakwa dinyatakan bersalah,” ujar hakim.", "Budi Santoso"),
])
def test_an_office_in_lower_case_closing_the_attribution(text, name):
    import pipeline

    assert pipeline.extract(text)["quotes"][-1]["speaker"]["name"] == name


def test_an_office_in_lower_case_before_more_words_is_no_speaker():
    import pipeline

    q = pipeline.extract("Sidang digelar.\n\n“Terdakwa dinyatakan bersalah,” ujar hakim anggota majelis itu.")["quotes"]
    assert q[-1]["speaker"] is None or q[-1]["speaker"]["name"] != "hakim"


def test_an_office_in_a_buildings_name_is_no_antecedent():
    # "di Pendopo Bupati Kaur" names a building; "Ia" after it is not the regent.
    import pipeline

    text = ("Rapat digelar di Pendopo Bupati Kaur, Jumat (17/10/2025).\n\nDalam rapat itu, hadir seorang warga "
            "dari Sukamaju. Ia menyampaikan bahwa jalan desa di Sukamaju rusak parah.")
    q = pipeline.extract(text)["quotes"][-1]
    assert q["speaker"] is None or q["speaker"]["title"] != "Bupati Kaur"


def test_a_members_office_after_a_statement_is_the_speakers_epithet():
    import pipeline

    text = ("“Kami siap,” kata Rina.\n\nRina mengatakan, pertumbuhan ekonomi desa mencapai 5,6 persen. Anggota "
            "Komisi II DPR RI menyoroti program pupuk bersubsidi yang belum merata.")
    quotes = pipeline.extract(text)["quotes"]
    assert {(q["speaker"]["name"], q["speaker"]["title"], q["speaker"]["affiliation"]) for q in quotes} == \
        {("Rina", "Anggota Komisi II DPR RI", "Komisi II DPR RI")}
    # With no statement before it in its paragraph the office speaks as written.
    q = pipeline.extract("Rina hadir.\n\nAnggota Komisi II DPR RI menyoroti program pupuk bersubsidi itu.")["quotes"]
    assert q[-1]["speaker"]["name"] == "Anggota Komisi II DPR RI"


def test_senada_opening_a_sentence_is_no_speaker():
    import pipeline

    text = ("“Kami siap,” kata Rina.\n\nSenada, Deputi Penegakan Hukum Budi Santoso menyebut penindakan terus "
            "berjalan di desa.")
    assert pipeline.extract(text)["quotes"][-1]["speaker"]["name"] == "Budi Santoso"


@pytest.mark.parametrize("text, name", [
    ("Video itu viral. Sejumlah warganet mempertanyakan keputusan panitia lomba desa.", "Sejumlah warganet"),
    ("Warga berkumpul.\n\n“Turunkan harga!” teriak ribuan orang meneriakkan tuntutan di alun-alun.", "ribuan orang"),
    # A count in figures; a group closed by a demonstrative and an adverb; an accused.
    ("Survei itu digelar pekan lalu. Sebanyak 250 responden menyatakan puas dengan layanan puskesmas.",
     "Sebanyak 250 responden"),
    ("Aksi itu digelar pekan lalu.\n\nPendukung petisi ini juga menyatakan penolakan terhadap rencana pabrik.",
     "Pendukung petisi"),
    ("Sidang itu berlangsung lama.\n\nSeorang terdakwa mengaku menerima uang dari rekannya di Sukamaju.",
     "Seorang terdakwa"),
    # Where the group is, after a preposition, is no subject; nor is a comma after it.
    ("Harga ikan turun.\n\nNelayan kecil di Sukamaju menganggap harga itu tidak menutup biaya solar mereka.",
     "Nelayan kecil"),
    ("Harga ikan turun.\n\nSejumlah akademisi di Sukamaju, menilai koperasi nelayan perlu dibentuk segera.",
     "Sejumlah akademisi"),
    # A share of people names no one (guideline 1.2).
    ("Video itu viral. Banyak yang menilai keputusan panitia lomba desa keliru.", None),
    ("Video itu viral. Sebagian warga menilai keputusan panitia lomba desa keliru.", None),
])
def test_a_group_counted_speaks_as_written(text, name):
    import pipeline

    q = pipeline.extract(text)["quotes"][-1]
    assert (q["speaker"]["name"] if q["speaker"] else None) == name


def test_an_adverb_after_a_name_in_apposition():
    import pipeline

    text = ("Rapat itu berjalan lancar.\n\nKetua Koperasi Tani Maju, Rina Lestari, selalu mengingatkan anggota agar "
            "membayar iuran tepat waktu.")
    q = pipeline.extract(text)["quotes"]
    assert [(x["text"], x["speaker"]["name"]) for x in q] == [
        ("anggota agar membayar iuran tepat waktu", "Rina Lestari")]


def test_memastikan_with_an_object_is_an_act(nlp):
    assert _quotes(nlp, "Budi Santoso hadir di pasar. Budi memastikan keamanan warga selama mudik lebaran.") == []


def test_a_lawyer_word_before_a_name_as_subject_is_the_clients_lawyer():
    # "Kuasa hukum Budi Santoso menyinggung …": Budi's lawyer, unnamed, speaks; Budi takes no
    # lawyer's title.
    import pipeline

    text = ("Sidang digelar di balai desa.\n\nTerdakwa Budi Santoso hadir didampingi pengacaranya.\n\nKuasa hukum "
            "Budi Santoso menyinggung tuntutan jaksa yang dinilai terlalu berat.\n\n“Kami keberatan,” kata Budi Santoso.")
    quotes = pipeline.extract(text)["quotes"]
    assert [(q["speaker"]["name"], q["speaker"]["title"]) for q in quotes] == [
        ("Kuasa hukum Budi Santoso", "Kuasa hukum Budi Santoso"), ("Budi Santoso", None)]


def test_a_legislator_pointed_at_gives_the_speaker_the_office():
    import pipeline

    q = pipeline.extract("Budi Santoso hadir di pasar.\n\nLegislator PKB ini menyebut harga pupuk naik tajam.")
    s = q["quotes"][-1]["speaker"]
    assert (s["name"], s["title"], s["affiliation"]) == ("Budi Santoso", "Legislator PKB", "PKB")


def test_teriak_closes_a_shouted_quote(nlp):
    q = _quotes(nlp, "Budi Santoso hadir di pasar.\n\n“Turunkan harga!” teriak Budi di depan kantor desa.")[-1]
    assert (q.cue.text, q.text, q.speaker.name) == ("teriak", "Turunkan harga!", "Budi Santoso")


def test_a_report_names_its_source_after_menurut():
    import pipeline

    text = "Warga berkumpul. Di pusat kota, menurut laporan Harian Sukamaju, polisi menutup jalan utama."
    q = pipeline.extract(text)["quotes"][-1]
    assert (q["cue"]["text"], q["speaker"]["name"]) == ("menurut", "Harian Sukamaju")


@pytest.mark.parametrize("opening, name", [
    ("Menurut laporan Harian Sukamaju", "Harian Sukamaju"),
    ("Menurut penuturan Pak Budi", "Budi"),
    ("Menurut pihak Polres Kupang", "Polres Kupang"),
])
def test_menurut_opening_a_sentence_names_the_source_after_its_noun(opening, name):
    import pipeline

    q = pipeline.extract(f"{opening}, prasasti itu dibuat pada abad ke-14.")["quotes"][-1]
    assert (q["cue"]["text"], q["text"], q["speaker"]["name"]) == \
        ("Menurut", "prasasti itu dibuat pada abad ke-14", name)


def test_a_question_and_its_answer():
    # "tanya" closes a question; "menjawab" after it is the one asked, not the asker.
    import pipeline

    text = ("Budi Santoso hadir di pasar.\n\n“Apakah harga akan turun?” tanya Rina Lestari.\n\n"
            "Ia menjawab, “Belum tentu, pasokan masih kurang.”")
    assert [(q["cue"]["text"], q["speaker"]["name"]) for q in pipeline.extract(text)["quotes"]] == \
        [("tanya", "Rina Lestari"), ("menjawab", "Budi Santoso")]


def test_mengambil_contoh_is_one_cue():
    # A light-verb phrase standing for "mencontohkan" (GUIDELINES 1.3); the whole pipeline, whose
    # entity stage tags the person "Ia" stands for.
    import pipeline

    q = pipeline.extract("Budi Santoso hadir di pasar. Ia mengambil contoh pasar desa yang sepi pembeli tahun "
                         "ini.")["quotes"][-1]
    assert (q["cue"]["text"], q["text"], q["speaker"]["name"]) == \
        ("mengambil contoh", "pasar desa yang sepi pembeli tahun ini", "Budi Santoso")


def _statements(text):
    """Each statement of the whole pipeline's record: its text and its speaker's name."""
    import pipeline

    return [(q["text"], (q["speaker"] or {}).get("name")) for q in pipeline.extract(text)["quotes"]]


@pytest.mark.parametrize("text, expected", [
    # "diungkap" points back from a statement …
    ("Jembatan baru itu akan dibuka untuk umum pekan depan. Hal tersebut diungkap Budi Santoso saat meninjau "
     "lokasi.", [("Jembatan baru itu akan dibuka untuk umum pekan depan", "Budi Santoso")]),
    ("Pemilik kios itu ternyata bukan warga desa setempat. Fakta ini diungkap oleh Kapolres Kupang AKBP Budi "
     "Santoso kepada wartawan.", [("Pemilik kios itu ternyata bukan warga desa setempat", "Budi Santoso")]),
    ("Sementara itu diungkap Kapolres Kupang AKBP Budi Santoso, pelaku sudah diamankan sejak pekan lalu.",
     [("pelaku sudah diamankan sejak pekan lalu", "Budi Santoso")]),
    # … but a case the police uncovered is no statement.
    ("Polisi menggelar razia di kampus. Kasus itu diungkap polisi pekan lalu.", []),
    ("Peredaran narkoba diungkap Polres Kupang pekan lalu di sebuah kampus.", []),
    # Replies and retorts close a quote …
    ("“Macet total sejak pagi,” sahut Budi Santoso.", [("Macet total sejak pagi,", "Budi Santoso")]),
    ("Budi Santoso hadir.\n\n“Apakah harga akan turun?” tanya Rina Lestari.\n\n“Belum tentu,” jawab Budi.",
     [("Apakah harga akan turun?", "Rina Lestari"), ("Belum tentu,", "Budi Santoso")]),
    # … and open no statement as a sentence's first word.
    ("Produk baru diluncurkan pekan ini. Jawab Tantangan Kulit Sensitif menjadi tema acara itu.", []),
    # Adverbs of frequency between the subject and its verb.
    ("Rina Lestari berulang kali meminta panitia mengembalikan iuran kepada warga.",
     [("panitia mengembalikan iuran kepada warga", "Rina Lestari")]),
    ("Budi Santoso gencar menyampaikan imbauan kepada pedagang agar menjaga kebersihan pasar.",
     [("imbauan kepada pedagang agar menjaga kebersihan pasar", "Budi Santoso")]),
    # An unnamed lawyer or bench speaks as a side does, as written.
    ("Kuasa hukum menyebut keterangan saksi belum menguatkan dakwaan jaksa.",
     [("keterangan saksi belum menguatkan dakwaan jaksa", "Kuasa hukum")]),
    ("Majelis hakim menyatakan terdakwa terbukti menggelapkan dana koperasi desa.",
     [("terdakwa terbukti menggelapkan dana koperasi desa", "Majelis hakim")]),
    # "secara sah dan meyakinkan" is a pair of adverbs, not a second reporting verb.
    ("Majelis hakim menyatakan terdakwa terbukti secara sah dan meyakinkan menggelapkan dana koperasi.",
     [("terdakwa terbukti secara sah dan meyakinkan menggelapkan dana koperasi", "Majelis hakim")]),
    # A second verb after "dan" is a second statement.
    ("Budi Santoso mengatakan harga beras naik pekan ini dan meminta warga berhemat selama bulan ini.",
     [("harga beras naik pekan ini", "Budi Santoso"), ("warga berhemat selama bulan ini", "Budi Santoso")]),
    # A sentence opening with an inverted cue and a comma: what follows the comma was said.
    ("Warga menolak rencana itu. Kata Budi Santoso, rencana pembangunan pasar itu belum pernah dibahas.",
     [("rencana pembangunan pasar itu belum pernah dibahas", "Budi Santoso")]),
    # Without the comma the sentence before is what was said.
    ("Halte yang kita bangun ini bisa dipindahkan kapan saja. Kata Budi Santoso di lokasi.",
     [("Halte yang kita bangun ini bisa dipindahkan kapan saja", "Budi Santoso")]),
    # A message reported by someone else after the comma is that one's statement.
    ("Pesan Bupati, Asisten I Budi Santoso mengingatkan para siswa agar tidak lupa memilih pada hari Rabu.",
     [("para siswa agar tidak lupa memilih pada hari Rabu", "Budi Santoso")]),
    # A description closed by a short form and an adverb points back.
    ("Budi Santoso hadir di Jakarta.\n\nEks Kepala Biro Humas Badan Pusat Statistik (BPS) itu juga menyebut bahwa "
     "angka pengangguran turun sejak tahun lalu.", [("angka pengangguran turun sejak tahun lalu", "Budi Santoso")]),
])
def test_statements_and_speakers_of_news_sentences(text, expected):
    assert _statements(text) == expected


