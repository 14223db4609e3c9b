"""Training the NER pipeline: ``warta train ner``.

Takes the shared data folder (``ner/`` for annotations, ``raw/`` and ``press/`` for raw text);
gives a dated model folder ``models/ner-YYYY-MM-DD/`` holding the training config, the spaCy
pipeline (``model/``: Warta tokenizer + tok2vec + ner), ``scores.json`` and a model card.
Intermediate files (DocBins, raw text, vectors, checkpoints) go to ``training/ner/``.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import logging
import shutil
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import DocBin
from spacy.util import registry

from .. import segment  # noqa: F401  (registers warta.tokenizer.v1)
from . import corpus

log = logging.getLogger("warta")

ROOT = Path(__file__).resolve().parent.parent.parent
CONFIG = Path(__file__).with_name("ner.cfg")
RUNS = Path(__file__).with_name("ner-runs.md")
TOKENIZER_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "warta.tokenizer.v1"}}}
LABELS = ("PER", "ORG", "LOC")


class TimeUp(Exception):
    """Raised inside spaCy's loop when the time budget is spent."""


#: Where the running training writes its checkpoints (set by ``run_training``).
_RUN_DIR: list[Path] = []


@registry.callbacks("warta.time_limit.v1")
def time_limit(minutes: float):
    deadline = time.monotonic() + minutes * 60

    def before_update(nlp, args: dict[str, Any]) -> None:
        if time.monotonic() > deadline:
            # spaCy saves the current weights as model-best when the loop is interrupted;
            # keep the checkpoint that actually scored best on dev first.
            if _RUN_DIR and (_RUN_DIR[0] / "model-best").is_dir():
                kept = _RUN_DIR[0] / "model-kept"
                shutil.rmtree(kept, ignore_errors=True)
                shutil.copytree(_RUN_DIR[0] / "model-best", kept)
            raise TimeUp(f"training budget of {minutes} minutes spent at step {args.get('step')}")

    return before_update


def blank():
    return spacy.blank("id", config=TOKENIZER_CONFIG)


def write_corpora(data: Path, work: Path, *, use_nerp: bool = False,
                  casing: dict[str, str] | None = None, nerp_ind_missing: bool = False) -> dict[str, Any]:
    """DocBins for train, dev and the two test sets under ``work``; returns counts."""
    nlp = blank()
    splits = corpus.load_splits(data / "ner", use_nerp=use_nerp, casing=casing,
                                nerp_ind_missing=nerp_ind_missing)
    stats: dict[str, Any] = dict(splits.notes)
    parts = {"train": splits.train, "dev": splits.dev, **splits.tests}
    for name, sentences in parts.items():
        db = DocBin(store_user_data=False)
        lost = 0
        n_ents = 0
        for s in sentences:
            doc, miss = corpus.to_doc(s, nlp.make_doc)
            lost += miss
            n_ents += len(doc.ents)
            db.add(doc)
        db.to_disk(work / f"{name}.spacy")
        stats[name] = {"sentences": len(sentences), "entities": n_ents, "unaligned": lost}
    return stats


