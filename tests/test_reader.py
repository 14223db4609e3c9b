"""Reading input (pipeline/reader.py): decoding, titles, JSON Lines, errors."""

from __future__ import annotations

import io

import pytest

from pipeline.reader import Article, InputError, check, decode, expand, read_jsonl_lines, read_stream, read_txt_bytes


@pytest.mark.parametrize("data, text, error", [
    pytest.param("Kamis (11/11) sore".encode(), "Kamis (11/11) sore", None, id="utf8"),
    pytest.param(b"\xef\xbb\xbfJudul", "Judul", None, id="utf8-bom-dropped"),
    pytest.param("Jum’at “pagi”".encode("cp1252"), "Jum’at “pagi”", None, id="cp1252-fallback"),
    pytest.param(b"\x00\x01\x02PK", None, "binary", id="binary-nul"),
    pytest.param(bytes(range(1, 32)) * 10, None, "binary", id="binary-controls"),
])
def test_decode(data, text, error):
    got, err = decode(data)
    assert got == text
    if error:
        assert error in err
    else:
        assert err is None


def test_txt_title_is_first_nonempty_line():
    art = read_txt_bytes("a", "\n\n  Pemprov Raih WTP \n\nIsi berita.".encode())
    assert art.title == "Pemprov Raih WTP"
    assert art.text == "\n\n  Pemprov Raih WTP \n\nIsi berita."


def test_jsonl_lines_ids_and_errors():
    lines = [b'{"id": "x1", "text": "Satu.", "published": "2021-11-12"}\n', b"\n", b"not json\n",
             b'{"title": "T"}\n', b'{"text": "Dua."}\n', b"[1, 2]\n"]
    arts = list(read_jsonl_lines(iter(lines), "in.jsonl"))
    assert [(a.id, a.error_kind) for a in arts] == [("x1", None), ("3", "json"), ("4", "json"),
                                                    ("5", None), ("6", "json")]
    assert arts[0].published == "2021-11-12"
    assert "line 3" in arts[1].error_message


def test_stdin_plain_and_jsonl():
    plain = list(read_stream(io.BufferedReader(io.BytesIO("Judul\n\nIsi.".encode())), "stdin"))
    assert [(a.id, a.title) for a in plain] == [("stdin", "Judul")]
    jl = list(read_stream(io.BufferedReader(io.BytesIO(b'{"text": "A"}\n{"text": "B"}\n')), "stdin"))
    assert [a.text for a in jl] == ["A", "B"]


@pytest.mark.parametrize("text, kind", [
    pytest.param("", "empty", id="empty"),
    pytest.param(" \n\t ", "empty", id="whitespace"),
    pytest.param("x" * 11, "oversized", id="oversized"),
    pytest.param("cukup", None, id="ok"),
])
def test_check(text, kind):
    assert check(Article(id="a", text=text), max_chars=10).error_kind == kind


def test_expand_directory_sorted_and_missing(tmp_path):
    (tmp_path / "b.txt").write_text("B")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.jsonl").write_text("{}")
    (tmp_path / "skip.bin").write_bytes(b"\0")
    assert [p.name for p in expand([str(tmp_path)])] == ["b.txt", "a.jsonl"]
    with pytest.raises(InputError, match="no such file"):
        expand([str(tmp_path / "nope.txt")])
