"""Entities: the trained NER model's spans plus rules built from data files.

Takes a Doc with tokens and sentences (and, when a trained model is loaded, its ``ner``
spans); gives ``doc.ents`` with PER / ORG / LOC and ``doc.spans["warta_titles"]`` with the
office titles before names ("Gubernur Bengkulu" in "Gubernur Bengkulu Rohidin Mersyah",
labelled with the title's kind from ``titles.tsv``). Core logic: ``find_entities(doc) ->
list[Entity]``; the component ``warta_entity_rules`` sets the spans.

The rules, from data files under ``pipeline/data/``:

- regions (``regions.tsv``, Kemendagri) with their administrative word are one LOC span
  ("Provinsi DKI Jakarta", "Kabupaten Probolinggo"); with a government word they are one
  ORG span ("Pemprov Bengkulu", "Pemerintah Provinsi (Pemprov) Bengkulu"); province names
  and their press aliases alone are LOC;
- ministries, agencies and regional units with their abbreviations (``institutions.tsv``)
  are ORG, with the region or "RI" that follows ("Dinas Kominfotik Provinsi Bengkulu",
  "BPK RI");
- an office title (``titles.tsv``), its unit (``portfolios.txt``, a region or an
  institution) and the capitalised run after it give the PER span without the title;
- districts and villages with their word (``villages.txt``: "Desa Pangkal Duri",
  "Kecamatan Berbak") are LOC, and after a village office ("Camat Selebar …") the listed
  place is LOC; regency and city names of several words are LOC wherever they stand;
- schools, pesantren, puskesmas and hospitals with their name are ORG; a government word
  before an unlisted place is ORG ("Pemkab Madina"); an ORG span takes its bracketed short
  form and the region after it ("Kementerian Kesehatan (Kemenkes) RI");
- model spans made of sentence-opening function words (``not_names.txt``: "Saya",
  "Semoga") are dropped or trimmed, and so are class nouns, documents, funds, events and the
  like written in capitals (``not_entities.txt``: "ASN", "LHP", "WTP", "HUT"); PER spans made only of common words
  (``common_words.txt``) or unit nouns are dropped, honorifics and degrees are trimmed from
  PER spans, and model spans that overlap a rule span or run over a line break or more
  than eight tokens (a headline read as one name) give way.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import resources
from .records import Entity

TITLES_KEY = "warta_titles"
SOURCES_KEY = "warta_entity_sources"
#: A model span longer than this is a run-on (a title-cased headline), not a name.
MAX_MODEL_TOKENS = 8
#: Lower-case words allowed inside a person's name after a title ("Ahmad bin Umar").
NAME_PARTICLES = frozenset({"bin", "binti", "van", "de", "al", "el"})
LABELS = ("PER", "ORG", "LOC")
#: Title kinds whose unit must be read before a name can be.
UNIT_FIRST_KINDS = frozenset({"unit_head", "agency_head", "secretary", "assistant", "legislature",
                              "military", "judiciary"})
#: Acronyms of units ("OPD", "PKK", "RI"): all capitals, two to six letters.
ACRONYM = regex.compile(r"^\p{Lu}{2,6}$")
#: Ordinals written "Ke-53", "ke-3".
ORDINAL = regex.compile(r"^[Kk]e-?\d+$")
NUMERAL = regex.compile(r"^[IVX]+$")
# District and village names have at most a handful of words; no lookup looks further.
VILLAGE_WINDOW = 8
# Class nouns, classes of people, documents, funds, events and diseases the press writes in
# capitals (not_entities.txt): no entity, nor with their long form bracketed before them.
NOT_ENTITIES = frozenset(resources.lines("not_entities.txt"))
BRACKETED_SHORT = regex.compile(r"[^()]+\(\s*(?P<short>[^()\s]+)\s*\)?")  # its ")" may be trimmed
# "TNI (Purn)", "Brigjen (Pol)": a rank's service qualifier in brackets is no short form.
RANK_QUALIFIERS = frozenset(r["words"] for r in resources.tsv_records("ranks.tsv") if r["kind"] == "qualifier")


def find_entities(doc: Doc) -> list[Entity]:
    """The Doc's entity spans as records, in text order."""
    source = doc.user_data.get(SOURCES_KEY, {})
    return [Entity(text=ent.text, label=ent.label_, start=ent.start_char, end=ent.end_char,
                   source=source.get((ent.start_char, ent.end_char), "model"))
            for ent in doc.ents]


