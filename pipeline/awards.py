"""Awards: which institution won which rank, of which award, and when.

Takes a Doc with sentences (and, where the earlier stages give them, entities and
``doc._.dates``); gives ``doc._.awards``, one ``records.Award`` per recipient and award.

Rules work on characters, sentence by sentence; a sentence is looked at only when one
compiled pattern of award words finds something in it. Each award verb anchors a clause:
an active verb ("X berhasil meraih peringkat 2") takes its subject as recipient, a passive
one ("peringkat pertama diraih X") the name after it, a verb of giving ("diberikan kepada
X") the name after its preposition. Ranks, audit opinions, predicates, nominations, award
names and categories come from the clause. A statement repeated in headline and body, or
twice in the body, is merged into one record that keeps the fullest recipient mention.
Vocabularies live in ``data/award_words.yaml`` and ``data/ordinals.tsv``.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, replace

import regex
from spacy.language import Language
from spacy.tokens import Doc

from . import dates, extensions, resources
from .records import Award, Recipient

WORDS = resources.yaml_data("award_words.yaml")


def _alt(words) -> str:
    """One alternation of phrases, longest first; a space matches any run of spaces."""
    items = sorted({w for w in words}, key=len, reverse=True)
    return "|".join(regex.escape(w).replace("\\ ", r"\s+") for w in items)


def _words(*keys: str) -> list[str]:
    out: list[str] = []
    for key in keys:
        out.extend(WORDS[key])
    return out


@functools.cache
def ordinals() -> dict[str, tuple[int | None, str]]:
    """form -> (rank, kind); word forms lower-cased, Roman numerals as written."""
    table: dict[str, tuple[int | None, str]] = {}
    for row in resources.tsv_records("ordinals.tsv"):
        form = row["form"] if row["kind"] == "roman" else row["form"].lower()
        table[form] = (int(row["rank"]) if row["rank"] else None, row["kind"])
    return table


_ORD_ROWS = ordinals()
_ORD_WORDS = [f for f, (_, k) in _ORD_ROWS.items() if k in ("word", "cardinal")]
_ORDINAL_WORDS = [f for f, (_, k) in _ORD_ROWS.items() if k == "word"]
_CARDINALS = [f for f, (_, k) in _ORD_ROWS.items() if k == "cardinal"]
_ROMANS = [f for f, (_, k) in _ORD_ROWS.items() if k == "roman"]
_QUALIFIERS = [f for f, (_, k) in _ORD_ROWS.items() if k == "qualifier"]
_LEVELS = [f for f, (_, k) in _ORD_ROWS.items() if k == "level"]

F = regex.IGNORECASE | regex.VERBOSE
NB = r"(?![\p{L}\p{N}])"     # no word character follows
NA = r"(?<![\p{L}\p{N}-])"   # no word character or hyphen precedes

# An ordinal after a rank word: "2", "ke-2", "kedua", "II" (Roman only in capitals), but not
# a count ("juara tiga kali", "terbaik lima kategori").
ORD = (rf"(?:(?:{_alt(_ORDINAL_WORDS)})|(?-i:(?:{_alt(_ROMANS)}))"
       rf"|(?:ke-?\s?)?\d{{1,3}}(?!\s+(?:kali|kalinya|besar|tahun\s+berturut){NB})"
       rf"|(?:{_alt(_CARDINALS)})(?!\s+(?:kali|kalinya|kategori|besar|bidang|tahun){NB})){NB}")

RANK = regex.compile(
    rf"""{NA}(?P<head>{_alt(WORDS['rank_heads'])})
        (?:\s+(?P<qual>{_alt(_QUALIFIERS)}){NB})?
        (?:\s+(?P<ord>{ORD}))?
        (?:\s+terbaik{NB})?""", F)
# "10 besar nasional", "tiga besar": a place among the first N, no rank of its own.
TOP_N = regex.compile(rf"{NA}(?:\d{{1,3}}|{_alt(_ORD_WORDS)})\s+besar{NB}", F)
OPINIONS = {short: long for short, long in WORDS["opinions"].items()}
_LONG_TO_SHORT = {long.lower(): short for short, long in OPINIONS.items()}
# "opini Wajar Tanpa Pengecualian (WTP)", "Wajar Tanpa Pengecualian/WTP", "opini WTP"; the
# short forms only in capitals ("TW" is no word).
OPINION = regex.compile(
    rf"""{NA}(?i:opini\s+)?(?:(?P<long>(?i:{_alt(OPINIONS.values())}))(?:\s*[(/]\s*(?:{_alt(OPINIONS)})\s*\)?)?
        |(?P<short>{_alt(OPINIONS)})){NB}""", regex.VERBOSE)
GRADE = regex.compile(rf"{NA}(?:{_alt(WORDS['grades'])}){NB}", regex.IGNORECASE)
NOMINEE = regex.compile(rf"{NA}(?:{_alt(WORDS['nominee_nouns'])}){NB}", regex.IGNORECASE)
# A predicate or a quoted category: "predikat Informatif", "kategori “Informatif”",
# "predikat Nilai B", "dengan nilai predikat A".
PREDICATE = regex.compile(
    rf"""{NA}(?:(?:predikat|kategori)\s+(?:nilai\s+)?[“"‘'](?P<q>[^”"’'\n]{{1,40}})[”"’']
          |predikat\s+(?:nilai\s+)?
           (?:(?P<w>(?-i:\p{{Lu}}[\p{{L}}\p{{N}}]*)(?:\s+(?-i:(?:Baik|Sekali|Sangat|Informatif))){{0,2}})
             |(?P<sb>sangat\s+baik|baik\s+sekali|baik){NB}))""", F)
LEVEL_AFTER_KATEGORI = regex.compile(rf"{NA}kategori\s+(?P<lvl>{_alt(_LEVELS)}){NB}", F)
NOMINATION = regex.compile(rf"{NA}(?P<nom>{_alt(WORDS['nomination_nouns'])}){NB}", F)
AWARD_NOUN = regex.compile(rf"{NA}(?:{_alt(WORDS['award_nouns'])}){NB}", F)
# "meraih apresiasi East Ventures-Digital Competitiveness Index" names an award;
# "mendapat apresiasi publik" is praise.
PRAISE_NAMED = regex.compile(rf"{NA}(?:{_alt(WORDS['praise_nouns'])})\s+(?-i:\p{{Lu}})", F)
# "menempati urutan ketiga sebesar Rp2,7 triliun": a place in a table of amounts.
MONEY = regex.compile(r"(?i)\b(?:sebesar|senilai|dengan|mencapai)\s+Rp")
NEGATIVE = regex.compile(rf"{NA}(?:{_alt(WORDS['negative_words'])}){NB}", F)
CONTRACT = regex.compile(rf"{NA}(?:pemenang|juara)\s+(?:{_alt(WORDS['contract_words'])}){NB}", F)
# "memberikan apresiasi kepada X" is praise; only a thing given is an award.
_GIVEN = [w for w in WORDS["award_nouns"] if w not in WORDS["praise_nouns"]]
GIVEN_NOUN = regex.compile(rf"{NA}(?:{_alt(_GIVEN)}){NB}", F)
REPRESENTATIVE = regex.compile(rf"\s*,?\s*(?:{_alt(WORDS['representative'])}){NB}", F)
LIST_OPENER = regex.compile(rf"(?:\s*{NA}(?:{_alt(WORDS['list_openers'])}){NB})?\s*:\s*", F)

_STOP_WORDS = _words("active_verbs", "outrank_verbs", "passive_verbs", "giving_verbs",
                     "adverbs", "rank_heads", "name_stops", "intro_words", "pronouns",
                     "possessive_nouns", "giving_prepositions")
STOP = rf"(?:{_alt(_STOP_WORDS)}){NB}"

# One word of a name: capitalised (TP-PKK, RW., Kabupaten/Kota, DKI), a bracketed
# alternative "(Pemprov)", or a number after the first word ("SDN Depok 1", "RW 09").
CAP = rf"(?!(?i:{STOP}))(?:\p{{Lu}}[\p{{L}}\p{{M}}\p{{N}}'’.&/-]*)"
PAREN = r"\((?=[^()\n]*\p{L})[^()\n]{1,60}\)"
NUM = r"\d[\d./]*"
# "dan"/"&" join words of one institution ("Dinas Kependudukan dan Pencatatan Sipil");
# two institutions joined so are split again afterwards (``_split_units``).
# "RSUD dr. Soetomo": a lower-case honorific inside a name.
HONORIFIC = r"(?:dr|drg|ir)\.(?=[ \t]+\p{Lu})"
NAME = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?<!(?i:se)-){CAP}"
    rf"(?:[ \t]+(?:(?:dan|&|–)[ \t]+)?(?:{CAP}|{PAREN}|{NUM}{NB}|se-\p{{L}}+|{HONORIFIC}))*")
# "MUARASABAK-", "Jakarta, 21 Desember 2023- ", "Diskominfo, Lubuk Pakam - ": a dateline.
DATELINE = regex.compile(
    r"""(?P<dl>(?=[^\n]{0,60}?(?:\p{Lu}{4,}|,|\d))
            (?:[\p{Lu}\p{N}][\p{L}\p{N}.()/]*[ ,]*){1,6}?)
        \s*[-–—]+\s*(?=\p{Lu})""",
    regex.VERBOSE)
INTRO = regex.compile(rf"(?:\s*(?:{_alt(WORDS['intro_words'])}){NB}[\s,]*)+", F)
# "sudah dua kali mendapat": a count of wins stands between subject and verb too.
_TAIL_WORDS = WORDS["adverbs"] + ["yang", "ini", "itu", "tersebut"]
ADVERB_TAIL = regex.compile(
    rf"(?:[\s,]+|{NA}(?:{_alt(_TAIL_WORDS)}){NB}|{NA}(?:\d+|{_alt(_CARDINALS)})\s+kali{NB})+$", F)
BULLET = regex.compile(r"\s*(?:[-•*–]|\d{1,2}[.)])\s*")

# Small patterns of the rules below.
KE_PREFIX = regex.compile(r"^ke-?\s?", regex.IGNORECASE)
SPACES = regex.compile(r"\s+")
YEAR = regex.compile(r"\d{4}")
NAME_TAIL = regex.compile(r"[\s,.;:]+$")
TAHUN_TAIL = regex.compile(r"\s+tahun$", regex.IGNORECASE)
QUOTE_TAIL = regex.compile(r"[\s,.;:“”\"‘’']+$")
PERSON_WORD = regex.compile(r"(?:\p{Lu}[\p{Ll}'’]*|\p{Lu}\p{Ll}{0,2}\.)$")
UNIT_JOIN = regex.compile(r"\s+(?:dan|&|serta)\s+(?=(\p{L}+))")
SHORT_ABBREVIATION = regex.compile(r"(?:^|\s)\p{L}{1,3}\.$")
CHAIN_JOIN = regex.compile(r"\s*(?:,|,?\s+(?:dan|serta))\s*")
YANG_TAIL = regex.compile(r"\byang\s*$", regex.IGNORECASE)
LINE_BREAK = regex.compile(r"\n\s*")
COMMA = regex.compile(r",\s*")
LIST_SEP = regex.compile(r"\s*(?:,|;)\s*(?:(?:dan|serta)\s+)?|\s+(?:dan|serta)\s+")
NAMED_AWARD_NOUN = regex.compile(r"(?i:penghargaan|anugerah)\s+(\p{Lu}\p{Ll}{3,})(?![\p{L}])")
DINOBATKAN_SEBAGAI = regex.compile(r"\s+(?:\p{L}+\s+)?(?:sebagai|menjadi)\s", regex.IGNORECASE)
BLANKS = regex.compile(r"[ \t]*")
KATEGORI = regex.compile(r"\bkategori\b", regex.IGNORECASE)
CLAUSE_STOP = regex.compile(
    r"[;]|\s(?:sedangkan|sementara|dimana|di\s+mana|disusul|diikuti|mengungguli)\s", regex.IGNORECASE)
LETTER = regex.compile(r"\p{L}")
ITEM_TAIL = regex.compile(r"[\s;,.:]*(?:(?:dan|serta)[\s;,.:]*)?$", regex.IGNORECASE)
ITEM_AND = regex.compile(r"[\s;,]+(?:dan|serta)$", regex.IGNORECASE)
KATEGORI_HEAD = regex.compile(r"^kategori\s+", regex.IGNORECASE)
NORM_MARKS = regex.compile(r"[\s“”\"‘’'()]+")
FIELD_OPENER = regex.compile(r"^\s*(?:(?:serta|dan|kemudian|selanjutnya|lalu)\b\s*,?\s*)*", regex.IGNORECASE)

ACTIVE = set(w.lower() for w in WORDS["active_verbs"])
RANK_ONLY = set(w.lower() for w in WORDS["rank_only_verbs"])
OUTRANK = set(w.lower() for w in WORDS["outrank_verbs"])
PASSIVE = set(w.lower() for w in WORDS["passive_verbs"])
GIVING = set(w.lower() for w in WORDS["giving_verbs"])
POSSESSIVE = set(w.lower() for w in WORDS["possessive_nouns"])
_VERBS = _words("active_verbs", "outrank_verbs", "passive_verbs", "giving_verbs", "possessive_nouns")
VERB = regex.compile(rf"{NA}(?P<v>{_alt(_VERBS)}){NB}", F)
# "diserahkan langsung oleh Menteri PUPR kepada", "memberikan penilaian berbasis riset kepada".
_LOWER_WORDS = r"(?-i:[\p{Ll}\p{N}-]+)(?:\s+(?-i:[\p{Ll}\p{N}-]+)){0,5}?"
GIVING_PREP = regex.compile(
    rf"(?:\s+(?:langsung|secara\s+langsung|oleh\s+[^,.;]{{1,80}}?|{_LOWER_WORDS})){{0,2}}?"
    rf"\s+(?:{_alt(WORDS['giving_prepositions'])})\s+", F)
AGENT = regex.compile(r"\s+oleh\s+", F)

# The cheap pre-filter: a sentence without any of these words holds no award.
_TRIGGERS = _words("award_nouns", "nomination_nouns", "nominee_nouns", "rank_heads",
                   "outrank_verbs") + ["dinobatkan", "dianugerahi", "penganugerahan"]
TRIGGER = regex.compile(rf"{NA}(?:{_alt(_TRIGGERS)}|WTP|Wajar\s+Tanpa){NB}", regex.IGNORECASE)

# Award names: "TOP GPR Award 2021", "Moeslim Choice Awards ke-5 Tahun 2022";
# "Anugerah Parahita Ekapraya (APE) tahun 2020"; "pada ajang Anugerah Keterbukaan ...".
# "Dana Bagi Hasil" is a name: "bagi" ends a category, not an award's name.
AW_STOP = rf"(?:{_alt(w for w in _STOP_WORDS if w != 'bagi')}){NB}"
AW_TOK = (rf"(?!(?i:{AW_STOP}|(?:{_alt(WORDS['category_heads'])}){NB}))"
          rf"(?:\p{{Lu}}[\p{{L}}\p{{M}}\p{{N}}&'’.-]*|{PAREN})")
YEAR_TAIL = r"(?:[ \t]+ke-\d+)?(?:[ \t]+(?i:tahun)[ \t]+\d{4}|[ \t]+\d{4})?"
AW_NUM = r"\d[\d.:/]*(?![\p{L}\p{N}])"
AWARD_NAMED = regex.compile(
    rf"{NA}{AW_TOK}(?:[ \t]+(?:{AW_TOK}|{AW_NUM})){{0,7}}[ \t]+(?:Awards?|AWARDS?){NB}{YEAR_TAIL}"
    rf"|{NA}(?:Awards?|AWARDS?)[ \t]+\d{{4}}{NB}")
AWARD_NOUN_NAME = regex.compile(
    rf"{NA}(?P<noun>(?i:{_alt(WORDS['name_nouns'])}))[ \t]+(?P<rest>{AW_TOK}(?:[ \t]+(?:{AW_TOK}|{AW_NUM}))*){YEAR_TAIL}")
EVENT_NAME = regex.compile(
    rf"{NA}(?i:{_alt(WORDS['event_words'])})[ \t]+(?P<name>{AW_TOK}(?:[ \t]+(?:{AW_TOK}|{AW_NUM}|ke-\d+))*){YEAR_TAIL}")
# A category runs to a preposition or a rank ("sebagai Provinsi terbaik | peringkat 2");
# "terbaik" alone belongs to it.
_CATEGORY_STOPS = _alt(WORDS["name_stops"] + [w for w in WORDS["rank_heads"] if w != "terbaik"])
COMPETITION = regex.compile(r"(?:lomba|kompetisi|festival)\s", regex.IGNORECASE)
# A contest named in lower case: "lomba bahasa Inggris dan bahasa Arab", "lomba desa".
_CONTEST_STOPS = _alt([w for w in WORDS["name_stops"] + WORDS["rank_heads"] if w not in ("dan", "serta")])
LOWER_CONTEST = regex.compile(
    rf"(?<![\p{{L}}])(?:lomba|kompetisi)(?:[ \t]+(?!(?:{_CONTEST_STOPS}|ini|itu|tersebut){NB})"
    rf"[\p{{L}}\p{{N}}-]+){{1,6}}")
CATEGORY = regex.compile(
    rf"""{NA}(?P<lead>sebagai|kategori|(?-i:Bidang|Klaster))\s+(?!salah\s+satu)
        (?P<cat>[\p{{L}}\p{{N}}“”"‘’'/&-]+(?:\s+(?!(?:{_CATEGORY_STOPS}){NB}|terbaik\s+{ORD})[\p{{L}}\p{{N}}“”"‘’'/&().-]+){{0,6}})""",
    F)
NOUN_KEPADA = regex.compile(
    rf"{NA}(?:{_alt(_GIVEN)}){NB}[^.;:\n]{{0,60}}?\s(?:kepada|kpd)\s+", F)
# "Kedua penghargaan tersebut diterima oleh Wakil Bupati X": an award already stated, here
# received by someone on the recipient's behalf.
ANAPHORIC_NP = regex.compile(
    rf"\s*(?:\p{{L}}+\s+){{0,2}}(?:{_alt(WORDS['award_nouns'])})(?:\s+\p{{L}}+)?\s+(?:{_alt(WORDS['anaphora'])})\s*", F)
CATEGORY_HEAD = regex.compile(rf"\s*(?:{_alt(WORDS['category_heads'])}){NB}", F)
FIELD_LIST = regex.compile(
    rf"{NA}(?:ini|tersebut)\s+(?:meliputi|yaitu|yakni|antara\s+lain|di\s*antaranya|terdiri\s+(?:dari|atas))\s*:?\s*", F)
FIELD_GOES_ON = regex.compile(
    rf"(?:(?:kemudian|selanjutnya|lalu|serta|dan)\s*,?\s*)?(?:{_alt(WORDS['category_heads'])}){NB}[^;]*;", F)
JOIN_BEFORE = regex.compile(r"(?:,|\s(?:dan|serta))\s+$", regex.IGNORECASE)
ANAPHORIC_OBJECT = regex.compile(
    rf"\s+(?:\p{{L}}+\s+){{0,1}}(?:{_alt(WORDS['award_nouns'])})\s+(?:{_alt(WORDS['anaphora'])}){NB}", F)
# Words that open an award's or a contest's name, never a winner's.
NOT_A_WINNER = set(w.lower() for w in WORDS["award_nouns"] + WORDS["event_words"]
                   + WORDS["category_heads"] + WORDS["nomination_nouns"]) | {"tingkat", "tahun"}
# Two fields of one contest sharing their head word: "lomba bahasa Inggris dan bahasa Arab".
FIELD_PAIR = regex.compile(
    r"(?<![\p{L}])(?:lomba|kompetisi|kategori|bidang|cabang)\s+"
    r"(?P<a>(?P<w1>\p{Ll}+)\s+\p{L}+)\s+(?:dan|serta)\s+(?P<b>(?P<w2>\p{Ll}+)\s+\p{L}+)(?![\p{L}])",
    regex.IGNORECASE)
MANNER = regex.compile(r"(?i)\b(?:dengan|sekaligus)\s+$")
RESULT_OPEN = regex.compile(r"(?i)(?:,|\bdan|\bserta|\bsedangkan|\bsementara|\badapun|\bdimana|^)\s*$")
# "juara kedua Kota Batu", "juara I lomba ini adalah Desa Sukamaju", "peringkat pertama
# ditempati oleh …" (the passive verbs are handled as verbs).
RESULT_LINK = regex.compile(
    r"(?:[ \t]+(?:[\p{Ll}-]+[ \t]+){0,4}?(?P<copula>adalah|ialah|yaitu|yakni|jatuh\s+kepada|diberikan\s+kepada))?[ \t]+(?=\p{Lu})")
LOCATED_RANK = regex.compile(r"\s*,?\s+(?:(?:yang\s+)?berada\s+)?(?:di|pada)\s+", F)

GENERIC = set(w.lower() for w in WORDS["generic_words"])
UNIT_HEADS = set(w.lower() for w in WORDS["unit_heads"])
TITLES = regex.compile(rf"(?:{_alt(WORDS['title_words'])}){NB}", F)
PRONOUNS = set(w.lower() for w in WORDS["pronouns"])
CEREMONY = regex.compile(rf"{NA}(?:{_alt(WORDS['ceremony_words'])}){NB}", F)
UNIT_NAME = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?:Pemerintah[ \t]+)?(?:Provinsi|Kabupaten|Kota|Pemprov|Pemkab|Pemkot)(?:[ \t]+{CAP}){{1,4}}")
# "… oleh Kepala Perwakilan BPK dan untuk ketujuh kalinya mendapatkan": a second clause
# whose subject is left out.
ELIDED = regex.compile(r"(?:\bdan|\bserta|,)\s+(?:[\p{Ll}\p{N}-]+\s+){0,4}$")
# Dates of other events in an award sentence: "sejak dilantik pada 12 April 2016 silam".
BACKGROUND_BEFORE = regex.compile(r"(?i)\b(?:sejak|dilantik|lahir|berdiri|dibentuk|menjabat)\b[^,.;]*$")
BACKGROUND_AFTER = regex.compile(r"(?i)\s+(?:silam|yang\s+lalu)\b")
# "untuk bisa mendapatkan piala Adipura", "menargetkan meraih": a goal, not a win.
GOAL_BEFORE = regex.compile(
    r"(?i)\b(?:untuk|agar|supaya|bisa|dapat|ingin|target|menargetkan|targetkan|berharap|harus|akan|mampu|berupaya|demi)\s+(?:\p{L}+\s+)?$")
