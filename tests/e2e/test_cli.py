"""The command line, driven through typer's CliRunner and one real subprocess."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

from conftest import read_csv

MESSY = (
    b"report_id,patient_id,age,text\r\n"
    b'R1,P1,70,"Mild anterior wedge fracture of T12."\r\n'
    b'R2,P2,71,""\r\n'
    b'R3,P3,72,"Caf\xe9 referral. Compression fracture of L1."\r\n'
    b'R4,P4,73,"This quote is never closed\r\n'
)


def test_version(cli):
    from vfx_finder import __version__

    r = cli("--version")
    assert r.exit_code == 0
    assert r.output.strip() == f"vfx-finder {__version__}"


def test_help_on_every_command(cli):
    for args in (["--help"], ["run", "--help"], ["explain", "--help"], ["evaluate", "--help"]):
        r = cli(*args)
        assert r.exit_code == 0, args
        assert "Usage" in r.output


def test_missing_text_column_exits_2_naming_it(cli, tmp_path):
    path = tmp_path / "reports.csv"
    path.write_text("report_id,body\nR1,Wedge fracture of T12.\n", encoding="utf-8")
    r = cli("run", str(path), "--out", str(tmp_path / "out"), "--workers", "1")
    assert r.exit_code == 2
    assert r.output.strip() == (
        "error: reports.csv: missing required column 'text' (found: report_id, body); "
        "map your column with --columns text=YOUR_COLUMN"
    )
    assert not (tmp_path / "out" / "worklist.csv").exists()


def test_missing_input_exits_2(cli, tmp_path):
    r = cli("run", str(tmp_path / "nope.csv"), "--out", str(tmp_path / "out"))
    assert r.exit_code == 2
    assert (
        r.output.strip() == f"error: input not found: {tmp_path / 'nope.csv'}; give the path of a report file or folder"
    )


def test_bad_columns_option_exits_2(cli, tmp_path, write_csv):
    path = write_csv([{"report_id": "R1", "text": "normal"}])
    r = cli("run", str(path), "--out", str(tmp_path / "o"), "--columns", "txt=REPORT")
    assert r.exit_code == 2
    assert r.output.startswith("error: --columns: invalid column 'txt'; must be one of report_id, text, patient_id")


def test_messy_file_processes_good_rows_and_rejects_bad_ones(cli, tmp_path):
    path = tmp_path / "messy.csv"
    path.write_bytes(MESSY)
    out = tmp_path / "out"
    r = cli("run", str(path), "--out", str(out), "--workers", "1")
    assert r.exit_code == 0, r.output
    findings = {row["report_id"]: row for row in read_csv(out / "report_findings.csv")}
    assert set(findings) == {"R1", "R3"}
    assert findings["R1"]["finding"] == "fracture" and findings["R1"]["levels"] == "T12"
    assert findings["R3"]["finding"] == "fracture" and findings["R3"]["levels"] == "L1"
    rejected = read_csv(out / "rejected.csv")
    reasons = {row["location"]: row["reason"] for row in rejected}
    assert reasons == {
        "line 3": "empty report text",
        "line 5": "broken CSV row: a quoted field is never closed (unterminated quote)",
    }
    summary = json.loads((out / "summary.json").read_text())
    c = summary["counts"]
    assert (c["read"], c["processed"], c["rejected"]) == (4, 2, 2)
    assert c["read"] == c["processed"] + c["rejected"]
    assert sum(c["by_finding"].values()) == c["processed"]
    assert summary["versions"]["rules_sha256"]
    assert summary["inputs"][0]["sha256"]
    steps = summary["timings"]["steps"]  # where the time went, for operations (docs/PERFORMANCE.md)
    assert set(steps) == {"analyse", "plan", "worklist_views"}
    assert all(s["wall_s"] >= 0 and s["cpu_s"] >= 0 for s in steps.values())


def test_columns_mapping(cli, tmp_path, write_csv):
    path = write_csv([{"ACC": "X1", "REPORT": "Severe compression fracture of L2.", "PID": "P9", "AGE": "81"}])
    out = tmp_path / "out"
    r = cli(
        "run",
        str(path),
        "--out",
        str(out),
        "--workers",
        "1",
        "--columns",
        "report_id=ACC,text=REPORT,patient_id=PID,age=AGE",
    )
    assert r.exit_code == 0, r.output
    (row,) = read_csv(out / "report_findings.csv")
    assert (row["report_id"], row["patient_id"], row["finding"], row["severity"]) == ("X1", "P9", "fracture", "severe")


def test_explain_text_and_json(cli):
    r = cli("explain", "No acute fracture. Chronic T12 wedge deformity again seen.")
    assert r.exit_code == 0
    assert r.output.splitlines()[0] == "finding: fracture"
    assert "levels: T12" in r.output and "acuity: chronic" in r.output
    r = cli("explain", "--json", "Cannot exclude a T12 fracture.")
    data = json.loads(r.output)
    assert data["finding"] == "possible_fracture"
    assert data["mentions"][0]["modifiers"][0]["category"] == "POSSIBLE_EXISTENCE"
    assert data["decided_by"].startswith("FRACTURE_GENERIC")


def test_explain_needs_exactly_one_source(cli, tmp_path):
    r = cli("explain")
    assert r.exit_code == 2
    assert r.output.strip() == (
        "error: give the report as TEXT, with --file F, or with --input FILE --report-id ID (one of them)"
    )


def test_bad_rule_file_fails_with_one_line(cli, tmp_path, root, write_csv):
    import shutil

    patterns = tmp_path / "patterns"
    shutil.copytree(root / "patterns", patterns)
    data = json.loads((patterns / "targets.json").read_text())
    data["rules"][0]["colour"] = "red"
    (patterns / "targets.json").write_text(json.dumps(data))
    path = write_csv([{"report_id": "R1", "text": "normal"}])
    r = cli("run", str(path), "--out", str(tmp_path / "o"), "--patterns", str(patterns))
    assert r.exit_code == 1
    lit = data["rules"][0]["literal"]
    assert r.output.strip() == (
        f"error: targets.json: rule 1 ('{lit}'): invalid keys colour; must be one of category, comment, id, literal, regex"
    )


def test_real_subprocess_run_no_debug_and_owner_only(tmp_path, write_csv):
    path = write_csv(
        [
            {
                "report_id": "R1",
                "patient_id": "P1",
                "age": "77",
                "text": "Wedge fracture of T12.",
                "referrer": "=HYPERLINK(1)",
            },
            {"report_id": "R2", "patient_id": "P2", "age": "64", "text": "Normal chest radiograph."},
        ]
    )
    out = tmp_path / "out"
    env = {k: v for k, v in os.environ.items() if not k.startswith("VFX_")}
    proc = subprocess.run(
        [sys.executable, "-m", "vfx_finder", "run", str(path), "--out", str(out), "--workers", "2"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert "DEBUG" not in proc.stderr
    assert "Wedge fracture" not in proc.stderr  # report text never reaches the log
    assert proc.stdout.splitlines()[0] == f"worklist: {out / 'worklist.csv'}"
    for name in ("report_findings.csv", "worklist.csv", "referrer_alerts.csv", "rejected.csv", "summary.json"):
        mode = stat.S_IMODE((out / name).stat().st_mode)
        assert mode == 0o600, (name, oct(mode))
    alerts = read_csv(out / "referrer_alerts.csv")
    assert alerts[0]["referrer"] == "'=HYPERLINK(1)"
