"""``warta train stanza``: Stanza tokenizer, multi-word-token expander and lemmatizer trained here.

Trains on the CC BY-SA UD Indonesian data (CSUI train + GSD dev + PUD test, shuffled, with a
10% development split held out for Stanza's model selection) with Stanza's own training
scripts, evaluates on CSUI test (Stanza's scorer) and GSD/CSUI test (``warta bench tokens``),
and writes ``models/stanza-YYYY-MM-DD/`` with ``tokenize.pt``, ``mwt.pt``, ``lemma.pt`` and a
model card. The lemmatizer is trained without POS tags (``--no_pos``) and scored on gold words
of CSUI test and GSD test (``score_lemma``). Needs the optional extra
(``pip install 'warta[stanza]'``); runs on the CPU.

``train_syntax`` trains Stanza's POS tagger and dependency parser on the same pool (no
pretrained word vectors or character LM exist here: ``--no_pretrain``); at 40-50 s a tagger
step on this project's CPU they need a GPU (``warta train stanza-syntax --device cuda``).
``score_syntax`` runs tagger then parser on CSUI test and GSD test and scores them with the
CoNLL 2018 shared-task scorer that ships with Stanza.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

TRAIN_PARTS = ("ud/csui/id_csui-ud-train.conllu", "ud/gsd/id_gsd-ud-dev.conllu", "ud/pud/id_pud-ud-test.conllu")
TEST_PART = "ud/csui/id_csui-ud-test.conllu"
LEMMA_TESTS = {"CSUI test": "ud/csui/id_csui-ud-test.conllu", "GSD test": "ud/gsd/id_gsd-ud-test.conllu"}
# Stanza's scripts find data by a UD treebank name; the combined set is written under the
# CSUI name so that Stanza's Indonesian defaults apply.
TREEBANK = "UD_Indonesian-CSUI"
SHORT = "id_csui"
RESOURCES = {"id": {"lang_name": "Indonesian"}}


def _sentences(path: Path) -> list[str]:
    return [s for s in path.read_text(encoding="utf-8").split("\n\n") if s.strip()]


def prepare(data: Path, work: Path, seed: int = 1234) -> tuple[int, int]:
    """Write the combined treebank under ``work/ud``; returns (train, dev) sentence counts."""
    train: list[str] = []
    for part in TRAIN_PARTS:
        train += _sentences(data / part)
    random.Random(seed).shuffle(train)
    n_dev = len(train) // 10
    dev, train = train[:n_dev], train[n_dev:]
    folder = work / "ud" / TREEBANK
    folder.mkdir(parents=True, exist_ok=True)
    for name, sents in (("train", train), ("dev", dev), ("test", _sentences(data / TEST_PART))):
        (folder / f"{SHORT}-ud-{name}.conllu").write_text("\n\n".join(sents) + "\n\n", encoding="utf-8")
    return len(train), len(dev)


def _run(module: str, args: list[str], env: dict[str, str], log: Path) -> None:
    with log.open("a", encoding="utf-8") as fh:
        subprocess.run([sys.executable, "-m", module, *args], env=env, check=True,
                       stdout=fh, stderr=subprocess.STDOUT)


def train(data: Path, output: Path | None = None, steps: int = 1200, mwt_epochs: int = 30,
          lemma_epochs: int = 15, work: Path = Path("training/stanza")) -> Path:
    """Train tokenize + mwt + lemma and write the model folder; returns its path."""
    try:
        import stanza  # noqa: F401
    except ImportError as exc:
        raise RuntimeError("warta train stanza needs `pip install 'warta[stanza]'`") from exc
    work = work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    prepare(Path(data), work)
    env = dict(os.environ, UDBASE=str(work / "ud"), DATA_ROOT=str(work / "data"))
    log = work / "train.log"
    _run("stanza.utils.datasets.prepare_tokenizer_treebank", [TREEBANK], env, log)
    _run("stanza.utils.training.run_tokenizer",
         [TREEBANK, "--no_charlm", "--steps", str(steps), "--save_dir", str(work / "saved_models/tokenize")], env, log)
    _run("stanza.utils.datasets.prepare_mwt_treebank", [TREEBANK], env, log)
    _run("stanza.utils.training.run_mwt",
         [TREEBANK, "--num_epoch", str(mwt_epochs), "--save_dir", str(work / "saved_models/mwt")], env, log)
    # Gold tags: Stanza would otherwise fetch a tagger to retag the data (the lemmatizer
    # here reads no tags anyway).
    _run("stanza.utils.datasets.prepare_lemma_treebank", [TREEBANK, "--gold", "--no_lemma_classifier"], env, log)
    _run("stanza.utils.training.run_lemma",
         [TREEBANK, "--no_charlm", "--no_lemma_classifier", "--no_pos", "--num_epoch", str(lemma_epochs),
          "--save_dir", str(work / "saved_models/lemma")], env, log)
    out = Path(output) if output else Path("models") / f"stanza-{dt.date.today().isoformat()}"
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(work / "saved_models/tokenize" / f"{SHORT}_nocharlm_tokenizer.pt", out / "tokenize.pt")
    shutil.copy(work / "saved_models/mwt" / f"{SHORT}_mwt_expander.pt", out / "mwt.pt")
    shutil.copy(work / "saved_models/lemma" / f"{SHORT}_nocharlm_lemmatizer.pt", out / "lemma.pt")
    # Stanza reads the language's entry here instead of fetching its resources list.
    (out / "resources.json").write_text(json.dumps(RESOURCES, indent=1) + "\n", encoding="utf-8")
    return out


def score_lemma(model: Path, data: Path) -> dict[str, tuple[float, float]]:
    """Lemma accuracy per word, on the treebank's own words, of the lemmatizer ``model`` on
    CSUI test and GSD test: (exact, case-folded). The treebanks differ in case: CSUI keeps a
    proper noun's capitals in its lemma, GSD lower-cases every lemma."""
    import io
    import tempfile
    from contextlib import redirect_stdout

    from stanza.models import lemmatizer

    out: dict[str, float] = {}
    for name, part in LEMMA_TESTS.items():
        with tempfile.TemporaryDirectory() as tmp:
            buf = io.StringIO()
            with redirect_stdout(buf):
                lemmatizer.main(["--mode", "predict", "--eval_file", str(Path(data) / part),
                                 "--output_file", str(Path(tmp) / "pred.conllu"), "--shorthand", SHORT,
                                 "--save_dir", str(Path(model).parent), "--save_name", Path(model).name,
                                 "--no_pos"])
            out[name] = (_lemma_accuracy(Path(data) / part, Path(tmp) / "pred.conllu"),
                         _lemma_accuracy(Path(data) / part, Path(tmp) / "pred.conllu", casefold=True))
    return out


