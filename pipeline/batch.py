"""The batch runner: articles in, records out, in input order, on local worker processes.

Input is streamed and at most ``window`` chunks are in flight, so memory stays flat on a
1 GB JSON Lines file. Each worker process loads the pipeline once. Inside a chunk the
documents go through ``nlp.pipe`` (batched NER); a chunk that fails there is redone one
document at a time, so one bad document yields one error record and nothing else.
"""

from __future__ import annotations

import functools
import itertools
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

import orjson

from .reader import Article
from .validate import offset_errors, spans, validator

log = logging.getLogger("warta")

#: Documents per task sent to a worker, and per ``nlp.pipe`` batch inside it.
CHUNK_SIZE = 16

_NLP = None
_PUBLISHED: str | None = None


def _watch_parent(parent: int) -> None:
    # A worker whose parent was killed (SIGKILL, OOM) would otherwise wait on its queue forever.
    while True:
        time.sleep(1.0)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:
            continue


def _init_worker(published: str | None, parent: int) -> None:
    global _NLP, _PUBLISHED
    # Ctrl-C reaches the whole process group; the parent alone decides how to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    logging.basicConfig(level=logging.WARNING, format="warta: %(message)s", stream=sys.stderr)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    from .nlp import load

    _NLP = load()
    _PUBLISHED = published