WISH = regex.compile(r"(?i)\b(?:semoga|mudah-mudahan|diharapkan|harapannya|berharap|targetnya|menargetkan)\b")
PERSONAL_PRONOUN = regex.compile(r"(?i)(?<![\p{L}])(?:ia|dia|beliau)$")
PREP_TAIL = regex.compile(r"(?:^|\s)(?:di|dari|ke|untuk|pada|dalam|bagi|oleh|kepada|atas)\s+$", regex.IGNORECASE)
APPOSITION = regex.compile(
    r"(?<![\p{L}\p{N}])(?P<n>\p{Lu}[\p{L}'’.]*(?:[ \t]+\p{Lu}[\p{L}'’.]*){0,3})\s*,\s+\p{Ll}[\p{Ll} \t]{0,30}$")
INSTITUTION_NOUN = regex.compile(r"(?i)(?:pe|ke)\p{L}{3,}an$")
DIRECTIONS = {"utara", "selatan", "timur", "barat", "tengah", "raya", "besar"}
TOKEN = regex.compile(r"[\p{L}\p{N}]+")


@dataclass(frozen=True, slots=True)
class _Info:
    rank: int | None = None
    rank_text: str | None = None
    award: str | None = None
    category: str | None = None

    @property
    def is_award(self) -> bool:
        return self.rank is not None or self.rank_text is not None or self.award is not None


