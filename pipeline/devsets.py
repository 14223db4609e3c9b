"""Development sets read at run time from the shared data folder, never from the repository.

Takes PFSA-ID (Kompas news, one token and its BILOU tag a line, sentences between blank
lines; CC BY-NC-SA, so it is read from ``../shared`` only and nothing derived from it is
written into the project); gives articles as text plus gold quotes in the warta/1 record
shape, for ``make eval-dev``:

    {"id": "pfsa-dev-0001", "text": "...", "quotes": [{"type": "direct", "text": ..., "start",
     "end", "speaker": {"name", "mention", "start", "end", "title", "affiliation"} | None,
     "cue": {"text", "start", "end"} | None}]}

Detokenizing: tokens are joined by spaces except before closing punctuation and after
opening brackets; a hyphen or slash between letters or digits joins them ("Covid - 19" ->
"Covid-19", "13 / 04 / 2020" -> "13/04/2020"). Kompas opens quotes with ” as well as closing
with it; whether a ” opens is read from the STATEMENT tag it carries (B- opens, L- closes),
else from alternation, which only restores the original spacing. The corpus has no paragraph
breaks: sentences become paragraphs, except that a sentence inside an open quote joins the
next one, as Kompas paragraphs keep a quotation together.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

PFSA = Path("quotes/pfsa-id-dev-noncommercial")

NO_SPACE_BEFORE = {",", ".", ";", ":", "?", "!", ")", "]", "%", "’s"}
NO_SPACE_AFTER = {"(", "["}
JOINERS = {"-", "/"}
MARKS = {"”", "“", '"'}
# A dateline opens every Kompas article: "JAKARTA, KOMPAS —".
DATELINE = "KOMPAS"


def shared_data_dir() -> Path | None:
    """``$WARTA_SHARED_DATA`` or ``../shared/data`` beside the repository, if it exists."""
    env = os.environ.get("WARTA_SHARED_DATA")
    root = Path(env) if env else Path(__file__).resolve().parent.parent.parent / "shared" / "data"
    return root if root.is_dir() else None


def pfsa_file(root: Path | None = None) -> Path | None:
    base = root or shared_data_dir()
    if base is None:
        return None
    folder = base / PFSA if (base / PFSA).is_dir() else base
    found = sorted(folder.glob("*.txt"))
    return found[0] if found else None


@dataclass
class _Tok:
    text: str
    tag: str
    start: int = 0
    end: int = 0


@dataclass
class _Doc:
    sentences: list[list[_Tok]] = field(default_factory=list)
    has_issue: bool = False


def read_sentences(path: Path) -> list[list[_Tok]]:
    sents: list[list[_Tok]] = []
    cur: list[_Tok] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            token, _, tag = line.partition("\t")
            cur.append(_Tok(token, tag.strip() or "O"))
    if cur:
        sents.append(cur)
    return sents


def split_documents(sents: list[list[_Tok]]) -> list[list[list[_Tok]]]:
    """Articles: a new one at each "CITY, KOMPAS —" dateline, or at a second ISSUE (every
    PFSA-ID article carries exactly one ISSUE span)."""
    docs: list[_Doc] = []
    for sent in sents:
        words = [t.text for t in sent[:6]]
        dateline = DATELINE in words and "—" in [t.text for t in sent[:8]]
        issue = any(t.tag == "B-ISSUE" or t.tag == "U-ISSUE" for t in sent)
        if not docs or dateline or (issue and docs[-1].has_issue):
            docs.append(_Doc())
        docs[-1].sentences.append(sent)
        docs[-1].has_issue = docs[-1].has_issue or issue
    return [d.sentences for d in docs]


def _opening(tok: _Tok, state_open: bool) -> bool:
    if tok.text == "“":
        return True
    if tok.tag in ("B-STATEMENT", "U-STATEMENT"):
        return True
    if tok.tag == "L-STATEMENT":
        return False
    return not state_open


def detokenize(doc: list[list[_Tok]]) -> str:
    """The article text; sets each token's character span."""
    parts: list[str] = []
    pos = 0
    quote_open = False
    glue_next = False
    for si, sent in enumerate(doc):
        if si:
            sep = ("" if glue_next else " ") if quote_open else "\n\n"
            parts.append(sep)
            pos += len(sep)
        for ti, tok in enumerate(sent):
            space = bool(parts) and not glue_next and not (si and ti == 0)
            if si and ti == 0:
                glue_next = False
            is_mark = tok.text in MARKS
            opens = False
            if is_mark:
                opens = _opening(tok, quote_open)
                quote_open = opens
                if not opens:
                    space = False
            elif tok.text in NO_SPACE_BEFORE:
                space = False
            elif tok.text in JOINERS and ti and ti + 1 < len(sent) \
                    and sent[ti - 1].text[-1:].isalnum() and sent[ti + 1].text[:1].isalnum():
                space = False
            if space:
                parts.append(" ")
                pos += 1
            tok.start = pos
            parts.append(tok.text)
            pos += len(tok.text)
            tok.end = pos
            glue_next = (is_mark and opens) or tok.text in NO_SPACE_AFTER or (
                tok.text in JOINERS and ti and ti + 1 < len(sent)
                and sent[ti - 1].text[-1:].isalnum() and sent[ti + 1].text[:1].isalnum())
    return "".join(parts)


