"""Nightly operation: each patient alerted exactly once, de-duplicated across runs, crash-safe.

Most tests run the job in-process with workers=1 (the pipeline loads once per test
session). The crash tests start real ``python -m vfx_finder run`` processes, kill them
with SIGKILL at named points (``VFX_TEST_CRASH_AT``) and at random moments, run again,
and compare with a clean single run.
"""

from __future__ import annotations

import csv
import logging
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from vfx_finder.aggregate.state import RunLock, StateStore
from vfx_finder.errors import StateError, UsageError
from vfx_finder.run import run

ROOT = Path(__file__).resolve().parents[2]
HEADER = [
    "report_id",
    "patient_id",
    "date_of_birth",
    "age",
    "sex",
    "exam_date",
    "modality",
    "exam_name",
    "referrer",
    "text",
]

T12 = "Wedge compression fracture of T12."
T12_L1 = "Compression fractures of T12 and L1."
L2_POSSIBLE = "Possible fracture of L2 cannot be excluded."
T8_MODERATE = "Moderate (30%) wedge fracture of T8."
NORMAL = "Normal thoracic spine. No fracture."


def rep(rid, pid, text, *, age="72", dob="", date="2026-01-10", referrer="Dr A", exam="CT chest"):
    return {
        "report_id": rid,
        "patient_id": pid,
        "date_of_birth": dob,
        "age": age,
        "sex": "F",
        "exam_date": date,
        "modality": "CT",
        "exam_name": exam,
        "referrer": referrer,
        "text": text,
    }