def _lemma_accuracy(gold: Path, pred: Path, casefold: bool = False) -> float:
    """Share of words (multi-word tokens' parts, no token lines) whose lemma matches."""
    def lemmas(path: Path) -> list[str]:
        rows = []
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                rows.append(cols[2].casefold() if casefold else cols[2])
        return rows

    g, p = lemmas(gold), lemmas(pred)
    if len(g) != len(p):
        raise RuntimeError(f"{pred} has {len(p)} words, {gold} {len(g)}")
    scored = [(a, b) for a, b in zip(g, p) if a != "_"]
    return 100.0 * sum(a == b for a, b in scored) / len(scored)


SYNTAX_TESTS = LEMMA_TESTS
# Half Stanza's default widths: the default parser (400) is 26M parameters, 104 MB, for 2,000
# training sentences.
PARSER_ARGS = ["--hidden_dim", "200", "--deep_biaff_hidden_dim", "200"]


def train_syntax(data: Path, output: Path, pos_steps: int = 900, depparse_steps: int = 1600,
                 device: str = "cuda", eval_interval: int = 100, work: Path = Path("training/stanza-syntax"),
                 parts: tuple[str, ...] = ("pos", "depparse")) -> Path:
    """Train the POS tagger (``pos.pt``) and the dependency parser (``depparse.pt``) on gold
    words, tags and lemmas of the training pool and write them into ``output`` (float16
    weights); returns ``output``. Stanza keeps the checkpoint with the best development score
    (the 10% split). The step counts are those of the shipped models' run on one GPU (best
    development scores at steps 600 and 1500)."""
    from stanza.models import parser as stanza_parser
    from stanza.models import tagger as stanza_tagger

    work = Path(work).resolve()
    prepare(Path(data), work)
    folder = work / "ud" / TREEBANK
    train_file, dev_file = folder / f"{SHORT}-ud-train.conllu", folder / f"{SHORT}-ud-dev.conllu"
    common = ["--shorthand", SHORT, "--lang", "id", "--no_pretrain",
              "--eval_interval", str(eval_interval), "--train_file", str(train_file), "--eval_file", str(dev_file), "--save_dir", str(work),
              "--device", device]
    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    if "pos" in parts:
        stanza_tagger.main(common + ["--max_steps", str(pos_steps), "--mode", "train", "--save_name", "tagger.pt",
                                     "--output_file", str(work / "dev.pos.conllu")])
        halve(work / "tagger.pt", output / "pos.pt")
    if "depparse" in parts:
        stanza_parser.main(common + PARSER_ARGS + ["--max_steps", str(depparse_steps), "--mode", "train",
                                                   "--save_name", "parser.pt",
                                     "--output_file", str(work / "dev.depparse.conllu")])
        halve(work / "parser.pt", output / "depparse.pt")
    return output