@dataclass(frozen=True, slots=True)
class _Cand:
    start: int
    end: int
    info: _Info
    sent: tuple[int, int]
    source: str
    in_title: bool = False


# --- ranks, awards, categories in a stretch of text -----------------------------------------

def _ord_value(text: str) -> int | None:
    t = KE_PREFIX.sub("", text)
    if t.isdigit():
        return int(t)
    hit = _ORD_ROWS.get(t) or _ORD_ROWS.get(t.lower())
    return hit[0] if hit else None


def _rank(text: str, start: int, end: int) -> tuple[int | None, str | None, int] | None:
    """The first rank phrase in text[start:end]: (rank, rank_text, offset)."""
    for m in RANK.finditer(text, start, end):
        head, qual, ord_ = m.group("head").lower(), m.group("qual"), m.group("ord")
        if not ord_ and not qual:
            continue
        if qual and head != "juara":
            continue
        rank_text = m.group(0).strip()
        if qual and _ORD_ROWS.get(qual.lower(), (None,))[0] is None:
            return None, rank_text, m.start()
        if ord_:
            return _ord_value(ord_), rank_text, m.start()
        return _ORD_ROWS[qual.lower()][0], rank_text, m.start()
    return None


def _opinion(m: regex.Match) -> tuple[str, str]:
    """(rank_text, award) of an audit opinion: ("WTP", "Opini Wajar Tanpa Pengecualian")."""
    short = m.group("short") or _LONG_TO_SHORT[SPACES.sub(" ", m.group("long")).lower()]
    return short, "Opini " + OPINIONS[short]


