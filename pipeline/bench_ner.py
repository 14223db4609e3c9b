"""``warta bench ner``: the shipped entity stage on the held-out NER test sets.

Takes the shared data folder (``ner/nergrit``, ``ner/idner-news-2k``); gives a Markdown table
of entity P/R/F1 (spaCy's scorer, exact spans) on NERGrit test and idner-news-2k test for the
trained model alone and for the model followed by Warta's rule component
(``warta_entity_rules``), which is what ``warta extract`` writes. Neither test set is trained
on; the rules follow the corpus guidelines, whose conventions differ from these sets' in
places (a region with its administrative word is one LOC span; an institution takes its
bracketed short form), so the two rows show what the rules cost or gain outside the corpus.
"""

from __future__ import annotations

from pathlib import Path

STAGES = {"model": ("tok2vec", "ner"),
          "model + rules": ("tok2vec", "ner", "warta_sentences", "warta_entity_rules")}


def ner_scores(data: Path) -> dict[str, dict[str, dict]]:
    """{test set: {stage: {"p", "r", "f", "per_type"}}} for the loaded pipeline."""
    from spacy.training import Example

    from .nlp import load
    from .train import corpus

    nlp = load()
    if "ner" not in nlp.pipe_names:
        raise RuntimeError("no trained NER model under models/ (run `warta train ner`)")
    tests = corpus.load_splits(Path(data) / "ner", use_nerugm=False).tests
    out: dict[str, dict[str, dict]] = {}
    for name, sentences in tests.items():
        gold = [corpus.to_doc(s, nlp.make_doc)[0] for s in sentences]
        out[name] = {}
        for stage, pipes in STAGES.items():
            with nlp.select_pipes(enable=[p for p in pipes if p in nlp.pipe_names]):
                scores = nlp.evaluate([Example(nlp.make_doc(g.text), g) for g in gold])
            out[name][stage] = {"p": scores["ents_p"], "r": scores["ents_r"], "f": scores["ents_f"],
                                "per_type": scores.get("ents_per_type") or {}}
    return out


def ner_table(data: Path) -> str:
    scores = ner_scores(data)
    lines = ["| test set | stage | P | R | F1 | PER F1 | ORG F1 | LOC F1 |", "|---|---|---:|---:|---:|---:|---:|---:|"]
    for name, stages in scores.items():
        for stage, s in stages.items():
            per = s["per_type"]
            cells = [f"{per.get(label, {}).get('f', 0.0):.3f}" for label in ("PER", "ORG", "LOC")]
            lines.append(f"| {name} | {stage} | {s['p']:.3f} | {s['r']:.3f} | **{s['f']:.3f}** | " + " | ".join(cells) + " |")
    return "\n".join(lines)
