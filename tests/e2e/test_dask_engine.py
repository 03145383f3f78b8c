"""The Dask engine (issue 18): same report_findings.csv as the local engine, a killed worker loses nothing,
and the LocalCluster it starts is gone on every exit path."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from vfx_finder.process import analyse_stream
from vfx_finder.read import iter_records
from vfx_finder.read.records import Rejection
from vfx_finder.run import run

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "data" / "synthetic" / "dev_reports.csv"


def _children() -> set[int]:
    """Live child processes, less multiprocessing's resource tracker (one per parent, started by the
    first spawned process and meant to outlive it; it is not a worker)."""
    out = set()
    for p in psutil.Process().children(recursive=True):
        try:
            if p.status() != "zombie" and "multiprocessing.resource_tracker" not in " ".join(p.cmdline()):
                out.add(p.pid)
        except psutil.NoSuchProcess:
            pass
    return out


def _wait_no_new_children(before: set[int], timeout: float = 15.0) -> set[int]:
    deadline = time.time() + timeout
    while True:
        left = _children() - before
        if not left or time.time() > deadline:
            return left
        time.sleep(0.2)


def _findings(tmp_path: Path, name: str, inputs: list[Path], **kw) -> bytes:
    out = tmp_path / name
    run(inputs, out, progress=False, **kw)
    return (out / "report_findings.csv").read_bytes()


def _reports(path: Path):
    return [r for r in iter_records([path]) if not isinstance(r, Rejection)]


def test_dask_equals_local_on_dev_set_and_leaves_no_process(tmp_path):
    before = _children()
    local = _findings(tmp_path, "local", [DEV], workers=1)
    dask = _findings(tmp_path, "dask", [DEV], workers=2, engine="dask")
    assert dask == local
    assert local.count(b"\n") > 2500  # every dev report has its row (header + 2,500 rows, some multi-line)
    assert _wait_no_new_children(before) == set()


def test_dask_equals_local_on_generated_mixed_corpus(tmp_path):
    corpus = tmp_path / "mixed.csv"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_synthetic.py"), "--n", "5000", "--mix", "mixed"]
        + ["--seed", "18", "--out", str(corpus)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    local = _findings(tmp_path, "local", [corpus], workers=2)
    dask = _findings(tmp_path, "dask", [corpus], workers=2, engine="dask")
    assert dask == local


def test_killed_dask_worker_loses_nothing(tmp_path):
    from distributed import Client, LocalCluster

    reports = _reports(DEV)
    expected = [row for _, row in analyse_stream(reports, workers=1)]
    before = _children()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            stream = analyse_stream(
                reports, workers=2, engine="dask", scheduler=cluster.scheduler_address, batch_size=8
            )
            got, killed = [], None
            for report, row in stream:
                got.append((report.report_id, row))
                if killed is None and len(got) == 50:  # mid-run: most batches are still to come
                    pids = client.run(os.getpid)
                    killed = sorted(pids.values())[0]
                    os.kill(killed, signal.SIGKILL)
            assert killed is not None
            assert not psutil.pid_exists(killed) or psutil.Process(killed).status() == "zombie"
    assert [rid for rid, _ in got] == [r.report_id for r in reports]
    assert [row for _, row in got] == expected
    assert _wait_no_new_children(before) == set()


def test_local_cluster_is_shut_down_when_the_stream_stops_early():
    before = _children()
    stream = analyse_stream(_reports(DEV)[:200], workers=2, engine="dask", batch_size=8)
    next(stream)
    assert _children() - before  # the LocalCluster's worker processes are running
    stream.close()  # what analyse_into_stage does on an error or a signal
    assert _wait_no_new_children(before) == set()


def test_scheduler_needs_the_dask_engine(cli, tmp_path):
    res = cli("run", str(DEV), "--out", str(tmp_path / "o"), "--scheduler", "tcp://127.0.0.1:8786")
    assert res.exit_code == 2
    assert res.output.strip() == "error: --scheduler needs --engine dask"


def test_unknown_engine_exits_2(cli, tmp_path):
    res = cli("run", str(DEV), "--out", str(tmp_path / "o"), "--engine", "spark")
    assert res.exit_code == 2
    assert res.output.strip() == "error: --engine spark: choose local or dask"


@pytest.mark.parametrize("engine", ["dask"])
def test_cli_run_with_dask_engine(cli, tmp_path, engine, write_csv):
    path = write_csv(
        [
            {"report_id": "R1", "patient_id": "P1", "age": "70", "text": "Wedge fracture of L1 with 30% height loss."},
            {"report_id": "R2", "patient_id": "P2", "age": "72", "text": "Normal chest radiograph."},
        ]
    )
    res = cli("run", str(path), "--out", str(tmp_path / "o"), "--engine", engine, "--workers", "1", "--no-progress")
    assert res.exit_code == 0, res.output
    assert "processed 2" in res.output
