"""The Stanza segmenter's adapter (pipeline/segment_stanza.py), with a stand-in for Stanza.

The stand-in has Stanza's document shape (sentences -> tokens with start_char, end_char,
text and words), so the offset mapping is tested without torch or a trained model; the
real models are measured by `warta bench tokens`.
"""

from __future__ import annotations

from types import SimpleNamespace as NS

import pytest
import regex
import spacy

from pipeline.segment_stanza import AlignmentError, StanzaTokenizer

VOCAB = spacy.blank("id").vocab  # with the lexical attribute getters (is_space)
MWT = {"ungkapnya": ["ungkap", "nya"], "pungkasnya": ["pungkas", "nya"]}
LEMMAS = {"mengatakan": "kata", "disampaikan": "sampai", "nya": "dia"}


class FakeStanza:
    """Splits on spaces and punctuation; sentences end at '.'; expands '-nya' words."""

    def __init__(self, shift: int = 0, lemmas: bool = False):
        self.shift = shift
        self.lemmas = lemmas

    def __call__(self, text):
        sentences, tokens = [], []
        for m in regex.finditer(r"\w+|[^\w\s]", text):
            words = [NS(text=w, **({"lemma": LEMMAS.get(w, w.lower())} if self.lemmas else {}))
                     for w in MWT.get(m.group(), [m.group()])]
            tokens.append(NS(text=m.group(), start_char=m.start() + self.shift,
                             end_char=m.end() + self.shift, words=words))
            if m.group() == ".":
                sentences.append(NS(tokens=tokens))
                tokens = []
        if tokens:
            sentences.append(NS(tokens=tokens))
        return NS(sentences=sentences)


@pytest.fixture()
def tok():
    return StanzaTokenizer(VOCAB, stanza_nlp=FakeStanza())


def test_text_tokens_sentences_paragraphs(tok):
    text = "Judul  Berita\n\n“Saya senang.” Kata dia.\n\nIa pulang ungkapnya."
    doc = tok(text)
    assert doc.text == text
    assert [t.text for t in doc if not t.is_space][:4] == ["Judul", "Berita", "“", "Saya"]
    assert [s.text.strip() for s in doc.sents] == ["Judul  Berita", "“Saya senang.", "” Kata dia.",
                                                   "Ia pulang ungkapnya."]
    assert [text[a:b] for a, b in doc._.paragraphs] == ["Judul  Berita", "“Saya senang.” Kata dia.",
                                                        "Ia pulang ungkapnya."]


def test_clitics_are_character_spans(tok):
    text = "“Baik,” ungkapnya. Lalu pungkasnya."
    doc = tok(text)
    assert [(text[a:b], a) for a, b in doc._.clitics] == [("nya", 14), ("nya", 31)]


def test_lemmas_are_the_first_words_lemmas():
    text = "Ia mengatakan, “Baik,” ungkapnya.\n\nHal itu disampaikan Rudi."
    doc = StanzaTokenizer(VOCAB, stanza_nlp=FakeStanza(lemmas=True))(text)
    got = [(t.text, t.lemma_) for t in doc if t.is_alpha]
    assert got == [("Ia", "ia"), ("mengatakan", "kata"), ("Baik", "baik"), ("ungkapnya", "ungkap"),
                   ("Hal", "hal"), ("itu", "itu"), ("disampaikan", "sampai"), ("Rudi", "rudi")]
    assert doc.text == text


def test_no_lemmas_without_a_lemmatizer(tok):
    doc = tok("Ia mengatakan baik.")
    assert [t.lemma_ for t in doc] == ["", "", "", ""]


def test_misaligned_tokens_raise():
    with pytest.raises(AlignmentError):
        StanzaTokenizer(VOCAB, stanza_nlp=FakeStanza(shift=1))("Satu dua tiga.")


def test_empty_text(tok):
    assert tok("").text == ""


class ParsedStanza:
    """One sentence given with words, tags and heads as Stanza's tagger and parser give them."""

    def __init__(self, tokens):
        self.tokens = tokens  # (token text, [(word, upos, head word id, deprel), ...])

    def __call__(self, text):
        out, pos, wid = [], 0, 0
        for tok_text, words in self.tokens:
            start = text.index(tok_text, pos)
            pos = start + len(tok_text)
            ws = []
            for word, upos, head, rel in words:
                wid += 1
                ws.append(NS(id=wid, text=word, upos=upos, xpos=None, feats=None, head=head, deprel=rel))
            out.append(NS(text=tok_text, start_char=start, end_char=pos, words=ws))
        return NS(sentences=[NS(tokens=out)])


