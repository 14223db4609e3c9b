"""Tokens and sentences from Stanza models trained here: the optional ``stanza`` segmenter.

Takes raw article text; gives the same kind of spaCy ``Doc`` as ``segment.py`` (every
character kept, ``doc._.paragraphs``, sentence starts), with tokens and sentences from
Stanza's tokenizer, and ``doc._.clitics``: the character spans of the ``-nya`` words that
Stanza's multi-word-token expander splits off ("ungkapnya" -> "ungkap" + "nya"), which the
speaker resolver can use as pronoun mentions. Where the model folder holds a lemmatizer
(``lemma.pt``), each token's ``lemma_`` is the lemma of its first word ("mengatakan" ->
"kata", "ungkapnya" -> "ungkap"). Asked for (``StanzaTokenizer(vocab, syntax=True)``) and where
the folder holds a tagger (``pos.pt``) and a parser (``depparse.pt``), tokens carry ``pos_`` (UPOS), ``tag_`` (XPOS), ``morph`` (UFeats), ``head``
and ``dep_`` (UD relations, ``ROOT`` for the root, as spaCy names it). Stanza tags and parses
words and a token can hold two ("ungkapnya"): the token takes the tags and the relation of its
syntactic head word (the word attached outside the token), and its head is the token holding
that word's head. Whitespace tokens attach to the token before them (``dep``).

Stanza is an optional extra (``pip install 'warta[stanza]'``; it pulls in torch). Its models
are the ones under ``models/stanza-*`` built by ``warta train stanza``; nothing is downloaded.
Paragraphs are split first (``segment.paragraphs``) and handed to Stanza one by one, so a
sentence never crosses a blank line, and Stanza's character offsets are mapped back into the
article; a token whose characters do not match the text raises ``AlignmentError``.
"""

from __future__ import annotations

import os
from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab

from . import extensions
from .segment import paragraphs

CLITICS = ("nya",)


class AlignmentError(ValueError):
    """Stanza's tokens do not map back onto the text's characters."""


def stanza_model_path(root: Path | None = None) -> Path | None:
    """The newest ``models/stanza-*`` folder holding a tokenizer model, if any."""
    from .nlp import models_dir

    base = root or models_dir()
    found = sorted(p for p in base.glob("stanza-*") if (p / "tokenize.pt").is_file())
    return found[-1] if found else None


def load_stanza(model_dir: Path, syntax: bool = False):
    """An offline Stanza pipeline: tokenize, and mwt and lemma where their models are there;
    with ``syntax``, pos and depparse too (they triple the time on a CPU and no Warta stage
    reads them)."""
    try:
        import stanza
    except ImportError as exc:  # the optional extra is not installed
        raise RuntimeError("the stanza segmenter needs `pip install 'warta[stanza]'`") from exc
    model_dir = Path(model_dir)
    wanted = ("mwt", "pos", "lemma", "depparse") if syntax else ("mwt", "lemma")
    processors = ["tokenize"] + [name for name in wanted if (model_dir / f"{name}.pt").is_file()]
    if syntax and not {"pos", "depparse"} <= set(processors):
        raise RuntimeError(f"{model_dir} has no pos.pt and depparse.pt (run `warta train stanza-syntax`)")
    # The model folder's minimal resources.json keeps Stanza from reaching for its model hub.
    if not (model_dir / "resources.json").is_file():
        raise RuntimeError(f"{model_dir} has no resources.json (run `warta train stanza`)")
    kwargs = {f"{name}_model_path": str(model_dir / f"{name}.pt") for name in processors}
    if "lemma" in processors:
        # The lemmatizer was trained without POS tags (they came later).
        kwargs["lemma_pos"] = False
    return stanza.Pipeline(lang="id", dir=str(model_dir), processors=",".join(processors),
                           download_method=None, logging_level="WARN", use_gpu=False,
                           tokenize_no_ssplit=False, **kwargs)


def _sentence_syntax(tokens, word_token: dict, first: int) -> list[tuple | None]:
    """Per token of one sentence: (upos, xpos, feats, head index in spans or None for the root,
    relation), or None where Stanza gave no tags. ``first`` is the sentence's first index."""
    out: list[tuple | None] = []
    root = None
    for k, token in enumerate(tokens, start=first):
        words = token.words
        if not words or getattr(words[0], "upos", None) is None:
            out.append(None)
            continue
        # The token's syntactic head word: the root, else the first word attached outside it.
        rep = next((w for w in words if getattr(w, "head", None) == 0), None) or next(
            (w for w in words if word_token.get(getattr(w, "head", None), k) != k), words[0])
        head = getattr(rep, "head", None)
        if head == 0:
            root = k
        target = None if head in (0, None) else word_token.get(head, k)
        out.append((rep.upos, rep.xpos, rep.feats, target, "ROOT" if head == 0 else getattr(rep, "deprel", None)))
    if root is None:
        return out
    # Folding words into tokens can close a cycle (two words of one token attached across);
    # a token caught in one is attached to the root instead.
    for i, entry in enumerate(out):
        if entry is None or entry[3] is None:
            continue
        seen, k = set(), first + i
        while k is not None and k not in seen and out[k - first] is not None:
            seen.add(k)
            k = out[k - first][3]
        if k is not None and k in seen:
            out[i] = entry[:3] + (root, "dep")
    return out


