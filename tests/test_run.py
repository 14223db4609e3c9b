"""``warta extract`` as a function and as a process (pipeline/run.py): resume, interruption,
progress totals."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import orjson
import pytest

from pipeline.run import ExtractOptions, UsageError, count_documents, done_ids, run_extract, trim_torn_tail

WARTA = Path(sys.executable).parent / "warta"

PARAGRAPH = ("Gubernur Bengkulu Rohidin Mersyah mengatakan, “Capaian ini berkat kerja keras seluruh "
             "jajaran Pemprov Bengkulu.” Penghargaan diterima di Jakarta, Kamis (11/11/2021). ")


def write_jsonl(path: Path, n: int, paragraphs: int = 1) -> list[str]:
    ids = [f"rilis-{i:05d}" for i in range(n)]
    with path.open("wb") as fh:
        for i, doc_id in enumerate(ids):
            text = f"Rilis nomor {i}\n\n" + PARAGRAPH * paragraphs
            fh.write(orjson.dumps({"id": doc_id, "text": text}) + b"\n")
    return ids


def read_records(path: Path) -> list[dict]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


@pytest.mark.parametrize("content, kept", [
    pytest.param(b'{"id":"a"}\n{"id":"b"}\n', b'{"id":"a"}\n{"id":"b"}\n', id="complete"),
    pytest.param(b'{"id":"a"}\n{"id":"b', b'{"id":"a"}\n', id="torn-last-line"),
    pytest.param(b'{"id":"a"}\n{"id":"b"}', b'{"id":"a"}\n', id="no-final-newline"),
    pytest.param(b'{"id":"a', b"", id="only-a-torn-line"),
    pytest.param(b"", b"", id="empty"),
])
def test_trim_torn_tail(tmp_path, content, kept):
    path = tmp_path / "out.jsonl"
    path.write_bytes(content)
    trim_torn_tail(path)
    assert path.read_bytes() == kept


def test_trim_torn_tail_on_a_line_longer_than_one_block(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"id":"a"}\n' + b"x" * 200_000)
    trim_torn_tail(path)
    assert path.read_bytes() == b'{"id":"a"}\n'


def test_done_ids_counts_repeated_ids_and_drops_the_torn_line(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"id":"1"}\n{"id":"2"}\n{"id":"1"}\n{"id":"3"')
    assert done_ids(path) == Counter({"1": 2, "2": 1})
    assert path.read_bytes().endswith(b'{"id":"1"}\n')


def test_count_documents(tmp_path):
    a = tmp_path / "a.jsonl"
    a.write_bytes(b'{"text":"x"}\n{"text":"y"}\n{"text":"z"}')
    b = tmp_path / "b.txt"
    b.write_text("Judul\n\nIsi.")
    assert count_documents([a, b]) == 4
    assert count_documents([b, "-"]) is None


def test_resume_with_ids_repeated_across_inputs(tmp_path):
    # Two JSON Lines files without ids: both number their documents "1", "2".
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_bytes(b'{"text":"Satu."}\n{"text":"Dua."}\n')
    second.write_bytes(b'{"text":"Tiga."}\n{"text":"Empat."}\n')
    out = tmp_path / "out.jsonl"
    opts = dict(inputs=[str(first), str(second)], output=out, quiet=True)
    run_extract(ExtractOptions(**opts))
    clean = out.read_bytes()
    lines = clean.splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:3]) + lines[3][:10])  # killed while writing the 4th
    summary = run_extract(ExtractOptions(resume=True, **opts))
    assert (summary.skipped, summary.documents) == (3, 1)
    assert out.read_bytes() == clean


@pytest.mark.parametrize("options, message", [
    pytest.param(dict(resume=True), "--resume needs -o", id="resume-without-output"),
    pytest.param(dict(engine="dask"), "--scheduler", id="dask-without-scheduler"),
    pytest.param(dict(inputs=["no/such.jsonl"]), "no such file", id="missing-input"),
])
def test_usage_errors(options, message):
    with pytest.raises(UsageError, match=message):
        run_extract(ExtractOptions(**options))


def wait_for_lines(path: Path, proc: subprocess.Popen, lines: int, timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if path.exists() and path.read_bytes().count(b"\n") >= lines:
            return
        if proc.poll() is not None:
            pytest.fail(f"the run ended (rc {proc.returncode}) before it could be interrupted")
        time.sleep(0.05)
    pytest.fail("no output appeared in time")


@pytest.mark.slow
def test_killed_run_resumes_with_no_document_lost_or_repeated(tmp_path):
    data = tmp_path / "in.jsonl"
    ids = write_jsonl(data, 200, paragraphs=8)
    out = tmp_path / "out.jsonl"
    cmd = [str(WARTA), "extract", str(data), "-o", str(out), "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    wait_for_lines(out, proc, 20)
    assert proc.poll() is None
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = out.read_bytes().count(b"\n")
    assert 20 <= partial < len(ids)

    done = subprocess.run(cmd + ["--resume"], capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    resumed = read_records(out)
    assert [r["id"] for r in resumed] == ids

    clean_out = tmp_path / "clean.jsonl"
    run_extract(ExtractOptions(inputs=[str(data)], output=clean_out, quiet=True))
    assert resumed == read_records(clean_out)


@pytest.mark.slow
def test_ctrl_c_exits_130_with_a_message_and_complete_lines(tmp_path):
    data = tmp_path / "in.jsonl"
    write_jsonl(data, 200, paragraphs=8)
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([str(WARTA), "extract", str(data), "-o", str(out), "--workers", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    wait_for_lines(out, proc, 20)
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole process group
    _, err = proc.communicate(timeout=60)
    err = err.decode()
    assert proc.returncode == 130
    assert "interrupted" in err
    assert "Traceback" not in err
    content = out.read_bytes()
    assert content.endswith(b"\n")
    assert all(orjson.loads(line)["schema"] == "warta/1" for line in content.splitlines())
