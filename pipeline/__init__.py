"""Warta: who said what, which institution won which rank, and on what date, in
Indonesian press releases and news.

    import pipeline
    nlp = pipeline.load()
    doc = nlp(text)                      # doc._.quotes, doc._.awards, doc._.dates
    pipeline.extract(text, published="2021-11-12")   # -> dict in the JSON record shape
"""

from __future__ import annotations

import functools
from typing import Any

from .nlp import load

__all__ = ["load", "extract"]
__version__ = "0.1.0"


@functools.cache
def _default_nlp():
    return load()


def extract(text: str, published: str | None = None, *, id: str = "text",
            title: str | None = None) -> dict[str, Any]:
    """One article's text -> its record as a dict (the JSON shape of CONTRACT.md)."""
    from .document import process
    from .reader import Article, check, title_of

    article = check(Article(id=id, text=text, title=title if title is not None else title_of(text)))
    return process(_default_nlp(), article, published).to_dict()