# --- data -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Lexicon:
    """Phrases from the data files, keyed as the matcher reports them."""

    regions: dict[str, set[str]]          # region name or alias -> kinds (province/regency/city)
    region_words: dict[str, tuple[str, str]]  # "Pemprov" -> ("government", "province")
    institutions: dict[str, bool]         # name or abbreviation -> takes a region after it
    titles: dict[str, tuple[str, bool]]   # lower-cased title -> (kind, takes a unit)
    portfolios: frozenset[str]
    not_names: frozenset[str]             # lower-cased
    region_tokens: frozenset[str]         # words of region names ("Tanjung", "Timur")
    common_words: frozenset[str]          # lower-case words of news text (common_words.txt)
    unit_words: frozenset[str]            # unit nouns and short institution names ("Ormas")
    honorifics: frozenset[str]            # "Hj.", "Drs.", "Bapak": before a name, not of it
    degrees: frozenset[str]               # "SH", "M.Si.", "Sos": after a name, not of it
    org_heads: frozenset[str]             # "Universitas", "Kementerian": open an institution's name


@functools.cache
def lexicon() -> Lexicon:
    regions: dict[str, set[str]] = {}
    for row in resources.tsv_records("regions.tsv"):
        for name in [row["name"], *filter(None, row.get("aliases", "").split("|"))]:
            regions.setdefault(name, set()).add(row["kind"])
    # Press short forms of regencies and cities ("Tanjabtim", "Pagaralam"): places after an
    # administrative or government word, an institution or an office, like their full names.
    for name in resources.lines("place_short_forms.txt"):
        regions.setdefault(name, {"regency", "city"})
    region_words = {r["word"]: (r["role"], r["level"]) for r in resources.tsv_records("region_words.tsv")}
    institutions: dict[str, bool] = {}
    for row in resources.tsv_records("institutions.tsv"):
        for name in [row["name"], *filter(None, row["abbreviations"].split("|"))]:
            institutions[name] = row["takes_region"] == "yes"
    titles = {r["title"].lower(): (r["kind"], r["takes_unit"] == "yes")
              for r in resources.tsv_records("titles.tsv")}
    return Lexicon(
        regions=regions, region_words=region_words, institutions=institutions, titles=titles,
        portfolios=frozenset(resources.lines("portfolios.txt")),
        not_names=frozenset(w.lower() for w in resources.lines("not_names.txt")),
        region_tokens=frozenset(w for name in regions for w in name.split()),
        common_words=frozenset(resources.lines("common_words.txt")),
        unit_words=frozenset(r["word"] for r in resources.tsv_records("speaker_words.tsv")
                             if r["kind"] in ("unit_word", "region_marker", "institution_short"))
        | frozenset(resources.lines("portfolios.txt")),
        honorifics=frozenset(r["word"] for r in resources.tsv_records("speaker_words.tsv") if r["kind"] == "honorific")
        | frozenset({"Mr.", "Mrs.", "Mr", "Mrs", "Ms.", "Ny.", "Tn."}),
        degrees=frozenset(r["word"] for r in resources.tsv_records("speaker_words.tsv") if r["kind"] == "degree"),
        org_heads=frozenset(r["word"] for r in resources.tsv_records("speaker_words.tsv") if r["kind"] == "org_head"))


def title_cased(sent: Span) -> bool:
    """Is this a headline: no closing full stop, and (nearly) every word capitalised?"""
    last = [t for t in sent if not t.is_space][-1:]
    if last and last[0].text in {".", "!", "?", "”", '"', ")"}:
        return False
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


# --- the component ----------------------------------------------------------------------------

LEVEL_OF_KIND = {"province": "province", "regency": "regency", "city": "city"}