def raw_text_lines(data: Path, extra: list[Path] | None = None):
    """Raw Indonesian sentences for static vectors: BPPT-PANL, the press releases, and any
    extra files (the nlp-id wheel's POS corpus: one token a line, blank line between sentences)."""
    for name in ("bppt_panl.csv",):
        path = data / "raw" / "bppt-panl-sentences" / name
        if path.is_file():
            with open(path, encoding="utf-8") as fh:
                for row in csv.reader(fh):
                    if row:
                        yield row[-1]
    for path in sorted((data / "press").glob("*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                for key in ("text", "description", "title"):
                    if isinstance(rec.get(key), str):
                        yield rec[key]
    for path in extra or []:
        if path.suffix == ".whl":
            with zipfile.ZipFile(path) as zf:
                text = zf.read("nlp_id/data/dataset_postag.txt").decode("utf-8")
        else:
            text = path.read_text(encoding="utf-8")
        words: list[str] = []
        for line in text.splitlines():
            if not line.strip():
                if words:
                    yield " ".join(words)
                words = []
            else:
                words.append(line.split("\t")[0])
        if words:
            yield " ".join(words)


def write_raw_text(data: Path, work: Path, extra: list[Path] | None = None) -> Path:
    """The raw text tokenized by Warta's tokenizer, one sentence a line (made once)."""
    raw = work / "raw.txt"
    if not raw.is_file():
        nlp = blank()
        n_tokens = 0
        with open(raw, "w", encoding="utf-8") as out:
            for doc in nlp.tokenizer.pipe(raw_text_lines(data, extra), batch_size=1000):
                words = [t.text for t in doc if not t.is_space]
                n_tokens += len(words)
                out.write(" ".join(words) + "\n")
        log.warning("raw text: %d tokens", n_tokens)
    return raw


def train_vectors(data: Path, work: Path, *, dim: int = 200, bucket: int = 40000,
                  extra: list[Path] | None = None, threads: int = 2) -> Path:
    """floret vectors trained on the raw text tokenized by Warta's tokenizer; returns the
    spaCy vectors folder."""
    import floret

    out_dir = work / f"vectors-{dim}-{bucket}"
    if (out_dir / "vocab" / "vectors").is_file():
        return out_dir
    raw = write_raw_text(data, work, extra)
    model = floret.train_unsupervised(
        str(raw), model="cbow", mode="floret", hashCount=2, bucket=bucket, minn=4, maxn=5,
        minCount=2, dim=dim, epoch=5, thread=threads, verbose=0)
    vec_file = work / f"vectors-{dim}-{bucket}.floret"
    model.save_floret_vectors(str(vec_file))
    from spacy.training.initialize import convert_vectors

    # The vectors-only pipeline keeps spaCy's default tokenizer: only its vocab is read back.
    v_nlp = spacy.blank("id")
    convert_vectors(v_nlp, vec_file, truncate=0, prune=-1, mode="floret")
    v_nlp.to_disk(out_dir)
    return out_dir


def run_training(work: Path, out: Path, *, minutes: float, vectors: Path | None,
                 overrides: dict[str, Any] | None = None, train_file: str = "train.spacy") -> Path:
    """spaCy's training loop on the DocBins under ``work``; returns the best pipeline folder."""
    from spacy.training.loop import train as spacy_train
    from spacy.training.initialize import init_nlp
    config = spacy.util.load_config(CONFIG, overrides={
        "paths.train": str(work / train_file), "paths.dev": str(work / "dev.spacy"),
        "paths.vectors": str(vectors) if vectors else None,
        "components.tok2vec.model.embed.include_static_vectors": vectors is not None,
        "vars.minutes": minutes, **(overrides or {})}, interpolate=False)
    nlp = init_nlp(config.interpolate())
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    _RUN_DIR[:] = [out]
    try:
        spacy_train(nlp, out, stdout=sys.stderr, stderr=sys.stderr)
    except TimeUp as stop:
        log.warning("%s", stop)
    best = out / "model-kept"
    if not best.is_dir():
        best = out / "model-best"
    if not best.is_dir():
        best = out / "model-last"
    return best


def evaluate(model_dir: Path, work: Path) -> dict[str, Any]:
    """Per-label P/R/F1 on the held-out test sets (never trained on)."""
    from spacy.training import Corpus

    nlp = spacy.load(model_dir)
    results = {}
    for name in ("nergrit-test", "idner-test", "dev"):
        examples = list(Corpus(work / f"{name}.spacy")(nlp))
        scores = nlp.evaluate(examples) if examples else {}
        results[name] = {
            "p": scores.get("ents_p"), "r": scores.get("ents_r"), "f": scores.get("ents_f"),
            "per_type": scores.get("ents_per_type") or {},
            "sentences": len(examples)}
    return results


def words_per_second(model_dir: Path, data: Path, limit_words: int = 60000) -> dict[str, float]:
    """Words/s of the saved pipeline (tokenizer + tok2vec + ner) on one thread, over the
    raw news sentences and press releases."""
    texts = []
    n = 0
    for line in raw_text_lines(data):
        texts.append(line)
        n += len(line.split())
        if n > limit_words:
            break
    return words_per_second_texts(model_dir, texts)


def words_per_second_texts(model_dir: Path, texts: list[str]) -> dict[str, float]:
    nlp = spacy.load(model_dir)
    list(nlp.pipe(texts[:50]))
    t0 = time.perf_counter()
    words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=256))
    secs = time.perf_counter() - t0
    return {"words": words, "seconds": round(secs, 2), "words_per_second": round(words / secs)}


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def package(best: Path, output: Path, *, scores: dict, speed: dict, stats: dict,
            settings: dict, minutes_taken: float) -> None:
    """Copy the best pipeline into ``output/model`` (training callback removed from its
    config), the training config beside it, and write scores.json and the model card."""
    if output.exists():
        shutil.rmtree(output)
    output.mkdir(parents=True)
    shutil.copytree(best, output / "model")
    cfg = spacy.util.load_config(output / "model" / "config.cfg", interpolate=False)
    cfg["training"]["before_update"] = None
    cfg["paths"]["train"] = None
    cfg["paths"]["dev"] = None
    cfg["paths"]["vectors"] = None
    cfg["initialize"]["vectors"] = None
    cfg.to_disk(output / "model" / "config.cfg")
    cfg.to_disk(output / "config.cfg")
    info = {"scores": scores, "speed": speed, "data": stats, "settings": settings,
            "size_bytes": folder_size(output / "model"), "train_minutes": round(minutes_taken, 1)}
    (output / "scores.json").write_text(json.dumps(info, indent=2, ensure_ascii=False) + "\n")
    (output / "README.md").write_text(model_card(info, output.name))


