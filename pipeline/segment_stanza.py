"""Tokens and sentences from Stanza models trained here: the optional ``stanza`` segmenter.

Takes raw article text; gives the same kind of spaCy ``Doc`` as ``segment.py`` (every
character kept, ``doc._.paragraphs``, sentence starts), with tokens and sentences from
Stanza's tokenizer, and ``doc._.clitics``: the character spans of the ``-nya`` words that
Stanza's multi-word-token expander splits off ("ungkapnya" -> "ungkap" + "nya"), which the
speaker resolver can use as pronoun mentions. Where the model folder holds a lemmatizer
(``lemma.pt``), each token's ``lemma_`` is the lemma of its first word ("mengatakan" ->
"kata", "ungkapnya" -> "ungkap").

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


def load_stanza(model_dir: Path):
    """An offline Stanza pipeline: tokenize, and mwt and lemma where their models are there."""
    try:
        import stanza
    except ImportError as exc:  # the optional extra is not installed
        raise RuntimeError("the stanza segmenter needs `pip install 'warta[stanza]'`") from exc
    model_dir = Path(model_dir)
    processors = ["tokenize"] + [name for name in ("mwt", "lemma") if (model_dir / f"{name}.pt").is_file()]
    # The model folder's minimal resources.json keeps Stanza from reaching for its model hub.
    if not (model_dir / "resources.json").is_file():
        raise RuntimeError(f"{model_dir} has no resources.json (run `warta train stanza`)")
    kwargs = {f"{name}_model_path": str(model_dir / f"{name}.pt") for name in processors}
    if "lemma" in processors:
        # The lemmatizer was trained without POS tags (there is no tagger here).
        kwargs["lemma_pos"] = False
    return stanza.Pipeline(lang="id", dir=str(model_dir), processors=",".join(processors),
                           download_method=None, logging_level="WARN", use_gpu=False,
                           tokenize_no_ssplit=False, **kwargs)


class StanzaTokenizer:
    """A spaCy tokenizer callable backed by a Stanza pipeline."""

    def __init__(self, vocab: Vocab, model_dir: Path | None = None, stanza_nlp=None):
        extensions.register()
        self.vocab = vocab
        if stanza_nlp is None:
            path = Path(model_dir) if model_dir else stanza_model_path()
            if path is None:
                raise RuntimeError("no Stanza models under models/ (run `warta train stanza`)")
            stanza_nlp = load_stanza(path)
        self.stanza = stanza_nlp

    def __call__(self, text: str) -> Doc:
        paras = paragraphs(text)
        spans: list[tuple[int, int]] = []
        starts: set[int] = set()
        clitics: list[tuple[int, int]] = []
        lemmas: list[str | None] = []
        for p_start, p_end in paras:
            chunk = text[p_start:p_end]
            sdoc = self.stanza(chunk)
            for sentence in sdoc.sentences:
                first = True
                for token in sentence.tokens:
                    s, e = p_start + token.start_char, p_start + token.end_char
                    if text[s:e] != token.text:
                        raise AlignmentError(f"stanza token {token.text!r} does not match "
                                             f"text {text[s:e]!r} at {s}:{e}")
                    if spans and s < spans[-1][1]:
                        raise AlignmentError(f"stanza token {token.text!r} at {s} overlaps the previous one")
                    spans.append((s, e))
                    lemmas.append(getattr(token.words[0], "lemma", None) if token.words else None)
                    if first:
                        starts.add(s)
                        first = False
                    words = [w.text for w in token.words]
                    if len(words) > 1 and words[-1].lower() in CLITICS and token.text.lower().endswith(words[-1].lower()):
                        clitics.append((e - len(words[-1]), e))
        return self._doc(text, spans, starts, paras, clitics, lemmas)

    def _doc(self, text, spans, starts, paras, clitics, lemmas=None) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        sent_flags: list[bool] = []
        word_lemmas: list[str] = []
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
                      lemmas=word_lemmas if has_lemmas else None)
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
