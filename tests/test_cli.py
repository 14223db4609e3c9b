"""The command line (pipeline/cli.py, run.py, people.py) through typer's CliRunner, parsing
what it prints: formats, inputs, error records, exit codes, order."""

from __future__ import annotations

import csv
import io

import orjson
import pytest
from rich.console import Console
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.people import quote_rows, render
from pipeline.validate import offset_errors, schema_errors

RELEASE = ("Pemprov Bengkulu Raih Peringkat 2 TOP GPR Award 2021\n\n"
           "Gubernur Bengkulu Rohidin Mersyah mengatakan, “Penghargaan ini milik seluruh masyarakat "
           "Bengkulu.” Penghargaan diserahkan di Jakarta, Kamis (11/11/2021).\n")
SHORT = "Bupati Resmikan Pasar\n\nBupati Lebak meresmikan Pasar Rangkasbitung, Senin (5/2/2024).\n"


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def records_of(output: str) -> list[dict]:
    return [orjson.loads(line) for line in output.splitlines() if line.strip()]


def assert_valid(records: list[dict], texts: dict[str, str]) -> None:
    for rec in records:
        assert schema_errors(rec) == [], rec["id"]
        assert offset_errors(rec, texts.get(rec["id"], "")) == [], rec["id"]


@pytest.fixture()
def jsonl(tmp_path):
    path = tmp_path / "rilis.jsonl"
    lines = [orjson.dumps({"id": "bengkulu", "text": RELEASE, "published": "2021-11-12"}),
             orjson.dumps({"id": "lebak", "text": SHORT}),
             b"{not json",
             orjson.dumps({"id": "kosong", "text": ""}),
             orjson.dumps({"id": "tanpa-teks", "title": "Judul saja"})]
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_jsonl_gives_one_valid_record_per_line_in_order(runner, jsonl):
    result = runner.invoke(app, ["extract", str(jsonl), "--quiet"])
    assert result.exit_code == 0, result.stderr
    records = records_of(result.stdout)
    assert [r["id"] for r in records] == ["bengkulu", "lebak", "3", "kosong", "tanpa-teks"]
    assert [(r["error"] or {}).get("kind") for r in records] == [None, None, "json", "empty", "json"]
    assert (records[0]["published"], records[0]["published_source"]) == ("2021-11-12", "input")
    assert_valid(records, {"bengkulu": RELEASE, "lebak": SHORT})


def test_two_workers_give_the_same_records_in_the_same_order(runner, jsonl):
    one = runner.invoke(app, ["extract", str(jsonl), "--quiet"])
    two = runner.invoke(app, ["extract", str(jsonl), "--quiet", "--workers", "2"])
    assert two.exit_code == 0, two.stderr
    assert records_of(two.stdout) == records_of(one.stdout)


def test_txt_file_and_directory(runner, tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "lebak.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / "a-bengkulu.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "c.jsonl").write_bytes(orjson.dumps({"id": "dalam-jsonl", "text": SHORT}) + b"\n")
    (tmp_path / "catatan.md").write_text("bukan masukan")
    result = runner.invoke(app, ["extract", str(tmp_path), "-q"])
    assert result.exit_code == 0, result.stderr
    records = records_of(result.stdout)
    assert [r["id"] for r in records] == ["a-bengkulu", "lebak", "dalam-jsonl"]
    assert records[0]["title"] == "Pemprov Bengkulu Raih Peringkat 2 TOP GPR Award 2021"
    assert_valid(records, {"a-bengkulu": RELEASE, "lebak": SHORT, "dalam-jsonl": SHORT})


@pytest.mark.parametrize("stdin, args, ids", [
    pytest.param(RELEASE, [], ["stdin"], id="text-no-argument"),
    pytest.param(RELEASE, ["-"], ["stdin"], id="text-dash"),
    pytest.param(orjson.dumps({"id": "x", "text": SHORT}).decode() + "\n"
                 + orjson.dumps({"text": SHORT}).decode() + "\n", ["-"], ["x", "2"], id="jsonl"),
])
def test_standard_input(runner, stdin, args, ids):
    result = runner.invoke(app, ["extract", *args, "--quiet", "--published", "2024-02-06"], input=stdin)
    assert result.exit_code == 0, result.stderr
    records = records_of(result.stdout)
    assert [r["id"] for r in records] == ids
    assert all(r["published_source"] == "option" for r in records)


