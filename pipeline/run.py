"""``warta extract`` as a plain function: read inputs, run the batch, write records.

Output order follows input order; a bad document becomes an error record; ``--resume``
skips ids already written; progress goes to stderr.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import orjson

from .batch import run_local
from .reader import MAX_CHARS, Article, InputError, expand, read_inputs
from .writers import WRITERS


class UsageError(Exception):
    """Bad usage or unreadable input: the command exits 2 with this message."""


@dataclass
class ExtractOptions:
    inputs: list[str] = field(default_factory=lambda: ["-"])
    output: Path | None = None
    fmt: str = "jsonl"
    published: str | None = None
    workers: int = 1
    engine: str = "local"
    scheduler: str | None = None
    resume: bool = False
    force: bool = False
    quiet: bool = False
    max_chars: int = MAX_CHARS


@dataclass
class Summary:
    documents: int = 0
    errors: int = 0
    quotes: int = 0
    awards: int = 0
    dates: int = 0
    skipped: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        rate = self.documents / self.seconds if self.seconds > 0 else 0.0
        skipped = f", {self.skipped} skipped (resume)" if self.skipped else ""
        return (f"{self.documents} documents ({self.errors} errors{skipped}): {self.quotes} quotes, "
                f"{self.awards} awards, {self.dates} dates in {self.seconds:.1f} s ({rate:.1f} docs/s)")


def done_ids(path: Path) -> set[str]:
    """Ids of the complete records in an earlier output; a torn last line is cut off."""
    ids: set[str] = set()
    if not path.exists():
        return ids
    data = path.read_bytes()
    keep = data.rfind(b"\n") + 1
    if keep < len(data):
        with path.open("r+b") as fh:
            fh.truncate(keep)
    for line in data[:keep].splitlines():
        try:
            ids.add(str(orjson.loads(line)["id"]))
        except (orjson.JSONDecodeError, KeyError, TypeError):
            continue
    return ids


def _open_output(options: ExtractOptions) -> tuple[IO[str], set[str]]:
    if options.output is None:
        if options.resume:
            raise UsageError("--resume needs -o FILE")
        return sys.stdout, set()
    out = options.output
    if options.resume:
        if options.fmt != "jsonl":
            raise UsageError("--resume works with --format jsonl only")
        return out.open("a", encoding="utf-8"), done_ids(out)
    if out.exists() and not options.force:
        raise UsageError(f"{out} exists; use --force to overwrite or --resume to continue it")
    if out.parent and not out.parent.exists():
        raise UsageError(f"no such directory: {out.parent}")
    return out.open("w", encoding="utf-8"), set()


def _records(options: ExtractOptions, articles: Iterator[Article]):
    if options.engine == "dask":
        from .distributed import run_dask

        return run_dask(articles, scheduler=options.scheduler, published=options.published)
    return run_local(articles, workers=options.workers, published=options.published)


def run_extract(options: ExtractOptions) -> Summary:
    try:
        expand(options.inputs)
    except InputError as exc:
        raise UsageError(str(exc)) from None
    if options.engine == "dask" and not options.scheduler:
        raise UsageError("--engine dask needs --scheduler ADDRESS")
    out, seen = _open_output(options)
    summary = Summary()
    started = time.perf_counter()
    writer = WRITERS[options.fmt](out)

    def todo() -> Iterator[Article]:
        for article in read_inputs(options.inputs, options.max_chars):
            if article.id in seen:
                summary.skipped += 1
                continue
            yield article

    progress = None
    if not options.quiet:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        progress = Progress(TextColumn("extract"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[rate]} docs/s"), TimeElapsedColumn(),
                            console=Console(stderr=True), transient=True)
        task = progress.add_task("extract", total=None, rate="0.0")
        progress.start()
    try:
        for article, record in _records(options, todo()):
            writer.write(record, article.text)
            summary.documents += 1
            summary.errors += record.get("error") is not None
            summary.quotes += len(record["quotes"])
            summary.awards += len(record["awards"])
            summary.dates += len(record["dates"])
            if progress is not None:
                elapsed = time.perf_counter() - started
                progress.update(task, advance=1, rate=f"{summary.documents / elapsed:.1f}")
    finally:
        if progress is not None:
            progress.stop()
        writer.close()
        if out is not sys.stdout:
            out.close()
    summary.seconds = time.perf_counter() - started
    return summary
