"""Issue 18, PostgreSQL state: the same three nights give the same outputs with an SQLite file and with a
PostgreSQL database (a real server the test session starts: ``pg_server`` in tests/conftest.py), the
operator commands work on a URL, and two sites' concurrent runs into one database alert each patient once.

The nights (as tests/e2e/test_review_loop.py): night 1 alerts six patients; the coordinators' decisions
are imported; night 2 re-reports patients (the same report, a later report at the same level, a new level)
and brings new ones; night 3 re-reports a night-2 patient and adds one more.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from conftest import read_csv, write_rows

from vfx_finder.run import run

ROOT = Path(__file__).resolve().parents[2]
HEADER = ["report_id", "patient_id", "nhs_number", "age", "sex", "exam_date", "modality", "exam_name"]
HEADER += ["referrer", "text"]
T12 = "Wedge compression fracture of T12."
SECRET = "pw-9f3e-never-shown"


def rep(rid, pid, text, *, date="2026-01-10", nhs="", age="72"):
    return dict(report_id=rid, patient_id=pid, nhs_number=nhs, age=age, sex="F", exam_date=date, modality="CT",
                exam_name="CT chest", referrer="Dr A", text=text)  # fmt: skip


def write(path: Path, rows: list[dict], header=HEADER) -> Path:
    return write_rows(path, rows, header)


read = read_csv


NIGHTS = [
    [
        *(rep(f"R{i}", f"P{i}", T12) for i in range(1, 7)),
        rep("R7", "P7", "Mild loss of height of L2 in keeping with a fracture.", nhs="943 476 5919"),
        rep("R8", "P8", "No fracture. Normal spine."),
        rep("R9", "P9", T12, age="40"),  # under the FLS age: a referrer alert, no worklist row
    ],
    [
        rep("R1", "P1", T12),  # the same report again: the coordinator said it is not a fracture
        rep("R1b", "P1", T12, date="2026-02-01"),  # a later, real fracture: alerts
        rep("R2b", "P2", T12, date="2026-02-01"),  # already known: no alert at the same level
        rep("R3", "P3", T12),  # the same report: counts at the corrected level T11
        rep("R3b", "P3", "Wedge compression fracture of T11.", date="2026-02-01"),
        rep("R5b", "P5", "Wedge compression fracture of L1.", date="2026-02-01"),  # confirmed, new level: alerts
        rep("R7b", "P7", "Compression fracture of L2.", date="2026-02-01", nhs="9434765919"),  # re-reported: no alert
        rep("R10", "P10", "Osteoporotic collapse of T8 and T9.", date="2026-02-01"),
        rep("R11", "P11", "Normal chest.", date="2026-02-01"),
    ],
    [
        rep("R10b", "P10", "Known T8 and T9 fractures, unchanged.", date="2026-03-01"),  # no new level: no alert
        rep("R12", "P12", "Burst fracture of L3.", date="2026-03-01"),
        rep("R6c", "P6", "Wedge compression fracture of L4.", date="2026-03-01"),
    ],
]
DECISIONS = {
    "P1": ("not a vertebral fracture", "artefact"),
    "P2": ("already known to FLS", ""),
    "P3": ("wrong level", "T11 not T12"),
    "P4": ("not eligible", "palliative"),
    "P5": ("confirmed - FLS to assess", ""),
    "P6": ("not eligible", ""),
}
RUN_ID = re.compile(r"R-\d{8}-\d{6}-[0-9a-f]{6}")


def _scrub(value: str) -> str:
    return RUN_ID.sub("R-<run>", value)


def outputs(out: Path) -> dict[str, list[dict]]:
    """What a night published, run ids scrubbed (the only thing that differs between two stores)."""
    return {
        name: [{k: _scrub(v) for k, v in row.items()} for row in read(out / name)]
        for name in ("worklist.csv", "report_findings.csv", "referrer_alerts.csv")
    }


def store_alerts(fetch) -> list[tuple]:
    rows = fetch(
        "SELECT seq, alert_id, patient_id, nhs_number, report_id, report_ids, exam_date, levels, new_levels, finding, "
        "severity, priority, reason, alerted_on, superseded_by, row_json FROM alerts ORDER BY seq"
    )
    return [tuple(_scrub(str(v)) for v in r) for r in rows]


def three_nights(tmp: Path, state: str, cli) -> list[dict]:
    results = []
    for n, night in enumerate(NIGHTS, start=1):
        src = write(tmp / f"n{n}.csv", night)
        res = run([src], tmp / f"out{n}", state_path=state, workers=1)
        results.append(outputs(tmp / f"out{n}"))
        if n == 1:
            wl = read(tmp / "out1" / "worklist.csv")
            decisions = tmp / "decisions.csv"
            rows = [
                {"alert_id": r["alert_id"], "decision": DECISIONS[r["patient_id"]][0],
                 "decision_note": DECISIONS[r["patient_id"]][1]}
                for r in wl if r["patient_id"] in DECISIONS
            ]  # fmt: skip
            write(decisions, rows, header=["alert_id", "decision", "decision_note"])
            imported = cli("review", "import", str(decisions), "--state", state, "--reviewer", "Nurse A")
            assert imported.exit_code == 0, imported.output
            assert imported.output == "review import decisions.csv: 6 row(s) read, 6 recorded, 0 unchanged\n"
        summary = json.loads((tmp / f"out{n}" / "summary.json").read_text())
        results[-1]["state_path"] = summary["state"]["path"]
        results[-1]["new"] = res.alerts_new
    return results


def test_sqlite_and_postgresql_stores_give_identical_nights(tmp_path, pg_url, cli):
    lite_dir, pg_dir = tmp_path / "lite", tmp_path / "pg"
    lite_dir.mkdir()
    pg_dir.mkdir()
    lite_state = lite_dir / "state.sqlite"
    url = pg_url.replace("postgresql://postgres@", f"postgresql://postgres:{SECRET}@")  # trust: any password
    lite = three_nights(lite_dir, str(lite_state), cli)
    pg = three_nights(pg_dir, url, cli)

    assert [n.pop("state_path") for n in lite] == [str(lite_state)] * 3
    assert [n.pop("state_path") for n in pg] == [url.replace(SECRET, "***")] * 3
    for night, (a, b) in enumerate(zip(lite, pg), start=1):
        for name in a:
            assert a[name] == b[name], f"night {night}: {name} differs between SQLite and PostgreSQL"
    # the scenario did what it says (so that equal outputs mean something)
    wl = [{r["patient_id"]: r for r in n["worklist.csv"]} for n in pg]
    assert sorted(wl[0]) == ["P1", "P2", "P3", "P4", "P5", "P6", "P7"]
    assert sorted(wl[1]) == ["P1", "P10", "P5"]  # P7 re-reported at the same level: not alerted again
    assert sorted(wl[2]) == ["P12", "P6"]  # P10 re-reported, no new level: not alerted again
    assert wl[1]["P5"]["reason"].startswith("new level L1 since alert")
    assert [n["new"] for n in pg] == [7, 3, 2]

    with psycopg.connect(pg_url) as c:
        pg_alerts = store_alerts(lambda sql: c.execute(sql).fetchall())
        runs = c.execute("SELECT * FROM runs").fetchall()
    import sqlite3

    with sqlite3.connect(lite_state) as c:
        lite_alerts = store_alerts(lambda sql: c.execute(sql).fetchall())
    assert lite_alerts == pg_alerts and len(pg_alerts) == 12
    assert SECRET not in repr(runs) and [r[1] for r in runs] == ["published"] * 3

    # the operator commands on the URL, with the same answers as on the file
    for args in (["history", "P3"], ["history", "9434765919"], ["evaluate", "--from-reviews"]):
        a, b = cli(*args, "--state", str(lite_state)), cli(*args, "--state", url)
        assert a.exit_code == b.exit_code == 0, (a.output, b.output)
        stamp = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d")  # imported at
        same = [stamp.sub("<time>", _scrub(x.output.replace(str(d), "<dir>"))) for x, d in ((a, lite_dir), (b, pg_dir))]
        assert same[0] == same[1]
    audits = []
    for state, d in ((str(lite_state), lite_dir), (url, pg_dir)):
        a = cli("audit", "--state", state, "--from", "2026-01-01", "--to", "2026-12-31", "--out", str(d / "audit"))
        assert a.exit_code == 0, a.output
        audits.append(read(d / "audit" / "audit.csv"))
    assert audits[0] == audits[1] and audits[0]
    check = cli("state", "check", "--state", url)
    assert check.exit_code == 0, check.output
    assert check.output.startswith(f"state store {url.replace(SECRET, '***')}: OK\n")
    assert "runs: published 3; alerts 12" in check.output
    for out in [pg_dir / f"out{n}" for n in (1, 2, 3)]:
        for f in out.iterdir():
            assert SECRET not in f.read_text(errors="replace"), f
    again = cli("worklist", "--run", "R-20000101-000000-abcdef", "--state", url, "--out", str(tmp_path / "x"))
    assert again.exit_code == 2
    assert again.output == (
        f"error: no run R-20000101-000000-abcdef in {url.replace(SECRET, '***')}; "
        "the run id is in the run's summary line and log\n"
    )


def test_run_on_a_server_that_is_down_is_one_line_exit_1(tmp_path, cli, pg_server):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    src = write(tmp_path / "in.csv", [rep("R1", "P1", T12)])
    url = f"postgresql://vfx:{SECRET}@127.0.0.1:{port}/vfx"
    r = cli("run", str(src), "--out", str(tmp_path / "o"), "--state", url, "--workers", "1", "--no-progress")
    assert r.exit_code == 1
    assert r.output.startswith(f"error: cannot connect to the state store postgresql://vfx:***@127.0.0.1:{port}/vfx (")
    assert r.output.count("\n") == 1 and SECRET not in r.output and T12 not in r.output
    assert not (tmp_path / "o" / "worklist.csv").exists()


def test_two_sites_running_at_once_into_one_database_alert_each_patient_once(tmp_path, pg_url):
    """Site A and site B share patients (a patient seen at both hospitals); both nightly runs start together."""
    url = pg_url.replace("postgresql://postgres@", f"postgresql://postgres:{SECRET}@")
    shared = [rep(f"S{i}", f"P{i}", T12) for i in range(1, 6)]
    site_a = write(tmp_path / "a.csv", [*shared, rep("A1", "PA1", "Fracture of L1."), rep("A2", "PA2", "Normal.")])
    site_b = [{**r, "report_id": f"B{r['report_id']}", "exam_date": "2026-01-11"} for r in shared]
    site_b = write(tmp_path / "b.csv", [*site_b, rep("B1", "PB1", "Collapse of T7.")])
    env = {**os.environ, "PYTHONPATH": str(ROOT), "VFX_TEST_PAUSE": "0.5"}  # hold the lock a little longer
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "vfx_finder",
                "run",
                str(src),
                "--out",
                str(tmp_path / name),
                "--state",
                url,
                "--lock-timeout",
                "600",
                "--workers",
                "1",
                "--no-progress",
                "-v",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )  # fmt: skip
        for src, name in ((site_a, "out_a"), (site_b, "out_b"))
    ]
    done = [p.communicate(timeout=600) for p in procs]
    for p, (out, err) in zip(procs, done):
        assert p.returncode == 0, err[-3000:]
        assert SECRET not in out + err and "Wedge compression" not in out + err
    waited = [err for _, err in done if "waiting up to 600s for another run to release" in err]
    assert len(waited) == 1, "the two runs did not meet at the lock"

    new = [{r["patient_id"] for r in read(tmp_path / name / "worklist.csv")} for name in ("out_a", "out_b")]
    everyone = {f"P{i}" for i in range(1, 6)} | {"PA1", "PB1"}
    assert new[0] | new[1] == everyone
    assert new[0] & new[1] == set(), "a patient is new on both sites' worklists"
    with psycopg.connect(pg_url) as c:
        per_patient = dict(c.execute("SELECT patient_id, COUNT(*) FROM alerts GROUP BY patient_id").fetchall())
        statuses = [r[0] for r in c.execute("SELECT status FROM runs")]
        listed_new = c.execute("SELECT COUNT(*) FROM run_alerts WHERE carried = 0").fetchone()[0]
    assert per_patient == dict.fromkeys(everyone, 1)
    assert statuses == ["published", "published"] and listed_new == len(everyone)
    for name in ("out_a", "out_b"):
        summary = (tmp_path / name / "summary.json").read_text()
        assert SECRET not in summary and url.replace(SECRET, "***") in summary


@pytest.mark.parametrize("point", ["before-commit", "after-commit"])
def test_kill_9_mid_run_on_postgresql_loses_nothing_and_alerts_once(tmp_path, pg_url, point):
    """SIGKILL at the commit point: the server drops the dead run's lock; the next run cleans up or publishes."""
    src = write(tmp_path / "n1.csv", NIGHTS[0])
    out = tmp_path / "out1"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "VFX_TEST_CRASH_AT": point}
    cmd = [sys.executable, "-m", "vfx_finder", "run", str(src), "--out", str(out), "--state", pg_url]
    killed = subprocess.run([*cmd, "--workers", "1", "--no-progress"], capture_output=True, text=True, env=env)
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    assert not (out / "worklist.csv").exists()
    res = run([src], out, state_path=pg_url, workers=1, lock_timeout=0)  # the dead run's lock is gone at once
    assert len(res.recovered_runs) == 1
    rows = read(out / "worklist.csv")
    assert sorted(r["patient_id"] for r in rows) == ["P1", "P2", "P3", "P4", "P5", "P6", "P7"]
    assert (res.alerts_new, res.alerts_carried) == ((7, 0) if point == "before-commit" else (0, 7))
    again = run([src], tmp_path / "again", state_path=pg_url, workers=1)
    assert again.worklist_rows == 0
    with psycopg.connect(pg_url) as c:
        per_patient = dict(c.execute("SELECT patient_id, COUNT(*) FROM alerts GROUP BY patient_id").fetchall())
        statuses = sorted(r[0] for r in c.execute("SELECT status FROM runs"))
    assert per_patient == {f"P{i}": 1 for i in range(1, 8)}
    assert statuses == (["failed", "published", "published"] if point == "before-commit" else ["published"] * 3)
    assert not list(out.glob(".*stage-*")) and not list(out.glob(".*.tmp"))


