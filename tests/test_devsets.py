"""Development-set loaders: PFSA-ID detokenizing and gold quotes, on made-up token lines (the
real corpus is read from ../shared only, and only in the test that needs it)."""

from __future__ import annotations

import pytest

from pipeline.devsets import detokenize, gold_quotes, load_pfsa, read_sentences, split_documents

# Made-up sentences in PFSA-ID's layout (token TAB BILOU tag, blank line between sentences);
# the opening ” sits at the end of the sentence before, as in the corpus.
TOKENS = """JAKARTA\tO
,\tO
KOMPAS\tO
—\tO
Kepala\tB-ROLE
Dinas\tI-ROLE
Kesehatan\tL-ROLE
Budi\tB-PERSON
Santoso\tL-PERSON
meninjau\tO
Covid\tO
-\tO
19\tO
.\tO
”\tB-STATEMENT

Kami\tI-STATEMENT
siap\tI-STATEMENT
.\tI-STATEMENT

Vaksin\tI-STATEMENT
cukup\tI-STATEMENT
,\tI-STATEMENT
”\tL-STATEMENT
kata\tU-CUE
Budi\tU-PERSONCOREF
,\tO
Senin\tO
(\tO
13\tO
/\tO
4\tO
)\tO
.\tO

”\tB-STATEMENT
Stok\tI-STATEMENT
aman\tI-STATEMENT
,\tI-STATEMENT
”\tL-STATEMENT
katanya\tU-CUECOREF
.\tO

BANDUNG\tO
,\tO
KOMPAS\tO
—\tO
Hujan\tO
turun\tO
.\tO
"""

TEXT = ("JAKARTA, KOMPAS — Kepala Dinas Kesehatan Budi Santoso meninjau Covid-19. ”Kami siap. "
        "Vaksin cukup,” kata Budi, Senin (13/4).\n\n”Stok aman,” katanya.")


@pytest.fixture()
def docs(tmp_path):
    path = tmp_path / "dev.txt"
    path.write_text(TOKENS, encoding="utf-8")
    return split_documents(read_sentences(path))


def test_documents_split_at_datelines(docs):
    assert len(docs) == 2
    assert detokenize(docs[1]) == "BANDUNG, KOMPAS — Hujan turun."


def test_detokenize(docs):
    assert detokenize(docs[0]) == TEXT


@pytest.mark.parametrize("index,quote,name,mention,cue", [
    pytest.param(0, "Kami siap. Vaksin cukup,", "Budi Santoso", "Budi", "kata", id="coref-resolved"),
    pytest.param(1, "Stok aman,", "Budi Santoso", "nya", "katanya", id="clitic-cue"),
])
def test_gold_quotes(docs, index, quote, name, mention, cue):
    text = detokenize(docs[0])
    q = gold_quotes(text, docs[0])[index]
    start = text.index(quote)
    assert (q["type"], q["text"], q["start"], q["end"]) == ("direct", quote, start, start + len(quote))
    sp = q["speaker"]
    assert (sp["name"], sp["mention"]) == (name, mention)
    assert text[sp["start"]:sp["end"]] == mention
    assert q["cue"]["text"] == cue and text[q["cue"]["start"]:q["cue"]["end"]] == cue


def test_missing_data_gives_nothing(tmp_path):
    assert load_pfsa(tmp_path / "absent") == []


def test_real_pfsa_offsets(shared_data):
    articles = load_pfsa(shared_data, limit=20)
    if not articles:
        pytest.skip("PFSA-ID is not in the shared data folder")
    for a in articles:
        for q in a["quotes"]:
            assert a["text"][q["start"]:q["end"]] == q["text"]
            if q["speaker"]:
                assert a["text"][q["speaker"]["start"]:q["speaker"]["end"]] == q["speaker"]["mention"]


# An untagged lead names two people; the statements refer to them by a first name and by an
# office (PERSONCOREF), as PFSA-ID does when the full form carries no PERSON tag.
UNTAGGED = """Rina\tO
Lestari\tO
dan\tO
Presiden\tO
Budi\tO
Santoso\tO
hadir\tO
.\tO

”\tB-STATEMENT
Kami\tI-STATEMENT
siap\tI-STATEMENT
,\tI-STATEMENT
”\tL-STATEMENT
kata\tU-CUE
Rina\tU-PERSONCOREF
.\tO

”\tB-STATEMENT
Stok\tI-STATEMENT
aman\tI-STATEMENT
,\tI-STATEMENT
”\tL-STATEMENT
kata\tU-CUE
Presiden\tU-PERSONCOREF
.\tO
"""


def test_coref_resolved_through_an_untagged_full_form(tmp_path):
    path = tmp_path / "dev.txt"
    path.write_text(UNTAGGED, encoding="utf-8")
    doc = split_documents(read_sentences(path))[0]
    quotes = gold_quotes(detokenize(doc), doc)
    assert [q["speaker"]["name"] for q in quotes] == ["Rina Lestari", "Budi Santoso"]


# A third made-up article: a resident (age in brackets) quoted, which PFSA-ID, a corpus of
# public figures' statements, leaves unannotated.
PRIVATE_TOKENS = TOKENS + """
SOLO\tO
,\tO
KOMPAS\tO
—\tO
Sumur\tO
kering\tO
.\tO

”\tO
Air\tO
susah\tO
sekali\tO
,\tO
”\tO
kata\tO
Rina\tO
Lestari\tO
(\tO
45\tO
)\tO
,\tO
warga\tO
Desa\tO
Maju\tO
.\tO
"""


def test_pfsa_scores_within_its_scope_leave_out_private_persons(tmp_path):
    from pipeline.evaluate_dev import score_pfsa

    (tmp_path / "dev.txt").write_text(PRIVATE_TOKENS, encoding="utf-8")
    rows = {row.metric: row for row in score_pfsa(tmp_path)}
    # Three direct quotes found, two of them PFSA-ID statements; the resident's is the third.
    assert rows["pfsa.direct.p@0.5"].value == pytest.approx(2 / 3)
    assert rows["pfsa.direct.public.p@0.5"].value == pytest.approx(1.0)
    assert rows["pfsa.direct.public.r@0.5"].value == pytest.approx(1.0)
    assert rows["pfsa.direct.public.f1@0.5"].value == pytest.approx(1.0)
