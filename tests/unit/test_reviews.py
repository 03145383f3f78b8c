"""Coordinator decisions and known patients: parsing, and what they change in alert planning."""

from __future__ import annotations

import pytest

from vfx_finder.aggregate.alerts import apply_decisions, known_levels, plan_alert
from vfx_finder.aggregate.patients import PatientCase
from vfx_finder.reviews import canonical_decision, canonical_levels


@pytest.mark.parametrize(
    "note, levels",
    [
        ("T11", "T11"),
        ("T11 not T12", "T11"),
        ("should be L1 and L2", "L1;L2"),
        ("t11 instead of t12", "T11"),
        ("the one above", ""),
        ("", ""),
    ],
)
def test_canonical_levels(note, levels):
    assert canonical_levels(note) == levels


def test_canonical_decision_forgives_case_and_spacing_only():
    assert canonical_decision("  Not  Eligible ") == "not eligible"
    assert canonical_decision("maybe") == "maybe"


def report(rid, levels, date="2026-01-10"):
    return {
        "report_id": rid,
        "patient_id": "P1",
        "exam_date": date,
        "levels": levels,
        "finding": "fracture",
        "severity": "",
        "acuity": "unspecified",
        "evidence": "x",
        "age": "72",
    }


def alert(aid, levels, rids):
    return {"alert_id": aid, "levels": levels, "report_ids": rids, "alerted_on": "2026-01-11"}


def decision(kind, levels=""):
    return {"decision": kind, "levels": levels}


def test_not_a_fracture_drops_the_alert_its_reports_and_their_findings():
    r = apply_decisions(
        [report("R1", "T12"), report("R2", "T12", "2026-02-01")],
        [alert("A-1", "T12", "R1")],
        [report("R1", "T12")],
        {"A-1": decision("not a vertebral fracture")},
    )
    assert [x["report_id"] for x in r.reports] == ["R2"] and r.alerts == [] and r.findings == []


def test_wrong_level_corrects_the_alert_and_its_reports():
    r = apply_decisions(
        [report("R1", "T12")],
        [alert("A-1", "T12", "R1")],
        [report("R1", "T12")],
        {"A-1": decision("wrong level", "T11")},
    )
    assert r.reports[0]["levels"] == "T11" and r.alerts[0]["levels"] == "T11" and r.findings[0]["levels"] == "T11"


@pytest.mark.parametrize("kind", ["already known to FLS", "not eligible", "confirmed - FLS to assess", "other"])
def test_other_decisions_leave_the_alert_standing(kind):
    r = apply_decisions([report("R2", "T12")], [alert("A-1", "T12", "R1")], [], {"A-1": decision(kind)})
    assert [a["alert_id"] for a in r.alerts] == ["A-1"] and len(r.reports) == 1


def case(*reports):
    c = PatientCase("P1")
    for r in reports:
        c.add(r, "yes", 72, "")
    return c


def test_known_levels_by_date_and_by_levels():
    rows = [{"known_since": "2026-01-31", "levels": "", "imported_at": "2026-12-01T00:00:00+00:00"}]
    assert known_levels(rows, [report("R1", "T12"), report("R2", "L1", "2026-02-05")], []) == ({"T12"}, "2026-01-31")
    rows = [{"known_since": "", "levels": "L2", "imported_at": "2026-12-01T00:00:00+00:00"}]
    assert known_levels(rows, [report("R1", "T12")], []) == ({"L2"}, "2026-12-01")
    assert known_levels([], [report("R1", "T12")], []) is None


def test_a_known_patient_is_alerted_only_beyond_the_known_levels():
    assert plan_alert(case(report("R1", "T12")), [], [], ({"T12"}, "2026-01-01")) is None
    row, new = plan_alert(case(report("R1", "T12;L1")), [], [], ({"T12"}, "2026-01-01"))
    assert new == ["L1"] and row["reason"] == "new level L1 beyond the levels known to the FLS (known since 2026-01-01)"
    # after an alert, the known levels still count
    assert plan_alert(case(report("R2", "L2")), [alert("A-1", "L1", "R1")], [], ({"L2"}, "2026-01-01")) is None
