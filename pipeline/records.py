"""Records: the frozen dataclasses every stage produces, and their JSON form.

JSON is produced here, at the boundary, and nowhere else. Offsets are half-open character
offsets into the article text; ``text[start:end] == span.text`` holds for every span.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA = "warta/1"


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    label: str
    start: int
    end: int
    source: str = "model"

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "label": self.label, "start": self.start,
                "end": self.end, "source": self.source}


@dataclass(frozen=True, slots=True)
class DateMention:
    text: str
    start: int
    end: int
    value: str | None
    granularity: str | None
    source: str = "rule"

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "value": self.value,
                "granularity": self.granularity, "source": self.source}


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    mention: str
    start: int
    end: int
    title: str | None = None
    affiliation: str | None = None
    private: bool = False  # introduced as a private person, not a public figure

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "mention": self.mention, "start": self.start,
                "end": self.end, "title": self.title, "affiliation": self.affiliation,
                "private": self.private}


@dataclass(frozen=True, slots=True)
class Cue:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Quote:
    type: str  # direct | indirect | mixed
    text: str
    start: int
    end: int
    speaker: Speaker | None = None
    cue: Cue | None = None
    date: str | None = None
    source: str = "rule"

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "text": self.text, "start": self.start, "end": self.end,
                "speaker": self.speaker.to_dict() if self.speaker else None,
                "cue": self.cue.to_dict() if self.cue else None,
                "date": self.date, "source": self.source}


@dataclass(frozen=True, slots=True)
class Recipient:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Award:
    recipient: Recipient
    rank: int | None
    rank_text: str | None
    award: str | None
    category: str | None
    date: str | None
    evidence_start: int
    evidence_end: int
    source: str = "rule"

    def to_dict(self) -> dict[str, Any]:
        return {"recipient": self.recipient.to_dict(), "rank": self.rank,
                "rank_text": self.rank_text, "award": self.award, "category": self.category,
                "date": self.date,
                "evidence": {"start": self.evidence_start, "end": self.evidence_end},
                "source": self.source}


@dataclass(frozen=True, slots=True)
class ErrorInfo:
    kind: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "message": self.message}


@dataclass(frozen=True, slots=True)
class Record:
    id: str
    title: str | None = None
    published: str | None = None
    published_source: str | None = None
    entities: tuple[Entity, ...] = field(default_factory=tuple)
    dates: tuple[DateMention, ...] = field(default_factory=tuple)
    quotes: tuple[Quote, ...] = field(default_factory=tuple)
    awards: tuple[Award, ...] = field(default_factory=tuple)
    error: ErrorInfo | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "id": self.id,
            "title": self.title,
            "published": self.published,
            "published_source": self.published_source,
            "entities": [e.to_dict() for e in self.entities],
            "dates": [d.to_dict() for d in self.dates],
            "quotes": [q.to_dict() for q in self.quotes],
            "awards": [a.to_dict() for a in self.awards],
            "error": self.error.to_dict() if self.error else None,
        }


def error_record(doc_id: str, kind: str, message: str, title: str | None = None) -> Record:
    """The record of a document that could not be processed: every list empty."""
    return Record(id=doc_id, title=title, error=ErrorInfo(kind=kind, message=message))