def test_nightly_sh_with_a_postgresql_store(tmp_path, pg_url):
    """scripts/nightly.sh with VFX_STATE=postgresql://...: refuses a database without a store unless told,
    runs `state check` on it afterwards, and never writes the password to its log."""
    url = pg_url.replace("postgresql://postgres@", f"postgresql://postgres:{SECRET}@")
    shown = url.replace(SECRET, "***")
    src = write(tmp_path / "in.csv", [rep("R1", "P1", T12), rep("R2", "P2", "Normal spine.")])
    home = tmp_path / "vfx"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "SHELL": "/bin/sh", "PYTHONPATH": str(ROOT),
           "VFX_FINDER": f"{sys.executable} -m vfx_finder", "VFX_ARGS": "--workers 1", "VFX_HOME": str(home),
           "VFX_STATE": url}  # fmt: skip
    script = str(ROOT / "scripts" / "nightly.sh")
    refused = subprocess.run([script, str(src)], env=env, capture_output=True, text=True, timeout=300)
    assert refused.returncode == 1
    assert refused.stderr == (
        f"nightly: run failed (exit 1): error: state store {shown} has no vfx-finder tables yet; give the URL of "
        "the existing store, or allow a new one (--new-state) if this is the first run\n"
    )
    first = subprocess.run([script, "--new-state", str(src)], env=env, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, (first.stderr, (home / "logs" / "nightly.log").read_text())
    assert first.stdout == "" and first.stderr == ""
    log = (home / "logs" / "nightly.log").read_text()
    assert f"state: {shown}" in log and f"state store {shown}: OK" in log
    assert SECRET not in log and "Wedge" not in log
    assert [r["patient_id"] for r in read(home / "runs" / "latest" / "worklist.csv")] == ["P1"]
