"""Speakers: who a quote is attributed to, part of the quotes stage.

Takes a Doc (text, ``doc.ents`` PER/ORG when a model is loaded) and positions in it; gives
speaker mentions parsed from office phrases ("Gubernur Bengkulu Rohidin Mersyah",
"Kepala BPK-RI Perwakilan Jawa Timur Joko Agus Setyono"), grouped into the people of the
article so that "Gubernur Rohidin" and "Rohidin" resolve to "Rohidin Mersyah", and pronouns
("dia", "-nya") resolved to the most recent speaker. Word lists come from
``pipeline/data/titles.tsv`` and ``pipeline/data/speaker_words.tsv``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace

import regex
from abbreviations import schwartz_hearst
from spacy.tokens import Doc

from . import resources
from .dates import DATA as DATES
from .records import Speaker

# A word of an office phrase or name: letters with inner apostrophes/hyphens ("Ma’ruf",
# "BPK-RI"), dotted abbreviations and degrees ("Hj.", "M.Si.", "P."), one punctuation mark, or
# a line break, which no name or office runs across (a title line above a dateline).
# A nickname in single quotes inside a name: "Budi 'Ucok' Santoso".
NICKNAME = regex.compile(r"['‘]\p{Lu}[\p{L}\p{M}]*['’]")
# A letter outside ASCII written in UTF-8 and read as Latin-1 ("BjÃ¶rn" for "Björn"): the text
# is kept as read, so such a pair is one letter of a word.
MOJIBAKE = r"[ÂÃÄÅ][\u0080-\u00BF]"
WORD = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}]){NICKNAME.pattern}(?![\p{{L}}\p{{N}}])"
    rf"|(?:{MOJIBAKE}|\p{{L}})(?:{MOJIBAKE}|[\p{{L}}\p{{M}}\p{{N}}'’])*(?:-[\p{{L}}\p{{N}}][\p{{L}}\p{{M}}\p{{N}}]*)*(?:\.\p{{L}}{{1,4}}(?![\p{{L}}]))*\.?"
    r"|\p{N}+|[^\s\p{L}\p{N}]|\n"
)
# Degree shapes beyond the listed ones: S.Sos, M.Si., S.Kom.
DEGREE_SHAPE = regex.compile(r"^\p{Lu}\p{Ll}{0,2}\.(?:\p{Lu}\p{Ll}{0,4}\.?)+$")
# A capitalised word with digits inside an office's unit: "Covid-19", "Daop8".
# A word ending in a lower-case letter, a full stop, then a capitalised word ("Budi.Dia"): two
# sentences glued together, not an abbreviation ("M.Si", "S.Sos").
GLUED_SENTENCE = regex.compile(r"(\p{L}{2,}\p{Ll})\.(\p{Lu}\p{Ll}+)")
# A company named by its web address: "Sukamaju.co", "Blanja.com".
DOMAIN = regex.compile(r"^\p{Lu}[\p{L}\p{N}-]*\.(?i:co|com|id|org|net)(?:\.id)?$")
UNIT_TOKEN = regex.compile(r"^\p{Lu}[\p{L}]*[-]?\p{Nd}+[\p{L}\p{Nd}]*$|" + DOMAIN.pattern[1:])
ACRONYM = regex.compile(r"^\p{Lu}[\p{Lu}\p{N}]+(?:-[\p{Lu}\p{N}]+)*$")
INITIAL = regex.compile(r"^(?:\p{Lu}\.){1,3}$")  # "M.", "S.W." inside a name
# A Roman numeral ("PT Angkasa Pura II", "Asisten III"), no short form of an institution.
ROMAN = regex.compile(r"^[IVXL]+$")
# The country itself after a national office ("Presiden RI"): the state, no institution.
HOME_COUNTRY = frozenset({"RI", "Indonesia", "Republik Indonesia", "NKRI"})
# An ordinal after an office: "Presiden ke-7", "Kapolri ke-25".
ORDINAL = regex.compile(r"ke-?\d+")
CAPITALISED = regex.compile(rf"^(?:{MOJIBAKE}|\p{{Lu}})(?:{MOJIBAKE}|[\p{{L}}\p{{M}}'’\-])*$")
# A called name followed by the words saying it is one ("kata Cak Rudi sapaan akrabnya").
_CALLED_SAPAAN = regex.compile(r"(?P<nick>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?),?\s+sapaan\s+akrab(?:nya)?(?!\p{L})")
# A member's faction after the office: "… DPR dari Fraksi Partai Maju".
_FACTION_AFTER = regex.compile(r"\s+dari\s+Fraksi\b.*$")
# After a holder of one word: a comma and the sentence going on in lower case, no list of names
# ("…, Wagimin, menjelaskan", not "…, Wagimin, dan Rina").
_HOLDER_BETWEEN_COMMAS = regex.compile(r", (?!(?:dan|serta|atau)\b)\p{Ll}")


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    start: int
    end: int


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for row in resources.tsv_records("speaker_words.tsv"):
        kinds.setdefault(row["kind"], set()).add(row["word"])
    return {k: frozenset(v) for k, v in kinds.items()}


def words_of(kind: str) -> frozenset[str]:
    return _words().get(kind, frozenset())


@functools.cache
def _titles() -> dict[tuple[str, ...], dict[str, str]]:
    """Office titles keyed by their lower-cased words."""
    out: dict[tuple[str, ...], dict[str, str]] = {}
    for row in resources.tsv_records("titles.tsv"):
        key = tuple(w.lower() for w in row["title"].split())
        out[key] = row
    return out


@functools.cache
def _title_max_len() -> int:
    return max((len(k) for k in _titles()), default=1)


# A regional head's office stands for its government ("Gubernur Bengkulu" speaks for the
# Pemerintah Provinsi Bengkulu).
REGIONAL_GOVERNMENT = {"gubernur": "Pemerintah Provinsi", "bupati": "Pemerintah Kabupaten",
                       "wali kota": "Pemerintah Kota", "walikota": "Pemerintah Kota"}
# Kinds of titles.tsv: a region's head and deputy, who speak for its government; with its
# secretary, the offices one person holds in a region ("Bupati", "Sekretaris Daerah").
REGIONAL_HEADS = ("regional_head", "regional_deputy")
REGIONAL_SINGLE_OFFICES = (*REGIONAL_HEADS, "secretary")
# The deputy or acting prefix of an office ("Wakil Ketua …", "Pelaksana Tugas Kepala …").
DEPUTY_OR_ACTING = regex.compile(r"^(?:Wakil|Pelaksana Tugas|Penjabat)\s+")
# Officials of a region's secretariat, who speak for its government when their office names
# the region ("Sekretaris Daerah Kabupaten Kaur", "Asisten I Kota Padang").
REGIONAL_OFFICES = ("Sekretaris Daerah", "Asisten", "Inspektur", "Staf Ahli")
# A region's level as written before its name, and as regions.tsv gives its kind.
LEVELS = {"Provinsi": "Provinsi", "Prov.": "Provinsi", "Prov": "Provinsi", "Kabupaten": "Kabupaten",
          "Kab.": "Kabupaten", "Kab": "Kabupaten",
          "Kota": "Kota", "province": "Provinsi", "regency": "Kabupaten", "city": "Kota"}


def tokenize(text: str, start: int, end: int) -> list[Word]:
    """Words of ``text[start:end]``; a final full stop that is no abbreviation stands alone."""
    out: list[Word] = []
    abbreviations = _abbreviation_set()
    for m in WORD.finditer(text, start, end):
        w, s, e = m.group(), m.start(), m.end()
        glued = GLUED_SENTENCE.fullmatch(w)
        if glued is not None and w not in abbreviations and not is_degree(w):
            # "kata Budi.Dia menekankan": two sentences glued at a full stop.
            cut = s + glued.end(1)
            out.extend([Word(glued.group(1), s, cut), Word(".", cut, cut + 1), Word(glued.group(2), cut + 1, e)])
            continue
        glued_name = _glued_honorific(w)
        if glued_name is not None:
            # "H.Rudi", "Dr.Drs.H.Agus": honorifics glued to a short given name.
            at = s
            for piece in glued_name:
                out.append(Word(piece, at, at + len(piece)))
                at += len(piece)
            continue
        if w.endswith(".") and w[:-1] in words_of("degree") and regex.match(r"\s*\p{Ll}", text[e:e + 3]):
            # "Rina Lestari, MM. juga menyampaikan": a degree's own full stop, which ends no
            # sentence before a lower-case word.
            out.append(Word(w[:-1], s, e - 1))
            continue
        if len(w) > 2 and w.endswith(".") and w not in abbreviations and not is_degree(w) \
                and w.count(".") == 1 and w not in words_of("org_word"):
            out.append(Word(w[:-1], s, e - 1))
            out.append(Word(".", e - 1, e))
            continue
        out.append(Word(w, s, e))
    return out


def _glued_honorific(w: str) -> list[str] | None:
    """The pieces of honorifics glued to a given name by full stops ("H.Rudi" -> "H.",
    "Rudi"; "Dr.Drs.H.Agus" -> "Dr.", "Drs.", "H.", "Agus") or to each other ("Dr.Drs.H."),
    or None for any other word: the first piece must be a listed honorific and the last a
    capitalised word that is no degree ("S.Sos", "M.Hum" stay whole)."""
    if "." not in w.rstrip(".") or w in words_of("degree"):
        return None
    if w.endswith(".") and all(f"{p}." in words_of("honorific") for p in w[:-1].split(".")):
        return [f"{p}." for p in w[:-1].split(".")]  # "Dr.Drs.H." before "Fachrori"
    pieces = w.split(".")
    last = pieces[-1]
    if f"{pieces[0]}." not in words_of("honorific") or not regex.fullmatch(r"\p{Lu}\p{Ll}{2,}", last) \
            or last in words_of("degree"):
        return None
    return [f"{p}." for p in pieces[:-1]] + [last]


@functools.cache
def _abbreviation_set() -> frozenset[str]:
    return frozenset(resources.lines("abbreviations.txt")) | words_of("honorific") | words_of("degree")


def is_degree(w: str) -> bool:
    return w in words_of("degree") or bool(DEGREE_SHAPE.match(w))


def _is_honorific(w: str) -> bool:
    return w in words_of("honorific") or w in words_of("rank")


def _adverb_in_nya(w: str) -> bool:
    """A capitalised word in -nya that news text writes in lower case ("Awalnya",
    "Selanjutnya"): an adverb or a noun with its clitic, never a name."""
    return len(w) > 4 and w.endswith("nya") and w[0].isupper() and w.lower() in known_words()


def _is_name_word(w: str) -> bool:
    if w in words_of("connective") or w.lower() in words_of("pronoun") or w.lower() in _cue_words():
        return False
    # An upper-case word of five letters or more is a dateline or an acronym ("MUARASABAK").
    if len(w) >= 5 and w.isupper():
        return False
    return bool(CAPITALISED.match(w) or INITIAL.match(w) or NICKNAME.fullmatch(w)) or w in ("bin", "binti", "van", "de")


@functools.cache
def _ranks() -> tuple[dict[str, tuple[tuple[str, ...], ...]], frozenset[str]]:
    """Ranks of ranks.tsv and the one-word ranks of speaker_words.tsv by first word, longest
    first; and the service qualifiers that may follow a rank."""
    by_first: dict[str, set[tuple[str, ...]]] = {}
    qualifiers = set()
    for row in resources.tsv_records("ranks.tsv"):
        if row["kind"] == "qualifier":
            qualifiers.add(row["words"])
        else:
            parts = tuple(row["words"].split())
            by_first.setdefault(parts[0], set()).add(parts)
    for w in words_of("rank"):
        by_first.setdefault(w, set()).add((w,))
    return ({k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()},
            frozenset(qualifiers))


def rank_at(words: list[Word], j: int, end: int) -> int | None:
    """End of the police or military rank that starts at ``words[j]``, with its service
    qualifiers ("Brigadir Jenderal (Pol)", "Mayjen TNI (Purn)"), if one starts there."""
    if j >= end:
        return None
    ranks, qualifiers = _ranks()
    for parts in ranks.get(words[j].text, ()):
        e = j + len(parts)
        if e <= end and tuple(w.text for w in words[j:e]) == parts:
            while True:
                if e < end and words[e].text in qualifiers:
                    e += 1
                elif e + 2 < end and words[e].text == "(" and words[e + 1].text in qualifiers \
                        and words[e + 2].text == ")":
                    e += 3
                else:
                    return e
    return None


def _ends_with(text: str | None, reader) -> bool:
    """Does ``text`` end with what ``reader`` (``_region_at``, ``rank_at``: words, start, end ->
    end or None) reads, starting within its last five words ("Dinas Perhubungan Kota Bogor",
    "… Inspektur Jenderal")?"""
    if not text:
        return False
    words = tokenize(text, 0, len(text))
    return any(reader(words, j, len(words)) == len(words) for j in range(max(0, len(words) - 5), len(words)))


def match_title(words: list[Word], i: int) -> tuple[int, dict[str, str]] | None:
    """The longest office title starting at ``words[i]``: (number of words, its row)."""
    titles = _titles()
    for n in range(min(_title_max_len(), len(words) - i), 0, -1):
        parts = words[i:i + n]
        first = parts[0].text
        # Titles are capitalised as a rule; matching is case-insensitive on the first letter
        # only, so "wakil" in running text does not start an office.
        if not first[:1].isupper():
            return None
        key = tuple(p.text.lower() for p in parts)
        row = titles.get(key)
        if row is not None and row["kind"] != "honorific":
            if n == 1 and first in words_of("name_or_title") and i > 0 and _is_name_word(words[i - 1].text) \
                    and not _is_honorific(words[i - 1].text) and match_title(words, i - 1) is None:
                return None  # "Arif Hakim": part of a name, not the judge's office
            if n == 1 and first in words_of("unit_or_title") and i > 0 and words[i - 1].text not in words_of("connective") \
                    and (words[i - 1].text in ("dan", "&", "/") or CAPITALISED.match(words[i - 1].text)
                         or ACRONYM.match(words[i - 1].text)):
                return None  # "Kepala Bagian Umum dan Humas": a unit of the office before it
            return n, row
    return None


@dataclass
class Phrase:
    """A parsed speaker phrase: where it is and what it says about the person."""
    start: int
    end: int
    kind: str                      # person | institution | pronoun | group
    name: str = ""
    title: str | None = None       # the office as written ("Gubernur Bengkulu")
    unit: str | None = None        # the unit or region in the office ("Bengkulu")
    title_row: dict[str, str] | None = None
    place: bool = False            # the name is also a place ("kata Sambas")


def _comma_then_name(words: list[Word], i: int, end: int) -> bool:
    """Do capitalised words from ``i`` run to a comma that a name of two words follows (a rank
    may open it)?"""
    k = i
    while k < end and (CAPITALISED.match(words[k].text) or words[k].text in ("dan", "&")):
        k += 1
    if k >= end or k == i or words[k].text != ",":
        return False
    k = rank_at(words, k + 1, end) or k + 1
    return k + 1 < end and _is_name_word(words[k].text) and _is_name_word(words[k + 1].text) \
        and match_title(words, k) is None and _region_at(words, k, end) is None


def _consume_unit(words: list[Word], i: int, end: int, fallback: bool = True,
                  need_name: bool = True, place_first: bool = False, place_unit: bool = False) -> int:
    """End of the unit or region after an office title that takes one, leaving at least one
    word for the name. The unit ends at its last anchor -- an institution word and the word
    it governs ("Kementerian Sosial"), a place ("Provinsi Kalsel", "Jawa Timur"), an acronym
    ("BPK-RI"), a bracketed short form ("(Bappeda)") -- that still has name words after it;
    without an anchor, one word before a name of two or more ("Menteri Keuangan Sri Rahayu")
    where ``fallback`` allows it
    (not for regional offices, whose unit is a place: "Gubernur Rohidin Mersyah"). A title in
    apposition after the name (``need_name`` false) may end with its unit. After a village
    office (``place_first``: "Camat", "Kades") or one that ends with a place or facility word
    ("Kepala Desa"), the first word is the place's name ("Kepala Desa Sukamaju Sarmin"). A
    regional head's unit (``place_unit``) is a place: a short form right after it opens the name
    ("Wali Kota Sukamaju IGN Budi Santoso")."""
    org, markers = words_of("org_word"), words_of("region_marker")
    minister = any(w.text == "Menteri" for w in words[max(0, i - 2):i])
    run_end = i
    while run_end < end:
        w = words[run_end].text
        if run_end > i and (rank_at(words, run_end, end) or _district_at(words, run_end, end)):
            # A rank stands between the unit and the name: all before it is the unit's
            # ("… Divisi Humas Polri Brigadir Jenderal Ade"); so does an electoral district
            # ("anggota DPRD Provinsi Dapil VII Budi").
            return run_end
        if _is_name_word(w) or ACRONYM.match(w) or w in org or w in markers or _is_honorific(w) or (
                CAPITALISED.match(w) and w.lower() not in words_of("pronoun")) or UNIT_TOKEN.match(w):
            run_end += 1
        elif w == "(" and _bracket_end(words, run_end, end):
            # A bracketed short form of the unit, one to three words: "(Bappeda)", "(KWN Rail)".
            run_end = _bracket_end(words, run_end, end)
        elif w in ENGLISH_LINKS and run_end > i and run_end + 1 < end and CAPITALISED.match(words[run_end + 1].text):
            run_end += 1  # an English institution name: "Institute for Rural Studies and Finance"
        elif ORDINAL.fullmatch(w) and run_end > i and run_end + 1 < end:
            run_end += 1  # "Presiden ke-7 RI, Name": the office's ordinal
        elif w == "dari" and run_end > i and run_end + 1 < end and words[run_end + 1].text == "Fraksi":
            run_end += 1  # "Wakil Ketua Komisi IV DPRD X dari Fraksi Partai Maju, Name": the member's faction
        elif w == "di" and run_end > i and run_end + 1 < end and words[run_end + 1].text in words_of("org_top") \
                and _comma_then_name(words, run_end + 1, end):
            # "Direktur Pusat Riset Pangan di Universitas Sukamaju, Name": the body the unit is in,
            # the holder after the comma ("Menteri Budi Santoso di Kementerian X, Jakarta" names him).
            run_end += 1
        elif w.isdigit() and run_end + 1 < end and (
                CAPITALISED.match(words[run_end + 1].text) or (run_end > i and words[run_end + 1].text == ",")):
            # "Kepala Seksi Rayon 4 Semarang Haryanto", "Kepala SMAN 1, Darmadi"; a numbered
            # sub-unit right after the office: "Kasubdit 3 Ditreskrimum Polda Sukamaju, Rudi".
            run_end += 1
        elif (w == "," and run_end + 1 < end and (
                words[run_end + 1].text in markers or words[run_end + 1].text in words_of("org_head")
                or _region_at(words, run_end + 1, end) or _enumeration(words, run_end, end))) or (
                w in ("dan", "&") and run_end + 1 < end and CAPITALISED.match(words[run_end + 1].text)
                and not match_title(words, run_end + 1)):
            # An office after "dan" starts a second office-holder ("Menteri X Ani dan Dirut Y
            # Budi"), not more of the unit.
            # "Kepala Dusun Kembangsari, Kelurahan Tirtomulyo, …"; "Kepala Bagian Umum dan Keuangan,
            # Rumah Sakit …"; "Kepala Puskesmas Koja, Jakarta Utara, Yusuf Hidayat"
            run_end += 1
        else:
            break

    def is_name(k: int) -> bool:
        if k + 1 < end and words[k].text == ",":
            # "Sesditjen Polpum, Didi Sudiana", "Bupati Muara Enim, Ir. H. Muzakir": a comma
            # between the unit and the name; a rank may open it ("Kapolsek Maju, Kompol Rudi").
            k += 1
            while k + 1 < end and _is_honorific(words[k].text):
                k += 1
            r = rank_at(words, k, end)
            if r and r < end:
                k = r
        elif k >= run_end:
            return False
        t = words[k].text
        return _is_name_word(t) and not _is_honorific(t) and t not in org and t not in markers \
            and t not in words_of("unit_word") and t not in words_of("institution_short") \
            and not (minister and t in _ministry_words())

    best = i
    # An office that ends with a place or facility word ("Kepala Desa", "Kepala Puskesmas")
    # is followed by that place's name before the person's: "Kepala Desa Sukamaju Sarmin".
    if i > 0 and i < run_end and (place_first or words[i - 1].text in markers
                                      or words[i - 1].text in words_of("facility")):
        place = _place_after(words, i, run_end)
        if place is not None and is_name(place):
            best = place
    j = i
    place_end, place = -1, ""
    listed_ends_run = False
    while j < run_end:
        w = words[j].text
        stop = None
        region = _region_at(words, j, run_end)
        if region:
            here = " ".join(x.text for x in words[j:region])
            if j == place_end and not _within(place, here):
                # Two places in a row that do not nest: the second starts the name ("Wali
                # Kota Bogor Bima Santoso"; but "Kota Bogor Jawa Barat").
                break
            place_end, place = region, here
            stop = region
        elif w in markers or (w in words_of("facility") and j + 1 < run_end
                              and words[j + 1].text not in markers and words[j + 1].text not in org):
            listed = _place_after(words, j + 1, run_end)
            stop = listed or (j + 2 if j + 1 < run_end else j + 1)
            if listed is None and w in words_of("place_optional") and not (is_name(j + 2) and is_name(j + 3)):
                # "Badan Pendapatan Daerah Rina Lestari": the marker ends the institution's
                # name and the unlisted word after it starts the person's.
                stop = j + 1
            if w in words_of("facility"):
                # A facility's kind before its place: "Taman Margasatwa Ragunan", "Terminal
                # Terpadu Pulo Gebang" (a village is called Terpadu too: a place of two words or
                # more after it wins); the listed place ends the unit when a name follows it.
                for k in range(j + 2, min(j + 4, run_end)):
                    place = _place_after(words, k, run_end)
                    if place is not None and is_name(place) and (listed is None or place - k >= 2):
                        stop = max(stop, place)
                        break
        elif (listed := _listed_institution_at(words, j, run_end)) is not None:
            stop = listed  # "Partai Kebangkitan Bangsa", "Badan Pusat Statistik": a listed name
            # "Politisi Partai Golkar dari …": a listed institution ending the run leaves no name.
            listed_ends_run = j == i and stop == run_end
            if stop == run_end and j > i:
                best = stop  # "… Dewan Komisioner Lembaga Penjamin Simpanan": its words are no name
                break
        elif w in org:
            stop = j + 1
            # The word an institution word governs ("Kementerian Sosial"), unless it is the name.
            if w in words_of("org_head") and j + 1 < run_end and CAPITALISED.match(words[j + 1].text) \
                    and words[j + 1].text not in org \
                    and words[j + 1].text not in markers and not _region_at(words, j + 1, run_end) \
                    and (is_name(j + 2) or not need_name):
                stop = j + 2
        elif place_unit and j == place_end and ACRONYM.match(w) and w not in words_of("place_qualifier") \
                and not _is_honorific(w):
            break
        elif (ACRONYM.match(w) and not INITIAL.match(w) and not _is_honorific(w)) \
                or w in words_of("unit_word") or w in words_of("institution_short") or UNIT_TOKEN.match(w) \
                or (minister and w in _ministry_words()):
            stop = j + 1
        elif w.isdigit() or ORDINAL.fullmatch(w):
            stop = j + 1
        elif w in ("dan", "&") and j + 1 < run_end and CAPITALISED.match(words[j + 1].text):
            # "Menteri Komunikasi dan Informatika Rudiantara": the conjunct is the unit's.
            stop = j + 2
        elif w == "(":
            stop = _bracket_end(words, j, run_end) or j + 1
        if stop is not None:
            if is_name(stop) or (stop < run_end and _is_honorific(words[stop].text)) \
                    or (stop == run_end and rank_at(words, stop, end)) \
                    or (not need_name and stop <= run_end):
                best = stop
            j = max(stop, j + 1)
            continue
        j += 1
    for k in range(i + 1, run_end - 1):
        if words[k].text in ("I", "Ni") and words[k + 1].text in words_of("name_prefix"):
            return k  # a Balinese name starts here: "… Bahari Lovina I Gusti Made Suarta"
    anchored = best > i
    if fallback and best == i and is_name(i) and is_name(i + 1) and is_name(i + 2) \
            and CAPITALISED.match(words[i].text) and not ACRONYM.match(words[i].text):
        best = i + 1
    if need_name and run_end - 1 == best and (best > i or fallback) and run_end < end \
            and words[run_end].text == "," and is_name(run_end):
        # "Kepala SMA Negeri 1 Sukamaju, Budi Santoso", "Ketua Panitia, Budi Santoso": one word
        # before a comma and a name of two words after it is the unit's last word, not the name.
        k = run_end + 1
        while k < end and _is_honorific(words[k].text):
            k += 1
        if k + 1 < end and _is_name_word(words[k + 1].text) and not is_degree(words[k + 1].text) \
                and match_title(words, k) is None and not _unit_word(words[k + 1].text):
            best = run_end
        elif k + 2 < end and words[k + 1].text == "," and words[k + 2].text.islower() and _is_name_word(words[k].text) \
                and match_title(words, k) is None and not _unit_word(words[k].text) \
                and not _region_at(words, k, end) and words[k].text.lower() not in WEEKDAY_WORDS:
            # "Rektor Unsuk, Budiman, mengatakan": a name of one word between commas before
            # the verb.
            best = run_end
        elif best - 1 > i and words[best - 1].text.isdigit() and k < end and _is_name_word(words[k].text) \
                and words[k].text.lower() not in WEEKDAY_WORDS and match_title(words, k) is None \
                and not _unit_word(words[k].text):
            # "Kepala SMAN 1 Sukamaju, Sutarno": after a numbered school or office the word
            # before the comma is its place, and a name of one word follows.
            best = run_end
    holder = rank_at(words, run_end + 1, end) or run_end + 1  # a rank may open the name after the comma
    if need_name and not anchored and run_end - i >= 2 and holder + 1 < end and words[run_end].text == "," \
            and all(CAPITALISED.match(w.text) for w in words[i:run_end]) \
            and any(_common_noun(w.text) for w in words[i:run_end]) and is_name(run_end) \
            and _is_name_word(words[holder + 1].text) and match_title(words, holder) is None \
            and not _region_at(words, holder, end) and words[holder].text.lower() not in WEEKDAY_WORDS:
        # "Direktur Anggaran Gedung Putih, Peter Walsh", "Kasubdit I Penindakan Polri, Kombes Budi
        # Santoso": an office of common nouns with no anchor, closed by a comma that a name of two
        # words or more follows.
        best = run_end
    if need_name and i < best < run_end - 1 and words[best - 1].text in words_of("company_prefix") \
            and run_end + 2 < end and words[run_end].text == "," and is_name(run_end) \
            and _is_name_word(words[run_end + 2].text) and match_title(words, run_end + 1) is None:
        # "Direktur PT Maju Jaya, Budi Santoso": a company's name runs to the comma that the
        # person's name of two words or more follows.
        best = run_end
    if need_name and best == i and 1 <= run_end - i <= 2 and run_end + 2 < end and words[run_end].text == "," \
            and all(CAPITALISED.match(w.text) for w in words[i:run_end]) \
            and (r := rank_at(words, run_end + 1, end)) and r < end and _is_name_word(words[r].text):
        # "Kapolsek Genuk, Kompol Rudi Hartono": a rank after the comma opens the holder's name,
        # so the words before it are the unit, a place no list may hold.
        best = run_end
    if need_name and best == i and listed_ends_run:
        return run_end
    if need_name and i < best < run_end and all(ACRONYM.match(w.text) for w in words[best:run_end]):
        # "Sekretaris Komisi Fatwa MUI menyatakan": an office with no name after it; the
        # short form closes the unit, it is nobody's name.
        return run_end
    return best


@functools.cache
def _regions() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Place names (regions.tsv names and aliases, and the press short forms) by first word,
    longest first."""
    names: list[str] = list(resources.lines("place_short_forms.txt")) + list(resources.lines("countries.txt"))
    for row in resources.tsv_records("regions.tsv"):
        names.append(row["name"])
        names.extend(a for a in (row.get("aliases") or "").split("|") if a)
    out: dict[str, set[tuple[str, ...]]] = {}
    for name in names:
        parts = tuple(name.split())
        if parts:
            out.setdefault(parts[0], set()).add(parts)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _region_at(words: list[Word], j: int, end: int) -> int | None:
    """End of the place name that starts at ``words[j]``, if one does."""
    if j >= end:
        return None
    for parts in _regions().get(words[j].text, ()):
        n = len(parts)
        if j + n <= end and tuple(w.text for w in words[j:j + n]) == parts:
            e = j + n
            while e < end and words[e].text in COMPASS:
                e += 1  # "Jakarta Utara", "Bengkulu Selatan" written after a listed name
            return e
    # A short form and a compass word is a place too: "Tanjab Timur", "Kaltim Selatan".
    if j + 1 < end and CAPITALISED.match(words[j].text) and words[j + 1].text in words_of("region_second") \
            and words[j + 1].text in COMPASS:
        return j + 2
    return None