def _table(scores: dict) -> str:
    rows = ["| test set | label | P | R | F1 |", "|---|---|---|---|---|"]
    for name in ("nergrit-test", "idner-test"):
        s = scores.get(name) or {}
        if s.get("f") is None:
            continue
        rows.append(f"| {name} | **all** | {s['p']:.3f} | {s['r']:.3f} | **{s['f']:.3f}** |")
        for label in LABELS:
            t = s["per_type"].get(label)
            if t:
                rows.append(f"| {name} | {label} | {t['p']:.3f} | {t['r']:.3f} | {t['f']:.3f} |")
    return "\n".join(rows)


def _targets(info: dict) -> str:
    grit = (info["scores"].get("nergrit-test") or {}).get("f") or 0.0
    idner = (info["scores"].get("idner-test") or {}).get("f") or 0.0
    wps = info["speed"].get("words_per_second") or 0
    parts = [(f"NERGrit test F1 >= 0.80: {grit:.3f}", grit >= 0.80),
             (f"idner-news-2k test F1 >= 0.85: {idner:.3f}", idner >= 0.85),
             (f">= 10,000 words/s on one core: {wps:,}", wps >= 10000)]
    return "; ".join(f"{text} ({'met' if ok else 'not met'})" for text, ok in parts)


def model_card(info: dict, name: str) -> str:
    runs = RUNS.read_text(encoding="utf-8") if RUNS.is_file() else ""
    d = info["data"]
    return f"""# {name}: Warta Indonesian NER (PER / ORG / LOC)

spaCy {spacy.__version__} pipeline: Warta's tokenizer (`warta.tokenizer.v1`) + `tok2vec`
(hash embeddings{' + floret static vectors' if info['settings'].get('vectors') else ''}, CNN) +
transition-based `ner`. `pipeline.load()` adds `warta_sentences` before it and the rule
component `warta_entity_rules` (gazetteers, titles, government units) after it.

Intended use: entity spans in Indonesian news and government press releases, as the
input to Warta's speaker and award stages. Not for other languages, not for social media.

## Scores (held-out test splits, never trained on)

{_table(info['scores'])}

Scored with spaCy's scorer after tokenizing the test text with Warta's tokenizer (gold
spans trimmed of bracket/quote characters glued to them, see `pipeline/train/corpus.py`).
Dev (NERGrit valid + idner-news-2k dev, used to pick the checkpoint): F1
{(info['scores'].get('dev') or {}).get('f') or 0:.3f}.

Speed: {info['speed'].get('words_per_second')} words/s on one thread (tokenizer + tok2vec +
ner, `nlp.pipe` over {info['speed'].get('words')} words of raw news/press text){'; ' + info['speed']['note'] if info['speed'].get('note') else ''}.
Size of `model/`: {info['size_bytes'] / 1e6:.1f} MB. Training time: {info['train_minutes']} min.

Targets of issue 3: {_targets(info)}. The best numbers reached in all runs, and what was
tried, are in the table of runs below.

## Data and licences

| set | use | licence | attribution |
|---|---|---|---|
| NERGrit (IndoNLU) | train; valid -> dev; test -> test | Apache-2.0 (IndoNLU repo); upstream NERGRIT: "can be used both for learning or commercially" | Wilie et al. 2020, IndoNLU; NERGRIT contributors (grit-id/nergrit-corpus) |
| idner-news-2k | train; dev -> dev; test -> test | MIT (c) 2020 khairunnisaor | Khairunnisa et al., AACL-IJCNLP SRW 2020 |
| NER-UGM (IndoLEM) | train only, minus every sentence that also occurs in idner-news-2k | none stated: used for training only, never copied into this repository | Syaifudin & Nurwidyantoro 2016; Koto et al. 2020 (IndoLEM) |
| NERP (IndoNLU) | {'train' if info['settings'].get('nerp') else 'not used (all lower-cased)'} | Apache-2.0 (IndoNLU repo) | Wilie et al. 2020, IndoNLU |
| BPPT-PANL sentences, `press/` releases{', nlp-id dataset_postag.txt' if info['settings'].get('nlpid') else ''} | raw text for floret vectors | MIT; government publications{'; MIT (nlp-id, kumparan)' if info['settings'].get('nlpid') else ''} | BPPT PANL; see `../shared/data` SOURCE files |

Training sentences: {d['train']['sentences']} ({d['train']['entities']} entities); NER-UGM
sentences dropped as shared with idner-news-2k: {d.get('nerugm_dropped_shared_with_idner')};
training sentences dropped as duplicates or equal to a dev/test sentence:
{d.get('train_dropped_duplicate_or_heldout')}. Entity spans that could not be aligned to Warta's
tokens and were dropped: train {d['train']['unaligned']}, NERGrit test {d['nergrit-test']['unaligned']},
idner test {d['idner-test']['unaligned']}.

## Label mapping

| Warta | NERGrit | idner-news-2k | NER-UGM | NERP |
|---|---|---|---|---|
| PER | PERSON | PER | PERSON | PPL |
| ORG | ORGANISATION | ORG | ORGANIZATION | IND |
| LOC | PLACE | LOC | LOCATION | PLC |
| (dropped) | – | – | TIME, QUANTITY | EVT, FNB |

Government units: a span naming a government ("Pemerintah Provinsi Bengkulu", "Pemprov
Bengkulu", "Pemkab Probolinggo", "Pemerintah Kota Bandung") is ORG, also where a data set
tagged it LOC or left the unit word outside the span (the conversion pulls it in). A region
with its administrative word alone ("Provinsi DKI Jakarta", "Kabupaten Probolinggo", "Kota
Bandung") is LOC, as the data sets tag it; the rule component marks the whole phrase as one
LOC span, and the award stage treats such a LOC in a recipient slot as the region's
government.

## Settings of this build

```json
{json.dumps(info['settings'], indent=2)}
```

{runs}
"""


