"""The audit's store, percentages with Wilson intervals, FLS figures, pseudonyms and outputs."""

from __future__ import annotations

import re
import sqlite3
import stat

import pytest

from vfx_finder.aggregate.audit_store import (
    AUDIT_COLUMNS,
    audit_frame,
    make_audit_row,
    migrate_audit,
    record_audit_rows,
    reporter_secret,
)
from vfx_finder.audit.report import compute_audit, pseudonym, run_audit
from vfx_finder.errors import UsageError

SENTINEL = "SENTINEL-TEXT-9F3A"


def _finding(i, *, term="yes", finding="fracture", **kw):
    row = {
        "report_id": f"R{i}",
        "patient_id": f"P{i}",
        "exam_date": "2026-03-10",
        "modality": "CT",
        "reporter": "Dr Ada Smith",
        "finding": finding,
        "levels": "T12",
        "severity": "",
        "acuity": "unspecified",
        "fls_eligible": "yes",
        "term_fracture_used": term,
        "level_stated": "yes",
        "severity_stated": "no",
        "comparison_made": "yes",
        "recommendation_made": "no",
        # a report_findings row also carries text-derived columns: they must never reach the store
        "evidence": f"{SENTINEL} wedge fracture of T12",
        "text": f"{SENTINEL} full report text",
        "decided_by": f"FRACTURE '{SENTINEL}'",
    }
    if finding not in ("fracture", "possible_fracture"):
        for f in ("term_fracture_used", "level_stated", "severity_stated", "comparison_made", "recommendation_made"):
            row[f] = ""
    row.update(kw)
    return row


def _without_images(html: str) -> str:
    """The page without its embedded PNGs (base64 can spell anything)."""
    return re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "", html)


def _store(tmp_path, rows, **kw):
    path = tmp_path / "state.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)")
    migrate_audit(conn)
    conn.execute("BEGIN")
    record_audit_rows(
        conn, (make_audit_row(r, run_id="R-1", processed_at="2026-04-01T02:00:00+00:00", **kw) for r in rows)
    )
    conn.execute("COMMIT")
    conn.close()
    return path


def test_seven_of_ten_gives_the_hand_computed_wilson_interval(tmp_path):
    # Wilson 95%: p = 0.7, n = 10, z = 1.95996: centre (7 + z^2/2) / (10 + z^2) = 0.6444,
    # half-width z * sqrt(0.7 * 0.3 / 10 + z^2 / 400) / (1 + z^2 / 10) = 0.2477 -> 0.397 - 0.892
    rows = [_finding(i, term="yes" if i < 7 else "no") for i in range(10)]
    rows.append(_finding(99, finding="no_fracture"))  # not in the denominator
    path = _store(tmp_path, rows)
    res = run_audit(path, "2026-03-01", "2026-03-31", tmp_path / "out")
    term = next(r for r in res.standards if r["group_by"] == "overall" and r["field"] == "term_fracture_used")
    assert (term["numerator"], term["denominator"], term["percentage"]) == (7, 10, 70.0)
    assert (term["ci_low"], term["ci_high"]) == (39.7, 89.2)
    assert (term["target"], term["meets_target"]) == (100.0, "no")
    level = next(r for r in res.standards if r["group_by"] == "overall" and r["field"] == "level_stated")
    assert (level["numerator"], level["ci_low"], level["ci_high"], level["meets_target"]) == (10, 72.2, 100.0, "yes")
    assert res.reports == 11 and res.positive_reports == 10


