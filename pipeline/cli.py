"""The ``warta`` command line (Typer). Each command parses options and calls a plain
function; results go to stdout (or ``-o``), progress and diagnostics to stderr."""

from __future__ import annotations

import datetime as dt
import logging
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(no_args_is_help=True, add_completion=False,
                  help="Warta: who said what, which institution won which rank, and on what "
                       "date, in Indonesian press releases.")

log = logging.getLogger("warta")


@app.callback()
def _root() -> None:
    """Warta: who said what, which institution won which rank, and on what date."""


class Format(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    html = "html"


class Engine(str, Enum):
    local = "local"
    dask = "dask"


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"warta: {message}", err=True)
    raise typer.Exit(code)


def _check_date(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form")
    return value


@app.command()
def extract(
    inputs: Annotated[Optional[list[str]], typer.Argument(
        metavar="[INPUT]...", help="A .txt article, a .jsonl file, a directory, or - for stdin (the default).")] = None,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write records here instead of stdout.")] = None,
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.jsonl,
    published: Annotated[Optional[str], typer.Option(
        "--published", callback=_check_date, help="Publication date YYYY-MM-DD for articles that give none.")] = None,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Worker processes.")] = 1,
    engine: Annotated[Engine, typer.Option("--engine", help="local processes or a Dask cluster.")] = Engine.local,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Dask scheduler address (with --engine dask).")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Skip ids already in the -o file and append the rest.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing -o file.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress on stderr.")] = False,
    max_chars: Annotated[int, typer.Option("--max-chars", min=1, help="Longer documents get an 'oversized' error record.")] = 5_000_000,
) -> None:
    """Extract quotes, awards, dates and entities: one JSON record per article."""
    from .run import ExtractOptions, UsageError, run_extract

    options = ExtractOptions(inputs=inputs or ["-"], output=output, fmt=fmt.value,
                             published=published, workers=workers, engine=engine.value,
                             scheduler=scheduler, resume=resume, force=force, quiet=quiet,
                             max_chars=max_chars)
    try:
        summary = run_extract(options)
    except UsageError as exc:
        _fail(str(exc))
    if not quiet:
        typer.echo(summary.line(), err=True)


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="warta: %(message)s", stream=sys.stderr)
    app()


if __name__ == "__main__":
    main()