def test_tags_and_heads_go_to_tokens():
    text = "“Bagus,” ungkapnya ."
    stanza_doc = ParsedStanza([("“", [("“", "PUNCT", 2, "punct")]), ("Bagus", [("Bagus", "ADJ", 0, "root")]),
                               (",", [(",", "PUNCT", 2, "punct")]), ("”", [("”", "PUNCT", 2, "punct")]),
                               # "ungkap" hangs on "Bagus", "nya" on "ungkap": the token takes ungkap's
                               ("ungkapnya", [("ungkap", "VERB", 2, "parataxis"), ("nya", "PRON", 5, "nsubj")]),
                               (".", [(".", "PUNCT", 2, "punct")])])
    doc = StanzaTokenizer(VOCAB, stanza_nlp=stanza_doc)(text)
    got = [(t.text, t.pos_, t.dep_, t.head.text) for t in doc if not t.is_space]
    assert got == [("“", "PUNCT", "punct", "Bagus"), ("Bagus", "ADJ", "ROOT", "Bagus"),
                   (",", "PUNCT", "punct", "Bagus"), ("”", "PUNCT", "punct", "Bagus"),
                   ("ungkapnya", "VERB", "parataxis", "Bagus"), (".", "PUNCT", "punct", "Bagus")]
    assert doc.text == text and len(list(doc.sents)) == 1


def test_a_cycle_made_by_folding_words_goes_to_the_root():
    # Words d <- b <- c <- a, a tree; "ab" holds a (on c) and b (on d), and c hangs on b, so
    # folded into tokens "ab" -> "c" -> "ab".
    text = "ab c d"
    stanza_doc = ParsedStanza([("ab", [("a", "NOUN", 3, "nmod"), ("b", "VERB", 4, "obj")]),
                               ("c", [("c", "NOUN", 2, "nmod")]), ("d", [("d", "VERB", 0, "root")])])
    doc = StanzaTokenizer(VOCAB, stanza_nlp=stanza_doc)(text)
    heads = {t.text: (t.head.text, t.dep_) for t in doc}
    assert heads["d"] == ("d", "ROOT")
    assert heads["ab"] == ("d", "dep") and heads["c"] == ("ab", "nmod")
    assert len(list(doc.sents)) == 1


def test_whitespace_tokens_attach_without_splitting_sentences():
    text = "  Ia pergi."
    stanza_doc = ParsedStanza([("Ia", [("Ia", "PRON", 2, "nsubj")]), ("pergi", [("pergi", "VERB", 0, "root")]),
                               (".", [(".", "PUNCT", 2, "punct")])])
    doc = StanzaTokenizer(VOCAB, stanza_nlp=stanza_doc)(text)
    assert [t.text for t in doc] == ["  ", "Ia", "pergi", "."]
    assert doc[0].head.text == "Ia" and doc[0].dep_ == "dep" and doc[0].pos_ == ""
    assert [s.text for s in doc.sents] == [text]


def test_no_tags_without_a_tagger(tok):
    doc = tok("Ia pergi.")
    assert not doc.has_annotation("POS") and not doc.has_annotation("DEP")


def test_cli_without_the_extra_says_how_to_install(tmp_path):
    pytest.importorskip("typer")
    try:
        import stanza  # noqa: F401
        pytest.skip("stanza is installed here; the message is for installs without it")
    except ImportError:
        pass
    from typer.testing import CliRunner

    from pipeline.cli import app

    article = tmp_path / "a.txt"
    article.write_text("Judul\n\nIsi berita.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--segmenter", "stanza"])
    assert result.exit_code == 2
    assert "pip install 'warta[stanza]'" in result.output


@pytest.mark.parametrize("args", [["bench", "syntax"], ["train", "stanza-syntax", "--output", "OUT"]])
def test_syntax_commands_without_the_extra_say_how_to_install(tmp_path, args):
    pytest.importorskip("typer")
    try:
        import stanza  # noqa: F401
        pytest.skip("stanza is installed here; the message is for installs without it")
    except ImportError:
        pass
    from typer.testing import CliRunner

    from pipeline.cli import app

    args = [str(tmp_path) if a == "OUT" else a for a in args]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert "pip install 'warta[stanza]'" in result.output
