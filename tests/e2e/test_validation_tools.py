"""sample, agreement, evaluate --weights and explain --input through the CLI."""

from __future__ import annotations

import csv
import json
import os
import shlex
import stat

import pytest
from conftest import read_csv
from openpyxl import load_workbook

from vfx_finder.validation.sheets import SHEET_COLUMNS

TOOL_COLUMNS = {"finding", "levels", "severity", "acuity", "evidence", "decided_by", "stratum", "group", "weight"}


@pytest.fixture(scope="module")
def sampled(tmp_path_factory, root):
    """One sample of the bundled synthetic reports (shared by the tests below)."""
    from typer.testing import CliRunner

    from vfx_finder.cli import app

    out = tmp_path_factory.mktemp("sample")
    src = root / "data" / "synthetic" / "sample_reports.csv"
    r = CliRunner().invoke(app, ["sample", str(src), "--out", str(out), "--n", "120", "--seed", "7", "--workers", "2"])
    assert r.exit_code == 0, r.output
    return out, r.output


def test_sample_strata_counts_match_the_population(sampled, root, cli, tmp_path):
    out, output = sampled
    strata = read_csv(out / "strata.csv")
    key = read_csv(out / "sample_key.csv")
    assert sum(int(s["n_h"]) for s in strata) == len(key) == 120
    # N_h: the tool's own answers on the same file, counted independently through `run`
    r = cli(
        "run", str(root / "data" / "synthetic" / "sample_reports.csv"), "--out", str(tmp_path / "run"), "--workers", "2"
    )
    assert r.exit_code == 0, r.output
    findings = read_csv(tmp_path / "run" / "report_findings.csv")
    positives = sum(1 for f in findings if f["finding"] in ("fracture", "possible_fracture"))
    assert sum(int(s["N_h"]) for s in strata if s["group"] == "positive") == positives
    assert sum(int(s["N_h"]) for s in strata) == len(findings)
    for s in strata:
        n_h = int(s["n_h"])
        assert n_h <= int(s["N_h"])
        assert (float(s["weight"]) == pytest.approx(int(s["N_h"]) / n_h, rel=1e-5)) if n_h else s["weight"] == ""
        assert sum(1 for k in key if k["stratum"] == s["stratum"]) == n_h
    by_id = {f["report_id"]: f for f in findings}
    for k in key:  # every key row's stratum agrees with the tool's answer on that report
        group = k["stratum"].split(":")[0]
        assert (group == "positive") == (by_id[k["report_id"]]["finding"] in ("fracture", "possible_fracture"))
    assert "sampled 120 of 120 requested" in output


def test_sample_sheet_is_blind_owner_only_and_has_dropdowns(sampled):
    out, _ = sampled
    rows = read_csv(out / "labelling_sheet.csv")
    assert list(rows[0].keys()) == SHEET_COLUMNS
    assert not TOOL_COLUMNS & set(rows[0])
    assert all(r["gold_finding"] == r["gold_levels"] == "" for r in rows)
    key_ids = [k["report_id"] for k in read_csv(out / "sample_key.csv")]
    assert sorted(r["report_id"] for r in rows) == sorted(key_ids)
    wb = load_workbook(out / "labelling_sheet.xlsx")
    ws = wb.active
    assert [c.value for c in ws[1]] == SHEET_COLUMNS
    assert ws.max_row == len(rows) + 1
    lists = {dv.formula1 for dv in ws.data_validations.dataValidation}
    assert '"fracture,possible_fracture,excluded,non_fracture_deformity,no_fracture"' in lists
    assert all(cell.data_type == "s" for row in ws.iter_rows(min_row=2) for cell in row if cell.value)
    for name in ("labelling_sheet.xlsx", "labelling_sheet.csv", "strata.csv", "sample_key.csv"):
        assert stat.S_IMODE(os.stat(out / name).st_mode) == 0o600, name
    # the sheet is shuffled: the tool-positives are not in a block at the top
    groups = [k["stratum"].split(":")[0] for k in read_csv(out / "sample_key.csv")]
    first = groups[: groups.count("positive")]
    assert set(first) != {"positive"}


