"""Nightly operation details of issue 12, in-process (workers=1): per-report budget, referrer alerts
exactly once and fitting the patient, corrections superseding alerts, data problems, re-export of a
past run, history by NHS number, and a corrupt store mid-file."""

from __future__ import annotations

import csv
import os
import sqlite3
from pathlib import Path

import pytest

from vfx_finder.read.records import Report
from vfx_finder.run import run

HEADER = ["report_id", "patient_id", "nhs_number", "date_of_birth", "age", "exam_date", "referrer"]
HEADER += ["report_status", "text"]


def rep(rid, pid, text, *, age="72", dob="", date="2026-01-10", nhs="", status="F", referrer="Dr A"):
    return dict(
        report_id=rid,
        patient_id=pid,
        nhs_number=nhs,
        date_of_birth=dob,
        age=age,
        exam_date=date,
        referrer=referrer,
        report_status=status,
        text=text,
    )


def read(path: Path) -> list[dict]:
    with Path(path).open(newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture
def csvfile(write_csv):
    def _make(rows, name):
        return write_csv(rows, name=name, header=HEADER)

    return _make


def test_a_report_over_the_size_budget_is_listed_for_manual_review_and_the_run_goes_on(tmp_path, csvfile):
    huge = "Spine. " + "x" * 200_100  # over the 200,000-character budget (spaCy stops at 1,000,000)
    src = csvfile([rep("R1", "P1", huge), rep("R2", "P2", "Wedge compression fracture of T12.")], "in.csv")
    result = run([src], tmp_path / "o", workers=1)
    assert result.counts["processed"] == 2
    f = {r["report_id"]: r for r in read(tmp_path / "o" / "report_findings.csv")}
    assert f["R1"]["finding"] == "possible_fracture"
    assert f["R1"]["decided_by"] == (
        f"not read: over the size budget ({len(huge)} characters > 200000) - manual review"
    )
    wl = {r["patient_id"]: r for r in read(tmp_path / "o" / "worklist.csv")}
    assert wl["P1"]["reason"] == "new patient; report(s) R1 not read (over the size/time budget): manual review"
    assert wl["P2"]["reason"] == "new patient"


def test_a_report_over_the_time_budget_is_not_dropped():
    from vfx_finder.process import analyse_stream

    slow = " ".join(f"Compression fracture of T{i % 12 + 1}." for i in range(400))
    reports = [Report(report_id="R1", text=slow), Report(report_id="R2", text="Normal chest.")]
    rows = [row for _, row in analyse_stream(reports, workers=1, seconds=0.05)]
    assert rows[0]["finding"] == "possible_fracture"
    assert rows[0]["decided_by"] == "not read: over the time budget (0.05 s) - manual review"
    assert rows[1]["finding"] == "no_fracture"


class _SwallowingAnalysis:
    """Burns 0.3 s CPU, catching every interruption (as a C-extension callback would), then decides."""

    def __init__(self, catch_every_time: bool = True):
        self.catch_every_time = catch_every_time

    def needs_nlp(self, text):
        return True

    def analyse_screened(self, text, **kw):
        import time

        end = time.process_time() + 0.3
        caught = 0
        while time.process_time() < end:
            try:
                while time.process_time() < end:
                    pass
            except BaseException:
                caught += 1
                if caught > 1 and not self.catch_every_time:
                    raise
        return _Decided()


class _Decided:
    decided_by = "rule"

    def as_row(self):
        return {"finding": "fracture", "report_id": ""}


@pytest.mark.parametrize("catch_every_time", [True, False], ids=["swallowed-always", "swallowed-once"])
def test_a_time_budget_firing_that_a_library_swallows_still_marks_the_report_unread(catch_every_time):
    from vfx_finder.process import Worker

    worker = Worker(None, max_chars=10_000, seconds=0.05)
    worker.analyser = _SwallowingAnalysis(catch_every_time)
    row = worker.analyse_packed([("Fracture of T1.", "", "")])[0]
    assert row["decided_by"] == "not read: over the time budget (0.05 s) - manual review"
    assert row["finding"] == "possible_fracture"


def test_referrer_alerts_once_and_next_steps_fit_the_age(tmp_path, csvfile):
    src = csvfile(
        [rep("R1", "P1", "Wedge compression fracture of T12.", age="40"), rep("R2", "P2", "Fracture of L1.")],
        "in.csv",
    )
    state = tmp_path / "s.sqlite"
    run([src], tmp_path / "a", state_path=state, workers=1)
    ref = {r["report_id"]: r for r in read(tmp_path / "a" / "referrer_alerts.csv")}
    assert ref["R1"]["next_steps"].startswith("Aged 40, under the Fracture Liaison Service age (50+): ")
    assert "Fracture Liaison Service" not in ref["R1"]["next_steps"].split(":", 1)[1]
    assert "secondary causes" in ref["R1"]["next_steps"]
    assert "refer to / liaise with the Fracture Liaison Service" in ref["R2"]["next_steps"]
    run([src], tmp_path / "b", state_path=state, workers=1)  # an identical re-run sends none again
    assert read(tmp_path / "b" / "referrer_alerts.csv") == []


def test_a_corrected_report_supersedes_its_alert(tmp_path, csvfile, cli):
    state = tmp_path / "s.sqlite"
    day1 = csvfile(
        [rep("R1", "P1", "Wedge compression fracture of L1."), rep("R2", "P2", "Wedge compression fracture of T8.")],
        "d1.csv",
    )
    run([day1], tmp_path / "d1", state_path=state, workers=1)
    day2 = csvfile(
        [
            rep("R1", "P1", "Wedge compression fracture of T12.", status="C"),  # the level was wrong
            rep("R2", "P2", "Normal thoracic spine. No fracture.", status="C"),  # no fracture after all
        ],
        "d2.csv",
    )
    run([day2], tmp_path / "d2", state_path=state, workers=1)
    row, gone = read(tmp_path / "d2" / "worklist.csv")
    assert (row["alert_id"], row["patient_id"], row["levels"]) == ("A-000003", "P1", "T12")
    assert row["reason"] == "correction of alert A-000001 (L1) -> T12"
    assert row["previously_reported"] == ""  # the superseded L1 no longer counts
    # the coordinator who acted on the wrong T8 alert is told, on the worklist, that it is withdrawn
    assert (gone["alert_id"], gone["patient_id"], gone["report_id"]) == ("A-000004", "P2", "R2")
    assert (gone["finding"], gone["levels"], gone["priority"]) == ("no_fracture", "", "3")
    withdrawn = "ALERT WITHDRAWN: correction of alert A-000002 (T8) -> no fracture (the corrected report shows none)"
    assert gone["reason"] == gone["priority_reason"] == withdrawn
    con = sqlite3.connect(f"file:{state}?mode=ro", uri=True)
    sup = dict(con.execute("SELECT alert_id, superseded_by FROM alerts"))
    findings = con.execute("SELECT patient_id, report_id, levels FROM findings ORDER BY 1").fetchall()
    audited = dict(con.execute("SELECT report_id, alert_id FROM report_audit"))
    con.close()
    assert sup == {"A-000001": "A-000003", "A-000002": "A-000004", "A-000003": "", "A-000004": ""}
    assert audited == {"R1": "A-000003", "R2": "A-000002"}  # the withdrawal alerts no report
    assert findings == [("P1", "R1", "T12")]
    # the same corrected file again: nothing new
    again = run([day2], tmp_path / "d3", state_path=state, workers=1)
    assert again.worklist_rows == 0
    res = cli("history", "P1", "--state", str(state))
    assert "SUPERSEDED by A-000003" in res.output


def test_data_problems_and_patient_columns(tmp_path, csvfile):
    src = csvfile([rep("R1", "P1", "Wedge compression fracture of T12.", dob="31/31/1950", date="soon")], "in.csv")
    run([src], tmp_path / "o", workers=1)
    (f,) = read(tmp_path / "o" / "report_findings.csv")
    expected = "date of birth unreadable; exam date unreadable"  # named once, by the reader
    assert f["data_problems"] == expected
    (w,) = read(tmp_path / "o" / "worklist.csv")
    assert w["data_problems"] == expected and w["date_of_birth"] == "31/31/1950"
    assert w["priority_reason"] == "fracture (none of: acute; moderate or severe; 2+ levels)"


def test_worklist_command_re_exports_a_past_run(tmp_path, csvfile, cli):
    src = csvfile([rep("R1", "P1", "Wedge compression fracture of T12.", nhs="943 476 5919")], "in.csv")
    state = tmp_path / "s.sqlite"
    first = run([src], tmp_path / "o", state_path=state, workers=1)
    res = cli("worklist", "--run", first.run_id, "--state", str(state), "--out", str(tmp_path / "x"))
    assert res.exit_code == 0, res.output
    assert res.output == (
        f"run {first.run_id}: worklist 1 row(s), referrer alerts 1 row(s) written to {tmp_path / 'x'}\n"
    )
    for name in ("worklist.csv", "referrer_alerts.csv"):
        assert (tmp_path / "x" / name).read_bytes() == (tmp_path / "o" / name).read_bytes(), name
        assert os.stat(tmp_path / "x" / name).st_mode & 0o077 == 0
    res = cli("worklist", "--run", "R-nope", "--state", str(state), "--out", str(tmp_path / "y"))
    assert res.exit_code == 2
    assert res.output == f"error: no run R-nope in {state}; the run id is in the run's summary line and log\n"
    # history finds the patient by NHS number as well as by patient id
    by_nhs = cli("history", "9434765919", "--state", str(state))
    assert by_nhs.exit_code == 0 and by_nhs.output.startswith("patient P1: 1 alert(s)")


def test_a_store_corrupt_mid_file_fails_with_one_line(tmp_path, csvfile, cli):
    state = tmp_path / "s.sqlite"
    rows = [rep(f"R{i}", f"P{i}", "Wedge compression fracture of T12.") for i in range(300)]
    src = csvfile(rows, "in.csv")
    run([src], tmp_path / "a", state_path=state, workers=1)
    data = bytearray(state.read_bytes())
    mid = len(data) // 2 // 4096 * 4096
    data[mid : mid + 8192] = b"\xff" * 8192
    state.write_bytes(bytes(data))
    res = cli("run", str(src), "--out", str(tmp_path / "b"), "--state", str(state), "--workers", "1")
    assert res.exit_code == 1, res.output
    lines = res.output.strip().splitlines()
    assert lines[-1].startswith(f"error: state store {state} is unreadable or corrupt ("), lines
    assert "Traceback" not in res.output
    assert not (tmp_path / "b" / "worklist.csv").exists()


def _run_with_file_size_limit(args: list[str], limit: int):
    """``vfx-finder run`` in a real subprocess whose writes fail past ``limit`` bytes (a full disk, as the
    process sees it: every write that would grow a file past the limit fails with EFBIG)."""
    import resource
    import signal
    import subprocess
    import sys

    def limit_writes():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.run(
        [sys.executable, "-m", "vfx_finder", "run", *args],
        preexec_fn=limit_writes,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_a_disk_that_fills_at_begin_run_fails_with_one_line_and_loses_nothing(tmp_path, csvfile):
    state = tmp_path / "s.sqlite"
    day1 = csvfile([rep("R1", "P1", "Wedge compression fracture of L1.")], "d1.csv")
    run([day1], tmp_path / "d1", state_path=state, workers=1)
    day2 = csvfile([rep("R2", "P2", "Severe wedge fracture of T9.")], "d2.csv")
    args = [str(day2), "--out", str(tmp_path / "d2"), "--state", str(state), "--workers", "1"]
    full = _run_with_file_size_limit(args, 4096)  # the store cannot grow: begin_run's write fails
    assert full.returncode == 1, full.stderr
    lines = full.stderr.strip().splitlines()
    assert lines[-1] == (
        f"error: cannot write or read the state store {state} (disk I/O error); the store is not damaged: "
        "check the disk's free space and the folder's permissions, then run again"
    )
    assert "Traceback" not in full.stderr and "unreadable or corrupt" not in full.stderr
    assert not (tmp_path / "d2" / "worklist.csv").exists()
    # space again: the same night's input is read and its patient alerted, once
    again = run([day2], tmp_path / "d2", state_path=state, workers=1)
    assert [r["patient_id"] for r in read(tmp_path / "d2" / "worklist.csv")] == ["P2"]
    assert again.worklist_rows == 1
    con = sqlite3.connect(f"file:{state}?mode=ro", uri=True)
    alerts = con.execute("SELECT alert_id, patient_id FROM alerts ORDER BY seq").fetchall()
    con.close()
    assert alerts == [("A-000001", "P1"), ("A-000002", "P2")]


def test_publishing_is_called_failed_only_when_it_did(tmp_path, csvfile, monkeypatch, caplog):
    """Every file is in place but the store cannot record "published" (a full disk at that moment): the run
    succeeds with a warning, and the next run finishes the bookkeeping without publishing anything twice."""
    from vfx_finder.aggregate.state import StateStore

    real = StateStore.set_run_status

    def full_at_published(self, run_id, status, **kw):
        if status == "published":
            raise sqlite3.OperationalError("database or disk is full")
        return real(self, run_id, status, **kw)

    state = tmp_path / "s.sqlite"
    src = csvfile([rep("R1", "P1", "Wedge compression fracture of L1.")], "d1.csv")
    with monkeypatch.context() as m:
        m.setattr(StateStore, "set_run_status", full_at_published)
        first = run([src], tmp_path / "a", state_path=state, workers=1)
    assert [r["alert_id"] for r in read(tmp_path / "a" / "worklist.csv")] == ["A-000001"]
    assert "every file is published but the state store could not mark it so" in caplog.text
    assert "publishing failed" not in caplog.text
    second = run([src], tmp_path / "b", state_path=state, workers=1)
    assert second.worklist_rows == 0 and read(tmp_path / "b" / "worklist.csv") == []
    con = sqlite3.connect(f"file:{state}?mode=ro", uri=True)
    status = dict(con.execute("SELECT run_id, status FROM runs"))
    con.close()
    assert status[first.run_id] == "published"
