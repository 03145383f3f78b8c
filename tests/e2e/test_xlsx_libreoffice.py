"""worklist.xlsx opens in LibreOffice (headless) with the same rows as worklist.csv.

A real run on the synthetic sample writes worklist.csv; its rows (read back), plus hostile rows,
go to write_worklist_xlsx and, through the run's own CSV writer, to a reference CSV.
`soffice --headless --convert-to csv` turns the workbook back into CSV: every column the two
share holds the same text, the evidence holds the same sentences, and the decision columns are
empty. LibreOffice comes from scripts/setup_system.sh (make test runs it first).
"""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vfx_finder.publish.columns import WORKLIST_COLUMNS
from vfx_finder.publish.files import SafeCsvWriter
from vfx_finder.publish.xlsx import COLUMN_KEYS, evidence_items, evidence_text, write_worklist_xlsx

pytestmark = pytest.mark.slow  # a real run, then LibreOffice

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "synthetic" / "sample_reports.csv"


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def soffice_to_csv(xlsx: Path, tmp: Path) -> Path:
    exe = shutil.which("soffice")
    assert exe, "LibreOffice is not installed: run scripts/setup_system.sh (make test does)"
    outdir = tmp / "lo"
    done = subprocess.run(
        [
            exe,
            f"-env:UserInstallation={(tmp / 'lo-profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1",
            "--outdir",
            str(outdir),
            str(xlsx),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={"HOME": str(tmp), "PATH": "/usr/bin:/bin"},
    )
    out = outdir / (xlsx.stem + ".csv")
    assert done.returncode == 0 and out.is_file(), (done.stdout + done.stderr)[-2000:]
    return out


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("lo")
    out = tmp / "night"
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "vfx_finder",
            "run",
            str(SAMPLE),
            "--out",
            str(out),
            "--state",
            str(tmp / "s.sqlite"),
            "--no-progress",
        ],
        check=True,
        capture_output=True,
        timeout=900,
    )
    run_seconds = time.monotonic() - started
    rows = read_csv(out / "worklist.csv")
    findings = read_csv(out / "report_findings.csv")
    hostile = {
        **rows[0],
        "alert_id": "A-999999",
        "patient_id": "=1+1",
        "referrer": "@SUM(A1:A9)",
        "exam_name": "+44 7700 900000",
        "patient_name": "-O'Brien, Mary",
        "data_problems": "exam_date '31/02/2026' is not a date",
        "exam_date": "31/02/2026",
        "triage_flags": 'care-home resident: "Nursing home, fall." (report X)',
    }
    rows = [*rows, hostile]
    reference = tmp / "reference.csv"
    w = SafeCsvWriter(reference, [*WORKLIST_COLUMNS, "patient_name", "data_problems", "triage_flags"])
    w.write_all(rows)
    w.commit()
    xlsx = tmp / "worklist.xlsx"
    write_worklist_xlsx(rows, xlsx, findings=findings)
    started = time.monotonic()
    lo_csv = soffice_to_csv(xlsx, tmp)
    lo_seconds = time.monotonic() - started
    print(f"run {run_seconds:.1f}s; soffice --convert-to csv {lo_seconds:.1f}s for {len(rows)} rows")
    return {"rows": rows, "findings": findings, "reference": read_csv(reference), "lo": read_csv(lo_csv)}


def test_libreoffice_sees_the_same_rows_as_the_csv(converted):
    ref, lo = converted["reference"], converted["lo"]
    assert len(ref) > 10 and len(lo) == len(ref)
    assert list(lo[0].keys()) == list(COLUMN_KEYS)
    shared = [c for c in COLUMN_KEYS if c in ref[0] and c != "evidence"]
    assert {"alert_id", "priority", "nhs_number", "patient_id", "levels", "exam_date", "referrer"} <= set(shared)
    for want, got in zip(ref, lo):
        assert {c: got[c] for c in shared} == {c: want[c] for c in shared}, want["alert_id"]
        assert got["decision"] == "" and got["decision_note"] == ""


def test_libreoffice_evidence_is_the_tagged_sentences(converted):
    by_id = {f["report_id"]: f for f in converted["findings"]}
    for row, got in zip(converted["rows"], converted["lo"]):
        items = evidence_items(row, by_id)
        assert got["evidence"] == evidence_text(items)
        # every sentence of the worklist's evidence is there, tagged with a report of the row
        for part in row["evidence"].rstrip("\u2026").split(" | "):
            part = re.sub(r"^\S+ \([^)]*\): ", "", part.strip()).rstrip(
                "\u2026 "
            )  # the csv's 'R1 (date): ' is the xlsx's tag
            assert part[:40] in got["evidence"]
        assert all(it.report_id in row["report_ids"].split(";") for it in items)


def test_formula_text_stays_text(converted):
    hostile = converted["lo"][-1]
    assert hostile["patient_id"] == "'=1+1"
    assert hostile["referrer"] == "'@SUM(A1:A9)"
    assert hostile["exam_name"] == "'+44 7700 900000"
    assert hostile["patient_name"] == "'-O'Brien, Mary"
    assert hostile["exam_date"] == "31/02/2026"
