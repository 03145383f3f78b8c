"""The same synthetic reports as CSV, JSONL, a txt folder, an HL7 batch, a FHIR Bundle and FHIR
NDJSON give identical report_findings.csv (apart from the ``source`` column) through run().

Two sets: written now by scripts/make_synthetic.py (--n 60 --seed 20261124 --formats DIR,
deterministic) into a temporary folder, and the committed data/synthetic/formats/.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "make_synthetic.py"
N = 60
SEED = 20261124
SOURCE_COLUMNS = {"source"}

#: input (relative to the formats folder) -> the format auto-detection must choose
INPUTS = {
    "reports.jsonl": "jsonl",
    "txt": "txt",
    "reports.hl7": "hl7",
    "reports_bundle.json": "fhir",
    "reports.ndjson": "fhir",
}


def _rows(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        return [{k: v for k, v in row.items() if k not in SOURCE_COLUMNS} for row in csv.DictReader(fh)]


COMMITTED = ROOT / "data" / "synthetic" / "formats"


@pytest.fixture(scope="module", params=["generated", "committed"])
def synthetic(request, tmp_path_factory) -> Path:
    if request.param == "committed":
        assert (COMMITTED / "reports.csv").exists(), f"{COMMITTED} is missing"
        return COMMITTED
    assert SCRIPT.exists(), f"{SCRIPT} is missing"
    d = tmp_path_factory.mktemp("formats")
    done = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--n",
            str(N),
            "--seed",
            str(SEED),
            "--out",
            str(d / "reports.csv"),
            "--formats",
            str(d),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    # no skip on a failure: argparse names --formats on ANY argument error, so a skip would hide a break
    assert done.returncode == 0, done.stderr[-2000:]
    return d


@pytest.fixture(scope="module")
def results(synthetic, tmp_path_factory) -> dict[str, tuple[list[dict], dict]]:
    from vfx_finder.run import run

    out: dict[str, tuple[list[dict], dict]] = {}
    for name in ["reports.csv", *INPUTS]:
        out_dir = tmp_path_factory.mktemp("out_" + name.replace(".", "_"))
        result = run([synthetic / name], out_dir, fmt="auto", workers=1, progress=False)
        summary = json.loads((out_dir / "summary.json").read_text(encoding="utf-8"))
        out[name] = (_rows(out_dir / "report_findings.csv"), summary)
        assert result.counts["read"] == result.counts["processed"] + result.counts["rejected"]
    return out


def test_csv_baseline_reads_every_report(results):
    rows, summary = results["reports.csv"]
    assert summary["counts"]["read"] == N
    assert summary["counts"]["rejected"] == N - len(rows)
    assert summary["inputs"][0]["format"] == "csv"
    assert any(r["finding"] == "fracture" for r in rows)


@pytest.mark.parametrize("name", list(INPUTS))
def test_format_gives_identical_findings(results, name):
    baseline, base_summary = results["reports.csv"]
    rows, summary = results[name]
    assert summary["inputs"][0]["format"] == INPUTS[name]
    assert summary["counts"] == base_summary["counts"]
    assert len(rows) == len(baseline)
    for want, got in zip(baseline, rows):
        diff = {k: (want[k], got.get(k)) for k in want if want[k] != got.get(k)}
        assert not diff, f"{name}: report {want['report_id']} differs: {diff}"