def _info(text: str, start: int, end: int, doc_nouns: regex.Pattern | None = None) -> _Info:
    """What a clause says of the award: rank, rank_text, award name, category."""
    rank = rank_text = None
    found = _rank(text, start, end)
    if found:
        rank, rank_text, _ = found
    opinion = OPINION.search(text, start, end)
    if rank is None and rank_text is None:
        if opinion:
            rank_text = _opinion(opinion)[0]
        else:
            pred = PREDICATE.search(text, start, end)
            lvl = LEVEL_AFTER_KATEGORI.search(text, start, end)
            grade = GRADE.search(text, start, end)
            if lvl:
                rank_text = lvl.group("lvl")
            elif grade:
                rank_text = grade.group(0)
            elif pred:
                value = pred.group("q") or pred.group("w") or pred.group("sb")
                if value and value.lower() not in GENERIC:
                    rank_text = value
            if rank_text is None:
                nom = NOMINATION.search(text, start, end)
                top = TOP_N.search(text, start, end)
                if top:
                    rank_text = top.group(0)
                elif nom:
                    rank_text = nom.group("nom")
    award = _award_name(text, start, end, doc_nouns)
    if opinion and (award is None or OPINION.search(award)):
        award = _opinion(opinion)[1]
    return _Info(rank, rank_text, award, _category(text, start, end))


def _award_name(text: str, start: int, end: int, doc_nouns: regex.Pattern | None) -> str | None:
    m = AWARD_NAMED.search(text, start, end)
    if m:
        return _clean_name(m.group(0))
    m = EVENT_NAME.search(text, start, end)
    if m and COMPETITION.match(m.group(0)):
        return _clean_name(m.group(0))
    if m and (AWARD_NOUN.search(m.group("name")) or YEAR.search(m.group(0))):
        return _clean_name(m.group(0)[m.start("name") - m.start():])
    m = AWARD_NOUN_NAME.search(text, start, end)
    if m:
        noun = m.group("noun")
        name = m.group(0) if noun[0].isupper() else m.group(0)[m.start("rest") - m.start():]
        if _key_tokens(m.group("rest")):
            return _clean_name(name)
    if doc_nouns is not None:
        m = doc_nouns.search(text, start, end)
        if m:
            return _clean_name(m.group(0))
    m = LOWER_CONTEST.search(text, start, end)
    if m:
        return _clean_name(m.group(0))
    return None


def _clean_name(name: str) -> str | None:
    name = NAME_TAIL.sub("", name)
    name = TAHUN_TAIL.sub("", name)
    return name or None


def _category(text: str, start: int, end: int) -> str | None:
    """"Kategori Dinas" (a capitalised head is part of the name), "kategori kepengurusan",
    "sebagai Provinsi terbaik", "Bidang Pelayanan Publik"; a category given with "kategori"
    wins over a "sebagai" phrase."""
    found = []
    for m in CATEGORY.finditer(text, start, end):
        cat = QUOTE_TAIL.sub("", m.group("cat")).strip("“”\"‘’' ")
        lead = m.group("lead")
        if not cat or cat.lower() in _LEVELS or RANK.match(cat) or NOMINATION.fullmatch(cat) \
                or NOMINEE.fullmatch(cat) or GRADE.match(cat):
            continue
        if lead[0].isupper() and lead.lower() != "sebagai":
            cat = text[m.start("lead"):m.start("cat")] + cat
        elif cat.lower() in GENERIC:
            continue
        found.append((lead.lower() == "sebagai", m.start(), cat))
    return min(found)[2] if found else None


# --- recipients -----------------------------------------------------------------------------

def _key_tokens(name: str) -> list[str]:
    return [t for t in (x.lower() for x in TOKEN.findall(name)) if t not in GENERIC and t != "dan"]


def _valid(name: str) -> bool:
    if not name or not name[0].isupper() or len(name) > 140:
        return False
    if name.lower() in PRONOUNS:
        return False
    keys = _key_tokens(name)
    return bool(keys) and not all(k.isdigit() for k in keys)


def _person_like(name: str) -> bool:
    """A personal name: one to four capitalised words, none an institution word
    ("Pemberdayaan", "Kependudukan": pe-/ke- ... -an nouns name offices, not people)."""
    toks = name.split()
    return (1 <= len(toks) <= 4
            and all(PERSON_WORD.match(t) for t in toks)
            and not any(t.lower().strip(".") in GENERIC or t.lower() in UNIT_HEADS
                        or INSTITUTION_NOUN.match(t) for t in toks))