def read(path: Path) -> list[dict]:
    with Path(path).open(newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture
def csvfile(write_csv):
    def _make(rows, name):
        return write_csv(rows, name=name, header=HEADER)

    return _make


# ---------------------------------------------------------------------------------------------- de-duplication
def test_second_identical_run_gives_an_empty_worklist(tmp_path, csvfile):
    src = csvfile([rep("R1", "P1", T12), rep("R2", "P2", L2_POSSIBLE), rep("R3", "P3", NORMAL)], "day1.csv")
    state = tmp_path / "state.sqlite"
    first = run([src], tmp_path / "a", state_path=state, workers=1)
    assert first.worklist_rows == 2
    assert {r["patient_id"] for r in read(tmp_path / "a" / "worklist.csv")} == {"P1", "P2"}
    second = run([src], tmp_path / "b", state_path=state, workers=1)
    assert second.worklist_rows == 0 and read(tmp_path / "b" / "worklist.csv") == []
    # the same out folder: refused, the published worklist is never replaced (by an empty one)
    c = run([src], tmp_path / "c", workers=1)
    published = (tmp_path / "c" / "worklist.csv").read_bytes()
    with pytest.raises(UsageError) as err:
        run([src], tmp_path / "c", workers=1)
    assert str(err.value) == (
        f"--out {tmp_path / 'c'} already holds the published worklist of run {c.run_id}; give a new folder for "
        f"each run; `vfx-finder worklist --run {c.run_id}` re-exports it"
    )
    assert (tmp_path / "c" / "worklist.csv").read_bytes() == published
    # report_findings still describes every report; referrer alerts are sent once (none again)
    assert len(read(tmp_path / "b" / "report_findings.csv")) == 3
    assert len(read(tmp_path / "a" / "referrer_alerts.csv")) == 2
    assert read(tmp_path / "b" / "referrer_alerts.csv") == []


def test_new_level_re_alerts_once_and_names_the_level(tmp_path, csvfile):
    state = tmp_path / "state.sqlite"
    run([csvfile([rep("R1", "P1", T12, date="2026-11-18")], "d1.csv")], tmp_path / "d1", state_path=state, workers=1)
    a1 = read(tmp_path / "d1" / "worklist.csv")
    assert [(r["alert_id"], r["reason"]) for r in a1] == [("A-000001", "new patient")]

    day2 = csvfile([rep("R2", "P1", T12_L1, date="2026-11-25")], "d2.csv")
    run([day2], tmp_path / "d2", state_path=state, workers=1)
    (row,) = read(tmp_path / "d2" / "worklist.csv")
    today = time.strftime("%Y-%m-%d")
    assert row["alert_id"] == "A-000002"
    assert row["reason"] == f"new level L1 since alert A-000001 on {today}"
    assert row["levels"] == "T12;L1"
    assert row["previously_reported"] == "T12 previously reported on 2026-11-18 (report R1)"

    # the same report again, and a later report naming only known levels: no further alert
    run(
        [day2, csvfile([rep("R3", "P1", T12, date="2026-12-01")], "d3.csv")],
        tmp_path / "d3",
        state_path=state,
        workers=1,
    )
    assert read(tmp_path / "d3" / "worklist.csv") == []
    store = StateStore.open(state, readonly=True)
    assert store.conn.execute("SELECT COUNT(*) FROM alerts WHERE patient_id = 'P1'").fetchone()[0] == 2
    # re-processing R2 did not duplicate its finding
    assert store.conn.execute("SELECT COUNT(*) FROM findings WHERE report_id = 'R2'").fetchone()[0] == 1
    store.close()


def test_eligibility_under_50_not_listed_no_age_listed_for_review(tmp_path, csvfile):
    rows = [
        rep("R1", "P_OLD", T12, age="50"),
        rep("R2", "P_YOUNG", T12, age="49"),
        rep("R3", "P_DOB_YOUNG", T12, age="", dob="1980-05-01", date="2026-01-10"),
        rep("R4", "P_DOB_OLD", T12, age="", dob="1960-05-01", date="2026-01-10"),
        rep("R5", "P_NOAGE", T12, age=""),
    ]
    run([csvfile(rows, "in.csv")], tmp_path / "o", workers=1, min_age=50)
    wl = {r["patient_id"]: r for r in read(tmp_path / "o" / "worklist.csv")}
    assert set(wl) == {"P_OLD", "P_DOB_OLD", "P_NOAGE"}
    assert wl["P_DOB_OLD"]["age"] == "65"
    assert wl["P_NOAGE"]["reason"].startswith("age unknown") and wl["P_NOAGE"]["age"] == ""
    findings = {r["report_id"]: r["fls_eligible"] for r in read(tmp_path / "o" / "report_findings.csv")}
    assert findings == {"R1": "yes", "R2": "no", "R3": "no", "R4": "yes", "R5": "review"}


def test_one_row_per_patient_merging_reports(tmp_path, csvfile):
    rows = [
        rep("R1", "P1", T12, date="2026-02-01"),
        rep("R2", "P1", T8_MODERATE, date="2026-01-15", referrer="Dr B"),
        rep("R3", "P1", L2_POSSIBLE, date="2026-03-01"),
        rep("R4", "P2", L2_POSSIBLE),
    ]
    run([csvfile(rows, "in.csv")], tmp_path / "o", workers=1)
    wl = read(tmp_path / "o" / "worklist.csv")
    assert [r["patient_id"] for r in wl] == ["P1", "P2"]  # priority order
    p1 = wl[0]
    assert p1["levels"] == "T8;T12;L2"
    assert p1["severity"] == "moderate" and p1["priority"] == "1"
    # report, date, modality and exam from one report (the latest); evidence per report with id and date
    assert (p1["report_id"], p1["exam_date"], p1["referrer"]) == ("R3", "2026-03-01", "Dr A")
    assert p1["evidence"].startswith("R2 (2026-01-15): ") and " | R1 (2026-02-01): " in p1["evidence"]
    assert p1["priority_reason"] == "moderate fracture, 3 levels"
    assert p1["report_ids"] == "R2;R1;R3"
    assert p1["finding"] == "fracture"
    assert wl[1]["priority"] == "3"
    # referrer alerts: one row per positive report, grouped by referrer
    ref = read(tmp_path / "o" / "referrer_alerts.csv")
    assert [(r["referrer"], r["report_id"]) for r in ref] == [
        ("Dr A", "R4"),
        ("Dr A", "R1"),
        ("Dr A", "R3"),
        ("Dr B", "R2"),
    ]
    assert all("FRAX" in r["next_steps"] for r in ref)


def test_logs_carry_ids_not_report_text_unless_log_phi(tmp_path, csvfile, caplog):
    secret = "Wedge compression fracture of T12 in Mrs Secretname."
    src = csvfile([rep("R1", "P1", secret)], "in.csv")
    with caplog.at_level(logging.DEBUG, logger="vfx_finder"):
        run([src], tmp_path / "a", workers=1)
    assert "Secretname" not in caplog.text
    assert "R-" in caplog.text  # the run id is logged
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger="vfx_finder"):
        run([src], tmp_path / "b", workers=1, log_phi=True)
    assert "Secretname" in caplog.text
    assert all(r.levelno == logging.DEBUG for r in caplog.records if "Secretname" in r.getMessage())


