"""run wires the reporting-audit fields, the report_audit table and the document kind (issues 13, 17)."""

from __future__ import annotations

import sqlite3

from conftest import read_csv

IMAGING = (
    "XR THORACIC SPINE\nFindings: Moderate wedge fracture of T12, new since the previous study.\n"
    "Conclusion: T12 fracture. Suggest referral to the Fracture Liaison Service."
)
DEFORMITY = "CT CHEST\nFindings: Mild loss of height of the L1 vertebral body."
NOTE = (
    "OPERATIVE NOTE\nProcedure: L4-5 decompression.\nA high-speed burr was used. The endplates were prepared.\n"
    "Plan: mobilise day 1. PMH: osteoporotic T12 compression fracture 2019."
)
NORMAL = "XR CHEST\nFindings: Lungs clear. No fracture."


def _rows():
    return [
        {
            "report_id": "R1",
            "patient_id": "P1",
            "age": "70",
            "modality": "XR",
            "exam_name": "XR T SPINE",
            "text": IMAGING,
        },
        {
            "report_id": "R2",
            "patient_id": "P2",
            "age": "75",
            "modality": "CT",
            "exam_name": "CT CHEST",
            "text": DEFORMITY,
        },
        {"report_id": "R3", "patient_id": "P3", "age": "68", "exam_name": "OPERATIVE NOTE", "text": NOTE},
        {"report_id": "R4", "patient_id": "P4", "age": "60", "modality": "XR", "exam_name": "XR CHEST", "text": NORMAL},
    ]


def _run(cli, tmp_path, src, *extra):
    out = tmp_path / ("out" + "".join(extra).replace("-", "_"))
    r = cli(
        "run", str(src), "--out", str(out), "--state", str(out / "s.sqlite"), "--workers", "1", "--no-progress", *extra
    )
    assert r.exit_code == 0, r.output
    return out, {row["report_id"]: row for row in read_csv(out / "report_findings.csv")}


def test_audit_fields_document_kind_and_report_audit_rows(cli, tmp_path, write_csv):
    out, rows = _run(cli, tmp_path, write_csv(_rows()))
    assert rows["R1"]["finding"] == "fracture"
    assert {k: rows["R1"][k] for k in ("term_fracture_used", "level_stated", "severity_stated")} == {
        "term_fracture_used": "yes",
        "level_stated": "yes",
        "severity_stated": "yes",
    }
    assert rows["R1"]["comparison_made"] == "yes" and rows["R1"]["recommendation_made"] == "yes"
    assert rows["R2"]["finding"] == "fracture" and rows["R2"]["term_fracture_used"] == "no"
    assert rows["R4"]["term_fracture_used"] == ""  # audit fields only for positive reports
    assert {r: rows[r]["document_kind"] for r in rows} == {
        "R1": "imaging_report",
        "R2": "imaging_report",
        "R3": "clinical_document",
        "R4": "imaging_report",
    }
    wl = {row["report_id"]: row["alert_id"] for row in read_csv(out / "worklist.csv")}
    with sqlite3.connect(out / "s.sqlite") as conn:
        audit = {
            r[0]: r[1:]
            for r in conn.execute("SELECT report_id, finding, alert_id, term_fracture_used FROM report_audit")
        }
        columns = [r[1] for r in conn.execute("PRAGMA table_info(report_audit)")]
    assert set(audit) == {"R1", "R2", "R3", "R4"}  # every processed report, not only the alerted ones
    assert audit["R1"] == ("fracture", wl["R1"], "yes")
    assert audit["R4"][1] == ""
    assert not {"text", "evidence"} & set(columns)  # the audit store keeps no report text


def test_imaging_only_lists_but_does_not_read_clinical_documents(cli, tmp_path, write_csv):
    _, rows = _run(cli, tmp_path, write_csv(_rows()), "--imaging-only")
    assert rows["R3"]["finding"] == "no_fracture"
    assert rows["R3"]["decided_by"] == "not analysed: clinical_document (--imaging-only)"
    assert rows["R1"]["finding"] == "fracture"
    assert len(rows) == 4  # nothing dropped


def test_explain_shows_the_audit_fields(cli):
    r = cli("explain", IMAGING)
    assert r.exit_code == 0, r.output
    assert "reporting audit: term_fracture_used yes" in r.output