class EntityRules:
    """Gazetteer, title and clean-up rules over the model's entities."""

    def __init__(self, nlp: Language, name: str = "warta_entity_rules"):
        self.name = name
        lex = self.lex = lexicon()
        self.orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        make = nlp.tokenizer.pipe

        def add(matcher: PhraseMatcher, key: str, phrases) -> None:
            phrases = sorted(set(phrases))
            matcher.add(key, list(make(phrases)))

        add(self.orth, "REGION", lex.regions)
        add(self.orth, "REGION_WORD", lex.region_words)
        add(self.orth, "INSTITUTION", lex.institutions)
        add(self.orth, "PORTFOLIO", lex.portfolios)
        add(self.lower, "TITLE", lex.titles)
        self.keys = {nlp.vocab.strings[k]: k for k in
                     ("REGION", "REGION_WORD", "INSTITUTION", "PORTFOLIO", "TITLE")}

    def __call__(self, doc: Doc) -> Doc:
        rule_spans, titles = self.rule_spans(doc)
        # Words the article writes in lower case are common words there; words of a name
        # read after an office title are name words ("Ketua KPK Bibit Samad" ... "kata Bibit").
        lowered = frozenset(t.text for t in doc if t.text.islower())
        named = frozenset(t.text for span, _source in rule_spans if span.label_ == "PER" for t in span)
        model = [s for s in (self.clean(doc, ent, lowered - {w.lower() for w in named}, named)
                             for ent in doc.ents) if s is not None]
        chosen: list[Span] = []
        taken: set[int] = set()
        sources: dict[tuple[int, int], str] = {}
        for span, source in sorted(rule_spans, key=lambda p: (-(p[0].end - p[0].start), p[0].start)):
            if any(i in taken for i in range(span.start, span.end)):
                continue
            chosen.append(span)
            taken.update(range(span.start, span.end))
            sources[(span.start_char, span.end_char)] = source
        for span in model:
            if any(i in taken for i in range(span.start, span.end)):
                continue
            chosen.append(span)
            taken.update(range(span.start, span.end))
        titled = [s for s in chosen if sources.get((s.start_char, s.end_char)) == "rules:title"]
        for span in self.repeated_names(doc, titled, taken):
            chosen.append(span)
            taken.update(range(span.start, span.end))
            sources[(span.start_char, span.end_char)] = "rules:name-repeat"
        chosen = self.with_short_forms(doc, chosen, sources)
        doc.ents = sorted(chosen, key=lambda s: s.start)
        doc.spans[TITLES_KEY] = titles
        doc.user_data[SOURCES_KEY] = sources
        return doc

    # -- rules -----------------------------------------------------------------------------

    def _matches(self, doc: Doc) -> dict[str, list[tuple[int, int]]]:
        found: dict[str, list[tuple[int, int]]] = {k: [] for k in self.keys.values()}
        for matcher in (self.orth, self.lower):
            for key, start, end in matcher(doc):
                found[self.keys[key]].append((start, end))
        return found

    def rule_spans(self, doc: Doc) -> tuple[list[tuple[Span, str]], list[Span]]:
        lex = self.lex
        m = self._matches(doc)
        title_tokens = {i for s, e in m["TITLE"] for i in range(s, e)}
        words_ending = {}
        for s, e in m["REGION_WORD"]:
            # "Kota" inside the title "Wali Kota" is no administrative word.
            if s in title_tokens:
                continue
            # The longest region word ending here ("Pemerintah Provinsi" over "Provinsi").
            if e not in words_ending or s < words_ending[e][0]:
                words_ending[e] = (s, e)
        spans: list[tuple[Span, str]] = []
        region_at: dict[int, Span] = {}   # start token -> region span (with its prefix)
        bare_at: dict[int, Span] = {}     # start token -> regency/city name without its word
        for s, e in m["REGION"]:
            name = doc[s:e].text
            kinds = lex.regions.get(name, set())
            prefix = words_ending.get(s)
            # "Pemerintah Provinsi (Pemprov) Bengkulu": the abbreviation in brackets.
            if prefix is None and s >= 3 and doc[s - 3].text == "(" and doc[s - 1].text == ")" \
                    and (s - 2, s - 1) in m["REGION_WORD"]:
                prefix = words_ending.get(s - 3)
            if prefix is not None:
                role, level = lex.region_words[doc[prefix[0]:prefix[1]].text]
                if role in ("admin", "government") and (level == "any" or level in kinds):
                    label = "ORG" if role == "government" else "LOC"
                    span = Span(doc, prefix[0], e, label=label)
                    spans.append((span, "rules:government" if label == "ORG" else "rules:region"))
                    region_at[prefix[0]] = span
                    region_at.setdefault(s, span)
                    continue
            if "province" in kinds and doc[s].text[:1].isupper():
                span = Span(doc, s, e, label="LOC")
                spans.append((span, "rules:region"))
                region_at[s] = span
            elif kinds and e - s > 1 and doc[s].text[:1].isupper():
                # A regency or city name of several words is a place wherever it stands
                # ("Jakarta Pusat", "Muara Enim", "Tanjung Jabung Timur").
                span = Span(doc, s, e, label="LOC")
                spans.append((span, "rules:region"))
                bare_at.setdefault(s, span)
            elif kinds:
                # One-word regency and city names are often common words ("Bone", "Agam",
                # "Batu"): a place only where an office title points at them.
                bare_at.setdefault(s, Span(doc, s, e, label="LOC"))
        # "Pemkab Madina": a government word names a government even before a place the
        # lists do not know (one to three capitalised words).
        for s, e in m["REGION_WORD"]:
            role, level = lex.region_words[doc[s:e].text]
            if role == "government" and level != "any" and s not in title_tokens \
                    and e not in region_at and e not in bare_at and not self._in_headline(doc, s) \
                    and (end := self._capitalised_run(doc, e, 3)) > e:
                span = Span(doc, s, end, label="ORG")
                spans.append((span, "rules:government"))
                region_at.setdefault(s, span)
        inst_at: dict[int, Span] = {}
        for s, e in m["INSTITUTION"]:
            name = doc[s:e].text
            end = e
            if end < len(doc) and doc[end].text == "RI":
                end += 1
            if lex.institutions.get(name):
                nxt = end + 1 if end < len(doc) and doc[end].text == "Perwakilan" else end
                # An institution that takes a region takes a bare regency or city name too
                # ("Setda Muara Enim", "Kesbangpol Tanjabtim").
                if nxt in region_at or nxt in bare_at:
                    end = (region_at.get(nxt) or bare_at[nxt]).end
            span = Span(doc, s, end, label="ORG")
            spans.append((span, "rules:institution"))
            inst_at[s] = span
        # "Dinas <Portfolio> <Region>", "Badan <Portfolio>": unit head word + portfolio.
        portfolio_at = {s: e for s, e in m["PORTFOLIO"]}
        for s, e in m["REGION_WORD"]:
            role, _ = lex.region_words[doc[s:e].text]
            if role == "unit" and e in portfolio_at:
                end = portfolio_at[e]
                if end in region_at:
                    end = region_at[end].end
                span = Span(doc, s, end, label="ORG")
                spans.append((span, "rules:institution"))
                inst_at.setdefault(s, span)
        title_starts = {s for s, _ in m["TITLE"]}
        title_ends = {e for _, e in m["TITLE"]}
        for s, e in m["REGION_WORD"]:
            role, level = lex.region_words[doc[s:e].text]
            # "SMP 27 Balikpapan", "Pondok Pesantren Darul Ikhlas": a school, pesantren,
            # puskesmas or hospital with its name is ORG (not the building as a place).
            if role == "facility" and (end := self._facility_end(doc, e, after_title=s in title_ends)) > e:
                span = Span(doc, s, end, label="ORG")
                spans.append((span, "rules:institution"))
                inst_at.setdefault(s, span)
                continue
            # "Desa Pangkal Duri", "Kecamatan Berbak": a district or village with its word
            # (not the "Desa" of the title "Kepala Desa", which names no place itself).
            if role == "admin" and level in ("district", "village") and s not in title_tokens \
                    and e < len(doc) and (end := self._village_end(doc, e, title_starts)) > e:
                span = Span(doc, s, end, label="LOC")
                spans.append((span, "rules:region"))
                region_at.setdefault(s, span)
        titles: list[Span] = []
        rank_at = {s: e for s, e in m["TITLE"] if lex.titles[doc[s:e].text.lower()][0] == "rank"}
        word_starts = {s for s, _ in m["REGION_WORD"]}
        for title in filter_spans([doc[s:e] for s, e in m["TITLE"]]):
            if title.start in rank_at:
                continue
            s, e = title.start, title.end
            kind, takes_unit = lex.titles[doc[s:e].text.lower()]
            # A title is written with its capital, or lower-case mid-sentence ("kata gubernur").
            if not doc[s].text[:1].isupper() and doc[s].is_sent_start:
                continue
            # In a title-cased headline every word is capitalised, so no run is a name.
            if self._in_headline(doc, s):
                continue
            i = e
            unit_spans: list[tuple[Span, str]] = []
            while takes_unit and i < len(doc):
                if i in region_at and (i not in bare_at or region_at[i].end >= bare_at[i].end):
                    i = region_at[i].end
                elif i in bare_at:
                    unit_spans.append((bare_at[i], "rules:region"))
                    i = bare_at[i].end
                elif i in inst_at:
                    i = inst_at[i].end
                elif i in portfolio_at:
                    i = portfolio_at[i]
                elif doc[i].text == "RI":
                    i += 1
                elif i > e and self._bracket_after(doc, i) > i:
                    i = self._bracket_after(doc, i)  # "Bupati Mandailing Natal (Madina) Ahmad Sani"
                elif kind == "village" and (v_end := self._village_end(doc, i, frozenset(), listed_only=True)) > i:
                    # "Camat Selebar Rudi Hartono": a village office's place comes first.
                    unit_spans.append((Span(doc, i, v_end, label="LOC"), "rules:region"))
                    i = v_end
                else:
                    break
            # Police and military ranks stand between the office and the name
            # ("Kapolres Bengkulu AKBP Andy Pramudya").
            if i < len(doc) and doc[i].text == "RI":
                i += 1
            # "Kepala", "Ketua", "Direktur" name a unit before the person; where no known
            # unit follows, the capitalised words are the unknown unit ("Kepala Staf
            # Kepresidenan"), so the name is left to the model.
            if takes_unit and i == e and kind in UNIT_FIRST_KINDS:
                continue
            unit_end = i
            # A unit that opens with a portfolio is the office's institution: "Kadis
            # [Kominfotik Provinsi Bengkulu]" (guidelines), one ORG span over the unit.
            if e in portfolio_at and unit_end > portfolio_at[e]:
                unit_spans = [(Span(doc, e, unit_end, label="ORG"), "rules:institution")]
            while i in rank_at:
                i = rank_at[i]
            # Honorifics between the office and the name ("Bupati Probolinggo Hj. P. Tantriana").
            while i < len(doc) and (doc[i].text in lex.honorifics
                                    or doc[i].text == "." and doc[i - 1].text in lex.honorifics):
                i += 1
            stops = region_at.keys() | bare_at.keys() | inst_at.keys() | word_starts
            # An institution's head word opens no name: "Sejarawan Universitas Maju" is an
            # unknown unit, left to the model.
            name_end = i if i < len(doc) and doc[i].text in lex.org_heads else self._name_run(doc, i, stops)
            if name_end > i:
                titles.append(Span(doc, s, unit_end, label=kind))
                spans.append((Span(doc, i, name_end, label="PER"), "rules:title"))
                spans.extend(unit_spans)
        return spans, titles

    def with_short_forms(self, doc: Doc, chosen: list[Span], sources: dict) -> list[Span]:
        """A name with its bracketed short form is one span (guidelines: "Pemerintah Provinsi
        (Pemprov) Bengkulu", "Komisi Informasi (KI) Provinsi Kalimantan Timur (Kaltim)",
        "Mandailing Natal (Madina)"): an ORG or LOC span takes a following bracket of one to
        three capitalised words; an ORG span then takes "RI" or a place span and one more such
        bracket. A one-word short form so introduced names the same kind of thing wherever
        else the article uses it ("Madina" is a place, "DPMPTSP" an institution), whatever the
        model made of it."""
        at = {s.start: s for s in chosen}
        out: list[Span] = []
        swallowed: set[int] = set()
        aliases: dict[str, str] = {}
        for span in sorted(chosen, key=lambda s: s.start):
            if span.start in swallowed:
                continue
            if span.label_ not in ("ORG", "LOC"):
                out.append(span)
                continue
            end = first = self._bracket_after(doc, span.end)
            if end > span.end and span.label_ == "ORG":
                if end < len(doc) and doc[end].text == "RI":
                    end += 1
                elif end in at and at[end].label_ == "LOC":
                    end = self._bracket_after(doc, at[end].end)
            if end == span.end or any(s.start < end < s.end for s in chosen):
                out.append(span)
                continue
            if first - span.end == 3 and doc[span.end + 1].text not in self.lex.region_words:
                aliases[doc[span.end + 1].text] = span.label_
            swallowed.update(s.start for s in chosen if span.start < s.start < end)
            merged = Span(doc, span.start, end, label=span.label_)
            source = sources.pop((span.start_char, span.end_char), "model")
            sources[(merged.start_char, merged.end_char)] = source
            out.append(merged)
        if not aliases:
            return out
        covered = {i for s in out for i in range(s.start, s.end)}
        result = []
        for span in out:
            if len(span) == 1 and span.text in aliases and span.label_ != aliases[span.text]:
                span = Span(doc, span.start, span.end, label=aliases[span.text])
            result.append(span)
        for tok in doc:
            if tok.text in aliases and tok.i not in covered:
                result.append(Span(doc, tok.i, tok.i + 1, label=aliases[tok.text]))
                sources[(tok.idx, tok.idx + len(tok.text))] = "rules:short-form"
        return sorted(result, key=lambda s: s.start)

    @staticmethod
    def _in_headline(doc: Doc, i: int) -> bool:
        """Is token ``i`` in a title-cased headline, where every word is capitalised?"""
        sent = doc[i].sent if doc.has_annotation("SENT_START") else doc[:]
        return sent.start == 0 and title_cased(sent)

    def _capitalised_run(self, doc: Doc, i: int, limit: int, stops: set[int] = frozenset()) -> int:
        """End of a run of up to ``limit`` capitalised words at token ``i`` within the
        sentence, stopping at an administrative or government word or at a token in ``stops``."""
        j = i
        while j < len(doc) and j - i < limit and doc[j].text[:1].isupper() and not doc[j].is_punct \
                and not (j > i and doc[j].is_sent_start) and doc[j].text not in self.lex.region_words \
                and doc[j].text.lower() not in self.lex.not_names and j not in stops:
            j += 1
        return j

    @staticmethod
    def _bracket_after(doc: Doc, i: int) -> int:
        """End of a bracketed short form of one to three capitalised words at token ``i``
        ("(Pemprov)", "(Pemkab Madina)"), else ``i``."""
        if i >= len(doc) or doc[i].text != "(":
            return i
        for k in range(i + 2, min(i + 5, len(doc))):
            if doc[k].text == ")":
                inner = doc[i + 1:k]
                if all(t.text[:1].isupper() or t.text in ("-", "&") for t in inner) \
                        and inner.text not in RANK_QUALIFIERS:
                    return k + 1
                return i
        return i

    def _facility_end(self, doc: Doc, i: int, after_title: bool = False) -> int:
        """End of a school's or hospital's name at token ``i``: up to six capitalised words
        or numbers ("27 Balikpapan", "Negeri 1 Unggulan Muara Enim"), within the sentence.
        After an office title the person's name follows, so only a listed district or
        village, or else one word, is the facility's ("Kepala Puskesmas Koja Yusuf")."""
        if after_title:
            listed = self._village_end(doc, i, set(), listed_only=True)
            return listed if listed > i else (i + 1 if i < len(doc) and doc[i].text[:1].isupper() else i)
        j = i
        while j < len(doc) and j - i < 6 and not (j > i and doc[j].is_sent_start) and (
                doc[j].text[:1].isupper() or doc[j].like_num or doc[j].text == "negeri"):
            j += 1
        return j

    def _village_end(self, doc: Doc, i: int, stops: set[int], listed_only: bool = False) -> int:
        """End of the district or village name at token ``i``: the longest one in
        villages.txt, else (unless ``listed_only``) a run of up to four capitalised words
        that stops at an administrative word or title ("Desa Sido Mukti Kecamatan …")."""
        j = i + resources.village_length([t.text for t in doc[i:i + VILLAGE_WINDOW]])
        if j == i and not listed_only:
            j = self._capitalised_run(doc, i, 4, stops)
        while i < j < len(doc) and (doc[j].like_num or NUMERAL.match(doc[j].text)):
            j += 1  # "Kelurahan Parit Culum II", "Desa Lubuk 2"
        return j

    def _name_run(self, doc: Doc, i: int, stops: set[int] = frozenset()) -> int:
        """End of the capitalised run of a name starting at token ``i`` (``i`` if none).

        The run stops where a region, an institution or an administrative word starts
        ("Ketua TP PKK Kabupaten ..."); a run holding an acronym ("OPD", "TP PKK") is a
        unit, not a name."""
        lex = self.lex
        j = i
        while j < len(doc) and j - i < 5:
            tok = doc[j]
            text = tok.text
            if tok.is_space or tok.is_punct and text != ".":
                break
            if j > i and (tok.is_sent_start or j in stops):
                break
            if ACRONYM.match(text):
                return i
            if text in lex.unit_words:
                break  # a unit noun is the office's ("Dirjen Perhubungan Udara")
            if text[:1].isupper() and text.lower() not in lex.not_names \
                    and text.lower() not in lex.titles and not any(ch.isdigit() for ch in text):
                j += 1
            elif j > i and text in NAME_PARTICLES and j + 1 < len(doc) and doc[j + 1].text[:1].isupper():
                j += 1
            else:
                break
        # A run of common words only is a capitalised phrase after an office, not a name
        # ("… Presiden Tahun Keselamatan").
        if all(t.text.lower() in lex.common_words for t in doc[i:j] if t.is_alpha):
            return i
        return j

    def repeated_names(self, doc: Doc, persons: list[Span], taken: set[int]) -> list[Span]:
        """Later mentions of a person named after an office title in the article ("jelas
        Jaduliwan", "pungkas Rohidin"): capitalised runs of the words of those names."""
        words = {t.text for span in persons for t in span
                 if len(t.text) >= 3 and t.is_alpha and t.text[:1].isupper() and t.text.lower() not in self.lex.not_names
                 and t.text not in self.lex.region_tokens}
        out: list[Span] = []
        i = 0
        while i < len(doc):
            j = i
            while j < len(doc) and j not in taken and doc[j].text in words:
                j += 1
            if j > i:
                out.append(Span(doc, i, j, label="PER"))
                i = j
            else:
                i += 1
        return out

    # -- model spans ---------------------------------------------------------------------------

    def clean(self, doc: Doc, ent: Span, lowered: frozenset[str] = frozenset(),
              named: frozenset[str] = frozenset()) -> Span | None:
        """The model's span trimmed of function words and titles, or None if nothing is left.
        A PER span made only of common words (``common_words.txt``, or written in lower case
        elsewhere in the article: ``lowered``) or of unit nouns is dropped: "Udara", "Ormas",
        "Tahun" capitalised in a heading or an office are no names; a word of a name read
        after an office title in the article (``named``) stays a name. Honorifics before a
        person's name and degrees after it are trimmed."""
        if len(ent) > MAX_MODEL_TOKENS or "\n" in ent.text:
            return None
        start, end = ent.start, ent.end
        person = ent.label_ == "PER"
        # Honorifics before a name and degrees after it are not the name's (guidelines:
        # "Drs. H. Romi Haryanto, SE" -> "Romi Haryanto").
        while start < end and (doc[start].text.lower() in self.lex.not_names
                               or doc[start].text.lower() in self.lex.titles
                               or doc[start].is_punct
                               or person and doc[start].text in self.lex.honorifics):
            start += 1
        while end > start and (doc[end - 1].is_punct or person and doc[end - 1].text in self.lex.degrees):
            end -= 1
        if start == end:
            return None
        # Names are written with capitals: an all lower-case span ("akurat") or a lone
        # ordinal ("Ke-53") is no entity.
        if not any(t.text[:1].isupper() for t in doc[start:end]) or \
                all(ORDINAL.match(t.text) or t.like_num for t in doc[start:end]):
            return None
        # The bare words for a government, a kind of region or a kind of unit ("Pemprov",
        # "Pemerintah Pusat", "Kabupaten", "Dinas") name nothing (guidelines).
        span_text = doc[start:end].text
        bracketed = BRACKETED_SHORT.fullmatch(span_text)
        if span_text in self.lex.region_words or span_text in NOT_ENTITIES \
                or (bracketed and bracketed.group("short") in NOT_ENTITIES):
            return None
        if ent.label_ == "PER":
            words = [t.text for t in doc[start:end] if any(ch.isalpha() for ch in t.text)]
            if words and all(w not in named and (w.lower() in self.lex.common_words or w.lower() in lowered
                                                 or w in self.lex.unit_words) for w in words):
                return None
        if (start, end) == (ent.start, ent.end):
            return ent
        return Span(doc, start, end, label=ent.label)


@Language.factory(
    "warta_entity_rules",
    assigns=["doc.ents", "doc.spans"],
    requires=["token.is_sent_start"],
)
def make_entity_rules(nlp: Language, name: str) -> EntityRules:
    """spaCy component: gazetteer, title and clean-up rules over ``doc.ents``."""
    return EntityRules(nlp, name)
