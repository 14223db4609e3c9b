"""Dates: Indonesian date expressions and their values (pipeline/dates.py)."""

from __future__ import annotations

import collections

import pytest
import spacy
import yaml

from pipeline import extensions, resources
from pipeline.dates import date_for_span, find_dates
from pipeline.nlp import TOKENIZER_CONFIG


@pytest.fixture(scope="module")
def nlp():
    extensions.register()
    pipe = spacy.blank("id", config=TOKENIZER_CONFIG)
    pipe.add_pipe("warta_sentences")
    pipe.add_pipe("warta_dates")
    return pipe


def run(nlp, text, published=None):
    doc = nlp.make_doc(text)
    doc._.published = published
    doc._.published_source = "input" if published else None
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


# (snippet, published anchor, [(text, start, end, value, granularity)]): every mention the
# snippet holds, so an extra mention (a false positive) fails the test too.
CASES = [
    pytest.param('Acara digelar pada 11 November 2021 di Bengkulu.', '2021-11-12', [('11 November 2021', 19, 35, '2021-11-11', 'day')], id='full_month_name'),
    pytest.param('Surat itu bertanggal tanggal 23 Juli 2020 lalu.', '2021-11-12', [('tanggal 23 Juli 2020', 21, 41, '2020-07-23', 'day')], id='tanggal_prefix'),
    pytest.param('Laporan per 30/06/2020 sudah diterima.', '2021-11-12', [('30/06/2020', 12, 22, '2020-06-30', 'day')], id='numeric_slash'),
    pytest.param('Data diperbarui 2021-11-11 pukul sore.', '2021-11-12', [('2021-11-11', 16, 26, '2021-11-11', 'day')], id='numeric_iso'),
    pytest.param('Jadwal: 2 Jan 2021, 3 Feb 2021, 17 Agu 2020, 17 Agt 2020, 17 Ags 2020, 1 Okt 2019, 4 Nop 2019, 5 Nov 2019, 7 Des 2018.', '2021-11-12', [('2 Jan 2021', 8, 18, '2021-01-02', 'day'), ('3 Feb 2021', 20, 30, '2021-02-03', 'day'), ('17 Agu 2020', 32, 43, '2020-08-17', 'day'), ('17 Agt 2020', 45, 56, '2020-08-17', 'day'), ('17 Ags 2020', 58, 69, '2020-08-17', 'day'), ('1 Okt 2019', 71, 81, '2019-10-01', 'day'), ('4 Nop 2019', 83, 93, '2019-11-04', 'day'), ('5 Nov 2019', 95, 105, '2019-11-05', 'day'), ('7 Des 2018', 107, 117, '2018-12-07', 'day')], id='abbrev_months'),
    pytest.param('Rapat digelar di aula, Kamis (11/11).', '2021-11-12', [('Kamis (11/11)', 23, 36, '2021-11-11', 'day')], id='weekday_pair'),
    pytest.param('Pengumuman via Virtual Meeting, Kamis (11/11) sore, diikuti Kadis.', '2021-11-12', [('Kamis (11/11) sore', 32, 50, '2021-11-11', 'day')], id='weekday_pair_daypart_after'),
    pytest.param('Rapat paripurna, Selasa (30/6/2020) siang.', '2020-07-01', [('Selasa (30/6/2020) siang', 17, 41, '2020-06-30', 'day')], id='weekday_pair_year_siang'),
    pytest.param('Bupati meninjau lokasi, Jum’at (19/6/2020) pagi.', '2020-06-20', [('Jum’at (19/6/2020) pagi', 24, 47, '2020-06-19', 'day')], id='weekday_pair_jumat_apostrophe'),
    pytest.param('Banjir melanda, Senin malam (28/1/2019).', '2019-01-29', [('Senin malam (28/1/2019)', 16, 39, '2019-01-28', 'day')], id='weekday_daypart_before_pair'),
    pytest.param('Acara dibuka Kamis (30/12).', '2022-01-03', [('Kamis (30/12)', 13, 26, '2021-12-30', 'day')], id='weekday_pair_year_from_anchor_fit'),
    pytest.param('Pemeriksaan sejak 28 Mei hingga 14 Juni 2020.', '2020-07-01', [('28 Mei', 18, 24, '2020-05-28', 'day'), ('14 Juni 2020', 32, 44, '2020-06-14', 'day')], id='range_two_months'),
    pytest.param('Pameran berlangsung 29 Juni hingga 5 Juli 2019.', '2019-07-10', [('29 Juni', 20, 27, '2019-06-29', 'day'), ('5 Juli 2019', 35, 46, '2019-07-05', 'day')], id='range_two_months_2019'),
    pytest.param('Festival digelar 1-3 Juli 2020 di alun-alun.', '2020-06-01', [('1', 17, 18, '2020-07-01', 'day'), ('3 Juli 2020', 19, 30, '2020-07-03', 'day')], id='range_days_hyphen'),
    pytest.param('Dimulai dari tanggal 23 sampai 24 Juni 2019.', '2019-06-24', [('tanggal 23', 13, 23, '2019-06-23', 'day'), ('24 Juni 2019', 31, 43, '2019-06-24', 'day')], id='range_tanggal_sampai'),
    pytest.param('Hari ini, kemarin, kemarin lusa, besok dan lusa.', '2021-11-12', [('Hari ini', 0, 8, '2021-11-12', 'day'), ('kemarin', 10, 17, '2021-11-11', 'day'), ('kemarin lusa', 19, 31, '2021-11-10', 'day'), ('besok', 33, 38, '2021-11-13', 'day'), ('lusa', 43, 47, '2021-11-14', 'day')], id='relative_days'),
    pytest.param('Kejadian itu dua hari lalu.', '2021-11-12', [('dua hari lalu', 13, 26, '2021-11-10', 'day')], id='relative_number_word'),
    pytest.param('Kejadian itu 3 hari yang lalu.', '2021-11-12', [('3 hari yang lalu', 13, 29, '2021-11-09', 'day')], id='relative_digits'),
    pytest.param('Rapat pekan lalu membahas anggaran.', '2021-11-12', [('pekan lalu', 6, 16, '2021-W44', None)], id='relative_week'),
    pytest.param('Program dimulai bulan depan.', '2021-11-12', [('bulan depan', 16, 27, '2021-12', 'month')], id='relative_month_next'),
    pytest.param('Capaian tahun lalu meningkat.', '2021-11-12', [('tahun lalu', 8, 18, '2020', 'year')], id='relative_year_last'),
    pytest.param('Pembangunan selesai awal Desember.', '2021-11-12', [('awal Desember', 20, 33, '2021-12', 'month')], id='awal_month'),
    pytest.param('Target tercapai akhir tahun 2021.', '2021-03-01', [('akhir tahun 2021', 16, 32, '2021', 'year')], id='akhir_tahun_year'),
    pytest.param('Sejak tahun 2019 program berjalan.', '2021-11-12', [('tahun 2019', 6, 16, '2019', 'year')], id='tahun_year'),
    pytest.param('Laporan November 2021 sudah terbit.', '2021-12-01', [('November 2021', 8, 21, '2021-11', 'month')], id='month_year'),
    pytest.param('Opini WTP diraih dari 2017 dan 2018.', '2019-05-27', [('2017', 22, 26, '2017', 'year'), ('2018', 31, 35, '2018', 'year')], id='bare_year_after_preposition'),
    pytest.param('Pengurus periode 2025-2030 dilantik.', '2025-10-01', [('2025-2030', 17, 26, None, 'year')], id='year_span_one_mention'),
    pytest.param('Warga berkumpul pada Minggu pagi.', '2021-11-12', [('Minggu pagi', 21, 32, '2021-11-07', 'day')], id='minggu_day'),
    pytest.param('Dua minggu lalu jalan itu rusak.', '2021-11-12', [('Dua minggu lalu', 0, 15, '2021-W43', None)], id='minggu_week'),
    pytest.param('Minggu lalu hujan deras.', '2021-11-12', [('Minggu lalu', 0, 11, '2021-W44', None)], id='minggu_week_sentence_start'),
    pytest.param('Upacara di Monas pada Minggu (17/9).', '2017-09-17', [('Minggu (17/9)', 22, 35, '2017-09-17', 'day')], id='minggu_pair'),
    pytest.param('Gempa terjadi Kamis (11/11). Guncangan pukul 08.37 WIT terasa kuat.', '2021-11-12', [('Kamis (11/11)', 14, 27, '2021-11-11', 'day'), ('pukul 08.37 WIT', 39, 54, '2021-11-11T08:37', 'time')], id='time_day_from_paragraph'),
    pytest.param('Gempa terjadi Kamis (11/11).\n\nGuncangan pukul 08.37 WIT terasa kuat.', '2021-11-12', [('Kamis (11/11)', 14, 27, '2021-11-11', 'day'), ('pukul 08.37 WIT', 40, 55, '2021-11-11T08:37', 'time')], id='time_other_paragraph_last_event_day'),
    pytest.param('Kereta dibuka Sabtu (17/9).\n\nKereta beroperasi pukul 07.00-10.00 WIB setiap hari.', '2017-09-17', [('Sabtu (17/9)', 14, 26, '2017-09-17', 'day'), ('pukul 07.00-10.00 WIB', 47, 68, None, 'time')], id='timetable_span_other_paragraph_no_day'),
    pytest.param('Kereta berangkat pukul 07.00-10.00 WIB dan jam 7 malam.', '2017-09-17', [('pukul 07.00-10.00 WIB', 17, 38, None, 'time'), ('jam 7 malam', 43, 54, None, 'time')], id='time_span_one_mention'),
    pytest.param('Rapat dibuka Senin (24/6) pukul 19.00-21.00 WIB. Malam ini ditutup.', '2019-06-25', [('Senin (24/6) pukul 19.00-21.00 WIB', 13, 47, '2019-06-24T19:00', 'time'), ('Malam ini', 49, 58, '2019-06-25', 'day')], id='time_span_with_day_and_malam_ini'),
    pytest.param('Gempa terjadi pukul 08.37 WIT, Kamis (11/11).', '2021-11-12', [('pukul 08.37 WIT', 14, 29, '2021-11-11T08:37', 'time'), ('Kamis (11/11)', 31, 44, '2021-11-11', 'day')], id='time_same_sentence'),
    pytest.param('Rapat dibuka Senin (24/6) pukul 09.00 WIB.', '2019-06-24', [('Senin (24/6) pukul 09.00 WIB', 13, 41, '2019-06-24T09:00', 'time')], id='day_then_time_one_span'),
    pytest.param('Acara dimulai pukul 09.00 WIB.', '2021-11-12', [('pukul 09.00 WIB', 14, 29, None, 'time')], id='time_no_day'),
    pytest.param('Monev dilaksanakan pada 18 November lalu di Balikpapan.', '2024-12-30', [('18 November lalu', 24, 40, '2024-11-18', 'day')], id='lalu_in_span'),
    pytest.param('Pelantikan pada 17 Juni mendatang.', '2019-06-13', [('17 Juni mendatang', 16, 33, '2019-06-17', 'day')], id='mendatang_in_span'),
    pytest.param('Rapat itu digelar kemarin.', None, [('kemarin', 18, 25, None, 'day')], id='relative_no_anchor'),
    pytest.param('Ini menjadi kado 53 tahun Bumi Rafflesia.', '2021-11-12', [], id='fp_age'),
    pytest.param('Pemkab menyerahkan 2 unit ambulans dan 2021 paket sembako.', '2021-11-12', [], id='fp_count'),
    pytest.param('Nilainya Rp 2021 per lembar.', '2021-11-12', [], id='fp_rupiah'),
    pytest.param('Bertepatan dengan HUT Provinsi Bengkulu yang Ke-53.', '2021-11-12', [], id='fp_ordinal'),
    pytest.param('Pasangan nomor urut 01 unggul.', '2021-11-12', [], id='fp_ballot_number'),
    pytest.param('Pemprov meraih TOP GPR Award 2021.', '2021-11-12', [], id='fp_award_name'),
    pytest.param('Sesuai UU Nomor 28 Tahun 2014 tentang hak cipta.', '2021-11-12', [], id='fp_law_name'),
    pytest.param('Sebanyak 11 desa dan 30 kecamatan ikut.', '2021-11-12', [], id='fp_bare_number'),
    pytest.param('Bupati mengikuti salat Jumat bersama warga.', '2021-11-12', [], id='fp_salat_jumat'),
    pytest.param('Semoga berkembang di tahun-tahun mendatang.', '2021-11-12', [], id='fp_reduplication'),
    pytest.param("Hari ini, Jumat (28/7) sesuai jadwal akan berangkat.", "2017-08-01",
                 [("Hari ini", 0, 8, "2017-07-28", "day"), ("Jumat (28/7)", 10, 22, "2017-07-28", "day")],
                 id="hari_ini_beside_pair"),
    pytest.param("Taruna diwisuda hari ini (27/1).", "2018-01-30",
                 [("hari ini (27/1)", 16, 31, "2018-01-27", "day")], id="hari_ini_with_bracket_day"),
    pytest.param("Pencapaian mudik Lebaran 2017 membaik.", "2017-08-01",
                 [("2017", 25, 29, "2017", "year")], id="holiday_year_is_date"),
    pytest.param("Dokumen Nomor 171.426/676/011.2/2020 diterbitkan.", "2020-07-30", [],
                 id="fp_year_in_document_number"),
    pytest.param("Pendaftaran dibuka bulan Juni.", "2021-11-12",
                 [("bulan Juni", 19, 29, "2021-06", "month")], id="bulan_month_nearest_year"),
    pytest.param("Kegiatan pada awal Desember lalu.", "2022-01-10",
                 [("awal Desember lalu", 14, 32, "2021-12", "month")], id="month_lalu_previous_year"),
    pytest.param("Sidang digelar Selasa, 30 Juni 2020 di DPRD.", "2020-07-01",
                 [("Selasa, 30 Juni 2020", 15, 35, "2020-06-30", "day")], id="weekday_comma_full"),
    pytest.param("Rapat digelar Kamis (30/12) pagi.", "2022-01-03",
                 [("Kamis (30/12) pagi", 14, 32, "2021-12-30", "day")], id="pair_year_before_anchor"),
    pytest.param('Produksi padi periode Januari-November 2025 naik.', '2025-12-01', [('Januari', 22, 29, '2025-01', 'month'), ('November 2025', 30, 43, '2025-11', 'month')], id='month_range_hyphen'),
    pytest.param('Olahraga ini lahir pada akhir 1960-an.', '2025-10-01', [('akhir 1960-an', 24, 37, None, None)], id='decade'),
    pytest.param('Angkatan kerja per Februari naik.', '2025-10-20', [('Februari', 19, 27, '2025-02', 'month')], id='month_alone_looks_back'),
    pytest.param('Ia menjabat Panglima TNI pada Tahun 2013 itu.', '2019-07-02', [('Tahun 2013', 30, 40, '2013', 'year')], id='pada_Tahun_capital'),
    pytest.param('Realisasi anggaran per tgl 30 September lalu mencapai 71,4%.', '2025-10-17', [('tgl 30 September lalu', 23, 44, '2025-09-30', 'day')], id='tgl_without_dot'),
    pytest.param('Bunga dilarung pada Jumat 16/8 sekitar pukul 07.45 Wib.', '2019-08-16', [('Jumat 16/8 sekitar pukul 07.45 Wib', 20, 54, '2019-08-16T07:45', 'time')], id='day_sekitar_time'),
    pytest.param('Belanja dalam APBD Kabupaten Probolinggo tahun 2019 dianggarkan.', '2020-07-13', [], id='year_after_budget_name'),
    pytest.param('Sedangkan belanja daerah tahun 2019 dianggarkan.', '2020-07-13', [('tahun 2019', 25, 35, '2019', 'year')], id='year_after_common_noun'),
    pytest.param('Evaluasi Keterbukaan Informasi Publik (KIP) tahun 2024 digelar.', '2024-12-30', [], id='year_after_acronym_bracket'),
    pytest.param('Sisa kas pada akhir tahun anggaran sebesar Rp 5 miliar.', '2020-07-13', [], id='akhir_tahun_anggaran'),
    pytest.param('Acara digelar di Kuala Jambi, Senin (24/6) kemarin.', '2019-06-25', [('Senin (24/6)', 30, 42, '2019-06-24', 'day')], id='kemarin_after_pair'),
    pytest.param('Dan pada hari Selasa tanggal 30 Juni 2020 telah diserahkan.', '2020-07-13', [('hari Selasa tanggal 30 Juni 2020', 9, 41, '2020-06-30', 'day')], id='hari_weekday_tanggal'),
    pytest.param('Harga beras turun 1,8% dibandingkan Juli tahun lalu.', '2025-08-22', [('Juli tahun lalu', 36, 51, '2024-07', 'month')], id='month_tahun_lalu'),
    pytest.param('Kepala Bappeda Juli Hartono hadir.', '2025-08-22', [], id='person_named_juli'),
    pytest.param('Laba bank sepanjang 2024 naik.', '2025-08-22', [('2024', 20, 24, '2024', 'year')], id='sepanjang_year'),
    pytest.param('Kegiatan ini menghadapi Pemilu serentak tahun 2024 nanti.', '2022-03-18', [], id='fp_election_edition'),
    pytest.param('Pelepasan siswa kelas XII Tahun 2018-2019 digelar.', '2019-04-10', [('Tahun 2018-2019', 26, 41, None, 'year')], id='school_year_roman'),
    pytest.param('Apalagi, pada tahun 2020 ini kita dibantu.', '2020-02-10', [('tahun 2020 ini', 14, 28, '2020', 'year')], id='tahun_year_ini'),
    pytest.param('Halalbihalal usai cuti bersama Idul Fitri Tahun 2022 digelar.', '2022-05-09', [], id='fp_feast_name'),
    pytest.param('Kejadian itu beberapa hari lalu.', '2021-11-12', [('beberapa hari lalu', 13, 31, None, None)], id='vague_count'),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_dates(nlp, text, published, expected):
    doc = run(nlp, text, published)
    got = [(d.text, d.start, d.end, d.value, d.granularity) for d in doc._.dates]
    assert got == expected
    for d in doc._.dates:
        assert text[d.start:d.end] == d.text


SEED = ("Pemprov Bengkulu Berhasil Raih Peringkat 2 TOP GPR Award 2021\n\n"
        "Penghargaan ini diraih setelah pengumuman Award Ceremony TOP GPR via Virtual Meeting, "
        "Kamis (11/11) sore, yang diikuti oleh Kadis Kominfotik Provinsi Bengkulu Jaduliwan.")


def test_seed_weekday_pair_takes_year_from_article(nlp):
    doc = run(nlp, SEED)
    got = [(d.text, d.start, d.end, d.value, d.granularity) for d in doc._.dates]
    assert got == [("Kamis (11/11) sore", 149, 167, "2021-11-11", "day")]
    assert SEED[149:167] == "Kamis (11/11) sore"


@pytest.mark.parametrize("text, expected", [
    pytest.param(SEED, "2021-11-11", id="weekday_pair_and_year_mention"),
    pytest.param("JAKARTA, 12 November 2021 - Menteri meresmikan jembatan. Proyek dimulai 3 Maret 2020.",
                 "2021-11-12", id="dateline"),
    pytest.param("Proyek dimulai 3 Maret 2020 dan selesai 14 Juni 2021 lalu.", "2021-06-14",
                 id="latest_full_date"),
    pytest.param("Proyek ini dimulai tahun 2019.", None, id="year_alone_is_no_day"),
    pytest.param("Rapat digelar kemarin.", None, id="nothing_to_infer"),
])
def test_inferred_published(nlp, text, expected):
    doc = run(nlp, text)
    assert doc._.published == expected
    assert doc._.published_source == ("inferred" if expected else None)


def test_given_published_is_kept(nlp):
    doc = run(nlp, "Acara pada 11 November 2021. Rapat kemarin.", "2021-11-20")
    assert doc._.published == "2021-11-20"
    assert doc._.published_source == "input"
    assert [d.value for d in doc._.dates] == ["2021-11-11", "2021-11-19"]


def test_relative_resolved_against_inferred_published(nlp):
    doc = run(nlp, "BENGKULU, Kamis (11/11/2021) - Gubernur hadir. Besok ia ke Jakarta.")
    assert doc._.published == "2021-11-11"
    assert [(d.text, d.value) for d in doc._.dates] == [
        ("Kamis (11/11/2021)", "2021-11-11"), ("Besok", "2021-11-12")]


def test_hari_ini_in_quote_is_the_speech_day(nlp):
    text = ("Penghargaan diserahkan di Bundaran HI pada Minggu (30/7).\n\n"
            "“Selamat atas penerima penghargaan hari ini,” ujar JK.")
    doc = run(nlp, text, "2017-08-01")
    got = [(d.text, d.start, d.value) for d in doc._.dates]
    assert got == [("Minggu (30/7)", 43, "2017-07-30"), ("hari ini", 94, "2017-07-30")]


def test_full_date_in_quote_is_not_the_speech_day(nlp):
    text = "“Pada 3 Maret 2025 yang lalu kami meninjau lokasi, hari ini kami meresmikan,” kata Bupati."
    doc = run(nlp, text, "2025-07-06")
    got = [(d.text, d.start, d.value) for d in doc._.dates]
    assert got == [("3 Maret 2025", 6, "2025-03-03"), ("hari ini", 51, "2025-07-06")]


# --- date_for_span ---------------------------------------------------------------------

SPAN_TEXT = ("Pemprov Bengkulu meraih peringkat 2 TOP GPR Award 2021.\n\n"
             "Penghargaan diumumkan via Virtual Meeting, Kamis (11/11) sore.\n\n"
             "Bupati membuka acara pada Senin (8/11). “Kami bangga,” ujar Bupati.\n\n"
             "“Semoga bermanfaat,” pungkasnya.")


@pytest.mark.parametrize("needle, fallback, expected", [
    pytest.param("Virtual Meeting", False, "2021-11-11", id="same_sentence"),
    pytest.param("Kami bangga", False, "2021-11-08", id="same_paragraph"),
    pytest.param("Semoga bermanfaat", False, None, id="no_date_in_paragraph"),
    pytest.param("peringkat 2", False, None, id="award_lead_without_fallback"),
    pytest.param("Semoga bermanfaat", True, None, id="fallback_needs_one_event_day"),
])
def test_date_for_span(nlp, needle, fallback, expected):
    doc = run(nlp, SPAN_TEXT, "2021-11-12")
    start = SPAN_TEXT.index(needle)
    assert date_for_span(doc, start, start + len(needle), document_fallback=fallback) == expected


LEAD_TEXT = ("Pasar Sukamaju Diresmikan\n\n"
             "SUKAMAJU - Bupati Sukamaju Budi Santoso meresmikan Pasar Induk Sukamaju yang dibangun "
             "dengan dana daerah, Senin (6/1/2025).\n\n"
             "Pasar itu dibangun sejak 12 Maret 2024 dan kini menampung 300 pedagang dari tiga kecamatan.\n\n"
             "“Pasar ini untuk warga,” kata Budi.")
LATE_TEXT = ("Pasar Sukamaju Ramai\n\n"
             "SUKAMAJU - Pasar Induk Sukamaju kini menampung 300 pedagang dari tiga kecamatan di kabupaten itu.\n\n"
             "Warga menyambut baik pasar yang bersih dan tertata rapi sejak dibuka untuk umum.\n\n"
             "Pasar itu dibangun sejak 12 Maret 2024 dan dibuka 6 Januari 2025.\n\n"
             "“Pasar ini untuk warga,” kata Budi.")


@pytest.mark.parametrize("text, expected", [
    pytest.param(LEAD_TEXT, "2025-01-06", id="the-lead-dates-the-event-a-later-day-is-background"),
    pytest.param(LATE_TEXT, None, id="days-written-only-after-the-lead-date-no-statement"),
])
def test_date_for_span_document_fallback_lead(nlp, text, expected):
    doc = run(nlp, text, "2025-01-07")
    start = text.index("Pasar ini untuk")
    assert date_for_span(doc, start, start + 15) is None
    assert date_for_span(doc, start, start + 15, document_fallback=True) == expected


def test_date_for_span_document_fallback_seed(nlp):
    doc = run(nlp, SEED)
    start = SEED.index("Peringkat 2")
    assert date_for_span(doc, start, start + 11) is None
    assert date_for_span(doc, start, start + 11, document_fallback=True) == "2021-11-11"


def test_date_for_span_without_dates_stage(nlp):
    doc = nlp.make_doc(SEED)
    doc = nlp.get_pipe("warta_sentences")(doc)
    start = SEED.index("Virtual Meeting")
    assert date_for_span(doc, start, start + 15) == "2021-11-11"
    assert find_dates(doc)[0].text == "Kamis (11/11) sore"


# --- the data file ---------------------------------------------------------------------


def test_dates_yaml_header_and_canonical_form():
    raw = resources.data_text("dates.yaml")
    header = [line for line in raw.splitlines()[:5] if line.startswith("#")]
    assert any("Source" in line for line in header) and any("Licence" in line for line in header)
    data = yaml.safe_load(raw)

    def forms(value):
        if isinstance(value, dict):
            for key, inner in value.items():
                if isinstance(inner, list):
                    yield from inner
                else:
                    yield key
        else:
            yield from value

    for name, value in data.items():
        items = list(forms(value))
        assert all(isinstance(f, str) for f in items), name
        dupes = [f for f, n in collections.Counter(items).items() if n > 1]
        assert not dupes, (name, dupes)
        for f in items:
            assert f == " ".join(f.lower().split()), (name, f)


def test_dates_yaml_months_and_weekdays_complete():
    data = resources.yaml_data("dates.yaml")
    assert sorted(data["months"]) == list(range(1, 13))
    assert sorted(data["weekdays"]) == list(range(7))
    all_months = [f for forms in data["months"].values() for f in forms]
    assert len(all_months) == len(set(all_months))
