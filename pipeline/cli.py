"""The ``warta`` command line (Typer). Each command parses options and calls a plain
function; results go to stdout (or ``-o``), progress and diagnostics to stderr."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(no_args_is_help=True, add_completion=False,
                  help="Warta: who said what, which institution won which rank, and on what "
                       "date, in Indonesian press releases.")

log = logging.getLogger("warta")


@app.callback()
def _root() -> None:
    """Warta: who said what, which institution won which rank, and on what date."""


class Format(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    html = "html"


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class Segmenter(str, Enum):
    spacy = "spacy"
    stanza = "stanza"


def _use_segmenter(segmenter: Optional["Segmenter"]) -> None:
    """Worker processes and the evaluation runner load the pipeline themselves: the choice
    travels in the environment, which ``pipeline.load()`` reads."""
    if segmenter is None:
        return
    if segmenter is Segmenter.stanza:
        try:
            import stanza  # noqa: F401
        except ImportError:
            _fail("--segmenter stanza needs the optional extra: pip install 'warta[stanza]'")
    os.environ["WARTA_SEGMENTER"] = segmenter.value


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"warta: {message}", err=True)
    raise typer.Exit(code)


def _check_date(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form")
    return value


@app.command()
def extract(
    inputs: Annotated[Optional[list[str]], typer.Argument(
        metavar="[INPUT]...", help="A .txt article, a .jsonl file, a directory, or - for stdin (the default).")] = None,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write records here instead of stdout.")] = None,
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.jsonl,
    published: Annotated[Optional[str], typer.Option(
        "--published", callback=_check_date, help="Publication date YYYY-MM-DD for articles that give none.")] = None,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Worker processes.")] = 1,
    engine: Annotated[Engine, typer.Option("--engine", help="local processes or a Dask cluster.")] = Engine.local,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Dask scheduler address (with --engine dask).")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Skip ids already in the -o file and append the rest.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing -o file.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress on stderr.")] = False,
    max_chars: Annotated[int, typer.Option("--max-chars", min=1, help="Longer documents get an 'oversized' error record (spaCy takes at most 1,000,000).")] = 1_000_000,
    segmenter: Annotated[Optional[Segmenter], typer.Option("--segmenter", help="Tokens and sentences from Warta's rules (spacy) or the Stanza models trained here (needs the optional stanza extra).")] = None,
) -> None:
    """Extract quotes, awards, dates and entities: one JSON record per article."""
    _use_segmenter(segmenter)
    from .run import ExtractOptions, UsageError, run_extract

    options = ExtractOptions(inputs=inputs or ["-"], output=output, fmt=fmt.value,
                             published=published, workers=workers, engine=engine.value,
                             scheduler=scheduler, resume=resume, force=force, quiet=quiet,
                             max_chars=max_chars)
    try:
        summary = run_extract(options)
    except UsageError as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        _fail("interrupted; the output holds complete records only (continue with --resume)", 130)
    if not quiet:
        typer.echo(summary.line(), err=True)


@app.command()
def quotes(
    article: Annotated[str, typer.Argument(help="One article: a .txt file, or - for stdin.")],
    published: Annotated[Optional[str], typer.Option(
        "--published", callback=_check_date, help="Publication date YYYY-MM-DD.")] = None,
) -> None:
    """Show who said what in one article, as a table."""
    from .people import quotes_table

    try:
        quotes_table(article, published=published)
    except FileNotFoundError as exc:
        _fail(str(exc))


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold corpus: a directory (corpus/) or a gold .jsonl file.")],
    pred: Annotated[Optional[Path], typer.Option("--pred", help="Predicted records (.jsonl); without it the pipeline runs on the gold texts.")] = None,
    min_f1: Annotated[Optional[list[str]], typer.Option("--min-f1", help="TYPE=VALUE threshold; a score below it exits 1. Repeatable.")] = None,
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Also write the scores as JSON here.")] = None,
    thresholds: Annotated[Optional[Path], typer.Option("--thresholds", help="A thresholds.toml file of TYPE = VALUE lines.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing --json file.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress on stderr.")] = False,
    segmenter: Annotated[Optional[Segmenter], typer.Option("--segmenter", help="Segmenter for the pipeline run (without --pred).")] = None,
) -> None:
    """Score records against gold annotations (P/R/F1 per record type)."""
    _use_segmenter(segmenter)
    from .evaluate import run_evaluate

    code = run_evaluate(gold, pred=pred, min_f1=min_f1 or [], json_out=json_out, thresholds=thresholds,
                        force=force, progress=not quiet)
    raise typer.Exit(code)


train_app = typer.Typer(no_args_is_help=True, help="Rebuild the models under models/ from their configs.")
app.add_typer(train_app, name="train")


@train_app.command("ner")
def train_ner(
    data: Annotated[Path, typer.Option("--data", help="The shared data folder (holds ner/, raw/, gazetteers/).")] = Path("../shared/data"),
    output: Annotated[Optional[Path], typer.Option("--output", help="Model folder to write (default models/ner-TODAY).")] = None,
    max_minutes: Annotated[float, typer.Option("--max-minutes", help="Training time budget.")] = 20.0,
) -> None:
    """Train the NER pipeline from the NER data sets and write it under models/."""
    from .train.ner import train

    train(data=data, output=output, max_minutes=max_minutes)


@train_app.command("stanza")
def train_stanza(
    data: Annotated[Path, typer.Option("--data", help="The shared data folder (holds ud/).")] = Path("../shared/data"),
    output: Annotated[Optional[Path], typer.Option("--output", help="Model folder to write (default models/stanza-TODAY).")] = None,
    steps: Annotated[int, typer.Option("--steps", help="Tokenizer training steps.")] = 1200,
) -> None:
    """Train Stanza's tokenizer and multi-word-token expander on the UD Indonesian data (needs the optional stanza extra)."""
    from .train.stanza_models import train

    try:
        path = train(data=data, output=output, steps=steps)
    except RuntimeError as exc:
        _fail(str(exc))
    typer.echo(f"wrote {path}", err=True)


