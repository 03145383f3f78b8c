"""worklist.xlsx (vfx_finder/publish/xlsx.py): layout, evidence, drop-down, formula safety, atomic 0600 writes."""

from __future__ import annotations

import os
import stat
from datetime import datetime

import pytest
from openpyxl import load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock

from vfx_finder.aggregate.patients import PatientCase
from vfx_finder.publish.columns import WORKLIST_COLUMNS
from vfx_finder.publish.xlsx import (
    COLUMN_KEYS,
    DECISIONS,
    SHEET,
    evidence_items,
    read_worklist_xlsx,
    worklist_workbook,
    write_worklist_xlsx,
)


def finding(report_id, exam_date, evidence, *, levels="T12", severity="", acuity="unspecified", finding="fracture"):
    """A report_findings row as the run stages it."""
    return {
        "report_id": report_id,
        "patient_id": "P1",
        "nhs_number": "9434765919",
        "age": "72",
        "sex": "F",
        "exam_date": exam_date,
        "modality": "CT",
        "exam_name": "CT chest",
        "referrer": "Dr A Smith, GP",
        "finding": finding,
        "levels": levels,
        "severity": severity,
        "acuity": acuity,
        "evidence": evidence,
    }


def worklist_row(reports, alert_id="A-000001", **extra):
    """A worklist row built the way the run builds it (PatientCase.merged + alert id + reason)."""
    case = PatientCase(reports[0]["patient_id"])
    for r in reports:
        case.add(r, "yes", int(r["age"]), "")
    row = case.merged()
    row.update(alert_id=alert_id, reason="new patient", previously_reported="")
    row.update(extra)
    return row


@pytest.fixture
def two_reports():
    return [
        finding("R1", "2026-11-02", "Moderate wedge compression fracture of T12.", severity="moderate"),
        finding("R2", "2026-11-20", "New L1 fracture. | Acute collapse.", levels="L1", acuity="acute"),
    ]


def test_layout_header_order_sheet_frozen_filter_widths(tmp_path, two_reports):
    row = worklist_row(two_reports)
    path = tmp_path / "worklist.xlsx"
    write_worklist_xlsx([row], path)
    wb = load_workbook(path)
    assert wb.sheetnames[0] == SHEET == "Worklist"
    ws = wb[SHEET]
    assert [c.value for c in ws[1]] == list(COLUMN_KEYS)
    assert COLUMN_KEYS[:3] == ("priority", "priority_reason", "reason")
    assert COLUMN_KEYS[-5:] == ("alert_id", "report_id", "report_ids", "decision", "decision_note")
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(row=1, column=len(COLUMN_KEYS)).column_letter}2"
    assert ws.column_dimensions["A"].width == 9
    evidence_col = ws.cell(row=1, column=COLUMN_KEYS.index("evidence") + 1).column_letter
    assert ws.column_dimensions[evidence_col].width == 70
    assert ws.cell(row=1, column=1).comment is not None  # every header explains itself
    assert ws.max_row == 2
    # every worklist.csv column the coordinator needs is in the workbook
    assert set(WORKLIST_COLUMNS) <= set(COLUMN_KEYS)


def test_values_typed_for_sorting_and_identifiers_kept_as_text(tmp_path, two_reports):
    row = worklist_row(two_reports, patient_name="Jane Doe", date_of_birth="1954-03-01")
    path = tmp_path / "w.xlsx"
    write_worklist_xlsx([row], path)
    ws = load_workbook(path)[SHEET]
    cells = {k: ws.cell(row=2, column=i + 1).value for i, k in enumerate(COLUMN_KEYS)}
    assert cells["priority"] == 1 and cells["age"] == 72
    assert cells["nhs_number"] == "9434765919"
    assert cells["exam_date"] == datetime(2026, 11, 20)  # the latest report's exam
    assert cells["date_of_birth"] == datetime(1954, 3, 1)
    assert cells["patient_name"] == "Jane Doe"
    assert cells["levels"] == "T12;L1"
    assert cells["report_ids"] == "R1;R2"
    assert cells["alert_id"] == "A-000001"
    assert cells["priority_reason"] == row["priority_reason"] != ""  # from patterns/worklist.json
    assert cells["decision"] is None and cells["decision_note"] is None


