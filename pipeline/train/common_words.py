"""``python -m pipeline.train.common_words``: the common-word list behind the PER clean-up.

Takes the raw BPPT-PANL news sentences (``raw/bppt-panl-sentences/bppt_panl.csv`` in the
shared data folder, MIT); gives ``pipeline/data/common_words.txt``: the words that news text
writes in lower case at least ``min_lower`` times and at least ``min_share`` of the times
they occur after a sentence's first word ("tahun", "udara", "terhadap"), so that a
capitalised one is a heading or an institution's word, not a name. Given names pass: news
writes them capitalised ("Budi", "Agung", "Rahmat"). It also gives
``pipeline/data/known_words.txt``: every word of eight letters or more that the sentences
write in lower case at least once, which the quote stage reads as real words, never as
misspelt cue verbs ("menegakkan" is no typo of "menegaskan").
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path
from typing import Annotated

import regex
import typer

SOURCE = Path("raw/bppt-panl-sentences/bppt_panl.csv")
OUTPUT = Path(__file__).resolve().parent.parent / "data" / "common_words.txt"
KNOWN = OUTPUT.with_name("known_words.txt")
KNOWN_MIN_LETTERS = 8
WORD = regex.compile(r"\p{L}[\p{L}'-]*")

HEADER = """# Common Indonesian words: written in lower case in news text at least {min_lower} times and
# at least {share:.0%} of the times they occur after a sentence's first word. A model PER span
# made only of such words ("Udara", "Tahun Anggaran") is no name. Counted by
# `python -m pipeline.train.common_words` over the BPPT-PANL news sentences
# (cahya-wirawan/indonesian-language-models, data/bppt_panl.csv, 24,024 sentences), MIT
# licence: Copyright (c) 2018 Cahya Wirawan; the permission notice of the MIT License applies.
"""


def count(path: Path) -> tuple[Counter, Counter]:
    """Lower-case and capitalised occurrences of each word (case-folded), sentence starts left out."""
    lower, capital = Counter(), Counter()
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh):
            if len(row) < 2:
                continue
            for k, word in enumerate(WORD.findall(row[1])):
                if k == 0:
                    continue
                if word.islower():
                    lower[word] += 1
                elif word[:1].isupper() and not word.isupper():
                    capital[word.lower()] += 1
    return lower, capital


def common_words(lower: Counter, capital: Counter, min_lower: int = 3, min_share: float = 0.9) -> list[str]:
    return sorted(w for w, n in lower.items() if n >= min_lower and n / (n + capital[w]) >= min_share)


KNOWN_HEADER = """# Indonesian words of {letters} letters or more written in lower case in news text at least
# once: real words, which the quote stage never reads as a misspelt cue verb. Counted by
# `python -m pipeline.train.common_words` over the BPPT-PANL news sentences
# (cahya-wirawan/indonesian-language-models, data/bppt_panl.csv, 24,024 sentences), MIT
# licence: Copyright (c) 2018 Cahya Wirawan; the permission notice of the MIT License applies.
"""


def known_words(lower: Counter, min_letters: int = KNOWN_MIN_LETTERS) -> list[str]:
    return sorted(w for w in lower if len(w) >= min_letters and w.isalpha())


def main(
    data: Annotated[Path, typer.Option("--data", help="The shared data folder.")] = Path("../shared/data"),
    output: Annotated[Path, typer.Option("--output", help="The list to write.")] = OUTPUT,
) -> None:
    lower, capital = count(data / SOURCE)
    words = common_words(lower, capital)
    output.write_text(HEADER.format(min_lower=3, share=0.9) + "\n".join(words) + "\n", encoding="utf-8")
    typer.echo(f"wrote {len(words)} words to {output}", err=True)
    known = known_words(lower)
    KNOWN.write_text(KNOWN_HEADER.format(letters=KNOWN_MIN_LETTERS) + "\n".join(known) + "\n", encoding="utf-8")
    typer.echo(f"wrote {len(known)} words to {KNOWN}", err=True)


if __name__ == "__main__":
    typer.run(main)