def train(data: Path, output: Path | None = None, max_minutes: float = 20.0, *,
          vectors: bool = True, nerp: bool = False, nerp_ind_missing: bool = False,
          nlpid_wheel: Path | None = None,
          overrides: dict[str, Any] | None = None, threads: int = 2,
          work: Path | None = None) -> Path:
    """Rebuild the NER model: convert data, train floret vectors, train, evaluate, package."""
    t0 = time.monotonic()
    data = Path(data)
    if not (data / "ner").is_dir():
        raise FileNotFoundError(f"no ner/ folder under {data}")
    work = work or ROOT / "training" / "ner"
    work.mkdir(parents=True, exist_ok=True)
    output = output or ROOT / "models" / f"ner-{dt.date.today().isoformat()}"
    # The nlp-id wheel (MIT), if downloaded beside the training files, adds 560k tokens
    # of news text: `pip download --no-deps nlp-id -d training/`.
    nlpid_wheel = nlpid_wheel or next(iter(sorted((ROOT / "training").glob("nlp_id-*.whl"))), None)
    extra = [nlpid_wheel] if nlpid_wheel and nlpid_wheel.is_file() else None
    casing = None
    if nerp:
        # NERP is all lower-case: capitals are restored from the raw text first.
        with open(write_raw_text(data, work, extra), encoding="utf-8") as fh:
            casing = corpus.casing_table(fh)
    stats = write_corpora(data, work, use_nerp=nerp, casing=casing, nerp_ind_missing=nerp_ind_missing)
    log.warning("corpora: %s", json.dumps({k: v for k, v in stats.items()}))
    vec_dir = None
    if vectors:
        vec_dir = train_vectors(data, work, extra=extra, threads=threads)
    spent = (time.monotonic() - t0) / 60
    best = run_training(work, work / "run", minutes=max(1.0, max_minutes - spent - 1.5),
                        vectors=vec_dir, overrides=overrides)
    scores = evaluate(best, work)
    speed = words_per_second(best, data)
    settings = {"vectors": vec_dir is not None, "nerp": nerp, "nerp_ind_missing": nerp_ind_missing,
                "nlpid": bool(nlpid_wheel),
                "overrides": overrides or {}, "max_minutes": max_minutes}
    package(best, output, scores=scores, speed=speed, stats=stats, settings=settings,
            minutes_taken=(time.monotonic() - t0) / 60)
    log.warning("NER model written to %s: %s", output, json.dumps(
        {k: round(v["f"] or 0, 3) for k, v in scores.items()}))
    return output