def test_a_second_run_on_a_locked_store_fails_with_one_line(tmp_path, csvfile, cli):
    src = csvfile([rep("R1", "P1", T12)], "in.csv")
    state = tmp_path / "state.sqlite"
    lock = RunLock(state)
    lock.acquire(0)
    try:
        with pytest.raises(StateError, match="another vfx-finder run is using the state store"):
            run([src], tmp_path / "o", state_path=state, workers=1, lock_timeout=0.2)
        r = cli(
            "run",
            str(src),
            "--out",
            str(tmp_path / "o"),
            "--state",
            str(state),
            "--workers",
            "1",
            "--lock-timeout",
            "0",
            "--no-progress",
        )
        assert r.exit_code == 1
        assert r.output.count("\n") == 1 and r.output.startswith("error: another vfx-finder run")
    finally:
        lock.release()
    assert not (tmp_path / "o" / "worklist.csv").exists()
    assert run([src], tmp_path / "o", state_path=state, workers=1).worklist_rows == 1


def test_a_failed_run_publishes_and_records_nothing(tmp_path, csvfile, monkeypatch):
    import vfx_finder.run as run_mod

    src = csvfile([rep("R1", "P1", T12)], "in.csv")
    state = tmp_path / "state.sqlite"
    monkeypatch.setattr(run_mod, "referrer_row", lambda row: 1 / 0)
    with pytest.raises(run_mod.RunError, match="no output was published"):
        run([src], tmp_path / "o", state_path=state, workers=1)
    assert list((tmp_path / "o").iterdir()) == []
    store = StateStore.open(state, readonly=True)
    assert store.conn.execute("SELECT status FROM runs").fetchall()[0][0] == "failed"
    assert store.conn.execute("SELECT COUNT(*) FROM alerts").fetchone()[0] == 0
    store.close()
    monkeypatch.undo()
    assert run([src], tmp_path / "o", state_path=state, workers=1).worklist_rows == 1


# ---------------------------------------------------------------------------------------------- kill -9
DAY1 = [
    rep("A1", "P1", T12, date="2026-11-01"),
    rep("A2", "P2", L2_POSSIBLE, date="2026-11-02"),
    rep("A3", "P9", T12, age="40"),
]
DAY2 = [
    rep("B1", "P1", T12_L1, date="2026-11-20", referrer='=HYPERLINK("x")'),  # new level L1
    rep("B2", "P2", L2_POSSIBLE, date="2026-11-21"),  # nothing new
    rep("B3", "P3", T8_MODERATE, date="2026-11-05", referrer="Dr C"),  # new patient, priority 1
    rep("B4", "P4", T12, age=""),  # review: no age
    rep("B5", "P5", T12, age="45"),  # under 50
    rep("B6", "P6", NORMAL),
    rep("B7", "P7", L2_POSSIBLE, referrer="Dr C"),
    rep("B8", "P3", T12, date="2026-11-06", referrer="Dr C"),  # same run, same patient
    rep("B9", "P9", T12_L1, age="41"),
]
OUTPUTS = ("worklist.csv", "referrer_alerts.csv", "report_findings.csv", "rejected.csv")


def _env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VFX_")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


def _cmd(src: Path, out: Path, state: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "vfx_finder",
        "run",
        str(src),
        "--out",
        str(out),
        "--state",
        str(state),
        "--workers",
        "1",
        "--no-progress",
        "--lock-timeout",
        "120",
    ]


def _alerts(state: Path) -> list[tuple]:
    con = sqlite3.connect(f"file:{state}?mode=ro", uri=True)
    rows = con.execute(
        "SELECT alert_id, patient_id, levels, new_levels, reason, priority, report_ids FROM alerts ORDER BY seq"
    ).fetchall()
    con.close()
    return rows


def _findings(state: Path) -> list[tuple]:
    con = sqlite3.connect(f"file:{state}?mode=ro", uri=True)
    rows = con.execute("SELECT patient_id, report_id, levels, finding FROM findings ORDER BY 1, 2").fetchall()
    con.close()
    return rows


def _leftovers(*folders: Path) -> list[str]:
    return sorted(
        p.name for f in folders if f.exists() for p in f.iterdir() if p.name.endswith(".tmp") or ".stage-" in p.name
    )


