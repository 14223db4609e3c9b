"""From article to record: runs the pipeline on one Article and builds its Record.

A document that fails anywhere becomes an error record; the batch goes on.
"""

from __future__ import annotations

import logging
import re

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions
from .entities import find_entities
from .reader import Article
from .records import Record, error_record

log = logging.getLogger("warta")

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def make_doc(nlp: Language, article: Article, published: str | None = None) -> Doc:
    """The Article's Doc with its anchor attributes set, before any component runs."""
    extensions.register()
    doc = nlp.make_doc(article.text)
    doc._.doc_id = article.id
    doc._.title = article.title
    anchor, source = None, None
    if article.published and ISO_DATE.match(article.published[:10]):
        anchor, source = article.published[:10], "input"
    elif published:
        anchor, source = published, "option"
    doc._.published = anchor
    doc._.published_source = source
    return doc


def run(nlp: Language, doc: Doc) -> Doc:
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def to_record(doc: Doc) -> Record:
    return Record(
        id=doc._.doc_id or "",
        title=doc._.title,
        published=doc._.published,
        published_source=doc._.published_source if doc._.published else None,
        entities=tuple(find_entities(doc)),
        dates=tuple(doc._.dates or ()),
        quotes=tuple(doc._.quotes or ()),
        awards=tuple(doc._.awards or ()),
    )


def process(nlp: Language, article: Article, published: str | None = None) -> Record:
    """One Article -> one Record; never raises for a bad document."""
    if article.error_kind:
        return error_record(article.id, article.error_kind, article.error_message or "",
                            title=article.title)
    try:
        return to_record(run(nlp, make_doc(nlp, article, published)))
    except Exception as exc:  # one bad document must not stop a batch of millions
        log.exception("document %s failed", article.id)
        return error_record(article.id, "internal", f"{type(exc).__name__}: {exc}",
                            title=article.title)
