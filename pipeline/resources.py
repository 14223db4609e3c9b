"""Loading the language data files kept under ``pipeline/data/``.

Each file opens with ``#`` comment lines naming its source and licence; loaders skip them.
Files are read once per process (``functools.cache``).
"""

from __future__ import annotations

import functools
from importlib import resources
from collections.abc import Sequence
from typing import Any

import yaml


def data_text(name: str) -> str:
    return resources.files("pipeline.data").joinpath(name).read_text(encoding="utf-8")


@functools.cache
def lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a one-item-per-line file, stripped."""
    out = []
    for line in data_text(name).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@functools.cache
def tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated file (comment lines skipped; the first row is the header)."""
    rows = []
    for line in data_text(name).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)


def tsv_records(name: str) -> list[dict[str, str]]:
    rows = tsv(name)
    header, body = rows[0], rows[1:]
    return [dict(zip(header, row)) for row in body]


@functools.cache
def yaml_data(name: str) -> Any:
    return yaml.safe_load(data_text(name))


@functools.cache
def _villages() -> tuple[frozenset[str], int]:
    """District and village names (``villages.txt``), and the most words one has."""
    names = lines("villages.txt")
    return frozenset(names), max(len(n.split()) for n in names)


def village_length(words: Sequence[str]) -> int:
    """How many of ``words`` form the longest district or village name they open (0: none)."""
    names, longest = _villages()
    return next((n for n in range(min(longest, len(words)), 0, -1) if " ".join(words[:n]) in names), 0)