def _inline(node: Any, defs: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/") and ref[8:] in defs:
            return _inline(defs[ref[8:]], defs)
        return {k: _inline(v, defs) for k, v in node.items()}
    if isinstance(node, list):
        return [_inline(v, defs) for v in node]
    return node


@functools.cache
def _record_validator():
    """The record schema with its local ``$ref``s written out: the same checks, but
    jsonschema no longer resolves a reference per offset (profiled: 2.4x faster, the
    schema check was a tenth of the whole run)."""
    full = validator()
    schema = full.schema
    flat = _inline(schema, schema.get("$defs", {}))
    if "$ref" in orjson.dumps(flat).decode():
        return full
    return type(full)(flat)


def schema_errors(record: dict[str, Any]) -> list[str]:
    return [f"{'/'.join(map(str, e.path)) or '<record>'}: {e.message}"
            for e in _record_validator().iter_errors(record)]


def checked(record: dict[str, Any], text: str) -> dict[str, Any]:
    """The record, or an error record when it breaks the schema or the offset invariant."""
    # Slicing clamps, so text[14:99] can still equal the span text: bounds are checked too.
    problems = schema_errors(record) + offset_errors(record, text) + [
        f"span {s}:{e} lies outside the text (length {len(text)})"
        for _, s, e in spans(record) if not 0 <= s <= e <= len(text)]
    if not problems:
        return record
    log.error("record %s failed its own checks: %s", record.get("id"), "; ".join(problems[:3]))
    from .records import error_record

    return error_record(record.get("id") or "", "invalid-record",
                        "the pipeline produced an invalid record: " + "; ".join(problems[:3]),
                        title=record.get("title")).to_dict()


def process_one(article: Article, nlp=None, published: str | None = None) -> dict[str, Any]:
    """One article -> its checked record dict."""
    from .document import process

    nlp = nlp if nlp is not None else _NLP
    published = published if published is not None else _PUBLISHED
    return checked(process(nlp, within_limit(article, nlp), published).to_dict(), article.text)


def within_limit(article: Article, nlp) -> Article:
    """The article, or an ``oversized`` error article when it is longer than the pipeline
    takes (spaCy's ``nlp.max_length``; ``--max-chars`` defaults to the same), rather than
    an internal error from spaCy."""
    limit = getattr(nlp, "max_length", None)
    if article.error_kind or limit is None or len(article.text) <= limit:
        return article
    return Article(id=article.id, text=article.text, title=article.title, published=article.published,
                   url=article.url, error_kind="oversized",
                   error_message=f"the document has {len(article.text):,} characters; the pipeline "
                                 f"takes at most {limit:,} (spaCy's nlp.max_length)")


def process_batch(articles: list[Article], nlp=None,
                  published: str | None = None) -> list[dict[str, Any]]:
    """Records for a list of articles, in order, through ``nlp.pipe``.

    Same records as ``process_one`` on each; a batch that raises anywhere is redone one
    document at a time, so the failure is pinned on its own document.
    """
    from .document import make_doc, to_record

    nlp = nlp if nlp is not None else _NLP
    published = published if published is not None else _PUBLISHED
    articles = [within_limit(a, nlp) for a in articles]
    good = [a for a in articles if not a.error_kind]
    try:
        docs = nlp.pipe((make_doc(nlp, a, published) for a in good), batch_size=len(good) or 1)
        done = {id(a): checked(to_record(doc).to_dict(), a.text) for a, doc in zip(good, docs)}
    except Exception:  # noqa: BLE001 - pinned on its document below
        return [process_one(a, nlp, published) for a in articles]
    return [done[id(a)] if id(a) in done else process_one(a, nlp, published) for a in articles]


def _process_chunk(chunk: list[Article]) -> list[dict[str, Any]]:
    return process_batch(chunk)


def _usage_after(seconds: float) -> tuple[int, int, float]:
    """(pid, peak RSS in KiB, CPU seconds) of the worker that runs it, after a pause that
    lets the other workers pick up their own copy."""
    import resource

    time.sleep(seconds)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return os.getpid(), usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def _worker_lost(article: Article, exc: BaseException) -> dict[str, Any]:
    from .records import error_record

    return error_record(article.id, "worker", f"the worker process died on this document "
                        f"({type(exc).__name__})", title=article.title).to_dict()


def _context():
    # forkserver: workers do not inherit the parent's threads (Rich progress) or its locks.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


class LocalPool:
    """Worker processes that each load the pipeline once; ``run`` streams records in order.

    Use as a context manager. ``warm()`` waits until every worker has loaded the pipeline
    (the benchmark starts its clock after it).
    """

    def __init__(self, workers: int, published: str | None = None, chunk_size: int = CHUNK_SIZE,
                 window: int | None = None):
        self.workers = workers
        self.published = published
        self.chunk_size = chunk_size
        self.window = window or workers * 3
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> LocalPool:
        self._start()
        return self

    def __exit__(self, *exc) -> None:
        self.close(kill=exc[0] is not None)

    def _start(self) -> None:
        self.pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=_context(),
                                        initializer=_init_worker,
                                        initargs=(self.published, os.getpid()))

    def close(self, kill: bool = False) -> None:
        if self.pool is None:
            return
        pool, self.pool = self.pool, None
        if kill:
            # Interrupted: do not wait for the chunks in flight. The workers are stopped first,
            # then the pool's manager thread is joined (quick, its workers are gone): leaving it
            # running races the interpreter's exit hook, which then prints an OSError traceback.
            for proc in list((getattr(pool, "_processes", None) or {}).values()):
                proc.terminate()
            pool.shutdown(wait=True, cancel_futures=True)
        else:
            pool.shutdown(wait=True)

    def _restart(self) -> None:
        self.close(kill=True)
        self._start()

    def usage(self) -> dict[int, tuple[int, float]]:
        """{pid: (peak RSS KiB, CPU seconds)} of every worker; blocks until all are up with
        the pipeline loaded, so it doubles as a warm-up."""
        seen: dict[int, tuple[int, float]] = {}
        while len(seen) < self.workers:
            futures = [self.pool.submit(_usage_after, 0.3) for _ in range(self.workers)]
            for f in futures:
                pid, rss, cpu = f.result()
                seen[pid] = (rss, cpu)
        return seen

    def warm(self) -> None:
        """Block until every worker is up with the pipeline loaded."""
        self.usage()

    def _isolate(self, chunks: Iterable[list[Article]]) -> Iterator[tuple[Article, dict]]:
        """After a worker died: one document at a time, so a document that kills its worker
        again is the only one that gets a ``worker`` error record."""
        for chunk in chunks:
            for article in chunk:
                try:
                    record = self.pool.submit(_process_chunk, [article]).result()[0]
                except BrokenProcessPool as exc:
                    record = _worker_lost(article, exc)
                    self._restart()
                yield article, record

    def run(self, articles: Iterable[Article]) -> Iterator[tuple[Article, dict[str, Any]]]:
        """(article, record) pairs in input order."""
        it = iter(articles)
        pending: deque[tuple[list[Article], Future]] = deque()
        while True:
            while len(pending) < self.window:
                chunk = list(itertools.islice(it, self.chunk_size))
                if not chunk:
                    break
                pending.append((chunk, self.pool.submit(_process_chunk, chunk)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                records = future.result()
            except BrokenProcessPool:
                log.warning("a worker process died; redoing %d documents one at a time",
                            len(chunk) + sum(len(c) for c, _ in pending))
                chunks = [chunk] + [c for c, _ in pending]
                pending.clear()
                self._restart()
                yield from self._isolate(chunks)
                continue
            yield from zip(chunk, records)


def run_local(articles: Iterable[Article], *, workers: int = 1, published: str | None = None,
              chunk_size: int = CHUNK_SIZE, nlp=None) -> Iterator[tuple[Article, dict[str, Any]]]:
    """(article, record) pairs in input order, in this process or on ``workers`` processes."""
    if workers <= 1:
        if nlp is None:
            from .nlp import load

            nlp = load()
        it = iter(articles)
        while chunk := list(itertools.islice(it, chunk_size)):
            yield from zip(chunk, process_batch(chunk, nlp, published))
        return
    with LocalPool(workers, published, chunk_size) as pool:
        yield from pool.run(articles)

