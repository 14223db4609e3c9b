"""``warta bench speed``: throughput and memory of the batch runner on real articles.

Takes the shared data folder (the Detik dev set in ``news/detik-dev.jsonl``, read at run time
and never stored; without it the committed ``corpus/articles.jsonl``), repeats the articles
up to ``docs``, and measures, each in a fresh process so that peak memory is its own:
the bare spaCy Indonesian tokenizer (the ceiling for any spaCy pipeline), Warta's tokenizer,
the full pipeline on 1 worker and on 2 worker processes, and Stanza where it is installed.
Gives a Markdown table (also written to ``output``).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_WORDS_PER_CORE = 5000
TARGET_SPEEDUP = 1.8
TARGET_RSS_MIB = 1024


def source(data: Path) -> Path:
    detik = Path(data) / "news" / "detik-dev.jsonl"
    return detik if detik.is_file() else ROOT / "corpus" / "articles.jsonl"


def load_texts(data: Path, docs: int) -> list[str]:
    """``docs`` article texts from the source, repeated in order as often as needed."""
    texts = []
    with source(data).open("rb") as fh:
        for line in fh:
            if line.strip():
                text = json.loads(line).get("text")
                if isinstance(text, str) and text.strip():
                    texts.append(text)
    if not texts:
        raise ValueError(f"no article texts in {source(data)}")
    return [texts[i % len(texts)] for i in range(docs)]


def _timed(process, texts) -> tuple[float, float]:
    """Wall seconds and CPU seconds of this process for ``process(text)`` over the texts."""
    cpu0 = _self_usage()[1]
    start = time.perf_counter()
    for text in texts:
        process(text)
    return time.perf_counter() - start, _self_usage()[1] - cpu0


def _self_usage() -> tuple[int, float]:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def measure(kind: str, data: Path, docs: int) -> dict:
    """One measurement in this process (run by ``speed_table`` in a fresh one each)."""
    from .reader import Article

    texts = load_texts(data, docs)
    words = sum(len(t.split()) for t in texts)
    result = {"kind": kind, "docs": len(texts), "distinct": len(set(texts)), "words": words,
              "chars": sum(map(len, texts))}
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    workers_rss: list[int] = []
    if kind in ("spacy-tokenizer", "warta-tokenizer"):
        import spacy

        if kind == "spacy-tokenizer":
            tokenizer = spacy.blank("id").tokenizer
        else:
            from .nlp import load

            tokenizer = load(ner=False).tokenizer
        seconds, cpu = _timed(tokenizer, texts)
    elif kind == "stanza-tokenizer":
        import torch

        from .segment_stanza import load_stanza, stanza_model_path

        torch.set_num_threads(1)  # one core, as each Warta worker uses
        seconds, cpu = _timed(load_stanza(stanza_model_path()), texts)
    elif kind == "pipeline-1":
        from .batch import run_local
        from .nlp import load

        nlp = load()
        cpu0 = _self_usage()[1]
        start = time.perf_counter()
        errors = sum(r["error"] is not None for _, r in run_local(articles, nlp=nlp))
        seconds = time.perf_counter() - start
        cpu = _self_usage()[1] - cpu0
        result["errors"] = errors
    elif kind.startswith("pipeline-"):
        from .batch import LocalPool

        workers = int(kind.split("-")[1])
        with LocalPool(workers) as pool:
            before = pool.usage()
            main0 = _self_usage()[1]
            start = time.perf_counter()
            errors = sum(r["error"] is not None for _, r in pool.run(articles))
            seconds = time.perf_counter() - start
            main = _self_usage()[1] - main0
            after = pool.usage()
        # The parent's share (reading, pickling, ordering) counts too.
        cpu = main + sum(after[pid][1] - before.get(pid, (0, 0.0))[1] for pid in after)
        workers_rss = [rss for rss, _ in after.values()]
        result["errors"] = errors
    else:
        raise ValueError(f"unknown measurement {kind!r}")
    result.update(seconds=seconds, cpu_seconds=cpu, main_rss_kib=_self_usage()[0],
                  worker_rss_kib=max(workers_rss) if workers_rss else None)
    return result


def stanza_python() -> str | None:
    """An interpreter that has Stanza and a Stanza model trained here (models/stanza-*):
    this one, or the separate ``.venv-stanza`` that keeps torch out of the main one."""
    if not any((ROOT / "models").glob("stanza-*/tokenize.pt")):
        return None
    if importlib.util.find_spec("stanza") is not None:
        return sys.executable
    other = ROOT / ".venv-stanza" / "bin" / "python"
    return str(other) if other.is_file() else None


def _run_measure(kind: str, data: Path, docs: int, python: str | None = None) -> dict:
    done = subprocess.run([python or sys.executable, "-m", "pipeline.bench_speed", kind,
                           str(Path(data).resolve()), str(docs)],
                          capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise RuntimeError(f"measurement {kind} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


LABELS = {
    "spacy-tokenizer": "spaCy `id` tokenizer alone (ceiling)",
    "warta-tokenizer": "Warta tokenizer alone",
    "stanza-tokenizer": "Stanza tokenize + mwt + lemma (`models/stanza-*`, 1 torch thread)",
    "pipeline-1": "full Warta pipeline, 1 worker",
    "pipeline-2": "full Warta pipeline, 2 worker processes",
}


def _mib(kib: int | None) -> str:
    return "–" if kib is None else f"{kib / 1024:,.0f}"


def speed_table(data: Path, docs: int = 500, output: Path | None = Path("bench/results.md")) -> str:
    """Runs every measurement and returns (and writes to ``output``) a Markdown report."""
    from .nlp import ner_model_path

    kinds = ["spacy-tokenizer", "warta-tokenizer", "pipeline-1", "pipeline-2"]
    stanza = stanza_python()
    if stanza:
        kinds.insert(2, "stanza-tokenizer")
    load_before = os.getloadavg()
    results = {}
    for kind in kinds:
        try:
            if kind == "stanza-tokenizer":
                # Stanza is several times slower: a fifth of the articles keeps the run short.
                results[kind] = _run_measure(kind, data, max(1, min(docs, docs // 5)), stanza)
            else:
                results[kind] = _run_measure(kind, data, docs)
        except RuntimeError as exc:
            if kind != "stanza-tokenizer":
                raise
            results[kind] = {"failed": str(exc).splitlines()[-1]}
    load_after = os.getloadavg()

    src = source(data)
    first = results["pipeline-1"]
    lines = [
        "# Warta speed benchmark",
        "",
        f"Measured {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC with `warta bench speed --docs {docs}` on "
        f"{first['docs']} articles ({first['words']:,} words, {first['chars']:,} characters) from "
        f"`{src.name}` ({first['distinct']} distinct{', repeated' if first['docs'] > first['distinct'] else ''}); "
        f"NER model: `{ner_model_path().parent.name if ner_model_path() else 'none (rules only)'}`.",
        f"Machine: {os.cpu_count()} CPU cores, {platform.processor() or platform.machine()}, Python "
        f"{platform.python_version()}; load average {load_before[0]:.1f} before and "
        f"{load_after[0]:.1f} after (the cores are shared, so wall-clock rates are pessimistic; "
        "words per CPU-second is the per-core rate).",
        "",
        "| run | docs/s | words/s (wall) | words per CPU-second | peak RSS MiB (main) | peak RSS MiB per worker |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for kind in kinds:
        r = results[kind]
        if "failed" in r:
            lines.append(f"| {LABELS[kind]} | failed: {r['failed']} | | | | |")
            continue
        per_cpu = r["words"] / r["cpu_seconds"] if r["cpu_seconds"] > 0 else 0.0
        label = LABELS[kind] + (f" ({r['docs']} articles)" if r["docs"] != first["docs"] else "")
        lines.append(f"| {label} | {r['docs'] / r['seconds']:,.1f} | {r['words'] / r['seconds']:,.0f} | "
                     f"{per_cpu:,.0f} | {_mib(r['main_rss_kib'])} | {_mib(r['worker_rss_kib'])} |")
    if not stanza:
        lines.append("| Stanza | not measured: no Stanza with a model trained here (`pip install "
                     "'warta[stanza]'`, `warta train stanza`) | | | | |")
    one, two = results["pipeline-1"], results["pipeline-2"]
    per_core = one["words"] / one["cpu_seconds"] if one["cpu_seconds"] > 0 else 0.0
    speedup = one["seconds"] / two["seconds"]
    implied = 2 * (two["words"] / two["cpu_seconds"]) / per_core if per_core and two["cpu_seconds"] else 0.0
    rss = max(one["main_rss_kib"], two["worker_rss_kib"] or 0) / 1024
    lines += [
        "",
        "| target | measured | met |",
        "|---|---:|:---:|",
        f"| >= {TARGET_WORDS_PER_CORE:,} words/s per core (full pipeline, 1 worker, per CPU-second) "
        f"| {per_core:,.0f} | {'yes' if per_core >= TARGET_WORDS_PER_CORE else 'no'} |",
        f"| >= {TARGET_SPEEDUP}x from 1 to 2 workers (wall clock) | {speedup:.2f}x | "
        f"{'yes' if speedup >= TARGET_SPEEDUP else 'no'} |",
        f"| (the same, from CPU time: 2 x the ratio of words per CPU-second, what an idle machine "
        f"would give) | {implied:.2f}x | {'yes' if implied >= TARGET_SPEEDUP else 'no'} |",
        f"| <= {TARGET_RSS_MIB:,} MiB peak RSS per worker | {rss:,.0f} | {'yes' if rss <= TARGET_RSS_MIB else 'no'} |",
        "",
        f"Error records in the pipeline runs: {one.get('errors', 0)} (1 worker), {two.get('errors', 0)} (2 workers).",
        "",
    ]
    report = "\n".join(lines)
    if output is not None:
        output = Path(output)
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(report, encoding="utf-8")
    return report


if __name__ == "__main__":
    kind_arg, data_arg, docs_arg = sys.argv[1:4]
    print(json.dumps(measure(kind_arg, Path(data_arg), int(docs_arg))))
