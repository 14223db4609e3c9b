"""Awards: which institution won which rank, of which award, and when.

Takes a Doc with sentences, entities and dates; gives ``doc._.awards``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions
from .records import Award


def find_awards(doc: Doc) -> list[Award]:
    """Every award or ranking stated in the Doc. (Not implemented yet: issue 6.)"""
    return []


@Language.factory("warta_awards", assigns=["doc._.awards"])
def make_awards(nlp: Language, name: str):
    extensions.register()

    def component(doc: Doc) -> Doc:
        doc._.awards = find_awards(doc)
        return doc

    return component
