"""``warta bench ner``: the entity stage on the NER test sets (pipeline/bench_ner.py)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.nlp import ner_model_path


def test_without_the_data_it_says_so(tmp_path):
    result = CliRunner().invoke(app, ["bench", "ner", "--data", str(tmp_path)])
    assert result.exit_code == 2
    assert "bench ner:" in result.stderr


@pytest.mark.skipif(ner_model_path() is None, reason="no trained NER model under models/")
def test_scores_both_stages_on_both_test_sets(shared_data):
    from pipeline.bench_ner import ner_scores

    scores = ner_scores(shared_data)
    assert set(scores) == {"nergrit-test", "idner-test"}
    for stages in scores.values():
        assert set(stages) == {"model", "model + rules"}
        for s in stages.values():
            assert 0.0 < s["p"] <= 1.0 and 0.0 < s["r"] <= 1.0
            assert abs(s["f"] - 2 * s["p"] * s["r"] / (s["p"] + s["r"])) < 1e-9
            assert set(s["per_type"]) == {"PER", "ORG", "LOC"}
