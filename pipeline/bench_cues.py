"""``warta bench cues``: would a lemmatizer find reporting verbs that the cue table misses?

Takes the annotated corpus (``corpus/articles.jsonl`` and the gold records) and the Stanza
lemmatizer trained here (``models/stanza-*/lemma.pt``, optional extra); gives a table that
compares the two ways of recognising the inflected forms of reporting verbs: the listed
surface forms of ``pipeline/data/cues.tsv`` (with the enclitic ``-nya``), which the quote stage
uses, and "any word whose lemma is a listed verb's lemma". It counts, over every word of the
corpus, the words the lemma route adds, how many of them are the cue of a gold quote, and how
many gold cues each route finds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .quotes import cues

CLITIC = "nya"


@dataclass
class CueCounts:
    words: int = 0
    gold_cues: int = 0
    gold_by_table: int = 0
    gold_by_lemma: int = 0
    added: int = 0
    added_gold: int = 0
    examples_added: dict[str, int] | None = None


def cue_table() -> tuple[frozenset[str], frozenset[str]]:
    """The listed cue forms and their lemmas, lower case."""
    rows = cues().values()
    return (frozenset(r["form"].lower() for r in rows), frozenset(r["lemma"].lower() for r in rows))


def listed(word: str, forms: frozenset[str]) -> bool:
    """Is the word a listed form, or a listed form with the enclitic (``ungkapnya``)?"""
    w = word.lower()
    return w in forms or (w.endswith(CLITIC) and w[:-len(CLITIC)] in forms)


def count(articles: list[dict], gold: dict[str, dict], tokenizer) -> CueCounts:
    """Compare the two routes over ``articles``; ``tokenizer`` gives a Doc with ``lemma_``."""
    forms, lemmas = cue_table()
    out = CueCounts(examples_added={})
    for art in articles:
        text = art["text"]
        doc = tokenizer(text)
        cues = [(q["cue"]["start"], q["cue"]["end"]) for q in gold.get(art["id"], {}).get("quotes", [])
                if q.get("cue")]
        found_table: set[int] = set()
        found_lemma: set[int] = set()
        for tok in doc:
            if not tok.is_alpha:
                continue
            out.words += 1
            in_cue = next((k for k, (a, b) in enumerate(cues) if a <= tok.idx < b), None)
            by_table = listed(tok.text, forms)
            by_lemma = tok.lemma_.lower() in lemmas
            if in_cue is not None:
                if by_table:
                    found_table.add(in_cue)
                if by_table or by_lemma:
                    found_lemma.add(in_cue)
            if by_lemma and not by_table:
                out.added += 1
                out.added_gold += in_cue is not None
                key = f"{tok.text.lower()} ({tok.lemma_.lower()})"
                out.examples_added[key] = out.examples_added.get(key, 0) + 1
        out.gold_cues += len(cues)
        out.gold_by_table += len(found_table)
        out.gold_by_lemma += len(found_lemma)
    return out


def cues_report(corpus: Path, model_dir: Path | None = None, top: int = 15) -> str:
    """The comparison as a Markdown table, with the most frequent words the lemma route adds."""
    import spacy

    from .segment_stanza import StanzaTokenizer, load_stanza, stanza_model_path

    model_dir = model_dir or stanza_model_path()
    if model_dir is None or not (Path(model_dir) / "lemma.pt").is_file():
        raise RuntimeError("no Stanza lemmatizer under models/ (run `warta train stanza`)")
    articles = [json.loads(line) for line in (corpus / "articles.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip()]
    gold = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((corpus / "gold").glob("*.json"))}
    tokenizer = StanzaTokenizer(spacy.blank("id").vocab, stanza_nlp=load_stanza(Path(model_dir)))
    c = count(articles, gold, tokenizer)
    lines = [
        f"Cue verbs on the annotated corpus ({len(articles)} articles, {c.words:,} words; lemmas from "
        f"{Path(model_dir).name}/lemma.pt):",
        "",
        "| route | gold cues found | words added beyond the table | of them gold cues |",
        "|---|---:|---:|---:|",
        f"| listed forms (cues.tsv + -nya), used | {c.gold_by_table} / {c.gold_cues} | – | – |",
        f"| listed forms or lemma of a listed verb | {c.gold_by_lemma} / {c.gold_cues} | {c.added} | {c.added_gold} |",
        "",
        "Words the lemma route adds, most frequent first: "
        + ", ".join(f"{k} ×{v}" for k, v in sorted((c.examples_added or {}).items(),
                                                    key=lambda kv: (-kv[1], kv[0]))[:top]),
    ]
    return "\n".join(lines)