@functools.cache
def _provinces() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """The provinces each place name of regions.tsv lies in (names and aliases alike), and
    each province's names and aliases mapped to its name."""
    within: dict[str, set[str]] = {}
    province: dict[str, str] = {}
    for row in resources.tsv_records("regions.tsv"):
        for name in [row["name"], *((row.get("aliases") or "").split("|"))]:
            if name:
                within.setdefault(name, set()).add(row["province"])
                if row["kind"] == "province":
                    province[name] = row["province"]
    return {k: frozenset(v) for k, v in within.items()}, province


def _within(inner: str, outer: str) -> bool:
    """May the place ``outer`` follow the place ``inner`` in one unit ("Kota Bogor Jawa
    Barat")? Only as the province it lies in; places the list does not know pass."""
    within, province = _provinces()
    if inner not in within or outer not in within:
        return True
    return province.get(outer) in within[inner]


WEEKDAY_WORDS = frozenset(f.lower() for forms in DATES["weekdays"].values() for f in forms)
COMPASS = frozenset({"Timur", "Barat", "Selatan", "Utara", "Tengah", "Tenggara", "Daya", "Laut"})


def _place_after(words: list[Word], j: int, end: int) -> int | None:
    """End of the place name that starts at ``words[j]`` after a place or facility word
    ("Desa Cempaka Putih", "Puskesmas Margadana"): a region, else the longest district or
    village name."""
    region = _region_at(words, j, end)
    if region:
        return region
    n = resources.village_length([w.text for w in words[j:end]])
    return j + n if n else None


def _unit_word(w: str) -> bool:
    return (w in words_of("org_word") or w in words_of("region_marker") or w in words_of("unit_word")
            or w in words_of("institution_short"))


@functools.cache
def _ministry_words() -> frozenset[str]:
    """Words that name a ministry: what follows "Menteri" in the spelled-out ministers of
    titles.tsv ("Menaker" is "Menteri Ketenagakerjaan") and "Kementerian" in institutions.tsv.
    A minister's unit is a ministry, so after "Menteri" these are the office's, not the name's
    ("Menteri Ketenagakerjaan Budi": the name is "Budi")."""
    out: set[str] = set()
    spelled = [row["full"] for row in resources.tsv_records("titles.tsv") if row.get("kind") == "minister"]
    spelled += [row["name"] for row in resources.tsv_records("institutions.tsv") if row.get("kind") == "ministry"]
    for full in spelled:
        parts = full.split()
        if parts and parts[0] in ("Menteri", "Kementerian"):
            out.update(w.strip(",") for w in parts[1:] if CAPITALISED.match(w.strip(",")))
    return frozenset(out)


def _unit_fallback(row: dict[str, str]) -> bool:
    return row.get("kind") not in (*REGIONAL_HEADS, "village", "police", "military")


def parse_forward(words: list[Word], i: int, text: str) -> Phrase | None:
    """The speaker phrase that starts at ``words[i]`` (after a cue: "kata Gubernur Rohidin")."""
    p = _parse_forward(words, i, text)
    if p is None or p.kind not in ("person", "institution") or p.title or not p.name \
            or text[p.start:p.end] != p.name:
        return p
    # An English name cut at a link word ("menurut Pacific Coastal [and Marine
    # Administration]"): Indonesian writes its own link words in lower case, so capitalised
    # words joined by "and", "for", "of" or "&" are one institution's name.
    m = _ENGLISH_LINK.match(text, p.end, words[-1].end)
    if m is None or any(w in words_of("english_title") for w in m.group().split()):
        return p  # "Research & Analytics Manager …": a department and a job title, no name
    return replace(p, end=m.end(), kind="institution", name=text[p.start:m.end()])


def _parse_forward(words: list[Word], i: int, text: str) -> Phrase | None:
    n = len(words)
    if i >= n:
        return None
    w = words[i].text
    if w.lower() in words_of("pronoun"):
        return Phrase(words[i].start, words[i].end, "pronoun", name=w)
    start = words[i].start
    if w in words_of("institution_head") and match_title(words, i) is None and rank_at(words, i + 1, n):
        # "Direktorat Jenderal Pajak menyatakan …": an institution word before a rank's word
        # names an institution that speaks ("Jenderal" is no rank there).
        return _parse_institution(words, i, text)
    title = title_row = unit = None
    comma = False  # a comma between the office and what follows it
    j = i
    while j < n:
        r = rank_at(words, j, n)
        t = match_title(words, j)
        if r and r > j + 1 and (t is None or (t[1].get("kind") == "rank" and r - j > t[0])):
            j = r  # "Brigadir Satu Polisi Ani", "Brigjen Marinir Ani": a rank of several words
        elif _is_honorific(words[j].text) or ((words[j].text in words_of("office_prefix")
                                                or words[j].text.lower() in words_of("former")) and t is None):
            j += 1
        elif r and t is None:
            j = r  # "Komisaris Besar Ade" with no office before it
        else:
            break
    if j + 2 < n and words[j].text == "Pelaksana" and words[j + 1].text == "Tugas":
        # "Pelaksana Tugas Direktur Jenderal …", the spelled-out "Plt", its short form in
        # brackets or not ("Pelaksana Tugas (Plt) Deputi Pencegahan …").
        k = _bracket_end(words, j + 2, n) if words[j + 2].text == "(" else j + 2
        if k and k < n and match_title(words, k):
            j = k
    t = match_title(words, j)
    if t is not None:
        k, title_row = t
        # "Plt. Sekretaris Diskominfo": the acting prefix belongs to the office.
        title_start = i if words[i].text in words_of("office_prefix") or words[i].text == "Pelaksana" \
            or words[i].text.lower() in words_of("former") else j  # "Mantan Direktur …" as written
        title_end = j + k
        u_end = _consume_unit(words, title_end, n, _unit_fallback(title_row),
                              place_first=title_row.get("kind") == "village",
                              place_unit=title_row.get("kind") in REGIONAL_HEADS) \
            if title_row.get("takes_unit") == "yes" else _country_after(words, title_end, n)
        if title_row.get("takes_unit") == "yes" and any(
                w.text in SECOND_OFFICE_LINKS for w in words[u_end:u_end + 12]):
            # Before a second office the whole run is the unit ("Kepala Badan Pangan yang juga …").
            whole = _consume_unit(words, title_end, n, _unit_fallback(title_row), need_name=False,
                                  place_first=title_row.get("kind") == "village")
            if whole > u_end and _second_office(words, whole, n) is not None:
                u_end = whole
        if u_end > title_end:
            unit = text[words[title_end].start:words[u_end - 1].end]
        # "Pengacara terdakwa, Rina Kusuma": whom the role serves completes the office (it is
        # no institution).
        served = u_end + 1 if u_end + 2 < n and words[u_end].text in words_of("role_complement") \
            and words[u_end + 1].text == "," and _is_name_word(words[u_end + 2].text) else u_end
        title = text[words[title_start].start:words[served - 1].end]
        j = u_end = served
        # A second office the person holds: "Kepala Badan Pangan yang juga Ketua Satgas Beras
        # Rina Lestari", "Sekda sekaligus Plh Bupati …"; the name follows the second.
        second = _second_office(words, j, n)
        if second is not None:
            k2, row2 = match_title(words, second)
            u2 = _consume_unit(words, second + k2, n, _unit_fallback(row2),
                               place_first=row2.get("kind") == "village") \
                if row2.get("takes_unit") == "yes" else second + k2
            title = text[words[title_start].start:words[u2 - 1].end]
            j = u2
        comma = j < n and words[j].text == ","
        if comma:
            # The office as read up to the comma, named by itself, for when what follows the
            # comma is not this person's name.
            office_alone = Phrase(start, words[j - 1].end, "person", name="", title=title, unit=unit,
                                  title_row=title_row)
            j += 1
        # A rank or second title between office and name: "Kapolda Metro Jaya Irjen Hendra",
        # "Kepala Polda … Inspektur Jenderal Hendra" (after an office, a rank and not the
        # inspectorate's head).
        r = rank_at(words, j, n)
        t2 = match_title(words, j)
        if comma and t2 is not None and r is None:
            # "Menhub, Kapolri Tito …": an office after a comma is the next person's.
            return office_alone
        if r is not None and r < n and _is_name_word(words[r].text):
            j = r
        elif t2 is not None and j + t2[0] < n and _is_name_word(words[j + t2[0]].text):
            j += t2[0]
    while j < n and ((r := rank_at(words, j, n) or _district_at(words, j, n)) or _is_honorific(words[j].text)):
        j = r or j + 1
    first_name = j
    # Initials right after a rank open the name ("Inspektur Jenderal RZ Hendra Putra").
    initials_first = any(rank_at(words, k, n) == first_name for k in range(max(i, first_name - 6), first_name))
    while j < n and _is_name_word(words[j].text) and not _is_honorific(words[j].text):
        if j > first_name and match_title(words, j):
            break
        j += 1
    if j > first_name and j + 2 < n and words[j].text.isalpha() and words[j].text.islower() \
            and words[j + 1].text == "," and is_degree(words[j + 2].text):
        j += 1  # "Drs. M. Teguh jaya, MM": a name part written in lower case before a degree
    # An honorific inside the run starts the name: "… Setdakab Madina Dr. Ahmad Duroni",
    # "Kakan Kemenag H. Maranaik Hasibuan"; the words before it end the office.
    h = j
    while h < n and _is_honorific(words[h].text):
        h += 1
    if h > j and h < n and _is_name_word(words[h].text) and j > first_name:
        office_end = words[j - 1].end
        if title is None:
            title = text[words[first_name].start:office_end]
        else:
            unit = text[words[first_name].start:office_end] if unit is None else \
                text[text.index(unit, start):office_end]
            title = text[words[i].start if words[i].text in words_of("office_prefix") else start:office_end]
        first_name = j = h
        while j < n and _is_name_word(words[j].text) and not _is_honorific(words[j].text):
            j += 1
    # Unit words are never part of a name: what comes before the last of them is the tail of an
    # office ("… Komunikasi dan Informatika Rudiantara" parsed from "Informatika").
    if title is None and j > first_name and (_unit_word(words[first_name].text)
                                             or words[first_name].text in words_of("institution_head")
                                             or (ACRONYM.match(words[first_name].text)
                                                 and words[first_name].text in _institution_names()
                                                 and _region_at(words, first_name + 1, j) == j)):
        # Also a listed institution's short form before its place and nothing else: "PN Palu".
        return _parse_institution(words, first_name, text)
    last_unit = -1
    # Initials opening the name after an office complete without them ("Jaksa Agung ST
    # Budiman", "Wali Kota Sukamaju IGN Putra Jaya"): no unit follows the office, or its unit
    # ends in a place.
    initials_first = initials_first or (title is not None and j - first_name >= 2 and _initials(
        words[first_name].text) and ((title_row or {}).get("takes_unit") != "yes" or _ends_with(unit, _region_at)))
    # A Balinese name is a name to its end: "I Ketut Wira Negara" ("Negara" no unit word there).
    balinese = first_name + 1 < j and words[first_name].text in ("I", "Ni") \
        and words[first_name + 1].text in words_of("name_prefix")
    for k in range(first_name, j if not balinese else first_name):
        if initials_first and k == first_name and len(words[k].text) <= 3 and words[k].text.isalpha():
            continue
        if _unit_word(words[k].text) or (ACRONYM.match(words[k].text) and k + 1 < j) \
                or (title is not None and words[k].text in _institution_names()):
            last_unit = k  # a listed institution's short form ends an office ("kata Ketua KPU")
        elif title is not None and words[k].text == "The" and k + 4 <= j:
            # "Manajer Riset The Prakarsa Budi Santoso": an English name and its word, no person's;
            # a name of two words is left.
            last_unit = k + 1
    if title is None:
        # "Tanjab Timur Romi Hariyanto", "PU Provinsi Sumsel Darma Budhi", "Pinus Sumsel Rabin
        # Ibnu Zainal" (entity spans cut inside an office): the place and what is before it
        # are the office's, not the name's.
        for k in range(max(first_name, last_unit + 1), j - 1):
            region = _region_at(words, k, j)
            if region is not None and region < j:
                last_unit = region - 1
    if last_unit >= 0 and not (title is None and last_unit == j - 1):
        if title is not None:
            title = text[words[i].start if words[i].text in words_of("office_prefix") else start:
                         words[last_unit].end]
            unit = text[words[first_name].start:words[last_unit].end] if unit is None else \
                text[text.index(unit, start):words[last_unit].end] if unit in text[start:words[last_unit].end] \
                else unit
        first_name = last_unit + 1
        while first_name < j and words[first_name].text == ",":
            first_name += 1
    if j == first_name:
        if title is None:
            return _parse_institution(words, i, text)
        if comma:
            # "Bupati Muara Enim, Unsur FKPD Kabupaten …": no name after the comma; what follows
            # it is the next item of a list, not more of the office.
            return office_alone
        # An office without a name ("kata Gubernur"): the office itself is the mention.
        k = j
        while k > i + 1 and (words[k - 1].text == "," or _is_honorific(words[k - 1].text)):
            k -= 1
        end = words[k - 1].end if k > i else words[i].end
        return Phrase(start, end, "person", name="", title=title, unit=unit, title_row=title_row)
    past_degrees = j
    while j - 1 > first_name and is_degree(words[j - 1].text):
        j -= 1  # a degree after the name with no comma: "Bupati Tanjung Jabung Barat Safrial MS"
    name = " ".join(x.text for x in words[first_name:j])
    end = words[j - 1].end
    if _region_at(words, first_name, j) == j:
        # A place alone ("Bengkulu menyampaikan") names a person only where the article has
        # one of that name ("kata Sambas"); after an office it is the office's region ("Bupati
        # Tanjung Jabung Timur mengatakan").
        if title is None:
            if name in _countries():
                # "Australia menganggap …", "pihak AS menyebut …": the state speaks.
                return Phrase(start, end, "institution", name=name)
            return Phrase(start, end, "person", name=name, place=True)
        if comma:
            return office_alone  # "Bupati Kaur, Unsur … Kabupaten Kaur": a list
        unit = text[words[first_name].start:words[j - 1].end]
        title = text[start if words[i].text in words_of("office_prefix") else words[i].start:words[j - 1].end]
        return Phrase(start, words[j - 1].end, "person", name="", title=title, unit=unit,
                      title_row=title_row)
    if title is None and (words[first_name].text in words_of("institution_head")
                          or ACRONYM.match(words[first_name].text) or _listed_institution(words, first_name, j)):
        return _parse_institution(words, i, text)
    if title and (m := _FACTION_AFTER.search(title)):
        # "… DPR dari Fraksi Partai Maju": the faction qualifies the member; the office is what
        # comes before it (written without "dari", "anggota Komisi V DPRD Jambi Fraksi X", readers
        # have taken the faction as part of the office).
        title = title[:m.start()]
        unit = _FACTION_AFTER.sub("", unit) if unit else unit
    phrase = Phrase(start, end, "person", name=name, title=title, unit=unit, title_row=title_row)
    # A title in apposition after the name: "kata Budi Wirawan, Kepala Dinas Perhubungan",
    # past degrees ("Prof Rina Lestari PhD, dosen …").
    k = past_degrees
    while k + 1 < n and words[k].text == "," and is_degree(words[k + 1].text):
        k += 2
    if title is None and k + 1 < n and words[k].text == ",":
        # Also in lower case, as news writes it: "ujar Budi Santoso, juru bicara KPK" (read on
        # the words after the comma only: the caller may pass a whole article's words).
        # "seorang" (a) before the office: "Rina Lestari, seorang guru besar …".
        a = k + 2 if k + 2 < n and words[k + 1].text == "seorang" else k + 1
        after = raise_first(words[a:a + APPOSED_OFFICE_MAX_WORDS], 2)
        # A deputy, acting or former prefix before it: "Rina Lestari, wakil ketua umum PSSI",
        # "Budi Santoso, mantan Ketua Kelompok Tani Maju".
        o = 1 if len(after) > 1 and (after[0].text in words_of("office_prefix")
                                     or after[0].text.lower() in words_of("former")) else 0
        t = match_title(after, o)
        at = _lowercase_qualified_unit(words[a:a + APPOSED_OFFICE_MAX_WORDS], o + t[0]) \
            if t is not None and t[1].get("takes_unit") == "yes" else None
        if at is not None:
            # "Rina Lestari, ekonom senior di Bank Maju, …": words in lower case qualify the
            # office, the institution follows "di".
            phrase.title = text[after[0].start:after[at[1] - 1].end]
            phrase.unit = text[after[at[0]].start:after[at[1] - 1].end]
            phrase.title_row = t[1]
            t = None
        if t is not None:
            m, row = t
            u_end = _consume_unit(after, o + m, len(after), _unit_fallback(row), need_name=False) \
                if row.get("takes_unit") == "yes" else o + m
            if row.get("takes_unit") == "yes":
                u_end = _closed_unit(after, u_end) or u_end
            unit_start = o + m
            served = u_end < len(after) and after[u_end].text in words_of("role_complement") \
                and (u_end + 1 == len(after) or after[u_end + 1].text in (",", ".", "\n"))
            second = _second_office(after, u_end, len(after))
            if second is not None:
                # "ujar Rina, CEO & Senior Vice President Maju Asia": the second office names
                # the unit.
                m, row = match_title(after, second)
                unit_start = u_end = second + m
                if row.get("takes_unit") == "yes":
                    u_end = _consume_unit(after, u_end, len(after), _unit_fallback(row), need_name=False)
                    u_end = _closed_unit(after, u_end) or u_end
            if served and second is None:
                # "Dedi Santoso, juru bicara pelapor, …": whom the role serves completes it.
                phrase.title = text[after[0].start:after[u_end].end]
                phrase.unit = text[after[unit_start].start:after[u_end - 1].end] if u_end > unit_start else None
                phrase.title_row = row
            elif (u_end - unit_start > 0 or row.get("takes_unit") == "no") and not _holder_follows(after, u_end):
                phrase.title = text[after[0].start:after[u_end - 1].end]
                phrase.unit = text[after[unit_start].start:after[u_end - 1].end] if u_end > unit_start else None
                phrase.title_row = row
    return phrase