@train_app.command("stanza-syntax")
def train_stanza_syntax(
    data: Annotated[Path, typer.Option("--data", help="The shared data folder (holds ud/).")] = Path("../shared/data"),
    output: Annotated[Optional[Path], typer.Option("--output", help="Model folder to write pos.pt and depparse.pt into (default: the newest models/stanza-*).")] = None,
    device: Annotated[str, typer.Option("--device", help="Torch device: cuda (a tagger step takes 40-50 s on a 2-core CPU) or cpu.")] = "cuda",
    pos_steps: Annotated[int, typer.Option("--pos-steps", help="Tagger training steps.")] = 900,
    depparse_steps: Annotated[int, typer.Option("--depparse-steps", help="Parser training steps.")] = 1600,
) -> None:
    """Train Stanza's POS tagger and dependency parser on the UD Indonesian data (needs the optional stanza extra; meant for a GPU)."""
    from .segment_stanza import stanza_model_path

    target = output or stanza_model_path()
    if target is None:
        _fail("train stanza-syntax: no models/stanza-* folder (run `warta train stanza` first) and no --output")
    try:
        from .train.stanza_models import train_syntax

        path = train_syntax(data, target, pos_steps=pos_steps, depparse_steps=depparse_steps, device=device)
    except ImportError:
        _fail("train stanza-syntax needs the optional extra: pip install 'warta[stanza]'")
    typer.echo(f"wrote {path / 'pos.pt'} and {path / 'depparse.pt'}", err=True)


bench_app = typer.Typer(no_args_is_help=True, help="Measure speed, memory and segmentation quality.")
app.add_typer(bench_app, name="bench")


@bench_app.command("tokens")
def bench_tokens(
    data: Annotated[Path, typer.Option("--data", help="The shared data folder (holds ud/).")] = Path("../shared/data"),
) -> None:
    """Token and sentence F1 on the UD Indonesian test sets, as a table."""
    from .bench_tokens import tokens_table

    typer.echo(tokens_table(data))


