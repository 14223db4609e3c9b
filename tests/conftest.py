"""Shared fixtures: one loaded pipeline per test session, and the shared data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def nlp():
    import pipeline

    return pipeline.load()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is absent (a user's checkout has none)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def quote_stage():
    """Tokens, sentences and quotes only: the quote stage under test, whatever the others do."""
    import spacy

    from pipeline import extensions
    from pipeline.nlp import TOKENIZER_CONFIG

    extensions.register()
    pipe = spacy.blank("id", config=TOKENIZER_CONFIG)
    pipe.add_pipe("warta_sentences")
    pipe.add_pipe("warta_quotes")
    return pipe
