"""`vfx-finder audit` through the command line: outputs, and one-line errors with their exit codes."""

from __future__ import annotations

import sqlite3

from vfx_finder.aggregate.audit_store import make_audit_row, migrate_audit, record_audit_rows


def _state(tmp_path):
    path = tmp_path / "state.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate_audit(conn)
    base = {"patient_id": "P1", "exam_date": "2026-06-02", "modality": "DX", "reporter": "Dr X", "levels": "L1"}
    fields = {"term_fracture_used": "yes", "level_stated": "yes", "severity_stated": "no",
              "comparison_made": "no", "recommendation_made": "yes"}  # fmt: skip
    record_audit_rows(
        conn,
        [
            make_audit_row(
                {**base, "report_id": "R1", "finding": "fracture", **fields},
                run_id="R-1",
                alert_id="A-000001",
                priority=1,
                alerted_at="2026-06-03",
            ),  # fmt: skip
            make_audit_row({**base, "report_id": "R2", "finding": "no_fracture"}, run_id="R-1"),
        ],
    )
    conn.close()
    return path


def test_audit_writes_both_files(cli, tmp_path, load_csv):
    state = _state(tmp_path)
    out = tmp_path / "audit"
    r = cli("audit", "--state", str(state), "--from", "2026-06-01", "--to", "2026-06-30", "--out", str(out),
            "--by", "month", "--fls-caseload", "4")  # fmt: skip
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[-1] == (
        "audit 2026-06-01..2026-06-30: 2 report(s), 1 fracture / possible fracture report(s), 10 row(s)"
    )
    rows = load_csv(out / "audit.csv")
    assert [(x["group_by"], x["group"]) for x in rows[:5]] == [("overall", "all")] * 5
    assert {x["group"] for x in rows[5:]} == {"2026-06"}
    html = (out / "audit.html").read_text(encoding="utf-8")
    assert "share 25.0%" in html and "No reviews recorded." in html


def test_bad_date_is_one_line_exit_2(cli, tmp_path):
    state = _state(tmp_path)
    r = cli("audit", "--state", str(state), "--from", "01/06/2026", "--to", "2026-06-30", "--out", str(tmp_path / "o"))
    assert r.exit_code == 2
    assert r.output.strip() == "error: --from: '01/06/2026' is not a date; give YYYY-MM-DD, e.g. 2026-01-31"
    assert not (tmp_path / "o").exists()


def test_missing_state_and_store_without_audit_table(cli, tmp_path):
    missing = tmp_path / "nope.sqlite"
    r = cli("audit", "--state", str(missing), "--from", "2026-06-01", "--to", "2026-06-30", "--out", str(tmp_path))
    assert r.exit_code == 2
    assert r.output.strip() == (
        f"error: state store not found: {missing}; give --state PATH of the store the nightly run uses (or set VFX_STATE)"
    )
    old = tmp_path / "old.sqlite"
    sqlite3.connect(old).execute("CREATE TABLE schema_migrations (version INTEGER)").connection.close()
    r = cli("audit", "--state", str(old), "--from", "2026-06-01", "--to", "2026-06-30", "--out", str(tmp_path))
    assert r.exit_code == 1
    assert r.output.strip() == (
        f"error: state store {old} has no report_audit table: no run of a vfx-finder with the audit has used it yet; "
        "run the nightly job with this version, then audit"
    )
