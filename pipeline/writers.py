"""Writers: records out as JSON Lines, CSV or one self-contained HTML page.

Each writer takes record dicts one at a time (streaming) and the article texts where it
needs them (HTML highlights).
"""

from __future__ import annotations

import csv
import html
from typing import IO, Any

import orjson

CSV_FIELDS = ["id", "record", "type", "text", "start", "end", "speaker", "speaker_title",
              "speaker_affiliation", "cue", "recipient", "rank", "rank_text", "award",
              "category", "date", "error"]


class JsonlWriter:
    def __init__(self, out: IO[str]):
        self.out = out

    def write(self, record: dict[str, Any], text: str | None = None) -> None:
        # One complete line per write, flushed, so an interrupted run leaves whole lines.
        self.out.write(orjson.dumps(record).decode("utf-8") + "\n")
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


class CsvWriter:
    """One row per quote and per award (``record`` says which); an error gives one row."""

    def __init__(self, out: IO[str]):
        self.out = out
        self.writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore")
        self.writer.writeheader()

    def write(self, record: dict[str, Any], text: str | None = None) -> None:
        rid = record["id"]
        if record.get("error"):
            self.writer.writerow({"id": rid, "record": "error",
                                  "error": f"{record['error']['kind']}: {record['error']['message']}"})
        for q in record.get("quotes", []):
            sp = q.get("speaker") or {}
            self.writer.writerow({
                "id": rid, "record": "quote", "type": q["type"], "text": q["text"],
                "start": q["start"], "end": q["end"], "speaker": sp.get("name"),
                "speaker_title": sp.get("title"), "speaker_affiliation": sp.get("affiliation"),
                "cue": (q.get("cue") or {}).get("text"), "date": q.get("date")})
        for a in record.get("awards", []):
            self.writer.writerow({
                "id": rid, "record": "award", "text": a["recipient"]["text"],
                "start": a["recipient"]["start"], "end": a["recipient"]["end"],
                "recipient": a["recipient"]["text"], "rank": a.get("rank"),
                "rank_text": a.get("rank_text"), "award": a.get("award"),
                "category": a.get("category"), "date": a.get("date")})
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


HTML_HEAD = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Warta records</title>
<style>
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;line-height:1.5;color:#222}
article{border-top:2px solid #ccc;padding:1rem 0}
.text{white-space:pre-wrap}
mark.quote{background:#fff3b0}
mark.speaker{background:#b8e0ff;font-weight:600}
mark.cue{background:#e0d4ff}
mark.date{background:#c8f7c5}
mark.recipient{background:#ffd1d1;font-weight:600}
table{border-collapse:collapse;margin:.5rem 0}
td,th{border:1px solid #ccc;padding:.2rem .5rem;vertical-align:top;text-align:left}
.error{color:#a00}
</style></head><body>
<h1>Warta records</h1>
<p>Highlights: <mark class="quote">quote</mark> <mark class="speaker">speaker</mark>
<mark class="cue">cue</mark> <mark class="date">date</mark> <mark class="recipient">award recipient</mark></p>
"""


def _highlight(text: str, record: dict[str, Any]) -> str:
    """The article text with non-overlapping highlights (outer spans win over inner ones)."""
    marks: list[tuple[int, int, str]] = []
    for q in record.get("quotes", []):
        marks.append((q["start"], q["end"], "quote"))
        if q.get("speaker"):
            marks.append((q["speaker"]["start"], q["speaker"]["end"], "speaker"))
        if q.get("cue"):
            marks.append((q["cue"]["start"], q["cue"]["end"], "cue"))
    for d in record.get("dates", []):
        marks.append((d["start"], d["end"], "date"))
    for a in record.get("awards", []):
        marks.append((a["recipient"]["start"], a["recipient"]["end"], "recipient"))
    # Nested marks open and close in order; overlapping ones that cross are dropped.
    marks.sort(key=lambda m: (m[0], -m[1]))
    kept: list[tuple[int, int, str]] = []
    stack: list[tuple[int, int, str]] = []
    for m in marks:
        while stack and stack[-1][1] <= m[0]:
            stack.pop()
        if stack and m[1] > stack[-1][1]:
            continue
        kept.append(m)
        stack.append(m)
    events: list[tuple[int, int, str]] = []
    for s, e, kind in kept:
        events.append((s, 1, f'<mark class="{kind}">'))
        events.append((e, 0, "</mark>"))
    events.sort(key=lambda ev: (ev[0], ev[1]))
    out, pos = [], 0
    for at, _, tag in events:
        out.append(html.escape(text[pos:at]))
        out.append(tag)
        pos = at
    out.append(html.escape(text[pos:]))
    return "".join(out)


class HtmlWriter:
    def __init__(self, out: IO[str]):
        self.out = out
        self.out.write(HTML_HEAD)

    def write(self, record: dict[str, Any], text: str | None = None) -> None:
        e = html.escape
        parts = [f'<article id="{e(record["id"])}"><h2>{e(record.get("title") or record["id"])}</h2>',
                 f"<p>id <code>{e(record['id'])}</code> · published {e(str(record.get('published')))}"
                 f" ({e(str(record.get('published_source')))})</p>"]
        if record.get("error"):
            parts.append(f'<p class="error">{e(record["error"]["kind"])}: {e(record["error"]["message"])}</p>')
        quotes = record.get("quotes", [])
        if quotes:
            by_speaker: dict[str, list[dict]] = {}
            for q in quotes:
                by_speaker.setdefault((q.get("speaker") or {}).get("name") or "(unknown)", []).append(q)
            parts.append("<table class=\"quotes\"><tr><th>speaker</th><th>title</th><th>quotes</th></tr>")
            for name, qs in by_speaker.items():
                title = (qs[0].get("speaker") or {}).get("title") or ""
                items = "".join(f"<li>[{e(q['type'])}] {e(q['text'])}</li>" for q in qs)
                parts.append(f"<tr><td>{e(name)}</td><td>{e(title)}</td><td><ul>{items}</ul></td></tr>")
            parts.append("</table>")
        awards = record.get("awards", [])
        if awards:
            parts.append("<table class=\"awards\"><tr><th>recipient</th><th>rank</th><th>award</th><th>category</th><th>date</th></tr>")
            for a in awards:
                rank = a.get("rank") if a.get("rank") is not None else (a.get("rank_text") or "")
                parts.append(f"<tr><td>{e(a['recipient']['text'])}</td><td>{e(str(rank))}</td>"
                             f"<td>{e(a.get('award') or '')}</td><td>{e(a.get('category') or '')}</td>"
                             f"<td>{e(a.get('date') or '')}</td></tr>")
            parts.append("</table>")
        if text:
            parts.append(f'<div class="text">{_highlight(text, record)}</div>')
        parts.append("</article>\n")
        self.out.write("".join(parts))
        self.out.flush()

    def close(self) -> None:
        self.out.write("</body></html>\n")
        self.out.flush()


WRITERS = {"jsonl": JsonlWriter, "csv": CsvWriter, "html": HtmlWriter}
