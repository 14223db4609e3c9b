"""``warta extract`` as a plain function: read inputs, run the batch, write records.

Takes ExtractOptions; gives a Summary, having written one record per input document in
input order. A bad document becomes an error record; ``--resume`` skips the ids already in
the output; an interrupted run leaves only complete lines; progress goes to stderr.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections import Counter
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


def trim_torn_tail(path: Path) -> None:
    """Cut a last line that has no newline (a run killed mid-write) off a JSON Lines file."""
    with path.open("r+b") as fh:
        size = fh.seek(0, os.SEEK_END)
        pos, block = size, 1 << 16
        while pos > 0:
            start = max(0, pos - block)
            fh.seek(start)
            data = fh.read(pos - start)
            cut = data.rfind(b"\n")
            if cut >= 0:
                keep = start + cut + 1
                break
            pos = start
        else:
            keep = 0
        if keep < size:
            fh.truncate(keep)


def done_ids(path: Path) -> Counter[str]:
    """How often each id occurs among the complete records of an earlier output.

    A torn last line is cut off first. A count, not a set: inputs may repeat an id (two
    JSON Lines files numbered from line 1), and each occurrence is one document to skip.
    The file is streamed, so a large output is not read into memory.
    """
    ids: Counter[str] = Counter()
    if not path.exists():
        return ids
    trim_torn_tail(path)
    with path.open("rb") as fh:
        for line in fh:
            try:
                ids[str(orjson.loads(line)["id"])] += 1
            except (orjson.JSONDecodeError, KeyError, TypeError):
                continue
    return ids


def count_documents(items: list[Path | str]) -> int | None:
    """The number of input documents, for the ETA: lines of .jsonl files, one per other
    file; None for standard input. Blank lines count, so it is an upper bound."""
    total = 0
    for item in items:
        if item == "-":
            return None
        if item.suffix.lower() != ".jsonl":
            total += 1
            continue
        last = b"\n"
        try:
            with item.open("rb") as fh:
                while block := fh.read(1 << 20):
                    total += block.count(b"\n")
                    last = block[-1:]
        except OSError:
            return None
        total += last != b"\n"
    return total


def _open_output(options: ExtractOptions) -> tuple[IO[str], Counter[str]]:
    out = options.output
    if out is None or str(out) == "-":
        if options.resume:
            raise UsageError("--resume needs -o FILE")
        return sys.stdout, Counter()
    if out.is_dir():
        raise UsageError(f"{out} is a directory; -o needs a file")
    if not out.parent.is_dir():
        raise UsageError(f"no such directory: {out.parent}")
    if options.resume:
        if options.fmt != "jsonl":
            raise UsageError("--resume works with --format jsonl only")
        seen = done_ids(out)
        return out.open("a", encoding="utf-8"), seen
    if out.exists() and not options.force:
        raise UsageError(f"{out} exists; use --force to overwrite or --resume to continue it")
    return out.open("w", encoding="utf-8"), Counter()


class _Progress:
    """Rich progress on stderr: documents, docs/s, elapsed and (total known) ETA."""

    def __init__(self, items: list[Path | str]):
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn,
                                   TextColumn, TimeElapsedColumn, TimeRemainingColumn)

        self.progress = Progress(SpinnerColumn(), TextColumn("extract"), BarColumn(),
                                 MofNCompleteColumn(), TextColumn("{task.fields[rate]} docs/s"),
                                 TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                                 console=Console(stderr=True), transient=True,
                                 redirect_stdout=False, redirect_stderr=False)
        self.task = self.progress.add_task("extract", total=None, rate="0.0")
        self.total: int | None = None
        self.skipped = 0
        self.started = time.perf_counter()
        self.progress.start()
        # Counting lines of a large .jsonl takes a moment; the run does not wait for it.
        threading.Thread(target=self._count, args=(items,), daemon=True).start()

    def _count(self, items: list[Path | str]) -> None:
        self.total = count_documents(items)
        self._set_total()

    def _set_total(self) -> None:
        if self.total is not None:
            self.progress.update(self.task, total=max(0, self.total - self.skipped))

    def skip(self) -> None:
        self.skipped += 1
        if self.total is not None and self.skipped % 1000 == 0:
            self._set_total()

    def advance(self, done: int) -> None:
        elapsed = time.perf_counter() - self.started
        self.progress.update(self.task, advance=1, rate=f"{done / elapsed:.1f}")

    def stop(self) -> None:
        self._set_total()
        self.progress.stop()


def run_extract(options: ExtractOptions) -> Summary:
    """Runs ``warta extract``; raises UsageError for bad usage or unreadable input."""
    try:
        items = expand(options.inputs)
    except InputError as exc:
        raise UsageError(str(exc)) from None
    if options.engine == "dask" and not options.scheduler:
        raise UsageError("--engine dask needs --scheduler ADDRESS")
    if options.fmt not in WRITERS:
        raise UsageError(f"unknown format {options.fmt!r}; use one of {', '.join(WRITERS)}")

    summary = Summary()
    seen: Counter[str] = Counter()

    def todo() -> Iterator[Article]:
        for article in read_inputs(options.inputs, options.max_chars):
            if seen[article.id] > 0:
                seen[article.id] -= 1
                summary.skipped += 1
                if progress is not None:
                    progress.skip()
                continue
            yield article

    progress: _Progress | None = None
    if options.engine == "dask":
        from .distributed import DaskError, run_dask

        try:
            records = run_dask(todo(), scheduler=options.scheduler, published=options.published)
        except DaskError as exc:
            raise UsageError(str(exc)) from None
    else:
        records = run_local(todo(), workers=options.workers, published=options.published)

    out, done = _open_output(options)
    seen.update(done)
    writer = WRITERS[options.fmt](out)
    # A live display needs a terminal on stderr, and records on a terminal stdout would
    # tear through it.
    live = sys.stderr.isatty() and not (out is sys.stdout and sys.stdout.isatty())
    if not options.quiet and live:
        progress = _Progress(items)
    started = time.perf_counter()
    finished = False
    try:
        for article, record in records:
            writer.write(record, article.text)
            summary.documents += 1
            summary.errors += record.get("error") is not None
            summary.quotes += len(record["quotes"])
            summary.awards += len(record["awards"])
            summary.dates += len(record["dates"])
            if progress is not None:
                progress.advance(summary.documents)
        finished = True
    except BrokenPipeError:
        # The reader of stdout went away (`warta extract big.jsonl | head`): stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        finished = True
    except OSError as exc:
        raise UsageError(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": ")) from None
    finally:
        records.close()
        if progress is not None:
            progress.stop()
        if finished:
            writer.close()
        else:
            out.flush()
        if out is not sys.stdout:
            out.close()
            if not finished and options.fmt == "jsonl":
                trim_torn_tail(options.output)
    summary.seconds = time.perf_counter() - started
    return summary
