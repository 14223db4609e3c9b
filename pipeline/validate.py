"""Checking records against the shipped JSON Schema and the offset invariant."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

import jsonschema


@functools.cache
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(resources.files("pipeline.schema").joinpath("record.schema.json")
                        .read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def schema_errors(record: dict[str, Any]) -> list[str]:
    return [f"{'/'.join(map(str, e.path)) or '<record>'}: {e.message}"
            for e in validator().iter_errors(record)]


def spans(record: dict[str, Any]):
    """Every (text, start, end) span of a record, for the offset invariant."""
    for ent in record.get("entities", []):
        yield ent["text"], ent["start"], ent["end"]
    for d in record.get("dates", []):
        yield d["text"], d["start"], d["end"]
    for q in record.get("quotes", []):
        yield q["text"], q["start"], q["end"]
        if q.get("speaker"):
            yield q["speaker"]["mention"], q["speaker"]["start"], q["speaker"]["end"]
        if q.get("cue"):
            yield q["cue"]["text"], q["cue"]["start"], q["cue"]["end"]
    for a in record.get("awards", []):
        r = a["recipient"]
        yield r["text"], r["start"], r["end"]


def offset_errors(record: dict[str, Any], text: str) -> list[str]:
    return [f"span {s}:{e} is {text[s:e]!r}, record says {t!r}"
            for t, s, e in spans(record) if text[s:e] != t]