def halve(src: Path, dst: Path) -> None:
    """Copy a Stanza model with its float32 weights stored as float16 (half the file; Stanza
    loads them back into its float32 model)."""
    import torch

    checkpoint = torch.load(src, map_location="cpu", weights_only=False)
    checkpoint["model"] = {k: v.half() if v.is_floating_point() else v for k, v in checkpoint["model"].items()}
    torch.save(checkpoint, dst)


def score_syntax(model_dir: Path, data: Path, device: str = "cpu") -> dict[str, dict[str, float]]:
    """UPOS, XPOS, UFeats, lemma, UAS and LAS (F1 on gold words, CoNLL 2018 scorer) on CSUI test
    and GSD test: the tagger tags the gold words, the lemmatizer (``lemma.pt``, where the folder
    has one) lemmatizes them, and the parser parses that (``UAS``, ``LAS``) and the gold tags and
    lemmas (``LAS gold tags``)."""
    import io
    import tempfile
    from contextlib import redirect_stdout

    from stanza.models import lemmatizer
    from stanza.models import parser as stanza_parser
    from stanza.models import tagger as stanza_tagger
    from udtools import udeval as ud  # the CoNLL 2018 scorer, a dependency of Stanza

    model_dir = Path(model_dir)
    out: dict[str, dict[str, float]] = {}
    for name, part in SYNTAX_TESTS.items():
        gold = Path(data) / part
        with tempfile.TemporaryDirectory() as tmp:
            tagged, parsed, parsed_gold = (Path(tmp) / f for f in ("tagged.conllu", "parsed.conllu", "gold.conllu"))
            lemmatized = Path(tmp) / "lemmatized.conllu"
            common = ["--mode", "predict", "--shorthand", SHORT, "--lang", "id", "--no_pretrain",
                      "--save_dir", str(model_dir), "--device", device]
            with redirect_stdout(io.StringIO()):
                stanza_tagger.main(common + ["--save_name", "pos.pt", "--eval_file", str(gold),
                                             "--output_file", str(tagged)])
                if (model_dir / "lemma.pt").is_file():
                    lemmatizer.main(["--mode", "predict", "--eval_file", str(tagged), "--output_file",
                                     str(lemmatized), "--shorthand", SHORT, "--save_dir", str(model_dir),
                                     "--save_name", "lemma.pt", "--no_pos"])
                    tagged = lemmatized
                stanza_parser.main(common + ["--save_name", "depparse.pt", "--eval_file", str(tagged),
                                             "--output_file", str(parsed)])
                stanza_parser.main(common + ["--save_name", "depparse.pt", "--eval_file", str(gold),
                                             "--output_file", str(parsed_gold)])
            gold_ud = ud.load_conllu_file(str(gold))
            scores = ud.evaluate(gold_ud, ud.load_conllu_file(str(parsed)))
            with_gold = ud.evaluate(gold_ud, ud.load_conllu_file(str(parsed_gold)))
            out[name] = {"UPOS": 100 * scores["UPOS"].f1, "XPOS": 100 * scores["XPOS"].f1,
                         "UFeats": 100 * scores["UFeats"].f1, "Lemmas": 100 * scores["Lemmas"].f1, "UAS": 100 * scores["UAS"].f1,
                         "LAS": 100 * scores["LAS"].f1, "LAS gold tags": 100 * with_gold["LAS"].f1}
    return out