DATE_WORDS = WEEKDAY_WORDS | frozenset(f for forms in DATES["months"].values() for f in forms)


def _lowercase_qualified_unit(words: list[Word], j: int) -> tuple[int, int] | None:
    """Start and end of the institution after an office in apposition that words in lower case
    or a country qualify before "di" ("ekonom senior di Bank Maju,", "analis pasar di Maju
    Securities.", "ekonom Jepang di …"): up to three such words, then "di" and capitalised words
    closed by a comma or a full stop; or "dari" right after the office ("CEO dari Climate
    Council")."""
    q = j
    while q < len(words) and q - j < 3 and words[q].text.isalpha() and (
            words[q].text.islower() or words[q].text in _countries() or words[q].text in words_of("continent")) \
            and words[q].text not in ("di", "dari", "yang", "dan", "untuk"):
        q += 1  # "ekonom senior di …", "ekonom Jepang di …", "ekonom Eropa di …"
    if q + 1 >= len(words) or not CAPITALISED.match(words[q + 1].text) or not (
            words[q].text == "dari" or (words[q].text == "di" and q > j)):
        return None  # "ekonom senior di …", "guru besar psikologi dari …"; "CEO dari …"
    end = _closed_unit(words, q + 1)
    return (q + 1, end) if end is not None and end > q + 1 and end < len(words) else None


def _closed_unit(words: list[Word], j: int) -> int | None:
    """End of the capitalised words that go on from ``words[j]`` to a comma, full stop or the
    end of ``words``: the rest of an office's unit in apposition, which nothing after it may
    be the name of ("kata Rina Lestari, CEO Maju Jaya, …", "…, Kepala Dinas Sosial
    Sukamaju."). None where the run stops at anything else."""
    e = j
    while e < len(words):
        w = words[e].text
        if (CAPITALISED.match(w) or ACRONYM.match(w) or UNIT_TOKEN.match(w)) and w.lower() not in DATE_WORDS \
                and w not in words_of("connective"):
            e += 1
        elif w in ("dan", "&", *ENGLISH_LINKS) and e > j and e + 1 < len(words) and CAPITALISED.match(words[e + 1].text):
            e += 1
        elif w == "(" and e > j and _bracket_end(words, e, len(words)):
            e = _bracket_end(words, e, len(words))
        elif w == "di" and e > j and e + 1 < len(words) and (words[e + 1].text in _countries() or _region_at(
                words, e + 1, len(words))) and (e + 2 == len(words) or words[e + 2].text in (",", ".", ";", "\n")):
            return e  # "…, ahli gizi di Pusat Studi X (PSX) di Prancis, …": where it is, no part of it
        else:
            break
    if e > j and e + 1 < len(words) and words[e].text == "," and match_title(words, e + 1):
        return None  # a list of office-holders: the last capitalised word may be a name
    if e > j and (e == len(words) or words[e].text in (",", ".", ";", ")", "\n")):
        return e
    return None


def _country_after(words: list[Word], j: int, end: int) -> int:
    """End of an office that takes no unit at home, past its short form in brackets and the
    country it holds abroad ("Presiden Prancis Jean Moreau", "Perdana Menteri (PM) Thomas
    …", "Presiden AS, John Miller"): the country (countries.txt) when a name follows it."""
    k = j
    if k < end and words[k].text == "(" and (b := _bracket_end(words, k, end)) and b < end \
            and _is_name_word(words[b].text):
        k = b
    if k + 1 < end and ORDINAL.fullmatch(words[k].text):
        k += 1  # "Presiden ke-7 RI, Name": the office's ordinal
        if words[k].text in HOME_COUNTRY and k + 1 < end:
            k += 1
        if words[k].text == "," or _is_name_word(words[k].text) and not _region_at(words, k, end):
            return k
    if k + 2 < end and words[k].text in HOME_COUNTRY and words[k + 1].text in ("untuk", "di"):
        # An envoy's country and the one he is sent to: "Duta Besar RI untuk Jepang Name".
        e = _region_at(words, k + 2, end)
        if e is not None and e < end and " ".join(w.text for w in words[k + 2:e]) in _countries():
            k += 2
    e = _region_at(words, k, end)
    if e is None or e >= end or " ".join(w.text for w in words[k:e]) not in _countries():
        return k
    if words[e].text == "(" and (b := _bracket_end(words, e, end)) and b < end:
        e = b  # "Presiden Amerika Serikat (AS) Name": the country's short form
    name_at = e + 1 if words[e].text == "," and e + 1 < end else e
    return e if _is_name_word(words[name_at].text) else k


@functools.cache
def _countries() -> frozenset[str]:
    return frozenset(resources.lines("countries.txt"))


def _initials(w: str) -> bool:
    """Can ``w`` be a name's initials ("ST", "IGN"): two or three capitals that name no
    listed institution, short form or place?"""
    return 2 <= len(w) <= 3 and w.isalpha() and w.isupper() and w not in _institution_names() \
        and w not in words_of("institution_short") and w not in _regions() and w not in _countries()


def _numeral(w: str) -> bool:
    """A number, Arabic or Roman ("VII", "3"), as in "Komisi VII", "Dapil 3"."""
    return bool(ROMAN.match(w)) or w.isdigit()


def _commission(words: list[str]) -> bool:
    """Are ``words`` a legislature's numbered commission ("Komisi V")?"""
    return len(words) == 2 and words[0] == "Komisi" and _numeral(words[1])


def _legislature(name: str) -> bool:
    """Is ``name`` a legislature ("DPR RI", "DPRD", "Majelis Permusyawaratan Rakyat")?"""
    return _institution_names().get(name) in _legislatures()


@functools.cache
def _legislatures() -> frozenset[str]:
    """The full names of the legislatures institutions.tsv lists."""
    return frozenset(row["name"] for row in resources.tsv_records("institutions.tsv")
                     if row.get("kind") == "legislature")


def _legislative_body(head: list[str], legislature: bool) -> int:
    """How many words at the end of ``head`` name a body of the institution written after
    them: a numbered commission ("Komisi V"), or, where that institution is a legislature, a
    listed body ("Badan Legislasi", "Banggar", speaker_words.tsv), a commission named by its
    field ("Komisi Hukum") or a faction and its party ("Fraksi Partai Maju", "Fraksi PKB")."""
    if _commission(head[-2:]):
        return 2
    if not legislature:
        return 0
    for n in range(min(len(head), 4), 0, -1):
        if " ".join(head[-n:]) in words_of("legislative_body"):
            return n
    for n in range(2, min(len(head), 3) + 1):
        if head[-n] == "Komisi" and all(CAPITALISED.match(w) and not ACRONYM.match(w) for w in head[-n + 1:]):
            return n  # a commission named by its field: "Komisi Hukum DPR"
    for n in range(2, min(len(head), 5) + 1):
        if head[-n] == "Fraksi":
            return n if all(CAPITALISED.match(w) or ACRONYM.match(w) for w in head[-n + 1:]) else 0
    return 0


def raise_first(words: list[Word], count: int = 1) -> list[Word]:
    """``words`` with the first ``count`` capitalised, to read an office written in lower case
    ("juru bicara KPK") as the titles list has it."""
    return [Word(w.text.capitalize(), w.start, w.end) if x < count else w for x, w in enumerate(words)]


def written_in(text: str, form: str) -> bool:
    """Does ``text`` write ``form`` as whole words?"""
    return regex.search(rf"(?<!\p{{L}}){regex.escape(form)}(?!\p{{L}})", text) is not None


def _district_at(words: list[Word], j: int, end: int) -> int | None:
    """End of an electoral district written between a legislator's office and name ("Dapil VII",
    "Dapil Jabar 3"), part of neither."""
    if j + 1 < end and words[j].text in words_of("district"):
        k = j + 1
        while k < end and k - j <= 3 and not _numeral(words[k].text):
            k += 1
        if k < end and k - j <= 3 and _numeral(words[k].text):
            return k + 1
    return None


def _after_short_opening(words: list[Word], i: int) -> bool:
    """Does ``words[i]`` follow a sentence's opening phrase of three words at most and its
    comma ("Senada, …", "Sementara itu, …")?"""
    if i < 2 or words[i - 1].text != ",":
        return False
    k = i - 2
    while k >= 0 and i - 1 - k <= 3 and words[k].text not in SENTENCE_OPENERS_BEFORE and words[k].text != ",":
        k -= 1
    return (k < 0 or words[k].text in SENTENCE_OPENERS_BEFORE) and i - 1 - k <= 4 and k < i - 2


def _holder_follows(words: list[Word], j: int) -> bool:
    """Does a name closed by a comma and a verb follow the office ending before ``words[j]``
    ("Senada dengan Rina, Ketua Koperasi Maju, Budi Santoso, menyetujui …")? Then the office
    is that person's, not in apposition to the name before it."""
    while j < len(words) and (CAPITALISED.match(words[j].text) or ACRONYM.match(words[j].text)):
        j += 1  # the rest of the unit, where it was read shorter
    if j + 1 >= len(words) or words[j].text != ",":
        return False
    k = j + 1
    while k < len(words) and _is_name_word(words[k].text) and words[k].text.lower() not in WEEKDAY_WORDS \
            and not _region_at(words, k, len(words)) and match_title(words, k) is None:
        k += 1
    if k == j + 1 or k >= len(words):
        return False
    if words[k].text == "," and k + 1 < len(words):
        k += 1
    return words[k].text[:1].islower()


# The longest office in apposition after a name that is read ("…, Kepala Dinas … Kabupaten …").
APPOSED_OFFICE_MAX_WORDS = 24
# An office with its unit before a name in a headline ("Ketua Komisi II DPR RI Budi Santoso").
HEADLINE_OFFICE_MAX_WORDS = 8

# The words that bring in a second office of the same person.
# What may stand right before a sentence's first word: a full stop, a paragraph break, a
# closing quote mark.
SENTENCE_OPENERS_BEFORE = frozenset({".", "!", "?", "\n", "”", "\""})

SECOND_OFFICE_LINKS = frozenset({"yang", "juga", "sekaligus", "merangkap", "/", "&"})


def _second_office(words: list[Word], j: int, n: int) -> int | None:
    """Where a second office starts after "yang juga", "sekaligus", "merangkap" or a slash
    ("Kepala Dinas Pendidikan/Plt Kepala Dinas Sosial Rina …")."""
    if j + 2 < n and words[j].text == "yang" and words[j + 1].text == "juga":
        k = j + 2
    elif j + 1 < n and words[j].text in ("sekaligus", "merangkap", "/", "&"):
        k = j + 1
    else:
        return None
    if k + 1 < n and words[k].text in words_of("office_prefix"):
        k += 1
    return k if match_title(words, k) is not None else None


def _deputy(title: str | None, row: dict[str, str] | None) -> bool:
    """Is the office a deputy's written with the prefix "Wakil" before an office that has no
    deputy title of its own ("Wakil Sekjen", "Wakil Kepala Dinas")?"""
    return bool(title) and title.split()[0] == "Wakil" and not (row or {}).get("title", "").startswith("Wakil")


def _parse_institution(words: list[Word], i: int, text: str) -> Phrase | None:
    """An institution as speaker: "Pemprov Bengkulu", "Dinas Kominfotik Provinsi Bengkulu"."""
    w = words[i].text
    if not (w in words_of("institution_head") or ACRONYM.match(w) or _unit_word(w)
            or w in _institution_names() or _listed_institution_at(words, i, len(words))):
        return None
    j = i + 1
    n = len(words)
    while j < n:
        t = words[j].text
        if (CAPITALISED.match(t) or ACRONYM.match(t)) and t not in words_of("connective"):
            j += 1
        elif t == "(" and j + 2 < n and words[j + 2].text == ")":
            j += 3
            run = j
            while run < n and CAPITALISED.match(words[run].text):
                run += 1
            nxt = words[j].text if j < n else ""
            if run - j >= 2 and words[j - 2].text not in LEGAL_FORMS and nxt not in words_of("region_marker") \
                    and nxt not in _institution_names() and nxt not in words_of("org_word") \
                    and not ACRONYM.match(nxt) and not _common_noun(nxt) and _region_at(words, j, n) is None:
                # "Kementerian … (ESDM) Rida Mulyana": the short form closes the name; a place
                # ("Kedutaan Besar RI (KBRI) Canberra"), an institution or a common noun may
                # follow it ("Direktorat Jenderal (Ditjen) Imigrasi …").
                break
        elif t in ENGLISH_LINKS and j + 1 < n and CAPITALISED.match(words[j + 1].text):
            j += 1  # "PT House of Batik"
        elif t == "dan" and w in words_of("institution_head") and j + 1 < n \
                and CAPITALISED.match(words[j + 1].text) and _common_noun(words[j + 1].text) \
                and words[j + 1].text not in words_of("institution_head"):
            j += 1  # "Kementerian Komunikasi dan Digital", "Badan Riset dan Inovasi Nasional"
        else:
            break
    return Phrase(words[i].start, words[j - 1].end, "institution",
                  name=text[words[i].start:words[j - 1].end])


# Prepositions whose object may stand between a subject and its verb ("Kepala Balai kepada
# Bupati menyampaikan …").
OBJECT_PREPOSITIONS = frozenset({"kepada", "pada", "bersama", "terhadap"})
# Lower-case words inside English institution names.
ENGLISH_LINKS = frozenset({"of", "for", "and", "the"})
# The link words inside an English name, for the patterns that read one ("… and Marine Agency").
_LINKS_INSIDE = "|".join(regex.escape(w) for w in sorted((ENGLISH_LINKS - {"the"}) | {"&"}))


def parse_backward(words: list[Word], end_index: int, text: str) -> Phrase | None:
    """The speaker phrase that ends just before ``words[end_index]``; a phrase governed by a
    preposition is the verb's object, so the subject is the phrase before the preposition."""
    p = _parse_backward(words, end_index, text)
    if p is None or p.kind == "pronoun":
        return p
    k = next((i for i, w in enumerate(words) if w.start >= p.start), None)
    if k and words[k - 1].text in OBJECT_PREPOSITIONS:
        subject = _parse_backward(words, k - 1, text)
        if subject is not None and subject.kind != "pronoun":
            return subject
    if k and words[k - 1].text == "dari" and p.kind == "institution":
        # "Rina Lestari dari PT Rotan Jaya mengatakan": the person from the institution speaks.
        subject = _parse_backward(words, k - 1, text)
        if subject is not None and subject.kind == "person" and subject.name:
            return subject
    return p


def _parse_backward(words: list[Word], end_index: int, text: str, english: bool = True) -> Phrase | None:
    """The speaker phrase that ends just before ``words[end_index]`` (a subject before its verb:
    "Gubernur Bengkulu Rohidin Mersyah menyampaikan"); adverbs in between are skipped."""
    j = end_index
    while j > 0 and words[j - 1].text.lower() in words_of("adverb"):
        j -= 1
    if j == 0:
        return None
    last = j - 1
    if words[last].text.lower() in words_of("pronoun"):
        return Phrase(words[last].start, words[last].end, "pronoun", name=words[last].text)
    # Walk left over the words a phrase may hold, then parse forward from the leftmost title.
    k = last
    restarts: set[int] = set()
    while k >= 0:
        w = words[k].text
        if _is_name_word(w) or ACRONYM.match(w) or _is_honorific(w) or is_degree(w) \
                or _unit_word(w) or w in words_of("office_prefix") \
                or (CAPITALISED.match(w) and w.lower() not in words_of("pronoun")
                    and w not in words_of("connective")):
            k -= 1
            continue
        if w in ("dan", "&") and k > 0 and k < last and (CAPITALISED.match(words[k - 1].text) or (
                words[k - 1].text == "," and k > 1 and CAPITALISED.match(words[k - 2].text))):
            if words[k - 1].text == ",":
                restarts.add(k + 1)
            k -= 1  # "Kepala Dinas Kebudayaan Pariwisata Pemuda dan Olahraga …"
            continue
        if w == "dari" and 0 < k < last and words[k + 1].text == "Fraksi" and CAPITALISED.match(words[k - 1].text):
            k -= 1  # "… DPRD Jambi dari Fraksi Partai Maju Budi Santoso"
            continue
        if w in ("untuk", "di") and 0 < k < last and words[k - 1].text in HOME_COUNTRY and any(
                (t := match_title(words, m)) and m + t[0] == k - 1 and t[1].get("kind") == "envoy"
                for m in range(max(0, k - 3), k - 1)):
            k -= 1  # "Duta Besar RI untuk Jepang …"
            continue
        if english and w in ENGLISH_LINKS and 0 < k < last and CAPITALISED.match(words[k - 1].text) \
                and CAPITALISED.match(words[k + 1].text):
            k -= 1  # an English name: "PT House of Batik", "Institute for Trade and Finance"
            continue
        if w in SECOND_OFFICE_LINKS and 0 < k < last:
            # "Sekda sekaligus Plh Bupati …", "Kepala … yang juga Ketua …": the first office
            # opens the phrase.
            at = k - 1 if w == "juga" and words[k - 1].text == "yang" else k
            if at > 0 and _second_office(words, at, last + 1) is not None \
                    and CAPITALISED.match(words[at - 1].text):
                k = at - 1
                continue
        if w == "," and k > 0 and k + 1 <= last and all(
                is_degree(x.text) or INITIAL.match(x.text) or x.text in (",", ".") for x in words[k + 1:last + 1]):
            k -= 1  # ", SE", ", S. Sos", ", SH., MH"
            continue
        if w == "." and 0 < k < last and is_degree(words[k - 1].text):
            k -= 1  # the full stop of "SH." in ", SH., MH"
            continue
        if w == ")" and k >= 2 and words[k - 2].text == "(":
            k -= 3
            continue
        if w == "," and 0 < k < last and CAPITALISED.match(words[k - 1].text) and _enumeration(words, k, last + 1):
            # "Kepala Dinas Pariwisata, Pemuda, dan Olahraga …"; where the office read from
            # before the list gives no phrase, the words after the comma are read alone.
            restarts.add(k + 1)
            k -= 1
            continue
        break
    first = k + 1
    while first < last and _adverb_in_nya(words[first].text):
        first += 1  # "Awalnya Budi mengatakan": the sentence's adverb opens no name
    if first > last:
        return None
    for s in range(first, last + 1):
        if match_title(words, s) or s == first or s in restarts:
            p = parse_forward(words[:last + 1], s, text)
            if p is not None and p.end >= words[last].end - 0 and (p.name or p.title):
                return p
            if p is not None and p.title and not p.name and _coordinated_offices(words[:last + 1], s, text):
                # "Bupati dan Wabup menuturkan": two offices speak together; the first leads.
                return replace(p, end=words[last].end)
            if p is not None and _degree_tail(words, p.end, last, bare=bool(p.name.strip())):
                return p
    if english and any(w.text in ENGLISH_LINKS for w in words[first:last + 1]):
        # The English name read in gave nothing: read the phrase without it.
        return _parse_backward(words, end_index, text, english=False)
    return None


