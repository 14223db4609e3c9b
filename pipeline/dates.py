"""Dates: Indonesian date expressions found and normalised against the publication date.

Takes a Doc with sentences (``doc._.published`` may be set); gives ``doc._.dates``
(DateMention records, in text order) and, when no publication date was given, one inferred
from the text in ``doc._.published`` with ``doc._.published_source = "inferred"``.

Values by granularity (``corpus/GUIDELINES.md`` section 2): ``day`` ``YYYY-MM-DD``;
``month`` ``YYYY-MM``; ``year`` ``YYYY``; ``time`` ``YYYY-MM-DDTHH:MM`` (local clock time as
written, the day taken from its sentence or paragraph, else for a single time the last
event day before it; null otherwise); a
week ("pekan lalu") has granularity null and an ISO week ``YYYY-Www``; a decade ("1960-an")
has both null. A span of years ("2025-2030") is one mention with value null; a span of
clock times ("pukul 07.00-10.00 WIB") is one mention valued by its start. A value that
cannot be resolved (a relative expression with no anchor, "beberapa hari lalu") is null.
A range or list of days or months ("28 Mei hingga 14 Juni 2020", "1-3 Juli 2020") gives
one mention per end, the first borrowing month and year from the last. ``source`` names
the rule (``rule:weekday_pair``, ``rule:full`` …).

All vocabularies come from ``pipeline/data/dates.yaml``. Matching is on characters with
patterns compiled once at import; no third-party date parser runs per document.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import regex
from spacy.language import Language
from spacy.tokens import Doc

from . import extensions, resources
from .records import DateMention
from .segment import paragraphs as text_paragraphs
from .segment import quoted_regions

DATA = resources.yaml_data("dates.yaml")

APOSTROPHES = "'’‘`"


def _norm(word: str) -> str:
    """Lower case, single spaces, one apostrophe: the key form of the data file."""
    out = " ".join(word.lower().split())
    for ch in APOSTROPHES[1:]:
        out = out.replace(ch, "'")
    return out


def _alt(forms) -> str:
    """A regex alternation of surface forms, longest first; spaces match any blank run."""
    parts = []
    for form in sorted(set(forms), key=lambda f: (-len(f), f)):
        piece = regex.escape(form)
        piece = piece.replace("\\ ", r"\s+").replace(" ", r"\s+")
        piece = piece.replace("'", f"[{APOSTROPHES}]").replace("\\'", f"[{APOSTROPHES}]")
        parts.append(piece)
    return "(?:" + "|".join(parts) + ")"


MONTHS: dict[str, int] = {_norm(f): int(n) for n, forms in DATA["months"].items() for f in forms}
# Month names that stand alone as a date ("pada Desember"); abbreviations need a day or year.
MONTH_NAMES = {f for f, n in MONTHS.items()
               if len(f) >= 5 or f == _norm(DATA["months"][n][0])}
WEEKDAYS: dict[str, int] = {_norm(f): int(n) for n, forms in DATA["weekdays"].items()
                            for f in forms}
DAY_PARTS = [_norm(f) for f in DATA["day_parts"]]
PM_DAY_PARTS = {_norm(f) for f in DATA["pm_day_parts"]}
NUMBER_WORDS: dict[str, int] = {_norm(k): int(v) for k, v in DATA["number_words"].items()}
VAGUE = {_norm(f) for f in DATA["vague_counts"]}
RELATIVE_DAYS: dict[str, int] = {_norm(k): int(v) for k, v in DATA["relative_days"].items()}
UNITS: dict[str, str] = {_norm(k): v for k, v in DATA["units"].items()}
DIRECTIONS: dict[str, int] = {_norm(k): int(v) for k, v in DATA["directions"].items()}
MODIFIERS = {_norm(f) for f in DATA["period_modifiers"]}
CONNECTORS = [_norm(f) for f in DATA["range_connectors"]]
TIME_CUES = [_norm(f) for f in DATA["time_cues"]]
TIME_ZONES = [_norm(f) for f in DATA["time_zones"]]
TEMPORAL_PREPOSITIONS = {_norm(f) for f in DATA["temporal_prepositions"]}
WEEKDAY_BLOCKERS = {_norm(f) for f in DATA["weekday_blockers"]}
YEAR_BLOCKERS_BEFORE = {_norm(f) for f in DATA["year_blockers_before"]}
YEAR_BLOCKERS_AFTER = {_norm(f) for f in DATA["year_blockers_after"]}
YEAR_TIME_WORDS = {_norm(f) for f in DATA["year_time_words"]}
EDITION_WORDS = {_norm(f) for f in DATA["edition_words"]}

# Word edges; a hyphen after a letter joins a reduplication ("tahun-tahun mendatang").
B0 = r"(?<![\p{L}\p{N}_])(?<!(?:tahun|bulan|hari|pekan|minggu)-)"
B1 = r"(?![\p{L}\p{N}_])"
MONTH = _alt(MONTHS)
MONTH_NAME = _alt(MONTH_NAMES)
WD = _alt(WEEKDAYS)
DP = _alt(DAY_PARTS)
CONN = _alt(CONNECTORS)
MOD = _alt(MODIFIERS)
NUMW = _alt(list(NUMBER_WORDS) + list(VAGUE))
UNIT = _alt(UNITS)
DIR = _alt(DIRECTIONS)
TZ = _alt(TIME_ZONES)
TCUE = _alt(TIME_CUES)
DAY_NOUN = _alt(_norm(f) for f in DATA["day_nouns"])
MONTH_NOUN = _alt(_norm(f) for f in DATA["month_nouns"])
YEAR_NOUN = _alt(_norm(f) for f in DATA["year_nouns"])
YEAR = r"(?:19|20)\d{2}"
RANGE_WORD = r"(?:-|–|—|hingga|sampai(?:\s+dengan)?|s\.d\.?|s/d)"

FLAGS = regex.IGNORECASE

#: Rules in priority order (an earlier rule wins a tie between spans of the same length).
RULES: list[tuple[str, regex.Pattern]] = [
    # The press convention: "Kamis (11/11) sore", "Senin malam (28/1/2019)", "Jumat 16/8",
    # "hari ini (27/1)", "pagi ini (16/10)" (the bracket gives the day).
    ("weekday_pair", regex.compile(
        rf"{B0}(?:(?:hari\s+)?(?P<wd>{WD})|(?P<rel>{_alt(RELATIVE_DAYS)})){B1}(?:\s+(?P<dp1>{DP}){B1})?\s*,?\s*"
        rf"(?P<par>\()?\s*(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})(?:\s*/\s*(?P<y>\d{{4}}|\d{{2}}))?"
        rf"(?![\d/])(?(par)\s*\)?)(?:\s+(?P<dp2>{DP}){B1})?",
        FLAGS)),
    # A dateline of a place in capitals and a bracketed day: "JAMBI (10/5) - Kementerian".
    ("dateline_pair", regex.compile(
        r"(?:^|(?<=\n))\p{Lu}[\p{Lu}\p{M} .'-]{2,40}[ \t]*,?[ \t]*(?P<par>\()(?P<d>\d{1,2})\s*/\s*"
        r"(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{4}|\d{2}))?\)(?=[ \t]*[-–—])")),
    # 30/06/2020, 30-06-2020, 2021-11-11, optionally after a weekday: "Selasa, 30/6/2020".
    ("numeric", regex.compile(
        rf"{B0}(?:(?:hari\s+)?(?P<wd>{WD}){B1}\s*,?\s*(?P<par>\()?\s*)?(?:(?P<noun>{DAY_NOUN})\s*)?"
        rf"(?:(?P<d>\d{{1,2}})(?P<sep>[/.-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})"
        rf"|(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}}))(?![\p{{L}}\p{{N}}_]|[/.-]\d)"
        rf"(?(par)\s*\))", FLAGS)),
    # The first end of a range or list: "28 Mei [hingga 14 Juni 2020]", "1[-3 Juli 2020]".
    ("range_start", regex.compile(
        rf"(?<![\p{{L}}\p{{N}}_/.-])(?:(?P<noun>{DAY_NOUN})\s*)?(?P<d>\d{{1,2}})(?:\s*(?P<m>{MONTH}){B1}(?:\s+(?P<y>\d{{4}}){B1})?)?"
        rf"(?=\s*{CONN}\s*(?:\d{{1,2}}\s*{CONN}\s*)*\d{{1,2}}\s*{MONTH}{B1})", FLAGS)),
    # 11 November 2021, tanggal 23 Juli 2020, Kamis, 11 Nov 2021, (Kamis, 11 November 2021).
    ("full", regex.compile(
        rf"{B0}(?:(?:hari\s+)?(?P<wd>{WD}){B1}(?:\s+{DP}{B1})?\s*,?\s*(?P<par>\()?\s*)?"
        rf"(?:(?P<noun>{DAY_NOUN})\s*)?(?P<d>\d{{1,2}})\s*(?P<m>{MONTH})(?:\.(?=\s*\d))?{B1}"
        rf"(?:\s*,?\s*(?P<y>\d{{4}}){B1}|\s+(?P<dir>{DIR}){B1})?(?(par)\s*\))", FLAGS)),
    # Month ranges: "Mei [hingga Juni 2020]".
    ("month_range_start", regex.compile(
        rf"{B0}(?P<m>{MONTH_NAME})(?:\s+(?P<y>{YEAR}))?{B1}"
        rf"(?=\s*{CONN}\s*{MONTH_NAME}{B1})", FLAGS)),
    # November 2021, awal Desember 2021, bulan Mei 2020.
    ("month_year", regex.compile(
        rf"{B0}(?:(?P<mod>{MOD})\s+)?(?:(?P<noun>{MONTH_NOUN})\s+)?(?P<m>{MONTH})\.?\s+"
        rf"(?P<y>{YEAR}){B1}", FLAGS)),
    # Relative days: "hari ini", "kemarin lusa".
    ("relative_day", regex.compile(rf"{B0}(?P<rel>{_alt(RELATIVE_DAYS)}){B1}", FLAGS)),
    # Counted or deictic units: "dua hari lalu", "pekan lalu", "akhir tahun ini", "sebulan lalu".
    ("relative_unit", regex.compile(
        rf"{B0}(?:(?P<mod>{MOD})\s+)?(?:(?P<n>\d{{1,3}}|{NUMW})\s+(?P<unit>{UNIT})"
        rf"|(?P<se>se)(?P<unit>{UNIT})|(?P<unit>{UNIT})){B1}(?:\s+(?P<dir>{DIR}){B1})?", FLAGS)),
    # Years: "tahun 2019", "akhir tahun 2021", "pada 2019", "periode 2019-2024".
    ("year", regex.compile(
        rf"{B0}(?:(?P<mod>{MOD})\s+)?(?:(?P<noun>{YEAR_NOUN})\s+)?(?P<y>{YEAR}){B1}"
        rf"(?P<decade>-an{B1})?(?:\s*(?P<conn>{RANGE_WORD}|/)\s*(?P<y2>{YEAR}){B1}|\s+(?P<ini>ini){B1})?",
        FLAGS)),
    # Months alone: "awal Desember", "pada Juni", "bulan Mei", "Juli tahun lalu".
    ("month", regex.compile(
        rf"{B0}(?:(?P<mod>{MOD})\s+)?(?:(?P<noun>{MONTH_NOUN})\s+)?(?P<m>{MONTH_NAME}){B1}"
        rf"(?:\s+(?P<ynoun>{YEAR_NOUN})\s+(?P<ydir>{DIR}){B1}|\s+(?P<dir>{DIR}){B1})?",
        FLAGS)),
    # Weekdays alone: "pada Senin", "Selasa pagi", "Jumat lalu".
    ("weekday", regex.compile(
        rf"{B0}(?:(?P<noun>hari)\s+)?(?P<wd>{WD}){B1}(?:\s+(?P<dp>{DP}){B1})?"
        rf"(?:\s+(?P<dir>{DIR}){B1})?", FLAGS)),
    # Clock times: "pukul 08.37 WIT", "pukul 09.00-12.00 WIB", "jam 7 malam".
    ("time", regex.compile(
        rf"{B0}(?P<cue>{TCUE})\s*(?P<h>\d{{1,2}})(?:[.:](?P<min>\d{{2}}))?{B1}"
        rf"(?:\s*(?P<tz>{TZ}){B1})?(?:\s+(?P<dp>{DP}){B1})?"
        rf"(?:\s*{RANGE_WORD}\s*(?:{TCUE}\s*)?(?P<h2>\d{{1,2}})[.:](?P<min2>\d{{2}}){B1}"
        rf"(?:\s*(?P<tz2>{TZ}){B1})?)?", FLAGS)),
    ("time", regex.compile(
        rf"{B0}(?P<h>\d{{1,2}})[.:](?P<min>\d{{2}})(?:\s*(?P<tz>{TZ}){B1}|(?=\s*{RANGE_WORD}\s*"
        rf"\d{{1,2}}[.:]\d{{2}}\s*{TZ}{B1}))(?:\s*{RANGE_WORD}\s*(?P<h2>\d{{1,2}})[.:](?P<min2>\d{{2}})"
        rf"\s*(?P<tz2>{TZ}){B1})?", FLAGS)),
]
PRIORITY = {name: i for i, (name, _) in enumerate(RULES)}
#: The same rules without case folding, run on the lower-cased text: three times faster.
#: A rule that looks at capitals (the dateline) keeps to the text as written.
CASED_RULES = {"dateline_pair"}
LOWER_RULES = [(name, p if name in CASED_RULES else regex.compile(p.pattern))
               for name, p in RULES]
#: Rules that name a calendar day outright.
DATED = ("weekday_pair", "numeric", "full")
#: The lead is the first paragraph after the headline of this many words or more (a dateline
#: or a byline such as "Tim News Room Muara Enim Diskominfo." is shorter).
LEAD_MIN_WORDS = 12
LEAD_PARAGRAPHS = 2

#: Cheap pre-filter: a document with no digit and no date word skips the rules.
TRIGGER = regex.compile(
    rf"\d|{B0}(?:{MONTH_NAME}|{WD}|{_alt(RELATIVE_DAYS)}|{UNIT}){B1}", FLAGS)
#: Every four-digit year in the text, names included ("Award 2021"): evidence for the
#: year of a weekday + (dd/mm) pair.
ANY_YEAR = regex.compile(rf"(?<!\d){YEAR}(?!\d)")
#: A dateline: the place that opens a paragraph, before the date ("BENGKULU, Kamis (11/11) -").
DATELINE_LEAD = regex.compile(
    r"(?:\p{Lu}[\p{L}\p{M}.' ]{1,40}(?:\s*\([\p{L}\p{N}. ]{1,30}\))?\s*[,–—-]\s*"
    r"|\p{Lu}[\p{Lu}\p{M}.' -]{2,40}\s*)$")
WORD_BEFORE = regex.compile(r"([\p{L}.]+)[\s,]*$")
#: The word right before a year, with only blanks between: "Award 2021", "Tahun 2014".
NAME_BEFORE = regex.compile(r"(\S+)[ \t]+$")
WORD_AFTER = regex.compile(r"[ \t]*(\p{L}+)")
#: "Nomor 28 Tahun 2014": the year of a law or regulation is part of its name.
LAW_NUMBER = regex.compile(r"(?:nomor|no\.?)\s*[\d/]+\s*$", regex.IGNORECASE)
FISCAL_AFTER = regex.compile(r"\s+anggaran\b", regex.IGNORECASE)
DAY_TIME_GAP = regex.compile(
    rf"[ \t]*,?[ \t]*(?:{_alt(_norm(f) for f in DATA['time_joiners'])}[ \t]+)?", regex.IGNORECASE)
#: Digits joined by dots, commas or slashes are amounts and codes ("Nomor 171.426/676/2020").
NUMBER_AROUND = regex.compile(r"(?:\d[.,]|/)$")
CODE_AFTER = regex.compile(r"[.,/]\d")
ROMAN = regex.compile(r"[IVXL]+")
ORDINAL_AFTER = regex.compile(r"\s*ke-?\s*\d", regex.IGNORECASE)


@dataclass
class _Cand:
    """A date expression found in the text, before and after normalisation."""
    kind: str
    start: int
    end: int
    f: dict[str, Any] = field(default_factory=dict)
    value: str | None = None
    granularity: str | None = None
    day: dt.date | None = None        # the calendar day, for day-granularity values
    explicit_year: bool = False


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _safe_date(y: int | None, m: int | None, d: int | None) -> dt.date | None:
    if y is None or m is None or d is None:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _year4(y: str | None) -> int | None:
    if not y:
        return None
    n = int(y)
    return n + 2000 if len(y) == 2 else n


def _prev_word(text: str, pos: int) -> str:
    m = WORD_BEFORE.search(text, max(0, pos - 30), pos)
    return _norm(m.group(1)).rstrip(".") if m else ""


# --- finding ----------------------------------------------------------------------------


def _year_is_not_date(text: str, m: regex.Match, sent_starts: set[int]) -> bool:
    """Is the four-digit number an amount, a code or part of a name ("Award 2021")?"""
    start = m.start()
    if NUMBER_AROUND.search(text, max(0, start - 2), start) or CODE_AFTER.match(text, m.end("y")):
        return True
    if _prev_word(text, start) in YEAR_BLOCKERS_BEFORE:
        return True
    after = WORD_AFTER.match(text, m.end())
    if after and _norm(after.group(1)) in YEAR_BLOCKERS_AFTER:
        return True
    # "UU Nomor 28 Tahun 2014": the year of a law or regulation is part of its name.
    if m.group("noun") and LAW_NUMBER.search(text, max(0, m.start("noun") - 30), m.start("noun")):
        return True
    if m.group("mod"):
        return False
    return _after_name(text, start, sent_starts)


def _after_name(text: str, start: int, sent_starts: set[int]) -> bool:
    """Does a name run into the year at ``start``? "TOP GPR Award 2021", "LKPD Tahun 2021",
    "APBD Kabupaten Probolinggo tahun 2019", "(KIP) tahun 2024" name an award, a report, a
    budget, an edition; "belanja daerah tahun 2019", "dari 4.786.775 unit Tahun 2016" and
    "mudik Lebaran 2017" date what they speak of."""
    before = NAME_BEFORE.search(text, max(0, start - 40), start)
    if not before or start in sent_starts:
        return False
    word = before.group(1).rstrip(",;:")
    if word != before.group(1):
        return False
    if word.endswith(")") and regex.search(r"\(\p{Lu}[^()\s]*\)$", word):
        return True
    key = _norm(word.strip("“”\"'‘’"))
    # "kelas XII Tahun 2018-2019", "Semester I 2025": a Roman numeral counts, it names nothing.
    if word[0].isupper() and key not in MONTHS and key not in TEMPORAL_PREPOSITIONS \
            and key not in YEAR_TIME_WORDS and not ROMAN.fullmatch(word):
        return True
    if word[0].isdigit():
        return True
    # "Pemilu serentak tahun 2024": the edition of a recurring event.
    window = text[max(0, start - 40):start].lower().split()[-4:]
    return any(_norm(w.strip("(),.“”\"")) in EDITION_WORDS for w in window)


def _date_direction(m: regex.Match, end: int) -> tuple[int | None, int]:
    """The direction word after a year-less date ("18 November lalu", "17 Juni mendatang")
    belongs to it and says which side of the anchor it lies; others stay outside the span."""
    if not m.groupdict().get("dir"):
        return None, end
    word = _norm(m.group("dir"))
    if word in ("lagi", "sebelumnya"):
        return None, len(m.string[:m.start("dir")].rstrip())
    return DIRECTIONS[word], end


def _accept(kind: str, m: regex.Match, text: str, sent_starts: set[int]) -> _Cand | list[_Cand] | None:
    """A Candidate from a rule match, or None where the match is not a date."""
    # Group texts as written (the match may run on the lower-cased text).
    g = {k: (text[m.start(k):m.end(k)] if m.start(k) >= 0 else None) for k in m.re.groupindex}
    start, end = m.span()
    if kind == "dateline_pair":
        start = m.start("par")
        kind = "weekday_pair"
    if kind in ("weekday_pair", "numeric", "full", "range_start"):
        d, mo = _int(g.get("d")), g.get("m")
        month = (int(mo) if mo.isdigit() else MONTHS[_norm(mo)]) if mo else None
        if d is None or not 1 <= d <= 31 or (month is not None and not 1 <= month <= 12):
            return None
        if kind == "numeric" and g.get("sep") == "." and g.get("wd") is None:
            # "11.11.2021" is a date, but only with a plausible year.
            if not 1945 <= int(g["y"]) <= 2100:
                return None
        y = _year4(g.get("y"))
        wd = WEEKDAYS.get(_norm(g["wd"])) if g.get("wd") else None
        direction, end = _date_direction(m, end)
        c = _Cand(kind, start, end, {"d": d, "m": month, "y": y, "wd": wd, "dir": direction})
        c.explicit_year = y is not None
        return c
    if kind in ("month_year", "month_range_start"):
        month = MONTHS[_norm(g["m"])]
        if kind == "month_range_start" and not g["m"][0].isupper():
            return None
        y = _year4(g.get("y"))
        c = _Cand(kind, start, end, {"m": month, "y": y, "mod": g.get("mod")})
        c.explicit_year = y is not None
        return c
    if kind == "month":
        direction, end = _date_direction(m, end)
        year_step = DIRECTIONS.get(_norm(g["ydir"])) if g.get("ydir") else None
        if year_step is not None and _norm(g["ydir"]) in ("lagi", "sebelumnya"):
            return None
        if not (g.get("mod") or g.get("noun") or direction is not None or year_step is not None):
            if not g["m"][0].isupper() or _prev_word(text, start) not in TEMPORAL_PREPOSITIONS:
                return None
        return _Cand(kind, start, end, {"m": MONTHS[_norm(g["m"])], "mod": g.get("mod"),
                                        "dir": direction, "year_step": year_step})
    if kind == "year":
        if _year_is_not_date(text, m, sent_starts):
            return None
        if g.get("decade"):
            # "1960-an" is a decade: no day, month or year granularity fits it.
            return _Cand("decade", start, m.end("decade"), {"y": None})
        # "tahun 2020 ini" is one phrase; "2019-2024 ini" and "2018 lalu" end at the year.
        last = m.end("ini") if g.get("ini") and g.get("noun") else m.end("y")
        c = _Cand(kind, start, last, {"y": int(g["y"])}, explicit_year=True)
        if not g.get("y2"):
            return c
        if _norm(g["conn"]) in ("-", "–", "—", "/"):
            # "2025-2030", "2021/2022": one mention for the span of years, no single value.
            return _Cand(kind, start, end, {"y": None}, explicit_year=True)
        return [c, _Cand(kind, m.start("y2"), m.end("y2"), {"y": int(g["y2"])},
                         explicit_year=True)]
    if kind == "relative_day":
        return _Cand(kind, start, end, {"offset": RELATIVE_DAYS[_norm(g["rel"])]})
    if kind == "relative_unit":
        unit_text = g["unit"]
        unit = UNITS[_norm(unit_text)]
        direction = DIRECTIONS.get(_norm(g["dir"])) if g.get("dir") else None
        n_text = g.get("n")
        count: int | None
        if g.get("se"):
            count = 1
        elif n_text:
            count = int(n_text) if n_text.isdigit() else NUMBER_WORDS.get(_norm(n_text))
        else:
            count = 0
        # "Minggu" with a capital inside a sentence is Sunday, not the week.
        if unit_text[0].isupper() and _norm(unit_text) == "minggu" and start not in sent_starts \
                and not g.get("mod") and not n_text:
            return None
        if direction is None and FISCAL_AFTER.match(text, end):
            # "akhir tahun anggaran" is the close of a budget year, not of the calendar one.
            return None
        if direction is None:
            # "akhir tahun", "awal bulan": the current year or month.
            if g.get("mod") and unit in ("month", "year") and not n_text and not g.get("se"):
                direction = 0
            else:
                return None
        dir_word = _norm(g["dir"]) if g.get("dir") else ""
        if (n_text or g.get("se")) and direction == 0:
            return None
        if dir_word == "lagi" and not (n_text or g.get("se")):
            return None
        if unit == "day" and not (n_text or g.get("se")):
            return None
        return _Cand(kind, start, end, {"unit": unit, "count": count, "dir": direction,
                                        "mod": g.get("mod")})
    if kind == "weekday":
        wd_text = g["wd"]
        if not (wd_text[0].isupper() or g.get("noun")):
            return None
        if _prev_word(text, start) in WEEKDAY_BLOCKERS or ORDINAL_AFTER.match(text, end):
            return None
        dir_word = _norm(g["dir"]) if g.get("dir") else ""
        if dir_word in ("lagi", "yang akan datang"):
            end = m.end("dp") if g.get("dp") else m.end("wd")
            dir_word = ""
        wd = WEEKDAYS[_norm(wd_text)]
        # "Minggu lalu" opening a sentence is last week, not last Sunday.
        if wd == 6 and dir_word and start in sent_starts and not g.get("noun"):
            return None
        return _Cand(kind, start, end, {"wd": wd, "dir": DIRECTIONS.get(dir_word, None)})
    if kind == "time":
        h, mi = int(g["h"]), int(g["min"] or 0)
        if not (0 <= h <= 24 and 0 <= mi <= 59):
            return None
        # "jam 7 malam" is 19:00: afternoon and evening words move the clock past noon.
        if g.get("dp") and _norm(g["dp"]) in PM_DAY_PARTS and h < 12:
            h += 12
        # A span of clock times ("pukul 07.00-10.00 WIB") is one mention valued by its start.
        return _Cand(kind, start, end, {"h": h, "min": mi, "span": bool(g.get("h2"))})
    return None


def _candidates(text: str, sent_starts: set[int]) -> list[_Cand]:
    found: list[tuple[int, int, int, _Cand]] = []
    low = text.lower()
    # Lower-casing keeps offsets unless a character changes length ("İ").
    rules = LOWER_RULES if len(low) == len(text) else RULES
    for kind, pattern in rules:
        for m in pattern.finditer(text if rules is RULES or kind in CASED_RULES else low):
            got = _accept(kind, m, text, sent_starts)
            if got is None:
                continue
            for c in (got if isinstance(got, list) else [got]):
                found.append((-(c.end - c.start), PRIORITY[kind], c.start, c))
    found.sort(key=lambda t: t[:3])
    taken: list[tuple[int, int]] = []
    chosen: list[_Cand] = []
    for _, _, _, c in found:
        i = bisect.bisect_left(taken, (c.start, c.end))
        if i > 0 and taken[i - 1][1] > c.start:
            continue
        if i < len(taken) and taken[i][0] < c.end:
            continue
        taken.insert(i, (c.start, c.end))
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    # "Senin (24/6) kemarin": the deictic word only says the dated day is past.
    return [c for i, c in enumerate(chosen)
            if not (c.kind == "relative_day" and i and chosen[i - 1].kind in DATED
                    and not text[chosen[i - 1].end:c.start].strip())]


# --- resolving --------------------------------------------------------------------------


def _borrow_range_parts(cands: list[_Cand]) -> None:
    """The first end of a range takes the month and year its last end gives."""
    for i in range(len(cands) - 2, -1, -1):
        c = cands[i]
        if c.kind not in ("range_start", "month_range_start"):
            continue
        nxt = cands[i + 1]
        if "m" in nxt.f and c.f.get("m") is None:
            c.f["m"] = nxt.f["m"]
        if c.f.get("y") is None and nxt.f.get("y") is not None:
            c.f["y"] = nxt.f["y"]
            c.explicit_year = nxt.explicit_year


def _pair_year(d: int, m: int, wd: int | None, anchor: dt.date | None,
               years: list[int]) -> int | None:
    """The year in which day ``d`` of month ``m`` falls on weekday ``wd``.

    With an anchor: a year that fits within half a year of it, else the nearest date to it
    (the weekday may be a typo). Without: the article's own years (the latest first), then
    their neighbours.
    """
    if anchor is not None:
        options = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if _safe_date(y, m, d)]
        if not options:
            return None

        def distance(y: int) -> int:
            return abs((_safe_date(y, m, d) - anchor).days)

        fitting = [y for y in options if distance(y) <= 183
                   and (wd is None or _safe_date(y, m, d).weekday() == wd)]
        return min(fitting or options, key=distance)
    if not years:
        return None
    ordered = sorted(set(years), reverse=True)
    for y in ordered:
        x = _safe_date(y, m, d)
        if x and (wd is None or x.weekday() == wd):
            return y
    for y in ordered:
        for near in (y + 1, y - 1):
            x = _safe_date(near, m, d)
            if x and x.weekday() == wd:
                return near
    return ordered[0]


def _directed_year(m: int, d: int | None, direction: int | None, anchor: dt.date) -> int:
    """The year of a year-less day (``d``) or month (``d`` None): the one nearest the
    anchor, or the latest before it ("lalu"), or the first after it ("mendatang")."""
    options = (anchor.year - 1, anchor.year, anchor.year + 1)

    def first(y: int) -> dt.date:
        return (_safe_date(y, m, d) or dt.date(y, m, 28)) if d else dt.date(y, m, 1)

    def last(y: int) -> dt.date:
        return (_safe_date(y, m, d) or dt.date(y, m, 28)) if d else _month_end(y, m)

    if direction == 0:
        return anchor.year
    if direction is not None and direction < 0:
        past = [y for y in options if first(y) <= anchor]
        if past:
            return max(past)
    if direction is not None and direction > 0:
        future = [y for y in options if last(y) >= anchor]
        if future:
            return min(future)
    # Without a direction, news looks back: the latest occurrence, unless the coming one
    # is less than about two months ahead ("awal Desember" written in November).
    soon = anchor + dt.timedelta(days=62)
    return max((y for y in options if first(y) <= soon), default=anchor.year)


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)


def _resolve_calendar(c: _Cand, anchor: dt.date | None, years: list[int]) -> None:
    """Absolute and year-less calendar expressions."""
    f = c.f
    if c.kind in ("weekday_pair", "numeric", "full", "range_start"):
        c.granularity = "day"
        y = f.get("y")
        if y is None and f.get("m") is not None:
            if c.kind == "weekday_pair" or f.get("wd") is not None:
                y = _pair_year(f["d"], f["m"], f.get("wd"), anchor, years)
            elif anchor is not None:
                y = _directed_year(f["m"], f["d"], f.get("dir"), anchor)
            elif years:
                y = max(years)
        day = _safe_date(y, f.get("m"), f["d"])
        c.day = day
        c.value = day.isoformat() if day else None
    elif c.kind in ("month_year", "month_range_start", "month"):
        c.granularity = "month"
        y = f.get("y")
        if y is None and f.get("year_step") is not None:
            # "Juli tahun lalu": the year counts from the anchor.
            y = anchor.year + f["year_step"] if anchor else None
        elif y is None:
            y = _directed_year(f["m"], None, f.get("dir"), anchor) if anchor else (
                max(years) if years else None)
        c.value = f"{y:04d}-{f['m']:02d}" if y else None
    elif c.kind == "year":
        c.granularity = "year"
        c.value = f"{f['y']:04d}" if f.get("y") else None


def _resolve_relative(c: _Cand, anchor: dt.date | None) -> None:
    f = c.f
    if c.kind == "relative_day":
        c.granularity = "day"
        if f.get("day"):
            c.day = f["day"]
            c.value = c.day.isoformat()
        elif anchor:
            c.day = anchor + dt.timedelta(days=f["offset"])
            c.value = c.day.isoformat()
    elif c.kind == "relative_unit":
        unit, count, direction = f["unit"], f["count"], f["dir"]
        c.granularity = {"day": "day", "month": "month", "year": "year"}.get(unit)
        if anchor is None or count is None:
            if count is None:
                c.granularity = None
            return
        steps = direction * (count or 1) if direction else 0
        if unit == "day":
            c.day = anchor + dt.timedelta(days=steps)
            c.value = c.day.isoformat()
        elif unit == "week":
            iso = (anchor + dt.timedelta(weeks=steps)).isocalendar()
            c.value = f"{iso[0]:04d}-W{iso[1]:02d}"
        elif unit == "month":
            k = anchor.year * 12 + anchor.month - 1 + steps
            c.value = f"{k // 12:04d}-{k % 12 + 1:02d}"
        elif unit == "year":
            c.value = f"{anchor.year + steps:04d}"
    elif c.kind == "weekday":
        c.granularity = "day"
        if anchor is None:
            return
        wd, direction = f["wd"], f["dir"]
        back = (anchor.weekday() - wd) % 7
        if direction is None:
            # Press releases report what happened: a bare weekday is the latest one.
            day = anchor - dt.timedelta(days=back)
        elif direction < 0:
            day = anchor - dt.timedelta(days=back or 7)
        elif direction > 0:
            day = anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7 or 7)
        else:
            day = anchor + dt.timedelta(days=wd - anchor.weekday())
        c.day = day
        c.value = day.isoformat()


def _sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the Doc's sentences (paragraphs when none are set); read from
    token arrays, which costs a tenth of walking ``doc.sents``."""
    if not len(doc) or not doc.has_annotation("SENT_START"):
        return list(doc._.paragraphs or text_paragraphs(doc.text))
    idx = doc.to_array("IDX")
    starts = [int(idx[i]) for i in (doc.to_array("SENT_START") == 1).nonzero()[0]]
    if not starts or starts[0] != int(idx[0]):
        starts.insert(0, int(idx[0]))
    ends = starts[1:] + [len(doc.text)]
    return list(zip(starts, ends))