def test_outputs_are_owner_only_formula_safe_and_carry_no_text(tmp_path, load_csv):
    rows = [_finding(i) for i in range(4)] + [_finding(9, modality="=HYPERLINK(1)", reporter="<script>x</script>")]
    path = _store(tmp_path, rows)
    out = tmp_path / "out"
    run_audit(path, "2026-03-01", "2026-03-31", out, by="modality")
    for name in ("audit.csv", "audit.html"):
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o600
        body = _without_images((out / name).read_text(encoding="utf-8"))
        assert SENTINEL not in body
    html = (out / "audit.html").read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert "<script" not in html.lower()
    assert html.count('src="data:image/png;base64,') >= 2
    groups = {r["group"] for r in load_csv(out / "audit.csv") if r["group_by"] == "modality"}
    assert groups == {"CT", "'=HYPERLINK(1)"}
    with sqlite3.connect(path) as conn:
        dump = "\n".join(conn.iterdump())
    assert SENTINEL not in dump


def test_same_reporter_same_pseudonym_across_runs_and_names_never_written(tmp_path, load_csv):
    rows = [_finding(i, reporter="Dr Ada Smith") for i in range(3)] + [_finding(7, reporter="  dr ada   SMITH ")]
    rows += [_finding(8, reporter="Dr Bob Jones")]
    path = _store(tmp_path, rows)
    first, second = tmp_path / "a", tmp_path / "b"
    run_audit(path, "2026-03-01", "2026-03-31", first, by="reporter", pseudonymise_reporters=True)
    run_audit(path, "2026-03-01", "2026-03-31", second, by="reporter", pseudonymise_reporters=True)
    g1 = sorted({r["group"] for r in load_csv(first / "audit.csv") if r["group_by"] == "reporter"})
    g2 = sorted({r["group"] for r in load_csv(second / "audit.csv") if r["group_by"] == "reporter"})
    assert g1 == g2 and len(g1) == 2 and all(re.fullmatch(r"reporter-[0-9a-f]{10}", g) for g in g1)
    ada = next(r for r in load_csv(first / "audit.csv") if r["group_by"] == "reporter" and r["denominator"] == "4")
    assert ada["group"] in g1
    for d in (first, second):
        for name in ("audit.csv", "audit.html"):
            body = _without_images((d / name).read_text(encoding="utf-8")).lower()
            assert "smith" not in body and "jones" not in body and "ada" not in body
    # without the option the names are shown
    run_audit(path, "2026-03-01", "2026-03-31", tmp_path / "c", by="reporter")
    assert "Dr Ada Smith" in (tmp_path / "c" / "audit.csv").read_text(encoding="utf-8")


def test_pseudonym_is_keyed():
    a, b = "11" * 32, "22" * 32
    assert pseudonym("Dr A", a) == pseudonym("dr  a", a) != pseudonym("Dr A", b)
    assert pseudonym("", a) == "(not recorded)"


def test_secret_is_created_once_and_kept(tmp_path):
    conn = sqlite3.connect(tmp_path / "s.sqlite", isolation_level=None)
    migrate_audit(conn)
    assert reporter_secret(conn, create=False) is None
    s = reporter_secret(conn)
    assert re.fullmatch(r"[0-9a-f]{64}", s) and reporter_secret(conn) == s


def test_upsert_keeps_an_earlier_alert_and_period_uses_processing_date(tmp_path):
    conn = sqlite3.connect(tmp_path / "s.sqlite", isolation_level=None)
    migrate_audit(conn)
    r = _finding(1, exam_date="not a date")
    record_audit_rows(conn, [make_audit_row(r, run_id="R-1", processed_at="2026-05-02T01:00:00+00:00",
                                            alert_id="A-000001", priority=2, alerted_at="2026-05-02")])  # fmt: skip
    record_audit_rows(conn, [make_audit_row(r, run_id="R-2", processed_at="2026-05-03T01:00:00+00:00")])
    df = audit_frame(conn, "2026-05-01", "2026-05-31")
    assert len(df) == 1 and list(df.columns) == list(AUDIT_COLUMNS)
    row = df.iloc[0]
    assert (row["run_id"], row["first_run_id"], row["alert_id"], int(row["priority"])) == ("R-2", "R-1", "A-000001", 2)
    assert row["period_date"] == "2026-05-03"


