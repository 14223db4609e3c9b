"""NER training data: reading the shared NER sets and mapping them to one label set.

Takes the CoNLL-style files under ``../shared/data/ner`` (NERGrit, idner-news-2k, NER-UGM,
NERP); gives spaCy ``Doc`` objects tokenized by Warta's own tokenizer with PER / ORG / LOC
entities, ready for a ``DocBin``. Nothing here trains; ``pipeline.train.ner`` does.

Label mapping (every other label becomes O):

    NERGrit        PERSON -> PER, ORGANISATION -> ORG, PLACE -> LOC
    idner-news-2k  PER, ORG, LOC as they are
    NER-UGM        PERSON -> PER, ORGANIZATION -> ORG, LOCATION -> LOC (TIME, QUANTITY dropped)
    NERP           PPL -> PER, IND -> ORG, PLC -> LOC (EVT, FNB dropped; lower-cased text)

Government units: a span that names a government ("Pemerintah Provinsi Bengkulu",
"Pemprov Bengkulu", "Pemkab Probolinggo") is ORG, also where a set tagged it LOC or left
the unit word outside the span; "Provinsi DKI Jakarta", "Kabupaten Probolinggo" alone stay
LOC as the sets tag them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import regex
from spacy.tokens import Doc

LABEL_MAPS: dict[str, dict[str, str]] = {
    "nergrit": {"PERSON": "PER", "ORGANISATION": "ORG", "PLACE": "LOC"},
    "idner": {"PER": "PER", "ORG": "ORG", "LOC": "LOC"},
    "nerugm": {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC"},
    "nerp": {"PPL": "PER", "IND": "ORG", "PLC": "LOC"},
}
#: NERP's IND mixes organisations with products and brands ("vigilante", "daredevil"): with
#: this map its spans are left unannotated (neither ORG nor O) instead of taught as ORG.
NERP_IND_MISSING = {"PPL": "PER", "IND": "MISSING", "PLC": "LOC"}

#: Words that turn a region name into the government of that region.
GOVERNMENT_PREFIX = regex.compile(
    r"^(?:Pemerintah\s+(?:Provinsi|Kabupaten|Kota|Daerah)|Pemerintah|Pemprov|Pemprop|Pemkab|Pemkot|Pemda)$",
    regex.IGNORECASE,
)
GOVERNMENT_START = regex.compile(
    r"^(?:Pemerintah|Pemprov|Pemprop|Pemkab|Pemkot|Pemda)\b", regex.IGNORECASE)
#: Punctuation a span should not start or end with ("(PPP)" glued in idner-news-2k).
EDGE_PUNCT = "()[]{}\"'“”‘’,.;:-–—/"


@dataclass
class Sentence:
    words: list[str]
    tags: list[str]
    source: str = ""
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # word indices, label


def read_conll(path: Path, tag_col: int = -1) -> Iterator[tuple[list[str], list[str]]]:
    """Sentences of a column file (tab- or space-separated; blank line between sentences)."""
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            line = line.rstrip("\r\n")
            if not line.strip():
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            cols = line.split("\t") if "\t" in line else line.split(" ")
            words.append(cols[0])
            tags.append(cols[tag_col].strip())
    if words:
        yield words, tags


def bio_spans(tags: list[str], label_map: dict[str, str]) -> list[tuple[int, int, str]]:
    """Word-index spans from BIO tags, labels mapped; an I- without its B- opens a span."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, raw = tag.partition("-")
        inside = prefix == "I" and raw == label and start >= 0
        if start >= 0 and not inside:
            mapped = label_map.get(label)
            if mapped:
                spans.append((start, i, mapped))
            start, label = -1, ""
        if prefix in ("B", "I") and not inside:
            start, label = i, raw
    return spans