def test_missing_optional_keys_are_tolerated_and_own_priority_reason_kept(tmp_path, two_reports):
    row = worklist_row(two_reports[:1])
    for key in ("previously_reported", "reason"):
        del row[key]
    path = tmp_path / "w.xlsx"
    write_worklist_xlsx([row, {**row, "alert_id": "A-000002", "priority_reason": "set by the run"}], path)
    got = read_worklist_xlsx(path)
    assert [g["alert_id"] for g in got] == ["A-000001", "A-000002"]
    assert got[0]["patient_name"] == "" and got[0]["data_problems"] == "" and got[0]["triage_flags"] == ""
    assert got[0]["priority_reason"] == row["priority_reason"] != ""
    assert got[1]["priority_reason"] == "set by the run"


def test_evidence_tagged_per_report_with_deciding_words_bold(tmp_path, two_reports):
    row = worklist_row(two_reports)
    path = tmp_path / "w.xlsx"
    write_worklist_xlsx([row], path, findings=two_reports)
    ws = load_workbook(path, rich_text=True)[SHEET]
    cell = ws.cell(row=2, column=COLUMN_KEYS.index("evidence") + 1)
    assert isinstance(cell.value, CellRichText)
    assert str(cell.value) == (
        "[R1, 2026-11-02] Moderate wedge compression fracture of T12.\n"
        "[R2, 2026-11-20] New L1 fracture.\n"
        "[R2, 2026-11-20] Acute collapse."
    )
    bold = [b.text for b in cell.value if isinstance(b, TextBlock) and b.font.b]
    assert bold == ["Moderate", "wedge", "compression", "fracture", "T12", "New", "L1", "fracture", "Acute", "collapse"]
    assert cell.alignment.wrap_text


def test_evidence_without_findings_falls_back_to_the_row():
    one = worklist_row([finding("R9", "2026-01-05", "T12 wedge fracture. | Mild.")])
    assert [(i.report_id, i.exam_date, i.sentence) for i in evidence_items(one)] == [
        ("R9", "2026-01-05", "T12 wedge fracture."),
        ("R9", "2026-01-05", "Mild."),
    ]
    two = worklist_row([finding("R1", "2026-01-05", "T12 fracture."), finding("R2", "2026-02-05", "L1 fracture.")])
    assert [i.tag() for i in evidence_items(two)] == ["[R1, 2026-01-05]", "[R2, 2026-02-05]"]
    assert [i.sentence for i in evidence_items(two)] == ["T12 fracture.", "L1 fracture."]


def test_decision_drop_down_covers_every_row(tmp_path, two_reports):
    rows = [worklist_row(two_reports, alert_id=f"A-00000{i}") for i in range(1, 4)]
    ws = worklist_workbook(rows)[SHEET]
    dvs = ws.data_validations.dataValidation
    assert len(dvs) == 1
    dv = dvs[0]
    col = ws.cell(row=1, column=COLUMN_KEYS.index("decision") + 1).column_letter
    assert dv.type == "list" and str(dv.sqref) == f"{col}2:{col}4"
    assert dv.formula1 == '"' + ",".join(DECISIONS) + '"'
    assert DECISIONS == (
        "confirmed - FLS to assess",
        "not a vertebral fracture",
        "already known to FLS",
        "not eligible",
        "wrong level",
        "other",
    )
    assert dv.allow_blank and dv.showErrorMessage


