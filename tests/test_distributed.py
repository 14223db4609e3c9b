"""The Dask engine (pipeline/distributed.py) on a LocalCluster of two worker processes:
the same records, in the same order, as the local run."""

from __future__ import annotations

import orjson
import pytest

pytest.importorskip("distributed", reason="dask[distributed] is not installed (pip install 'warta[dask]')")

from typer.testing import CliRunner  # noqa: E402

from pipeline.batch import run_local  # noqa: E402
from pipeline.cli import app  # noqa: E402
from pipeline.distributed import DaskError, connect, run_dask  # noqa: E402
from pipeline.reader import Article, check  # noqa: E402

TEXTS = [
    "Pemprov Raih WTP\n\nGubernur Rohidin Mersyah mengatakan, “Kami bangga atas capaian ini.” "
    "Penghargaan diterima Kamis (11/11/2021) di Jakarta.",
    "Bupati Resmikan Pasar\n\n\"Pasar ini untuk rakyat,\" kata Bupati Lebak, Senin (5/2/2024).",
    "",
    "Kota Bogor Juara I\n\nKota Bogor meraih juara I lomba kampung tematik tingkat provinsi.",
]


@pytest.fixture(scope="module")
def scheduler():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None,
                      silence_logs=40) as cluster:
        yield cluster.scheduler_address


def articles() -> list[Article]:
    return [check(Article(id=f"rilis-{i}", text=TEXTS[i % len(TEXTS)])) for i in range(30)]


@pytest.mark.slow
def test_dask_records_equal_the_local_run_in_order(scheduler, nlp):
    arts = articles()
    local = [(a.id, r) for a, r in run_local(arts, nlp=nlp)]
    # Partitions of 4: eight partitions over two workers, more than the window holds.
    remote = [(a.id, r) for a, r in run_dask(iter(arts), scheduler=scheduler, partition_size=4)]
    assert remote == local


@pytest.mark.slow
def test_cli_dask_engine(scheduler, tmp_path):
    data = tmp_path / "in.jsonl"
    data.write_bytes(b"".join(orjson.dumps({"id": a.id, "text": a.text}) + b"\n" for a in articles()))
    runner = CliRunner()
    local = runner.invoke(app, ["extract", str(data), "-q"])
    remote = runner.invoke(app, ["extract", str(data), "-q", "--engine", "dask", "--scheduler", scheduler])
    assert remote.exit_code == 0, remote.stderr
    assert remote.stdout == local.stdout


def test_unreachable_scheduler_is_a_clear_error():
    with pytest.raises(DaskError, match="cannot reach the Dask scheduler"):
        connect("tcp://127.0.0.1:9", timeout=2)