def _syntax_arrays(syntax: list[tuple | None], at: list[int], sent_flags: list[bool]) -> dict:
    """The ``pos``/``tags``/``morphs`` and ``heads``/``deps`` arguments of ``Doc`` from the
    per-token syntax (index in spans -> index in words through ``at``); empty without tags."""
    if not any(syntax):
        return {}
    n = len(sent_flags)
    pos, tags, morphs = [""] * n, [""] * n, [""] * n
    for k, entry in enumerate(syntax):
        if entry is not None:
            pos[at[k]], tags[at[k]], morphs[at[k]] = entry[0] or "", entry[1] or "", entry[2] or ""
    out = {"pos": pos, "tags": tags, "morphs": morphs}
    if not any(entry is not None and entry[4] for entry in syntax):
        return out
    heads, deps = list(range(n)), ["dep"] * n
    tagged = set(at)
    for k, entry in enumerate(syntax):
        if entry is None:
            continue
        heads[at[k]] = at[entry[3]] if entry[3] is not None else at[k]
        deps[at[k]] = entry[4] or "dep"
    for i in range(n):
        if i not in tagged:  # whitespace: onto the token before, or after at the very start
            heads[i] = i - 1 if i > 0 and not sent_flags[i] else min(i + 1, n - 1)
    out.update(heads=heads, deps=deps)
    return out


class StanzaTokenizer:
    """A spaCy tokenizer callable backed by a Stanza pipeline."""

    def __init__(self, vocab: Vocab, model_dir: Path | None = None, stanza_nlp=None, syntax: bool = False):
        extensions.register()
        self.vocab = vocab
        if stanza_nlp is None:
            path = Path(model_dir) if model_dir else stanza_model_path()
            if path is None:
                raise RuntimeError("no Stanza models under models/ (run `warta train stanza`)")
            stanza_nlp = load_stanza(path, syntax=syntax)
        self.stanza = stanza_nlp

    def __call__(self, text: str) -> Doc:
        paras = paragraphs(text)
        spans: list[tuple[int, int]] = []
        starts: set[int] = set()
        clitics: list[tuple[int, int]] = []
        lemmas: list[str | None] = []
        syntax: list[tuple | None] = []
        for p_start, p_end in paras:
            chunk = text[p_start:p_end]
            sdoc = self.stanza(chunk)
            for sentence in sdoc.sentences:
                first = True
                word_token: dict[int, int] = {}  # Stanza word id -> index in spans
                sent_tokens = []
                for token in sentence.tokens:
                    s, e = p_start + token.start_char, p_start + token.end_char
                    if text[s:e] != token.text:
                        raise AlignmentError(f"stanza token {token.text!r} does not match "
                                             f"text {text[s:e]!r} at {s}:{e}")
                    if spans and s < spans[-1][1]:
                        raise AlignmentError(f"stanza token {token.text!r} at {s} overlaps the previous one")
                    spans.append((s, e))
                    for w in token.words:
                        word_token[getattr(w, "id", None)] = len(spans) - 1
                    sent_tokens.append(token)
                    lemmas.append(getattr(token.words[0], "lemma", None) if token.words else None)
                    if first:
                        starts.add(s)
                        first = False
                    words = [w.text for w in token.words]
                    if len(words) > 1 and words[-1].lower() in CLITICS and token.text.lower().endswith(words[-1].lower()):
                        clitics.append((e - len(words[-1]), e))
                syntax += _sentence_syntax(sent_tokens, word_token, len(spans) - len(sent_tokens))
        return self._doc(text, spans, starts, paras, clitics, lemmas, syntax)

    def _doc(self, text, spans, starts, paras, clitics, lemmas=None, syntax=None) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        sent_flags: list[bool] = []
        word_lemmas: list[str] = []
        at: list[int] = []  # index in spans -> index in words
        pos = 0
        for k, (s, e) in enumerate(spans):
            gap = text[pos:s]
            if gap:
                if gap == " " and words and not words[-1].isspace():
                    spaces[-1] = True
                else:
                    words.append(gap)  # whitespace (or untokenised characters) kept as a token
                    spaces.append(False)
                    sent_flags.append(False)
                    word_lemmas.append(gap)
            at.append(len(words))
            words.append(text[s:e])
            spaces.append(False)
            sent_flags.append(s in starts)
            word_lemmas.append((lemmas[k] if lemmas and lemmas[k] else None) or text[s:e])
            pos = e
        if pos < len(text):
            words.append(text[pos:])
            spaces.append(False)
            sent_flags.append(False)
            word_lemmas.append(text[pos:])
        if not words:
            doc = Doc(self.vocab, words=[], spaces=[])
        else:
            sent_flags[0] = True
            has_lemmas = bool(lemmas) and any(lemmas)
            doc = Doc(self.vocab, words=words, spaces=spaces, sent_starts=sent_flags,
                      lemmas=word_lemmas if has_lemmas else None,
                      **_syntax_arrays(syntax or [], at, sent_flags))
        if doc.text != text:
            raise AlignmentError("the Doc built from Stanza tokens does not reproduce the text")
        doc._.paragraphs = paras
        doc._.clitics = clitics
        return doc

    # spaCy serialises pipelines with their tokenizer; this one is rebuilt from models/.
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "StanzaTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        os.makedirs(path, exist_ok=True)

    def from_disk(self, path, **kwargs) -> "StanzaTokenizer":
        return self