def _spans(tokens: list[tuple[int, _Tok]], label: str) -> list[tuple[int, int]]:
    """(first, last) token indices of the BILOU spans of ``label``."""
    out = []
    start = None
    for i, (_, tok) in enumerate(tokens):
        prefix, _, lab = tok.tag.partition("-")
        if lab != label:
            start = None
            continue
        if prefix == "U":
            out.append((i, i))
        elif prefix == "B":
            start = i
        elif prefix == "L" and start is not None:
            out.append((start, i))
            start = None
    return out


def _text(text: str, toks: list[tuple[int, _Tok]], a: int, b: int) -> tuple[str, int, int]:
    s, e = toks[a][1].start, toks[b][1].end
    return text[s:e], s, e


def gold_quotes(text: str, doc: list[list[_Tok]], include_indirect: bool = False) -> list[dict[str, Any]]:
    """STATEMENT spans as warta/1 quotes with the speaker named in their attribution."""
    toks = [(si, t) for si, sent in enumerate(doc) for t in sent]
    persons = _spans(toks, "PERSON")
    corefs = _spans(toks, "PERSONCOREF")
    cuecorefs = _spans(toks, "CUECOREF")
    cue_spans = _spans(toks, "CUE")
    roles = _spans(toks, "ROLE")
    affs = _spans(toks, "AFFILIATION")
    out: list[dict[str, Any]] = []
    for a, b in _spans(toks, "STATEMENT"):
        first, last = toks[a][1], toks[b][1]
        direct = first.text in MARKS
        if not direct and not include_indirect:
            continue
        qa, qb = a, b
        if direct:
            qa += 1
            if last.text in MARKS:
                qb -= 1
        if qb < qa:
            continue
        _, s, e = _text(text, toks, qa, qb)
        # The attribution: within the sentences the statement ends and starts in.
        s_first, s_last = toks[a][0], toks[b][0]
        after = [i for i in range(b + 1, len(toks)) if toks[i][0] == s_last]
        before = [i for i in range(a - 1, -1, -1) if toks[i][0] == s_first]

        def nearest(spans: list[tuple[int, int]], order: list[int]) -> tuple[int, int] | None:
            for i in order:
                for sp in spans:
                    if sp[0] == i:
                        return sp
            return None

        person = nearest(persons + corefs, after) or nearest(persons + corefs, before)
        cuecoref = nearest(cuecorefs, after) or nearest(cuecorefs, before)
        cue = nearest(cue_spans, after) or nearest(cue_spans, before) or cuecoref
        speaker = None
        if person is not None:
            mention, ms, me = _text(text, toks, *person)
            if person in persons:
                name = mention
            else:
                name = _resolve(text, toks, persons, person, mention)
                if name is None and mention.lower() in PRONOUNS:
                    name = _antecedent(text, toks, persons, corefs, person[0])
                name = name or mention
            title, affiliation = _role(text, toks, roles, affs, person)
            speaker = {"name": name, "mention": mention, "start": ms, "end": me,
                       "title": title, "affiliation": affiliation}
        elif cuecoref is not None:
            # "…,” katanya.": PFSA-ID tags the clitic cue but links it to no one; the gold
            # speaker is the person named last before the statement.
            word = toks[cuecoref[0]][1]
            antecedent = _antecedent(text, toks, persons, corefs, a)
            if word.text.endswith("nya") and antecedent:
                speaker = {"name": antecedent, "mention": "nya", "start": word.end - 3,
                           "end": word.end, "title": None, "affiliation": None, "inferred": True}
        cue_rec = None
        if cue is not None:
            ct, cs, ce = _text(text, toks, *cue)
            cue_rec = {"text": ct, "start": cs, "end": ce}
        out.append({"type": "direct" if direct else "indirect", "text": text[s:e], "start": s,
                    "end": e, "speaker": speaker, "cue": cue_rec, "date": None})
    return out