def government_units(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Relabel government units as ORG and pull a left-out unit word into its span."""
    out = []
    taken = {i for s, e, _ in spans for i in range(s, e)}
    for start, end, label in spans:
        # "Pemerintah Kabupaten" / "Pemkab" tagged O right before the region.
        for width in (2, 1):
            s = start - width
            if s >= 0 and not any(i in taken for i in range(s, start)) and \
                    GOVERNMENT_PREFIX.match(" ".join(words[s:start])):
                start, label = s, "ORG"
                break
        if GOVERNMENT_START.match(words[start]) and end - start > 1:
            label = "ORG"
        out.append((start, end, label))
    return out


def read_set(path: Path, name: str, tag_col: int = -1,
             label_map: dict[str, str] | None = None) -> list[Sentence]:
    label_map = label_map or LABEL_MAPS[name]
    out = []
    for words, tags in read_conll(path, tag_col):
        spans = government_units(words, bio_spans(tags, label_map))
        out.append(Sentence(words, tags, source=name, spans=spans))
    return out


def normalize(words: Iterable[str]) -> str:
    """Sentence key for de-duplication across sets: letters and digits only, lower-cased
    (idner-news-2k dropped double quotes and glued brackets, so punctuation cannot count)."""
    text = unicodedata.normalize("NFKC", "".join(words)).lower()
    return "".join(c for c in text if c.isalnum())


def to_doc(sentence: Sentence, make_doc: Callable[[str], Doc]) -> tuple[Doc, int]:
    """The sentence as a Doc tokenized by ``make_doc`` with its entities; returns the Doc and
    the number of entity spans that could not be aligned to its tokens (dropped)."""
    text = " ".join(sentence.words)
    offsets = []
    pos = 0
    for w in sentence.words:
        offsets.append(pos)
        pos += len(w) + 1
    doc = make_doc(text)
    ents = []
    missing = []
    lost = 0
    for s, e, label in sentence.spans:
        start = offsets[s]
        end = offsets[e - 1] + len(sentence.words[e - 1])
        while start < end and text[start] in EDGE_PUNCT:
            start += 1
        while end > start and text[end - 1] in EDGE_PUNCT:
            end -= 1
        span = doc.char_span(start, end, label=label, alignment_mode="contract") if end > start else None
        if span is None or not len(span) or (span.start_char, span.end_char) != (start, end):
            lost += 1
            if span is None or not len(span):
                continue
        if ents and span.start < ents[-1].end:
            lost += 1
            continue
        ents.append(span)
    for span in [e for e in ents if e.label_ == "MISSING"]:
        ents.remove(span)
        missing.append(span)
    doc.set_ents(ents, missing=missing, default="outside")
    return doc, lost


@dataclass
class Splits:
    train: list[Sentence]
    dev: list[Sentence]
    tests: dict[str, list[Sentence]]
    notes: dict[str, int]


def casing_table(lines: Iterable[str]) -> dict[str, str]:
    """Lower-cased word -> its most frequent written form in raw text, where that form has
    a capital ("jakarta" -> "Jakarta", "kpk" -> "KPK"); words mostly written lower-case are
    left out."""
    counts: dict[str, dict[str, int]] = {}
    for line in lines:
        for word in line.split():
            forms = counts.setdefault(word.lower(), {})
            forms[word] = forms.get(word, 0) + 1
    table = {}
    for low, forms in counts.items():
        best = max(forms.items(), key=lambda kv: kv[1])[0]
        if best != low:
            table[low] = best
    return table


def truecase(sentence: Sentence, table: dict[str, str]) -> Sentence:
    """Restore capitals to a lower-cased sentence (NERP): words inside entity spans take
    their raw-text form or a capital initial, other words their raw-text form only where
    raw text mostly capitalises them, and the first word a capital initial."""
    inside = {i for s, e, _ in sentence.spans for i in range(s, e)}
    words = []
    for i, w in enumerate(sentence.words):
        form = table.get(w)
        if form is None and i in inside and w[:1].isalpha():
            form = w[:1].upper() + w[1:]
        words.append(form or w)
    if words and words[0][:1].islower():
        words[0] = words[0][:1].upper() + words[0][1:]
    return Sentence(words, sentence.tags, source=sentence.source, spans=sentence.spans)


def load_splits(ner_dir: Path, *, use_nerp: bool = False, use_nerugm: bool = True,
                casing: dict[str, str] | None = None, nerp_ind_missing: bool = False) -> Splits:
    """Train / dev / test sentences from the four sets.

    Test sets (never trained on): NERGrit test, idner-news-2k test. Dev: NERGrit valid +
    idner-news-2k dev. NER-UGM shares text with idner-news-2k, so every NER-UGM sentence whose
    normalized text occurs anywhere in idner-news-2k is dropped (idner-news-2k's own,
    re-checked annotation is kept for its train sentences); any training sentence equal to a
    test or dev sentence is dropped too.
    """
    nergrit = {s: read_set(ner_dir / "nergrit" / f"{s}_preprocess.txt", "nergrit")
               for s in ("train", "valid", "test")}
    idner = {s: read_set(ner_dir / "idner-news-2k" / f"{s}.txt", "idner") for s in ("train", "dev", "test")}
    tests = {"nergrit-test": nergrit["test"], "idner-test": idner["test"]}
    dev = nergrit["valid"] + idner["dev"]
    held = {normalize(s.words) for s in [*dev, *tests["nergrit-test"], *tests["idner-test"]]}
    idner_all = {normalize(s.words) for split in idner.values() for s in split}
    notes: dict[str, int] = {}
    train = nergrit["train"] + idner["train"]
    if use_nerugm:
        ugm = read_set(ner_dir / "nerugm" / "nerugm.txt", "nerugm")
        kept = [s for s in ugm if normalize(s.words) not in idner_all]
        notes["nerugm_dropped_shared_with_idner"] = len(ugm) - len(kept)
        train += kept
    if use_nerp:
        nerp = read_set(ner_dir / "nerp" / "train_preprocess.txt", "nerp",
                        label_map=NERP_IND_MISSING if nerp_ind_missing else None)
        train += [truecase(s, casing) for s in nerp] if casing is not None else nerp
    before = len(train)
    seen: set[str] = set()
    unique = []
    for s in train:
        key = normalize(s.words)
        if key in held or key in seen:
            continue
        seen.add(key)
        unique.append(s)
    notes["train_dropped_duplicate_or_heldout"] = before - len(unique)
    return Splits(train=unique, dev=dev, tests=tests, notes=notes)