def test_fls_figures(tmp_path):
    rows = [
        _finding(1, patient_id="P1", exam_date="2026-01-05"),
        _finding(2, patient_id="P1", exam_date="2026-01-20"),
        _finding(3, patient_id="P2", exam_date="2026-02-01"),
        _finding(4, patient_id="P3", exam_date="2026-02-03", finding="possible_fracture"),
        _finding(5, patient_id="P4", exam_date="2026-02-10", finding="no_fracture"),
    ]
    alerts = {
        "R1": ("A-1", 1, "2026-01-06"),
        "R2": ("A-1", 1, "2026-01-06"),
        "R3": ("A-2", 2, "2026-02-11"),
        "R4": ("A-3", 3, "2026-02-05"),
    }
    conn = sqlite3.connect(tmp_path / "s.sqlite", isolation_level=None)
    migrate_audit(conn)
    for r in rows:
        a = alerts.get(r["report_id"], ("", None, ""))
        record_audit_rows(conn, [make_audit_row(r, run_id="R", alert_id=a[0], priority=a[1], alerted_at=a[2])])
    res = compute_audit(audit_frame(conn, "2026-01-01", "2026-02-28"), period_from="a", period_to="b", fls_caseload=10)
    fls = res.fls
    assert [(m["month"], m["reports"], m["fracture_reports"], m["fracture_patients"]) for m in fls["per_month"]] == [
        ("2026-01", 2, 2, 1),
        ("2026-02", 3, 1, 1),
    ]
    assert fls["alerts_by_priority"] == {"1": 1, "2": 1, "3": 1}
    # per alert, from its earliest exam: A-1 1 day, A-2 10 days, A-3 2 days
    d = fls["exam_to_alert"]
    assert (d["alerts"], d["median_days"], d["q1_days"], d["q3_days"], d["within_90_days"]) == (3, 2.0, 1.5, 6.0, 3)
    k = fls["kpi3"]
    assert (k["numerator"], k["numerator_incl_possible"], k["share"]) == (2, 3, 0.2)
    assert fls["reviews"] is None


def test_bad_options_are_one_line_usage_errors(tmp_path):
    path = _store(tmp_path, [_finding(1)])
    with pytest.raises(UsageError) as e:
        run_audit(path, "2026-02-30", "2026-03-31", tmp_path / "o")
    assert str(e.value) == "--from: '2026-02-30' is not a date; give YYYY-MM-DD, e.g. 2026-01-31"
    with pytest.raises(UsageError) as e:
        run_audit(path, "2026-04-01", "2026-03-31", tmp_path / "o")
    assert str(e.value) == "--from 2026-04-01 is after --to 2026-03-31; give a period that starts before it ends"
    with pytest.raises(UsageError) as e:
        run_audit(path, "2026-03-01", "2026-03-31", tmp_path / "o", by="ward")
    assert str(e.value) == "--by 'ward' is not a grouping; give one of modality, reporter, month"


def test_review_outcomes_of_the_periods_alerts(tmp_path):
    rows = [_finding(1), _finding(2), _finding(3, exam_date="2025-12-01")]
    path = tmp_path / "state.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate_audit(conn)
    for i, r in enumerate(rows, start=1):
        record_audit_rows(conn, [make_audit_row(r, run_id="R", alert_id=f"A-{i}", priority=1, alerted_at="2026-03-20")])
    conn.execute("CREATE TABLE review_decisions (alert_id TEXT, decision TEXT, decision_note TEXT)")
    conn.executemany(
        "INSERT INTO review_decisions VALUES (?, ?, ?)",
        [("A-1", "accepted", SENTINEL), ("A-2", "rejected", ""), ("A-3", "accepted", "")],  # outside the period
    )
    conn.close()
    res = run_audit(path, "2026-03-01", "2026-03-31", tmp_path / "out")
    assert res.fls["reviews"] == {"accepted": 1, "rejected": 1}
    html = (tmp_path / "out" / "audit.html").read_text(encoding="utf-8")
    assert "No reviews recorded." not in html and SENTINEL not in html