PRONOUNS = {"dia", "ia", "beliau", "mereka"}


def _antecedent(text: str, toks, persons, corefs, before: int) -> str | None:
    """The full name of the last person named (not by a pronoun) before token ``before``."""
    best = None
    for span in persons + corefs:
        if span[1] < before and (best is None or span[0] > best[0]):
            mention = _text(text, toks, *span)[0]
            if mention.lower() not in PRONOUNS:
                best = span
    if best is None:
        return None
    mention = _text(text, toks, *best)[0]
    return mention if best in persons else (_resolve(text, toks, persons, best, mention) or mention)


def _resolve(text: str, toks, persons, coref, mention: str) -> str | None:
    """The full name a PERSONCOREF stands for: the latest PERSON before it that holds its
    words ("Budi" -> "Budi Santoso"), else the latest PERSON after it that does, else the
    capitalised words that follow the mention's first use as a title in the article
    ("Presiden" -> "Presiden Joko Widodo" in an untagged lead sentence -> "Joko Widodo")."""
    words = set(mention.split())
    best = None
    for a, b in persons:
        name, _, _ = _text(text, toks, a, b)
        if words & set(name.split()):
            if a < coref[0]:
                best = name
            elif best is None:
                best = name
    if best is None and mention.lower() not in PRONOUNS:
        m = regex.search(r"(?<!\p{L})" + regex.escape(mention)
                         + r"\s+(?P<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3})", text)
        if m is not None and m.start() < toks[coref[0]][1].start:
            # After an office ("Presiden") the words are the holder's name; after a name
            # ("Rina") they are the rest of it ("Rina Lestari", not "Lestari").
            best = m.group("name") if _is_office(mention) else f"{mention} {m.group('name')}"
    return best


def _is_office(mention: str) -> bool:
    """Does the mention open with an office title from Warta's title list ("Presiden",
    "Gubernur Jawa Barat")?"""
    from .speakers import match_title, tokenize

    words = tokenize(mention, 0, len(mention))
    return bool(words) and match_title(words, 0) is not None


def _role(text: str, toks, roles, affs, person) -> tuple[str | None, str | None]:
    """ROLE (and AFFILIATION) right before the person ("Kepala Dinas Pendidikan Kota Sambas
    Budi Wirawan") or after it, past a comma."""
    title = affiliation = None
    for a, b in roles:
        if 0 <= person[0] - b <= 6 or 0 <= a - person[1] <= 2:
            title = _text(text, toks, a, b)[0]
            for c, d in affs:
                if b < c and d < person[0] or (a - person[1] <= 2 and b < c <= b + 2):
                    affiliation = _text(text, toks, c, d)[0]
                    title = text[toks[a][1].start:toks[d][1].end]
            break
    return title, affiliation


def load_pfsa(root: Path | None = None, include_indirect: bool = False,
              limit: int | None = None) -> list[dict[str, Any]]:
    """PFSA-ID dev articles as ``{"id", "text", "quotes"}`` (empty without the data)."""
    path = pfsa_file(root)
    if path is None:
        return []
    docs = split_documents(read_sentences(path))
    out = []
    for n, doc in enumerate(docs[:limit] if limit else docs, 1):
        text = detokenize(doc)
        out.append({"id": f"pfsa-dev-{n:04d}", "text": text,
                    "quotes": gold_quotes(text, doc, include_indirect)})
    return out
