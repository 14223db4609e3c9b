"""``warta quotes``: who said what in one article, as a table for people to read.

Takes an article (a .txt file, a .jsonl file, or - for stdin); gives its records and prints,
per article, a Rich table of speaker, title, quote (wrapped) and date, or a plain message
when the article has no quotes.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text


def quote_rows(record: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(speaker, title, quote, date) per quote of a record, in text order."""
    rows = []
    for q in sorted(record.get("quotes", []), key=lambda q: q["start"]):
        sp = q.get("speaker") or {}
        name = sp.get("name") or "(unknown)"
        if sp.get("mention") and sp["mention"] != sp.get("name"):
            name += f"\n({sp['mention']})"
        title = ", ".join(x for x in (sp.get("title"), sp.get("affiliation")) if x)
        text = q["text"] if q["type"] == "direct" else f"[{q['type']}] {q['text']}"
        rows.append((name, title, text, q.get("date") or ""))
    return rows


def render(record: dict[str, Any], console: Console) -> None:
    """Prints one record's quotes as a table (or why there is none)."""
    heading = record.get("title") or record["id"]
    if record.get("error"):
        console.print(f"{heading}: could not be processed "
                      f"({record['error']['kind']}: {record['error']['message']})", markup=False)
        return
    rows = quote_rows(record)
    if not rows:
        console.print(f"No quotes found in {heading}.", markup=False)
        return
    table = Table(title=Text(heading), show_lines=True, expand=True, title_justify="left")
    table.add_column("speaker", ratio=2, overflow="fold")
    table.add_column("title", ratio=2, overflow="fold")
    table.add_column("quote", ratio=6, overflow="fold")
    table.add_column("date", no_wrap=True)
    for row in rows:
        # Text, not markup: quotes hold brackets such as "[direct]".
        table.add_row(*(Text(cell) for cell in row))
    console.print(table)


def quotes_table(article: str, published: str | None = None,
                 console: Console | None = None) -> list[dict[str, Any]]:
    """Runs the pipeline on ``article`` and prints its quotes; returns the records.

    Raises FileNotFoundError for a path that does not exist.
    """
    from .batch import run_local
    from .reader import InputError, read_inputs

    try:
        articles = list(read_inputs([article]))
    except InputError as exc:
        raise FileNotFoundError(str(exc)) from None
    console = console or Console()
    records = []
    for _, record in run_local(articles, published=published):
        render(record, console)
        records.append(record)
    return records