def test_formula_cells_are_neutralised(tmp_path, two_reports):
    hostile = worklist_row(
        two_reports,
        patient_name='=HYPERLINK("http://evil","x")',
        referrer="@SUM(A1)",
        exam_name="+cmd|' /C calc'!A0",
        data_problems="-1+1",
    )
    path = tmp_path / "w.xlsx"
    write_worklist_xlsx([hostile], path)
    ws = load_workbook(path)[SHEET]
    cells = {k: ws.cell(row=2, column=i + 1) for i, k in enumerate(COLUMN_KEYS)}
    for key in ("patient_name", "referrer", "exam_name", "data_problems"):
        assert cells[key].data_type == "s", key
        assert cells[key].value.startswith("'"), key
    assert cells["patient_name"].value == '\'=HYPERLINK("http://evil","x")'
    # no formula anywhere in the sheet
    assert all(c.data_type != "f" for r in ws.iter_rows() for c in r)


def test_control_characters_do_not_break_the_file(tmp_path, two_reports):
    row = worklist_row(two_reports, referrer="Dr\x00 X\x07")
    path = tmp_path / "w.xlsx"
    write_worklist_xlsx([row], path)
    assert read_worklist_xlsx(path)[0]["referrer"] == "Dr X\ufffd"  # NUL dropped (as in every output)


def test_written_owner_only_and_atomically(tmp_path, two_reports):
    path = tmp_path / "worklist.xlsx"
    pending = write_worklist_xlsx([worklist_row(two_reports)], path, tag="R-1", commit=False)
    assert not path.exists()
    assert pending.tmp.name.startswith(".worklist.xlsx.R-1.") and pending.tmp.exists()
    entry = pending.manifest_entry()
    pending.commit()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    from vfx_finder.publish.files import sha256_file

    assert sha256_file(path) == entry["sha256"]
    assert [p.name for p in tmp_path.iterdir()] == ["worklist.xlsx"]
    discarded = write_worklist_xlsx([], tmp_path / "other.xlsx", commit=False)
    discarded.discard()
    assert [p.name for p in tmp_path.iterdir()] == ["worklist.xlsx"]


def test_empty_worklist_still_has_header_and_drop_down(tmp_path):
    path = tmp_path / "w.xlsx"
    write_worklist_xlsx([], path)
    ws = load_workbook(path)[SHEET]
    assert [c.value for c in ws[1]] == list(COLUMN_KEYS) and ws.max_row == 1
    assert read_worklist_xlsx(path) == []


def test_decisions_filled_in_are_read_back_by_alert_id(tmp_path, two_reports):
    rows = [worklist_row(two_reports, alert_id="A-000007"), worklist_row(two_reports, alert_id="A-000008")]
    path = tmp_path / "w.xlsx"
    write_worklist_xlsx(rows, path)
    wb = load_workbook(path)
    ws = wb[SHEET]
    dcol, ncol = COLUMN_KEYS.index("decision") + 1, COLUMN_KEYS.index("decision_note") + 1
    ws.cell(row=2, column=dcol, value="wrong level")
    ws.cell(row=2, column=ncol, value="T11 not T12")
    ws.cell(row=3, column=dcol, value="already known to FLS")
    wb.save(path)
    got = {r["alert_id"]: (r["decision"], r["decision_note"]) for r in read_worklist_xlsx(path)}
    assert got == {"A-000007": ("wrong level", "T11 not T12"), "A-000008": ("already known to FLS", "")}


def test_priority_reason_comes_only_from_the_row(tmp_path, two_reports):
    """No second copy of the priority rule: a row without priority_reason shows an empty cell."""
    row = worklist_row(two_reports[:1])
    row.pop("priority_reason")
    path = tmp_path / "w.xlsx"
    write_worklist_xlsx([row], path)
    assert read_worklist_xlsx(path)[0]["priority_reason"] == ""


def test_triage_flags_given_as_flags_are_described(tmp_path, two_reports):
    from vfx_finder.aggregate.triage import triage_flags

    flags = triage_flags("Nursing home resident. Known myeloma.")
    path = tmp_path / "w.xlsx"
    write_worklist_xlsx([worklist_row(two_reports, triage_flags=flags)], path)
    assert read_worklist_xlsx(path)[0]["triage_flags"] == (
        'known or suspected malignancy: "Known myeloma."; care-home resident: "Nursing home resident."'
    )
