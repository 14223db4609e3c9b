"""Token and sentence quality on the UD Indonesian test sets (``warta bench tokens``).

Each treebank's sentences (``# text``) are joined with single spaces into one running text,
as a press release would have them; gold tokens are the surface tokens (a multiword token
such as "rumahnya" counts once), aligned to the text by their characters. Scores are
F1 over exact character spans, as in the CoNLL 2018 shared task's token and sentence
metrics.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

TREEBANKS = (
    ("GSD test", "ud/gsd/id_gsd-ud-test.conllu"),
    ("CSUI test", "ud/csui/id_csui-ud-test.conllu"),
    ("PUD test", "ud/pud/id_pud-ud-test.conllu"),
)

# `warta train stanza` trains on CSUI train + GSD dev + PUD test: PUD is no test for it.
STANZA_TRAINED_ON = ("ud/pud/id_pud-ud-test.conllu",)

PUBLISHED_GSD = "Stanza 99.99 / 93.78; Trankit-large 99.89 / 95.54 (GSD test)"


@dataclass
class Gold:
    text: str
    tokens: list[tuple[int, int]]
    sentences: list[tuple[int, int]]


def read_conllu(path: Path) -> Gold:
    """One running text with gold token and sentence character spans."""
    parts: list[str] = []
    tokens: list[tuple[int, int]] = []
    sentences: list[tuple[int, int]] = []
    pos = 0
    sent_text: str | None = None
    forms: list[str] = []
    skip_until = 0

    def flush() -> None:
        nonlocal pos, sent_text, forms
        if sent_text is None:
            return
        base = pos + (1 if parts else 0)
        if parts:
            parts.append(" ")
        parts.append(sent_text)
        cursor = 0
        first = last = None
        for form in forms:
            at = sent_text.find(form, cursor)
            if at < 0:
                # A form that differs from the text (rare UD normalisation): skip it.
                continue
            span = (base + at, base + at + len(form))
            tokens.append(span)
            first = span[0] if first is None else first
            last = span[1]
            cursor = at + len(form)
        if first is not None:
            sentences.append((first, last))
        pos = base + len(sent_text)
        sent_text, forms = None, []

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            sent_text = line[len("# text = "):]
        elif not line.strip():
            flush()
            skip_until = 0
        elif line[0].isdigit():
            cols = line.split("\t")
            tid = cols[0]
            if "-" in tid:
                a, b = tid.split("-")
                skip_until = int(b)
                forms.append(cols[1])
            elif "." in tid:
                continue
            elif int(tid) <= skip_until:
                continue
            else:
                forms.append(cols[1])
    flush()
    return Gold(text="".join(parts), tokens=tokens, sentences=sentences)


def f1(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> tuple[float, float, float]:
    g, p = set(gold), set(pred)
    tp = len(g & p)
    prec = tp / len(p) if p else 0.0
    rec = tp / len(g) if g else 0.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def score(nlp, gold: Gold) -> dict[str, float]:
    started = time.perf_counter()
    doc = nlp(gold.text)
    seconds = time.perf_counter() - started
    pred_tokens = [(t.idx, t.idx + len(t.text)) for t in doc if not t.is_space]
    pred_sents = []
    for sent in doc.sents:
        toks = [t for t in sent if not t.is_space]
        if toks:
            pred_sents.append((toks[0].idx, toks[-1].idx + len(toks[-1].text)))
    _, _, tok_f = f1(gold.tokens, pred_tokens)
    _, _, sent_f = f1(gold.sentences, pred_sents)
    return {"tokens": 100 * tok_f, "sentences": 100 * sent_f,
            "words_per_s": len(pred_tokens) / seconds if seconds else 0.0,
            "n_tokens": len(gold.tokens), "n_sentences": len(gold.sentences)}


def segmenter():
    """Warta's tokenizer and sentence rules alone (no NER or later stages)."""
    import spacy

    from . import extensions
    from .nlp import TOKENIZER_CONFIG

    extensions.register()
    nlp = spacy.blank("id", config=TOKENIZER_CONFIG)
    nlp.add_pipe("warta_sentences")
    return nlp


def baseline():
    """spaCy's own Indonesian tokenizer with its rule sentencizer: the floor."""
    import spacy

    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    return nlp


def stanza_segmenter():
    """Stanza's tokenizer trained here (``models/stanza-*``), or None where it is not
    installed or not trained."""
    try:
        import stanza  # noqa: F401
    except ImportError:
        return None
    import spacy

    from .segment_stanza import StanzaTokenizer, stanza_model_path

    if stanza_model_path() is None:
        return None
    nlp = spacy.blank("id")
    nlp.tokenizer = StanzaTokenizer(nlp.vocab)
    return nlp


def tokens_table(data: Path) -> str:
    """A Markdown table of token/sentence F1 per treebank for Warta and spaCy's defaults
    (and the Stanza segmenter where it is installed and trained)."""
    rows = ["| treebank | system | tokens F1 | sentences F1 | gold tokens | gold sentences | words/s |",
            "|---|---|---:|---:|---:|---:|---:|"]
    systems = [("Warta rules (warta.tokenizer.v1 + warta_sentences)", segmenter()),
               ("spaCy `id` tokenizer + sentencizer", baseline())]
    stanza_nlp = stanza_segmenter()
    if stanza_nlp is not None:
        systems.append(("Stanza tokenizer trained here (`--segmenter stanza`)", stanza_nlp))
    found = False
    for name, rel in TREEBANKS:
        path = Path(data) / rel
        if not path.is_file():
            continue
        found = True
        gold = read_conllu(path)
        for label, nlp in systems:
            if nlp is stanza_nlp and rel in STANZA_TRAINED_ON:
                rows.append(f"| {name} | {label} | – | – | {len(gold.tokens)} | {len(gold.sentences)} | "
                            f"– (PUD is in its training data) |")
                continue
            s = score(nlp, gold)
            rows.append(f"| {name} | {label} | {s['tokens']:.2f} | {s['sentences']:.2f} | "
                        f"{s['n_tokens']} | {s['n_sentences']} | {s['words_per_s']:,.0f} |")
    if not found:
        return f"no UD treebanks under {data}/ud: nothing to measure"
    rows.append(f"| GSD test (published) | {PUBLISHED_GSD} | | | | | |")
    return "\n".join(rows)