@pytest.fixture(scope="module")
def crash_world(tmp_path_factory):
    """A state store seeded with day 1, and the clean single run of day 2 on a copy of it."""
    base = tmp_path_factory.mktemp("crash")
    day1, day2 = base / "day1.csv", base / "day2.csv"
    for path, rows in ((day1, DAY1), (day2, DAY2)):
        with path.open("w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=HEADER)
            w.writeheader()
            w.writerows(rows)
    seed = base / "seed" / "state.sqlite"
    run([day1], base / "seed" / "out", state_path=seed, workers=1)
    assert not Path(str(seed) + "-wal").exists()  # closed cleanly: one file to copy
    clean_state = base / "clean" / "state.sqlite"
    clean_state.parent.mkdir()
    shutil.copy(seed, clean_state)
    clean = run([day2], base / "clean" / "out", state_path=clean_state, workers=1)
    assert clean.alerts_new == 4 and clean.alerts_carried == 0
    return {
        "base": base,
        "day2": day2,
        "seed": seed,
        "clean_out": base / "clean" / "out",
        "clean_state": clean_state,
        "ref_alerts": _alerts(clean_state),
        "ref_findings": _findings(clean_state),
    }


def _new_state(world, name: str) -> Path:
    d = world["base"] / name
    d.mkdir()
    state = d / "state.sqlite"
    shutil.copy(world["seed"], state)
    return state


def _assert_same_as_clean(world, out: Path, state: Path, *, exact_files: bool = True) -> None:
    assert _alerts(state) == world["ref_alerts"]
    assert _findings(state) == world["ref_findings"]
    if exact_files:
        for name in OUTPUTS:
            assert (out / name).read_bytes() == (world["clean_out"] / name).read_bytes(), name
    assert _leftovers(out, state.parent) == []
    store = StateStore.open(state, readonly=True)
    check = store.check()
    store.close()
    assert check["ok"] and check["unfinished_runs"] == [], check
    assert set(check["counts"]["runs"]) <= {"published", "failed"}


def test_clean_run_reference_is_what_we_expect(crash_world):
    wl = read(crash_world["clean_out"] / "worklist.csv")
    today = time.strftime("%Y-%m-%d")
    assert [(r["alert_id"], r["patient_id"], r["priority"], r["levels"], r["reason"]) for r in wl] == [
        ("A-000003", "P3", "1", "T8;T12", "new patient"),  # priority, then earliest exam date
        ("A-000004", "P1", "1", "T12;L1", f"new level L1 since alert A-000001 on {today}"),
        ("A-000005", "P4", "2", "T12", "age unknown: no usable age (date_of_birth / age); check eligibility"),
        ("A-000006", "P7", "3", "L2", "new patient"),
    ]
    assert wl[1]["previously_reported"] == "T12 previously reported on 2026-11-01 (report A1)"
    assert wl[0]["previously_reported"] == ""
    assert wl[1]["referrer"] == '\'=HYPERLINK("x")'


NAMED_POINTS = ["started", "streaming", "before-commit", "after-commit", "mid-publish", "after-publish"]


@pytest.mark.slow
def test_kill_9_at_named_points_then_rerun_loses_and_duplicates_nothing(crash_world):
    procs = {}
    for point in NAMED_POINTS:
        state = _new_state(crash_world, f"named-{point}")
        out = state.parent / "out"
        procs[point] = (
            subprocess.Popen(
                _cmd(crash_world["day2"], out, state),
                env=_env(VFX_TEST_CRASH_AT=point),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            ),
            out,
            state,
        )
    for point, (p, out, state) in procs.items():
        _, err = p.communicate(timeout=300)
        assert p.returncode == -signal.SIGKILL, (point, p.returncode, err.decode()[-2000:])
        assert f"vfx-checkpoint {point}".encode() in err
        published_before = (out / "worklist.csv").exists()
        # the worklist is published whole or not at all
        if point in ("started", "streaming", "before-commit", "after-commit"):
            assert not published_before, point
        result = run([crash_world["day2"]], out, state_path=state, workers=1)
        assert result.recovered_runs, point
        _assert_same_as_clean(crash_world, out, state)
        # and one more identical run (into a new folder): nothing new
        again = run([crash_world["day2"]], state.parent / "again", state_path=state, workers=1)
        assert again.worklist_rows == 0, point


@pytest.mark.slow
def test_kill_9_during_recovery_and_rerun_into_another_folder(crash_world):
    # (a) killed after commit, the re-run killed right after recovering it, then a third run
    state_a = _new_state(crash_world, "chain")
    out_a = state_a.parent / "out"
    # (b) killed after commit, re-run writes to a different folder: the recovered files stay in the first
    state_b = _new_state(crash_world, "other-folder")
    out_b1, out_b2 = state_b.parent / "out1", state_b.parent / "out2"
    pa = subprocess.Popen(
        _cmd(crash_world["day2"], out_a, state_a), env=_env(VFX_TEST_CRASH_AT="after-commit"), stderr=subprocess.PIPE
    )
    pb = subprocess.Popen(
        _cmd(crash_world["day2"], out_b1, state_b), env=_env(VFX_TEST_CRASH_AT="after-commit"), stderr=subprocess.PIPE
    )
    for p in (pa, pb):
        p.communicate(timeout=300)
        assert p.returncode == -signal.SIGKILL
    pa2 = subprocess.run(
        _cmd(crash_world["day2"], out_a, state_a),
        env=_env(VFX_TEST_CRASH_AT="recovered"),
        stderr=subprocess.PIPE,
        timeout=300,
    )
    assert pa2.returncode == -signal.SIGKILL
    assert (out_a / "worklist.csv").exists()  # recovery published the first run's files
    run([crash_world["day2"]], out_a, state_path=state_a, workers=1)
    _assert_same_as_clean(crash_world, out_a, state_a)

    result = run([crash_world["day2"]], out_b2, state_path=state_b, workers=1)
    assert result.worklist_rows == 0
    _assert_same_as_clean(crash_world, out_b2, state_b, exact_files=False)
    for name in OUTPUTS:
        assert (out_b1 / name).read_bytes() == (crash_world["clean_out"] / name).read_bytes(), name


def _kill_after_marker(p: subprocess.Popen, delay: float, seen: list[str]) -> None:
    """Wait until the run has analysed its first reports ('vfx-checkpoint streaming'), then SIGKILL it after
    ``delay`` seconds (the earlier points are covered by the named-point test)."""
    for raw in p.stderr:
        line = raw.decode(errors="replace").strip()
        if line.startswith("vfx-checkpoint "):
            seen.append(line.split()[1])
            if line.endswith(" streaming"):
                break
    time.sleep(delay)
    p.send_signal(signal.SIGKILL)
    for raw in p.stderr:
        line = raw.decode(errors="replace").strip()
        if line.startswith("vfx-checkpoint "):
            seen.append(line.split()[1])
    p.wait()


@pytest.mark.slow
def test_kill_9_at_random_moments_then_rerun(crash_world):
    rng = random.Random(20261124)
    runs = []
    for i in range(3):
        state = _new_state(crash_world, f"random-{i}")
        out = state.parent / "out"
        p = subprocess.Popen(
            _cmd(crash_world["day2"], out, state),
            env=_env(VFX_TEST_PAUSE="0.3"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        seen: list[str] = []
        delay = rng.uniform(0.6 * i, 0.6 * (i + 1))  # stratified: early, middle and late in the run
        t = threading.Thread(target=_kill_after_marker, args=(p, delay, seen))
        t.start()
        runs.append((t, p, out, state, seen))
    for t, p, out, state, seen in runs:
        t.join(timeout=300)
        # what was published before the re-run counts as published too
        snapshots = [read(out / "worklist.csv")] if (out / "worklist.csv").exists() else []
        run([crash_world["day2"]], out, state_path=state, workers=1)
        snapshots.append(read(out / "worklist.csv"))
        _assert_same_as_clean(crash_world, out, state, exact_files=False)
        by_id: dict[str, dict] = {}
        for snap in snapshots:
            for row in snap:
                assert by_id.setdefault(row["alert_id"], row) == row, seen  # one alert, one row
        ref = read(crash_world["clean_out"] / "worklist.csv")
        assert sorted(by_id.values(), key=lambda r: r["alert_id"]) == sorted(ref, key=lambda r: r["alert_id"]), seen
        print(f"random kill after checkpoint {seen[-1] if seen else '-'} (exit {p.returncode})")


@pytest.mark.slow
def test_two_runs_at_once_on_one_store(crash_world):
    state = _new_state(crash_world, "concurrent")
    outs = [state.parent / "out1", state.parent / "out2"]
    procs = [
        subprocess.Popen(
            _cmd(crash_world["day2"], out, state) + ["--verbose"],
            env=_env(VFX_TEST_PAUSE="0.1"),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for out in outs
    ]
    errs = []
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err.decode()[-2000:]
        errs.append(err.decode())
    assert any("waiting up to 120s for another run" in e for e in errs)  # the second one really waited
    rows = [row for out in outs for row in read(out / "worklist.csv")]
    ref = read(crash_world["clean_out"] / "worklist.csv")
    assert sorted(r["alert_id"] for r in rows) == sorted(r["alert_id"] for r in ref)  # each exactly once
    assert _alerts(state) == crash_world["ref_alerts"]
    store = StateStore.open(state, readonly=True)
    assert store.check()["ok"]
    store.close()
