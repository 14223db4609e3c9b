"""Custom attributes on spaCy objects, registered here and only here.

``register()`` is idempotent; ``pipeline.load()`` and every component factory call it.
"""

from __future__ import annotations

from spacy.tokens import Doc

DOC_EXTENSIONS = {
    "paragraphs": list,          # [(start, end)] character spans
    "dates": list,               # [records.DateMention]
    "quotes": list,              # [records.Quote]
    "awards": list,              # [records.Award]
    "published": None,           # "YYYY-MM-DD" or None: the anchor for relative dates
    "published_source": None,    # input | option | inferred | None
    "doc_id": None,
    "title": None,
    "clitics": list,             # [(start, end)] "-nya" words split off by the Stanza segmenter
}


def register() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if Doc.has_extension(name):
            continue
        if callable(default):
            # Doc.set_extension(default=[]) would share one list between docs.
            Doc.set_extension(name, default=None)
        else:
            Doc.set_extension(name, default=default)
