"""Quotes and speakers: who said what, directly, indirectly or mixed.

Takes a Doc with paragraphs, sentences, entities and dates; gives ``doc._.quotes``
(``records.Quote``). Direct quotes are found from quote marks paragraph by paragraph, then
attributed through a reporting verb (cue) after, before or around them; indirect and mixed
quotes are sentences built on a reporting verb. Cue verbs are listed form by form in
``pipeline/data/cues.tsv``; speakers come from ``pipeline.speakers``.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, replace

import regex
from spacy.language import Language
from spacy.tokens import Doc

from . import extensions, resources
from .dates import DATA as DATES
from .dates import date_for_span
from .entities import lexicon
from .records import Cue, Quote, Speaker
from .speakers import (ACRONYM, CAPITALISED, ORDINAL, People, Person, Phrase, Word, is_degree, known_words, match_title,
                       move_to_unit, parse_backward, parse_forward, raise_first, tokenize, words_of, written_in)


# Quote marks. Kompas opens quotes with ” as well as closing with it, and plain " serves as
# both, so those two are read from the space around them.
OPENERS = "“„«"
CLOSERS = "”»"
AMBIGUOUS = "\"”"
OPEN_AFTER = "([{—–-:/\u00a0"
CLOSE_BEFORE = ".,;:!?)]}—–-…"

# Lower-case words inside an office or unit before its holder's name ("Pembina Komunitas
# Sepeda untuk Semua", "Direktur Eksekutif Institute for Economics").
_SUBJECT_LINKS = frozenset("dan dari untuk sekaligus yang juga bidang pada di of for and the to".split())
# A passive verb (di- … -kan / -i), whose agent follows it: the passive cues of cues.tsv
# ("disampaikan") and any other ("dihadiri", "diresmikan").
_PASSIVE_VERB = regex.compile(r"di\p{Ll}{3,}(?:kan|i)")
# A passive verb of a bare root ("disambut", "direspons"); not the glued prepositions and
# pronouns that also open with "di".
_BARE_PASSIVE_VERB = regex.compile(r"(?!di(?:ri|rinya|mana|sini|sana|situ|nas|ni|nihari|antara|atas|bawah|dalam|luar)$)"
                                   r"di\p{Ll}{4,}")
# The end of an office in apposition: a comma, after the institution's bracketed short form
# if any ("…, guru besar … dari Universitas Sukamaju (Unsuk), …").
_APPOSITION_CLOSE = regex.compile(r"(?:\s*\([^()]{1,12}\))?\s*,")


def _passive(word: str) -> bool:
    """A passive verb, with a suffix ("disampaikan", "dihadiri") or of a bare root ("disambut")."""
    return bool(_PASSIVE_VERB.fullmatch(word) or _BARE_PASSIVE_VERB.fullmatch(word))
# The word after a name, past an apposition between commas.
_DEGREE_AFTER = regex.compile(r",?\s*([\p{L}.]+?)\.?(?=[\s,]|$)")
_NEXT_WORD = regex.compile(r"(?:\s*\([^()]{0,40}\))?(?:,[^,.”\"]{1,160},)?"
                           r"(?:\s+(?:juga|pun|pula|sendiri|lalu|kemudian|sekaligus))*\s+(\p{L}+)")

# Function words that stay lower case inside a title ("Strategi Pengembangan Kampung yang
# Bersih dan Sehat", "Outlook for the Economy").
_TITLE_LINKS = frozenset("dan di dari ke yang untuk dengan pada dalam atau serta bagi tentang menuju "
                         "sebagai of and the in for to on a an".split())
_TITLE_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.-]*")


def _title_cased(quote: str) -> bool:
    """Is the quoted text a title in Title Case (every word but function words capitalised,
    no closing punctuation) rather than speech?"""
    stripped = quote.strip()
    if not stripped or stripped[-1] in ".,!?…;":
        return False
    words = _TITLE_WORD.findall(stripped)
    content = [w for w in words if w.lower() not in _TITLE_LINKS]
    return len(words) >= 3 and len(content) >= 2 and all(w[0].isupper() or w[0].isdigit() for w in content)


# A quoted term ("TOP GPR", 'Bumi Rafflesia') is no quotation: a cue-less quote needs this
# many words to count as speech on its own.
MIN_WORDS_ALONE = 4


@functools.cache
def cues() -> dict[str, dict[str, str]]:
    return {row["form"]: row for row in resources.tsv_records("cues.tsv")}


def _alternation(voices: tuple[str, ...], typos: tuple[tuple[str, str], ...] = ()) -> str:
    table = cues()
    forms = [f for f, r in table.items() if r["voice"] in voices]
    forms += [typo for typo, form in typos if table[form]["voice"] in voices]
    return "|".join(regex.escape(f) for f in sorted(forms, key=len, reverse=True))


@functools.lru_cache(maxsize=256)
def _patterns(typos: tuple[tuple[str, str], ...] = ()) -> dict[str, regex.Pattern]:
    """The cue patterns; ``typos`` adds misspelt forms of listed cues, (typo, form) pairs."""
    bare = _alternation(("bare",), typos)
    passive = _alternation(("passive",), typos)
    active = _alternation(("active",), typos)
    anyverb = _alternation(("bare", "passive", "active", "prep"), typos)
    nouns = "|".join(regex.escape(w) for w in sorted(words_of("statement_noun"), key=len, reverse=True))
    return {
        # "…,” kata X." / "…,” pungkasnya." / "…,” demikian disampaikan X." / "…”. Ujar X" /
        # "…,” demikian pernyataan resmi X."
        "after": regex.compile(
            rf"[\s,]*(?:\.\s*)?(?:(?:(?i:demikian|lanjut|pun)\s+)?(?P<cue>(?i:{bare}|{passive}|{active}))"
            rf"(?P<nya>nya)?|(?i:demikian)\s+(?P<cue>(?i:{nouns})(?:\s+(?i:tertulis|resmi|pers))?))"
            rf"(?![\p{{L}}\p{{N}}])(?:\s+(?i:oleh|dari)(?![\p{{L}}]))?"),
        # any cue form in running text, for indirect speech and cues before a quote
        "cue": regex.compile(
            rf"(?<![\p{{L}}\p{{N}}\-])(?P<cue>(?i:{anyverb}|menurut))(?P<nya>nya)?(?![\p{{L}}\p{{N}}\-])"),
        "active": regex.compile(rf"(?P<cue>{active})(?![\p{{L}}\p{{N}}])"),
    }


# A misspelt cue verb ("mengatakanh", "disampikan", "malaporkan") is read as the listed form
# one edit away: only lower-case words of this many letters or more, and only where the word
# is no word news text uses (known_words.txt, common_words.txt) and exactly one listed form is
# that close.
TYPO_MIN_LETTERS = 8
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}\-])\p{Ll}{%d,}(?![\p{L}\p{N}\-])" % TYPO_MIN_LETTERS)


@functools.cache
def _typo_targets() -> tuple[str, ...]:
    return tuple(f for f in cues() if len(f) >= TYPO_MIN_LETTERS - 1 and f.isalpha() and f.islower())


def typo_cues(text: str) -> dict[str, str]:
    """The misspelt cue verbs of ``text``: word -> the listed form it stands for. One edit
    (Levenshtein distance 1, rapidfuzz) from exactly one listed form of the same first
    letter; never a listed form, a word news text uses (``known_words.txt``,
    ``common_words.txt``) or a listed form with the verb suffix -i added or dropped
    ("memintai" is its own verb)."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    table, known, targets = cues(), known_words(), _typo_targets()
    out: dict[str, str] = {}
    for word in set(_LOWER_WORD.findall(text)):
        if word in table or word in known:
            continue
        hits = process.extract(word, targets, scorer=Levenshtein.distance, score_cutoff=1, limit=2)
        if len(hits) != 1:
            continue
        form = hits[0][0]
        if form[0] == word[0] and word != form + "i" and form != word + "i":
            out[word] = form
    return out


@functools.cache
def _cue_sentence() -> regex.Pattern:
    """"… Jambi. Kata Varial …": a sentence that opens with an inverted cue."""
    # Not a cue that closes a quote only ("Jawab Tantangan …" opens no statement).
    bare = [f for f, r in cues().items() if r["voice"] == "bare" and r.get("object") != "marked"]
    return regex.compile(rf"[.!?](?P<gap>\s+)(?:{'|'.join(regex.escape(w.capitalize()) for w in bare)})"
                         rf"(?:nya)?(?![\p{{L}}])")


@dataclass
class Region:
    open: int          # the opening mark (or the sentence start when the mark is missing)
    close: int         # the closing mark, or where an unclosed quote ends
    paragraph: int     # index of the paragraph the quote ends in
    first_paragraph: int
    closed: bool
    open_len: int = 1  # characters of the opening mark ("‘’" is two, a missing one none)
    close_len: int = 1


# Quote marks of one kind: double marks, and pairs of single marks that stand for one
# ("‘’Yakinlah …,” ungkapnya", "'' … ''").
MARK = regex.compile(r"‘‘|‘’|’’|''|[“”\"„«»]|[‘’']")
DOUBLE_OPEN_ONLY = frozenset("“„«")
CLOSE_ONLY = frozenset("»")
SINGLES = frozenset("‘’'")


def _flanks(text: str, s: int, e: int, start: int, end: int) -> tuple[bool, bool]:
    """(can open, can close) for the mark ``text[s:e]`` inside ``[start, end)``."""
    prev = text[s - 1] if s > start else " "
    nxt = text[e] if e < end else " "
    marks = "“”\"„«»‘’'"
    can_open = (prev.isspace() or prev in OPEN_AFTER or prev in marks) and not nxt.isspace() \
        and nxt not in ".,;:!?"
    can_close = not prev.isspace() and (nxt.isspace() or nxt in CLOSE_BEFORE or nxt in marks or e >= end)
    # Marks glued to the sentence around them: "Pancasila.”Bayangkan", "ini,’’pungkasnya".
    if not can_open and prev in ".!?;" and nxt.isupper():
        can_open = True
    if not can_close and prev in ",.!?" and nxt.islower():
        can_close = True
    return can_open, can_close


def quote_regions(text: str, paragraphs: list[tuple[int, int]]) -> list[Region]:
    """Quoted passages, paired paragraph by paragraph. A quote left open at a paragraph's end
    goes on only when the next paragraph reopens it (the convention for a quote that runs over
    several paragraphs); otherwise it ends before a cue sentence that follows it ("… Jambi.
    Kata Varial …") or, when it opened the paragraph, at the paragraph's end. A closing mark
    with no opening one and a cue after it starts at its sentence's start. Any other unmatched
    mark is stray and dropped, so a stray mark never swallows text."""
    regions: list[Region] = []
    carry: tuple[int, int, int] | None = None  # (open, open_len, first paragraph) left open
    for pi, (p_start, p_end) in enumerate(paragraphs):
        marks = [(m.start(), m.end(), m.group()) for m in MARK.finditer(text, p_start, p_end)]
        open_at = open_len = -1
        open_par = pi
        single: tuple[int, int] | None = None
        if carry is not None:
            if marks and marks[0][0] == p_start and marks[0][2] not in SINGLES \
                    and _flanks(text, marks[0][0], marks[0][1], p_start, p_end)[0]:
                open_at, open_len, open_par = carry
                marks = marks[1:]
            else:
                _close_unclosed(text, regions, carry, paragraphs)
            carry = None
        for s, e, m in marks:
            can_open, can_close = _flanks(text, s, e, p_start, p_end)
            if m in SINGLES:
                if open_at >= 0:
                    continue  # single marks inside a double quote are the speaker's own
                if single is not None and can_close and m != "‘":
                    regions.append(Region(single[0], s, pi, pi, True, single[1] - single[0]))
                    single = None
                elif can_open and not can_close and m != "’":
                    single = (s, e)
                continue
            if open_at >= 0:
                if not can_close and m == '"' and _closes_before_cue(text, s, e, p_end):
                    can_close = True  # "…, tahun 2017, "ujar Rina.": the mark slipped onto the cue
                if can_close and m not in DOUBLE_OPEN_ONLY:
                    regions.append(Region(open_at, s, pi, open_par, True, open_len, e - s))
                    open_at = -1
                elif m in DOUBLE_OPEN_ONLY or (can_open and not can_close):
                    open_at, open_len, open_par = s, e - s, pi
                continue
            if m in DOUBLE_OPEN_ONLY or (can_open and not can_close) or (can_open and m not in CLOSE_ONLY
                                                                      and e < p_end and text[e].isupper()):
                open_at, open_len, open_par = s, e - s, pi
                single = None
            elif can_close:
                found = _missing_opener(text, s, e, p_start, p_end, regions)
                if found is not None:
                    regions.append(Region(found, s, pi, pi, True, 0, e - s))
        if open_at >= 0:
            carry = (open_at, open_len, open_par)
    if carry is not None:
        _close_unclosed(text, regions, carry, paragraphs)
    return sorted(regions, key=lambda r: r.open)


def _closes_before_cue(text: str, s: int, e: int, p_end: int) -> bool:
    """Is a straight mark between a comma or full stop and a reporting verb glued to it
    (``…, "ujar Rina.``) the close of the open quote, not a new opening?"""
    return bool(regex.search(r"[,.!?]\s+$", text[max(0, s - 3):s])) and bool(
        _patterns()["after"].match(text, e, p_end)) and not text[e:e + 1].isupper()


SENTENCE_START = regex.compile(r"(?:[.!?]|[.!?][”\"’'])\s+(?=\p{Lu})")


def _missing_opener(text: str, s: int, e: int, p_start: int, p_end: int,
                    regions: list[Region]) -> int | None:
    """Start of a quote whose opening mark is missing: its sentence's start, when a cue
    follows the closing mark (``…, ujar X``)."""
    if not _patterns()["after"].match(text, e, p_end):
        return None
    floor = max([p_start] + [r.close + 1 for r in regions if p_start <= r.close < s])
    # A mark left unread between words ("… kerja sama ini”Upaya …") still bounds the quote.
    for c in range(s - 1, floor - 1, -1):
        if text[c] in "“”\"„«»":
            floor = c + 1
            break
    start = floor
    for m in SENTENCE_START.finditer(text, floor, s):
        start = m.end()
    while start < s and text[start].isspace():
        start += 1
    return start if start < s else None