def test_sample_is_seeded_and_negatives_audit_has_no_positives(sampled, root, cli, tmp_path):
    out, _ = sampled
    src = str(root / "data" / "synthetic" / "sample_reports.csv")
    r = cli("sample", src, "--out", str(tmp_path / "again"), "--n", "120", "--seed", "7", "--workers", "2")
    assert r.exit_code == 0, r.output
    assert read_csv(tmp_path / "again" / "sample_key.csv") == read_csv(out / "sample_key.csv")
    r = cli("sample", src, "--out", str(tmp_path / "audit"), "--n", "60", "--negatives-audit", "--workers", "2")
    assert r.exit_code == 0, r.output
    key = read_csv(tmp_path / "audit" / "sample_key.csv")
    assert len(key) == 60 and not any(k["stratum"].startswith("positive") for k in key)


def test_sample_formula_cells_are_neutralised(tmp_path, cli, write_csv):
    path = write_csv(
        [
            {"report_id": "R1", "modality": "XR", "text": "=HYPERLINK(1) T12 wedge fracture."},
            {"report_id": "R2", "modality": "CT", "text": "Normal chest."},
        ]
    )
    r = cli("sample", str(path), "--out", str(tmp_path / "s"), "--n", "10", "--workers", "1")
    assert r.exit_code == 0, r.output
    rows = {row["report_id"]: row for row in read_csv(tmp_path / "s" / "labelling_sheet.csv")}
    assert rows["R1"]["text"].startswith("'=")
    ws = load_workbook(tmp_path / "s" / "labelling_sheet.xlsx").active
    cell = next(c for c in ws["E"] if c.value and str(c.value).startswith("=HYPERLINK"))
    assert cell.data_type == "s"