def _split_units(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split "Provinsi DKI Jakarta dan Provinsi Sumatera Selatan" where a unit head follows."""
    parts = []
    pos = start
    for m in UNIT_JOIN.finditer(text[start:end]):
        if m.group(1).lower() in UNIT_HEADS:
            parts.append((pos, start + m.start()))
            pos = start + m.end()
    parts.append((pos, end))
    return parts


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a trailing full stop that is no abbreviation's ("Selatan." but not "RW.")."""
    while end > start and text[end - 1] in ".,;: \t":
        if text[end - 1] == "." and SHORT_ABBREVIATION.search(text[start:end]):
            break
        end -= 1
    return start, end


def _chain_back(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Name runs that end at ``hi``, walking back over ", " and " dan " joins (last first)."""
    runs = [m.span() for m in NAME.finditer(text, lo, hi)]
    chain: list[tuple[int, int]] = []
    end = hi
    for s, e in reversed(runs):
        s, e = _trim(text, s, e)
        if e != end and not (chain and CHAIN_JOIN.fullmatch(text[e:end])):
            break
        chain.append((s, e))
        end = s
    return chain


UNIT_LEVELS = {"rt": 0, "rw": 0, "desa": 1, "kelurahan": 1, "kampung": 1, "kecamatan": 2, "kabupaten": 3, "kota": 3,
               "pemkab": 3, "pemkot": 3, "provinsi": 4, "pemprov": 4}


def _unit(name: str) -> str | None:
    """The kind of government unit a name opens with: "Pemerintah Kota X" -> "kota"."""
    words = [w.lower() for w in TOKEN.findall(name)[:3]]
    if words and words[0] == "pemerintah":
        words = words[1:]
    if not words:
        return None
    kind = {"pemkab": "kabupaten", "pemkot": "kota", "pemprov": "provinsi"}.get(words[0], words[0])
    return kind if kind in UNIT_LEVELS else None


def _address(text: str, prev: tuple[int, int], nxt: tuple[int, int]) -> bool:
    """Is ``nxt`` the larger unit that contains ``prev`` ("Kelurahan Ratujaya, Kecamatan
    Cipayung"), part of an address rather than another winner?"""
    levels = [UNIT_LEVELS[w.lower()] for w in TOKEN.findall(text[prev[0]:prev[1]])
              if w.lower() in UNIT_LEVELS]
    b = _unit(text[nxt[0]:nxt[1]])
    return bool(levels and b) and UNIT_LEVELS[b] > max(levels)


def _starts_unit(text: str, pos: int) -> bool:
    word = TOKEN.match(text, pos)
    return bool(word) and word.group(0).lower() in UNIT_HEADS


def _subject(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Recipient spans of an active verb at ``hi`` whose clause opens at ``lo``."""
    region = text[lo:hi]
    # "Selamat kepada Kabupaten Gunungkidul yang meraih …": the head of a relative clause is
    # its subject, whatever preposition governs it.
    relative = bool(YANG_TAIL.search(region))
    m = ADVERB_TAIL.search(region)
    if m:
        hi = lo + m.start()
    intro = INTRO.match(text, lo, hi)
    if intro:
        lo = intro.end()
    if hi <= lo:
        return []
    chain = _chain_back(text, lo, hi)
    if not chain:
        return []
    chain.reverse()
    before = text[lo:chain[0][0]]
    reaches_start = not before.strip(" \t,")
    if not reaches_start and not relative and PREP_TAIL.search(before):
        # "tenaga kesehatan di Kota Depok mendapatkan": the name is a place, not the subject;
        # "Dari Kemenpan RB, Disdukcapil Kota Depok mendapat": the giver, then the subject.
        if len(chain) == 1 or before.strip(" \t,").count(" ") > 0:
            return []
        chain = chain[1:]
        before = text[lo:chain[0][0]]
    if not reaches_start:
        # "Restu Nur Wahyudin, guru SMP Dian Didaktika Kota Depok berhasil meraih": the
        # person first, then what they are.
        app = APPOSITION.search(before)
        if app and _person_like(app.group("n")):
            return [_trim(text, lo + app.start("n"), lo + app.end("n"))]
    last = chain[-1]
    if len(chain) > 1 and _person_like(text[last[0]:last[1]]):
        # "Wali Kota Depok, Mohammad Idris dinobatkan", "TP-PKK Kelurahan X, Selvi Winarni,
        # berhasil meraih": the person, not the office.
        return [last]
    if not reaches_start and not _starts_unit(text, chain[0][0]):
        chain = chain[-1:]
    # Parts that open with a unit word start a new recipient ("Kota Batu, Kabupaten Malang
    # dan Kota Malang"); other parts continue one name ("Badan Perencanaan Pembangunan,
    # Penelitian dan Pengembangan Daerah").
    groups: list[list[int]] = []
    for s, e in chain:
        if not groups or (_starts_unit(text, s) and not _address(text, tuple(groups[-1]), (s, e))):
            groups.append([s, e])
        else:
            groups[-1][1] = e
    # "Tekan Kemiskinan Lintas Sektor, Pemkab Bogor Raih …": a headline's phrase before
    # the unit that won.
    if len(groups) > 1 and not _starts_unit(text, groups[0][0]):
        unit_led = [g for g in groups if _starts_unit(text, g[0])]
        if unit_led:
            groups = unit_led
    out: list[tuple[int, int]] = []
    for s, e in groups:
        out.extend(_split_units(text, s, e))
    return out


def _lines(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A sentence cut before each line that a rank opens ("…, yaitu:⏎Juara I …;⏎Juara II …")."""
    cuts = [s]
    for m in LINE_BREAK.finditer(text[s:e]):
        pos = s + m.end()
        b = BULLET.match(text, pos, e)
        at = b.end() if b else pos
        found = _rank(text, at, min(e, at + 40))
        if found and found[2] == at:
            cuts.append(pos)
    spans = []
    for a, b in zip(cuts, cuts[1:] + [e]):
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            spans.append((a, b))
    return spans


def _forward(text: str, pos: int, hi: int) -> list[tuple[int, int]]:
    """Recipient spans starting at ``pos``: one name, a list, or "Title X, Name"."""
    m = NAME.match(text, pos, hi)
    if not m:
        return []
    s, e = _trim(text, *m.span())
    nxt = COMMA.match(text[e:hi])
    if nxt and TITLES.match(text, s):
        m2 = NAME.match(text, e + nxt.end(), hi)
        if m2:
            s2, e2 = _trim(text, *m2.span())
            if _person_like(text[s2:e2]):
                return [(s2, e2)]
    spans = _split_units(text, s, e)
    # A list: "Kota Batu, Kabupaten Malang, Kota Malang dan Kota Kediri".
    while True:
        sep = LIST_SEP.match(text[e:hi])
        if not sep:
            break
        m2 = NAME.match(text, e + sep.end(), hi)
        if not m2:
            break
        s2, e2 = _trim(text, *m2.span())
        word = TOKEN.match(text, s2)
        if not word or word.group(0).lower() not in UNIT_HEADS or text[s2:e2].strip() == word.group(0):
            break
        if _address(text, spans[-1], (s2, e2)):
            spans[-1] = (spans[-1][0], e2)
        else:
            spans.extend(_split_units(text, s2, e2))
        e = e2
    return spans


# --- sentences ------------------------------------------------------------------------------

def _doc_nouns(text: str) -> regex.Pattern | None:
    """Names an article gives its award with a noun ("tujuh penghargaan Arindama"), so that
    "menerima Grand Arindama Bidang Pelayanan Publik" counts too."""
    names = set()
    for m in NAMED_AWARD_NOUN.finditer(text):
        word = m.group(1)
        if word.lower() not in GENERIC and word.lower() not in _STOP_SET:
            names.add(word)
    if not names:
        return None
    return regex.compile(rf"(?:{AW_TOK}[ \t]+){{0,3}}(?:{_alt(names)}){NB}(?:[ \t]+{AW_TOK}){{0,5}}")


_STOP_SET = set(w.lower() for w in _STOP_WORDS)


def _qualifies(text: str, start: int, end: int, verb: str, doc_nouns) -> bool:
    window_end = min(end, start + 160)
    near = min(end, start + 60)
    if NOMINEE.search(text, start, near) and not _rank(text, start, near):
        return False
    if NEGATIVE.search(text, start, window_end) or CONTRACT.search(text, start, near):
        return False
    if verb in RANK_ONLY:
        if MONEY.search(text, start, near):
            return False
        return bool(_rank(text, start, near) or NOMINATION.search(text, start, near)
                    or TOP_N.search(text, start, near)) or \
            (verb in ("ditetapkan sebagai", "terpilih sebagai") and bool(AWARD_NOUN.search(text, start, window_end)))
    if verb == "dinobatkan":
        return bool(DINOBATKAN_SEBAGAI.match(text[start:window_end]))
    if verb == "dianugerahi":
        return True
    return bool(GIVEN_NOUN.search(text, start, window_end) or PRAISE_NAMED.search(text, start, window_end)
                or _rank(text, start, window_end)
                or OPINION.search(text, start, window_end) or NOMINATION.search(text, start, window_end)
                or (doc_nouns is not None and doc_nouns.search(text, start, window_end)))


def _sentence(text: str, s: int, e: int, doc_nouns, first_of_para: bool,
              persons: tuple[tuple[int, int], ...] = ()) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """Candidates of one sentence, and the subjects of its verbs (for a list that follows)."""
    out: list[_Cand] = []
    subjects: list[tuple[int, int]] = []
    lo = s
    if first_of_para:
        dl = DATELINE.match(text, s, e)
        if dl:
            lo = dl.end()
    verbs = list(VERB.finditer(text, lo, e))
    boundary = lo
    pending: _Info | None = None
    pending_at = lo
    for i, vm in enumerate(verbs):
        verb = SPACES.sub(" ", vm.group("v").lower())
        clause_end = verbs[i + 1].start() if i + 1 < len(verbs) else e
        obj_lo = vm.end()
        if verb in ACTIVE and (GOAL_BEFORE.search(text, max(boundary, vm.start() - 40), vm.start())
                               or WISH.search(text, boundary, vm.start())):
            boundary = vm.end()
            continue
        if verb in ACTIVE or verb in OUTRANK:
            subj = _subject(text, boundary, vm.start())
            if not subj and MANNER.search(text, boundary, vm.start()):
                # "Pemprov Sumsel kembali menorehkan prestasi dengan meraih …": the verb's
                # subject is the sentence's.
                head = NAME.match(text, lo, vm.start())
                if head:
                    subj = _subject(text, lo, _trim(text, *head.span())[1])
            if not subj and persons:
                subj = _pronoun_person(text, boundary, vm.start(), persons)
            subjects.extend(subj)
            if verb in OUTRANK:
                out.extend(_outrank(text, subj, vm, clause_end, (s, e), doc_nouns))
                boundary = clause_end
                continue
            ok = _qualifies(text, obj_lo, clause_end, verb, doc_nouns)
            # "Bupati Kudus Hartopo menerima penghargaan tersebut": an official takes the
            # award already stated for the institution.
            if ok and subj and ANAPHORIC_OBJECT.match(text, obj_lo, clause_end) \
                    and TITLES.match(text, subj[0][0]):
                boundary = vm.end()
                continue
            info = _info(text, obj_lo, _clause_stop(text, obj_lo, clause_end), doc_nouns) if ok else None
            if info is not None and not subj:
                pending, pending_at = info, vm.start()
            elif subj and (info is not None or pending is not None):
                if info is None or (not info.is_award and pending is not None):
                    # "Berhasil menyandang predikat Informatif, …, Pemerintah Kota Balikpapan
                    # memperoleh nilai 94,64 di kategori Pemerintah Kabupaten/Kota".
                    own = _category(text, obj_lo, _clause_stop(text, obj_lo, clause_end))
                    info = replace(pending, category=pending.category or own)
                # "menerima Penghargaan UHC dari … serta Sertifikat DBH dari …": two awards.
                names = _joined_names(text, obj_lo, clause_end) if ok else []
                infos = [replace(info, award=n) for n in names] if len(names) > 1 else [info]
                # "meraih juara II lomba Hatinya PKK dan juara III lomba Tertib Administrasi".
                parts = _rank_segments(text, obj_lo, _clause_stop(text, obj_lo, clause_end)) if ok else []
                if len(parts) > 1:
                    infos = [_merge_info(_info(text, a, b, doc_nouns), replace(info, rank=None, rank_text=None))
                             for a, b in parts]
                # "pemenang lomba bahasa Inggris dan bahasa Arab": one win in each field.
                pair = FIELD_PAIR.search(text, obj_lo, _clause_stop(text, obj_lo, clause_end)) if ok else None
                if pair and len(infos) == 1 and pair.group("w1").lower() == pair.group("w2").lower():
                    infos = [replace(info, category=pair.group(g)) for g in ("a", "b")]
                for span in subj:
                    if _valid(text[span[0]:span[1]]):
                        out.extend(_Cand(*span, x, (s, e), "rule:active") for x in infos)
            if ok and info is not None:
                out.extend(_list_after(text, obj_lo, clause_end, info, (s, e)))
            boundary = vm.end()
        elif verb in PASSIVE or verb in GIVING or verb in POSSESSIVE:
            pre = text[boundary:vm.start()]
            pos = vm.end()
            if verb in GIVING:
                prep = GIVING_PREP.match(text, pos, clause_end)
                if not prep:
                    boundary = vm.end()
                    continue
                pos = prep.end()
            else:
                agent = AGENT.match(text, pos, clause_end)
                pos = agent.end() if agent else BLANKS.match(text, pos).end()
                if verb in POSSESSIVE:
                    pos = BLANKS.match(text, pos).end()
            spans = _forward(text, pos, clause_end)
            anaphoric = bool(ANAPHORIC_NP.fullmatch(pre))
            rest_end = spans[-1][1] if spans else pos
            if spans and REPRESENTATIVE.match(text, rest_end, clause_end):
                anaphoric = True
            # "X menerima Grand Arindama yang diserahkan pada Sekretaris Daerah": the award
            # of X handed to the official who took it.
            if out and YANG_TAIL.search(pre):
                anaphoric = True
            info = _info(text, boundary, vm.start(), doc_nouns)
            after = _info(text, rest_end, _clause_stop(text, rest_end, clause_end), doc_nouns)
            info = _merge_info(info, after)
            nouns = GIVEN_NOUN if verb in GIVING else AWARD_NOUN
            has_award = bool(nouns.search(text, boundary, clause_end) or info.is_award
                             or (verb in GIVING and KATEGORI.search(pre)))
            # "urutan pertama ditempati Kabupaten Sambas dengan Rp 1,2 triliun": a table.
            if NEGATIVE.search(text, s, e) or MONEY.search(text, s, e):
                has_award = has_award and bool(AWARD_NOUN.search(text, s, e))
            if spans and not anaphoric and has_award:
                for span in spans:
                    if _valid(text[span[0]:span[1]]):
                        out.append(_Cand(*span, info, (s, e), "rule:passive" if verb not in GIVING else "rule:giving"))
            boundary = rest_end
        else:
            boundary = vm.end()
    if not verbs:
        kep = NOUN_KEPADA.search(text, lo, e)
        if kep:
            info = _info(text, lo, e, doc_nouns)
            for span in _forward(text, kep.end(), e):
                if _valid(text[span[0]:span[1]]):
                    out.append(_Cand(*span, info, (s, e), "rule:noun-kepada"))
    out.extend(_located(text, lo, e, (s, e), doc_nouns))
    out.extend(_rank_then_name(text, lo, e, (s, e), doc_nouns))
    if pending is not None and not out and ELIDED.search(text, lo, pending_at):
        # "… atas LKD Kabupaten Probolinggo … dan untuk ketujuh kalinya mendapatkan Opini
        # WTP": a verb whose subject is left out takes the unit named before it.
        units = [m for m in UNIT_NAME.finditer(text, lo, pending_at)
                 if not PREP_TAIL.search(text[lo:m.start()])]
        if units:
            span = _trim(text, *units[-1].span())
            if _valid(text[span[0]:span[1]]):
                out.append(_Cand(*span, pending, (s, e), "rule:elided-subject"))
    return out, subjects


def _rank_segments(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Stretches of an object that each open with a rank, joined by "dan", "serta", ","."""
    starts = []
    pos = lo
    while pos < hi:
        found = _rank(text, pos, hi)
        if not found:
            break
        at = found[2]
        if starts and not JOIN_BEFORE.search(text, starts[-1], at):
            break
        starts.append(at)
        pos = at + len(found[1])
    return [(a, b) for a, b in zip(starts, starts[1:] + [hi])]


def _joined_names(text: str, lo: int, hi: int) -> list[str]:
    """Award names with a capitalised noun joined by "dan", "serta" or a comma."""
    names: list[str] = []
    last_end = -1
    for m in AWARD_NOUN_NAME.finditer(text, lo, hi):
        if not m.group("noun")[0].isupper():
            continue
        if names and not JOIN_BEFORE.search(text, last_end, m.start()):
            continue
        name = _clean_name(m.group(0))
        if name and _key_tokens(m.group("rest")):
            names.append(name)
            last_end = m.end()
    return names


def _pronoun_person(text: str, lo: int, hi: int, persons) -> list[tuple[int, int]]:
    """"… menginspirasi Renita … hingga dia mendapatkan penghargaan": a personal pronoun as
    subject stands for the person the entity stage found last before it."""
    tail = ADVERB_TAIL.search(text, lo, hi)
    end = tail.start() if tail else hi
    pron = PERSONAL_PRONOUN.search(text, max(lo, end - 12), end)
    if not pron:
        return []
    before = [p for p in persons if p[1] <= pron.start() and pron.start() - p[1] < 400]
    return [before[-1]] if before else []


def _clause_stop(text: str, start: int, end: int) -> int:
    """Where a clause's own statement ends: before another winner's ("sedangkan ...")."""
    m = CLAUSE_STOP.search(text, start, end)
    return m.start() if m else end


def _merge_info(a: _Info, b: _Info) -> _Info:
    return _Info(a.rank if a.rank is not None else b.rank,
                 a.rank_text if a.rank_text is not None else b.rank_text,
                 a.award or b.award, a.category or b.category)


def _outrank(text, subj, vm, clause_end, sent, doc_nouns) -> list[_Cand]:
    """"X mengungguli Y di posisi kedua dan Z di posisi ketiga": X first, Y second, Z third."""
    out = []
    info = _info(text, vm.end(), clause_end, doc_nouns)
    if not (_rank(text, vm.end(), clause_end) or AWARD_NOUN.search(text, vm.end(), clause_end)):
        return out
    for span in subj:
        if _valid(text[span[0]:span[1]]):
            out.append(_Cand(*span, replace(info, rank=1, rank_text=None), sent, "rule:outrank"))
    return out


def _located(text, lo, hi, sent, doc_nouns) -> list[_Cand]:
    """"Y di posisi kedua", "Kota Bogor pada peringkat ketiga": a name with its rank."""
    out = []
    for m in NAME.finditer(text, lo, hi):
        s, e = _trim(text, *m.span())
        link = LOCATED_RANK.match(text, e, hi)
        if not link:
            continue
        found = _rank(text, link.end(), min(hi, link.end() + 40))
        if not found or found[2] != link.end() or found[0] is None \
                or NEGATIVE.search(text, link.end(), min(hi, link.end() + 80)):
            continue
        name = text[s:e]
        if _valid(name):
            info = _Info(found[0], found[1], _award_name(text, lo, hi, doc_nouns), None)
            out.append(_Cand(s, e, info, sent, "rule:located"))
    return out


def _rank_then_name(text, lo, hi, sent, doc_nouns) -> list[_Cand]:
    """Results without a verb of their own: "…, juara kedua Kota Batu, dan juara ketiga
    Kabupaten Malang", "juara I lomba ini adalah Desa Sukamaju"."""
    out = []
    for m in RANK.finditer(text, lo, hi):
        found = _rank(text, m.start(), m.end())
        if not found or found[0] is None or found[2] != m.start():
            continue
        link = RESULT_LINK.match(text, m.end(), hi)
        if not link:
            continue
        name = NAME.match(text, link.end(), hi)
        if not name:
            continue
        s, e = _trim(text, *name.span())
        # Without "adalah" the name after a rank is a winner only inside a list of results
        # and only a government unit ("juara kedua Kota Batu"); a list line "Juara II Gelari
        # Pelangi" names the contest.
        if not link.group("copula") and (
                m.start() == lo or not RESULT_OPEN.search(text, max(lo, m.start() - 12), m.start())
                or not _starts_unit(text, s)):
            continue
        first = TOKEN.match(text, s)
        if _valid(text[s:e]) and first and first.group(0).lower() not in NOT_A_WINNER:
            info = _Info(found[0], found[1], _award_name(text, m.end(), link.end(), doc_nouns), None)
            out.append(_Cand(s, e, info, sent, "rule:rank-then-name"))
    return out


def _list_after(text, lo, hi, info, sent) -> list[_Cand]:
    """"mendapatkan opini WTP: Kota Batu, Kabupaten Malang, ..." -> one record each."""
    m = LIST_OPENER.search(text, lo, hi)
    if not m or ":" not in m.group(0) and not LETTER.search(m.group(0)):
        return []
    out = []
    pos = m.end()
    first = NAME.match(text, pos, hi)
    if not first:
        return []
    spans = sorted(set(_forward(text, pos, hi)) | set(_plain_list(text, pos, hi)))
    for span in spans:
        if _valid(text[span[0]:span[1]]):
            out.append(_Cand(*span, info, sent, "rule:list"))
    return out


def _plain_list(text, pos, hi) -> list[tuple[int, int]]:
    """Every name of "A, B, C dan D" (when the items are not all government units)."""
    spans = []
    while pos < hi:
        m = NAME.match(text, pos, hi)
        if not m:
            break
        spans.extend(_split_units(text, *_trim(text, *m.span())))
        sep = LIST_SEP.match(text[m.end():hi])
        if not sep:
            break
        pos = m.end() + sep.end()
    return spans if len(spans) > 1 else []


def _rank_item(text: str, s: int, e: int, intro: list[tuple[int, int]], doc_nouns,
               intro_start: int | None = None) -> list[_Cand]:
    """A list line led by its rank: "Juara I kategori dokter gigi dari Puskesmas X, Nama;"."""
    b = BULLET.match(text, s, e)
    lo = b.end() if b else s
    found = _rank(text, lo, e)
    if not found or found[2] != lo:
        return []
    rank, rank_text, _ = found
    rank_end = lo + len(rank_text)
    body_end = e
    tail = ITEM_TAIL.search(text[rank_end:e])
    if tail:
        body_end = rank_end + tail.start()
    recipients: list[tuple[int, int]] = []
    comma = text.rfind(",", rank_end, body_end)
    if comma > 0:
        m = NAME.match(text, comma + 1 + len(text[comma + 1:body_end]) - len(text[comma + 1:body_end].lstrip()), body_end)
        if m and _trim(text, *m.span())[1] == body_end and _person_like(m.group(0)):
            recipients = [_trim(text, *m.span())]
            body_end = comma
    if not recipients:
        recipients = intro
    if not recipients:
        return []
    cat = ITEM_AND.sub("", text[rank_end:body_end]).strip(" \t\n;,")
    cat = KATEGORI_HEAD.sub("", cat) or None
    info = _Info(rank, rank_text, _award_name(text, rank_end, body_end, doc_nouns), cat)
    ev_start = min([s] + [a for a, _ in recipients])
    ev_start = intro_start if recipients is intro and intro_start is not None else ev_start
    return [_Cand(a, b_, info, (ev_start, e), "rule:rank-item") for a, b_ in recipients
            if _valid(text[a:b_])]


# --- the article ------------------------------------------------------------------------------

def _sentences(doc: Doc) -> list[tuple[int, int]]:
    """Sentence spans without their trailing space (the evidence spans)."""
    try:
        spans = [(sent.start_char, sent.end_char) for sent in doc.sents]
    except ValueError:
        spans = [(0, len(doc.text))]
    text = doc.text
    out = []
    for s, e in spans:
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.extend(_lines(text, s, e) if "\n" in text[s:e] else [(s, e)])
    return out


def _aliases(a: str, b: str) -> bool:
    """Do two mentions name the same recipient ("Pemprov Bengkulu" and "Pemerintah Provinsi
    (Pemprov) Bengkulu"; "Tanjab Timur" and "Kabupaten Tanjung Jabung Timur")?"""
    ua, ub = _unit(a), _unit(b)
    if ua and ub and ua != ub:
        return False
    ka, kb = _key_tokens(a), _key_tokens(b)
    if not ka or not kb or not (set(ka) | set(kb)) - DIRECTIONS:
        return False
    return _covered(ka, kb) or _covered(kb, ka)


def _covered(short: list[str], long: list[str]) -> bool:
    """Is every word of ``short`` a word of ``long`` or made of prefixes of consecutive
    words of it ("tanjab" of "tanjung jabung")?"""
    for word in short:
        if word in long:
            continue
        if len(word) < 3 or not any(_prefix_split(word, long, i, 0) for i in range(len(long))):
            return False
    return True


def _prefix_split(word: str, words: list[str], i: int, used: int) -> bool:
    if not word:
        return used >= 2
    if i >= len(words):
        return False
    w = words[i]
    for n in range(min(len(w), len(word)), 0, -1):
        if word[:n] == w[:n] and _prefix_split(word[n:], words, i + 1, used + 1):
            return True
    return False


def _norm(value: str | None) -> str | None:
    return NORM_MARKS.sub(" ", value).strip().lower() if value else None


def _awards_compatible(a: str | None, b: str | None) -> bool:
    """Can two names be one award ("Penghargaan UHC" in "Penghargaan Universal Health
    Coverage (UHC)")? An unnamed award fits any."""
    if not a or not b:
        return True
    ta, tb = set(TOKEN.findall(a.lower())), set(TOKEN.findall(b.lower()))
    return ta <= tb or tb <= ta


def _empty(info: _Info) -> bool:
    return info.rank is None and info.rank_text is None


def _same(a: _Cand, b: _Cand, text: str) -> bool:
    if _empty(a.info) != _empty(b.info):
        # "Penghargaan diterima oleh Disdukcapil" repeats "Disdukcapil Kota Depok mendapat
        # penghargaan ... kategori ‘Sangat Baik’".
        return _awards_compatible(a.info.award, b.info.award) and \
            _aliases(text[a.start:a.end], text[b.start:b.end])
    if a.info.rank != b.info.rank:
        return False
    if a.info.category and b.info.category and _norm(a.info.category) != _norm(b.info.category):
        return False
    ra, rb = _norm(a.info.rank_text), _norm(b.info.rank_text)
    if a.info.rank is None and ra != rb:
        return False
    return _awards_compatible(a.info.award, b.info.award) and _aliases(text[a.start:a.end], text[b.start:b.end])


ACRONYM = regex.compile(r"(?<![\p{L}])\p{Lu}{3,}(?![\p{L}])")


def _merge(cands: list[_Cand], text: str) -> list[_Cand]:
    """One record per recipient and award: the headline's and the body's statements, and
    the body's repetitions, merged. Candidates are compared only with kept ones that share
    a word of the name (or, for a name with an acronym such as "DPMPTSP", with the last
    few), so that a long list of winners stays linear."""
    kept: list[_Cand] = []
    index: dict[str, list[int]] = {}
    for c in sorted(cands, key=lambda c: (c.in_title, c.sent[0], c.start)):
        keys = _key_tokens(text[c.start:c.end])
        near = sorted({i for key in keys for i in index.get(key, ())})
        if not near and ACRONYM.search(text, c.start, c.end):
            near = list(range(max(0, len(kept) - 50), len(kept)))
        for i in near:
            k = kept[i]
            if _same(c, k, text):
                # Keep the statement that says more, and the fuller name.
                first, second = (c, k) if _empty(k.info) and not _empty(c.info) else (k, c)
                info = _merge_info(first.info, second.info)
                # The fullest form of the award's name in the article.
                longest = max((x for x in (k.info.award, c.info.award) if x), key=len, default=None)
                info = replace(info, award=longest)
                base = k
                if not c.in_title and c.end - c.start > k.end - k.start:
                    base = c
                kept[i] = replace(base, info=info)
                break
        else:
            kept.append(c)
            i = len(kept) - 1
        for key in keys:
            if i not in index.setdefault(key, []):
                index[key].append(i)
    return sorted(kept, key=lambda c: (c.sent[0], c.start))


def _with_evidence(c: _Cand, sentences: list[tuple[int, int]]) -> _Cand:
    """The evidence runs from the sentence that names the recipient when that is earlier."""
    if c.start >= c.sent[0]:
        return c
    start = max((s for s, _ in sentences if s <= c.start), default=c.sent[0])
    return replace(c, sent=(start, c.sent[1]))


def _fields(text: str, start: int, end: int) -> list[str]:
    """"Bidang A; Bidang B, C dan D; serta Bidang E." -> the fields, as written."""
    out = []
    for piece in text[start:end].split(";"):
        piece = FIELD_OPENER.sub("", piece)
        piece = piece.strip().rstrip(".,:").strip()
        if CATEGORY_HEAD.match(piece):
            out.append(piece)
    return out


def _field_lists(text: str, sentences: list[tuple[int, int]], cands: list[_Cand]) -> list[_Cand]:
    """"… tujuh penghargaan Arindama … Tujuh Arindama ini meliputi Bidang A; Bidang B; …":
    one record per field for the recipient stated before, the evidence running to the end
    of the list (corpus/GUIDELINES.md 3)."""
    i = 0
    while i < len(sentences):
        s, e = sentences[i]
        m = FIELD_LIST.search(text, s, e)
        if not m or not CATEGORY_HEAD.match(text, m.end(), e):
            i += 1
            continue
        fields = _fields(text, m.end(), e)
        end = e
        while i + 1 < len(sentences) and FIELD_GOES_ON.match(text, *sentences[i + 1]):
            i += 1
            fields += _fields(text, *sentences[i])
            end = sentences[i][1]
        before = [c for c in cands if c.sent[0] < s and not c.in_title]
        if before and len(fields) > 1:
            target = before[-1]
            cands = [c for c in cands if c is not target]
            cands += [replace(target, info=replace(target.info, category=f), sent=(target.sent[0], end),
                              source="rule:field-list") for f in fields]
        i += 1
    return sorted(cands, key=lambda c: (c.sent[0], c.start))


def _award_date(doc: Doc, text: str, start: int, end: int, ceremony: str | None) -> str | None:
    """The day an award was received: a day-exact date of its own sentence that is not
    background ("dilantik pada 12 April 2016 silam"); else, when the sentence speaks of no
    other year ("dari 2017 dan 2018"), the article's ceremony date."""
    mentions = [d for d in (doc._.dates or []) if start <= d.start and d.end <= end and d.value]
    for d in mentions:
        if d.granularity in ("day", "time") and not BACKGROUND_BEFORE.search(text, max(start, d.start - 30), d.start) \
                and not BACKGROUND_AFTER.match(text, d.end, end):
            return d.value[:10]
    if any(not ceremony or d.value[:4] != ceremony[:4] for d in mentions):
        return None
    if ceremony is None and not mentions:
        return dates.date_for_span(doc, start, end)
    return ceremony


def _ceremony_date(doc: Doc, sentences: list[tuple[int, int]], text: str) -> str | None:
    """An award story's ceremony or announcement date: the first day-exact date in a
    sentence that speaks of the award being given, received or announced."""
    starts = [s for s, _ in sentences]
    for d in doc._.dates or []:
        if d.granularity not in ("day", "time") or not d.value:
            continue
        i = bisect.bisect_right(starts, d.start) - 1
        if i >= 0 and d.start < sentences[i][1] and CEREMONY.search(text, *sentences[i]):
            return d.value[:10]
    return None


def find_awards(doc: Doc) -> list[Award]:
    """Every award or ranking stated in the Doc, one record per recipient and award."""
    text = doc.text
    sentences = _sentences(doc)
    paragraphs = doc._.paragraphs or []
    para_starts = {p[0] for p in paragraphs} or {0}
    title_end = paragraphs[0][1] if len(paragraphs) > 1 else -1
    doc_nouns = _doc_nouns(text) if TRIGGER.search(text) else None
    cands: list[_Cand] = []
    intro: list[tuple[int, int]] = []
    intro_start: int | None = None
    title_info = _Info()
    named: list[tuple[int, str]] = []
    persons = tuple((ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == "PER")
    for s, e in sentences:
        if not TRIGGER.search(text, s, e) and not (doc_nouns and doc_nouns.search(text, s, e)):
            # "TP-PKK Kelurahan Beji memborong prestasi di lima kategori, yaitu:" opens a
            # list of ranks that all go to its subject.
            intro = _sentence(text, s, e, doc_nouns, s in para_starts)[1] \
                if text[e - 1] == ":" else []
            intro_start = s if intro else None
            continue
        found, subjects = _sentence(text, s, e, doc_nouns, s in para_starts, persons)
        if not found and not subjects:
            found = _rank_item(text, s, e, intro, doc_nouns, intro_start)
        else:
            intro = subjects if text[s:e].rstrip().endswith(":") else []
            intro_start = s if intro else None
        if s < title_end:
            found = [replace(c, in_title=True) for c in found]
            if not found:
                title_info = _merge_info(title_info, _info(text, s, e, doc_nouns))
        elif not found:
            # "masuk sebagai nominator pada Malam Penganugerahan Keterbukaan Informasi Publik
            # (KIP) tahun 2024" names the award that the next sentence's winner won.
            name = _award_name(text, s, e, doc_nouns)
            if name:
                named.append((s, name))
        cands.extend(found)
    cands = [_with_evidence(c, sentences) for c in _field_lists(text, sentences, cands)]
    if not cands:
        return []
    # An award named once governs the article's other statements of it ("peringkat pertama
    # diraih Provinsi DKI Jakarta" is the TOP GPR Award 2021 of the sentence before).
    last_award = next((c.info.award for c in cands if c.in_title and c.info.award), title_info.award)
    # A ranking goes on in the same category: "peringkat pertama diraih Provinsi DKI
    # Jakarta" after "sebagai Provinsi terbaik peringkat 2".
    last_category = None
    filled = []
    for c in cands:
        while named and named[0][0] < c.sent[0]:
            last_award, last_category = named.pop(0)[1], None
        if c.info.award:
            last_award = c.info.award
            last_category = c.info.category if c.info.rank is not None else None
        elif last_award:
            category = c.info.category or (last_category if c.info.rank is not None else None)
            c = replace(c, info=replace(c.info, award=last_award, category=category))
        filled.append(c)
    merged = _merge(filled, text)
    # "Juara III Penilaian Kinerja" over a body that names the winner without the rank.
    unranked = [i for i, c in enumerate(merged) if _empty(c.info) and not c.in_title]
    if (title_info.rank is not None or title_info.rank_text) and len(unranked) == 1:
        i = unranked[0]
        merged[i] = replace(merged[i], info=_merge_info(merged[i].info, title_info))
    ceremony = _ceremony_date(doc, sentences, text)
    out = []
    for c in merged:
        date = _award_date(doc, text, c.sent[0], c.sent[1], ceremony)
        out.append(Award(recipient=Recipient(text[c.start:c.end], c.start, c.end),
                         rank=c.info.rank, rank_text=c.info.rank_text, award=c.info.award,
                         category=c.info.category, date=date, evidence_start=c.sent[0],
                         evidence_end=c.sent[1], source=c.source))
    return out


@Language.factory("warta_awards", assigns=["doc._.awards"])
def make_awards(nlp: Language, name: str):
    extensions.register()

    def component(doc: Doc) -> Doc:
        doc._.awards = find_awards(doc)
        return doc

    return component
