"""Dates: Indonesian date expressions found and normalised against the publication date.

Takes a Doc (``doc._.published`` may be set); gives ``doc._.dates`` (DateMention records) and,
when no publication date was given, an inferred one in ``doc._.published``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions
from .records import DateMention


def find_dates(doc: Doc) -> list[DateMention]:
    """Every date expression of the Doc, normalised. (Not implemented yet: issue 5.)"""
    return []


@Language.factory("warta_dates", assigns=["doc._.dates", "doc._.published"])
def make_dates(nlp: Language, name: str):
    extensions.register()

    def component(doc: Doc) -> Doc:
        doc._.dates = find_dates(doc)
        return doc

    return component
