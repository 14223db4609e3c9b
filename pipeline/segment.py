"""Tokens, sentences and paragraphs: the first stage after reading.

Takes raw article text; gives a spaCy ``Doc`` whose tokens follow press-release needs
(quote marks split off, ``(11/11)`` -> ``(`` ``11/11`` ``)``, ``Ke-53``, ``COVID-19``, URLs and
e-mails whole, abbreviations such as ``Drs.`` kept with their dot), ``doc._.paragraphs`` as
character spans split at blank lines, and sentence starts that never split a quoted passage.
Every character of the input stays in the Doc (``doc.text == text``).

The tokenizer is built from spaCy's Indonesian affix rules plus a token pattern instead of
spaCy's ~16,000 reduplication special cases ("abang-abang"), which cost seconds at start-up:
one pattern keeps every letter-hyphen compound whole.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import numpy
import regex
from spacy.attrs import SENT_START
from spacy.lang.id import Indonesian
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from . import resources

#: Tokens kept whole: letter-led hyphen compounds (reduplication "setinggi-tingginya",
#: "COVID-19", ordinals "Ke-53"), day/month[/year] numerals, clock times, e-mails,
#: hashtags and handles.
TOKEN_MATCH = regex.compile(
    r"""^(?:
        \p{L}[\p{L}\p{M}]*(?:-[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)+   # letter-led hyphen compounds
      | \d{1,2}/\d{1,2}(?:/\d{2,4})?                              # 11/11, 5/2/2024
      | \d{4}-an                                                  # decades: 1950-an
      | \d{1,2}[.:]\d{2}                                          # 08.37
      | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                              # e-mail
      | [#@][\p{L}\p{N}_]+                                        # hashtag, handle
    )$""",
    regex.VERBOSE,
).match


@functools.cache
def _abbreviations() -> tuple[str, ...]:
    return resources.lines("abbreviations.txt")


def _special_cases() -> dict[str, list[dict]]:
    cases: dict[str, list[dict]] = {}
    for abbr in _abbreviations():
        cases[abbr] = [{ORTH: abbr}]
    # Initials in names: "P. Tantriana Sari", "A. Rahman".
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        cases[letter + "."] = [{ORTH: letter + "."}]
    # Quote marks stuck together ('""' in some exports) split one by one.
    return cases


class WartaTokenizer(Tokenizer):
    """The tokenizer is built whole from its config entry; a saved pipeline's tokenizer
    state is not read back, since spaCy recompiles saved patterns with ``re``, which cannot
    read the ``regex`` classes of TOKEN_MATCH (``\\p{L}``)."""

    def from_disk(self, path, *, exclude=()):
        return self

    def from_bytes(self, bytes_data, *, exclude=()):
        return self


@registry.tokenizers("warta.tokenizer.v1")
def create_tokenizer():
    def make(nlp: Language) -> Tokenizer:
        defaults = Indonesian.Defaults
        # spaCy's Indonesian infix for "[a]-[0-9]" would split COVID-19 and Ke-53; the
        # token pattern above keeps those, so the affix rules can stay as spaCy has them.
        return WartaTokenizer(
            nlp.vocab,
            rules=_special_cases(),
            prefix_search=compile_prefix_regex(defaults.prefixes).search,
            suffix_search=compile_suffix_regex(defaults.suffixes).search,
            infix_finditer=compile_infix_regex(defaults.infixes).finditer,
            token_match=TOKEN_MATCH,
            url_match=defaults.url_match,
        )

    return make


# --- paragraphs and sentences -------------------------------------------------------------

PARAGRAPH_BREAK = regex.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")

OPEN_QUOTES = "“‘«"
CLOSE_QUOTES = "”’»"
AMBIGUOUS_QUOTES = "\"”"  # Kompas opens with ” as well as closing with it

# A sentence ends at . ! ? (or …) with closing quotes/brackets, before space and a capital,
# digit, opening quote or bracket.
SENT_END = regex.compile(
    r"""(?P<end>[.!?…]+[”"’'»)\]]*)(?P<space>\s+)(?=(?P<upper>[\p{Lu}\p{N}“"”‘'(«\[-])|(?P<lower>\p{Ll}{2}))""",
)
# Before a lower-case word a stop ends a sentence only after a plain word of three or more
# letters ("… dan bergigi. shikamaru …"), never after an abbreviation ("dll. dan").
PLAIN_WORD_END = regex.compile(r"(?<![\p{L}.])\p{L}{3,}[.!?]$")
NEWLINE = regex.compile(r"\n\s*")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character spans of paragraphs: text between blank lines, surrounding space trimmed;
    in a text written a paragraph a line (most lines ending a sentence, as news sites'
    exports do), each line."""
    spans = []
    pos = 0
    for m in PARAGRAPH_BREAK.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    if lines_are_paragraphs(text):
        spans = [(start + m.start(), start + m.end()) for start, end in spans
                 for m in LINE.finditer(text[start:end])]
    out = []
    for start, end in spans:
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped:
            continue
        lead = len(chunk) - len(chunk.lstrip())
        out.append((start + lead, start + lead + len(stripped)))
    return out


def quoted_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of quoted passages inside one paragraph (bounded: an unclosed quote is ignored).

    A mark that opens is one after space, start or an opening bracket and before a
    non-space; Kompas style ” can open too.
    """
    regions: list[tuple[int, int]] = []
    open_at = -1
    i = start
    while i < end:
        c = text[i]
        if c in OPEN_QUOTES or c in AMBIGUOUS_QUOTES:
            prev = text[i - 1] if i > start else " "
            nxt = text[i + 1] if i + 1 < end else " "
            opening = (prev.isspace() or prev in "([:") and not nxt.isspace()
            if c in OPEN_QUOTES and c not in AMBIGUOUS_QUOTES and c != "’":
                opening = opening or not nxt.isspace()
            if open_at < 0 and opening and c != "’":
                open_at = i
            elif open_at >= 0 and c in CLOSE_QUOTES + '"' and not opening:
                regions.append((open_at, i + 1))
                open_at = -1
        i += 1
    return regions


def _is_abbreviation(text: str, dot: int, para_start: int) -> bool:
    """Is the full stop at ``dot`` part of an abbreviation or initial (no sentence end)?"""
    j = dot
    while j > para_start and not text[j - 1].isspace() and text[j - 1] not in "(“\"”":
        j -= 1
    word = text[j:dot + 1]
    if word in _abbreviation_set():
        return True
    # A lone capital initial: "P. Tantriana"; a degree chain "S.E.", "M.Si."
    if regex.fullmatch(r"\p{Lu}\.", word) or regex.fullmatch(r"(?:\p{L}{1,3}\.){2,}", word):
        return True
    return False


@functools.cache
def _abbreviation_set() -> frozenset[str]:
    return frozenset(_abbreviations())


SINGLE_LINE_BREAK = regex.compile(r"(?<!\n[ \t]*)\n(?![ \t]*\n)(?=[ \t]*\S)")
LINE = regex.compile(r"[^\n]+")
# A sentence's stop, with its closing marks, at the end of a line; what opens the next one.
STOP_AT_END = regex.compile(r"""[.!?…][”"’'»)]*$""")
OPENS_SENTENCE = regex.compile(r"""[\p{Lu}\p{N}“"”‘'(«]""")


def lines_are_paragraphs(text: str) -> bool:
    """Is the text written a paragraph a line: do most of its single line breaks end a
    sentence? A hard-wrapped text breaks its lines inside sentences ("… Jaduliwan,\nPemprov
    Bengkulu …")."""
    breaks = [m.start() for m in SINGLE_LINE_BREAK.finditer(text)]
    if not breaks:
        return False
    ending = sum(1 for b in breaks if _ends_sentence(text, b))
    return ending * 2 >= len(breaks)


def _ends_sentence(text: str, at: int) -> bool:
    """Does the line break at ``at`` follow a sentence's stop and precede a capital, digit or
    opening mark?"""
    before = text[max(0, at - 12):at].rstrip()[-3:]
    after = text[at:at + 3].lstrip()[:1]
    return bool(before) and bool(STOP_AT_END.search(before)) and bool(OPENS_SENTENCE.match(after))


def sentence_starts(text: str, paras: Iterable[tuple[int, int]] | None = None) -> list[int]:
    """Character offsets where sentences start, paragraph by paragraph."""
    starts: list[int] = []
    for p_start, p_end in (paras if paras is not None else paragraphs(text)):
        starts.append(p_start)
        inside = quoted_regions(text, p_start, p_end)

        def quoted(pos: int) -> bool:
            return any(a < pos < b for a, b in inside)

        for m in SENT_END.finditer(text, p_start, p_end):
            end_mark = m.start("end")
            nxt = m.end()
            if nxt >= p_end or quoted(nxt - 1):
                continue
            if text[end_mark] == "." and len(m.group("end")) == 1 and _is_abbreviation(text, end_mark, p_start):
                continue
            if m.group("lower") and not (
                    len(m.group("end")) == 1
                    and PLAIN_WORD_END.search(text, max(p_start, end_mark - 40), end_mark + 1)):
                continue
            starts.append(nxt)
        # A line break inside a paragraph ends a sentence when the line closes with
        # sentence punctuation or when it is a heading-like line (no final punctuation
        # and a capital next) -- but not after a comma: "… Jaduliwan,\nPemprov Bengkulu …".
        for m in NEWLINE.finditer(text, p_start, p_end):
            nxt = m.end()
            if nxt >= p_end:
                continue
            prev = text[max(p_start, m.start() - 12):m.start()].rstrip()[-1:] or " "
            if prev in ",;-–(" or not (text[nxt].isupper() or text[nxt].isdigit() or text[nxt] in "“\"”•-*"):
                continue
            if prev.islower() and text[nxt].isupper():
                # "… sehingga mampu\nMeningkatkan" is rare; a lower-case line end followed by
                # a capital is a new line of a list or a new sentence without its stop.
                pass
            if quoted(nxt - 1):
                continue
            starts.append(nxt)
    return sorted(set(starts))


def set_sentences(doc: Doc) -> Doc:
    """Set ``doc._.paragraphs`` and token sentence starts from the character rules."""
    text = doc.text
    paras = paragraphs(text)
    doc._.paragraphs = paras
    starts = sentence_starts(text, paras)
    # 1 starts a sentence, -1 does not. Set in one from_array call: each Token.is_sent_start
    # assignment scans the whole Doc (a dependency check), quadratic on a long document.
    flags = numpy.full((len(doc), 1), -1, dtype="int64")
    flags[:1] = 1
    idx = 0
    for start in starts:
        # Snap the boundary to the first non-space token at or after it.
        while idx < len(doc) and (doc[idx].idx < start or doc[idx].is_space):
            idx += 1
        if idx < len(doc):
            flags[idx] = 1
    doc.from_array([SENT_START], flags.view("uint64"))
    return doc


@Language.component(
    "warta_sentences",
    assigns=["token.is_sent_start", "doc._.paragraphs"],
)
def warta_sentences(doc: Doc) -> Doc:
    """spaCy component: paragraphs and quote-aware sentence starts."""
    return set_sentences(doc)
