"""Parquet in (``--format parquet``) and the resumable look-back with findings as Parquet (issue 18)."""

from __future__ import annotations

import csv
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from vfx_finder.engines.lookback import lookback
from vfx_finder.publish.files import safe_cell
from vfx_finder.read import detect_format
from vfx_finder.run import run

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "data" / "synthetic" / "dev_reports.csv"


def _csv_rows(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    """The dev set as Parquet, 10 row groups of 250 rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = _csv_rows(DEV)
    path = tmp_path_factory.mktemp("archive") / "archive.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=250)
    return path


def _parts(out: Path) -> list[dict]:
    import pyarrow.parquet as pq

    rows = []
    for part in sorted(out.glob("part-*.parquet")):
        rows.extend(pq.read_table(part).to_pylist())
    return rows


def test_parquet_input_gives_the_csv_findings(tmp_path, archive):
    assert detect_format(archive) == "parquet"
    run([DEV], tmp_path / "csv", workers=1)
    run([archive], tmp_path / "pq", workers=1)
    a = _csv_rows(tmp_path / "csv" / "report_findings.csv")
    b = _csv_rows(tmp_path / "pq" / "report_findings.csv")
    drop = ("source",)  # where the row came from differs by design (line N / row group G row N)
    assert [{k: v for k, v in r.items() if k not in drop} for r in a] == [
        {k: v for k, v in r.items() if k not in drop} for r in b
    ]


def test_lookback_equals_run_findings(tmp_path, archive):
    res = lookback(archive, tmp_path / "lb", workers=1)
    assert (res.partitions, len(res.done), res.skipped) == (10, 10, [])
    run([archive], tmp_path / "run", workers=1)
    expected = _csv_rows(tmp_path / "run" / "report_findings.csv")
    # the CSV is for spreadsheets (formula-neutralised cells); the Parquet keeps the values as read
    got = [{k: safe_cell(v) for k, v in row.items()} for row in _parts(tmp_path / "lb")]
    assert got == expected
    part = tmp_path / "lb" / "part-00000.parquet"
    assert stat.S_IMODE(part.stat().st_mode) == 0o600


def test_lookback_killed_mid_run_resumes_without_duplicates_or_loss(tmp_path, archive):
    out = tmp_path / "lb"
    cmd = [sys.executable, "-m", "vfx_finder", "lookback", str(archive), "--findings-parquet", str(out)]
    cmd += ["--workers", "1"]
    env = {**os.environ, "VFX_TEST_CRASH_AFTER_PARTITIONS": "4"}
    first = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=ROOT)
    assert first.returncode == -9  # SIGKILL after 4 partitions
    assert len(list(out.glob("part-*.parquet"))) == 4
    second = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    assert second.returncode == 0, second.stderr
    assert "6 partition(s) done, 4 already done (skipped) of 10" in second.stdout
    assert not list(out.glob(".*.tmp"))
    whole = lookback(archive, tmp_path / "whole", workers=1)
    assert len(whole.done) == 10
    got, expected = _parts(out), _parts(tmp_path / "whole")
    assert len(got) == 2500
    assert len({r["report_id"] for r in got}) == 2500
    assert got == expected


def test_lookback_keeps_rejected_rows(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "a.parquet"
    rows = [
        {"report_id": "R1", "patient_id": "P1", "text": "Wedge fracture of L1."},
        {"report_id": "R2", "patient_id": "P2", "text": ""},
    ]
    pq.write_table(pa.Table.from_pylist(rows), path)
    res = lookback(path, tmp_path / "lb", workers=1)
    assert (res.rows, res.rejected) == (1, 1)
    rejected = _csv_rows(tmp_path / "lb" / "rejected-00000.csv")
    assert [r["report_id"] for r in rejected] == ["R2"]


def test_not_parquet_is_one_line(cli, tmp_path):
    bad = tmp_path / "x.parquet"
    bad.write_text("not parquet")
    res = cli("lookback", str(bad), "--findings-parquet", str(tmp_path / "o"))
    assert res.exit_code == 2
    assert (
        res.output.strip() == "error: x.parquet: not a Parquet file pyarrow can read; check the file or choose --format"
    )
