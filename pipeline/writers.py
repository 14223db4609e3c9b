"""Writers: records out as JSON Lines, CSV or one self-contained HTML page.

Each writer takes record dicts one at a time (streaming) together with the article text,
which the HTML page needs for its highlights.
"""

from __future__ import annotations

import csv
import html
from typing import IO, Any

import orjson

CSV_FIELDS = ["id", "record", "type", "text", "start", "end",
              "speaker", "speaker_mention", "speaker_start", "speaker_end", "speaker_title",
              "speaker_affiliation", "cue", "cue_start", "cue_end",
              "recipient", "rank", "rank_text", "award", "category", "evidence_start",
              "evidence_end", "date", "error", "speaker_private"]


class JsonlWriter:
    def __init__(self, out: IO[str]):
        self.out = out

    def write(self, record: dict[str, Any], text: str | None = None) -> None:
        # One write of one whole line, flushed: a killed run leaves at most one torn last
        # line, which --resume cuts off.
        self.out.write(orjson.dumps(record).decode("utf-8") + "\n")
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


def csv_rows(record: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per quote and per award (``record`` says which); an error record gives one
    ``error`` row so that the document is not silently missing from the table."""
    rid = record["id"]
    rows: list[dict[str, Any]] = []
    if record.get("error"):
        rows.append({"id": rid, "record": "error",
                     "error": f"{record['error']['kind']}: {record['error']['message']}"})
    for q in record.get("quotes", []):
        sp = q.get("speaker") or {}
        cue = q.get("cue") or {}
        rows.append({
            "id": rid, "record": "quote", "type": q["type"], "text": q["text"],
            "start": q["start"], "end": q["end"], "speaker": sp.get("name"),
            "speaker_mention": sp.get("mention"), "speaker_start": sp.get("start"),
            "speaker_end": sp.get("end"), "speaker_title": sp.get("title"),
            "speaker_affiliation": sp.get("affiliation"), "speaker_private": sp.get("private"),
            "cue": cue.get("text"),
            "cue_start": cue.get("start"), "cue_end": cue.get("end"), "date": q.get("date")})
    for a in record.get("awards", []):
        evidence = a.get("evidence") or {}
        rows.append({
            "id": rid, "record": "award", "text": a["recipient"]["text"],
            "start": a["recipient"]["start"], "end": a["recipient"]["end"],
            "recipient": a["recipient"]["text"], "rank": a.get("rank"),
            "rank_text": a.get("rank_text"), "award": a.get("award"),
            "category": a.get("category"), "evidence_start": evidence.get("start"),
            "evidence_end": evidence.get("end"), "date": a.get("date")})
    return rows


class CsvWriter:
    """One row per quote and per award, with the article id and the offsets."""

    def __init__(self, out: IO[str]):
        self.out = out
        self.writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore")
        self.writer.writeheader()

    def write(self, record: dict[str, Any], text: str | None = None) -> None:
        self.writer.writerows(csv_rows(record))
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


HTML_HEAD = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Warta records</title>
<style>
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;line-height:1.5;color:#222}
article{border-top:2px solid #ccc;padding:1rem 0}
.text{white-space:pre-wrap;background:#fafafa;padding:.5rem}
mark{padding:0 .1em;border-radius:.2em}
mark.quote{background:#fff3b0}
mark.speaker{background:#b8e0ff;font-weight:600}
mark.cue{background:#e0d4ff}
mark.date{background:#c8f7c5}
mark.award{background:#ffe8cc}
mark.recipient{background:#ffd1d1;font-weight:600}
table{border-collapse:collapse;margin:.5rem 0}
td,th{border:1px solid #ccc;padding:.2rem .5rem;vertical-align:top;text-align:left}
.error{color:#a00}
.nowrap{white-space:nowrap}
</style></head><body>
<h1>Warta records</h1>
<p>Highlights: <mark class="quote">quote</mark> <mark class="speaker">speaker</mark>
<mark class="cue">cue</mark> <mark class="date">date</mark> <mark class="award">award
<mark class="recipient">recipient</mark></mark></p>
"""


def _marks(text: str, record: dict[str, Any]) -> list[tuple[int, int, str, str]]:
    """(start, end, class, tooltip) for every span worth highlighting."""
    marks: list[tuple[int, int, str, str]] = []
    for q in record.get("quotes", []):
        sp = q.get("speaker")
        who = sp["name"] if sp else "unknown speaker"
        marks.append((q["start"], q["end"], "quote", f"{q['type']} quote of {who}"))
        if sp:
            marks.append((sp["start"], sp["end"], "speaker",
                          ", ".join(x for x in (sp["name"], sp.get("title"), sp.get("affiliation")) if x)))
        if q.get("cue"):
            marks.append((q["cue"]["start"], q["cue"]["end"], "cue", "speech verb"))
    for d in record.get("dates", []):
        marks.append((d["start"], d["end"], "date", str(d.get("value") or "")))
    for a in record.get("awards", []):
        what = " ".join(str(x) for x in (a.get("award"), a.get("category")) if x)
        rank = a.get("rank") if a.get("rank") is not None else (a.get("rank_text") or "")
        ev = a.get("evidence") or {}
        if "start" in ev and "end" in ev:
            marks.append((ev["start"], ev["end"], "award", what))
        marks.append((a["recipient"]["start"], a["recipient"]["end"], "recipient",
                      f"rank {rank} {what}".strip()))
    return [m for m in marks if 0 <= m[0] < m[1] <= len(text)]


def highlight(text: str, record: dict[str, Any]) -> str:
    """The article text as HTML with ``<mark class=...>`` around the record's spans.

    Marks nest (a date inside a quote); of two marks that cross, the one that starts first
    (the longer at equal starts) is kept, since HTML elements cannot overlap.
    """
    marks = sorted(_marks(text, record), key=lambda m: (m[0], -m[1]))
    kept: list[tuple[int, int, str, str]] = []
    stack: list[tuple[int, int, str, str]] = []
    for m in marks:
        while stack and stack[-1][1] <= m[0]:
            stack.pop()
        if stack and m[1] > stack[-1][1]:
            continue
        kept.append(m)
        stack.append(m)
    # (position, closes before opens, then: opens outer first / closes inner first, tag)
    events: list[tuple[int, int, int, str]] = []
    for s, e, kind, tip in kept:
        events.append((s, 1, -e, f'<mark class="{kind}" title="{html.escape(tip)}">'))
        events.append((e, 0, -s, "</mark>"))
    events.sort(key=lambda ev: ev[:3])
    out, pos = [], 0
    for at, _, _, tag in events:
        out.append(html.escape(text[pos:at]))
        out.append(tag)
        pos = at
    out.append(html.escape(text[pos:]))
    return "".join(out)


class HtmlWriter:
    """Each article with its highlights and tables; at the end, every quote per speaker."""

    def __init__(self, out: IO[str]):
        self.out = out
        self.by_speaker: dict[str, list[tuple[str, dict[str, Any]]]] = {}
        self.out.write(HTML_HEAD)

    def write(self, record: dict[str, Any], text: str | None = None) -> None:
        e = html.escape
        rid = record["id"]
        parts = [f'<article id="doc-{e(rid)}"><h2>{e(record.get("title") or rid)}</h2>',
                 f"<p>id <code>{e(rid)}</code> · published {e(str(record.get('published')))}"
                 f" ({e(str(record.get('published_source')))})</p>"]
        if record.get("error"):
            parts.append(f'<p class="error">{e(record["error"]["kind"])}: {e(record["error"]["message"])}</p>')
        quotes = record.get("quotes", [])
        if quotes:
            parts.append('<table class="quotes"><tr><th>speaker</th><th>title</th><th>quote</th>'
                         "<th>date</th></tr>")
            for q in quotes:
                sp = q.get("speaker") or {}
                name = sp.get("name") or "(unknown)"
                self.by_speaker.setdefault(name, []).append((rid, q))
                parts.append(f"<tr><td>{e(name)}</td><td>{e(sp.get('title') or '')}</td>"
                             f"<td>[{e(q['type'])}] {e(q['text'])}</td><td class=\"nowrap\">{e(q.get('date') or '')}</td></tr>")
            parts.append("</table>")
        awards = record.get("awards", [])
        if awards:
            parts.append('<table class="awards"><tr><th>recipient</th><th>rank</th><th>award</th>'
                         "<th>category</th><th>date</th></tr>")
            for a in awards:
                rank = a.get("rank") if a.get("rank") is not None else (a.get("rank_text") or "")
                parts.append(f"<tr><td>{e(a['recipient']['text'])}</td><td>{e(str(rank))}</td>"
                             f"<td>{e(a.get('award') or '')}</td><td>{e(a.get('category') or '')}</td>"
                             f"<td class=\"nowrap\">{e(a.get('date') or '')}</td></tr>")
            parts.append("</table>")
        if text:
            parts.append(f'<div class="text">{highlight(text, record)}</div>')
        parts.append("</article>\n")
        self.out.write("".join(parts))
        self.out.flush()

    def close(self) -> None:
        e = html.escape
        if self.by_speaker:
            parts = ['<section id="speakers"><h2>Quotes per speaker</h2><table class="speakers">'
                     "<tr><th>speaker</th><th>quotes</th></tr>"]
            for name in sorted(self.by_speaker, key=lambda n: (-len(self.by_speaker[n]), n)):
                items = "".join(f'<li><a href="#doc-{e(rid)}">{e(rid)}</a>: {e(q["text"])}</li>'
                                for rid, q in self.by_speaker[name])
                parts.append(f"<tr><td>{e(name)}</td><td><ul>{items}</ul></td></tr>")
            parts.append("</table></section>\n")
            self.out.write("".join(parts))
        self.out.write("</body></html>\n")
        self.out.flush()


WRITERS = {"jsonl": JsonlWriter, "csv": CsvWriter, "html": HtmlWriter}
