"""Writers (pipeline/writers.py): JSON Lines, CSV rows, HTML highlights, and the page as a
browser renders it."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import orjson
import pytest

from pipeline.writers import CSV_FIELDS, CsvWriter, HtmlWriter, JsonlWriter, csv_rows, highlight

TEXT = ("Pemprov Bengkulu Raih Peringkat 2\n\n"
        "Gubernur Rohidin Mersyah mengatakan, “Kami bangga & bersyukur.” Penghargaan diterima "
        "Kamis (11/11/2021). Provinsi Bengkulu meraih peringkat kedua TOP GPR Award 2021.")


def span(text: str, start: int | None = None) -> dict:
    begin = TEXT.index(text) if start is None else start
    return {"text": text, "start": begin, "end": begin + len(text)}


def record() -> dict:
    quote, speaker, cue = span("Kami bangga & bersyukur."), span("Gubernur Rohidin Mersyah"), span("mengatakan")
    date = span("Kamis (11/11/2021)")
    recipient = span("Provinsi Bengkulu")
    evidence = span("Provinsi Bengkulu meraih peringkat kedua TOP GPR Award 2021.")
    return {
        "schema": "warta/1", "id": "bengkulu", "title": "Pemprov Bengkulu Raih Peringkat 2",
        "published": "2021-11-12", "published_source": "input", "entities": [],
        "dates": [dict(date, value="2021-11-11", granularity="day", source="rule")],
        "quotes": [dict(quote, type="direct", date="2021-11-11", source="rule",
                        speaker={"name": "Rohidin Mersyah", "mention": speaker["text"],
                                 "start": speaker["start"], "end": speaker["end"],
                                 "title": "Gubernur Bengkulu", "affiliation": None},
                        cue=cue)],
        "awards": [{"recipient": recipient, "rank": 2, "rank_text": "peringkat kedua",
                    "award": "TOP GPR Award 2021", "category": None, "date": None,
                    "evidence": {"start": evidence["start"], "end": evidence["end"]},
                    "source": "rule"}],
        "error": None,
    }


class Marks(HTMLParser):
    """(class, text) of every <mark> in a page, nested marks included."""

    def __init__(self):
        super().__init__()
        self.open: list[tuple[str, list[str]]] = []
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag == "mark":
            self.open.append((dict(attrs).get("class", ""), []))

    def handle_endtag(self, tag):
        if tag == "mark" and self.open:
            kind, parts = self.open.pop()
            self.found.append((kind, "".join(parts)))
            if self.open:
                self.open[-1][1].extend(parts)

    def handle_data(self, data):
        if self.open:
            self.open[-1][1].append(data)


def marks_of(page: str) -> set[tuple[str, str]]:
    parser = Marks()
    parser.feed(page)
    return set(parser.found)


EXPECTED_MARKS = {
    ("quote", "Kami bangga & bersyukur."),
    ("speaker", "Gubernur Rohidin Mersyah"),
    ("cue", "mengatakan"),
    ("date", "Kamis (11/11/2021)"),
    ("recipient", "Provinsi Bengkulu"),
    ("award", "Provinsi Bengkulu meraih peringkat kedua TOP GPR Award 2021."),
}


def test_highlight_marks_every_span_and_escapes_the_text():
    page = highlight(TEXT, record())
    assert "&amp;" in page and " & " not in page
    assert marks_of(page) == EXPECTED_MARKS


@pytest.mark.parametrize("spans, expected", [
    pytest.param([("date", 0, 5), ("quote", 0, 13)], {("quote", "Kamis (11/11)"), ("date", "Kamis")},
                 id="nested-same-start"),
    pytest.param([("quote", 0, 13), ("date", 6, 18)], {("quote", "Kamis (11/11)")}, id="crossing-dropped"),
    pytest.param([("date", 5, 5)], set(), id="empty-span-dropped"),
    pytest.param([("date", 14, 99)], set(), id="outside-text-dropped"),
])
def test_highlight_nesting(spans, expected):
    text = "Kamis (11/11) sore"
    rec = {"quotes": [], "awards": [], "dates": []}
    for kind, s, e in spans:
        item = {"text": text[s:e], "start": s, "end": e, "value": None, "granularity": None}
        rec["dates" if kind == "date" else "quotes"].append(
            item if kind == "date" else dict(item, type="direct", speaker=None, cue=None))
    page = highlight(text, rec)
    assert marks_of(page) == expected
    assert page.count("<mark") == page.count("</mark>")


def test_jsonl_writer_writes_one_line_per_record():
    out = io.StringIO()
    writer = JsonlWriter(out)
    writer.write(record(), TEXT)
    writer.write(dict(record(), id="kedua"), TEXT)
    writer.close()
    lines = out.getvalue().splitlines()
    assert [orjson.loads(line)["id"] for line in lines] == ["bengkulu", "kedua"]
    assert out.getvalue().endswith("\n")


def test_csv_has_a_row_per_quote_and_award_with_offsets():
    out = io.StringIO()
    writer = CsvWriter(out)
    writer.write(record(), TEXT)
    writer.write({"id": "rusak", "quotes": [], "awards": [],
                  "error": {"kind": "decode", "message": "binary content"}})
    writer.close()
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == CSV_FIELDS
    quote, award, error = rows
    assert (quote["id"], quote["record"], quote["speaker"], quote["text"]) == (
        "bengkulu", "quote", "Rohidin Mersyah", "Kami bangga & bersyukur.")
    assert TEXT[int(quote["start"]):int(quote["end"])] == quote["text"]
    assert TEXT[int(quote["speaker_start"]):int(quote["speaker_end"])] == "Gubernur Rohidin Mersyah"
    assert (award["record"], award["recipient"], award["rank"]) == ("award", "Provinsi Bengkulu", "2")
    assert TEXT[int(award["start"]):int(award["end"])] == "Provinsi Bengkulu"
    assert (error["id"], error["record"], error["error"]) == ("rusak", "error", "decode: binary content")


def test_csv_rows_of_a_record_without_findings_is_empty():
    assert csv_rows({"id": "x", "quotes": [], "awards": [], "error": None}) == []


def html_page() -> str:
    out = io.StringIO()
    writer = HtmlWriter(out)
    writer.write(record(), TEXT)
    writer.write({"id": "rusak", "title": None, "published": None, "published_source": None,
                  "quotes": [], "awards": [], "dates": [],
                  "error": {"kind": "decode", "message": "binary <content>"}}, "")
    writer.close()
    return out.getvalue()


def test_html_page_is_self_contained_with_a_table_of_quotes_per_speaker():
    page = html_page()
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<script" not in page and "http" not in page and "<link" not in page
    assert '<section id="speakers">' in page and "<td>Rohidin Mersyah</td>" in page
    assert "binary &lt;content&gt;" in page


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (Debian: apt-get install chromium)")
def test_html_highlights_render_in_headless_chromium(tmp_path):
    page = tmp_path / "records.html"
    page.write_text(html_page(), encoding="utf-8")
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run",
             f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
            capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    # The DOM the browser built (not the file): the marks survived parsing, nested as written.
    page_marks = marks_of(dom)
    assert EXPECTED_MARKS <= page_marks
    assert 'id="doc-bengkulu"' in dom and 'id="doc-rusak"' in dom
