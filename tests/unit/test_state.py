"""The state store (aggregate/state.py), the alert rules (aggregate/alerts.py) and the operator commands.

Fast: no NLP pipeline is loaded here except in the two CLI tests at the end, which run
the job in-process once.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import threading
import time
from pathlib import Path

import pytest

from vfx_finder.aggregate.alerts import plan_alert, previously_reported
from vfx_finder.aggregate.patients import PatientCase, priority
from vfx_finder.aggregate.state import SCHEMA_VERSION, RunLock, StateStore
from vfx_finder.errors import StateError, UsageError


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


# ---------------------------------------------------------------------------------------------- schema
def test_new_store_is_owner_only_wal_with_foreign_keys_and_migrations_recorded(tmp_path):
    old = os.umask(0o022)
    try:
        path = tmp_path / "sub" / "state.sqlite"
        store = StateStore.open(path)
        store.conn.execute("CREATE TABLE IF NOT EXISTS _probe (x)")  # make sure -wal / -shm exist
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        rows = store.conn.execute("SELECT version, name FROM schema_migrations").fetchall()
        assert [r[0] for r in rows] == list(range(1, SCHEMA_VERSION + 1))
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            assert p.exists(), p
            assert mode(p) == 0o600, (p, oct(mode(p)))
        store.close()
    finally:
        os.umask(old)


def test_migrations_are_applied_once(tmp_path):
    path = tmp_path / "state.sqlite"
    StateStore.open(path).close()
    store = StateStore.open(path)
    assert store.migrate() == []
    n = store.conn.execute("SELECT COUNT(*) FROM schema_migrations").fetchone()[0]
    assert n == SCHEMA_VERSION
    store.close()


def test_existing_world_readable_store_is_tightened(tmp_path):
    path = tmp_path / "state.sqlite"
    StateStore.open(path).close()
    os.chmod(path, 0o644)
    StateStore.open(path).close()
    assert mode(path) == 0o600


def test_foreign_keys_are_enforced(tmp_path):
    store = StateStore.open(tmp_path / "state.sqlite")
    with pytest.raises(sqlite3.IntegrityError):
        with store.transaction() as c:
            c.execute(
                "INSERT INTO findings (patient_id, report_id, finding, first_seen_run, last_seen_run) "
                "VALUES ('P', 'R', 'fracture', 'no-such-run', 'no-such-run')"
            )
    store.close()


def test_newer_schema_is_refused_with_one_line(tmp_path):
    path = tmp_path / "state.sqlite"
    store = StateStore.open(path)
    store.conn.execute("INSERT INTO schema_migrations VALUES (999, 'future', 'x')")
    store.close()
    with pytest.raises(StateError, match="newer than this vfx-finder") as e:
        StateStore.open(path)
    assert "\n" not in str(e.value)


def test_garbage_file_is_reported_as_corrupt(tmp_path):
    path = tmp_path / "state.sqlite"
    path.write_bytes(os.urandom(4096))
    with pytest.raises(StateError, match="corrupt"):
        StateStore.open(path)
    with pytest.raises(StateError, match="corrupt"):
        StateStore.open(path, readonly=True)


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(StateError, match="not a vfx-finder state store"):
        StateStore.open(path)


def test_readonly_open_of_a_missing_store_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="not found"):
        StateStore.open(tmp_path / "nope.sqlite", readonly=True)
    assert not (tmp_path / "nope.sqlite").exists()


# ---------------------------------------------------------------------------------------------- lock
def test_second_lock_times_out_with_a_clear_message(tmp_path):
    path = tmp_path / "state.sqlite"
    first = RunLock(path)
    first.acquire(0)
    try:
        t0 = time.monotonic()
        with pytest.raises(StateError, match="another vfx-finder run is using the state store") as e:
            RunLock(path).acquire(0.3)
        assert time.monotonic() - t0 >= 0.3
        assert f"pid {os.getpid()}" in str(e.value)
        assert "--lock-timeout" in str(e.value)
    finally:
        first.release()
    second = RunLock(path)
    second.acquire(0)
    second.release()
    assert mode(path.with_name(path.name + ".lock")) == 0o600


def test_second_lock_waits_for_the_first(tmp_path):
    path = tmp_path / "state.sqlite"
    first = RunLock(path)
    first.acquire(0)
    threading.Timer(0.3, first.release).start()
    second = RunLock(path)
    second.acquire(10)
    second.release()


# ---------------------------------------------------------------------------------------------- alert rules
def _case(rows, eligibility="yes", age=72, reason=""):
    case = PatientCase("P1")
    for r in rows:
        case.add(r, eligibility, age, reason)
    return case


def _row(rid, levels, *, date="2026-01-10", finding="fracture", severity="", acuity="unspecified"):
    return {
        "report_id": rid,
        "patient_id": "P1",
        "exam_date": date,
        "finding": finding,
        "levels": levels,
        "severity": severity,
        "acuity": acuity,
        "evidence": f"evidence {rid}",
        "nhs_number": "",
        "sex": "F",
        "modality": "CT",
        "exam_name": "CT chest",
        "referrer": "Dr A",
    }


def test_new_patient_is_alerted_with_merged_levels_highest_severity_latest_report():
    case = _case(
        [
            _row("R2", "L1", date="2026-02-01", severity="moderate"),
            _row("R1", "T12", date="2026-01-05", severity="mild"),
        ]
    )
    row, new = plan_alert(case, [], [])
    assert row["reason"] == "new patient"
    assert row["levels"] == "T12;L1" and new == ["T12", "L1"]
    assert row["severity"] == "moderate"
    # report, date, modality and exam all from the same (latest) report; the earliest date orders the worklist
    assert (row["report_id"], row["exam_date"]) == ("R2", "2026-02-01")
    assert row["first_exam_date"] == "2026-01-05"
    assert row["report_ids"] == "R1;R2"
    assert row["priority"] == "1"
    assert row["previously_reported"] == ""


def test_already_alerted_patient_without_new_level_is_not_alerted():
    prior = [{"alert_id": "A-000007", "alerted_on": "2026-11-20", "levels": "T12"}]
    assert plan_alert(_case([_row("R9", "T12")]), prior, []) is None


def test_new_level_re_alerts_and_names_it():
    prior = [{"alert_id": "A-000123", "alerted_on": "2026-11-20", "levels": "T12"}]
    findings = [{"report_id": "R1", "exam_date": "2026-11-18", "levels": "T12", "finding": "fracture"}]
    row, new = plan_alert(_case([_row("R2", "T12;L1")]), prior, findings)
    assert new == ["L1"]
    assert row["reason"] == "new level L1 since alert A-000123 on 2026-11-20"
    assert row["previously_reported"] == "T12 previously reported on 2026-11-18 (report R1)"


def test_several_new_levels_and_unknown_age_are_named():
    prior = [
        {"alert_id": "A-000001", "alerted_on": "2026-11-01", "levels": "T7"},
        {"alert_id": "A-000002", "alerted_on": "2026-11-02", "levels": "T7;T8"},
    ]
    case = _case([_row("R3", "T8;L1;L2")], eligibility="review", age=None, reason="age unknown: x; check eligibility")
    row, new = plan_alert(case, prior, [])
    assert new == ["L1", "L2"]
    assert row["reason"] == "new levels L1, L2 since alert A-000002 on 2026-11-02; age unknown: x; check eligibility"


def test_under_age_patient_is_not_alerted_and_unknown_age_is_listed_for_review():
    assert plan_alert(_case([_row("R1", "T12")], eligibility="no", age=45, reason="aged 45 (< 50)"), [], []) is None
    row, _ = plan_alert(_case([_row("R1", "T12")], eligibility="review", age=None, reason="age unknown: z"), [], [])
    assert row["reason"] == "age unknown: z"


def test_previously_reported_ignores_the_same_report_and_handles_unknown_dates():
    findings = [
        {"report_id": "R1", "exam_date": "", "levels": "T12", "finding": "fracture"},
        {"report_id": "R2", "exam_date": "2026-01-01", "levels": "L1", "finding": "possible_fracture"},
        {"report_id": "R0", "exam_date": "2025-06-01", "levels": "L1", "finding": "fracture"},
    ]
    text = previously_reported(["T12", "L1", "L2"], findings, {"R2"})
    assert (
        text
        == "T12 previously reported (report R1, exam date unknown); L1 previously reported on 2025-06-01 (report R0)"
    )


@pytest.mark.parametrize(
    "finding, levels, severity, acuity, expected",
    [
        ("fracture", ["T12"], "", "acute", 1),
        ("fracture", ["T12"], "moderate", "chronic", 1),
        ("fracture", ["T12"], "severe", "unspecified", 1),
        ("fracture", ["T12", "L1"], "mild", "chronic", 1),
        ("fracture", ["T12"], "mild", "chronic", 2),
        ("fracture", [], "", "unspecified", 2),
        ("possible_fracture", ["T12", "L1"], "severe", "acute", 3),
    ],
)
def test_priority_rule(finding, levels, severity, acuity, expected):
    assert priority(finding, levels, severity, acuity) == expected


# ---------------------------------------------------------------------------------------------- operator commands
REPORTS = [
    {
        "report_id": "H1",
        "patient_id": "PH",
        "age": "70",
        "exam_date": "2026-01-05",
        "referrer": "Dr A",
        "text": "Wedge compression fracture of T12.",
    },
    {
        "report_id": "H2",
        "patient_id": "PY",
        "age": "30",
        "exam_date": "2026-01-06",
        "referrer": "Dr A",
        "text": "Wedge compression fracture of T12.",
    },
]


@pytest.fixture
def used_store(tmp_path, write_csv):
    from vfx_finder.run import run

    state = tmp_path / "state.sqlite"
    run([write_csv(REPORTS)], tmp_path / "out1", state_path=state, workers=1)
    run(
        [
            write_csv(
                REPORTS[:1] + [dict(REPORTS[0], report_id="H3", text="Compression fractures of T12 and L1.")],
                name="day2.csv",
            )
        ],
        tmp_path / "out2",
        state_path=state,
        workers=1,
    )
    return state


def test_history_shows_what_was_alerted_when_and_why(cli, used_store):
    r = cli("history", "PH", "--state", str(used_store))
    assert r.exit_code == 0, r.output
    assert "A-000001" in r.output and "new patient" in r.output
    assert "A-000002" in r.output and "new level L1 since alert A-000001 on" in r.output
    assert "report H1" in r.output and "report H3" in r.output
    assert "Wedge" not in r.output  # no report text
    r = cli("history", "PH", "--state", str(used_store), "--json")
    data = json.loads(r.output)
    assert [a["alert_id"] for a in data["alerts"]] == ["A-000001", "A-000002"]
    assert [a["new_levels"] for a in data["alerts"]] == ["T12", "L1"]


def test_history_of_a_never_alerted_or_unknown_patient(cli, used_store):
    r = cli("history", "PY", "--state", str(used_store))
    assert r.exit_code == 0 and "0 alert(s)" in r.output  # under 50: findings, no alert
    r = cli("history", "NOBODY", "--state", str(used_store))
    assert r.exit_code == 1
    assert r.output.strip().count("\n") == 0 and "no history for patient NOBODY" in r.output


def test_state_check_reports_counts_and_exit_codes(cli, used_store, tmp_path):
    r = cli("state", "check", "--state", str(used_store))
    assert r.exit_code == 0, r.output
    assert "OK" in r.output and f"schema version {SCHEMA_VERSION}" in r.output
    assert "alerts 2 (1 patient(s))" in r.output
    data = json.loads(cli("state", "check", "--state", str(used_store), "--json").output)
    assert data["ok"] and data["integrity_check"] == ["ok"] and data["counts"]["runs"] == {"published": 2}
    r = cli("state", "check", "--state", str(tmp_path / "missing.sqlite"))
    assert r.exit_code == 2
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"x" * 5000)
    r = cli("state", "check", "--state", str(garbage))
    assert r.exit_code == 1 and "corrupt" in r.output


def test_state_check_finds_damaged_pages(cli, used_store, tmp_path):
    # damage the b-tree pages (not the header) of a copy: integrity_check must say so, exit 1
    copy = tmp_path / "damaged.sqlite"
    con = sqlite3.connect(used_store)
    con.execute(f"VACUUM INTO '{copy}'")
    con.close()
    data = bytearray(copy.read_bytes())
    page = 4096
    for p in range(1, len(data) // page):
        start = p * page + 8
        data[start : start + 64] = b"\xff" * 64
    copy.write_bytes(bytes(data))
    r = cli("state", "check", "--state", str(copy))
    assert r.exit_code == 1, r.output


# ---------------------------------------------------------------------------------------------- refusals (issue 12)
def test_empty_state_file_is_refused_not_taken_as_new(tmp_path):
    path = tmp_path / "state.sqlite"
    path.write_bytes(b"")
    for readonly in (False, True):
        with pytest.raises(StateError) as err:
            StateStore.open(path, readonly=readonly)
        assert str(err.value) == (
            f"state store {path} is empty (0 bytes: a failed copy or restore?); restore it from a backup, "
            "or delete it to start a new store (every patient would be alerted again)"
        )
    assert path.stat().st_size == 0


def test_unrelated_file_is_refused_before_its_mode_changes(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("my notes\n")
    os.chmod(path, 0o644)
    with pytest.raises(StateError, match="not an SQLite file"):
        StateStore.open(path)
    assert mode(path) == 0o644 and path.read_text() == "my notes\n"
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    os.chmod(other, 0o644)
    with pytest.raises(StateError, match="not a vfx-finder state store"):
        StateStore.open(other)
    assert mode(other) == 0o644


def test_missing_store_is_created_with_a_notice_or_refused(tmp_path, caplog):
    path = tmp_path / "new.sqlite"
    with pytest.raises(StateError) as err:
        StateStore.open(path, create=False)
    assert str(err.value) == (
        f"state store {path} does not exist; give the path of the existing store, "
        "or allow a new one (--new-state) if this is the first run"
    )
    assert not path.exists()
    with caplog.at_level("WARNING", logger="vfx_finder"):
        StateStore.open(path).close()
    assert [r.getMessage() for r in caplog.records if "NEW state store" in r.getMessage()] == [
        f"notice: creating a NEW state store {path}: no patient has been alerted before as far as it knows"
    ]


def test_lock_symlink_is_not_followed(tmp_path):
    target = tmp_path / "precious.txt"
    target.write_text("keep me\n")
    state = tmp_path / "state.sqlite"
    Path(str(state) + ".lock").symlink_to(target)
    with pytest.raises(StateError) as err:
        RunLock(state).acquire(0)
    assert str(err.value) == (f"the lock file {state}.lock is a symbolic link; remove it (vfx-finder creates its own)")
    assert target.read_text() == "keep me\n"


def test_state_check_on_a_damaged_store_is_one_line_exit_1(tmp_path, cli):
    path = tmp_path / "state.sqlite"
    StateStore.open(path).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = os.urandom(3996)  # the header page's schema area
    path.write_bytes(bytes(data))
    res = cli("state", "check", "--state", str(path))
    assert res.exit_code == 1
    assert "Traceback" not in res.output
    assert res.output.count("\n") == 1 and res.output.startswith(f"error: state store {path} is unreadable or corrupt")


def test_commit_run_records_alerts_findings_referrer_rows_and_supersedes(tmp_path):
    store = StateStore.open(tmp_path / "s.sqlite")
    store.begin_run("R-1", out_dir=tmp_path, run_date="2026-11-01", options={}, inputs=[])
    row = {"alert_id": "A-000001", "patient_id": "P1", "finding": "fracture", "priority": "2", "reason": "new patient"}
    row.update(levels="L1", report_ids="X1", report_id="X1")
    pos = {"patient_id": "P1", "report_id": "X1", "finding": "fracture", "levels": "L1", "_content": "c1"}
    ref = {"referrer": "Dr A", "report_id": "X1", "next_steps": "..."}
    store.commit_run(
        "R-1",
        run_date="2026-11-01",
        new_alerts=[(1, row)],
        listed=[("A-000001", False)],
        positives=[pos],
        carried_from=[],
        manifest=[],
        counts={},
        worklist_rows=1,
        referrer_rows=[ref],
    )
    assert [a["alert_id"] for a in store.prior_alerts("P1")] == ["A-000001"]
    assert store.recorded_content("P1", "X1") == "c1"
    assert store.referrer_sent(ref) and not store.referrer_sent({**ref, "levels": "T12"})
    assert list(store.run_referrer_rows("R-1")) == [ref]
    assert store.patient_ids_for("P1") == ["P1"]
    store.begin_run("R-2", out_dir=tmp_path, run_date="2026-11-02", options={}, inputs=[])
    store.commit_run(
        "R-2",
        run_date="2026-11-02",
        new_alerts=[],
        listed=[],
        positives=[],
        carried_from=[],
        manifest=[],
        counts={},
        worklist_rows=0,
        superseded=[("A-000001", "R-2")],
        withdrawn_findings=[{"patient_id": "P1", "report_id": "X1"}],
    )
    assert store.prior_alerts("P1") == []  # a superseded alert no longer counts
    assert store.recorded_content("P1", "X1") is None
    assert store.history("P1")["alerts"][0]["superseded_by"] == "R-2"
    store.close()