def test_binary_and_cp1252_files(runner, tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\x00\x01PK\x03\x04" * 50)
    cp = "Jum’at “pagi” Bupati berkata, “Kami siap.”\n"
    (tmp_path / "b.txt").write_bytes(cp.encode("cp1252"))
    result = runner.invoke(app, ["extract", str(tmp_path), "-q"])
    assert result.exit_code == 0
    binary, text = records_of(result.stdout)
    assert binary["error"]["kind"] == "decode"
    assert text["error"] is None
    assert_valid([text], {"b": cp})


def test_csv_format(runner, jsonl):
    result = runner.invoke(app, ["extract", str(jsonl), "--format", "csv", "-q"])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["record"] for r in rows} <= {"quote", "award", "error"}
    assert [r["id"] for r in rows if r["record"] == "error"] == ["3", "kosong", "tanpa-teks"]
    texts = {"bengkulu": RELEASE, "lebak": SHORT}
    for row in rows:
        if row["record"] != "error":
            assert texts[row["id"]][int(row["start"]):int(row["end"])] == row["text"]


def test_html_format_to_a_file(runner, jsonl, tmp_path):
    out = tmp_path / "page.html"
    result = runner.invoke(app, ["extract", str(jsonl), "--format", "html", "-o", str(out), "-q"])
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    for doc_id in ("bengkulu", "lebak", "3", "kosong", "tanpa-teks"):
        assert f'<article id="doc-{doc_id}">' in page