def _enumeration(words: list[Word], i: int, end: int) -> bool:
    """Does the comma at ``words[i]`` go on a list of capitalised words closed by "dan" ("Bidang
    Pangan, Energi, dan Air")? An item of several words is made of common nouns, as a
    portfolio is ("Menteri Desa, Pembangunan Daerah Tertinggal dan Transmigrasi"), not of a
    person's names ("Kepala Dinas, Budi Santoso dan …"); so is an item of one word between commas
    ("Ketua Serikat Tani, Wagimin, dan …")."""
    k = i
    while k + 2 < end and words[k].text == "," and CAPITALISED.match(words[k + 1].text):
        m = k + 2
        while m < end and m - k <= 4 and CAPITALISED.match(words[m].text):
            m += 1
        if not all(_common_noun(w.text) for w in words[k + 1:m]) and (m > k + 2 or (
                m < end and words[m].text == "," and not ACRONYM.match(words[k + 1].text))):
            return False  # an item of one word between commas may be a name too ("…, Wagimin, dan")
        k = m
    if k + 1 < end and words[k].text == "," and words[k + 1].text == "dan":
        k += 1
    return k > i and k + 1 < end and words[k].text == "dan" and bool(CAPITALISED.match(words[k + 1].text))


def _common_noun(w: str) -> bool:
    """A capitalised word that is a common noun of news text or a portfolio's word, never a
    name: "Pembangunan", "Tertinggal", "Riset"."""
    return w in _ministry_words() or _unit_word(w) or w.lower() in known_words()


@functools.cache
def known_words() -> frozenset[str]:
    """Words news text writes in lower case (common_words.txt, known_words.txt)."""
    return frozenset(resources.lines("common_words.txt")) | frozenset(resources.lines("known_words.txt"))


def _bracket_end(words: list[Word], i: int, end: int) -> int:
    """After the ")" closing a bracket of one to three words opened at ``words[i]``, else 0."""
    for k in range(i + 1, min(i + 5, end)):
        if words[k].text == ")":
            return k + 1 if k > i + 1 else 0
        if not (ACRONYM.match(words[k].text) or CAPITALISED.match(words[k].text)):
            return 0
    return 0


def _coordinated_offices(words: list[Word], i: int, text: str) -> list[Phrase] | None:
    """Two offices sharing a unit and each followed by its holder, in order: "Bupati dan Wakil
    Bupati Muara Enim Ahmad Sani dan Rudi Hartono" is Bupati Ahmad Sani and Wakil Bupati Rudi
    Hartono of Muara Enim. Gives the two phrases (the second None when the text names no
    holders: "Bupati dan Wabup menuturkan"), or None when the offices are not coordinated."""
    t1 = match_title(words, i)
    n = len(words)
    if t1 is None or i + t1[0] + 1 >= n or words[i + t1[0]].text != "dan":
        return None
    j = i + t1[0] + 1
    t2 = match_title(words, j)
    if t2 is None:
        return None
    after = j + t2[0]
    if after >= n:
        return [Phrase(words[i].start, words[i + t1[0] - 1].end, "person", title=text[
            words[i].start:words[i + t1[0] - 1].end], title_row=t1[1]), None]
    # The holders: two runs of name words joined by the last "dan" of the capitalised run.
    k = after
    while k < n and (_is_name_word(words[k].text) or words[k].text == "dan" or _is_honorific(words[k].text)):
        k += 1
    joins = [d for d in range(after + 1, k - 1) if words[d].text == "dan"]
    if not joins:
        return [Phrase(words[i].start, words[i + t1[0] - 1].end, "person", title=text[
            words[i].start:words[i + t1[0] - 1].end], title_row=t1[1]), None]
    d = joins[-1]
    u_end = _consume_unit(words, after, d, False) if t2[1].get("takes_unit") == "yes" else after
    if u_end >= d:
        return None
    unit = text[words[after].start:words[u_end - 1].end] if u_end > after else None
    first = " ".join(w.text for w in words[u_end:d] if not _is_honorific(w.text))
    second = " ".join(w.text for w in words[d + 1:k] if not _is_honorific(w.text))
    if not first or not second:
        return None
    t1_text = text[words[i].start:words[i + t1[0] - 1].end]
    p1 = Phrase(words[i].start, words[d - 1].end, "person", name=first,
                title=f"{t1_text} {unit}" if unit else t1_text, unit=unit, title_row=t1[1])
    p2 = Phrase(words[j].start, words[k - 1].end, "person", name=second,
                title=text[words[j].start:words[u_end - 1].end], unit=unit, title_row=t2[1])
    return [p1, p2]


def _degree_tail(words: list[Word], end: int, last: int, bare: bool = False) -> bool:
    """Only degrees follow the phrase's end up to ``words[last]`` (", SE"; with ``bare``, after
    a name, with no comma too: "Rina Lestari M.Hum")."""
    rest = [w for w in words if end <= w.start and w.end <= words[last].end]
    return bool(rest) and (rest[0].text == "," or (bare and is_degree(rest[0].text))) and all(
        w.text in (",", ".") or is_degree(w.text) or INITIAL.match(w.text) for w in rest)


# --- the people of an article --------------------------------------------------------------

@dataclass
class Person:
    name: str
    kind: str = "person"           # person | office | institution | group
    title: str | None = None
    unit: str | None = None
    title_row: dict[str, str] | None = None
    forms: set[str] = field(default_factory=set)

    def name_words(self) -> list[str]:
        return [w for w in self.name.split() if not INITIAL.match(w)]


# Two names of two or more words each joined by a hyphen.
_PAIR = regex.compile(r"(\p{Lu}[\p{L}.']*(?: \p{Lu}[\p{L}.']*)+)-(\p{Lu}[\p{L}.']*(?: \p{Lu}[\p{L}.']*)+)")


# An English link word and the capitalised words after it, continuing a name, and the
# name's short form in brackets.
_ENGLISH_LINK = regex.compile(rf"(?:\s+(?:{_LINKS_INSIDE})(?:\s+\p{{Lu}}[\p{{L}}\p{{N}}-]*)+)+(?:\s*\(\p{{Lu}}[^()\s]{{0,15}}\))?")


def _with_department_before(p: Phrase, words: list[Word], i: int, text: str) -> None:
    """An English job title opens with its department ("Research & Analytics Manager KIC Rina
    Lestari"): the capitalised department words before the title word (``department`` in
    speaker_words.tsv, joined by "&" or "and") belong to the title and the mention."""
    if words[i].text not in words_of("english_title") or not p.title:
        return
    k = i
    while k > 0 and (words[k - 1].text in words_of("department") or (
            words[k - 1].text in ("&", "and") and k - 1 > 0 and words[k - 2].text in words_of("department"))):
        k -= 1
    if k == i or (k > 0 and CAPITALISED.match(words[k - 1].text)):
        return  # no department, or one inside a longer capitalised name
    p.title = text[words[k].start:words[i].start] + p.title
    p.start = words[k].start


def _role_before_name(parts: list[str]) -> bool:
    """Does a role or a statement open these capitalised words before a name ("Terdakwa Rudi
    meminta …", "Pernyataan Rudi menegaskan …" at a sentence's start)?"""
    first = parts[0].lower()
    return first in words_of("role_complement") or first in words_of("statement_noun")


def _compatible(short: list[str], full: list[str]) -> bool:
    """Is the name ``short`` a form of ``full``? ("Rohidin" of "Rohidin Mersyah", "Tantri" of
    "Tantriana Sari")."""
    if not short or not full:
        return False
    short = [_spelling(s) for s in short]
    full = [_spelling(f) for f in full]
    # Headlines pair two people with a hyphen ("Prabowo-Gibran", "Menkeu X-Menhan Y"): a
    # name before the hyphen is not the start of a longer name.
    if all(any(f == s or (len(s) >= 4 and f.startswith(s) and f[len(s):][:1] != "-") for f in full)
           for s in short):
        return True
    # A typo in one word of a name written in full ("Budi Darmawan Santoso" for "Budi Dermawan
    # Santoso"): the other words the same, that one a letter apart.
    if len(short) == len(full) >= 2:
        apart = [(s, f) for s, f in zip(short, full) if s != f]
        if len(apart) == 1 and min(map(len, apart[0])) >= 5 and apart[0][0][0] == apart[0][1][0] \
                and _one_letter_apart(*apart[0]):
            return True
    # A long name of one word with a letter left out or doubled ("Darmakusmo" of
    # "Darmakusumo"; but "Hartanti" is not "Hartanto").
    if len(short) == 1 and len(short[0]) >= 7 and any(
            abs(len(short[0]) - len(f)) == 1 and f[0] == short[0][0] and _one_letter_apart(short[0], f) for f in full):
        return True
    # A one-word blend of a name and the first letters of the next word ("Jokosan" of "Joko
    # Santoso"), a common way of calling public figures.
    if len(short) == 1 and len(short[0]) >= 6:
        s = short[0]
        return any(s.startswith(a) and len(s) - len(a) >= 2 and b.startswith(s[len(a):])
                   for a, b in zip(full, full[1:]) if len(a) >= 3)
    return False