def _enclosing(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    if i >= 0 and spans[i][0] <= pos < max(spans[i][1], spans[i][0] + 1):
        return spans[i]
    return None


def _resolve_time(c: _Cand, cands: list[_Cand], scopes: list[list[tuple[int, int]]]) -> None:
    """A clock time takes its day from the nearest day in its sentence, else in its
    paragraph. A single clock time with neither takes the last event day named before it
    (the report goes on about that day: "… pukul 13.05 WIB"); a span of times with neither
    is a timetable ("pukul 07.00-10.00 WIB, 13.00-14.00 WIB") and keeps a null value."""
    c.granularity = "time"
    day = None
    for spans in scopes:
        scope = _enclosing(spans, c.start)
        if scope is None:
            continue
        days = [o for o in cands if o.day and o.granularity == "day" and scope[0] <= o.start < scope[1]]
        if days:
            day = min(days, key=lambda o: abs(o.start - c.start)).day
            break
    if day is None and not c.f.get("span"):
        before = [o for o in cands if o.day and o.kind in DATED and o.end <= c.start]
        day = before[-1].day if before else None
    c.day = day
    c.value = f"{day.isoformat()}T{c.f['h']:02d}:{c.f['min']:02d}" if day else None


def _merge_day_time(text: str, cands: list[_Cand]) -> list[_Cand]:
    """"Senin (24/6) pukul 09.00 WIB" is one expression of granularity time."""
    out: list[_Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if (c.kind == "time" and prev is not None and prev.granularity == "day"
                and DAY_TIME_GAP.fullmatch(text, prev.end, c.start)):
            merged = _Cand("day_time", prev.start, c.end, dict(c.f), day=prev.day,
                           granularity="time")
            merged.value = (f"{prev.day.isoformat()}T{c.f['h']:02d}:{c.f['min']:02d}"
                            if prev.day else None)
            out[-1] = merged
            continue
        out.append(c)
    return out


def _infer_published(text: str, cands: list[_Cand], paras: list[tuple[int, int]]) -> dt.date | None:
    """Dateline first ("BENGKULU, Kamis (11/11) -"), else the latest day the text names."""
    para_starts = [p[0] for p in paras]
    for c in cands:
        if not c.day or c.kind not in DATED:
            continue
        i = bisect.bisect_right(para_starts, c.start) - 1
        if i < 0:
            continue
        lead = text[paras[i][0]:c.start]
        if DATELINE_LEAD.fullmatch(lead) or (lead == "" and paras[i][1] - c.end <= 2):
            return c.day
    days = [c.day for c in cands if c.day and c.kind in DATED]
    return max(days) if days else None


def _apposed_days(text: str, cands: list[_Cand]) -> None:
    """"Hari ini, Jumat (28/7)": a deictic day set beside a dated day is that day (the
    reporter wrote on it), whatever the publication date."""
    for i, c in enumerate(cands[:-1]):
        nxt = cands[i + 1]
        if c.kind == "relative_day" and nxt.kind in DATED and nxt.day \
                and DAY_TIME_GAP.fullmatch(text, c.end, nxt.start) and not text[c.end:nxt.start].strip(" \t,"):
            c.f["day"] = nxt.day


def _speech_day(c: _Cand, cands: list[_Cand], quotes: list[tuple[int, int]]) -> dt.date | None:
    """Inside a direct quote "hari ini" is the day the speaker spoke: the day the press
    convention gives to the statement ("ujar JK, Minggu (30/7)"), the weekday + (dd/mm)
    date nearest the quote outside any quote, not the day of publication. A full date
    near a quote is more often a past event the speaker mentions, so it does not count."""
    inside = next(((a, b) for a, b in quotes if a <= c.start < b), None)
    if inside is None:
        return None
    said = [o for o in cands if o.day and o.kind == "weekday_pair"
            and not any(a <= o.start < b for a, b in quotes)]
    if not said:
        return None
    nearest = min(said, key=lambda o: o.start - inside[1] if o.start >= inside[1] else inside[0] - o.end)
    return nearest.day


def _analyse(doc: Doc) -> tuple[list[DateMention], dt.date | None, bool]:
    """(mentions, anchor, whether the anchor was inferred)."""
    text = doc.text
    anchor = None
    if doc._.published:
        try:
            anchor = dt.date.fromisoformat(str(doc._.published)[:10])
        except ValueError:
            anchor = None
    if not TRIGGER.search(text):
        return [], anchor, False
    sents = _sentence_spans(doc)
    paras = list(doc._.paragraphs or text_paragraphs(text))
    sent_starts = {s for s, _ in sents} | {p for p, _ in paras}
    cands = _candidates(text, sent_starts)
    _borrow_range_parts(cands)
    years = [int(m.group()) for m in ANY_YEAR.finditer(text) if 1945 <= int(m.group()) <= 2100]
    inferred = False
    if anchor is None:
        for c in cands:
            _resolve_calendar(c, None, years)
        anchor = _infer_published(text, cands, paras)
        inferred = anchor is not None
    for c in cands:
        if c.kind not in ("relative_day", "relative_unit", "weekday", "time"):
            _resolve_calendar(c, anchor, years)
    quotes = [q for p in paras for q in quoted_regions(text, *p)]
    _apposed_days(text, cands)
    for c in cands:
        if c.kind in ("relative_day", "relative_unit", "weekday"):
            _resolve_relative(c, _speech_day(c, cands, quotes) or anchor)
    cands = _merge_day_time(text, cands)
    for c in cands:
        if c.kind == "time":
            _resolve_time(c, cands, [sents, paras])
    mentions = [DateMention(text=text[c.start:c.end], start=c.start, end=c.end, value=c.value,
                            granularity=c.granularity, source=f"rule:{c.kind}") for c in cands]
    return mentions, anchor, inferred


def find_dates(doc: Doc) -> list[DateMention]:
    """Every date expression of the Doc, normalised against ``doc._.published`` (or, when
    that is None, against the date inferred from the text). Does not modify the Doc."""
    return _analyse(doc)[0]


_SENTENCES_KEY = "warta_sentence_spans"


def date_for_span(doc: Doc, start: int, end: int, *, document_fallback: bool = False) -> str | None:
    """The ISO day (``YYYY-MM-DD``) of the date expression governing the text [start, end).

    For the quotes and awards stages: the day-granularity date (or the day of a dated
    time) in the same sentence, the one nearest the span; else in the same paragraph;
    else None. With ``document_fallback=True`` an article whose dated events all fall on
    one day gives that day (the press convention reports one event: "Kamis (11/11)").
    Uses ``doc._.dates`` when the dates stage has run, else finds the dates itself.
    """
    mentions = doc._.dates if doc._.dates is not None else find_dates(doc)
    dated = []
    for d in mentions:
        if d.value and d.granularity in ("day", "time") and len(d.value) >= 10 and d.value[4] == "-":
            dated.append(d)
    if not dated:
        return None

    def nearest(lo: int, hi: int) -> str | None:
        inside = [d for d in dated if lo <= d.start < hi]
        if not inside:
            return None
        best = min(inside, key=lambda d: max(0, d.start - end, start - d.end))
        return best.value[:10]

    # Called once per quote and award: the sentence spans are computed once per Doc.
    cached = doc.user_data.get(_SENTENCES_KEY)
    if cached is None or cached[0] != len(doc):
        cached = doc.user_data[_SENTENCES_KEY] = (len(doc), _sentence_spans(doc))
    sent = _enclosing(cached[1], start)
    if sent and (got := nearest(*sent)):
        return got
    para = _enclosing(list(doc._.paragraphs or text_paragraphs(doc.text)), start)
    if para and (got := nearest(*para)):
        return got
    if document_fallback:
        events = [d for d in dated if d.source in {f"rule:{k}" for k in DATED}]
        if len({d.value[:10] for d in events}) == 1:
            return events[0].value[:10]
        # Several days: the event the lead dates (the first two body paragraphs, "…
        # Penyerahan dilakukan …, Senin (29/9/2025)") is the one the article reports; a day
        # written later is background ("sejak 17 Januari 2024").
        text = doc.text  # spaCy builds Doc.text anew on each access
        body = []
        for a, b in list(doc._.paragraphs or text_paragraphs(text))[1:]:
            if len(body) == LEAD_PARAGRAPHS:
                break
            if len(text[a:b].split()) >= LEAD_MIN_WORDS:
                body.append((a, b))
        lead = [d for d in events if any(a <= d.start < b for a, b in body)]
        if lead:
            return lead[0].value[:10]
    return None


@Language.factory("warta_dates", requires=["token.is_sent_start"],
                  assigns=["doc._.dates", "doc._.published", "doc._.published_source"])
def make_dates(nlp: Language, name: str):
    extensions.register()

    def component(doc: Doc) -> Doc:
        mentions, anchor, inferred = _analyse(doc)
        doc._.dates = mentions
        if inferred and anchor is not None:
            doc._.published = anchor.isoformat()
            doc._.published_source = "inferred"
        return doc

    return component
