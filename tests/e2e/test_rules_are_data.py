"""Rules are data (README): an informatician changes policy in a --patterns copy, without Python."""

from __future__ import annotations

import json
import shutil

from conftest import read_csv

HEDGED = "Lumbar spine radiograph. Conceivably a wedge fracture of L1."
CHRONIC = "Thoracic spine radiograph. Mild old wedge fracture of T12, unchanged."


def _copy(root, tmp_path):
    dst = tmp_path / "my-patterns"
    shutil.copytree(root / "patterns", dst)
    return dst


def _edit(path, change):
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")


def _run(cli, tmp_path, write_csv, name, patterns=None):
    src = write_csv(
        [
            {"report_id": "R1", "patient_id": "P1", "age": "70", "text": HEDGED},
            {"report_id": "R2", "patient_id": "P2", "age": "71", "text": CHRONIC},
        ],
        name=f"{name}.csv",
    )
    out = tmp_path / name
    args = ["run", str(src), "--out", str(out), "--state", str(out / "s.sqlite"), "--workers", "1", "--no-progress"]
    r = cli(*args, *(["--patterns", str(patterns)] if patterns else []))
    assert r.exit_code == 0, r.output
    findings = {row["report_id"]: row for row in read_csv(out / "report_findings.csv")}
    worklist = {row["patient_id"]: row for row in read_csv(out / "worklist.csv")}
    return findings, worklist


def test_new_hedge_word_takes_effect(cli, root, tmp_path, write_csv):
    findings, _ = _run(cli, tmp_path, write_csv, "before")
    assert findings["R1"]["finding"] == "fracture"
    pdir = _copy(root, tmp_path)
    _edit(
        pdir / "context_general.json",
        lambda d: d["rules"].append(
            {"literal": "conceivably", "category": "POSSIBLE_EXISTENCE", "direction": "FORWARD"}
        ),
    )
    findings, _ = _run(cli, tmp_path, write_csv, "after", pdir)
    assert findings["R1"]["finding"] == "possible_fracture"
    assert findings["R2"]["finding"] == "fracture"


def test_changed_priority_rule_takes_effect(cli, root, tmp_path, write_csv):
    _, worklist = _run(cli, tmp_path, write_csv, "before")
    assert worklist["P2"]["priority"] == "2"
    assert worklist["P2"]["priority_reason"] == "fracture (none of: acute; moderate or severe; 2+ levels)"
    pdir = _copy(root, tmp_path)
    _edit(
        pdir / "worklist.json", lambda d: d["policy"]["priority"].update(table=[{"priority": 1, "finding": "fracture"}])
    )
    _, worklist = _run(cli, tmp_path, write_csv, "after", pdir)
    assert worklist["P2"]["priority"] == "1"
    assert worklist["P2"]["priority_reason"] == "fracture"


def test_changed_priority_rule_in_the_policy(root, tmp_path):
    """The edited worklist.json gives the new priority (what aggregate's priority() applies)."""
    from vfx_finder.aggregate.patients import priority
    from vfx_finder.policy import policy_from
    from vfx_finder.rules import load_all

    pdir = _copy(root, tmp_path)
    assert priority("fracture", ["T12"], "mild", "chronic", policy_from(load_all(pdir))) == 2
    _edit(
        pdir / "worklist.json", lambda d: d["policy"]["priority"].update(table=[{"priority": 1, "finding": "fracture"}])
    )
    assert priority("fracture", ["T12"], "mild", "chronic", policy_from(load_all(pdir))) == 1
