"""Quotes and speakers: who said what, directly, indirectly or mixed.

Takes a Doc with paragraphs, sentences, entities and dates; gives ``doc._.quotes``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions
from .records import Quote


def find_quotes(doc: Doc) -> list[Quote]:
    """Every quote of the Doc with its speaker. (Not implemented yet: issue 4.)"""
    return []


@Language.factory("warta_quotes", assigns=["doc._.quotes"])
def make_quotes(nlp: Language, name: str):
    extensions.register()

    def component(doc: Doc) -> Doc:
        doc._.quotes = find_quotes(doc)
        return doc

    return component