def _close_unclosed(text: str, regions: list[Region], carry: tuple[int, int, int],
                    paragraphs: list[tuple[int, int]]) -> None:
    """A quote left open ends before a cue sentence after it ("… Jambi. Kata Varial …"), else
    at its paragraph's end when it opened the paragraph (a lost closing mark); any other
    unmatched mark is stray and dropped."""
    open_at, open_len, pi = carry
    p_start, p_end = paragraphs[pi]
    for m in _cue_sentence().finditer(text, open_at + open_len, p_end):
        regions.append(Region(open_at, m.start("gap"), pi, pi, False, open_len, 0))
        return
    if open_at == p_start:
        regions.append(Region(open_at, p_end, pi, pi, False, open_len, 0))


@dataclass
class Attribution:
    cue: tuple[int, int] | None
    phrase: Phrase | None
    pronoun: tuple[int, int] | None = None   # span of "-nya" or "dia"
    rule: str = ""


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _para_of(paragraphs: list[tuple[int, int]], pos: int) -> int:
    for i, (s, e) in enumerate(paragraphs):
        if s <= pos <= e:
            return i
    return -1


class Finder:
    """Quotes of one Doc."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text
        self.paragraphs = list(doc._.paragraphs or [(0, len(doc.text))])
        self.people = People(doc)
        self.sent_starts = sorted({s.start_char for s in doc.sents}) if doc.has_annotation("SENT_START") else [0]
        typos = typo_cues(self.text)
        table = cues()
        self.cue_rows = {**table, **{typo: table[form] for typo, form in typos.items()}} if typos else table
        self.patterns = _patterns(tuple(sorted(typos.items())))
        self._lawyers: dict[int, bool] = {}  # id(person) -> called a lawyer (_lawyer)
        self._short_forms_of: dict[tuple[str, ...], frozenset[str]] = {}  # a person's forms -> bracketed short forms

    # --- attribution of a direct quote ---------------------------------------------------

    def _after(self, close: int, p_end: int) -> Attribution | None:
        """The cue and speaker after a quote; ``close`` is the position after its mark."""
        text = self.text
        m = self.patterns["after"].match(text, close, p_end)
        if m:
            # The clitic belongs to the cue word ("pungkasnya"); the speaker mention is "nya".
            cue = (m.start("cue"), m.end("nya") if m.group("nya") else m.end("cue"))
            if m.group("nya"):
                return Attribution(cue, None, (m.start("nya"), m.end("nya")), "after")
            words = tokenize(text, m.end(), min(p_end, m.end() + 300))
            words = words[_agent_start(words):]  # "ujar pula Rina", "kata pihak KBRI Canberra"
            phrase = parse_forward(words, 0, text) if words else None
            if words and words[0].text.lower() in words_of("former"):
                phrase = _demonstrative_description(words) or phrase  # "kata mantan Kepala … itu"
            if phrase is None or _profession(phrase):
                phrase = _lowercase_office(words, 0, text, named_only=True) or _after_descriptor(words, text) \
                    or _demonstrative_description(words) or self._institution_pointed_at(words) \
                    or _group_phrase(words, 0, text) or phrase or _bare_lowercase_office(words, text)
            elif phrase.kind == "person" and not phrase.title:
                # An English job title before the name ("ungkap Head of Sales PT Maju, Rina",
                # "ujar Founder Gerakan Desa Maju, Rina Lestari"): "of" or the title's first
                # word shows the capitalised words are an office; the name follows the comma.
                rest = [w for w in words if w.start >= phrase.end]
                english = words[0].text in words_of("english_title")
                if (rest and rest[0].text in ("of", "for")) or english:
                    named = _after_descriptor(words, text, capitalised=True)
                    if named is not None and not named.title:
                        comma = next(w for w in words if w.text == ",")
                        named = replace(named, title=text[words[0].start:comma.start])
                    # An English title word alone is nobody's name ("kata Head of …" with no comma).
                    phrase = named or (None if english and phrase.name == words[0].text else phrase)
            if phrase is not None and phrase.kind == "person" and phrase.title:
                phrase = self._office_after_cue(phrase, words)
            # A cue with no one after it ("kata seorang warga") keeps its cue and no speaker.
            return Attribution(cue, phrase, None, "after")
        # "…,” Rohidin menambahkan." — the speaker first, then the verb.
        words = tokenize(text, close, min(p_end, close + 300))
        k = 0
        while k < len(words) and words[k].text == ",":
            k += 1
        phrase = parse_forward(words, k, text) if k < len(words) else None
        if phrase is not None and phrase.kind != "institution":
            rest = [w for w in words if w.start >= phrase.end]
            skip = 0
            while skip < len(rest) and rest[skip].text.lower() in ("juga", "pun", "lalu", "kemudian"):
                skip += 1
            if skip < len(rest) and rest[skip].text in self.cue_rows \
                    and self.cue_rows[rest[skip].text]["voice"] == "active":
                return Attribution((rest[skip].start, rest[skip].end), phrase, None, "after-name")
        return None

    def _before(self, open_at: int, seg_start: int) -> Attribution | None:
        """A cue between the sentence start and the opening mark: "X mengatakan, “…”",
        "Menurut X, “…”", "X: “…”", "kata dia, “…”"."""
        text = self.text
        seg_end = open_at
        while seg_end > seg_start and text[seg_end - 1].isspace():
            seg_end -= 1
        if seg_end <= seg_start:
            return None
        words = tokenize(text, seg_start, seg_end)
        if not words:
            return None
        last = len(words)
        colon = words[-1].text == ":"
        if words[-1].text in (",", ":"):
            last -= 1
        if last and words[last - 1].text.lower() == "bahwa":
            last -= 1
        if last == 0:
            return None
        for ci in range(last - 1, -1, -1):
            w = words[ci]
            form = w.text
            nya = None
            if form not in self.cue_rows and form.lower() not in ("menurut",) and form.endswith("nya") \
                    and form[:-3] in self.cue_rows and self.cue_rows[form[:-3]]["voice"] == "bare":
                nya = (w.end - 3, w.end)
                form = form[:-3]
            row = self.cue_rows.get(form) or (self.cue_rows.get("menurut") if form.lower() == "menurut" else None)
            if row is None:
                continue
            cue_span = (w.start, w.end)
            if nya:
                return Attribution(cue_span, None, nya, "before")
            if row["voice"] == "active":
                # Only a cue that ends the lead-in ("X mengatakan, “") or takes the quote as
                # its object after "bahwa".
                if ci != last - 1:
                    break
                phrase = self._active_subject(seg_start, w.start)
                return Attribution(cue_span, phrase, None, "before") if phrase else None
            sub = words[ci + 1:last]
            phrase = parse_forward(sub, 0, text) if sub else None
            if phrase is not None and phrase.end >= sub[-1].end:
                return Attribution(cue_span, phrase, None, "before")
            break
        if colon:
            phrase = parse_backward(words, last, text)
            if phrase is not None and phrase.start >= words[0].start:
                return Attribution(None, phrase, None, "colon")
        return None

    def _segment_start(self, open_at: int, p_start: int, prev_close: int) -> int:
        start = max(p_start, prev_close)
        for s in self.sent_starts:
            if start < s <= open_at and s < open_at:
                start = s
        return start

    # --- finding -------------------------------------------------------------------------

    def direct(self) -> list[tuple[Region, Attribution | None, str]]:
        out = []
        prev_close_in_par: dict[int, int] = {}
        for r in quote_regions(self.text, self.paragraphs):
            p_start, p_end = self.paragraphs[r.paragraph]
            f_start = self.paragraphs[r.first_paragraph][0]
            attr = self._after(r.close + r.close_len, p_end) if r.close < p_end else None
            if attr is None:
                seg = self._segment_start(r.open, f_start, prev_close_in_par.get(r.first_paragraph, f_start))
                attr = self._before(r.open, seg)
            if attr is None and r.open == f_start and r.first_paragraph > 0:
                # "Gubernur mengatakan:" closing the paragraph before the quote.
                q_start, q_end = self.paragraphs[r.first_paragraph - 1]
                if self.text[q_end - 1] in ":,":
                    attr = self._before(q_end, self._segment_start(q_end, q_start, q_start))
            prev_close_in_par[r.paragraph] = r.close + r.close_len
            out.append((r, attr, "direct"))
        return out

    def _speech_fragment(self, r: Region) -> bool:
        """Can a quoted passage inside reported speech be the speaker's words? Not a name or a
        title, all in capitals ('Lapor Bu Rina', 'Catatan Pasar Sukamaju'): a word in
        lower case is needed ("sangat mendesak", 'melarang')."""
        s, e = self._quote_span(r)
        return any(w[:1].islower() for w in _TITLE_WORD.findall(self.text, s, e))

    def _quote_span(self, r: Region) -> tuple[int, int]:
        return _strip_span(self.text, r.open + r.open_len, r.close)

    def headline(self) -> tuple[int, int, Phrase] | None:
        """The title line "Wabup : Kita Perang Terhadap Kejahatan Narkotika"."""
        if len(self.paragraphs) < 2:
            return None
        p_start, p_end = self.paragraphs[0]
        line_end = self.text.find("\n", p_start, p_end)
        line_end = p_end if line_end < 0 else line_end
        m = HEADLINE.match(self.text, p_start, line_end)
        if not m:
            return None
        words = tokenize(self.text, m.start("who"), m.end("who"))
        phrase = parse_forward(words, 0, self.text) if words else None
        if phrase is None or phrase.end != words[-1].end or phrase.kind == "pronoun":
            return None
        if not (phrase.title or phrase.kind == "institution" or len(phrase.name.split()) >= 2):
            return None
        if not phrase.title and phrase.kind == "person" and \
                phrase.name.split()[0] not in self.text[self.paragraphs[1][0]:]:
            # A plain name must be someone the article is about ("Update Terkini: …" is not).
            return None
        s, e = _strip_span(self.text, m.start("what"), m.end("what"))
        if self.text[s] in OPENERS + AMBIGUOUS and self.text[e - 1] in CLOSERS + AMBIGUOUS:
            s, e = s + 1, e - 1
        return s, e, phrase

    def indirect(self, taken: list[tuple[int, int]], used_cues: set[int],
                 fragments: list[Region]) -> list[tuple[int, int, str, Attribution]]:
        """Reported speech built on a cue verb, sentence by sentence (sentences glued without a
        space, "… (15/07/2019).Soedarmo mengingatkan …", are split first)."""
        text = self.text
        out: list[tuple[int, int, str, Attribution]] = []
        pat = self.patterns["cue"]
        sents = [(s.start_char, s.end_char) for s in self.doc.sents] if self.doc.has_annotation("SENT_START") \
            else [(0, len(text))]
        spans: list[tuple[int, int]] = []
        for s_start, s_end in sents:
            cut = s_start
            for g in GLUED_SENTENCE.finditer(text, s_start, s_end):
                spans.append((cut, g.start()))
                cut = g.start()
            spans.append((cut, s_end))
        self._sentences = spans
        for si, (s_start, s_end) in enumerate(spans):
            if any(a <= s_start and s_end <= b for a, b in taken):
                continue
            pos = s_start
            for m in pat.finditer(text, s_start, s_end):
                if m.start() < pos or m.start() in used_cues or any(a <= m.start() < b for a, b in taken):
                    continue
                # A direct quote later in the sentence ends the reported content before it.
                stop = min([a for a, _ in taken if m.end() <= a < s_end] + [s_end])
                got = self._indirect_one(m, s_start, stop, si,
                                         out[-1][3] if out and out[-1][1] >= s_start else None)
                if got is None:
                    continue
                c_start, c_end, attr = got
                if any(a < c_end and c_start < b for a, b in taken) \
                        or any(c_start < e and s < c_end for s, e, _, _ in out):
                    continue
                kind = "indirect"
                if any(c_start <= f.open and f.close < c_end and self._speech_fragment(f) for f in fragments):
                    kind = "mixed"
                out.append((c_start, c_end, kind, attr))
                pos = max(c_end, m.end())
        return out

    def _previous_sentence(self, si: int) -> tuple[int, int] | None:
        """The sentence before sentence ``si``, inside the same or the previous paragraph; a line
        with no lower-case letter between them is the page's, not the article's ("SCROLL TO
        CONTINUE WITH CONTENT")."""
        if si and not any(c.islower() for c in self.text[slice(*self._sentences[si - 1])]):
            si -= 1
        if si == 0:
            return None
        s, e = self._sentences[si - 1]
        e2 = e
        while e2 > s and (self.text[e2 - 1] in ".!?;" or self.text[e2 - 1].isspace()):
            e2 -= 1
        return _strip_span(self.text, s, e2)

    def _indirect_one(self, m: regex.Match, s_start: int, s_end: int, si: int,
                      previous: Attribution | None = None):
        text = self.text
        form = m.group("cue")
        row = self.cue_rows.get(form) or self.cue_rows.get(form.lower())
        if row is None:
            return None
        cue = (m.start("cue"), m.end("nya") if m.group("nya") else m.end("cue"))
        end = s_end
        while end > s_start and (text[end - 1] in ".!?;,:“”\"‘’'" or text[end - 1].isspace()):
            end -= 1
        before = text[s_start:m.start()].rstrip()
        voice = row["voice"]
        if voice in ("prep", "bare") and (before.endswith(",") or (
                before and CONNECTIVE_ONLY.fullmatch(before.strip()))):
            got = self._inserted(m, cue, s_start, end, before)
            if got is not None:
                return got
        if voice == "prep":
            # "Menurut X, …", "Menurutnya, …"
            if m.group("nya"):
                attr = Attribution(cue, None, (m.start("nya"), m.end("nya")), "menurut")
                c_start = m.end()
                while c_start < end and text[c_start] in ", ":
                    c_start += 1
            else:
                comma = text.find(",", m.end(), end)
                if comma < 0:
                    return self._menurut_without_comma(m, s_start, end, before)
                words = tokenize(text, m.end(), comma)
                # "Menurut penuturan Pak Budi, …", "Menurut pihak KBRI, …": the source after
                # its statement noun.
                phrase = parse_forward(words, _agent_start(words), text) if words else None
                if phrase is None and len(words) > 1 and words[0].text in words_of("statement_noun"):
                    # "Menurut pengakuan warga, …": a group after its statement noun.
                    phrase = _group_phrase(words, 1, text)
                whole = phrase is not None and phrase.end == words[-1].end
                if phrase is not None and not whole and phrase.kind == "person" and phrase.name.strip() \
                        and _OCCASION_AFTER.match(text, phrase.end, comma):
                    whole = True  # "Menurut Kepala Dinas Name dalam rapat bersama …, …": the occasion
                named = whole and (phrase.kind != "person" or bool(phrase.name.strip()))
                if named and phrase.title and phrase.title.split()[-1] in words_of("company_prefix"):
                    # "Menurut Direktur PT Maju Jaya, Budi Santoso, …": the words after "PT" are
                    # the company's; the name follows the comma.
                    named = False
                if named and phrase.kind == "person" and not phrase.title:
                    # "Menurut Rina Lestari, ekonom senior di Bank Maju, …": an office in
                    # apposition after the name is the speaker's; the content follows it.
                    ext = tokenize(text, m.end(), end)
                    full = parse_forward(ext, _agent_start(ext), text)
                    at = text.find(full.title, comma, end) if full is not None and full.title else -1
                    close = _APPOSITION_CLOSE.match(text, at + len(full.title)) if at >= 0 else None
                    if close is not None and text[comma + 1:at].strip() in ("", "seorang"):
                        phrase, comma = full, close.end() - 1
                english = words[0].text in words_of("english_title") if words else False
                apposed = None if named else self._apposed_name(m.end(), end, english, open_end=True)
                if apposed is not None:
                    # "Menurut peneliti Universitas Andalas, Budi Santoso, …"
                    phrase, comma = apposed
                elif not whole and english:
                    # "Menurut Head of Research at PT Maju Jaya Rina Lestari, …": an English job
                    # title, read back from the comma to the name the entity stage tags there.
                    phrase = parse_backward(words, len(words), text)
                    if phrase is None or phrase.kind == "pronoun" or phrase.start == words[0].start \
                            or not any(a > words[0].start and b == words[-1].end
                                       for a, b in self.people.persons_tagged):
                        return None
                    phrase = replace(phrase, start=words[0].start)  # the mention: title and name
                elif not whole:
                    return self._menurut_without_comma(m, s_start, end, before)
                attr = Attribution(cue, phrase, None, "menurut")
                c_start = comma + 1 if text[comma] == "," else comma
                # "…, di Padang, Senin (4/3/2024), harga …": where and when, not what.
                lead = PLACE_DAY_LEAD.match(text, c_start, end)
                if lead is not None and lead.end() > c_start:
                    c_start = lead.end()
                if before and not CONNECTIVE_ONLY.fullmatch(before.rstrip(",").strip()):
                    c_start = s_start  # "MUI menurut Asrorun Ni’am, merasa …"
            c_start, c_end = _strip_span(text, c_start, end)
            return (c_start, c_end, attr) if c_end > c_start else None
        if voice == "bare":
            attr = self._speaker_after(m, cue, end, "indirect-after")
            if attr is None:
                return None
            if before.endswith(","):
                # "…, katanya." closing a sentence of reported speech.
                c_start, c_end = _strip_span(text, s_start, s_start + len(before) - 1)
                return (c_start, c_end, attr) if c_end > c_start else None
            if not before and text[m.start()].isupper() and row.get("object") != "marked":
                who_end = attr.phrase.end if attr.phrase is not None else attr.pronoun[1] if attr.pronoun else None
                after = regex.match(r"\s*,\s*", text[who_end:end]) if who_end else None
                if after is not None:
                    # "Kata Budi, rencana itu belum dibahas …": what follows the comma was said.
                    c_start, c_end = _strip_span(text, who_end + after.end(), end)
                    head = [w.strip(",.").lower() for w in text[c_start:c_end].split()[:8]]
                    # … unless what follows has a reporting verb of its own ("Pesan Bupati,
                    # Asisten I mengingatkan …": the message is reported by someone else).
                    own_cue = any(self.cue_rows.get(w, {}).get("voice") == "active" for w in head)
                    if len(head) >= 3 and not own_cue:
                        return c_start, c_end, attr
                # "Halte yang kita bangun … dipindahkan kapan saja. Kata Varial …"; a cue that
                # closes a quote only ("…,” jawab X") is a verb here ("Jawab Tantangan …").
                prev = self._previous_sentence(si)
                if prev is not None and prev[1] > prev[0]:
                    return prev[0], prev[1], attr
            return None
        relative = voice == "passive" and bool(regex.search(r"(?i:\byang)$", before))
        if voice == "passive" and regex.search(r"\S.*,\s*(?i:(?:seperti|sebagaimana)(?:\s+yang)?)$", before):
            # "…, seperti yang disebutkan X, maka …": as X said, of what came before ("Seperti
            # dikatakan X, …" opening its sentence goes on to what X said)
            return None
        if relative and m.group("nya"):
            # "sambutan yang disampaikannya saat …": a relative clause naming a statement.
            return None
        if voice == "passive" and m.group("nya"):
            # "Dikatakannya, memang sangat sayang …": the clitic is the speaker.
            attr = Attribution(cue, None, (m.start("nya"), m.end("nya")), "passive")
            if ANAPHORIC_LEAD.fullmatch(before):
                # "Hal itu dikatakannya dalam rapat …": the sentence before is what was said;
                # what follows the verb is where and when.
                prev = self._previous_sentence(si)
                if prev is None or prev[1] <= prev[0]:
                    return None
                return prev[0], prev[1], replace(attr, rule="passive-anaphoric")
            if before and not before.rstrip().endswith(",") \
                    and not CONNECTIVE_ONLY.fullmatch(before.strip()):
                # "Setelah hasil diumumkannya kenaikan tarif itu, …": the verb names an
                # event inside a clause, it does not open what someone said.
                return None
            comma = regex.match(r"\s*,?\s*", text[m.end():end])
            c_start, c_end = _strip_span(text, m.end() + comma.end(), end)
            return (c_start, c_end, attr) if len(text[c_start:c_end].split()) >= 3 else None
        if voice == "passive":
            if ANAPHORIC_LEAD.fullmatch(before) and (row.get("object") != "marked" or STATEMENT_LEAD.fullmatch(before)):
                # "Hal ini disampaikan Menhub …": the sentence before is what was said. A verb
                # that also reports a deed ("Kasus itu diungkap polisi": uncovered) points back
                # only from a statement ("Hal tersebut diungkap X", "Fakta ini diungkap …").
                attr = self._speaker_after(m, cue, end, "passive-anaphoric")
                if attr is None and (by := _BY_CLITIC.match(text, m.end(), end)):
                    # "Hal tersebut diungkapkan olehnya seusai …": the clitic after "oleh" is the speaker.
                    attr = Attribution(cue, None, (by.start("nya"), by.end("nya")), "passive-anaphoric")
                prev = self._previous_sentence(si)
                if attr is not None and attr.phrase is None and attr.pronoun is not None and prev is not None:
                    return prev[0], prev[1], attr
                if attr is None or attr.phrase is None or prev is None or prev[1] <= prev[0]:
                    return None
                return prev[0], prev[1], attr
            # "Sementara itu disampaikan Kadis … Jaduliwan, Pemprov Bengkulu …"
            words = tokenize(text, m.end(), end)
            k = _agent_start(words)
            phrase = parse_forward(words, k, text) if len(words) > k else None
            if phrase is None and words and words[0].text == "," \
                    and (not before or CONNECTIVE_ONLY.fullmatch(before.rstrip(",").strip())):
                # "Lebih lanjut dijelaskan, …", "Diungkapkan, …": no agent; the speaker the
                # article is quoting goes on, as with a subject left out.
                c_start, c_end = _strip_span(text, words[0].end, end)
                return (c_start, c_end, Attribution(cue, None, None, "elided")) \
                    if len(text[c_start:c_end].split()) >= 3 else None
            if phrase is None:
                return None
            rest = [w for w in words if w.start >= phrase.end]
            while len(rest) > 1 and rest[0].text == "," and rest[1].text in words_of("degree"):
                rest = rest[2:]
            if row.get("object") == "marked" and not (rest and rest[0].text == ","):
                return None  # "Peredaran narkoba diungkap Polres …": a deed, not a statement
            if rest and rest[0].text == ",":
                c_from = rest[0].end
            elif relative:
                # "angka yang dilaporkan Dinas Pertanian berbeda …", "usul yang disampaikan Rina
                # dalam …": a relative clause naming a statement; only "yang disampaikan Rina, …"
                # goes on to what was said.
                return None
            elif rest and (rest[0].text[:1].islower() or rest[0].text == "\n"):
                # "Ditambahkan Menhub pertemuan itu …": the content follows the speaker.
                c_from = rest[0].start
            else:
                return None
            if before and not CONNECTIVE_ONLY.fullmatch(before.rstrip(",").strip()) \
                    and rest and rest[0].text[:1].islower():
                # "Tujuan dari acara ini disampaikan Ahmad Yani adalah untuk …": the cue sits
                # inside its content, which is the whole sentence.
                c_from = s_start
            c_start, c_end = _strip_span(text, c_from, end)
            c_start = self._skip_lead_words(c_start, c_end)
            return (c_start, c_end, Attribution(cue, phrase, None, "passive")) if c_end - c_start >= 8 else None
        # active: "X mengatakan, …", "X menyampaikan apresiasi …", "Ia mengatakan ormas …"
        if previous is not None and JOINED_VERB.search(text, s_start, m.start()):
            # "… dan berharap kepada korban …": the subject of the verb before.
            phrase = previous.phrase
            if phrase is None and previous.pronoun is not None:
                return self._with_content(m, row, cue, end, Attribution(cue, None, previous.pronoun,
                                                                        "indirect"))
        else:
            phrase = self._active_subject(s_start, m.start())
        if phrase is not None and OBJECT_BEFORE.search(text, s_start, phrase.start):
            # "Selain itu, secara pribadi dan mewakili Pemerintah Kabupaten … juga menyampaikan":
            # the phrase is an object, the subject is left out and is the speaker before.
            return self._with_content(m, row, cue, end, Attribution(cue, None, None, "elided"))
        if phrase is not None and phrase.kind == "person" and not phrase.title \
                and phrase.name.strip().lower() in words_of("group_noun"):
            phrase = None  # "Warga mengatakan …" opening a sentence: residents, not a name
        if phrase is None:
            before = text[s_start:m.start()]
            if any(w.lower() in words_of("modal") for w in before.rsplit(",", 1)[-1].split()):
                return None  # "Petugas wajib menyampaikan …": a duty, not a statement
            if _share_subject(before):
                # "Banyak yang menilai …", "Sebagian menyebut …": some unnamed people.
                return self._with_content(m, row, cue, end, Attribution(cue, None, None, "group"))
            if _group_subject(before):
                # "Pihak kampus menegaskan, …", "Di Sukamaju, pihak berwenang menyebut …": a
                # statement of a group or an unnamed side, which speaks as written.
                words = tokenize(text, s_start + _last_clause_start(before), m.start())
                return self._with_content(m, row, cue, end,
                                          Attribution(cue, _group_phrase(words, 0, text, bench=True), None, "group"))
            return None
        return self._with_content(m, row, cue, end, Attribution(cue, phrase, None, "indirect"))

    def _active_subject(self, s_start: int, verb_start: int) -> Phrase | None:
        """The subject of an active cue verb, read back from the verb to the sentence start."""
        text = self.text
        # Adjuncts between the subject and its verb, nearest the verb first: the occasion
        # ("dalam sambutannya"), whom it was said to ("kepada wartawan"), and the place and day
        # between commas ("Kepala Dinas Sosial Budi Santoso, Senin (12/3), mengatakan"; the
        # opening comma is kept: it closes an apposition, "Rina Lestari, Ketua …, di Padang,
        # Senin (12/3), mengatakan").
        subject_end = verb_start
        while (adjunct := SPEECH_ADJUNCT.search(text, s_start, subject_end)
               or ADDRESSEE_ADJUNCT.search(text, s_start, subject_end)) is not None:
            subject_end = adjunct.start()
        day = DAY_ADJUNCT.search(text, s_start, subject_end)
        if day is not None:
            subject_end = day.start() + 1
        words = tokenize(text, s_start, subject_end)
        n = len(words)
        if n > 1 and words[-1].text == "." and words[-2].text in words_of("degree"):
            n -= 1  # "…, H. Rina Lestari, SH. menyampaikan": the degree's full stop
        if n > 2 and words[n - 1].text.lower() in words_of("adverb") and words[n - 1].text != "yang" \
                and words[n - 2].text == "," and any(b == words[n - 3].end for _a, b in self.people.persons_tagged):
            n -= 1  # "Ketua KIP, Budi Santoso, juga menyampaikan": the adverb after the name in apposition
        if n and words[n - 1].text == ",":
            n -= 1  # "Ketua KIP, Dr. Donny Yoesgiantoro, menyampaikan"
        if _thing_subject(words[:n]):
            return None
        if n > 3 and words[n - 1].text == ")" and _is_age(words[n - 2].text) and words[n - 3].text == "(":
            n -= 3  # "Rina Lestari (34) mengaku": the age
        elif n > 3 and words[n - 1].text == ")":
            # "Kementerian Perhubungan (Kemenhub) mengatakan", "Budi Santoso (BS) menyebut": the
            # bracketed short form or called name after the subject.
            opening = next((c for c in range(n - 2, max(0, n - 5), -1) if words[c].text == "("), None)
            if opening and opening > 0 and all(CAPITALISED.match(w.text) or ACRONYM.match(w.text)
                                                for w in words[opening + 1:n - 1]):
                n = opening
        while n > 2 and words[n - 1].text.lower() in words_of("adverb") \
                and words[n - 2].text.lower() in DEMONSTRATIVES:
            n -= 1  # "Mantan Kepala Dinas itu juga menyebut": the adverb after the description
        if n > 2 and words[n - 1].text.lower() in DEMONSTRATIVES and ORDINAL.fullmatch(words[n - 2].text):
            # "Ketua DPRD Kaur ke-3 ini menegaskan": an office with its ordinal describes the
            # person the text is about (who may no longer hold it); it points back like a pronoun.
            office = parse_backward(words, n - 2, text)
            if office is not None and office.kind == "person" and office.title and not office.name.strip():
                return Phrase(office.start, words[n - 1].end, "pronoun", name=words[n - 1].text)
        if n > 1 and words[n - 1].text.lower() in DEMONSTRATIVES:
            # "Lebih lanjut Sekretaris Komisi Fatwa MUI itu menyatakan": the office named
            # before, pointed at; the holder is found as for "kata Wabup". A bracketed short
            # form may close it ("Eks Kepala … (LPS) itu").
            office_end = n - 1
            if office_end > 2 and words[office_end - 1].text == ")":
                office_end = next((c for c in range(office_end - 2, max(0, office_end - 5), -1)
                                   if words[c].text == "("), office_end)
            office = parse_backward(words, office_end, text)
            office = self.people.office_alone(office) if office is not None else None
            if office is not None:
                if _profession(office) or self.people.by_title(office) is None:
                    # "Politikus Partai Maju itu menilai", "Ketua DPP partai ini mengatakan" of
                    # someone named by another office: a description, not an office whose holder
                    # the article names; it points back like a pronoun.
                    # The office goes with it to the person it points at (_resolve).
                    return Phrase(office.start, words[n - 1].end, "pronoun", name=words[n - 1].text,
                                  title=office.title, unit=office.unit, title_row=office.title_row)
                n -= 1
            else:
                # "Legislator yang membidangi urusan pertanian itu mengatakan": a person noun
                # opening the subject, described by a clause, points back the same way.
                lead = words[max((c + 1 for c in range(n) if words[c].text == ","), default=0):n - 1]
                if lead and len(lead) <= DESCRIPTION_MAX_WORDS and _person_noun(lead) \
                        and lead[-1].text.lower() not in TIME_BEFORE_DEMONSTRATIVE \
                        and not any(w.text in ".;:" for w in lead):
                    return Phrase(lead[0].start, words[n - 1].end, "pronoun", name=words[n - 1].text)
        phrase = self._subject_with_clause(words, n) or (parse_backward(words, n, text) if n else None)
        if phrase is None and n:
            phrase = self._after_short_form(words, n)
        if phrase is None and n < len(words) and words[n].text == ",":
            # "… Ketua Bawaslu Budi Santoso, yang juga hadir, mengatakan": a description in
            # apposition closes before the verb; the subject ends where it opens.
            opening = next((c for c in range(n - 1, max(0, n - APPOSITION_MAX_WORDS) - 1, -1)
                            if words[c].text == ","), None)
            if opening and words[opening + 1].text[:1].islower() \
                    and words[opening + 1].text not in words_of("conjunction"):
                phrase = parse_backward(words, opening, text)
                if phrase is not None and not (phrase.kind == "person" and (
                        phrase.title or len(phrase.name.split()) >= 2 or phrase.name in self.people.tagged_names)):
                    phrase = None  # an office, a name of two words or a tagged person is a subject
        k = next((c for c, w in enumerate(words[:n]) if w.start >= phrase.start), 0) if phrase is not None else 0
        if k > 1 and words[k - 1].text == "di" and phrase.kind in ("person", "institution") and not phrase.title:
            # "Rina Lestari, analis pasar senior di Maju Securities mengatakan" (the model may
            # tag the institution a person).
            phrase = self._named_before_office_at(words, k, phrase) or phrase
        if k > 1 and words[k - 1].text == "di" and (
                phrase.place or phrase.kind == "institution" or not phrase.name or any(
                    e.label_ == "LOC" and e.start_char <= phrase.start and phrase.end <= e.end_char
                    for e in self.doc.ents)) and not any(
                e.label_ == "PER" and phrase.start <= e.start_char and e.end_char <= phrase.end
                for e in self.doc.ents):
            # "Rina Lestari di Padang mengatakan", "… di Kantor Bupati Kaur mengatakan": where the
            # subject before it spoke (but "Atase Perdagangan RI di Kota Maju Rina …" names no "RI",
            # and a person tagged after "di" is the subject: "Ketua Asosiasi … di Kota Maju (APPM)
            # Rina Lestari").
            before = parse_backward(words, k - 1, text)
            if before is not None and before.kind == "person" and before.name and not before.place \
                    and not ACRONYM.match(before.name):
                phrase = before
        if phrase is not None and phrase.place:
            # "Sejarawan Universitas Sukamaju, Yogyakarta, mengatakan": the place between
            # commas is where the subject before it works.
            k = next((c for c, w in enumerate(words[:n]) if w.start >= phrase.start), 0)
            if k > 1 and words[k - 1].text == ",":
                before = parse_backward(words, k - 1, text)
                if before is not None and before.kind == "person" and before.title and not before.place:
                    phrase = self._unnamed_institution(before)
        if phrase is not None and self._modifier_only(phrase, s_start):
            return None
        return phrase

    def _named_before_office_at(self, words: list[Word], k: int, institution: Phrase) -> Phrase | None:
        """"Rina Lestari, analis pasar senior di Maju Securities mengatakan": the institution
        after "di" (``words[k]``) is where the person named before the office in lower case
        works; that person speaks, with the office at the institution."""
        c = next((c for c in range(k - 2, max(0, k - 2 - APPOSED_QUALIFIER_MAX_WORDS) - 1, -1)
                  if words[c].text == ","), None)
        if not c or not all(w.text.isalpha() and w.text.islower() for w in words[c + 1:k - 1]):
            return None
        t = match_title(raise_first(words[c + 1:k - 1]), 0)
        person = parse_backward(words, c, self.text) if t is not None else None
        if person is None or person.kind != "person" or not person.name or person.title:
            return None
        return replace(person, title=self.text[words[c + 1].start:institution.end], unit=institution.name,
                       title_row=t[1])

    def _after_short_form(self, words: list[Word], n: int) -> Phrase | None:
        """A person the entity stage tags after a bracketed short form, where the run before
        the verb gives no phrase ("Ketua Asosiasi … di Kota Maju (APPM) Sukamaju Rina
        Lestari mengatakan"; but "Kedutaan Besar RI (KBRI) Kota Maju Raya melaporkan" names no one)."""
        close = next((c for c in range(n - 1, 0, -1) if words[c].text == ")"), None)
        if close is None or close + 1 >= n:
            return None
        phrase = parse_backward(words[close + 1:n], n - close - 1, self.text)
        if phrase is None or phrase.kind not in ("person", "institution") or not phrase.name:
            return None  # (an institution run on into the person: "(Core) Indonesia Rina Lestari")
        # Two of the name's words or more inside the entity stage's persons ("Penh" alone is none).
        persons = [(e.start_char, e.end_char) for e in self.doc.ents if e.label_ == "PER"]
        tagged = sum(any(a <= w.start and w.end <= b for a, b in persons)
                     for w in tokenize(self.text, phrase.start, phrase.end))
        return phrase if tagged >= 2 else None

    def _unnamed_institution(self, phrase: Phrase) -> Phrase:
        """An office whose "name" is the end of the institution the entity stage tags around
        it ("Sejarawan Universitas Bina Karya" read as office + "Karya") is the office alone,
        its holder unnamed."""
        at = self.text.find(phrase.name, phrase.start, phrase.end) if phrase.name else -1
        if at < 0:
            return phrase
        end = at + len(phrase.name)
        if any(e.label_ == "ORG" and e.start_char < at and end <= e.end_char for e in self.doc.ents) \
                and not any(e.label_ == "PER" and e.start_char < end and at < e.end_char for e in self.doc.ents):
            move_to_unit(phrase, phrase.name, [])
        return phrase

    def _apposed_name(self, start: int, end: int, english: bool = False,
                      open_end: bool = False) -> tuple[Phrase, int] | None:
        """After "Menurut" or "kata" (``start``), a description, then the person's name between
        commas (``_after_descriptor``): "Menurut peneliti Universitas Andalas, Budi Santoso, di
        Padang, …", "Menurut Kepala Dinas Kesehatan, Rina Lestari, …", or an ``english`` job
        title ("Menurut Head of Research PT Maju, Rina Lestari, …"). The name has two words or
        more. Returns the person (with the office, where the description is one) and the
        closing comma. With ``open_end`` ("Menurut" only) the name may run straight into the
        content where the entity stage tags it as a person ("Menurut Asisten Pidana Khusus
        Kejati Jawa Tengah, Rina Lestari ada sejumlah aset …"); then the content's start is
        returned."""
        text = self.text
        words = tokenize(text, start, end)
        office = bool(words) and (english or match_title(words, 0) is not None)
        phrase = _after_descriptor(words, text, capitalised=office)
        if phrase is None or phrase.title or len(phrase.name.split()) < 2:
            return None
        close = next((w for w in words if w.start >= phrase.end), None)
        if close is None:
            return None
        if close.text != ",":
            tagged = any(a <= phrase.end - len(phrase.name) and b == phrase.end for a, b in self.people.persons_tagged)
            if not (open_end and office and tagged and close.text[:1].islower()
                    and close.text.lower() not in MENURUT_NOT_CONTENT):
                return None
        held = parse_forward(words, 0, text) if office else None
        described = _described_office(words, phrase.start, text) if not office else None
        if held is not None and held.kind == "person" and held.title and not held.name.strip():
            phrase = replace(phrase, title=held.title, unit=held.unit, title_row=held.title_row)
        elif described is not None:
            phrase = replace(phrase, title=described[0], unit=described[1], title_row=described[2])
        elif english:
            opening = max(w.start for w in words if w.text == "," and w.start < phrase.start)
            phrase = replace(phrase, title=text[words[0].start:opening].strip())
        return phrase, close.start

    def _with_content(self, m: regex.Match, row: dict[str, str], cue: tuple[int, int], end: int,
                      attr: Attribution):
        """The content after an active cue verb."""
        text = self.text
        c_start = m.end()
        tail = text[c_start:end]
        # "mengapresiasi dan berterima kasih kepada …": the second verb is the cue's partner.
        co = COORDINATED_CUE.match(tail)
        if co is not None and co.group("verb").lower() in self.cue_rows:
            c_start += co.end()
            tail = text[c_start:end]
        b = BAHWA.search(tail)
        after_bahwa = False
        comma = regex.match(r"\s*[,:]", tail)
        if comma:
            c_start += comma.end()
        elif b is not None and len(tail[:b.start()].split()) <= 6:
            # "menjelaskan bahwa …", "meyakinkan warga kota juga, bahwa …"; what follows
            # "bahwa" is the content, "pada tanggal …" included.
            before_bahwa = tail[:b.start()].split()
            if len(before_bahwa) > 1 and before_bahwa[-1] in self.cue_rows \
                    and self.cue_rows[before_bahwa[-1]]["voice"] == "active":
                # "menyampaikan sambutannya yang intinya mengatakan bahwa …": the verb that
                # governs the content is the cue.
                at = c_start + len(tail[:b.start()].rstrip()) - len(before_bahwa[-1])
                attr = replace(attr, cue=(at, at + len(before_bahwa[-1])))
            c_start += b.end()
            after_bahwa = True
        elif row["kind"] not in ("request", "appeal", "hope", "thanks"):
            # An appeal keeps its addressee ("mengimbau warga agar …"), thanks whom they thank;
            # a statement's audience is left out ("mengatakan kepada wartawan, …").
            lead = LEAD_IN.match(tail)
            if lead:
                c_start += lead.end()
        if row.get("object") == "marked" and not comma and not after_bahwa:
            return None  # "melanjutkan inspeksi …", "melanjutkan ke …": no speech without ", " or "bahwa"
        if row.get("object") == "clause" and not comma and not after_bahwa \
                and not _CLAUSE.match(text, c_start, min(end, c_start + 120)):
            # "memastikan keamanan tetap terjaga" is an act; "memastikan kios itu bukan milik
            # desa" (a predicate of fact within the first words) reports what is assured.
            return None
        c_start, c_end = _strip_span(text, c_start, end)
        if not after_bahwa:
            c_start = self._skip_lead_words(c_start, c_end)
        # A second reporting verb joined by "dan" starts a quote of its own.
        nxt = NEXT_CUE.search(text, c_start, c_end)
        if nxt is not None and nxt.group("verb").lower() in self.cue_rows:
            c_end = _strip_span(text, c_start, nxt.start())[1]
        if len(text[c_start:c_end].split()) < 3:
            return None
        return c_start, c_end, attr

    def _subject_with_clause(self, words, n: int) -> Phrase | None:
        """The sentence's subject when a clause stands between it and the verb: "Wabup Atika
        yang hadir bersama Kepala Dinas PUPR Elpi Yanti Harahap menyampaikan, …" is Atika's."""
        k = 0
        if n > 1 and words[0].text in words_of("name_prefix") and words[1].text == ",":
            k = 2  # "Lalu, dalam rangka …": the adverb, not the Lombok name prefix
        if k < n and words[k].text.lower() in _lead_words():
            # "Dalam sambutannya, Sekretaris Daerah Sapril yang …": past the opening adjunct.
            for c in range(k + 1, min(n, k + 8)):
                if words[c].text == ",":
                    k = c + 1
                    break
        while k < n and (words[k].text in (",", "\n") or words[k].text.lower() in _lead_words()):
            k += 1
        if k >= n:
            return None
        phrase = parse_forward(words[:n], k, self.text)
        if phrase is None or phrase.kind == "pronoun":
            return None
        rest = [w for w in words[:n] if w.start >= phrase.end]
        after = _past_degrees_and_age(rest)
        # An age in brackets makes a one-word name a person's ("Rina (40), tetangga Budi, …").
        aged = len(rest) > 2 and rest[0].text == "(" and _is_age(rest[1].text)
        comma = bool(after) and after[0].text == ","
        if comma:
            after = after[1:]
        if after and after[0].text.lower() in SUBJECT_CLAUSE:
            held = match_title(after, 1) if after[0].text.lower() in ("selaku", "sebagai") else None
            if held is not None and phrase.kind == "person" and not phrase.title:
                # "Budi Santoso selaku Ketua Panitia mengatakan": the words up to the verb are
                # the office the person speaks in.
                k, row = held
                unit = self.text[after[1 + k].start:after[-1].end] if 1 + k < len(after) else None
                phrase = replace(phrase, title=self.text[after[1].start:after[-1].end], unit=unit, title_row=row)
            return phrase
        # A description in apposition, between commas, before the verb: "Rina Lestari, dokter
        # dari Persatuan Dokter Indonesia, memaparkan"; "Rudi, kuasa hukum warga, menyatakan".
        closed = n < len(words) and words[n].text == ","
        if comma and closed and phrase.kind == "person" and (
                phrase.title or len(phrase.name.split()) >= 2 or aged or phrase.name.strip() in self.people.tagged_names) \
                and after and after[0].text[:1].islower() and len(after) <= APPOSITION_MAX_WORDS:
            return phrase  # … and "Wagimin, penerima manfaat BPNT, menyampaikan" where the model tags the name
        # … or one that says who the person is and runs on to the verb: "Agung, salah satu
        # pedagang yang hadir di pasar menuturkan, …" (one that names someone, "Terbaru, anggota
        # Komisi VII Rina …", is itself the subject).
        if comma and not closed and phrase.kind == "person" and after and len(after) <= APPOSITION_MAX_WORDS \
                and (phrase.title or len(phrase.name.split()) >= 2 or phrase.name.strip() in self.people.tagged_names
                     or phrase.name.strip().lower() not in known_words()) \
                and _who_description(after) \
                and not any(after[0].start <= a < after[-1].end for a, _ in self.people.persons_tagged):
            return phrase
        # The office in apposition: "Rina Lestari, Ketua Forum Warga Maju, menjabarkan" is
        # Rina Lestari's (the phrase holds the office read after the comma).
        if comma and closed and phrase.kind == "person" and phrase.title and after \
                and self.text.startswith(phrase.title, after[0].start) \
                and len(after) <= APPOSITION_MAX_WORDS:
            return phrase
        return None

    def _modifier_only(self, phrase: Phrase, s_start: int) -> bool:
        """Is a one-word "name" before the verb only the capitalised end of a common noun
        phrase ("tokoh agama Islam meminta", "banyak umat Muslim menilai", "tentang Kemerdekaan
        Menyampaikan Pendapat")? It is, when a lower-case word stands right before it with no
        comma between and the word is a common word of news text or a listed non-name (a
        religion), not one the entity stage tags as a person's name ("video yang viral, Dini
        menyebut")."""
        if phrase.kind != "person" or phrase.title or " " in phrase.name.strip():
            return False
        before = self.text[s_start:phrase.start].split()
        if before and before[-1] in ("di", "ke", "dari"):
            return True  # "Nelayan kecil di Sukamaju menganggap": a place after a preposition
        if not before or not before[-1][:1].islower() or before[-1].endswith(",") \
                or phrase.name.strip() in self.people.tagged_names:
            return False
        word = phrase.name.strip().lower()
        lex = lexicon()
        return word in lex.common_words or word in lex.not_names

    def _skip_lead_words(self, start: int, end: int) -> int:
        """Past words that only introduce the content: "kepada", "agar", "tentang", ":"."""
        m = CONTENT_LEAD.match(self.text, start, end)
        return m.end() if m else start

    def _speaker_after(self, m: regex.Match, cue: tuple[int, int], end: int, rule: str) -> Attribution | None:
        text = self.text
        if m.group("nya"):
            return Attribution(cue, None, (m.start("nya"), m.end("nya")), rule)
        words = tokenize(text, m.end(), end)
        k = _agent_start(words)
        phrase = parse_forward(words, k, text) if len(words) > k else None
        if phrase is None:
            # "Pemkab Madina, kata wabup, akan …": an office written in lower case.
            phrase = _lowercase_office(words, k, text)
        if phrase is None or (phrase.kind == "person" and not phrase.name.strip()):
            # "…, kata peneliti Universitas Andalas, Budi Santoso, …"
            apposed = self._apposed_name(m.end(), end)
            if apposed is not None:
                phrase = apposed[0]
        if phrase is None:
            phrase = _group_phrase(words, k, text)  # "…,” kata para pengunjuk rasa."
        if phrase is not None and phrase.kind == "person" and phrase.title:
            phrase = self._office_after_cue(phrase, words)
        return Attribution(cue, phrase, None, rule) if phrase is not None else None

    def _office_after_cue(self, phrase: Phrase, words: list[Word]) -> Phrase:
        """An office read after a cue: its holder after a comma where the model tags no person
        in the "name" before it ("…,” kata Direktur Riset Maju Politica, Rina Lestari"), or the
        person pointed at by a demonstrative after it ("…,” lanjut Wali Kota Sukamaju ini")."""
        return self._office_pointed_at(self.people.holder_after_comma(replace(phrase)), words)

    def _office_pointed_at(self, phrase: Phrase, words: list[Word]) -> Phrase:
        """An office after a cue, closed by a demonstrative ("…,” lanjut Wali Kota Sukamaju
        ini"): a description of the person the text is about, no holder of its own; it points
        back like a pronoun and takes the office with it. The unit's last word is no name
        where the model tags no person with it."""
        after = next((w for w in words if w.start >= phrase.end), None)
        if after is None or after.text.lower() not in DEMONSTRATIVES:
            return phrase
        office = self.people.office_alone(phrase)
        if office is None or not (_profession(office) or self.people.by_title(office) is None):
            return phrase
        return Phrase(office.start, after.end, "pronoun", name=after.text, title=office.title, unit=office.unit,
                      title_row=office.title_row)

    def _menurut_without_comma(self, m: regex.Match, s_start: int, end: int, before: str):
        """"Menurut X" with no comma after the speaker: the content starts at the first
        lower-case word after the person or office ("Menurut Menhub sepeda motor masih …");
        inside a sentence the span is the whole sentence ("Angka itu menurut Rina sudah …"),
        after a relative "yang" it is the clause ("… bandara yang menurut Rina sudah ada …").
        A preposition or a clause after the name ("Menurut Rina dari Universitas …") is no
        content."""
        text = self.text
        words = tokenize(text, m.end(), end)
        phrase = parse_forward(words, 0, text) if words else None
        if phrase is None or phrase.kind not in ("person", "institution") or not (phrase.name.strip() or phrase.title):
            return None
        rest = [w for w in words if w.start >= phrase.end]
        if _BRACKETED_END.fullmatch(text[phrase.end:end].strip()) and len(before.split()) >= 3:
            # "Curah hujan terus naik, menurut Pacific Coastal and Marine Agency
            # (PCMA).": the source closes the sentence; the content is what came before it.
            c_start, c_end = _strip_span(text, s_start, s_start + len(before.rstrip().rstrip(",")))
            return c_start, c_end, Attribution((m.start("cue"), m.end("cue")), phrase, None, "menurut")
        if phrase.kind != "person" or not rest or not rest[0].text[:1].islower() \
                or rest[0].text.lower() in MENURUT_NOT_CONTENT:
            return None
        c_start = rest[0].start
        lead = before.rstrip(",").strip()
        if lead and not CONNECTIVE_ONLY.fullmatch(lead) and not lead.lower().endswith("yang"):
            c_start = s_start
        c_start, c_end = _strip_span(text, c_start, end)
        if len(text[c_start:c_end].split()) < 3:
            return None
        return c_start, c_end, Attribution((m.start("cue"), m.end("cue")), phrase, None, "menurut")

    def _inserted(self, m: regex.Match, cue: tuple[int, int], s_start: int, end: int, before: str):
        """A cue inserted in its content: "Hal ini, lanjut Wabup, dilakukan …", "Selama empat
        tahun terakhir, menurutnya Kaltim …". The span runs over the whole content, the cue
        included; after a bare connective ("Lalu, kata dia, pada 1912 …") it starts after it."""
        text = self.text
        attr = self._speaker_after(m, cue, end, "inserted")
        if attr is None:
            return None
        after_speaker = attr.pronoun[1] if attr.pronoun else attr.phrase.end
        rest = text[after_speaker:end]
        comma = regex.match(r"\s*,\s*", rest)
        if comma is None and not m.group("nya") and not regex.match(r"\s+\p{Ll}", rest):
            return None
        if not rest.strip(" ,"):
            return None
        lead = before[:-1].strip() if before.endswith(",") else before.strip()
        if CONNECTIVE_ONLY.fullmatch(lead):
            c_start = after_speaker + (comma.end() if comma else 0)
            place_day = PLACE_DAY_LEAD.match(text, c_start, end)
            if comma and place_day is not None:
                c_start = place_day.end()
        else:
            c_start = s_start
        c_start, c_end = _strip_span(text, c_start, end)
        return (c_start, c_end, attr) if len(text[c_start:c_end].split()) >= 3 else None

    # --- assembling ------------------------------------------------------------------------

    def find(self) -> list[Quote]:
        text = self.text
        items: list[tuple[int, int, str, Attribution | None, str]] = []
        taken: list[tuple[int, int]] = []
        used_cues: set[int] = set()
        fragments: list[Region] = []
        for r, attr, _ in self.direct():
            s, e = self._quote_span(r)
            if e <= s:
                continue
            n_words = len(text[s:e].split())
            if _title_cased(text[s:e]):
                # The name of a seminar, book or theme ("dalam webinar ”Strategi Pengembangan
                # Kampung Hijau yang Bersih”"), not speech.
                fragments.append(r)
                continue
            whole = self._stands_alone(r)
            if attr is None and (n_words < MIN_WORDS_ALONE or not whole):
                fragments.append(r)
                continue
            if attr is not None and n_words < 2 and not whole:
                fragments.append(r)
                continue
            rule = "direct:" + (attr.rule if attr else "carry")
            items.append((s, e, "direct", attr, rule))
            taken.append((r.open, r.close + r.close_len))
            if attr and attr.cue:
                used_cues.add(attr.cue[0])
        head = self.headline()
        if head is not None and not any(a < self.paragraphs[0][1] for a, _ in taken):
            s, e, phrase = head
            items.append((s, e, "direct", Attribution(None, phrase, None, "headline"), "direct:headline"))
            taken.append((self.paragraphs[0][0], self.paragraphs[0][1]))
        for s, e, kind, attr in self.indirect(taken, used_cues, fragments):
            items.append((s, e, kind, attr, f"{kind}:{attr.rule}"))
        items.sort(key=lambda it: it[0])
        return self._resolve(items)

    def _institution_pointed_at(self, words) -> Phrase | None:
        """An institution named before and pointed at after the cue ("…,” demikian pernyataan
        resmi kementerian tersebut"): the last institution the article names with that word."""
        if len(words) < 2 or not words[0].text.islower() or words[1].text not in DEMONSTRATIVES \
                or words[0].text.capitalize() not in words_of("org_word"):
            return None
        head = words[0].text.capitalize()
        named = [m.group() for m in regex.finditer(rf"(?<!\p{{L}}){head}(?:\s+\p{{Lu}}[\p{{L}}\p{{N}}-]*)+",
                                                   self.text, endpos=words[0].start)]
        if not named:
            return None
        return Phrase(words[0].start, words[1].end, "institution", name=named[-1])

    def _stands_alone(self, r: Region) -> bool:
        """Does the quote open its sentence (speech on its own) rather than sit inside one?"""
        text = self.text
        k = r.open
        p_start = self.paragraphs[r.first_paragraph][0]
        while k > p_start and text[k - 1].isspace():
            k -= 1
        return k == p_start or text[k - 1] in ".!?:…" or text[k - 1] in CLOSERS + AMBIGUOUS \
            or k in self.sent_starts or r.open in self.sent_starts

    def _resolve(self, items) -> list[Quote]:
        text = self.text
        quotes: list[Quote] = []
        spoken: list[tuple[int, Person]] = []
        persons: list[Person | None] = []  # each quote's speaker
        retitled: set[int] = set()  # persons given an office by a description pointing at them
        quoted = [(s, e) for s, e, kind, _, _ in items if kind == "direct"]
        # What any statement reports, indirect ones too: a person named there is talked
        # about, not the subject the narrator's next pronoun stands for.
        reported = [(s, e) for s, e, _, _, _ in items]
        last_direct: tuple[int, Person, int] | None = None
        for s, e, kind, attr, rule in items:
            speaker: Speaker | None = None
            person: Person | None = None
            cue = None
            if attr is not None:
                if attr.cue:
                    cue = Cue(text[attr.cue[0]:attr.cue[1]], attr.cue[0], attr.cue[1])
                if attr.rule == "elided":
                    person = self.people.most_recent(s, prefer=spoken, outside=quoted)
                    if person is not None:
                        speaker = self.people.speaker(person, *self._last_mention(person, s))
                elif attr.pronoun is not None or (attr.phrase is not None and attr.phrase.kind == "pronoun"):
                    ps, pe = attr.pronoun or (attr.phrase.start, attr.phrase.end)
                    # "…,” lanjutnya" goes on from the statement before, where that one has a speaker.
                    going_on = attr.cue is not None and quotes and quotes[-1].speaker is not None \
                        and self._cue_row(text[attr.cue[0]:attr.cue[1]]).get("kind") == "continue"
                    person = self._group_antecedent(ps) if text[ps:pe].lower() == "mereka" \
                        else self._antecedent(ps, spoken, quoted, reported, going_on)
                    if person is not None and quotes and quotes[-1].speaker is not None \
                            and quotes[-1].speaker.name == person.name and self._answers_question(attr, quotes[-1]):
                        # "“…?” tanya Rina. Ia menjawab, “…”": the one asked answers, not the asker.
                        person = self._other_speaker(ps, person, spoken, text[s:e])
                    if person is not None and kind == "direct" and _CLIENT.search(text[s:e]) \
                            and not self._lawyer(person):
                        # "… klien saya …," ujarnya: the lawyer speaks, not the client.
                        person = self._lawyer_before(ps) or person
                    if person is not None and kind == "direct" and (
                            _named_in(person, text[s:e]) or self._initials_in(person, text[s:e])) \
                            and not (quotes and quotes[-1].speaker and quotes[-1].speaker.name == person.name):
                        # "Rudi sudah kami dampingi," ujarnya: the one the quote speaks of is not
                        # the one speaking, unless that person has just spoken (speakers may name
                        # themselves: "… supaya Rudi bisa berbagi …").
                        person = self._other_speaker(ps, person, spoken, text[s:e])
                    if person is not None and attr.phrase is not None and attr.phrase.title \
                            and person.kind == "person" and not person.title:
                        # "Wakil Ketua Komisi X DPR ini berpendapat …": the office pointed with is the
                        # person's, who had none.
                        person.title, person.unit, person.title_row = \
                            attr.phrase.title, attr.phrase.unit, attr.phrase.title_row
                        retitled.add(id(person))
                    if person is not None:
                        speaker = self.people.speaker(person, ps, pe)
                elif attr.phrase is not None and (person := self._epithet_holder(attr.phrase, spoken)) is not None:
                    # "Rina mengatakan, … Anggota Komisi II DPR RI menyoroti …": a member's
                    # office with no one named and no holder in the article is the speaker's,
                    # written as an epithet; it goes with the person, who had none.
                    if not person.title:
                        person.title, person.unit, person.title_row = \
                            attr.phrase.title, attr.phrase.unit, attr.phrase.title_row
                        retitled.add(id(person))
                    speaker = self.people.speaker(person, attr.phrase.start, attr.phrase.end)
                elif attr.phrase is not None:
                    phrase = attr.phrase
                    lawyer = _LAWYER_BEFORE.search(text, max(0, phrase.start - 40), phrase.start)
                    if lawyer is not None and phrase.kind == "person" and not phrase.title and phrase.name:
                        # The lawyer word read apart from the name after it ("Kuasa hukum" + "Budi").
                        phrase = replace(phrase, start=lawyer.start(), title=lawyer.group(1), title_row={})
                    if self.people.client_after_lawyer_word(phrase):
                        # "Kuasa hukum Budi Santoso menyinggung …": Budi's lawyer, whom the
                        # article does not name, speaks; the office as written names the speaker.
                        phrase = replace(phrase, name="", unit=phrase.name,
                                         title=text[phrase.start:phrase.end])
                    person = self.people.add(phrase)
                    if person is not None:
                        speaker = self.people.speaker(person, phrase.start, phrase.end)
            elif kind == "direct":
                # A cue-less quote goes on with the speaker of the quote before it, else with
                # the person the sentences before it introduce.
                par_now = _para_of(self.paragraphs, s)
                if last_direct is not None and par_now - last_direct[2] <= 2:
                    person = last_direct[1]
                else:
                    person = self.people.most_recent(s, prefer=spoken, outside=quoted)
                    if person is not None:
                        # Where the person was last named, or last spoke ("Ia mengingatkan …").
                        at = max(self._last_mention(person, s)[0],
                                 max((a for a, p in spoken if p is person and a < s), default=0))
                        if par_now - _para_of(self.paragraphs, at) > 1:
                            person = None
                if person is not None:
                    speaker = self.people.speaker(person, *self._last_mention(person, s))
            if person is not None and person.kind != "group":
                # A group is no one a later pronoun stands for ("…,” ujarnya" after "petugas meminta").
                spoken.append((speaker.start if speaker else s, person))
                if kind == "direct":
                    last_direct = (s, person, _para_of(self.paragraphs, s))
            # Releases report one event: an article whose dated events share one day dates
            # its statements to that day.
            date = date_for_span(self.doc, s, e, document_fallback=True)
            quotes.append(Quote(type=kind, text=text[s:e], start=s, end=e, speaker=speaker,
                                cue=cue, date=date, source=rule))
            persons.append(person if speaker is not None else None)
        if self._headline_holder(persons, retitled):
            retitled.add(id(next(p for p in persons if p is not None)))
        # An office found later (pointed at, or in the headline) is the person's in the
        # statements before it too.
        return [replace(q, speaker=self.people.speaker(p, q.speaker.start, q.speaker.end))
                if p is not None and id(p) in retitled else q for q, p in zip(quotes, persons)]

    def _epithet_holder(self, phrase: Phrase, spoken: list[tuple[int, Person]]) -> Person | None:
        """The person a member's office with no one named ("Anggota Komisi II DPR RI") stands
        for: where the article names no holder of it, the person whose statement comes right
        before it in its paragraph; else None."""
        if phrase.kind != "person" or phrase.name.strip() or not phrase.title \
                or phrase.title.split()[0].lower() != "anggota" or self.people.by_title(phrase) is not None:
            return None
        before = [sp for sp in spoken if sp[0] < phrase.start]
        if not before:
            return None
        at, person = max(before, key=lambda sp: sp[0])
        same = _para_of(self.paragraphs, at) == _para_of(self.paragraphs, phrase.start)
        return person if person.kind == "person" and same else None

    def _headline_holder(self, persons: list[Person | None], retitled: set[int]) -> bool:
        """A headline that opens with an office and no name ("Ketua Komisi II DPR Nilai …") is
        about the article's first speaker: when that person has no office in the body (or only
        one a description pointed with, ``retitled``) and no one else holds the headline's,
        the office is the person's. Did it give one?"""
        office = self.people.headline_office()
        first = next((p for p in persons if p is not None), None)
        if office is None or first is None or first.kind != "person" or (first.title and id(first) not in retitled) \
                or self.people.private(first) or self.people.by_title(office) is not None:
            return False
        first.title, first.unit, first.title_row = office.title, office.unit, office.title_row
        return True

    def _other_speaker(self, pos: int, named: Person, spoken: list[tuple[int, Person]],
                       quote: str) -> Person | None:
        """The last speaker before ``pos`` other than ``named`` whom the quote does not name,
        else the last person mentioned so; else ``named`` after all."""
        for _at, cand in sorted((sp for sp in spoken if sp[0] < pos), key=lambda sp: -sp[0]):
            if cand is not named and cand.kind == "person" and not _named_in(cand, quote):
                return cand
        for s, _e, cand in sorted(self.people.mentions, key=lambda m: -m[0]):
            if s < pos and cand is not named and cand.kind == "person" and cand.name \
                    and not _named_in(cand, quote):
                return cand
        return named

    def _cue_row(self, cue: str) -> dict[str, str]:
        """The cues.tsv row of a cue as written, its clitic left out ("lanjutnya"); a form
        that ends in "nya" itself ("tanya") is its own."""
        return self.cue_rows.get(cue.lower()) or self.cue_rows.get(cue.lower().removesuffix("nya")) or {}

    def _answers_question(self, attr: Attribution, before: Quote) -> bool:
        """Is the statement an answer ("Ia menjawab, …") to the question quoted just before it
        ("…?" tanya Rina)?"""
        return attr.cue is not None and before.cue is not None \
            and self._cue_row(self.text[attr.cue[0]:attr.cue[1]]).get("lemma") == "jawab" \
            and self._cue_row(before.cue.text).get("lemma") == "tanya"

    def _lawyer(self, person: Person) -> bool:
        """Does the article call ``person`` a lawyer: an office of a lawyer for someone
        ("Pengacara Rina Lestari" before the name), or a lawyer word next to the name across a
        comma ("penasihat hukumnya, Budi Santoso", "Budi Santoso, kuasa hukum Rina")? A lawyer
        word right before a name ("pengacara Rina") says whose lawyer is meant, not who is one
        (``lawyer`` in speaker_words.tsv)."""
        if person.kind != "person":
            return False
        if id(person) not in self._lawyers:
            self._lawyers[id(person)] = self._called_lawyer(person)
        return self._lawyers[id(person)]

    def _called_lawyer(self, person: Person) -> bool:
        title = (person.title or "").lower()
        if any(title.startswith(w + " ") for w in words_of("lawyer")):
            return True
        forms = "|".join(regex.escape(f) for f in sorted({person.name, *person.forms} - {""}, key=len, reverse=True))
        lawyers = _LAWYER_WORDS
        return bool(forms) and regex.search(
            rf"(?i:{lawyers})\p{{L}}*(?:\s+\p{{L}}+){{0,4}}?,\s+(?:{forms})(?!\p{{L}})"
            rf"|(?<!\p{{L}})(?:{forms}),\s+(?i:{lawyers})(?!\p{{L}})", self.text) is not None

    def _initials_in(self, person: Person, quote: str) -> bool:
        """Does the quote name ``person`` by the short form the article brackets after the name
        ("Budi Santoso (BSN)" … "BSN meminta …"): of three letters or more, or of two after
        "saudara" or "tersangka" ("AS" alone is as likely a country); or by the initials of the
        name after those words ("saudara BS")?"""
        if person.kind != "person":
            return False
        words = person.name_words()
        if len(words) >= 2 and regex.search(
                rf"(?i:saudara|sdr\.?|tersangka)\s+{''.join(w[0] for w in words).upper()}(?!\p{{L}})", quote):
            return True  # the initials of the name, as the press writes a suspect's ("saudara BS")
        return any((len(short) >= 3 and written_in(quote, short))
                   or regex.search(rf"(?i:saudara|sdr\.?|tersangka)\s+{short}(?!\p{{L}})", quote)
                   for short in self._bracketed_short_forms(person))

    def _bracketed_short_forms(self, person: Person) -> frozenset[str]:
        """The short forms the article brackets after one of the person's names ("Budi Santoso
        (BSN)")."""
        key = tuple(sorted(person.forms - {""}))
        if key not in self._short_forms_of:
            self._short_forms_of[key] = frozenset(
                m.group(1) for form in key
                for m in regex.finditer(rf"(?<!\p{{L}}){regex.escape(form)}\s*\((\p{{Lu}}{{2,5}})\)", self.text))
        return self._short_forms_of[key]

    def _lawyer_before(self, pos: int) -> Person | None:
        """The last person mentioned before ``pos`` whom the article calls a lawyer."""
        for s, _e, cand in sorted(self.people.mentions, key=lambda m: -m[0]):
            if s < pos and self._lawyer(cand):
                return cand
        return None

    def _group_antecedent(self, pos: int) -> Person | None:
        """Who "mereka" (they) stands for: an institution named in its paragraph or the one
        before ("BEM UI juga meminta … Mereka mengatakan …"), else no one: a group ("para
        pedagang", "massa") is no speaker of the record, and the last person named is not them."""
        para = _para_of(self.paragraphs, pos)
        floor = self.paragraphs[max(para - 1, 0)][0]
        found = [p for s, _e, p in self.people.mentions if floor <= s < pos and p.kind == "institution"]
        return found[-1] if found else None

    def _antecedent(self, pos: int, spoken: list[tuple[int, Person]],
                    quoted: list[tuple[int, int]], reported: list[tuple[int, int]],
                    going_on: bool = False) -> Person | None:
        """Who "-nya", "dia" or "beliau" at ``pos`` stands for: the speaker of the quote before,
        unless the pronoun's paragraph or the one before it has since opened with someone else
        as its subject ("Ani Lestari, Kepala Dinas …, juga berharap … ”…,” ujarnya."): news
        paragraphs that open on a new person go on about that person."""
        person = self.people.most_recent(pos, prefer=spoken, outside=quoted)
        said_at = max((at for at, _p in spoken if at < pos), default=-1)
        para = _para_of(self.paragraphs, pos)
        if going_on and said_at >= 0 and para - _para_of(self.paragraphs, said_at) <= CONTINUE_MAX_PARAGRAPHS:
            # "…,” lanjutnya": the speaker goes on, an institution too ("…,” ungkap Divisi
            # Humas … "…,” tambahnya"); a person the narration made a subject in between
            # ("Lebih rinci, Presiden telah menurunkan tarif …") said nothing.
            return max((sp for sp in spoken if sp[0] < pos), key=lambda sp: sp[0])[1]
        # A person made the subject of a sentence since the last statement is who the text
        # now talks about ("Ketua Forum Warga Desa Maju Rina Astuti yakin … ”…,” katanya").
        # A pronoun that opens its sentence ("Ia menegaskan …", "Menurutnya, …") may also stand
        # for the agent the sentence before brings in ("… segera ditanggapi oleh Gubernur …").
        k = bisect.bisect_right(self.sent_starts, pos) - 1
        opens = self.text[self.sent_starts[k] if k >= 0 else 0:pos].strip().lower() in ("", "menurut")
        subject = self._last_subject(pos, said_at, reported, agents=opens)
        if subject is not None and said_at >= 0 and _para_of(self.paragraphs, subject[0]) \
                == _para_of(self.paragraphs, said_at) < para:
            # A person the narration makes a subject after the speaker's statement, in its
            # paragraph, is background to it ("Andi juga menyoroti pasar desa. Mengenai pasar
            # ini, Bupati mengeluarkan peraturan …"); the next paragraph's "kata dia" is the speaker's.
            subject = None
        if subject is not None and _para_of(self.paragraphs, subject[0]) >= para - 2:
            return subject[1]
        # The pronoun's paragraph, then the one before it: a person brought in as the subject
        # of a paragraph is still talked about in the next.
        for k in range(para, max(para - 2, -1), -1):
            p_start = self.paragraphs[k][0]
            if said_at >= p_start:
                return person
            for s, _e, cand in self.people.mentions:
                if p_start <= s < pos and cand.kind == "person" \
                        and (cand.title or len(cand.name_words()) >= 2) \
                        and not self.text[p_start:s].strip() and not self._institutional(cand.name):
                    return cand
        return person

    def _last_subject(self, pos: int, after: int,
                      quoted: list[tuple[int, int]], agents: bool = False) -> tuple[int, Person] | None:
        """The last person mention between ``after`` and ``pos`` that is the subject of its
        sentence: nothing before it in the sentence but an office or unit in capitals, or an
        opening phrase closed by a comma ("Secara terpisah, Ketua … Budi Santoso
        berpendapat")."""
        best = None
        for s, e, cand in self.people.mentions:
            if not after < s < pos or any(a <= s < b for a, b in quoted):
                continue
            # "Rina Lestari, Wali Kota …" or "Pengacara Rina, Budi Santoso": the office in
            # apposition or written before the name in the mention vouches for the name.
            apposed = bool(cand.title) and (self.text.startswith(", " + cand.title, e)
                                            or self._office_then_name(s, e, cand))
            if cand.kind != "person" or self._institutional(cand.name, titled=apposed):
                continue
            prefix = self._subject_prefix(s, e, agents)
            # A lone capitalised word opening a sentence is as likely a noun or a heading
            # ("Pemangku kepentingan perlu …"); such a name needs an office, a full name or
            # another mention.
            if prefix is None or not (prefix.strip() or cand.title or len(cand.name_words()) >= 2
                                      or sum(p is cand for _, _, p in self.people.mentions) > 1):
                continue
            if best is None or s > best[0]:
                best = (s, cand)
        return best

    def _subject_prefix(self, s: int, e: int, agents: bool = False) -> str | None:
        """The office words before a mention that is its sentence's subject, else None."""
        text = self.text
        k = bisect.bisect_right(self.sent_starts, s) - 1
        sent_start = max(self.sent_starts[k] if k >= 0 else 0, self.paragraphs[_para_of(self.paragraphs, s)][0])
        prefix = text[sent_start:s]
        before = prefix.split()
        # The agent of a passive verb: "Hal senada disampaikan Rina Lestari, anggota …",
        # "Rapat itu dihadiri Rina Lestari, …"; with ``agents`` also "… segera ditanggapi oleh
        # Gubernur …", "… disambut Duta Besar …", "… mendapat pujian dari Kepala Dinas …,
        # Rina Lestari".
        verb = len(before)
        if not agents:
            if before and _PASSIVE_VERB.fullmatch(before[-1].lower()):
                verb = len(before) - 1
        elif before and before[-1].lower() == "oleh":
            verb = next((k for k in range(len(before) - 2, max(len(before) - 4, -1), -1) if _passive(before[k].lower())),
                        len(before))
        elif len(before) >= 3 and before[-1].lower() == "dari" and before[-3].lower() in words_of("receiving_verb"):
            verb = len(before) - 3  # "… mendapat pujian dari Rina Lestari"
        elif before and _passive(before[-1].lower()):
            verb = len(before) - 1
        if verb < len(before) and (
                verb < 4 or (verb <= PASSIVE_SUBJECT_MAX_WORDS and "yang" not in before[:verb])):
            return prefix
        if "," in prefix:
            lead, _, prefix = prefix.rpartition(",")
            if not prefix.strip() and lead.count(",") == 1 and _capitalised(lead.partition(",")[2]):
                # "Kepada wartawan, Ketua Umum Koperasi Maju, Budi Santoso, mengatakan …": an
                # office between two commas names the subject after it.
                lead = lead.partition(",")[0]
            # Three words at most ("Secara terpisah,"), or an adverbial phrase of up to ten
            # ("Terkait dengan pasokan benih padi bagi petani desa,").
            opener = lead.split()[:1] and lead.split()[0] in words_of("clause_opener")
            if len(lead.split()) > (CLAUSE_OPENER_MAX_WORDS if opener else 3) or lead.count(","):
                return None
        if not _capitalised(prefix):
            return None
        # A verb (or an apposition closed by a comma, then a verb) follows the name, past its
        # degrees ("Prof Rina Lestari PhD, dosen …, juga hadir").
        while (d := _DEGREE_AFTER.match(text, e)) is not None and is_degree(d.group(1)):
            e = d.end()
        if text.startswith(",", e) and ("," in text[s:e] or text[sent_start:s].rstrip().endswith(",")):
            # A name in apposition after its office closes with a comma before the verb
            # ("Ketua Koperasi Maju, Budi Santoso, punya catatan lain").
            e += 1
        m = _NEXT_WORD.match(text, e)
        if m is None or not m.group(1)[0].islower() or (m.group(1) in _SUBJECT_LINKS and not (
                m.group(1) == "yang" and text[e:m.start(1)].strip().startswith(","))):
            # "Rina Lestari, Ketua …, yang dihubungi, membenarkan" is still the subject.
            return None
        return prefix

    def _institutional(self, name: str, titled: bool = False) -> bool:
        """Does a name hold an institution or place word, listed or tagged ORG/LOC by the
        model ("Bandara Sultan Hasanuddin")? For a name with its office in apposition
        (``titled``) only the listed words count: the model's tags on it ("Rina Lestari, Wali
        Kota …" tagged LOC) are not trusted over the office."""
        units = words_of("org_word") | words_of("unit_word") | words_of("region_marker")
        return any(w in units or (not titled and w in self.people.place_org_words) for w in name.split())

    def _office_then_name(self, s: int, e: int, person: Person) -> bool:
        """Is the mention the office, a comma, then the name ("Pengacara Rina Lestari, Budi
        Santoso")?"""
        office, comma, rest = self.text[s:e].rpartition(",")
        return bool(comma) and person.title in office and rest.strip().startswith(person.name_words()[0])

    def _last_mention(self, person: Person, pos: int) -> tuple[int, int]:
        best = (0, 0)
        for ms, me, p in self.people.mentions:
            if p is person and ms < pos:
                best = (ms, me)
        return best


# Content that reads as a stated fact: a predicate word of fact, tense or negation within its
# first six words ("kios itu bukan milik desa", "cara yang dipakai petugas bersifat ramah",
# "proses akan segera selesai", "bakal"); an outcome ensured ("keamanan tetap terjaga") is an act.
_CLAUSE = regex.compile(
    r"\s*(?:\S+\s+){0,5}?(?:akan|bakal|tidak|tak|telah|sudah|belum|bukan|adalah|merupakan|bersifat|benar)(?!\p{L})")
# The lawyer words (speaker_words.tsv), longest first, as a regex alternation.
_LAWYER_WORDS = "|".join(regex.escape(w) for w in sorted(words_of("lawyer"), key=len, reverse=True))
# A lawyer word right before a name: "Kuasa hukum Budi Santoso".
_LAWYER_BEFORE = regex.compile(rf"(?<!\p{{L}})(?i:({_LAWYER_WORDS}))[ ]+$")
# A client the speaker represents: "klien saya", "klien kami".
_CLIENT = regex.compile(r"(?i)(?<!\p{L})klien\s+(?:saya|kami|kita)(?!\p{L})")
# What may follow a source that closes its sentence: a bracketed short form, the full stop.
_BRACKETED_END = regex.compile(r"(?:\([^()]{1,20}\))?\s*[.!?]?")


def _named_in(person: Person, quote: str) -> bool:
    """Does the quote name ``person`` (a word of four letters or more of the name), or address
    the person's office with an honorific ("Pak Presiden", "Ibu Menteri"), as no one speaks of
    themselves?"""
    if person.kind != "person":
        return False
    if any(len(w) >= 4 and written_in(quote, w) for w in person.name_words()):
        return True
    office = (person.title or "").split()[:1]
    return bool(office) and any(written_in(quote, f"{h} {office[0]}") for h in ADDRESSING_HONORIFICS)


# Honorifics a speaker puts before someone else's office ("Pak Presiden", "Bu Gubernur").
ADDRESSING_HONORIFICS = ("Pak", "Bapak", "Bu", "Ibu")


def _capitalised(phrase: str) -> bool:
    """Is every word of ``phrase`` capitalised, a number or a link word of an office or unit
    ("Kepala Dinas Pendidikan dan Kebudayaan", "Head of Research")?"""
    for word in phrase.split():
        w = word.strip("()")
        if w and not (w[0].isupper() or w[0].isdigit() or w in _SUBJECT_LINKS):
            return False
    return True


def _agent_start(words) -> int:
    """Index of the first word of the speaker after a cue: past adverbs (``adverb`` in
    speaker_words.tsv: "ditegaskan pula oleh …", "dijelaskan lebih lanjut oleh …"), "oleh",
    and "pihak" before an institution ("kata pihak KBRI Canberra") or a statement noun before
    its source ("menurut laporan Harian Sukamaju")."""
    k = 0
    adverbs = words_of("adverb")
    while k < len(words) and words[k].text.lower() in adverbs:
        k += 1
    if k < len(words) and words[k].text.lower() == "oleh":
        k += 1
    if k + 1 < len(words) and words[k].text == "pihak" and words[k + 1].text[:1].isupper():
        k += 1  # "kata pihak KBRI Canberra": the institution itself
    elif k + 1 < len(words) and words[k].text in words_of("statement_noun") and words[k + 1].text[:1].isupper():
        k += 1  # "menurut laporan Harian Sukamaju": the source that reports
    return k


def _lowercase_office(words, k: int, text: str, named_only: bool = False) -> Phrase | None:
    """An office written in lower case after a cue, read as if capitalised, its title kept as
    written: "kata juru bicara KPK Rina Wulandari", "kata juru bicara KPK, Rina Wulandari" (the
    holder after the comma), "kata wabup" (no one named; none with ``named_only``)."""
    if k >= len(words) or not words[k].text.islower():
        return None
    raised = [*words[:k], *raise_first(words[k:])]
    found = match_title(raised, k)
    if found is None:
        return None
    phrase = parse_forward(raised, k, text)
    if phrase is not None and phrase.kind == "person" and phrase.title and phrase.name.strip():
        return phrase
    named = _after_descriptor(words[k:], text)
    if named is not None:
        comma = next(w for w in words[k:] if w.text == ",")
        office = parse_forward(raised[:words.index(comma)], k, text)
        return replace(named, title=text[words[k].start:comma.start],
                       unit=office.unit if office is not None else None, title_row=found[1])
    if named_only:
        return None
    last = raised[k + found[0] - 1]
    return Phrase(raised[k].start, last.end, "person", name="", title=text[raised[k].start:last.end],
                  title_row=found[1])


def _bare_lowercase_office(words, text: str) -> Phrase | None:
    """An office in lower case closing the attribution with no one named ("…,” ujar hakim.",
    "kata hakim dalam persidangan"): the office speaks (guideline 1.2), or its holder where
    the article names one."""
    phrase = _lowercase_office(words, 0, text)
    if phrase is None:
        return None
    k = next((i for i, w in enumerate(words) if w.start >= phrase.end), len(words))
    if k < len(words) and words[k].text not in ".,;!?" and words[k].text.lower() not in _PREPOSITIONS:
        return None
    return phrase


def _described_office(words, name_start: int, text: str) -> tuple[str, str | None, dict[str, str]] | None:
    """A profession or office in lower case before the comma that a name follows, with where
    the person works after "dari" ("pengamat pertanian dari Institut Pertanian Sukamaju, Budi
    Santoso"): the title as written up to "dari", and the institution as its unit."""
    before = [w for w in words if w.end <= name_start and w.text != ","]
    if not before or not before[0].text.islower():
        return None
    found = match_title(raise_first(before, 2), 0) or match_title(raise_first(before), 0)
    if found is None:
        return None
    k = next((k for k, w in enumerate(before) if w.text in ("dari", "di")), len(before))
    if k < found[0]:
        return None
    unit = text[before[k + 1].start:before[-1].end] if k + 1 < len(before) \
        and all(CAPITALISED.match(w.text) or ACRONYM.match(w.text) or w.text in ("dan", "&") for w in before[k + 1:]) \
        else None
    return text[before[0].start:before[k - 1].end], unit, found[1]


def _after_descriptor(words, text: str, capitalised: bool = False) -> Phrase | None:
    """A lower-case description (or, with ``capitalised``, an office the title list does not
    know), a comma, then the name: "kata juru bicara Satgas Banjir Kabupaten Sambas,
    Hendrawan", "sebut peneliti LIPI, Rina Marlina"."""
    if not words or not (capitalised or words[0].text[:1].islower()):
        return None
    for k, w in enumerate(words[:16]):
        if w.text in ".;:":
            return None
        if w.text == "," and k + 1 < len(words):
            phrase = parse_forward(words, k + 1, text)
            if phrase is not None and phrase.kind == "person" and phrase.name:
                return phrase
            return None
    return None


DEMONSTRATIVES = frozenset({"tersebut", "itu", "ini"})


def _demonstrative_description(words) -> Phrase | None:
    """A description of a person closed by a demonstrative after the cue ("kata doktor ekonomi
    pertanian itu.", "ujar pria asal Sukamaju itu"): it points back like a pronoun, at
    the person the text talks about. It opens with a person noun or a profession
    (speaker_words.tsv, titles.tsv); "kata sumber itu", "tulis dokumen tersebut" are no one
    named."""
    if not words or not (_person_noun(words) or (len(words) > 1 and words[0].text.lower() in words_of("former"))):
        return None  # … or a former office: "ujar mantan Kepala Dinas … itu"
    for k, w in enumerate(words[:9]):
        end = k
        if w.text in _CALLED and k > 1 and words[k - 1].text.lower() in ("yang", "akrab", "biasa"):
            # "ujar pria yang akrab disapa Budi, …": the name it is called by closes it.
            while end + 1 < len(words) and CAPITALISED.match(words[end + 1].text) and end - k < 2:
                end += 1
            if end == k:
                return None
            if end + 1 < len(words) and words[end + 1].text in DEMONSTRATIVES:
                end += 1
        elif not (w.text in DEMONSTRATIVES and k > 0):
            if not w.text[:1].isalnum():
                return None
            continue
        # What follows closes the description: a mark, or where and when it was said
        # ("kata pria asal Sukamaju itu dalam konferensi pers").
        if end + 1 < len(words) and words[end + 1].text not in ".,;!?" \
                and words[end + 1].text.lower() not in _PREPOSITIONS:
            return None
        return Phrase(words[0].start, words[end].end, "pronoun", name=words[end].text)
    return None


# "yang akrab disapa", "yang biasa dipanggil".
_CALLED = frozenset({"disapa", "dipanggil"})


_PREPOSITIONS = frozenset({"dalam", "pada", "saat", "di", "ke", "dari", "kepada", "dengan", "untuk", "oleh"})
GROUP_MAX_WORDS = 4
# Words that end a group's name besides adverbs: "Warga akan meminta …", "Polisi tidak menyebut …".
GROUP_STOPS = frozenset({"yang", "akan", "bakal", "tidak", "tak", "belum", "sangat", "selalu", "masih"})


# A meN-…-kan verb ("meneriakkan", "menyampaikan"): no word of a group's name.
_MEN_KAN_VERB = regex.compile(r"^me\p{Ll}{2,}kan$")


def _group_phrase(words, k: int, text: str, bench: bool = False) -> Phrase | None:
    """A group or an unnamed side at ``words[k]``, in lower case but for a sentence's first
    letter ("para pengunjuk rasa", "Polisi", "pihak kampus", "warga tersebut"): up to four
    words opening with a group noun (speaker_words.tsv), ended by a punctuation mark, a
    preposition, an adverb or "yang". It is named as written, without a closing demonstrative or adverb;
    the mention is the whole phrase. An unnamed lawyer is one ("kuasa hukum terdakwa"), and with
    ``bench`` (a sentence's subject) so is the bench ("Majelis hakim menyatakan …")."""
    run = []
    for w in words[k:k + GROUP_MAX_WORDS + 1]:
        if len(run) == 1 and run[0].text.lower() in words_of("counting") and w.text.replace(".", "").isdigit():
            run.append(w)  # "Sebanyak 250 responden": the count
            continue
        if not w.text.isalpha() or w.text.lower() in _PREPOSITIONS or w.text.lower() in GROUP_STOPS \
                or w.text.lower() in words_of("adverb") or (run and not w.text.islower()) \
                or (run and _MEN_KAN_VERB.match(w.text)):
            break  # … or a verb: "…,” teriak ribuan orang meneriakkan …
        run.append(w)
    head = 1 if len(run) > 1 and run[0].text.lower() in words_of("counting") else 0  # "Sejumlah warganet"
    head += 1 if head and len(run) > 2 and run[1].text.replace(".", "").isdigit() else 0
    if not run or len(run) > GROUP_MAX_WORDS or not _opens_group([w.text.lower() for w in run[head:]], bench) \
            or not run[0].text[1:].islower():
        return None
    named = list(run)
    while named and named[-1].text in DEMONSTRATIVES:
        named.pop()
    if not named:
        return None
    return Phrase(run[0].start, run[-1].end, "group", name=text[named[0].start:named[-1].end])


def _thing_subject(words) -> bool:
    """Does the clause before a verb end in a thing named with a demonstrative ("…, pasal ini
    menjelaskan", "Dokumen tersebut menyebutkan")? Then a thing, not a person, is the
    subject; "pria itu mengatakan" (a person noun) and "dia dalam acara ini" are people."""
    start = max((k + 1 for k, w in enumerate(words) if w.text in ",;:"), default=0)
    tail = words[start:]
    if not 2 <= len(tail) <= 3 or tail[-1].text.lower() not in DEMONSTRATIVES:
        return False
    lead = [w.text for w in tail[:-1]]
    if start == 0:
        lead[0] = lead[0].lower()  # a sentence's first word is capitalised
    return all(w[:1].islower() and w.isalpha() for w in lead) and lead[0] not in words_of("pronoun") \
        and not any(w in _PREPOSITIONS for w in lead) and not _person_noun(tail)


def _who_description(words) -> bool:
    """Does a description in apposition say who a person is: "salah satu mahasiswa yang …",
    "seorang warga …", "pria asal …" (a person, private or group noun first)?"""
    first = words[0].text.lower()
    if first in ("salah", "seorang") and len(words) > 1:
        words = words[2:] if first == "salah" and words[1].text.lower() == "satu" else words[1:]
        first = words[0].text.lower() if words else ""
    return bool(words) and (_person_noun(words) or first in words_of("private_person")
                            or first in words_of("group_noun"))


def _share_subject(before: str) -> bool:
    """Is the text between a sentence's start and its cue an unnamed share of people, past an
    opening phrase closed by a comma: a quantifier, then "yang" or up to two lower-case words
    ("Banyak yang", "Sebagian", "Beberapa di antaranya"; speaker_words.tsv)?"""
    words = before.rsplit(",", 1)[-1].split()
    return 1 <= len(words) <= 3 and words[0].lower() in words_of("quantifier") \
        and all(w.isalpha() and w.islower() for w in words[1:]) \
        and not (len(words) > 1 and words[0].lower() in words_of("counting")
                 and words[1] in words_of("group_noun"))  # "Sejumlah warganet": a group counted


def _last_clause_start(before: str) -> int:
    """Where the last clause before a verb starts: after the last comma, a comma closing the
    subject itself aside ("Sejumlah dosen di Sukamaju, menilai …")."""
    return before.rstrip().rstrip(",").rfind(",") + 1


def _group_subject(before: str) -> bool:
    """Is the text between a sentence's start and its cue verb a group or an unnamed side,
    past an opening phrase closed by a comma: one to three lower-case words opening with a
    group noun ("Pihak kampus", "para pengunjuk rasa", "polisi"; speaker_words.tsv)?"""
    words = before[_last_clause_start(before):].rstrip().rstrip(",").split()
    words[0:1] = [words[0][:1].lower() + words[0][1:]] if words else []  # a sentence's first word is capitalised
    at = next((k for k, w in enumerate(words) if k and w in ("di", "dari") and k + 1 < len(words)
               and all(x[:1].isupper() for x in words[k + 1:])), None)
    if at is not None:
        words = words[:at]  # "Nelayan kecil di Sukamaju": where the group is
    if len(words) > 1 and words[0] in words_of("counting"):
        words = words[1:]  # "Sejumlah warganet", "ribuan orang": a group counted
        if len(words) > 1 and words[0].replace(".", "").isdigit():
            words = words[1:]  # "Sebanyak 250 responden"
    while len(words) > 1 and words[-1] in words_of("adverb"):
        words = words[:-1]  # "Pendukung petisi ini juga menyatakan"
    if not 1 <= len(words) <= 3:
        return False
    return _opens_group(words) and all(w.isalpha() and w.islower() for w in words)


def _opens_group(words: list[str], bench: bool = True) -> bool:
    """Do these lower-case words open a group (``group_noun`` in speaker_words.tsv) or an
    unnamed lawyer or bench ("kuasa hukum", "majelis hakim"), which speaks as a side does?
    Without ``bench`` a judge is left to the office readers ("ujar hakim" after the named
    judge is that judge)."""
    sides = words_of("lawyer") | (words_of("judge") if bench else frozenset())
    return bool(words) and (words[0] in words_of("group_noun") or any(" ".join(words[:n]) in sides for n in (1, 2, 3)))


def _profession(phrase: Phrase | None) -> bool:
    """An office-less description by profession and no name ("politikus Partai Maju")."""
    return phrase is not None and phrase.kind == "person" and bool(phrase.title) and not phrase.name.strip() \
        and (phrase.title_row or {}).get("kind") == "profession"


def _person_noun(words) -> bool:
    first = words[0].text.lower()
    two = f"{first} {words[1].text.lower()}" if len(words) > 1 else first
    return first in _person_nouns() or two in _person_nouns()


@functools.cache
def _person_nouns() -> frozenset[str]:
    professions = {row["title"].lower() for row in resources.tsv_records("titles.tsv")
                   if row.get("kind") == "profession"}
    return frozenset(words_of("person_noun")) | frozenset(professions)


def _is_age(word: str) -> bool:
    """A person's age in brackets after the name ("Rina Lestari (34)"); a year is a citation."""
    return word.isdigit() and len(word) <= 3


def _past_degrees_and_age(words: list) -> list:
    """The words after a name past its degrees and an age: ", M.Si mewakili …", "(34), warga …"."""
    k = 0
    while True:
        if k + 1 < len(words) and words[k].text == "," and is_degree(words[k + 1].text):
            k += 2
        elif k < len(words) and is_degree(words[k].text):
            k += 1
        elif k + 2 < len(words) and words[k].text == "(" and _is_age(words[k + 1].text) and words[k + 2].text == ")":
            k += 3
        else:
            return words[k:]


# Words that open a clause between a subject and its verb ("Wabup Atika yang hadir bersama …
# menyampaikan"), so that the person nearest the verb is not its subject.
# A description in apposition to a subject is a short noun phrase.
APPOSITION_MAX_WORDS = 15
# Words after "Menurut X" that open no content: where the person is from or speaks, a clause.
MENURUT_NOT_CONTENT = frozenset({"dari", "di", "kepada", "pada", "yang", "selaku", "sebagai", "dalam",
                                 "saat", "ketika", "usai", "seusai", "bersama", "mewakili", "atas",
                                 "dan", "atau", "serta", "dengan", "melalui", "via", "itu", "tersebut"})
SUBJECT_CLAUSE = frozenset({"yang", "bersama", "didampingi", "saat", "ketika", "usai", "seusai",
                            "setelah", "sebelum", "selaku", "dalam", "mewakili", "atas"})


@functools.cache
def _lead_words() -> frozenset[str]:
    from .speakers import words_of
    return frozenset(w.lower() for w in words_of("connective") | words_of("adverb")) | {"itu", "ini"}


# "mengapresiasi dan berterima kasih kepada …": two verbs, one content.
COORDINATED_CUE = regex.compile(r"\s+(?:dan|serta)\s+(?:juga\s+)?(?P<verb>\p{L}+)")
# "menyampaikan rasa duka … dan berharap kepada korban …": the next verb, a new quote.
# "terbukti secara sah dan meyakinkan …": a pair of adverbs after "secara", no second verb.
ADVERB_PAIR_BEFORE = r"(?<!(?i:secara)\s+\p{L}+\s*)"
NEXT_CUE = regex.compile(ADVERB_PAIR_BEFORE + r"[,]?\s+(?:dan|serta)\s+(?:juga\s+)?(?P<verb>\p{Ll}+)(?=\s)")


# "Bupati … dalam sambutannya mengatakan": the occasion between the speaker and the verb; the
# manner ("Rina Lestari secara khusus mencatat").
SPEECH_ADJUNCT = regex.compile(r"\s+(?:dalam|pada|saat|ketika|usai|melalui|secara)\s+\p{Ll}+(?:nya)?\s*$")
# After "Menurut" and a name, where or when it was said before the comma: "Menurut Rina Lestari
# dalam rapat bersama DPRD …, …".
_OCCASION_AFTER = regex.compile(r"\s+(?:dalam|saat|ketika|usai|seusai|pada)\s+\p{Ll}[^,.;]*$")
# "Budi Santoso kepada wartawan mengatakan": whom it was said to, up to four words.
ADDRESSEE_ADJUNCT = regex.compile(r"\s+kepada\s+(?:[\p{L}\d.-]+\s+){0,3}[\p{L}\d.-]+\s*$")


# The longest subject of a passive verb before its agent, a glued sub-heading included ("Pasar
# murah Rapat itu juga dihadiri Rina Lestari, …"); past three words, none may open a
# relative clause ("apa yang dilakukan Rina …" is no sentence's agent).
PASSIVE_SUBJECT_MAX_WORDS = 7
# The most words of an office in lower case between a name's comma and "di" ("analis pasar
# senior di …").
APPOSED_QUALIFIER_MAX_WORDS = 4
# The longest adverbial phrase before a sentence's subject that still lets the name after it be
# the subject ("Terkait dengan pasokan benih padi bagi petani desa, Kepala Dinas Pertanian …").
CLAUSE_OPENER_MAX_WORDS = 10
# How far back (in paragraphs) the statement a "…,” lanjutnya" goes on from may lie.
CONTINUE_MAX_PARAGRAPHS = 4
# The longest description of a person pointed at before a cue ("Legislator yang membidangi
# urusan pertanian dan pangan itu mengatakan").
DESCRIPTION_MAX_WORDS = 12
# "kala itu", "saat itu": a time, not a description pointed at ("Anggota … Rina kala itu menyoroti").
TIME_BEFORE_DEMONSTRATIVE = frozenset({"kala", "saat", "waktu", "ketika", "masa", "hari", "tahun"})


# Where and when a statement was made, before its content: "di Padang, Senin (4/3/2024), …".
_WEEKDAY_NAMES = "|".join(regex.escape(f[:1].upper() + f[1:]) for forms in DATES["weekdays"].values() for f in forms)
_PLACE = r"di\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}"
_DAY = rf"(?:{_WEEKDAY_NAMES})(?:\s*\([^()]{{1,20}}\))?"
PLACE_DAY_LEAD = regex.compile(rf"\s*(?:{_PLACE}\s*,\s*)?(?:{_DAY}\s*,\s*)?")

# Where and when a statement was made, between commas before the verb: ", di Padang, Senin
# (12/3) sore,".
_DAY_PARTS = "|".join(regex.escape(w) for w in sorted(DATES["day_parts"], key=len, reverse=True))
DAY_ADJUNCT = regex.compile(rf"(?:(?:,\s*|\s+){_PLACE}\s*,\s*|,\s*){_DAY}(?:\s+(?:{_DAY_PARTS}))?\s*,?\s*$")


# Words after which a name is an object, not the subject of the verb that follows.
OBJECT_BEFORE = regex.compile(r"(?i:mewakili|atas\s+nama)\s*$")


# "oleh" and the clitic for the agent: "Hal tersebut diungkapkan olehnya …".
_BY_CLITIC = regex.compile(r"\s+oleh(?P<nya>nya)(?!\p{L})")
# A verb joined to the one before it: "… dan berharap …", "…, serta juga meminta …".
JOINED_VERB = regex.compile(ADVERB_PAIR_BEFORE + r"(?:,\s*)?(?:dan|serta)(?:\s+juga)?\s*$")


# Two sentences glued without a space: "… (15/07/2019).Soedarmo mengingatkan …".
GLUED_SENTENCE = regex.compile(r"(?<=[\p{Ll}\d)][.!?])(?=\p{Lu}\p{Ll})")
# "Hal ini disampaikan X", "Demikian dikatakan X": the content is the sentence before.
ANAPHORIC_LEAD = regex.compile(r"(?i:hal\s+(?:ini|itu|tersebut)(?:\s+juga)?|demikian(?:\s+pula)?|"
                               r"hal\s+senada(?:\s+juga)?|pernyataan\s+(?:ini|itu|tersebut)|"
                               r"(?:penjelasan|pernyataan|pendapat|keterangan|penegasan)\s+"
                               r"(?:serupa|senada|yang\s+sama)(?:\s+juga)?|"
                               # any one noun pointed at: "Kesepakatan itu disampaikan X …"
                               # ("Sementara itu disampaikan X, …" is a connective)
                               r"(?!(?:sementara|selain|untuk|karena|oleh|dengan|setelah|sesudah|sebelum|"
                               r"selama|sejak|meski|namun|atas|dari|pada|dalam|di|ke|kemudian|lalu|"
                               r"bahkan|maka|tetapi|dan)\s)\p{L}\p{Ll}+\s+(?:ini|itu|tersebut))")
# The leads of ANAPHORIC_LEAD that name a statement, not any thing pointed at.
STATEMENT_LEAD = regex.compile(r"(?i:(?:hal|fakta|informasi|pernyataan|keterangan|penjelasan)\s+(?:ini|itu|tersebut)"
                               r"(?:\s+juga)?|demikian(?:\s+pula)?)")
# Connectives that are not content before an inserted cue.
CONNECTIVE_ONLY = regex.compile(r"(?i:lalu|kemudian|namun|hanya\s+saja|untuk\s+itu|selain\s+itu|sementara\s+itu|"
                                r"oleh\s+karena\s+itu|karena\s+itu|maka|dan|tetapi|bahkan|selanjutnya|"
                                r"lebih\s+lanjut|di\s+samping\s+itu|dengan\s+demikian|adapun|"
                                r"pada\s+kesempatan\s+(?:itu|tersebut|yang\s+sama)|sementara|selain\s+itu\s+juga)")
# Words that only introduce an addressee or topic before the content.
CONTENT_LEAD = regex.compile(r"(?i:(?:kepada|pada|agar|supaya|tentang|mengenai|soal|untuk|:)(?![\p{L}])\s*)+")
# "Wabup : Kita Perang …"; a lead-in before the speaker is allowed ("HUT Ke-128, Rahmad
# Mas'ud: Jadikan Balikpapan …").
HEADLINE = regex.compile(r"(?:[^:\n]{0,80},\s*)?(?P<who>[^:\n.,]{2,60}?)\s*:\s*(?P<what>\S[^\n]{6,})")
BAHWA = regex.compile(r"(?<![\p{L}])bahwa(?![\p{L}])\s*,?")
# "mengatakan, …" / "mengatakan kepada wartawan, …" / "menjelaskan: …": a lead-in of a few
# words ("pada 2022 realisasi anggaran mencapai 96,98 persen, …" is content).
LEAD_IN = regex.compile(r"\s*(?:(?:kepada|pada|di hadapan|dalam|saat|ketika|usai|di)\b"
                        r"(?:\s+(?:[^,:\s]|(?<=\d),(?=\d))+){0,5}?)?\s*[,:](?!\d)")


def find_quotes(doc: Doc) -> list[Quote]:
    """Every quote of the Doc with its speaker, in text order."""
    if not doc.text.strip():
        return []
    return Finder(doc).find()


@Language.factory("warta_quotes", assigns=["doc._.quotes"])
def make_quotes(nlp: Language, name: str):
    extensions.register()

    def component(doc: Doc) -> Doc:
        doc._.quotes = find_quotes(doc)
        return doc

    return component

