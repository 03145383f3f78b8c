"""run with the second reader (issue 16): model_probability, second_reader.csv, never the worklist by itself."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import read_csv

pytestmark = pytest.mark.slow

SPINE_NEGATIVE = "XR LUMBAR SPINE\nFindings: Vertebral body heights are maintained. No fracture."
FRACTURE = "XR THORACIC SPINE\nFindings: Moderate wedge fracture of T12."
CHEST = "XR CHEST\nFindings: Lungs clear. Heart normal size."


def _rows():
    return [
        {"report_id": "R1", "patient_id": "P1", "age": "70", "text": SPINE_NEGATIVE},
        {"report_id": "R2", "patient_id": "P2", "age": "71", "text": FRACTURE},
        {"report_id": "R3", "patient_id": "P3", "age": "72", "text": CHEST},
    ]


def _run(cli, tmp_path, write_csv, name, *extra):
    out = tmp_path / name
    src = write_csv(_rows(), name=f"{name}.csv")
    r = cli(
        "run", str(src), "--out", str(out), "--state", str(out / "s.sqlite"), "--workers", "1", "--no-progress", *extra
    )
    assert r.exit_code == 0, r.output
    rows = {row["report_id"]: row for row in read_csv(out / "report_findings.csv")}
    return out, rows


def test_no_model_leaves_second_reader_empty(cli, tmp_path, write_csv):
    out, rows = _run(cli, tmp_path, write_csv, "off", "--no-model")
    assert read_csv(out / "second_reader.csv") == []
    assert (out / "second_reader.csv").stat().st_mode & 0o777 == 0o600
    assert all(r["model_probability"] == "" for r in rows.values())
    assert json.loads((out / "summary.json").read_text())["versions"]["second_reader"] == {"enabled": False}


def test_model_scores_reports_the_nlp_read_and_proposes_for_review(cli, root, tmp_path, write_csv):
    site_model = tmp_path / "site_model"
    shutil.copytree(root / "models" / "second_reader", site_model)
    card = json.loads((site_model / "card.json").read_text())
    card["threshold"] = 0.0  # propose every rule-negative report the NLP read
    (site_model / "card.json").write_text(json.dumps(card))
    out, rows = _run(cli, tmp_path, write_csv, "on", "--model", str(site_model))
    assert 0.0 <= float(rows["R1"]["model_probability"]) <= 1.0
    assert 0.0 <= float(rows["R2"]["model_probability"]) <= 1.0
    assert rows["R3"]["model_probability"] == ""  # settled by the pre-filter: never scored
    proposed = {r["report_id"] for r in read_csv(out / "second_reader.csv")}
    assert proposed == {"R1"}
    worklist = {r["patient_id"] for r in read_csv(out / "worklist.csv")}
    assert "P1" not in worklist  # the model never puts a patient on the worklist by itself
    stamp = json.loads((out / "summary.json").read_text())["versions"]["second_reader"]
    assert stamp["enabled"] is True and stamp["sha256"] == card["sha256"]


def test_a_run_with_the_model_never_imports_sklearn_scipy_or_pandas(root, tmp_path, write_csv):
    """The whole run (--workers 1: the worker is the run's process) scores with the compact scorer only."""
    import subprocess
    import sys

    src = write_csv(_rows(), name="in.csv")
    out = tmp_path / "out"
    args = ["run", str(src), "--out", str(out), "--state", str(out / "s.sqlite"), "--workers", "1", "--no-progress"]
    args += ["--model", str(root / "models" / "second_reader")]
    code = (
        "import sys\n"
        "from vfx_finder.cli import app\n"
        "try:\n"
        f"    app({args!r})\n"
        "except SystemExit as e:\n"
        "    assert not e.code, e.code\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sklearn', 'scipy', 'pandas', 'skops'}))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=False)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.strip().splitlines()[-1] == "[]"
    rows = {row["report_id"]: row for row in read_csv(out / "report_findings.csv")}
    assert 0.0 <= float(rows["R1"]["model_probability"]) <= 1.0
