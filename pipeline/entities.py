"""Entities: the trained NER model's spans plus rules built from data files.

Takes a Doc with tokens and sentences; gives ``doc.ents`` with PER / ORG / LOC (and the
title spans the speaker stage uses). Core logic: ``find_entities(doc) -> list[Entity]``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .records import Entity


def find_entities(doc: Doc) -> list[Entity]:
    """The Doc's entity spans as records, in text order."""
    source = doc.user_data.get("warta_entity_sources", {})
    return [Entity(text=ent.text, label=ent.label_, start=ent.start_char, end=ent.end_char,
                   source=source.get((ent.start_char, ent.end_char), "model"))
            for ent in doc.ents]