def test_output_file_is_not_overwritten_without_force(runner, jsonl, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("berharga\n")
    refused = runner.invoke(app, ["extract", str(jsonl), "-o", str(out), "-q"])
    assert refused.exit_code == 2
    assert "--force" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    assert out.read_text() == "berharga\n"
    forced = runner.invoke(app, ["extract", str(jsonl), "-o", str(out), "-q", "--force"])
    assert forced.exit_code == 0
    assert [r["id"] for r in records_of(out.read_text())][:2] == ["bengkulu", "lebak"]


def test_summary_on_stderr_unless_quiet(runner, jsonl):
    loud = runner.invoke(app, ["extract", str(jsonl)])
    assert "5 documents (3 errors)" in loud.stderr
    assert "documents" not in loud.stdout.split("\n")[-1]
    quiet = runner.invoke(app, ["extract", str(jsonl), "--quiet"])
    assert "documents (" not in quiet.stderr


@pytest.mark.parametrize("args, message", [
    pytest.param(["extract", "tidak/ada.txt"], "no such file or directory", id="missing-input"),
    pytest.param(["extract", "-", "--format", "xml"], "xml", id="bad-format"),
    pytest.param(["extract", "-", "--workers", "0"], "--workers", id="zero-workers"),
    pytest.param(["extract", "-", "--published", "2021-13-45"], "YYYY-MM-DD", id="bad-date"),
    pytest.param(["extract", "-", "--resume"], "--resume needs -o", id="resume-to-stdout"),
    pytest.param(["extract", "-", "--engine", "dask"], "--scheduler", id="dask-without-scheduler"),
    pytest.param(["extract", "-", "--bogus"], "--bogus", id="unknown-option"),
    pytest.param(["quotes", "tidak/ada.txt"], "no such file or directory", id="quotes-missing"),
])
def test_bad_usage_exits_2_with_a_message(runner, args, message):
    result = runner.invoke(app, args, input="")
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_input_message_is_one_line(runner):
    result = runner.invoke(app, ["extract", "tidak/ada.txt"])
    assert result.stderr.strip().splitlines() == ["warta: no such file or directory: tidak/ada.txt"]


def test_resume_to_an_existing_output(runner, jsonl, tmp_path):
    out = tmp_path / "out.jsonl"
    full = runner.invoke(app, ["extract", str(jsonl), "-o", str(out), "-q"])
    assert full.exit_code == 0
    clean = out.read_bytes()
    out.write_bytes(b"".join(clean.splitlines(keepends=True)[:2]))
    resumed = runner.invoke(app, ["extract", str(jsonl), "-o", str(out), "--resume"])
    assert resumed.exit_code == 0
    assert "2 skipped (resume)" in resumed.stderr
    assert out.read_bytes() == clean


QUOTED = {
    "id": "x", "title": "Judul [uji]", "error": None, "awards": [],
    "quotes": [
        {"type": "indirect", "text": "pasar akan dibuka [kembali] pekan depan", "start": 90, "end": 120,
         "speaker": None, "cue": None, "date": None},
        {"type": "direct", "text": "Kami bangga.", "start": 10, "end": 22, "cue": None, "date": "2021-11-11",
         "speaker": {"name": "Rohidin Mersyah", "mention": "Gubernur Rohidin", "start": 0, "end": 9,
                     "title": "Gubernur Bengkulu", "affiliation": "Pemerintah Provinsi Bengkulu"}},
    ],
}


def test_quote_rows_in_text_order():
    assert quote_rows(QUOTED) == [
        ("Rohidin Mersyah\n(Gubernur Rohidin)", "Gubernur Bengkulu, Pemerintah Provinsi Bengkulu",
         "Kami bangga.", "2021-11-11"),
        ("(unknown)", "", "[indirect] pasar akan dibuka [kembali] pekan depan", ""),
    ]


@pytest.mark.parametrize("record, shown", [
    pytest.param(QUOTED, ["Judul [uji]", "speaker", "Rohidin Mersyah", "[indirect] pasar akan dibuka [kembali]",
                          "2021-11-11"], id="table"),
    pytest.param(dict(QUOTED, quotes=[]), ["No quotes found in Judul [uji]."], id="none"),
    pytest.param(dict(QUOTED, quotes=[], error={"kind": "empty", "message": "the document has no text"}),
                 ["could not be processed (empty: the document has no text)"], id="error"),
])
def test_render_quotes_table(record, shown):
    console = Console(file=io.StringIO(), width=200)
    render(record, console)
    printed = console.file.getvalue()
    for text in shown:
        assert text in printed


def test_quotes_command_prints_a_table_or_says_there_are_none(runner, tmp_path):
    import pipeline

    article = tmp_path / "bengkulu.txt"
    article.write_text(RELEASE, encoding="utf-8")
    result = runner.invoke(app, ["quotes", str(article)], env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.stderr
    quotes = pipeline.extract(RELEASE, id="bengkulu")["quotes"]
    if not quotes:
        assert "No quotes found" in result.stdout
    for q in quotes:
        assert q["text"] in result.stdout
        assert (q["speaker"] or {}).get("name", "(unknown)") in result.stdout


def test_summary_of_a_records_file_with_a_torn_line(tmp_path):
    from pipeline.summary import summarise

    path = tmp_path / "records.jsonl"
    speaker = {"name": "Rohidin Mersyah", "mention": "Rohidin", "start": 0, "end": 7, "title": None,
               "affiliation": None}
    quote = {"type": "direct", "text": "Kami bangga.", "start": 10, "end": 22, "speaker": speaker}
    path.write_bytes(orjson.dumps({"id": "a", "quotes": [quote, quote], "dates": [{}], "error": None}) + b"\n"
                     + orjson.dumps({"id": "b", "error": {"kind": "empty", "message": "-"}}) + b"\n"
                     + b'{"id": "c", "quo')
    assert summarise(str(path)).splitlines() == [
        f"{path}: 2 documents, 1 errors, 0 entities, 1 dates, 2 quotes, 0 awards",
        "errors: empty (1)",
        "1 unreadable line(s): an interrupted run? `warta extract ... --resume` completes it",
        "most quoted: Rohidin Mersyah (2)",
    ]