def _one_letter_apart(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` differ by one letter changed, added or left out?"""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    k = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[k + 1:] == b[k + 1:] if len(a) == len(b) else a[k:] == b[k + 1:]


# Indonesian names keep the pre-1972 spellings beside the current ones, often in one article
# ("Soeparno"/"Suparno", "Djoko"/"Joko", "Tjipto"/"Cipto", "Hery"/"Heri").
OLD_SPELLINGS = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("y", "i"))


@functools.lru_cache(maxsize=1 << 16)
def _spelling(word: str) -> str:
    word = word.lower().strip("'‘’")  # a nickname's quote marks: "'Ucok'" is "Ucok"
    for old, new in OLD_SPELLINGS:
        word = word.replace(old, new)
    return word


# Head words of an office whose title names the institution it heads or belongs to ("Kepala
# Dinas …", "Ketua DPR", "Anggota Komisi …").
HEAD_WORDS = ("Kepala", "Ketua", "Sekretaris", "Anggota")
# The most words of a title line: a longer first line without a stop is a lead paragraph.
TITLE_MAX_WORDS = 20
# The most words of a subheading between paragraphs, a line without a stop.
SUBHEADING_MAX_WORDS = 5
_SUBHEADING = regex.compile(r"(?m)^[ \t]*(\p{Lu}[^\n]*[^\s.!?”\":,;])[ \t]*$")


class People:
    """The persons and institutions of one article, with every mention in text order."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text
        self.persons: list[Person] = []
        self.mentions: list[tuple[int, int, Person]] = []
        self.expansions = _expansions(self.text)
        self._private: dict[tuple[str, ...], bool] = {}  # a person's name forms -> introduced as private
        self._with_region_cache: dict[str, str | None] = {}
        self._company_forms: dict[str, str] = {}
        self.aliases: dict[str, str] = {}  # a name the person is also called -> the full name
        self.in_building: set[int] = set()  # starts of offices written in a building's name
        self._placed: dict[str, str] = {}  # a regional institution named bare -> with its place
        self._article_courts: frozenset[str] | None = None  # the courts the article names
        self._plain_text: str | None = None  # the text without bracketed short forms
        self._record_names: dict[str, str] = {}  # a name with a word of address -> its record's form
        self._spellings: dict[tuple[str, ...], str] = {}  # a person's name and forms -> the usual spelling
        self.persons_tagged = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("PER", "PERSON")]
        self.tagged_names = frozenset(self.text[a:b] for a, b in self.persons_tagged)
        self.place_org_words = frozenset(w for e in doc.ents if e.label_ in ("ORG", "LOC", "GPE")
                                         for w in e.text.split())
        self._collect()

    def _collect(self) -> None:
        text = self.text
        found: list[Phrase] = []
        # A title line in Title Case ("Bupati Serahkan Bantuan") would read as office + name; a
        # first block of several lines, or a long line (a lead written a paragraph a line), is
        # the body, whatever its last line ends with.
        paras = list(self.doc._.paragraphs or [])
        skip = paras[0][1] if len(paras) > 1 and text[paras[0][1] - 1] not in ".!?”\"" \
            and "\n" not in text[paras[0][0]:paras[0][1]] \
            and len(text[paras[0][0]:paras[0][1]].split()) <= TITLE_MAX_WORDS else 0
        # A line that advertises another story ("Tonton juga video \"Mensos … Tinjau …\"") writes
        # its headline in Title Case: no names are read there.
        teasers = [m.span() for m in _teaser_line().finditer(text)]
        words = [w for w in tokenize(text, 0, len(text))
                 if w.start >= skip and not any(a <= w.start < b for a, b in teasers)]
        starts = {w.start: i for i, w in enumerate(words)}
        self.short_forms, self.called_after_cue = _short_forms(words)
        # A subheading between paragraphs ("Ultimatum Budi") is in Title Case: no full name is
        # read there.
        subheadings = [m.span(1) for m in _SUBHEADING.finditer(text) if m.start(1) > 0
                       and len(m.group(1).split()) <= SUBHEADING_MAX_WORDS]
        self.long_forms = [(at, name) for at, name in _long_forms(words, text, self.short_forms | self.called_after_cue)
                           if not any(a <= at < b for a, b in subheadings)]
        skip_to = 0
        for i, w in enumerate(words):
            # An office of two words in lower case: "kuasa hukum Rina, Budi Santoso".
            second = i + 2 < len(words) and words[i + 1].text.islower() and CAPITALISED.match(words[i + 2].text)
            if i >= skip_to and w.text.islower() and i + 1 < len(words) and (
                    CAPITALISED.match(words[i + 1].text) or second):
                # An office in lower case before its unit and holder, as news writes it
                # ("Sementara itu, anggota Komisi VII DPR RI Budi Santoso menyoroti …").
                raised = raise_first(words[i:i + APPOSED_OFFICE_MAX_WORDS], 2 if second else 1)
                if second and (match_title(raised, 0) or (0, {}))[0] != 2:
                    continue
                if match_title(raised, 0):
                    p = parse_forward(raised, 0, text)
                    if p is not None and p.kind == "person" and p.title and len(p.name.split()) >= 2 \
                            and not self._institution_as_name(p):
                        found.append(p)
                continue
            if i >= skip_to and match_title(words, i):
                if i > 0 and match_title(words, i - 1):
                    continue
                if i > 0 and words[i - 1].text == "selaku":
                    continue  # "Budi selaku Direktur PT Maju, Rina selaku …": the office is Budi's (_in_capacity)
                if i > 0 and rank_at(words, i, len(words)) and (
                        CAPITALISED.match(words[i - 1].text) or ACRONYM.match(words[i - 1].text)):
                    continue  # "Kabid Humas Polda Sukamaju Inspektur Jenderal …": a rank, not an office
                pair = _coordinated_offices(words, i, text)
                if pair is not None and pair[1] is not None:
                    found.extend(pair)
                    skip_to = next(k for k, x in enumerate(words) if x.end >= pair[1].end) + 1
                    continue
                # An acting prefix before the office is the office's: "Plt. Kajari …".
                prefix = i - 2 if i > 1 and words[i - 1].text == "." else i - 1
                start = prefix if prefix >= 0 and (words[prefix].text in words_of("office_prefix")
                                                   or words[prefix].text.lower() in words_of("former")) else i
                p = parse_forward(words, start, text)
                if p is not None and p.kind == "person" and not p.name.strip() and start > 0 \
                        and words[start - 1].text in words_of("building"):
                    # "di Pendopo Bupati Kaur": a building named after the office; the office is
                    # written there (its fullest form counts), but no one is mentioned.
                    self.in_building.add(p.start)
                if p is not None and p.kind == "person" and not self._institution_as_name(p):
                    self._name_from_entities(p)
                    self.holder_after_comma(p)
                    if start == i:
                        _with_department_before(p, words, i, text)
                    found.append(p)
        found.extend(self._in_capacity(words))
        # A sentence that opens on a name with its office in apposition: "Rina Lestari, Kepala
        # Dinas Sosial, yang dihubungi, membenarkan …" is a person even where the model tags
        # no PER span; so after a short opening ("Senada, Prof Rina Lestari PhD, dosen …, …"),
        # with honorifics before the name and degrees after it, the office in lower case.
        for i, w in enumerate(words):
            if i and words[i - 1].text not in SENTENCE_OPENERS_BEFORE and not _after_short_opening(words, i):
                continue
            h = i
            while h < len(words) and _is_honorific(words[h].text):
                h += 1
            j = h
            while j < len(words) and j - h < 4 and _is_name_word(words[j].text) and not _unit_word(words[j].text) \
                    and not match_title(words, j) and not _region_at(words, j, len(words)) \
                    and not (j > h and is_degree(words[j].text)):
                j += 1
            d = j
            while d < len(words) and is_degree(words[d].text):
                d += 1
            if j - h < 2 or d + 1 >= len(words) or words[d].text != "," \
                    or not match_title(raise_first(words[d + 1:d + 4]), 0) \
                    or resources.village_length([x.text for x in words[h:j]]) == j - h:
                continue  # not a name of two words or more before an office; or a listed place
            p = parse_forward(words, i, text)
            if p is not None and p.kind == "person" and p.title and p.name and p.start == words[i].start:
                found.append(p)
        offices = [(p.start, p.end) for p in found if p.title]
        for ent in self.doc.ents:
            # A person span inside an office phrase already read is that phrase's name, cut
            # where the office ends; the model's span may hold the office's last words
            # ("Kepala Desa [Sukamaju Sarmin]").
            if any(a <= ent.start_char and ent.end_char <= b for a, b in offices):
                continue
            if ent.label_ in ("PER", "PERSON") and ent.start_char in starts:
                i = starts[ent.start_char]
                p = parse_forward(words, i, text)
                if p is not None and p.kind == "person" and p.name:
                    found.append(p)
        for p in found:
            self._trim(p)
        self.aliases = self._bracketed_aliases(found)
        # Fullest names first so that shorter forms join them.
        for p in sorted(found, key=lambda p: -len(p.name.split())):
            self.add(p)
        self._headline_people()

    def headline_office(self) -> Phrase | None:
        """The office a headline opens with, its holder unnamed, before a colon or a headline
        verb ("Ketua Komisi II DPR: …", "Wali Kota Sukamaju Nilai …", "Usai Rapat, Kadis Sosial
        Sebut …"); offsets are the headline's."""
        line = self.doc._.title
        if not line:
            return None
        words = tokenize(line, 0, len(line))
        t = 0
        if "," in [w.text for w in words[:HEADLINE_OFFICE_MAX_WORDS]]:
            t = [w.text for w in words].index(",") + 1  # a lead-in before the office
        end = next((k for k in range(t + 1, min(len(words), t + HEADLINE_OFFICE_MAX_WORDS + 1))
                    if words[k].text == ":" or words[k].text.lower() in words_of("headline_verb")), None)
        if end is None or not match_title(words, t) or (t and words[t - 1].text.lower() in words_of("former")):
            return None
        p = parse_forward(words[:end], t, line)
        p = self.office_alone(p) if p is not None else None  # "Menteri LH: …"
        if p is None or p.end != words[end - 1].end:
            return None
        return p

    def office_alone(self, phrase: Phrase) -> Phrase | None:
        """The phrase as an office whose holder it does not name, else None. The unit's last
        word, which the model tags in no person's name, is no holder ("Wasekjen Partai Maju ini
        menilai", "Menteri LH: …", read as office + "Maju", + "LH")."""
        if phrase.kind != "person" or not phrase.title:
            return None
        office = replace(phrase)
        if len(office.name.split()) == 1 and not any(office.name in name.split() for name in self.tagged_names):
            move_to_unit(office, office.name, [])
        return None if office.name.strip() else office

    def _headline_people(self) -> None:
        """What the headline adds about a person the body names: a fuller name ("Budi Santoso
        Hartono: …" over a body that only writes "Budi Santoso"; the words around the body's
        name that are no common word, office or place), and an office the body does not give
        ("Wali Kota Malang Budi Santoso Resmikan Pasar …" over "kata Budi Santoso": the words
        before the name, read as office and unit). A former office ("Eks Bupati …", "Mantan …")
        is not the person's now."""
        line = self.doc._.title
        if not line:
            return
        words = tokenize(line, 0, len(line))
        for person in self.persons:
            if person.kind != "person" or not person.name_words():
                continue
            names = person.name_words()
            # The person's name in the headline: a run of capitalised words of that name.
            s = 0
            while s < len(words):
                e = s
                while e < len(words) and CAPITALISED.match(words[e].text) \
                        and _compatible([words[e].text], names):
                    e += 1
                if e > s:
                    break
                s += 1
            if s >= len(words):
                continue
            others = [c for c in self.persons if c is not person and c.kind == "person"
                      and _compatible([w.text for w in words[s:e]], c.name_words())]
            if others:
                continue  # the headline's name fits two people of the article
            self._headline_name(person, words, s, e)
            if person.title:
                continue
            for t in range(max(0, s - HEADLINE_OFFICE_MAX_WORDS), s):
                if not match_title(words, t) or (t and (match_title(words, t - 1)
                                                        or words[t - 1].text.lower() in words_of("former"))):
                    continue
                p = parse_forward(words[:e], t, line)
                if p is not None and p.kind == "person" and p.title and p.name \
                        and _compatible(p.name.split(), person.name_words()):
                    person.title, person.unit, person.title_row = p.title, p.unit, p.title_row
                    break

    def _headline_name(self, person: Person, words: list[Word], s: int, e: int) -> None:
        """The person's fuller name in the headline, where it stands alone between punctuation
        marks ("Ulang Tahun ke-52, Budi Santoso Hartono: …", "Budi Santoso Hartono: …" over a
        body that writes "Budi Santoso"): capitalised words after the body's name that the
        body never writes and that are no common word, office, place or institution word.
        Headlines write verbs capitalised ("Budi Santoso Resmikan …"), so a name followed by
        more words is not extended; a verb before it takes nothing ("Panggil Budi Santoso
        Hartono, …")."""
        e2 = e
        while e2 < len(words) and self._headline_name_word(words, e2):
            e2 += 1
        if e2 == e or (e2 < len(words) and words[e2].text not in ",:;?!"):
            return
        full = [w.text for w in words[s:e2]]
        if len(full) > len(person.name.split()) and _compatible(person.name_words(), full):
            person.name = " ".join(full)

    def _headline_name_word(self, words: list[Word], k: int) -> bool:
        """Can the headline's word ``k`` be part of a name: capitalised, and no word news writes
        in lower case, office, place, institution word or short form?"""
        w = words[k].text
        return bool(CAPITALISED.match(w)) and len(w) > 1 and w.lower() not in known_words() \
            and not written_in(self.text, w) \
            and not ACRONYM.match(w) and not match_title(words, k) and not _region_at(words, k, len(words)) \
            and w not in self.place_org_words and not any(w in words_of(kind) for kind in (
                "connective", "honorific", "org_word", "unit_word", "institution_head", "headline_verb"))

    def _bracketed_aliases(self, found: list[Phrase]) -> dict[str, str]:
        """Names the article gives a person after the full name, mapped to it: in brackets
        ("Menteri Sosial Budi Santoso (Gus Budi)" is called "Gus Budi" later), after "alias", or
        after "atau" with "yang akrab disapa" or a nickname prefix ("… atau Gus Budi"); one to three
        capitalised words that are no office, place or institution."""
        out: dict[str, str] = {}
        full_names = {p.name for p in found if p.kind == "person" and len(p.name.split()) >= 2}
        name_words = {w for name in full_names for w in name.split()}
        for p in found:
            if p.kind != "person" or not p.name.strip():
                continue
            # A one-word name is the short form of the one full name it is a word of ("Lestari
            # atau Ririe" after "Rina Wulandari Lestari").
            fulls = {p.name} if " " in p.name.strip() else {n for n in full_names if p.name in n.split()}
            if len(fulls) != 1:
                continue
            full = fulls.pop()
            at = self.text.find(p.name, p.start, p.end)
            m = _ALIAS_AFTER.match(self.text, at + len(p.name)) if at >= 0 else None
            if m is None:
                continue
            alias = m.group(1) or m.group("other")
            if m.group("other") and m.group("link") == "atau" and not m.group("called") \
                    and alias.split()[0] not in words_of("nickname_prefix") \
                    and (" " in alias or alias in name_words):
                # "Budi Santoso atau Rina Lestari": two people, unless a called name ("atau Gus
                # Budi", or one word of no other name: "Budi Santoso atau Ucok").
                continue
            words = tokenize(alias, 0, len(alias))
            if alias == p.name or match_title(words, 0) or any(
                    ACRONYM.match(w.text) or w.text in _regions() or w.text in _institution_names() for w in words):
                continue
            out.setdefault(alias, full)
        # "…,” kata Cak Rudi sapaan akrabnya": the name the person last named in full is called by.
        for m in _CALLED_SAPAAN.finditer(self.text):
            nick = m.group("nick")
            before = [p for p in found if p.kind == "person" and p.end <= m.start() and len(p.name.split()) >= 2
                      and p.name != nick and nick not in p.name]
            if before:
                out.setdefault(nick, max(before, key=lambda p: p.start).name)
        return out

    def holder_after_comma(self, p: Phrase) -> Phrase:
        """An office whose "name" the model does not tag as a person, followed by a comma and a
        person it tags, is that person's, the "name" the end of its unit: "Direktur Anggaran
        Gedung Putih, Peter Walsh" (read as "Gedung Putih", a place). ``p`` is changed so and
        returned."""
        if not p.title or not p.name.strip() or not self.text.startswith(", ", p.end):
            return p
        at = self.text.find(p.name, p.start, p.end)
        if at < 0 or any(a <= at < b for a, b in self.persons_tagged):
            return p
        # A name of one word holds the office only between commas, the sentence going on in
        # lower case: "Ketua Serikat Pekerja Tani Makmur, Wagimin, menjelaskan …".
        after = next(((a, b) for a, b in self.persons_tagged if a == p.end + 2 and (
            " " in self.text[a:b] or _HOLDER_BETWEEN_COMMAS.match(self.text, b))), None)
        if after is None:
            return p
        move_to_unit(p, p.name, self.text[after[0]:after[1]].split())
        p.end = after[1]
        return p

    def _in_capacity(self, words: list[Word]) -> list[Phrase]:
        """A name and the office it acts in after "selaku" ("Budi Santoso selaku Direktur Utama
        PT Maju Jaya, Rina Lestari selaku …"): the office, its capitalised words up to a comma,
        "dan" or the sentence's end, is the name's before it, not the next name's."""
        out = []
        for i, w in enumerate(words):
            if w.text != "selaku" or i == 0 or i + 1 >= len(words):
                continue
            k = i + 1
            while k < len(words) and words[k].text not in (",", ";", ".", "dan", "(") and (
                    k == i + 1 or not words[k].text.islower()):
                k += 1
            raised = [*words[:i + 1], *raise_first(words[i + 1:k])]
            t = match_title(raised, i + 1)
            if t is None:
                continue
            n, row = t
            h = i
            while h > 0 and h > i - 5 and _is_name_word(words[h - 1].text) and not _unit_word(words[h - 1].text) \
                    and not match_title(words, h - 1) and not ACRONYM.match(words[h - 1].text):
                h -= 1
            while h < i and _is_honorific(words[h].text):
                h += 1
            if h == i or words[h].text in words_of("connective"):
                continue
            name = " ".join(x.text for x in words[h:i])
            unit = self.text[words[i + 1 + n].start:words[k - 1].end] if k > i + 1 + n else None
            out.append(Phrase(words[h].start, words[i - 1].end, "person", name=name,
                              title=self.text[words[i + 1].start:words[k - 1].end], unit=unit, title_row=row))
        return out

    def _name_from_entities(self, p: Phrase) -> None:
        """Give an office read with no name the person the NER model tags at the end of its
        unit ("Head of Maju Rudi Utama": ``Utama`` is also an institution word, "Direktur
        Utama"), or the words from one the article calls someone by after a cue ("kata Rudi")
        where no institution word follows it ("Direktur PT Rudi Jaya Group" is no Rudi)."""
        if p.name.strip() or not p.title or not p.unit or not p.title.endswith(p.unit):
            return
        unit_at = p.end - len(p.unit)
        starts = [a for a, b in self.persons_tagged if unit_at < a and b == p.end and self.text[unit_at:a].strip()]
        # … or where the article calls someone by a word of the unit ("kata Rudi").
        parts = p.unit.split()
        starts += [p.end - len(" ".join(parts[k:])) for k in range(1, len(parts))
                   if parts[k] in self.called_after_cue and parts[k] not in words_of("org_word")
                   and not ACRONYM.match(parts[k])
                   and all(_is_name_word(w) and w not in words_of("org_word") for w in parts[k:])]
        if starts:
            a = min(starts)
            before = self.text[unit_at:a].split()
            place = " ".join(before[:-1])
            place_words = tokenize(place, 0, len(place))
            if len(before) >= 2 and _initials(before[-1]) and (p.title_row or {}).get("kind") in REGIONAL_HEADS \
                    and _region_at(place_words, 0, len(place_words)) == len(place_words):
                a = self.text.rindex(before[-1], unit_at, a)  # "Wali Kota Sukamaju IGN Putra Jaya": initials open it
            cut = p.end - a
            p.name = self.text[a:p.end]
            p.unit = p.unit[:-cut].rstrip()
            p.title = p.title[:-cut].rstrip()

    def _institution_as_name(self, p: Phrase) -> bool:
        """Is the "name" read after an office a short form the entity stage tags as an
        institution ("rombongan Sekda, BKD dan Inspektorat": the Sekda and the BKD, no Sekda
        called BKD)?"""
        name = p.name.strip()
        if not p.title or not ACRONYM.match(name):
            return False
        at = self.text.find(name, p.start, p.end)
        return at >= 0 and any(e.label_ == "ORG" and e.start_char <= at and at + len(name) <= e.end_char
                               for e in self.doc.ents)

    def _trim_by_entities(self, p: Phrase) -> None:
        """Move unit words out of a name where the NER model sees a shorter person inside it:
        "Koordinator Koperasi Tani Makmur Rina Wulandari" read as office + "Makmur Rina
        Wulandari" becomes "Rina Wulandari" when the model tags only those two words. Words
        the model tags as (part of) a person elsewhere in the article stay in the name."""
        at = self.text.find(p.name, p.start, p.end)
        if at < 0 or " " not in p.name:
            return
        end = at + len(p.name)
        parts = p.name.split()
        # A name run on into a place with no comma ("… Hendra Gunawan Jembatan Musi …"): the
        # article tags the first words alone as a person and every word after them as a place
        # or institution.
        for k in range(len(parts) - 1, 1, -1):
            head = " ".join(parts[:k])
            if head in self.tagged_names and all(w in self.place_org_words for w in parts[k:]):
                p.name, p.end = head, at + len(head)
                return
        inside = [e for e in self.persons_tagged if at < e[0] and e[1] == end]
        if not inside:
            return
        first = len(parts) - len(self.text[inside[0][0]:end].split())
        # The cut goes after the last word before the tagged person that belongs to an
        # institution or place: one the model tags ORG/LOC in the article, an institution or
        # unit word, an acronym. A given name the model missed stays ("Agus" of "Agus Budi
        # Santoso" when only "Budi Santoso" is tagged).
        units = words_of("org_word") | words_of("region_marker") | words_of("unit_word") \
            | words_of("institution_short")
        k = 0
        for j in range(first - 1, -1, -1):
            w = parts[j]
            if w in self.place_org_words or w in units or (ACRONYM.match(w) and not INITIAL.match(w) and not (
                    j == 0 and _initials(w) and p.title and p.unit and _ends_with(p.unit, _region_at))):
                # (Initials opening the name after a place: "Wali Kota Sukamaju IGN Putra Jaya".)
                k = j + 1
                break
        if k == 0 and parts[first] in words_of("name_prefix") and parts[first - 1] not in words_of("name_prefix") \
                and not _ends_with(p.unit, _region_at):
            # A name the model tags from a given-name prefix starts there: "Universitas
            # Lambung Mangkurat Muhammad Hendra" is no "Mangkurat Muhammad Hendra"; but after a
            # listed place the unit has ended ("… Kota Bogor Dadang Ahmad Hidayat").
            k = first
        k = _keep_prefixes(parts, k)
        dropped = parts[:k]
        tagged = {w for a, b in self.persons_tagged if not at <= a < end for w in self.text[a:b].split()}
        if k == 0 or any(w in tagged for w in dropped):
            return
        move_to_unit(p, " ".join(dropped), parts[k:])

    def _trim(self, p: Phrase) -> None:
        """Move unit words out of a name that swallowed them: "Bank Maju Bersama Ratna
        Kusumawati" becomes "Ratna Kusumawati" when the article also says "kata Ratna"."""
        pair = _PAIR.fullmatch(p.name)
        if pair is not None:
            # Two people paired with a hyphen (a ticket of candidates, "Rina Putri
            # Lestari-Budi Santoso"): the first leads.
            p.name = pair.group(1)
            at = self.text.find(p.name, p.start, p.end)
            if at >= 0:
                p.end = at + len(p.name)
        self._trim_by_entities(p)
        self._trim_by_standalone_words(p)
        self._restore_called_name(p)
        parts = p.name.split()
        if len(parts) >= 2 and not p.title and _role_before_name(parts):
            p.name = " ".join(parts[1:])
            parts = parts[1:]
        if len(parts) < 2 or parts[0] in self.short_forms:
            return
        at = self.text.find(p.name, p.start, p.end)
        if p.title and at == p.start:
            return  # the office follows the name ("Budi Hutapea selaku Kepala …"): no unit before it
        before = self.text[max(p.start, at - 12):at].split() if at > p.start else []
        if before and before[-1].endswith(")") and p.title:
            return  # after the office's short form in brackets the name begins: "Perdana Menteri (PM) Name"
        if before and before[-1] in words_of("honorific"):
            lead = self.text[max(0, at - 40):at].split()
            if len(lead) > 1 and lead[-2] in words_of("facility"):
                # A hospital named after someone: "RSUP Dr M Hasan Budiono" … "kata Budiono" is
                # Budiono of the hospital.
                k = next((k for k in range(1, len(parts)) if parts[k] in self.short_forms), None)
                if k is not None:
                    honorific = "" if p.title and p.title.endswith(before[-1]) else f"{before[-1]} "
                    move_to_unit(p, honorific + " ".join(parts[:k]), parts[k:])
            return  # after an honorific the name begins: "Gubernur Sumsel H Herman Deru" … "kata Deru"
        if at > p.start and _ends_with(self.text[p.start:at], rank_at):
            return  # so after a rank: "Kapolda … Inspektur Jenderal Raden Rudi Hartono" … "kata Rudi"
        if p.title and not p.unit and (p.title_row or {}).get("takes_unit") != "yes" and _initials(parts[0]):
            return  # initials after an office that takes no unit: "Jaksa Agung ST Budiman" … "kata Budiman"
        lead = self.text[max(0, at - 40):at].rstrip()
        if lead.endswith(",") and lead[:-1].split()[-1:] and lead[:-1].split()[-1][:1].isupper():
            # A name in apposition after an institution and a comma holds no unit words:
            # "epidemiolog Universitas Maju, Tri Yunis Rina Lestari" … "kata Rina" is still Tri
            # Yunis Rina Lestari (but "Sementara itu, Ketua Koperasi Tani Makmur Budi Santoso").
            return
        # After a unit that ends in a listed place or institution the name has begun: only
        # unit words move ("Kepala Dinas Perhubungan Kota Bogor Rina Hartono" … "kata Hartono";
        # "Wakil Ketua Komisi XIII DPR RI Yohanes Budi Santoso" … "kata Budi").
        unit_words = [w for w in (p.unit or "").split() if w not in words_of("place_qualifier")]
        placed = _ends_with(p.unit, _region_at) or bool(
            unit_words and unit_words[-1] in _institution_names() and ACRONYM.match(unit_words[-1]))
        # After a listed institution of several words ("… BPJS Kesehatan Ali Rahman Sujono" …
        # "kata Rahman") only unit words and common nouns move ("PT Pertamina Gas Budi").
        listed = not placed and any(" ".join(unit_words[k:]) in _institution_names() for k in range(len(unit_words) - 1))
        for k in range(1, len(parts)):
            if parts[k] in self.short_forms and (
                    _unit_like(parts[:k], len(parts), anchors_only=placed or listed)
                    or (listed and all(_common_noun(w) for w in parts[:k]))):
                k = _keep_prefixes(parts, k)
                if k == 0:
                    return
                move_to_unit(p, " ".join(parts[:k]), parts[k:])
                return

    def _trim_by_standalone_words(self, p: Phrase) -> None:
        """Move the first words of a name of three or more into the office's unit where they
        are common nouns that the article writes elsewhere on their own, not followed by the
        rest of the name and never as a person: "General Manager Kampung Kopi Rina Lestari" …
        "oleh Kampung Kopi di Bogor" is Rina Lestari of Kampung Kopi."""
        parts = p.name.split()
        if len(parts) < 3 or p.kind != "person":
            return
        at = self.text.find(p.name, p.start, p.end)
        if at < 0:
            return
        called = self.short_forms | self.called_after_cue | {
            w for a, b in self.persons_tagged if not at <= a < at + len(p.name) for w in self.text[a:b].split()}
        for k in range(len(parts) - 2, 0, -1):
            head = parts[:k]
            if not all(len(w) > 2 and _common_noun(w) and w not in called and w not in words_of("name_prefix")
                       for w in head) or _common_noun(parts[k]):
                continue  # only common nouns move, and a name must be left
            alone = regex.compile(r"(?<![\p{L}\p{N}])" + r"\s+".join(map(regex.escape, head))
                                  + r"(?=\s*[^\s\p{Lu}]|\s*$)")
            if any(not at <= m.start() < at + len(p.name) for m in alone.finditer(self.text)):
                move_to_unit(p, " ".join(head), parts[k:])
                return

    def _restore_called_name(self, p: Phrase) -> None:
        """Give a name back the word its office's unit took, when the article calls the
        person by that word: "Kepala BPS Bima Hartono" read as unit "BPS Bima" (Bima is a
        regency) is "Bima Hartono" where the article also says "kata Bima"."""
        if not (p.name and p.title and p.unit) or " " not in p.unit:
            return
        last = p.unit.split()[-1]
        if last in self.called_after_cue and last not in words_of("org_word") and not ACRONYM.match(last) \
                and p.title.endswith(last) and last not in p.name.split():
            p.name = f"{last} {p.name}"
            p.unit = p.unit[:-len(last)].rstrip()
            p.title = p.title[:-len(last)].rstrip()

    def _with_its_place(self, name: str) -> str:
        """A regional institution named bare ("Polda menyebut …") is the one the article names
        with its place ("Polda Sumut"), where it names one only."""
        if " " in name or not (name in words_of("institution_short") or name in words_of("institution_head")):
            return name
        if name not in self._placed:
            self._placed[name] = self._find_with_its_place(name)
        return self._placed[name]

    def _with_legislature(self, body: str) -> set[str]:
        """The forms in which the article writes a legislature's body with the legislature
        after it ("Komisi X DPR RI" for "Komisi X"), each its longest."""
        forms = set()
        for m in regex.finditer(rf"(?<!\p{{L}}){regex.escape(body)}((?:\s+\p{{Lu}}[\p{{Lu}}\p{{L}}-]*){{1,2}})", self.text):
            words = m.group(1).split()
            for n in range(len(words), 0, -1):
                if _legislature(" ".join(words[:n])):
                    forms.add(f"{body} {' '.join(words[:n])}")
                    break
        return {f for f in forms if not any(o != f and o.startswith(f + " ") for o in forms)}

    def _find_with_its_place(self, name: str) -> str:
        forms = set()
        for m in regex.finditer(rf"(?<!\p{{L}}){regex.escape(name)}\s+\p{{Lu}}", self.text):
            words = tokenize(self.text, m.start(), min(len(self.text), m.end() + 40))
            e = _region_at(words, 1, len(words))
            if e is not None:
                forms.add(" ".join(w.text for w in words[:e]))
        return forms.pop() if len(forms) == 1 else name

    def client_after_lawyer_word(self, p: Phrase) -> bool:
        """Is the phrase a lawyer word right before a name ("Kuasa hukum Budi Santoso"), which
        names the client, not the lawyer (``lawyer`` in speaker_words.tsv)?"""
        if p.kind != "person" or not p.title or not p.name.strip() or p.unit \
                or p.title.lower() not in words_of("lawyer"):
            return False
        at = self.text.find(p.name, p.start, p.end)
        return at > p.start and self.text[p.start:at].rstrip(" ") == p.title

    def add(self, p: Phrase) -> Person | None:
        """The Person the phrase refers to, created or enriched."""
        if p.kind == "pronoun":
            return None
        if p.kind == "group":
            # "Polisi menyebut …", "…,” kata para pengunjuk rasa": a group speaks as written.
            person = next((c for c in self.persons if c.kind == "group" and c.name == p.name), None)
            if person is None:
                person = Person(name=p.name, kind="group")
                self.persons.append(person)
            self.mentions.append((p.start, p.end, person))
            return person
        if p.kind == "institution":
            # An institution run on into a person the model tags at its end ("Universitas
            # Maju Jaya Rina Lestari menilai"): the person speaks.
            tail = [e for e in self.persons_tagged if p.start < e[0] and e[1] == p.end
                    and " " in self.text[e[0]:e[1]]] if not _ENGLISH_LINK.search(p.name) else []
            if tail:
                p = Phrase(p.start, p.end, "person", name=self.text[tail[0][0]:tail[0][1]])
            else:
                # … or into a name the article calls the person by ("PT Maju Jaya Rina
                # Lestari menuturkan …, lanjut Rina").
                parts = p.name.split()
                k = next((k for k in range(1, len(parts)) if parts[k] in self.called_after_cue
                          and not ACRONYM.match(parts[k]) and parts[k] not in words_of("org_word")), None)
                if k is not None:
                    p = Phrase(p.start, p.end, "person", name=" ".join(parts[k:]))
        if p.kind == "person" and not p.title and p.name and self.company_form(p.name).startswith("PT"):
            # "Jasa Raya juga menegaskan …" where the article writes "PT Jasa Raya": a company.
            p = replace(p, kind="institution")
        if p.kind == "person" and not p.title and " " not in p.name and p.name in self.expansions \
                and self.expansions[p.name].split()[0] in words_of("org_word"):
            # "Dikbud menegaskan …" where the article spells out "Dinas … (Dikbud)": an institution.
            p = replace(p, kind="institution")
        if p.kind == "institution":
            person = self._by_initials(p.name)
            if person is not None:
                self.mentions.append((p.start, p.end, person))
                return person
            plain = _SPACES.sub(" ", _BRACKETED.sub(" ", p.name)).strip()
            plain = self._with_its_place(plain)
            placed = {v for k, v in self.expansions.items() if k.startswith(plain + " ")
                      and _places_only(k[len(plain) + 1:])} if " " not in plain else ()
            if _commission(plain.split()) or plain in words_of("legislative_body"):
                # "Komisi X meminta …": the body with its legislature as the article writes it.
                placed = self._with_legislature(plain)
            if len(placed) == 1:
                name = placed.pop()  # "Dikbud" where the article spells out "Dikbud Kota Bogor"
            else:
                # A bare "Pemerintah" is the government the article speaks of, not the one
                # region's it names.
                generic = plain in words_of("institution_head") and not ACRONYM.match(plain) and plain not in self.expansions
                name = plain if generic else self._fullest_institution(plain)
                if not generic and not name.endswith((" RI", " Indonesia")) and written_in(self.text, f"{name} RI"):
                    name = f"{name} RI"  # "Fraksi Partai Maju DPR" where the article also writes "… DPR RI"
            for person in self.persons:
                if person.kind == "institution" and person.name == name:
                    break
            else:
                person = Person(name=name, kind="institution")
                self.persons.append(person)
            self.mentions.append((p.start, p.end, person))
            return person
        if p.kind == "person" and p.title and not p.name.strip():
            p = replace(p)
            self._name_from_entities(p)
        self._trim(p)
        if p.name in self.aliases:
            p = replace(p, name=self.aliases[p.name])  # "kata Gus Budi": the full name's person
        words = [w for w in p.name.split() if not INITIAL.match(w)]
        person = None
        if p.title and len(words) == 1 and not p.unit:
            # "Dirjen Hubla" read as office + name is the office with its unit shortened when
            # the article spells that office out for someone ("Direktur Jenderal Perhubungan Laut").
            person = self.by_title(replace(p, unit=words[0]))
        if words and person is None:
            compatible = [cand for cand in self.persons if cand.kind == "person" and (
                _compatible(words, cand.name_words()) or _compatible(cand.name_words(), words))]
            # A short form is most often the first name: "Rudi" of "Rudi Hartanto" before "Hadi
            # Wijaya Rudi Prasetyo".
            person = next((c for c in compatible if c.name_words()[:1] == words[:1]), None) \
                or (compatible[0] if compatible else None)
        if words:
            if person is None and len(words) == 1:
                person = self._by_initials(words[0])
        elif p.title:
            person = self.by_title(p)
            if person is not None and person.unit is None and p.unit \
                    and (person.title_row or {}).get("kind") in REGIONAL_SINGLE_OFFICES:
                # The fullest form of the office in the article is the holder's title.
                person.title, person.unit, person.title_row = p.title, p.unit, p.title_row
            if person is None:
                # An office whose holder the article never names is named by the office.
                for cand in self.persons:
                    if cand.kind == "office" and cand.name == p.title:
                        person = cand
                        break
                else:
                    person = Person(name=p.title, kind="office", title=p.title, unit=p.unit,
                                    title_row=p.title_row)
                    self.persons.append(person)
                self.mentions.append((p.start, p.end, person))
                return person
        if person is None and p.place:
            return None
        if person is None:
            if not words:
                return None
            # A one-word name said plainly elsewhere in full: "Yudha" -> "Yudha Pratama Wicaksono".
            name = (self._long_form(words, p.start) if len(words) == 1 else None) or p.name
            person = Person(name=name)
            self.persons.append(person)
        elif (len(words) > len(person.name_words()) or (
                len(words) == len(person.name_words()) and len(p.name.split()) > len(person.name.split()))
              or (len(p.name.split()) == len(person.name.split()) and len(p.name) > len(person.name)
                  and _compatible(person.name_words(), words))) \
                and not (person.title and set(p.name.split()) & set(person.title.split())):
            # The fullest form, initials included ("M. Awaluddin"), or a word written out
            # longer ("Budi Santos" then "Budi Santoso"); not a name read with the person's office
            # in it ("Research Manager KIC Rina Lestari" for "Rina Lestari").
            person.name = p.name
        if p.title and not self.client_after_lawyer_word(p) \
                and (person.title is None or (p.unit and len(p.title) > len(person.title) and _same_office(
                person.title_row, person.unit, p.title_row, p.unit))):
            # The fullest form of the office; a second office the article gives the person
            # later ("Wali Kota Sukamaju Budi …", then "Sebagai Ketua Asosiasi …") does not
            # replace the first.
            person.title, person.unit, person.title_row = p.title, p.unit, p.title_row
        person.forms.add(p.name)
        self.mentions.append((p.start, p.end, person))
        return person

    def _spelled_out(self, acronym: str) -> str | None:
        """An institution's acronym spelled out somewhere in the article without brackets:
        "MUI" for "Majelis Ulama Indonesia", one capitalised word per letter."""
        if not 2 <= len(acronym) <= 6 or not acronym.isalpha() or not acronym.isupper():
            return None
        m = regex.search(r"(?<!\p{L})" + r"\s+".join(rf"{c}\p{{Ll}}+" for c in acronym) + r"(?!\p{L})",
                         self.text)
        return m.group() if m else None

    def _by_initials(self, word: str) -> Person | None:
        """The person of the article whose initials ``word`` is: public figures are called
        by them ("JK" for Jusuf Kalla, "SBY" for Susilo Bambang Yudhoyono)."""
        if not 2 <= len(word) <= 4 or not ACRONYM.match(word):
            return None
        for cand in self.persons:
            parts = cand.name_words()
            if cand.kind == "person" and parts and INITIAL.match(parts[0] + ".") and len(parts) == len(word) + 1:
                parts = parts[1:]  # "M Rudi Hartono Santoso" is "RHS": an initial is left out
            if cand.kind == "person" and len(parts) == len(word) \
                    and "".join(w[0] for w in parts).upper() == word:
                return cand
        return None

    def _long_form(self, words: list[str], pos: int) -> str | None:
        """A fuller name elsewhere in the article that holds ``words`` ("Yudha" -> "Yudha
        Pratama Wicaksono"): the last before ``pos``, else the first after it."""
        before = after = None
        for start, name in self.long_forms:
            parts = name.split()
            if len(parts) >= 2 and _role_before_name(parts):
                parts = parts[1:]
            for k, part in enumerate(parts):
                # At the last word only an institution or place before it is cut off
                # ("Kerja Sama BPS Sutrisno" for "Sutrisno"): "Budi Santoso" stays for "Santoso".
                if k and (part in self.short_forms or part == words[0]) \
                        and _unit_like(parts[:k], len(parts), anchors_only=k == len(parts) - 1):
                    parts = parts[_keep_prefixes(parts, k):]
                    break
            if len(parts) > 4:
                continue
            name = " ".join(parts)
            if parts != words and _compatible(words, parts):
                if start < pos:
                    before = name
                elif after is None:
                    after = name
        return before or after

    def by_title(self, p: Phrase) -> Person | None:
        """The person who holds the office a name-less mention names ("kata Gubernur",
        "Menhub" for "Menteri Perhubungan Budi Karya Sumadi"); the nearest one before the
        mention, else the first after it."""
        key = _full_office(p.title_row, p.unit).split()
        if not key:
            return None
        deputy = _deputy(p.title, p.title_row)
        before = after = None
        for start, _end, person in self.mentions:
            if person.kind != "person" or not person.title or not person.name:
                continue
            if _deputy(person.title, person.title_row) != deputy:
                continue  # "Wakil Sekretaris Jenderal" is not the Sekretaris Jenderal
            office = _full_office(person.title_row, person.unit).split()
            # A holder known by the bare office is also named by the office with its unit
            # ("Sekretaris Daerah Sapril" … "kepada Sekretaris Daerah Kabupaten Kaur").
            bare = person.unit is None and p.unit is not None and key[:len(office)] == office \
                and (person.title_row or {}).get("kind") in REGIONAL_SINGLE_OFFICES
            # … and an office whose unit is a listed institution's short form names the same
            # office spelled out ("Kepala Kejari Sukamaju" holds what "Kajari" names).
            spelled = _full_office(person.title_row, person.unit, institutions=True).split()
            if office[:len(key)] == key or _office_abbreviates(key, office) or bare \
                    or (spelled != office and spelled[:len(key)] == key):
                if start < p.start:
                    before = person
                elif after is None:
                    after = person
        return before or after

    def most_recent(self, pos: int, kinds: tuple[str, ...] = ("person", "office"),
                    prefer: list[tuple[int, Person]] | None = None,
                    outside: list[tuple[int, int]] = ()) -> Person | None:
        """The person mentioned last before ``pos``; the quote speakers in ``prefer`` first.
        Mentions inside the spans ``outside`` (quoted speech) are no antecedents."""
        if prefer:
            for at, person in reversed(prefer):
                if at < pos and person.kind in kinds:
                    return person
        best = None
        for s, _e, person in self.mentions:
            if any(a <= s < b for a, b in outside) or s in self.in_building:
                continue
            if s < pos and person.kind in kinds:
                if best is None or s > best[0]:
                    best = (s, person)
        return best[1] if best else None

    def speaker(self, person: Person, start: int, end: int) -> Speaker:
        """The record of ``person`` mentioned at ``text[start:end]``."""
        return Speaker(name=self._record_name(person), mention=self.text[start:end], start=start, end=end,
                       title=_unbracketed(person.title) if person.title and person.kind in ("person", "office")
                       else None,
                       affiliation=self.affiliation(person), private=self.private(person))

    def _record_name(self, person: Person) -> str:
        """The person's name in the record: "Kang Budi Santoso" is "Budi Santoso" where the
        article also writes that; before a full name the word of address is an honorific. A
        name it makes of one word stays whole ("Gus Budi"), and so does one never written
        without it ("Daeng …" may be a given name)."""
        name = self._usual_spelling(person)
        parts = name.split()
        if person.kind != "person" or len(parts) < 3 or parts[0] not in words_of("nickname_prefix"):
            return name
        if name not in self._record_names:
            rest = " ".join(parts[1:])
            alone = regex.search(rf"(?<!{regex.escape(parts[0])}\s)(?<!\p{{L}}){regex.escape(rest)}(?!\p{{L}})", self.text)
            self._record_names[name] = rest if alone else name
        return self._record_names[name]

    def _usual_spelling(self, person: Person) -> str:
        """Of the spellings of the person's name a letter apart ("Darmakusumo", "Darmakusmo"), the
        one the article writes most often; the name as first read where none is more often."""
        key = (person.name, *sorted(person.forms))
        if key not in self._spellings:
            self._spellings[key] = self._find_usual_spelling(person)
        return self._spellings[key]

    def _find_usual_spelling(self, person: Person) -> str:
        parts = person.name.split()
        variants = [f for f in person.forms if f and f != person.name and len(f.split()) == len(parts)
                    and all(a == b or _one_letter_apart(a, b) for a, b in zip(f.split(), parts))]
        if person.kind != "person" or not variants:
            return person.name
        def count(form: str) -> int:
            return len(regex.findall(rf"(?<!\p{{L}}){regex.escape(form)}(?!\p{{L}})", self.text))
        best = max(variants, key=count)
        return best if count(best) > count(person.name) else person.name

    def private(self, person: Person) -> bool:
        """Does the article introduce ``person`` as a private individual rather than a public
        figure: a person with no office whose name is followed by an age in brackets ("Rina
        Lestari (45)") or by an ordinary role in apposition ("Rina Lestari, warga Desa Maju",
        "Budi, seorang pedagang"; ``private_person`` in speaker_words.tsv)?"""
        if person.kind != "person" or person.title:
            return False
        forms = tuple(sorted({person.name, *person.forms} - {""}, key=len, reverse=True))
        if forms not in self._private:
            pattern = PRIVATE_INTRODUCTION.format(names="|".join(map(regex.escape, forms)), roles=_private_roles())
            self._private[forms] = regex.search(pattern, self.text) is not None
        return self._private[forms]

    def affiliation(self, person: Person) -> str | None:
        """The institution the person speaks for, in its fullest form in the article and
        without bracketed short forms (corpus/GUIDELINES.md): a regional head's government,
        the ministry a minister heads, the institution that ends a sub-unit's name, else the
        unit an office's title names."""
        if person.kind == "institution" or not person.title:
            return None
        if any(person.title.lower().startswith(w) for w in words_of("lawyer")):
            return None  # "kuasa hukum Rina", "pengacara HM": whom a lawyer serves is no institution
        row = person.title_row or {}
        if person.title.split()[0].lower() in words_of("former") and row.get("kind") in (*REGIONAL_HEADS, "village"):
            return None  # "Mantan Bupati Kaur": a former head speaks for no government
        second = _unbracketed(person.title).partition("/")[2].split()
        if len(second) >= 3 and second[0] in HEAD_WORDS and second[1] in words_of("org_head"):
            # "Menteri X/Kepala Badan Riset Kelautan": the institution the
            # second office heads, as written.
            return self._fullest_institution(" ".join(second[1:]))
        unit = person.unit
        if unit is None and (row.get("kind") in REGIONAL_HEADS
                             or row.get("full", "").startswith(REGIONAL_OFFICES)):
            # "Wakil Bupati", "Asisten I" with no region: the region whose head the article names.
            unit = self._article_region(row)
        if unit is None and row.get("kind") in ("minister", "deputy_minister"):
            # "Mensos", "Wamensos": the portfolio is in the office's full title.
            base = DEPUTY_OR_ACTING.sub("", row.get("full", ""))
            portfolio = regex.sub(r"^Menteri(?: Koordinator)?\s+", "", base)
            if portfolio != base and portfolio:
                return self._ministry(portfolio, coordinating=base.startswith("Menteri Koordinator"))
        if unit is None and row.get("kind") == "judiciary":
            court = self._court(person.title)
            if court:
                return court
        if unit is None and (written := self._headed_unit_written(row)):
            return written  # "Kakorlantas" where the article writes "Korlantas Polri"
        if unit is None:
            # "Ketua DPR", "Wakil Ketua MPR": the office's title names the institution it heads.
            inst = _institution_in_title(person.title)
            return self._fullest_institution(inst) if inst else None
        if row.get("kind") == "profession" and (_field_only(unit) or _places_only(unit) or unit.split()[-1] == "City"):
            return None  # "ahli gizi di Kansas City": where a professional works is no institution
        if unit.split()[0] in words_of("neighbourhood"):
            return None  # "Ketua RT 05": a neighbourhood is no institution
        found = self._affiliation(person.title, unit, row)
        found = (_unbracketed(found) if found else None) or None  # "(JPU)" alone names none
        if found and row.get("kind") in ("police", "military") and _places_only(found):
            return None  # "Bhabinkamtibmas Kelurahan Sukamaju, Kecamatan …": an area is no institution
        if found and self._a_persons_name(found):
            return None  # "asisten Rudi", "kuasa hukum Rina": whom the office serves is no institution
        return found

    @staticmethod
    def _headed_unit(base: str, parts: list[str], row: dict[str, str]) -> list[str] | None:
        """The words of the unit a head ("Kepala", "Kepala Pusat", "Kapus") heads where it is a
        unit of its own (headed_unit in speaker_words.tsv: a centre, an agency, a task force), the
        title's unit word first: "Kepala Pusat" + "Riset Pangan BRIN" -> "Pusat Riset Pangan BRIN"."""
        lead = base.split()
        if not lead or lead[0] not in ("Kepala", "Direktur") or len(lead) > 2 or row.get("kind") in ("police", "military"):
            return None
        words = [w for w in lead[1:] + parts if w != "di"]  # "Pusat … di Universitas X": the body it is in
        return words if len(words) > 2 and words[0] in words_of("headed_unit") else None

    def _headed_unit_written(self, row: dict[str, str]) -> str | None:
        """The unit an office with no unit written after it heads, where the article writes the
        unit (the heads column, spelled out or short) with the institution it belongs to and that
        institution's place: "Korlantas Polri" for "Kakorlantas", "Satreskrim Polres Serang" for
        "Kasat Reskrim"; none where it writes several such units."""
        full, _, short = row.get("heads", "").partition("|")
        if not short:
            return None
        forms = set()
        for m in regex.finditer(rf"(?<!\p{{L}})(?:{regex.escape(full)}|{regex.escape(short)})\s+(\p{{Lu}}[\p{{L}}]+)((?:\s+\p{{Lu}}[\p{{L}}]*){{0,3}})",
                                self.plain_text):
            if m.group(1) not in _institution_names() and m.group(1) not in words_of("institution_short"):
                continue
            after = m.group(2).split()
            place = next((p for p in _regions().get(after[0], ()) if tuple(after[:len(p)]) == p), ()) if after else ()
            forms.add(" ".join(m.group().split()[:len(m.group().split()) - len(after) + len(place)]))
        return forms.pop() if len(forms) == 1 else None

    def _court(self, title: str) -> str | None:
        """The court a judge speaks for: the one the title names ("hakim tunggal PN Sukamaju"),
        else, for a judge's office alone ("Ketua Majelis Hakim"), the one court the article
        names; none where it names several."""
        found = self._courts_in(title)
        if not found and title.lower() in words_of("judge"):
            if self._article_courts is None:
                self._article_courts = self._courts_in(self.text)
            found = self._article_courts
        return next(iter(found)) if len(found) == 1 else None

    def _courts_in(self, text: str) -> frozenset[str]:
        """The courts written with their place in ``text``, each in its fullest form in the
        article ("PN Sukamaju" -> "Pengadilan Negeri Sukamaju")."""
        forms = set()
        for m in _court_pattern().finditer(text):
            words = tokenize(text, m.end(), min(len(text), m.end() + 40))
            e = _region_at(words, 0, len(words))
            if e is not None:
                place = " ".join(w.text for w in words[:e])
                forms.add(self._fullest_institution(f"{m.group(1)} {place}"))
        return frozenset(forms)

    def _a_persons_name(self, value: str) -> bool:
        """Is ``value`` the name of a person in the article, or one word of a name of two words
        or more, and nothing an institution or place is made of?"""
        words = value.split()
        if any(ACRONYM.match(w) or w in words_of("org_word") or w in words_of("unit_word") or w in _regions()
               or w in _institution_names() or w in self.place_org_words for w in words):
            return False
        for other in self.persons:
            if other.kind != "person" or not other.name or other.name not in self.tagged_names:
                continue  # a person the model tags, not a phrase read as a name
            names = other.name_words()
            if value == other.name or (len(words) == 1 and len(names) >= 2 and words[0] in names):
                return True
        return False

    def _affiliation(self, title: str, unit: str, row: dict[str, str]) -> str | None:
        # A company's legal form is read back from the article at the end (company_form).
        unit = _SPACES.sub(" ", _LEGAL_FORM.sub(" ", unit)).strip()
        lower = regex.match(r"(?:\p{Ll}+\s+)+(?=\p{Lu})", unit)
        if lower and row.get("kind") != "village":
            unit = unit[lower.end():]  # "asisten pelatih Timnas Sukamaju": the office's own words, then the body
        unit = " ".join(w for w in unit.split() if not ORDINAL.fullmatch(w))  # "ke-7 RI"
        if not unit or _unbracketed(unit) in _countries() \
                or (unit in HOME_COUNTRY and row.get("kind") == "head_of_state") or row.get("kind") == "envoy":
            return None  # "Presiden Prancis", "Duta Besar RI untuk Jepang": a country is no institution
        first = title.split()[0].lower()
        two = " ".join(title.split()[:2]).lower()
        full = row.get("full", "")
        # The office without its deputy or acting prefix: "Wakil Ketua Dewan …" is "Ketua Dewan …".
        base = DEPUTY_OR_ACTING.sub("", full)
        gov = REGIONAL_GOVERNMENT.get(base.lower()) or REGIONAL_GOVERNMENT.get(two) or REGIONAL_GOVERNMENT.get(first)
        if gov and row.get("kind") in REGIONAL_HEADS \
                and any(w in _regions() for w in _unbracketed(unit).split()[:2]):
            # A region's head speaks for its government; "Gubernur Bank Indonesia" does not.
            place = " ".join(w for w in _unbracketed(unit).split() if w not in LEVELS)
            return f"{gov} {self._fullest_place(place)}"
        if row.get("kind") in ("minister", "deputy_minister"):
            return self._ministry(unit, coordinating=base.startswith("Menteri Koordinator"))
        heads, _, heads_short = row.get("heads", "").partition("|")
        if row.get("kind") == "village" and heads:
            # A village's head speaks for its government, a subdistrict's for its office:
            # "Kepala Desa Sukamaju" -> "Pemerintah Desa Sukamaju", "Camat Maju" -> "Kecamatan Maju".
            place = _unbracketed(unit).split()
            while place and place[0] in words_of("village_level"):
                place = place[1:]
            return f"{heads} {' '.join(place)}" if place else None
        words = tokenize(unit, 0, len(unit))
        t = match_title(words, 0)
        if t is not None and t[0] < len(words) and words[0].text not in words_of("unit_or_title"):
            # "Juru Bicara Ketua Pelaksana Gugus Tugas …": the office's unit opens with the
            # office of whom the speaker speaks for; the institution follows it, with the
            # institution word a title holds ("Staf Khusus Kepala Badan Riset Sukamaju").
            n = t[0] - 1 if t[0] > 1 and t[1].get("kind") in ("agency_head", "unit_head") \
                and words[t[0] - 1].text in words_of("org_head") else t[0]
            unit = unit[words[n].start:]
        parts = _unbracketed(unit).split() or unit.split()  # a bracketed short form is no word of the name
        plain = _unbracketed(unit)
        # "Direktur Penyuluhan Ditjen Pajak Kemenkeu": an office inside a directorate general
        # speaks for it, as its director general does (the heads column of "Direktur Jenderal"),
        # not for the ministry after it.
        dg_full, _, dg_short = _titles()[("direktur", "jenderal")]["heads"].partition("|")
        forms = (dg_full.split(), dg_short.split())
        dg = next(((k, len(f)) for k in range(len(parts) - 1) for f in forms if parts[k:k + len(f)] == f), None)
        if dg is not None:
            first = dg[0] + dg[1]
            last = next((k for k in range(first + 1, len(parts)) if parts[k] not in _regions() and (
                parts[k] in _institution_names() or parts[k] in words_of("institution_short")
                or parts[k] in words_of("org_top"))),
                len(parts))
            if last > first:
                field = " ".join(parts[first:last])
                return self._as_written(f"{dg_full} {field}", f"{dg_short} {field}") \
                    or self._fullest_institution(" ".join(parts[dg[0]:last]))
        for name in _institution_names_of_several_words():
            # A listed institution of several words after a sub-unit, its short form in brackets
            # or not: "Komisi Fatwa Majelis Ulama Indonesia", "Dewan Komisioner Otoritas Jasa
            # Keuangan (OJK)".
            if plain == name or plain.endswith(" " + name):
                head = plain[:-len(name)].split()
                if row.get("title", "").split()[-1:] == ["Komisi"] and head and _numeral(head[0]):
                    head = ["Komisi", *head]  # "Ketua Komisi" + "X DPR RI": the commission is "Komisi X DPR RI"
                n = _legislative_body(head, _legislature(name))
                if n:
                    # "Komisi V DPR RI", "Badan Legislasi DPR RI": a body of the legislature
                    # speaks as itself.
                    return self._body_of(head[-n:], self._fullest_institution(name))
                return self._fullest_institution(name)
        anchors = _institution_anchors()
        def anchor(w: str) -> bool:
            # Also a short form the article spells out as an institution ("Universitas Sukamaju
            # (Unsuk)" makes "Unsuk" one).
            return w in anchors or bool(DOMAIN.match(w)) or (
                ACRONYM.match(w) and not INITIAL.match(w) and not ROMAN.match(w) and not any(c.isdigit() for c in w)) \
                or (w in self.expansions and any(x in words_of("org_top") for x in self.expansions[w].split()))

        if heads and row.get("kind") == "unit_head" and not unit.startswith(heads):
            # "Direktur Jenderal Pajak Kemenkeu" speaks for the directorate general as the
            # article writes it ("Direktorat Jenderal Pajak"), before the ministry after it.
            for cut in range(len(parts), 0, -1):
                for head in filter(None, (heads, heads_short)):
                    cand = f"{head} {' '.join(parts[:cut])}"
                    found = cand if written_in(self.text, cand) else self._with_expanded_words(cand)
                    if found:
                        return found
        if row.get("title", "").split()[-1:] == ["Komisi"] and parts and _numeral(parts[0]):
            parts = ["Komisi", *parts]  # "Anggota Komisi" + "II DPR …": the commission is "Komisi II DPR"
        faction = next((k for k in range(len(parts) - 1, 1, -1) if parts[k] == "Fraksi" and (
            anchor(parts[k - 1]) or (parts[k - 1] in _regions() and any(anchor(w) for w in parts[:k - 1])))), None)
        if faction is not None:
            # "anggota Komisi X DPR Fraksi Partai Maju", "… DPRD Jambi Fraksi …": a member's faction
            # after the legislature is not what he speaks for; the legislature is.
            parts = parts[:faction]
        if "The" in parts[1:-1]:
            # "Manajer Riset The Wirasakti": an English name opens at its article;
            # the words before it are the office's field.
            return self._fullest_institution(" ".join(parts[parts.index("The", 1):]))
        headed = self._headed_unit(base, parts, row)
        if headed and any(anchor(w) for w in headed[2:]):
            # "Kepala Pusat Riset Pangan BRIN": the head of a unit of its own inside another body
            # speaks for the unit as written, the body included.
            return self._fullest_institution(" ".join(headed))
        for k in range(len(parts) - 1, 0, -1):
            if parts[k] in _regions() or parts[k] in words_of("place_qualifier"):
                continue  # a place is no institution: "… Pendapatan Daerah NTB", "Kepala BPJPH RI"
            if anchor(parts[k]):
                # A sub-unit's office speaks for the institution its unit ends with: "Kepala
                # Seksi Pencegahan BPBD Kota Padang" for "BPBD Kota Padang"; a unit of it
                # written with its own short form before it stays ("UPTD PU Provinsi Sumsel").
                police = row.get("kind") in ("police", "military") or parts[k] in _security_institutions()
                while k > 0 and (ACRONYM.match(parts[k - 1]) or (
                        police and parts[k - 1] in words_of("institution_short"))) \
                        and anchor(parts[k - 1]) and parts[k - 1] not in _regions():
                    k -= 1  # … and a police unit's: "Dirtipidter Bareskrim Polri" for "Bareskrim Polri"
                if k > 0 and ACRONYM.match(parts[k]) and parts[k - 1] in words_of("institution_short") \
                        and parts[k - 1].startswith("Kemen"):
                    k -= 1  # "Kemenko PWD": the ministry word governs its short form
                if k == 1 and parts[0] in words_of("association") and ACRONYM.match(parts[k]):
                    k = 0  # the institution word opening the unit governs the short form: "Forum HRD Serang Barat"
                elif k > 0 and (ACRONYM.match(parts[k]) or parts[k] in _institution_names()) \
                        and parts[k - 1] in words_of("org_top"):
                    # An institution word governs the short form or name after it: "Otorita IKN",
                    # "Dinas PUPR", "Universitas Muhammadiyah Malang".
                    k -= 1
                while k > 0 and parts[k] in words_of("org_top") and parts[k - 1] in words_of("org_top"):
                    k -= 1  # … and another after it: "Asosiasi Pemerintah Kota …"
                if len(parts) - k >= 3 and parts[-2] == "Wilayah" and (_numeral(parts[-1]) or ROMAN.match(parts[-1])):
                    parts = parts[:-2]  # "Satgas … KPK Wilayah V": the numbered area is the task force's
                n = _legislative_body(parts[:k], _legislature(parts[k]))
                if n:
                    # A legislature's body speaks as itself: "Komisi V DPR RI", "Fraksi Partai
                    # Maju DPRD Sukamaju".
                    name = self._body_of(parts[k - n:k], " ".join(parts[k:]))
                    if written_in(self.text, f"{name} RI"):
                        return f"{name} RI"  # the fuller form the article writes too
                    return name
                return self._fullest_institution(" ".join(parts[k:]))
        # A unit that opens with an institution's name or short form ("Polresta Sukamaju").
        unit_institution = unit if anchor(parts[0]) and parts[0] not in _regions() else None
        if base.startswith(REGIONAL_OFFICES):
            place = self._regional_government(full, unit)
            if not place and parts[0] in LEVELS and (region := self._article_region(row)):
                # "Inspektur Kabupaten Sukamajut" (a typo): the region of that level the
                # article is about.
                place = self._regional_government(full, f"{parts[0]} {region}")
            if place:
                return place
        # "Kadis" is "Kepala Dinas": the unit of a head (or member) is the institution its
        # title names.
        written = DEPUTY_OR_ACTING.sub("", row.get("title", ""))
        for head in (f"{w} " for w in HEAD_WORDS):
            if base.startswith(head) and len(base) > len(head):
                # The institution as the title writes it ("Ketua DPRD" -> "DPRD"), spelled out
                # only where the title abbreviates the office itself ("Kadis" -> "Dinas").
                inst = written[len(head):] if written.startswith(head) and len(written) > len(head) \
                    else base[len(head):]
                first_word = inst.split()[0]
                if (first_word in words_of("org_head") or ACRONYM.match(first_word) or inst in _institution_names()) \
                        and not unit.startswith(inst):
                    # "Kapolres" holds the short form "Polres" of "Kepolisian Resor".
                    short = written[2:3].upper() + written[3:] if written.startswith("Ka") \
                        and not written.startswith(head) and written[2:3].isalpha() else None
                    # The press writes a unit's short form with or without its space: "Sat Lantas",
                    # "Satlantas".
                    joined = short and "".join(w.lower() if k and w.istitle() else w
                                               for k, w in enumerate(short.split()))
                    if row.get("kind") in ("police", "military") and unit_institution \
                            and parts[0] not in _institution_names() and parts[0] not in words_of("institution_short"):
                        unit_institution = None  # "Kapolsek SU I": a place's short form, no police unit
                    # "Kajati" holds "Kejati" of "Kejaksaan Tinggi": the institution's first
                    # syllable.
                    syllable = inst[:2] + written[2:] if written.startswith("Ka") and inst.startswith("Ke") else None
                    return self._as_written(f"{inst} {unit}", short and f"{short} {unit}",
                                            joined != short and joined and f"{joined} {unit}",
                                            syllable and f"{syllable} {unit}", unit_institution)
        # A company's department before its name is no institution: "Corporate Affairs
        # Maju Jaya Indonesia" speaks for "Maju Jaya Indonesia".
        if all(w in words_of("department") or w in ("&", "and", "dan") for w in parts):
            return None  # "Direktur Riset Name": a department alone names no institution
        k = 0
        while k + 1 < len(parts) and (parts[k] in words_of("department") or parts[k] in ("&", "and")):
            k += 1
        if k and CAPITALISED.match(parts[k]) and parts[k] not in words_of("department"):
            return self._fullest_institution(" ".join(parts[k:]))
        if heads and not unit.startswith(heads):
            # "Direktur Jenderal Perhubungan Udara" heads the "Direktorat Jenderal Perhubungan Udara".
            return self._as_written(f"{heads} {unit}", heads_short and f"{heads_short} {unit}", unit_institution)
        return self._fullest_institution(unit)

    def _body_of(self, body: list[str], legislature: str) -> str:
        """A legislature's body with the legislature after it, the body spelled out where the
        article spells it out ("Baleg" -> "Badan Legislasi DPR RI")."""
        short = " ".join(body)
        return f"{self.expansions.get(short, short)} {legislature}"

    @property
    def plain_text(self) -> str:
        """The text without bracketed short forms, worked out once."""
        if self._plain_text is None:
            self._plain_text = _unbracketed(self.text)
        return self._plain_text

    def _as_written(self, *forms: str | None) -> str | None:
        """The first of ``forms`` of the institution an office names that the article writes:
        spelled out ("Dinas Kominfotik Provinsi Bengkulu" for "Kadis Kominfotik Provinsi
        Bengkulu"), in its short form ("Polres Ponorogo" for "Kapolres Ponorogo"), or the
        institution the unit names ("Polresta Sukamaju" for "Kasatreskrim Polresta Sukamaju");
        none where the article writes none (corpus/GUIDELINES.md: world knowledge is not used). A
        short form in brackets may stand inside the written form ("Satuan Reserse Kriminal
        (Satreskrim) Polres Sukamaju")."""
        for form in filter(None, forms):
            found = self._fullest_institution(form)
            if any(regex.search(rf"(?<!\p{{L}}){regex.escape(found)}(?!\p{{L}})", text)
                   for text in (self.text, self.plain_text)):
                return found
        return None

    def _article_region(self, row: dict[str, str]) -> str | None:
        """The region of the article's regional head of the same level as the office in ``row``
        (any level for a secretariat's official), where only one such region is named; with
        no such head, the first region of that level the article writes with its level."""
        level = _government_of(row)
        regions = set()
        for other in self.persons:
            o_row = other.title_row or {}
            if other.unit and o_row.get("kind") in REGIONAL_HEADS:
                if level is None or _government_of(o_row) == level:
                    regions.add(_unbracketed(other.unit))
        if len(regions) == 1:
            return regions.pop()
        if not regions and level is not None:
            # No such head named: the first listed region of that level the article writes out,
            # or writes after the level's head ("Wakil Bupati" in an article about "Kabupaten
            # Mandailing Natal"; "Bupati Romi" under the headline "Bupati Tanjab Timur …").
            marker = level.split()[-1]  # "Kabupaten", "Kota", "Provinsi"
            heads = "|".join(h.title() for h, gov in REGIONAL_GOVERNMENT.items() if gov == level)
            for m in regex.finditer(rf"\b(?:{marker}|{heads})\s+((?:\p{{Lu}}[\p{{L}}-]*\s?){{1,4}})", self.text):
                words = m.group(1).split()
                for k in range(len(words), 0, -1):
                    name = " ".join(words[:k])
                    if LEVELS.get(_region_kinds().get(_region_names().get(name, name), "")) == marker:
                        return name
        return None

    def _regional_government(self, full: str, unit: str) -> str | None:
        """The government of the region an official's office names ("Sekretaris Daerah
        Kabupaten Kaur", "Sekda Muara Enim"): "Pemerintah Kabupaten Kaur"."""
        words = f"{full} {_unbracketed(unit)}".split()
        level = next((LEVELS[w] for w in words if w in LEVELS), None)
        place = " ".join(w for w in _unbracketed(unit).split() if w not in LEVELS)
        name = _region_names().get(place, place)
        kind = _region_kinds().get(name)
        if kind is None:
            return None
        return f"Pemerintah {level or LEVELS[kind]} {self._fullest_place(place)}"

    def _fullest_place(self, place: str) -> str:
        """A region's listed name where the article also writes it ("Tanjab Timur" ->
        "Tanjung Jabung Timur"), else the place as written."""
        name = _region_names().get(place)
        return name if name and name in self.text else place

    def _fullest_institution(self, name: str) -> str:
        """An institution's listed full name where the article also writes it ("MUI" ->
        "Majelis Ulama Indonesia"), else its spelled-out form in the article, else as written."""
        full = _institution_names().get(name)
        if full and full in self.text:
            return self.company_form(full)
        first, _, rest = name.partition(" ")
        full = _institution_names().get(first) if rest and first != _institution_names().get(first) else None
        if full and written_in(self.text, f"{full} {rest}"):
            return f"{full} {rest}"  # "Kejati DKI Jakarta" where the article writes "Kejaksaan Tinggi DKI Jakarta"
        # The article's own expansion, also where it writes the region in full ("Komisi Informasi
        # (KI) Provinsi Kalimantan Timur" for "KI Provinsi Kaltim").
        expanded = self.expansions.get(name) or self.expansions.get(self._with_fullest_places(name))
        return (expanded and self.company_form(expanded)) \
            or self._spelled_out(name) or self._expanded_with_region(name) or self._with_region(name) \
            or self._with_level(name) or self.company_form(name)

    def _with_level(self, name: str) -> str | None:
        """``name`` ending in a place with the place's level where the article writes it so
        ("KPU Makassar" -> "KPU Kota Makassar")."""
        parts = name.split()
        if len(parts) < 2 or parts[-1] not in _regions() or parts[-2] in LEVELS:
            return None
        head, place = " ".join(parts[:-1]), parts[-1]
        m = regex.search(rf"(?<!\p{{L}}){regex.escape(head)}\s+(?:{_place_level_alternation()})\s+{regex.escape(place)}(?!\p{{L}})",
                         self.text)
        return m.group() if m else None

    def _expanded_with_region(self, name: str) -> str | None:
        """``name`` with its short words spelled out (_with_expanded_words), and with the region
        the article writes after that form ("Dinas PU" -> "Dinas Pekerjaan Umum Kota Padang")."""
        long = self._with_expanded_words(name)
        return long and (self._with_region(long) or long)

    def company_form(self, name: str) -> str:
        """A company's name with the legal forms the article writes around it ("Jasa Raya",
        "PT Jasa Raya" -> "PT Jasa Raya (Persero) Tbk"), else ``name``."""
        if name not in self._company_forms:
            self._company_forms[name] = self._find_company_form(name)
        return self._company_forms[name]

    def _find_company_form(self, name: str) -> str:
        if "PT" not in self.text and "Persero" not in self.text and "Tbk" not in self.text:
            return name
        base = regex.sub(r"\s+Tbk\.?$", "", name[3:] if name.startswith("PT ") else name)
        if not base or not base[:1].isupper():
            return name
        forms = [m.group() for m in regex.finditer(
            # The name ends there ("PT Maju" is not "PT Maju Jaya"), but for its legal forms.
            rf"(?<!\p{{L}})(?:PT\.?\s+)?{regex.escape(base)}(?![\p{{L}}\p{{N}}])(?!\s+(?!Tbk)\p{{Lu}}\p{{Ll}})"
            r"(?:\s*\(Persero\))?(?:\s*,?\s*Tbk\.?(?![\p{L}\p{N}]))?",
            self.text)]
        forms = [f for f in forms if f != base and (f.startswith("PT") or len(f) > len(base))]
        return max(forms, key=len) if forms else name

    def _with_region(self, name: str) -> str | None:
        """The one form in which the article writes the institution ``name`` with a region, or
        the listed institution it belongs to, after it ("Wakil Ketua II TP PKK" in an article
        about "TP PKK Kabupaten Tanjung Jabung Timur", "Komisi V" in one about "Komisi V DPR
        RI"); none where ``name`` names a place already or the article writes several forms."""
        if name not in self._with_region_cache:
            self._with_region_cache[name] = self._find_with_region(name)
        return self._with_region_cache[name]

    def _find_with_region(self, name: str) -> str | None:
        parts = name.split()
        if any(p in _regions() or p in LEVELS for p in parts):
            return None
        forms = set()
        for m in regex.finditer(rf"(?<!\p{{L}}){regex.escape(name)}\s+((?:\p{{Lu}}[\p{{L}}.\-]*\s*){{1,5}})", self.text):
            after = [w.rstrip(".") if w.endswith(".") and w.count(".") == 1 else w for w in m.group(1).split()]
            # The institution a sub-unit belongs to may come first ("Komisi V DPR RI").
            k = 1 if " " not in after[0] and after[0] in _institution_names() else 0
            if k and len(after) > 1 and after[1] in words_of("place_qualifier"):
                forms.add(" ".join([name, *after[:2]]))
                continue
            k += 1 if k < len(after) and after[k] in LEVELS else 0
            for parts_ in _regions().get(after[k] if k < len(after) else "", ()):
                if tuple(after[k:k + len(parts_)]) == parts_:
                    forms.add(" ".join([name, *after[:k + len(parts_)]]))
                    break
            else:
                # "KPU RI": a national institution with its country's short form.
                if after[0] in _institution_names() or after[0] in words_of("place_qualifier"):
                    forms.add(f"{name} {after[0]}")
        return forms.pop() if len(forms) == 1 else None

    def _with_expanded_words(self, name: str) -> str | None:
        """``name`` with its abbreviated words spelled out as the article spells them, where the
        article writes that form ("Balai TNBS" for "Balai Taman Nasional Berbak dan Sembilang
        (TNBS)")."""
        parts = name.split()
        if len(parts) < 2 or not any(p in self.expansions or _letters_acronym(p) for p in parts):
            return None
        long = " ".join(self.expansions.get(p, p) for p in parts)
        if long != name and long in self.text:
            return long
        # Also with its short form in brackets, and its place with the place's level ("Dikbud
        # Bogor" for "Dinas Pendidikan dan Kebudayaan (Dikbud) Kota Bogor"); a short form the
        # article does not expand in brackets, one capitalised word a letter ("Dinas PU" for
        # "Dinas Pekerjaan Umum").
        pattern = r"\s+".join(
            (rf"(?:(?:{_place_level_alternation()})\s+)?" if k and parts[k] in _regions() else "")
            + (regex.escape(self.expansions[p]) if p in self.expansions
               else r"\s+".join(rf"{c}\p{{Ll}}+" for c in p) if _letters_acronym(p) and p not in _regions()
               else regex.escape(p))
            for k, p in enumerate(parts))
        m = regex.search(rf"(?<!\p{{L}}){pattern}(?!\p{{L}})", self.plain_text)
        return m.group() if m else None

    def _with_fullest_places(self, value: str) -> str:
        """``value`` with each region's short form in its listed name where the article writes
        that name ("KI Provinsi Kaltim" -> "KI Provinsi Kalimantan Timur")."""
        parts = value.split()
        out: list[str] = []
        k = 0
        while k < len(parts):
            for n in (2, 1):
                place = " ".join(parts[k:k + n])
                if len(parts[k:k + n]) == n and _region_names().get(place):
                    out.append(self._fullest_place(place))
                    k += n
                    break
            else:
                out.append(parts[k])
                k += 1
        return " ".join(out)

    def _ministry(self, unit: str, coordinating: bool = False) -> str | None:
        """The ministry a minister of ``unit`` heads, in its fullest form the article writes;
        none where the article does not name it. A coordinating minister's is a "Kementerian
        Koordinator", "Kemenko" + the short form in brackets ("Kemenko IPK")."""
        # A short form may hold the office's own short word: "(Menko PP)" names "Kemenko PP".
        shorts = [regex.sub(r"^(?:Menko|Menteri|Men)\s+", "", m.group()[1:-1].strip())
                  for m in _BRACKETED.finditer(unit)]
        if coordinating:
            name = f"Kementerian Koordinator {_unbracketed(unit)}"
            forms = [name, *(f"Kemenko {x}" for x in shorts if x),
                     *(a for a, f in _institution_names().items() if f == name and a != name)]
        else:
            forms = self._ministry_forms(unit, shorts)
            spelled = self.expansions.get(_unbracketed(unit))
            if spelled:
                # "Menteri PU" where the article writes "Kementerian Pekerjaan Umum (PU)".
                forms += self._ministry_forms(spelled, [])
        return next((f for f in sorted(forms, key=len, reverse=True) if written_in(self.text, f)), None)

    @staticmethod
    def _ministry_forms(unit: str, shorts: list[str]) -> list[str]:
        """The forms of the ministry a minister of ``unit`` heads: its listed name and short
        forms, without a trailing "RI", with "Kementerian" before a short form."""
        name = f"Kementerian {_unbracketed(unit)}"
        full = _institution_names().get(name, name)
        forms = [full, *(a for a, f in _institution_names().items() if f == full and a != full)]
        bare = name.split()
        while len(bare) > 2 and bare[-1] in words_of("place_qualifier"):
            bare.pop()  # "Menteri Kebudayaan RI" heads the "Kementerian Kebudayaan" the article writes
        if len(bare) < len(name.split()):
            forms.append(" ".join(bare))
        # A short form after the word: "Kementerian Kominfo" is fuller than "Kominfo"; so is the
        # one the article gives in brackets ("Menteri Pendayagunaan … (PANRB)": "Kementerian PANRB").
        forms += [f"Kementerian {a}" for a in forms if not a.startswith("Kem")]
        forms += [f"Kementerian {short}" for short in shorts if short]
        return forms


def _government_of(row: dict[str, str]) -> str | None:
    """The regional government a head's or deputy's office leads ("Wakil Bupati" ->
    "Pemerintah Kabupaten"), None for other offices."""
    full = row.get("full", "").lower()
    return next((gov for head, gov in REGIONAL_GOVERNMENT.items() if full.endswith(head)), None)


def _unbracketed(value: str) -> str:
    """``value`` without bracketed short forms: "Kabupaten Mandailing Natal (Madina)", "Menteri
    PPN (X)/Kepala …" with no space left before the slash."""
    return _SPACES.sub(" ", _BRACKETED.sub(" ", value)).replace(" /", "/").strip()


@functools.cache
def _region_names() -> dict[str, str]:
    """Each region's aliases (regions.tsv) mapped to its name."""
    out: dict[str, str] = {}
    for row in resources.tsv_records("regions.tsv"):
        for alias in filter(None, (row.get("aliases") or "").split("|")):
            out.setdefault(alias, row["name"])
    return out


@functools.cache
def _region_kinds() -> dict[str, str]:
    """Each region's name (regions.tsv) mapped to its kind: province, regency or city."""
    out: dict[str, str] = {}
    for row in resources.tsv_records("regions.tsv"):
        out.setdefault(row["name"], row["kind"])  # provinces come first: "Jambi" is the province
    return out


@functools.cache
def _institution_names() -> dict[str, str]:
    """Each listed institution's name and abbreviations (institutions.tsv) mapped to its name."""
    out: dict[str, str] = {}
    for row in resources.tsv_records("institutions.tsv"):
        out[row["name"]] = row["name"]
        for short in filter(None, (row.get("abbreviations") or "").split("|")):
            out.setdefault(short, row["name"])
    return out


@functools.cache
def _security_institutions() -> frozenset[str]:
    """The police and military institutions of institutions.tsv, names and short forms ("Polri",
    "Polda")."""
    return frozenset(name for row in resources.tsv_records("institutions.tsv") if row.get("kind") in ("police", "military")
                     for name in (row["name"], *filter(None, (row.get("abbreviations") or "").split("|"))))


@functools.cache
def _institution_names_of_several_words() -> tuple[str, ...]:
    return tuple(name for name in _institution_names() if " " in name)


@functools.cache
def _institutions_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    by_first: dict[str, set[tuple[str, ...]]] = {}
    for name in _institution_names_of_several_words():
        parts = tuple(name.split())
        by_first.setdefault(parts[0], set()).add(parts)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


def _listed_institution_at(words: list[Word], j: int, end: int) -> int | None:
    """End of the listed institution name of several words (institutions.tsv, names and
    short forms) that starts at ``words[j]``, if one does."""
    for parts in _institutions_by_first_word().get(words[j].text, ()):
        e = j + len(parts)
        if e <= end and tuple(w.text for w in words[j:e]) == parts:
            return e
    return None


def _listed_institution(words: list[Word], i: int, end: int) -> bool:
    """Are ``words[i:end]`` a name institutions.tsv lists ("Muhammadiyah", "Nahdlatul
    Ulama"), which is nobody's personal name?"""
    return (end == i + 1 and words[i].text in _institution_names()) or _listed_institution_at(words, i, end) == end


def _same_office(row_a: dict[str, str] | None, unit_a: str | None,
                 row_b: dict[str, str] | None, unit_b: str | None) -> bool:
    """Do two offices name the same one: the same listed title, or one spelled out the fuller
    form of the other ("Menteri Pertanian" for "Mentan", "Gubernur Bank Indonesia" for
    "Gubernur BI")? An office of no listed row compares as the same."""
    if not row_a or not row_b or row_a.get("full") == row_b.get("full"):
        return True
    a = _full_office(row_a, unit_a, institutions=True)
    b = _full_office(row_b, unit_b, institutions=True)
    return a.startswith(b) or b.startswith(a)


@functools.cache
def _place_levels() -> frozenset[str]:
    """The levels of government written before a place's name: a region's (LEVELS) and a
    village's or subdistrict's (``village_level`` in speaker_words.tsv)."""
    return frozenset(w for w in LEVELS if w[:1].isupper()) | words_of("village_level")


@functools.cache
def _place_level_alternation() -> str:
    return "|".join(map(regex.escape, sorted(_place_levels(), key=len, reverse=True)))


def _places_only(unit: str) -> bool:
    """Is the unit only places, each opened by its level ("Kelurahan Sukamaju, Kecamatan Maju,
    Kota Kupang") or a listed region?"""
    for piece in _unbracketed(unit).split(","):
        words = tokenize(piece, 0, len(piece))
        if not words:
            continue
        if words[0].text in _place_levels() and len(words) > 1:
            continue
        if _region_at(words, 0, len(words)) != len(words):
            return False
    return True


@functools.cache
def _court_pattern() -> regex.Pattern:
    """A court's words (``court`` in speaker_words.tsv), a bracketed short form after them
    allowed, before its place."""
    courts = "|".join(map(regex.escape, sorted(words_of("court"), key=len, reverse=True)))
    return regex.compile(rf"(?<!\p{{L}})({courts})(?:\s*\([^()]{{1,15}}\))?\s+(?=\p{{Lu}})")


def _institution_in_title(title: str) -> str | None:
    """The listed institution an office's title ends with after its head word ("Ketua DPR",
    "Wakil Ketua MPR RI" -> "MPR RI"), else None."""
    words = DEPUTY_OR_ACTING.sub("", _unbracketed(title)).split()
    if len(words) < 2 or words[0] not in HEAD_WORDS:
        return None
    inst = " ".join(words[1:])
    return inst if inst in _institution_names() else None


def _field_only(unit: str) -> bool:
    """Is the unit after a profession only the field it works in ("Pakar Hukum dan
    Pembangunan", "Pengamat Pasar Keuangan"): words news writes in lower case, none of an
    institution's?"""
    words = _unbracketed(unit).split()
    org = words_of("org_word") | _institution_anchors()
    return bool(words) and all(w in ("dan", "&") or (w.lower() in known_words() and w not in org) for w in words)


@functools.cache
def _institution_anchors() -> frozenset[str]:
    """Words that start an institution's name inside an office's unit: the listed
    institutions' short forms and one-word institution names."""
    return frozenset(w for w in _institution_names() if " " not in w) | words_of("institution_short") \
        | words_of("org_top")


def move_to_unit(p: Phrase, moved: str, rest: list[str]) -> None:
    """Move the words ``moved`` from the front of the phrase's name to the end of its office's
    unit (and title); ``rest`` is the name left."""
    p.name = " ".join(rest)
    p.title = f"{p.title} {moved}" if p.title else None
    p.unit = f"{p.unit} {moved}" if p.unit else (moved if p.title else None)


def _keep_prefixes(parts: list[str], k: int) -> int:
    """Move a cut at ``k`` back over given-name prefixes ("… Tanjungpura Muhammad Rizal")."""
    prefixes = words_of("name_prefix")
    while k > 0:
        if k > 1 and f"{parts[k - 2]} {parts[k - 1]}" in prefixes:
            k -= 2  # "Anak Agung Made Santika", "Ida Bagus Rai"
        elif parts[k - 1] in prefixes:
            k -= 1
        else:
            break
    return k


@functools.cache
def _cue_words() -> frozenset[str]:
    """Cue verbs, which start no name even when capitalised ("Kata Hendra, …")."""
    return frozenset(row["form"] for row in resources.tsv_records("cues.tsv"))


def _unit_like(dropped: list[str], total: int, anchors_only: bool = False) -> bool:
    """Are the words before a short name the end of an office's unit rather than given names?
    ("Bank Maju Bersama Ratna Kusumawati", "Sulut Frans Lumowa", "Menteri Koordinator …
    Kebudayaan Hasan Basri", but "Abdullah Fikri Lubis", "Muhammad Rizal Firdaus")"""
    units = words_of("org_word") | words_of("region_marker")
    for w in dropped:
        # Two capitals inside a name are initials ("Bambang PS Brodjonegoro") when only
        # anchors count.
        if w in units or (ACRONYM.match(w) and not INITIAL.match(w) and not (anchors_only and len(w) < 3)) \
                or w in _regions():
            return True
    if anchors_only:
        return False
    # Indonesians are called by their first name, so a word before the called name is an
    # office's unless it is a given-name prefix ("Muhammad", "Sri", "I Gusti").
    if len(dropped) == 1 and dropped[0] not in words_of("name_prefix") \
            and not INITIAL.match(dropped[0]) and len(dropped[0]) > 2:
        return True
    return len(dropped) >= 2 and total >= 4


@functools.cache
def _cue_forms() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Cue forms a speaker follows ("kata Ratna") and precedes ("Ratna mengatakan"), and of the
    first those a speaker follows only after a quote or a comma (``marked`` in cues.tsv: "…,”
    jawab Rina"), elsewhere words of another sense ("tanggung jawab")."""
    after, before, marked = set(), set(), set()
    for row in resources.tsv_records("cues.tsv"):
        if row["voice"] in ("bare", "passive"):
            after.add(row["form"])
            if row.get("object") == "marked":
                marked.add(row["form"])
        elif row["voice"] == "active":
            before.add(row["form"])
    return frozenset(after), frozenset(before), frozenset(marked)


def _short_forms(words: list[Word]) -> tuple[frozenset[str], frozenset[str]]:
    """One-word names the article uses next to a cue verb: how it calls its speakers; and
    those after an inverted cue alone ("kata Bima"), where a place is rarely meant."""
    after, before, marked = _cue_forms()
    out = set()
    called_after = set()
    for i, w in enumerate(words):
        low = w.text.lower()
        if low in marked and not (i > 0 and words[i - 1].text in ",”\"’'"):
            continue  # "tanggung jawab Pertamina": "jawab" closes a quote only ("…,” jawab Rina")
        if low in after and i + 1 < len(words):
            nxt = words[i + 1].text
            if _is_name_word(nxt) and not INITIAL.match(nxt) and not match_title(words, i + 1) and (
                    i + 2 >= len(words) or not _is_name_word(words[i + 2].text)):
                out.add(nxt)
                called_after.add(nxt)
        elif low in before and i > 0:
            prev = words[i - 1].text
            if _is_name_word(prev) and not INITIAL.match(prev) and (
                    i < 2 or not _is_name_word(words[i - 2].text)):
                out.add(prev)
    return frozenset(out), frozenset(called_after)


def _long_forms(words: list[Word], text: str, called: frozenset[str] = frozenset()) -> list[tuple[int, str]]:
    """Runs of two to eight name words outside office phrases: full names said plainly, or
    the end of an office the title list does not know ("Juru Bicara Daop Yoga Pratama")."""
    out = []
    run: list[Word] = []
    unit_words = words_of("org_word") | words_of("region_marker") | words_of("region_second") \
        | words_of("unit_word") | words_of("institution_short")

    def flush() -> None:
        while run and is_degree(run[-1].text):
            run.pop()  # "Safrial MS": a degree with no comma is no part of the name
        if 2 <= len(run) <= 8:
            name = " ".join(w.text for w in run)
            pair = _PAIR.fullmatch(name)
            out.append((run[0].start, pair.group(1) if pair else name))
        run.clear()

    skip_to = 0
    ministry = False
    places = words_of("region_marker") | words_of("facility")
    for i, w in enumerate(words):
        t = w.text
        if i < skip_to:
            continue
        title = match_title(words, i)
        if t in places or (title is not None and title[1].get("kind") == "village"):
            # The words after "Desa", "Puskesmas", "Camat" are the place's name ("Desa Cempaka
            # Putih Sarmin", "Camat Mampang Prapatan Sarmin").
            flush()
            after = i + (title[0] if title is not None else 1)
            skip_to = _place_after(words, after, len(words)) or (after + 1 if t in places else after)
            if t in places and after < len(words) and _is_honorific(words[after].text):
                # A facility named after someone ("RSUP Dr M Hasan Budiono"): its name runs on
                # into the person's, so the run holds no full name.
                skip_to = after + 1
                while skip_to < len(words) and _is_name_word(words[skip_to].text):
                    skip_to += 1
            continue
        region = _region_at(words, i, len(words))
        # The ministry after "Menteri" is the office's ("Menteri Ketenagakerjaan Budi").
        ministry = (t in _ministry_words() and i > 0 and (words[i - 1].text == "Menteri" or ministry)) \
            or (ministry and t in ("dan", ","))
        listed = _listed_institution_at(words, i, len(words))
        if region:
            flush()
            skip_to = region
        elif listed is not None or (t in words_of("org_head") and i + 1 < len(words)
                                    and CAPITALISED.match(words[i + 1].text) and words[i + 1].text not in called):
            # An institution's name, listed or a head word and the word it governs ("Partai
            # Golkar Sutarno" is no full name "Golkar Sutarno"), unless the article calls
            # someone by that word ("Pusat Budi Santoso" … "kata Budi").
            flush()
            skip_to = listed or i + 2
        elif title is not None and title[0] > 1:
            # The later words of a title are no name's ("Jaksa Agung Budi …").
            flush()
            skip_to = i + title[0]
        elif t in _institution_names() and not ACRONYM.match(t) and t not in called:
            flush()  # a listed institution of one word ("Politisi Gerindra Budi") is no name's
        elif ministry:
            flush()
        elif t[-1:] in "'’" and i > 0 and words[i - 1].text in "'‘":
            # A nickname in single quotes inside a name ("Rahmadi 'Nanda' Saputra") is no part
            # of a plain run: read on, it would give "Nanda' Saputra".
            flush()
        elif _is_name_word(t) and t not in unit_words and not _is_honorific(t) and title is None \
                and (not ACRONYM.match(t) or (run and len(t) <= 3)) and not _adverb_in_nya(t):
            run.append(w)
        else:
            flush()
    flush()
    return out


@functools.cache
def _teaser_line() -> regex.Pattern:
    """A line that advertises another story: a teaser verb (speaker_words.tsv), then "juga" or
    "video" ("Simak juga Video …", "Tonton juga video \"…\" di sini")."""
    verbs = "|".join(sorted(map(regex.escape, words_of("teaser"))))
    return regex.compile(rf"(?m)^[ \t]*(?:{verbs})\s+(?:juga\s+)?(?:[Vv]ideo|juga)\b.*$")
# A bracketed short form; "(Persero)", a state company's legal form, is part of its name.
_BRACKETED = regex.compile(r"\((?!Persero\))[^()]*\)")  # LEGAL_FORMS
_ALIAS_NAME = r"((?:\p{Lu}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*){0,2})"
# "Budi Santoso (Gus Budi)", "Budi Santoso, (Gus Budi)", "Budi Santoso atau yang akrab disapa Gus
# Budi", "… atau Gus Budi", "Budi Santoso, yang biasa disapa Gus Budi,".
_CALLED_BY = r"(?:(?:akrab|biasa|lebih)\s+)?(?:disapa|dipanggil|dikenal|disebut)\s+(?:dengan\s+)?"
_ALIAS_AFTER = regex.compile(
    rf"\s*(?:,?\s*\({_ALIAS_NAME}\)|,?\s+(?:(?P<link>atau|alias)\s+(?P<called>(?:yang\s+)?{_CALLED_BY})?"
    rf"|(?P<called>yang\s+{_CALLED_BY})){_ALIAS_NAME.replace('(', '(?P<other>', 1)})")
_SPACES = regex.compile(r"\s+")

def _office_abbreviates(short: list[str], full: list[str]) -> bool:
    """Does the office ``short`` name ``full`` with its unit shortened? Indonesian offices
    shorten units into syllable acronyms ("Menteri Kominfo" for "Menteri Komunikasi dan
    Informatika", "Dirjen Hubud" for "Direktur Jenderal Perhubungan Udara") and leave out
    region markers ("Kadishub Jambi" for "… Perhubungan Provinsi Jambi"): each short word is
    a full word or takes letters, in order, from every word of a run of full words."""
    skip = {w.lower() for w in words_of("region_marker")} | {"dan"}
    short = [w for w in short if w not in skip]
    full = [w for w in full if w not in skip]

    @functools.cache
    def fits(si: int, fi: int) -> bool:
        if si == len(short):
            return True
        if fi == len(full):
            return False
        if short[si] == full[fi] and fits(si + 1, fi + 1):
            return True
        return len(short[si]) >= 3 and any(
            _acronym_of(short[si], tuple(full[fi:k])) and fits(si + 1, k)
            for k in range(fi + 1, min(len(full), fi + 4) + 1))

    return len(short) >= 2 and fits(0, 0)


def _letters_acronym(word: str) -> bool:
    """A short form of two to five capital letters, one a word ("PU", "PUPR")."""
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper()


def _acronym_of(short: str, words: tuple[str, ...]) -> bool:
    """Is ``short`` made of letters of every word in ``words``, in order, starting within
    the first syllable of the first word ("hub" in "perhubungan")?"""
    if not words or len(short) < len(words) or short[0] not in words[0][:4]:
        return False

    @functools.cache
    def split(si: int, wi: int) -> bool:
        if wi == len(words):
            return si == len(short)
        word = words[wi]
        pos = 0
        for k in range(si, len(short)):
            pos = word.find(short[k], pos)
            if pos < 0:
                return False
            pos += 1
            if split(k + 1, wi + 1):
                return True
        return False

    return split(0, 0)


def _full_office(row: dict[str, str] | None, unit: str | None, institutions: bool = False) -> str:
    """The office spelled out: "Menhub" -> "menteri perhubungan", "Kadis" + "Kominfotik" ->
    "kepala dinas kominfotik"; with ``institutions``, a listed institution's short form in the
    unit spelled out too ("Kepala" + "Kejari Sukamaju" -> "kepala kejaksaan negeri sukamaju")."""
    if not row:
        return ""
    full = row.get("full", "")
    if not unit:
        return full.lower()
    unit = _canonical_regions(unit)
    if institutions:
        names = _institution_names()
        unit = " ".join(names.get(w, w) for w in unit.split())
    return f"{full} {unit}".lower()


@functools.lru_cache(maxsize=4096)
def _canonical_regions(unit: str) -> str:
    """``unit`` with each region's short form spelled as the region's name ("Bupati Tanjab
    Timur" holds the office "Bupati Tanjung Jabung Timur")."""
    return _region_alias_pattern().sub(lambda m: _region_names()[m.group()], unit)


@functools.cache
def _region_alias_pattern() -> regex.Pattern:
    aliases = sorted(_region_names(), key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + "|".join(map(regex.escape, aliases)) + r")(?![\p{L}\p{N}])")


# A name followed by an age in brackets, or by a comma and an ordinary role ("…, seorang
# pedagang"): how news introduces a private person.
PRIVATE_INTRODUCTION = (r"(?<!\p{{L}})(?:{names})(?:\s*\(\s*\d{{1,3}}(?:\s*tahun)?\s*\)"
                        r"|,\s*(?:seorang\s+|salah\s+(?:seorang|satu)\s+)?(?:{roles})(?!\p{{L}}))")


@functools.cache
def _private_roles() -> str:
    return "|".join(sorted(map(regex.escape, words_of("private_person")), key=len, reverse=True))


# "Pemerintah Provinsi (Pemprov) Bengkulu": the article's own expansion of an abbreviation.
EXPANSION = regex.compile(
    # English names keep their link words in lower case: "Sukamaju Research and Polling Center (SRPC)".
    # … and so do Indonesian ones: "Perkumpulan untuk Pemilu dan Demokrasi (Perludem)".
    rf"(?P<long>(?:\p{{Lu}}\p{{Ll}}+\s+(?:(?:{_LINKS_INSIDE}|dan|untuk|bagi)\s+(?=\p{{Lu}}))?){{1,7}})"
    r"\((?P<short>\p{Lu}[\p{L}\-]+)\)"
    r"(?P<tail>(?:\s+\p{Lu}[\p{L}\-]+){0,3})"
)
# A sentence ends at a full stop, question or exclamation mark before a capital: the
# abbreviation finder reads one line at a time and gives up on a line with an unclosed bracket.
_SENTENCE_END = regex.compile(r"(?<=[.!?])\s+(?=\p{Lu})")
# Its time grows with the square of a line's length (each bracket rescans the line before it),
# so a longer line is read in pieces of at most this many characters, cut at a space.
_MAX_LINE = 600
_LINE_PIECE = regex.compile(rf"(?s).{{1,{_MAX_LINE}}}(?:\s|$)|.{{1,{_MAX_LINE}}}")


def _abbreviation_lines(text: str) -> str:
    lines = _SENTENCE_END.sub("\n", text).split("\n")
    return "\n".join(piece for line in lines
                     for piece in ([line] if len(line) <= _MAX_LINE else _LINE_PIECE.findall(line)))


def _expansions(text: str) -> dict[str, str]:
    """The article's own expansions of its abbreviations, with the capitalised words that follow
    the bracket ("Pemerintah Provinsi (Pemprov) Bengkulu": "Pemprov" and "Pemprov Bengkulu").
    Schwartz and Hearst's algorithm (the ``abbreviations`` package) picks the long form whose
    words hold the short form's letters in order ("Balai Taman Nasional Berbak dan Sembilang
    (TNBS)": "Taman Nasional Berbak dan Sembilang"); where it finds none (syllable acronyms such
    as "Raperda", whose letters repeat), the capitalised words before the bracket from the first
    that starts with the short form's first letter ("Bupati Terhadap Rancangan Peraturan Daerah
    (Raperda)": "Rancangan Peraturan Daerah")."""
    found: dict[str, str] = {}
    pairs = schwartz_hearst.extract_abbreviation_definition_pairs(doc_text=_abbreviation_lines(text))
    for short, long in pairs.items():
        # A long form that holds the short form itself, or a comma, matched its letters across
        # the sentence ("Polri, Ipda Rina … bertugas di Kepolisian Negara Republik Indonesia (Polri)"): no expansion.
        if short[:1].isupper() and " " not in short and short not in long.replace(",", " ").split() \
                and "," not in long:
            found[short] = _SPACES.sub(" ", long).strip()
    out: dict[str, str] = {}
    for m in EXPANSION.finditer(text):
        short, tail = m.group("short"), m.group("tail")
        if short in LEGAL_FORMS:
            continue  # "PT Maju (Persero)": a company's legal form, no short form of it
        long = found.get(short) or _from_first_letter(m.group("long").split(), short) \
            or _translated_name(m.group("long").split(), short)
        if long:
            out[short + tail] = long + tail
            out[short] = long
    for short, long in found.items():
        if short not in LEGAL_FORMS:
            out.setdefault(short, long)
    for m in _PLACED_EXPANSION.finditer(text):
        # A listed short form with its place in brackets after the institution's full name:
        # "Kejaksaan Tinggi Jawa Timur (Kejati Jatim)".
        first, place = m.group("short").split(maxsplit=1)
        full = _institution_names().get(first)
        words = m.group("long").split()
        at = next((k for k in range(len(words)) if full and " ".join(words[k:]).startswith(full + " ")), None)
        if at is not None:
            out.setdefault(m.group("short"), " ".join(words[at:]))
    return out


# The full name of an institution, then its short form and place in brackets.
_PLACED_EXPANSION = regex.compile(r"(?P<long>(?:\p{Lu}\p{Ll}+\s+){2,7})\((?P<short>\p{Lu}\p{L}+\s+\p{Lu}[\p{L}]+)\)")


# A company's legal form written in brackets after its name.
LEGAL_FORMS = frozenset({"Persero"})
_LEGAL_FORM = regex.compile(r"\((?:Persero)\)")


def _translated_name(words: list[str], short: str) -> str | None:
    """An institution named in Indonesian before the short form of its name in another language
    ("Kementerian Energi dan Teknologi Hijau (METG)"): the words from the last
    institution word that governs the rest."""
    k = next((k for k in range(len(words) - 2, -1, -1) if words[k] in words_of("org_head")), None)
    return " ".join(words[k:]) if k is not None and ACRONYM.match(short) else None


def _from_first_letter(words: list[str], short: str) -> str | None:
    """``words`` from the first that starts with the first letter of ``short``, if any."""
    k = next((k for k, w in enumerate(words) if w[0] == short[0]), None)
    return " ".join(words[k:]) if k is not None else None
