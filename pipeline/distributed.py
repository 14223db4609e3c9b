"""The Dask engine: the same batch job on an existing Dask distributed cluster.

Takes a stream of Articles and a scheduler address; gives (article, record) pairs in input
order, exactly as ``batch.run_local`` does. The input is cut into partitions of
``PARTITION_SIZE`` documents; at most two partitions per worker thread are in flight, so
memory stays flat on the client however long the input. Each worker thread loads the
pipeline once and keeps it for every later partition. The workers need Warta installed
(and the same ``models/`` or ``$WARTA_MODELS``); the client checks that before sending work.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from .reader import Article

log = logging.getLogger("warta")

PARTITION_SIZE = 32

_LOCAL = threading.local()


class DaskError(Exception):
    """The cluster cannot be used: no dask installed, scheduler unreachable, Warta missing."""


def _nlp():
    # spaCy pipelines are not promised to be thread-safe: one per worker thread.
    nlp = getattr(_LOCAL, "nlp", None)
    if nlp is None:
        from .nlp import load

        nlp = _LOCAL.nlp = load()
    return nlp


def process_partition(articles: list[Article], published: str | None) -> list[dict[str, Any]]:
    """Runs on a Dask worker: the records of one partition, in order."""
    from .batch import process_batch

    return process_batch(articles, _nlp(), published)


def _probe() -> str:
    import pipeline

    return pipeline.__version__


def connect(scheduler: str, timeout: float = 10.0):
    """A Dask client on ``scheduler`` whose workers can run Warta; raises DaskError."""
    try:
        from distributed import Client
    except ImportError:
        raise DaskError("--engine dask needs dask[distributed]: pip install 'warta[dask]'") from None
    try:
        client = Client(scheduler, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise DaskError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    try:
        if not client.nthreads():
            client.wait_for_workers(1, timeout=timeout)
        client.submit(_probe, pure=False).result(timeout=60)
    except Exception as exc:  # noqa: BLE001 - any failure here means the cluster is unusable
        client.close()
        raise DaskError(f"the Dask workers at {scheduler} cannot run Warta "
                        f"({type(exc).__name__}: {exc}); install Warta on every worker") from None
    return client


def _lost(chunk: list[Article], exc: BaseException) -> list[dict[str, Any]]:
    from .records import error_record

    return [error_record(a.id, "worker", f"the Dask task failed ({type(exc).__name__}: {exc})",
                         title=a.title).to_dict() for a in chunk]


def _gather(client, articles: Iterable[Article], published: str | None,
            partition_size: int) -> Iterator[tuple[Article, dict[str, Any]]]:
    pending: deque = deque()
    try:
        window = max(2, 2 * sum(client.nthreads().values()))
        it = iter(articles)
        while True:
            while len(pending) < window:
                chunk = list(itertools.islice(it, partition_size))
                if not chunk:
                    break
                pending.append((chunk, client.submit(process_partition, chunk, published,
                                                     pure=False, retries=1)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                records = future.result()
            except Exception as exc:  # noqa: BLE001 - a lost partition still yields its records
                log.error("a Dask partition of %d documents failed: %s", len(chunk), exc)
                records = _lost(chunk, exc)
            yield from zip(chunk, records)
    finally:
        for _, future in pending:
            future.cancel()
        client.close()


def run_dask(articles: Iterable[Article], *, scheduler: str, published: str | None = None,
             partition_size: int = PARTITION_SIZE) -> Iterator[tuple[Article, dict[str, Any]]]:
    """(article, record) pairs in input order, computed on the cluster at ``scheduler``.

    Connects at once (so a bad address fails before any output is written) and streams.
    """
    client = connect(scheduler)
    return _gather(client, articles, published, partition_size)
