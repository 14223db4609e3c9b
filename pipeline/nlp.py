"""Assembling the default Warta pipeline: ``pipeline.load()``.

Loads the newest trained NER pipeline under ``models/`` (``models/ner-YYYY-MM-DD``) and adds
Warta's rule components after it, in stage order. Without a trained model (a fresh checkout
before ``warta train ner``) the pipeline runs with the rule components alone and says so.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import spacy
from spacy.language import Language

from . import awards, dates, entities, extensions, quotes, segment  # noqa: F401  (factories)

log = logging.getLogger("warta")

TOKENIZER_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "warta.tokenizer.v1"}}}
STAGES = ("warta_dates", "warta_quotes", "warta_awards")


def models_dir() -> Path:
    """``$WARTA_MODELS`` or the ``models/`` folder beside the package."""
    env = os.environ.get("WARTA_MODELS")
    return Path(env) if env else Path(__file__).resolve().parent.parent / "models"


def ner_model_path() -> Path | None:
    """The newest ``models/ner-*`` folder that holds a spaCy pipeline, if any."""
    root = models_dir()
    if not root.is_dir():
        return None
    found = sorted(p for p in root.glob("ner-*") if (p / "config.cfg").is_file())
    return found[-1] / "model" if found and (found[-1] / "model" / "config.cfg").is_file() else (
        found[-1] if found else None)


SEGMENTERS = ("spacy", "stanza")


def load(model: str | Path | None = None, *, ner: bool = True,
         segmenter: str | None = None) -> Language:
    """The default Indonesian pipeline: tokenizer, sentences, NER, entity rules, dates,
    quotes, awards. ``model`` overrides the NER pipeline folder; ``ner=False`` skips it;
    ``segmenter="stanza"`` (or ``$WARTA_SEGMENTER``) takes tokens and sentences from the Stanza
    models trained here instead of Warta's rules."""
    extensions.register()
    segmenter = segmenter or os.environ.get("WARTA_SEGMENTER") or "spacy"
    if segmenter not in SEGMENTERS:
        raise ValueError(f"unknown segmenter {segmenter!r}; choose one of {', '.join(SEGMENTERS)}")
    path = Path(model) if model else (ner_model_path() if ner else None)
    if path is not None:
        nlp = spacy.load(path)
    else:
        if ner:
            log.warning("no trained NER model under %s; entities come from rules only "
                        "(run `warta train ner`)", models_dir())
        nlp = spacy.blank("id", config=TOKENIZER_CONFIG)
    first = nlp.pipe_names[0] if nlp.pipe_names else None
    if segmenter == "spacy" and "warta_sentences" not in nlp.pipe_names:
        if first:
            nlp.add_pipe("warta_sentences", before=first)
        else:
            nlp.add_pipe("warta_sentences")
    for name in ("warta_entity_rules", *STAGES):
        if name in nlp.pipe_names or not Language.has_factory(name):
            continue
        nlp.add_pipe(name)
    if segmenter == "stanza":
        from .segment_stanza import StanzaTokenizer

        # Swapped in last: the rule components above build their phrase patterns with
        # Warta's own tokenizer. Stanza sets tokens, sentences and paragraphs itself.
        nlp.tokenizer = StanzaTokenizer(nlp.vocab)
    return nlp