@bench_app.command("cues")
def bench_cues(
    corpus: Annotated[Path, typer.Option("--corpus", help="The annotated corpus folder.")] = Path("corpus"),
) -> None:
    """Cue verbs: the listed forms against the Stanza lemmatizer on the corpus (needs the optional stanza extra)."""
    from .bench_cues import cues_report

    try:
        typer.echo(cues_report(corpus))
    except (RuntimeError, ImportError) as exc:
        _fail(f"bench cues: {exc}" if not isinstance(exc, ImportError)
              else "bench cues needs the optional extra: pip install 'warta[stanza]'")


@bench_app.command("ner")
def bench_ner(
    data: Annotated[Path, typer.Option("--data", help="The shared data folder (holds ner/).")] = Path("../shared/data"),
) -> None:
    """Entity P/R/F1 on the NER test sets: the trained model alone, and with Warta's rules."""
    from .bench_ner import ner_table

    try:
        typer.echo(ner_table(data))
    except (RuntimeError, FileNotFoundError) as exc:
        _fail(f"bench ner: {exc}")


@bench_app.command("lemma")
def bench_lemma(
    data: Annotated[Path, typer.Option("--data", help="The shared data folder (holds ud/).")] = Path("../shared/data"),
) -> None:
    """Lemma accuracy of the shipped Stanza lemmatizer on CSUI test and GSD test (needs the optional stanza extra)."""
    from .segment_stanza import stanza_model_path

    model = stanza_model_path()
    if model is None or not (model / "lemma.pt").is_file():
        _fail("bench lemma: no Stanza lemmatizer under models/ (run `warta train stanza`)")
    try:
        from .train.stanza_models import score_lemma

        scores = score_lemma(model / "lemma.pt", data)
    except ImportError:
        _fail("bench lemma needs the optional extra: pip install 'warta[stanza]'")
    typer.echo(f"| test set ({model.name}/lemma.pt) | lemma accuracy | case-folded |\n|---|---:|---:|")
    for name, (exact, folded) in scores.items():
        typer.echo(f"| {name} | {exact:.2f} | {folded:.2f} |")


@bench_app.command("syntax")
def bench_syntax(
    data: Annotated[Path, typer.Option("--data", help="The shared data folder (holds ud/).")] = Path("../shared/data"),
) -> None:
    """UPOS, UFeats, lemma, UAS and LAS of the shipped Stanza tagger and parser on CSUI test and GSD test (needs the optional stanza extra)."""
    from .segment_stanza import stanza_model_path

    model = stanza_model_path()
    if model is None or not (model / "pos.pt").is_file() or not (model / "depparse.pt").is_file():
        _fail("bench syntax: no Stanza tagger and parser under models/ (run `warta train stanza-syntax`)")
    try:
        from .train.stanza_models import score_syntax

        scores = score_syntax(model, data)
    except ImportError:
        _fail("bench syntax needs the optional extra: pip install 'warta[stanza]'")
    cols = ["UPOS", "UFeats", "Lemmas", "UAS", "LAS", "LAS gold tags"]
    typer.echo(f"| test set ({model.name}) | " + " | ".join(cols) + " |\n|---|" + "---:|" * len(cols))
    for name, row in scores.items():
        typer.echo(f"| {name} | " + " | ".join(f"{row[c]:.2f}" for c in cols) + " |")


@bench_app.command("speed")
def bench_speed(
    data: Annotated[Path, typer.Option("--data", help="The shared data folder (holds news/).")] = Path("../shared/data"),
    docs: Annotated[int, typer.Option("--docs", help="Number of articles to run.")] = 500,
    output: Annotated[Path, typer.Option("--output", help="Markdown table to write.")] = Path("bench/results.md"),
) -> None:
    """docs/s, words/s and peak RSS for 1 and 2 workers, next to the bare tokenizer."""
    from .bench_speed import speed_table

    typer.echo(speed_table(data, docs=docs, output=output))


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="warta: %(message)s", stream=sys.stderr)
    app()


if __name__ == "__main__":
    main()