def _label_from_gold(sheet, gold_rows, dest):
    gold = {g["report_id"]: g for g in gold_rows}
    with open(sheet, newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    for r in rows:
        for c in ("gold_finding", "gold_levels", "gold_severity", "gold_acuity"):
            r[c] = gold[r["report_id"]][c]
    with open(dest, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return rows


def test_evaluate_reads_the_strata_beside_the_sheet(sampled, root, cli, tmp_path):
    out, _ = sampled
    labelled = out / "labelled.csv"
    _label_from_gold(out / "labelling_sheet.csv", read_csv(root / "data" / "synthetic" / "sample_gold.csv"), labelled)
    r = cli("evaluate", str(labelled), "--out", str(tmp_path / "ev"), "--workers", "2")
    assert r.exit_code == 0, r.output
    m = json.loads((tmp_path / "ev" / "metrics.json").read_text())
    w = m["weighted"]
    assert w["strata_from"] == "sample_key.csv" and w["n"] == 120 and w["outside_design"] == 0
    for k in ("sensitivity", "ppv", "npv"):
        lo, hi = w[k]["ci95"]
        assert lo <= w[k]["estimate"] <= hi and lo < hi
    assert "population-weighted" in r.output
    # the same sheet as .xlsx gives the same unweighted answer
    import pandas as pd

    pd.read_csv(labelled, dtype=str, keep_default_na=False).to_excel(tmp_path / "labelled.xlsx", index=False)
    r = cli("evaluate", str(tmp_path / "labelled.xlsx"), "--out", str(tmp_path / "ev2"), "--workers", "1")
    assert r.exit_code == 0, r.output
    m2 = json.loads((tmp_path / "ev2" / "metrics.json").read_text())
    assert (m2["binary"], "weighted" in m2) == (m["binary"], False)


def test_evaluate_weights_missing_file(tmp_path, cli, write_csv):
    path = write_csv([{"report_id": "R1", "text": "T12 fracture", "gold_finding": "fracture", "gold_levels": "T12"}])
    r = cli("evaluate", str(path), "--out", str(tmp_path / "ev"), "--weights", str(tmp_path / "nope.csv"))
    assert r.exit_code == 2
    assert (
        r.output.strip()
        == f"error: --weights: {tmp_path / 'nope.csv'} not found; give the strata.csv that vfx-finder sample wrote"
    )


def _labels(tmp_path, name, rows):
    path = tmp_path / name
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["report_id", "text", "gold_finding", "gold_levels"])
        w.writeheader()
        for rid, f, lv in rows:
            w.writerow({"report_id": rid, "text": "x", "gold_finding": f, "gold_levels": lv})
    return path


def test_agreement_cli(tmp_path, cli):
    a = _labels(
        tmp_path,
        "a.csv",
        [
            ("R1", "fracture", "T12"),
            ("R2", "no_fracture", ""),
            ("R3", "possible_fracture", "L1"),
            ("R4", "fracture", "L1;L2"),
            ("R5", "excluded", ""),
        ],
    )
    b = _labels(
        tmp_path,
        "b.csv",
        [
            ("R1", "fracture", "T12"),
            ("R2", "no_fracture", ""),
            ("R3", "no_fracture", ""),
            ("R4", "fracture", "L1"),
            ("R6", "no_fracture", ""),
        ],
    )
    r = cli("agreement", str(a), str(b), "--out", str(tmp_path / "ag"))
    assert r.exit_code == 0, r.output
    res = json.loads((tmp_path / "ag" / "agreement.json").read_text())
    assert (res["n_common"], res["only_in_a"], res["only_in_b"]) == (4, 1, 1)
    assert res["finding"]["agreement"]["k"] == 3
    assert res["levels"]["n_both_positive"] == 2 and res["levels"]["exact_set_agreement"]["k"] == 1
    assert res["levels"]["f1"] == pytest.approx(2 * 2 / (2 * 2 + 0 + 1))
    rows = {x["report_id"]: x for x in read_csv(tmp_path / "ag" / "agreement.csv")}
    assert set(rows) == {"R3", "R4", "R5", "R6"}
    assert rows["R3"]["disagreement"] == "finding;levels" and rows["R3"]["a_finding"] == "possible_fracture"
    assert rows["R4"]["disagreement"] == "levels" and (rows["R4"]["a_levels"], rows["R4"]["b_levels"]) == (
        "L1;L2",
        "L1",
    )
    assert rows["R5"]["disagreement"] == "only in A" and rows["R6"]["disagreement"] == "only in B"
    assert stat.S_IMODE(os.stat(tmp_path / "ag" / "agreement.csv").st_mode) == 0o600
    assert "Cohen's kappa" in r.output


def test_agreement_bad_label(tmp_path, cli):
    a = _labels(tmp_path, "a.csv", [("R1", "fractured", "")])
    b = _labels(tmp_path, "b.csv", [("R1", "fracture", "")])
    r = cli("agreement", str(a), str(b))
    assert r.exit_code == 2
    assert r.output.strip() == (
        "error: a.csv: report R1: invalid gold_finding 'fractured'; must be one of fracture, possible_fracture, "
        "excluded, non_fracture_deformity, no_fracture"
    )


def test_explain_input_report_id_matches_explain_text(root, cli):
    src = root / "data" / "validation" / "heldout_reports.csv"
    row = read_csv(src)[1]
    by_id = cli("explain", "--input", str(src), "--report-id", row["report_id"])
    assert by_id.exit_code == 0, by_id.output
    from vfx_finder.explain import explain, format_explain

    expected = explain(row["text"], exam_name=row["exam_name"], modality=row["modality"])
    assert by_id.output.strip() == format_explain(expected).strip()
    by_text = cli("explain", row["text"], "--exam-name", row["exam_name"])
    assert by_text.output.splitlines()[0] == by_id.output.splitlines()[0]
    r = cli("explain", "--input", str(src), "--report-id", "NO-SUCH-ID")
    assert r.exit_code == 2
    assert (
        r.output.strip() == "error: report NO-SUCH-ID not found in heldout_reports.csv; check the id (column report_id)"
    )


def test_errors_csv_explain_command_reruns_the_case(tmp_path, cli, write_csv):
    path = write_csv(
        [
            {
                "report_id": "R 1",
                "text": "Mild wedge fracture of T12.",
                "gold_finding": "no_fracture",
                "gold_levels": "",
            },
            {"report_id": "R2", "text": "Normal chest.", "gold_finding": "no_fracture", "gold_levels": ""},
        ]
    )
    r = cli("evaluate", str(path), "--out", str(tmp_path / "ev"), "--workers", "1")
    assert r.exit_code == 0, r.output
    (err,) = read_csv(tmp_path / "ev" / "errors.csv")
    assert err["input_file"] == str(path)
    args = shlex.split(err["explain_command"])
    assert args[:2] == ["vfx-finder", "explain"] and args[-2:] == ["--report-id", "R 1"]
    again = cli(*args[1:])
    assert again.exit_code == 0, again.output
    assert again.output.startswith("finding: fracture")
