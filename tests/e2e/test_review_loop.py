"""Issue 14 "Done when": run -> decisions in worklist.xlsx -> review import -> the next night honours them.

Runs are in-process (the pipeline loads once per session); ``review import``, ``known import`` and
``evaluate --from-reviews`` run as real ``python -m vfx_finder`` processes.
"""

from __future__ import annotations

import csv
import math
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from vfx_finder.run import run

ROOT = Path(__file__).resolve().parents[2]
HEADER = [
    "report_id",
    "patient_id",
    "nhs_number",
    "age",
    "sex",
    "exam_date",
    "modality",
    "exam_name",
    "referrer",
    "text",
]


def rep(rid, pid, text, *, date="2026-01-10", nhs=""):
    return {
        "report_id": rid,
        "patient_id": pid,
        "nhs_number": nhs,
        "age": "72",
        "sex": "F",
        "exam_date": date,
        "modality": "CT",
        "exam_name": "CT chest",
        "referrer": "Dr A",
        "text": text,
    }


def write(path: Path, rows: list[dict], header=HEADER) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=header)
        w.writeheader()
        w.writerows(rows)
    return path


def read(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def vfx(*args: str) -> subprocess.CompletedProcess:
    """The real command line, as a separate process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "vfx_finder", *args], capture_output=True, text=True, env=env, timeout=300
    )


def fill_decisions(src: Path, dst: Path, by_patient: dict[str, tuple[str, str]]) -> None:
    """What the coordinator does in Excel: pick a decision (and a note) on each patient's row."""
    wb = load_workbook(src)
    ws = wb["Worklist"]
    header = [c.value for c in ws[1]]
    pcol, dcol, ncol = (header.index(k) + 1 for k in ("patient_id", "decision", "decision_note"))
    for r in range(2, ws.max_row + 1):
        pid = ws.cell(row=r, column=pcol).value
        if pid in by_patient:
            decision, note = by_patient[pid]
            ws.cell(row=r, column=dcol, value=decision)
            ws.cell(row=r, column=ncol, value=note or None)
    wb.save(dst)


def decision_rows(state: Path) -> list[tuple]:
    with sqlite3.connect(state) as c:
        return c.execute(
            "SELECT alert_id, decision, decision_note, levels, reviewer FROM review_decisions ORDER BY seq"
        ).fetchall()


T12 = "Wedge compression fracture of T12."
NIGHT1 = [
    rep("R1", "P1", T12),
    rep("R2", "P2", T12),
    rep("R3", "P3", T12),
    rep("R4", "P4", T12),
    rep("R5", "P5", T12),
    rep("R6", "P6", T12),
]
DECISIONS = {
    "P1": ("not a vertebral fracture", "artefact"),
    "P2": ("already known to FLS", ""),
    "P3": ("wrong level", "T11 not T12"),
    "P4": ("not eligible", "palliative"),
    "P5": ("confirmed - FLS to assess", ""),
    "P6": ("not eligible", ""),
}


@pytest.fixture(scope="module")
def night1(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("review")
    state = tmp / "s.sqlite"
    src = write(tmp / "n1.csv", NIGHT1)
    res = run([src], tmp / "n1", state_path=state, workers=1)
    return tmp, state, res


def test_the_run_writes_xlsx_and_html_beside_the_csv_through_the_manifest(night1):
    tmp, state, res = night1
    out = tmp / "n1"
    names = [m["name"] for m in res.manifest]
    assert {"worklist.xlsx", "worklist.html", "worklist.csv"} <= set(names) and names[-1] == "worklist.csv"
    for name in ("worklist.xlsx", "worklist.html"):
        assert os.stat(out / name).st_mode & 0o777 == 0o600, name
    assert not list(out.glob(".*.tmp"))
    from vfx_finder.publish.xlsx import read_worklist_xlsx

    xrows = read_worklist_xlsx(out / "worklist.xlsx")
    crows = read(out / "worklist.csv")
    assert [r["alert_id"] for r in xrows] == [r["alert_id"] for r in crows] and len(crows) == 6
    assert all(r["priority_reason"] == c["priority_reason"] != "" for r, c in zip(xrows, crows))
    html = (out / "worklist.html").read_text(encoding="utf-8")
    assert html.count('class="card') == 6 and "<mark" in html
    assert "Wedge compression fracture of T12." in re.sub(r"<[^>]+>", "", html)  # the report text, highlighted


def test_triage_flags_column_and_report_text_only_for_tonights_patients(tmp_path):
    src = write(
        tmp_path / "in.csv",
        [
            rep(
                "R1",
                "P1",
                "Lungs clear, heart size normal.\n\nOn alendronate. <script>alert(1)</script>\n\n"
                "Wedge compression fracture of T12.",
            ),
            rep("R2", "P2", "Normal spine. Nursing home resident."),
        ],
    )
    res = run([src], tmp_path / "o", state_path=tmp_path / "s.sqlite", workers=1)
    rows = read(tmp_path / "o" / "worklist.csv")
    assert list(rows[0])[-1] == "triage_flags"
    assert (
        rows[0]["triage_flags"].startswith("on bone protection or under a bone specialist:")
        and "(report R1)" in rows[0]["triage_flags"]
    )
    html = (tmp_path / "o" / "worklist.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Nursing home resident" not in html  # a negative report's text never reaches the page
    assert res.worklist_rows == 1
    assert "Lungs clear, heart size normal." in re.sub(r"<[^>]+>", "", html)  # the whole report on its card
    # the state store keeps evidence and flag sentences (as worklist rows), never the report text
    with sqlite3.connect(tmp_path / "s.sqlite") as c:
        dump = "\n".join(c.iterdump())
    assert "Lungs clear" not in dump
    assert not list(tmp_path.glob(".s.sqlite.stage-*"))  # the scratch stage with the text is gone


def test_round_trip_each_decision_kind_acts_on_the_next_night(night1):
    tmp, state, _ = night1
    filled = tmp / "reviewed.xlsx"
    fill_decisions(tmp / "n1" / "worklist.xlsx", filled, DECISIONS)

    first = vfx("review", "import", str(filled), "--state", str(state), "--reviewer", "Nurse A")
    assert first.returncode == 0, first.stderr
    assert first.stdout == "review import reviewed.xlsx: 6 row(s) read, 6 recorded, 0 unchanged\n"
    recorded = decision_rows(state)
    assert len(recorded) == 6 and {r[4] for r in recorded} == {"Nurse A"}
    assert [r[3] for r in recorded if r[1] == "wrong level"] == ["T11"]

    again = vfx("review", "import", str(filled), "--state", str(state), "--reviewer", "Nurse A")
    assert again.returncode == 0, again.stderr
    assert again.stdout == "review import reviewed.xlsx: 6 row(s) read, 0 recorded, 6 unchanged\n"
    assert decision_rows(state) == recorded

    hist = vfx("history", "P3", "--state", str(state))
    assert hist.returncode == 0 and "wrong level  note T11 not T12" in hist.stdout and "by Nurse A" in hist.stdout

    night2 = [
        rep("R1", "P1", T12),  # the same report again: the coordinator said it is not a fracture
        rep("R1b", "P1", T12, date="2026-02-01"),  # a later, real fracture: alerts
        rep("R2b", "P2", T12, date="2026-02-01"),  # already known: no alert at the same level
        rep("R3", "P3", T12),  # the same report: counts at the corrected level T11
        rep("R3b", "P3", "Wedge compression fracture of T11.", date="2026-02-01"),  # the corrected level: no alert
        rep("R4b", "P4", T12, date="2026-02-01"),  # not eligible: off the list at the same level
        rep("R5b", "P5", "Wedge compression fracture of L1.", date="2026-02-01"),  # confirmed, new level: alerts
        rep("R6b", "P6", "Wedge compression fracture of L2.", date="2026-02-01"),  # not eligible, new level: alerts
    ]
    run([write(tmp / "n2.csv", night2)], tmp / "n2", state_path=state, workers=1)
    rows = {r["patient_id"]: r for r in read(tmp / "n2" / "worklist.csv")}
    assert sorted(rows) == ["P1", "P5", "P6"]
    assert rows["P1"]["report_ids"] == "R1b" and rows["P1"]["reason"] == "new patient"
    assert rows["P1"]["previously_reported"] == ""  # R1's T12 no longer counts as previously reported
    assert rows["P5"]["reason"].startswith("new level L1 since alert")
    assert rows["P6"]["reason"].startswith("new level L2 since alert")


def test_wrong_level_moves_what_counts_as_new(tmp_path):
    state = tmp_path / "s.sqlite"
    res = run([write(tmp_path / "a.csv", [rep("R1", "P1", T12)])], tmp_path / "a", state_path=state, workers=1)
    alert = read(tmp_path / "a" / "worklist.csv")[0]["alert_id"]
    write(
        tmp_path / "d.csv",
        [{"alert_id": alert, "decision": "wrong level", "decision_note": "L1"}],
        ["alert_id", "decision", "decision_note"],
    )
    assert vfx("review", "import", str(tmp_path / "d.csv"), "--state", str(state)).returncode == 0
    # T12 was never there: a real T12 on a later report is a new level
    run(
        [write(tmp_path / "b.csv", [rep("R2", "P1", T12, date="2026-03-01")])],
        tmp_path / "b",
        state_path=state,
        workers=1,
    )
    rows = read(tmp_path / "b" / "worklist.csv")
    assert [r["reason"][:27] for r in rows] == [f"new level T12 since alert {alert}"[:27]]
    assert res.worklist_rows == 1


def test_a_changed_decision_is_a_new_decision_and_the_latest_wins(tmp_path):
    state = tmp_path / "s.sqlite"
    run([write(tmp_path / "a.csv", [rep("R1", "P1", T12)])], tmp_path / "a", state_path=state, workers=1)
    alert = read(tmp_path / "a" / "worklist.csv")[0]["alert_id"]
    cols = ["alert_id", "decision", "decision_note"]
    write(tmp_path / "d1.csv", [{"alert_id": alert, "decision": "not a vertebral fracture", "decision_note": ""}], cols)
    write(
        tmp_path / "d2.csv", [{"alert_id": alert, "decision": "confirmed - FLS to assess", "decision_note": ""}], cols
    )
    assert vfx("review", "import", str(tmp_path / "d1.csv"), "--state", str(state)).returncode == 0
    res = vfx("review", "import", str(tmp_path / "d2.csv"), "--state", str(state))
    assert res.stdout == "review import d2.csv: 1 row(s) read, 1 recorded, 0 unchanged\n"
    assert [r[1] for r in decision_rows(state)] == ["not a vertebral fracture", "confirmed - FLS to assess"]
    # latest = confirmed: the alert stands, the same level the next night is not alerted again
    run(
        [write(tmp_path / "b.csv", [rep("R2", "P1", T12, date="2026-03-01")])],
        tmp_path / "b",
        state_path=state,
        workers=1,
    )
    assert read(tmp_path / "b" / "worklist.csv") == []


def test_bad_rows_are_rejected_one_line_each_and_nothing_is_imported(night1):
    tmp, state, _ = night1
    alert = read(tmp / "n1" / "worklist.csv")[0]["alert_id"]
    before = decision_rows(state)
    bad = write(
        tmp / "bad.csv",
        [
            {"alert_id": alert, "decision": "confirmed - FLS to assess", "decision_note": ""},
            {"alert_id": alert, "decision": "maybe", "decision_note": ""},
            {"alert_id": "A-999999", "decision": "not eligible", "decision_note": ""},
            {"alert_id": alert, "decision": "wrong level", "decision_note": "the one above"},
            {"alert_id": alert, "decision": "", "decision_note": ""},
        ],
        ["alert_id", "decision", "decision_note"],
    )
    res = vfx("review", "import", str(bad), "--state", str(state))
    assert res.returncode == 2
    choices = " / ".join(
        (
            "confirmed - FLS to assess",
            "not a vertebral fracture",
            "already known to FLS",
            "not eligible",
            "wrong level",
            "other",
        )
    )
    assert res.stderr.splitlines() == [
        f"error: bad.csv row 3: unknown decision 'maybe'; choose one of: {choices}",
        f"error: bad.csv row 4: unknown alert id 'A-999999' (not in the state store {state})",
        "error: bad.csv row 5: 'wrong level' needs the right level in decision_note (e.g. T11)",
        "error: bad.csv: nothing imported; correct the row(s) above and import again",
    ]
    assert res.stdout == ""
    assert decision_rows(state) == before


def test_known_import_prevents_first_night_alerts(tmp_path):
    state = tmp_path / "s.sqlite"
    run(
        [write(tmp_path / "empty.csv", [rep("R0", "P0", "Normal spine.")])],
        tmp_path / "o0",
        state_path=state,
        workers=1,
    )
    known = write(
        tmp_path / "known.csv",
        [
            {"nhs_number": "943 476 5919", "patient_id": "", "date": "", "levels": "T12"},
            {"nhs_number": "", "patient_id": "P8", "date": "2026-06-01", "levels": ""},
            {"nhs_number": "", "patient_id": "P9", "date": "2026-06-01", "levels": "T12"},
            {"nhs_number": "", "patient_id": "P10", "date": "2025-06-01", "levels": ""},
        ],
        ["nhs_number", "patient_id", "date", "levels"],
    )
    res = vfx("known", "import", str(known), "--state", str(state))
    assert res.returncode == 0, res.stderr
    assert res.stdout == "known import known.csv: 4 row(s) read, 4 recorded, 0 unchanged\n"
    again = vfx("known", "import", str(known), "--state", str(state))
    assert again.stdout == "known import known.csv: 4 row(s) read, 0 recorded, 4 unchanged\n"
    night = [
        rep("R7", "P7", T12, nhs="9434765919"),  # known by NHS number at T12: no alert
        rep("R8", "P8", T12),  # known since 2026-06-01, fracture reported before: no alert
        rep("R9", "P9", "Compression fractures of T12 and L1."),  # known T12, L1 is new: alerted
        rep("R10", "P10", T12, date="2026-01-10"),  # known since 2025-06-01: this later fracture is new
        rep("R11", "P11", T12),  # not known: alerted
    ]
    run([write(tmp_path / "n1.csv", night)], tmp_path / "o1", state_path=state, workers=1)
    rows = {r["patient_id"]: r for r in read(tmp_path / "o1" / "worklist.csv")}
    assert sorted(rows) == ["P10", "P11", "P9"]
    assert rows["P9"]["reason"] == "new level L1 beyond the levels known to the FLS (known since 2026-06-01)"
    assert rows["P11"]["reason"] == "new patient"


def test_known_import_bad_rows_one_line_each(tmp_path):
    state = tmp_path / "s.sqlite"
    run([write(tmp_path / "e.csv", [rep("R0", "P0", "Normal spine.")])], tmp_path / "o", state_path=state, workers=1)
    bad = write(
        tmp_path / "k.csv",
        [
            {"nhs_number": "12345", "patient_id": "", "date": "", "levels": ""},
            {"nhs_number": "", "patient_id": "", "date": "", "levels": ""},
            {"nhs_number": "", "patient_id": "P1", "date": "someday", "levels": ""},
            {"nhs_number": "", "patient_id": "P2", "date": "", "levels": "lumbar"},
        ],
        ["nhs_number", "patient_id", "date", "levels"],
    )
    res = vfx("known", "import", str(bad), "--state", str(state))
    assert res.returncode == 2
    assert res.stderr.splitlines() == [
        "error: k.csv row 2: nhs_number '12345' is not 10 digits",
        "error: k.csv row 3: no nhs_number or patient_id",
        "error: k.csv row 4: date 'someday' not understood (use YYYY-MM-DD)",
        "error: k.csv row 5: levels 'lumbar' name no vertebral level (e.g. T12;L1)",
        "error: k.csv: nothing imported; correct the row(s) above and import again",
    ]
    with sqlite3.connect(state) as c:
        assert c.execute("SELECT COUNT(*) FROM known_patients").fetchone()[0] == 0


def wilson(k: int, n: int, z: float = 1.959963984540054) -> tuple[float, float]:
    """The Wilson score interval, by its formula (independent of statsmodels)."""
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def test_ppv_from_reviews_on_a_hand_made_example(tmp_path):
    state = tmp_path / "s.sqlite"
    reports = [rep(f"R{i}", f"P{i}", T12) for i in range(1, 8)]
    run([write(tmp_path / "a.csv", reports)], tmp_path / "a", state_path=state, workers=1)
    alerts = [r["alert_id"] for r in read(tmp_path / "a" / "worklist.csv")]
    decided = ["confirmed - FLS to assess", "confirmed - FLS to assess", "wrong level", "already known to FLS"]
    decided += ["not a vertebral fracture", "other", ""]
    rows = [
        {"alert_id": a, "decision": d, "decision_note": "L1" if d == "wrong level" else ""}
        for a, d in zip(alerts, decided)
    ]
    write(tmp_path / "d.csv", rows, ["alert_id", "decision", "decision_note"])
    imp = vfx("review", "import", str(tmp_path / "d.csv"), "--state", str(state))
    assert imp.stdout == "review import d.csv: 7 row(s) read, 6 recorded, 0 unchanged, 1 blank decision(s) skipped\n"
    res = vfx("evaluate", "--from-reviews", "--state", str(state), "--json")
    assert res.returncode == 0, res.stderr
    import json

    got = json.loads(res.stdout)
    assert (got["true_fracture"], got["not_fracture"], got["n"]) == (4, 1, 5)
    assert got["ppv"] == pytest.approx(0.8)
    assert got["ppv_ci95"] == pytest.approx(list(wilson(4, 5)), abs=1e-9)
    line = vfx("evaluate", "--from-reviews", "--state", str(state), "--since", "2999-01-01")
    assert line.stdout.startswith("no coordinator decisions since 2999-01-01")


def test_worklist_re_export_writes_the_xlsx_too(night1, cli):
    tmp, state, res = night1
    out = tmp / "re-export"
    got = cli("worklist", "--run", res.run_id, "--state", str(state), "--out", str(out))
    assert got.exit_code == 0, got.output
    from vfx_finder.publish.xlsx import read_worklist_xlsx

    assert [r["alert_id"] for r in read_worklist_xlsx(out / "worklist.xlsx")] == [
        r["alert_id"] for r in read(tmp / "n1" / "worklist.csv")
    ]
    assert os.stat(out / "worklist.xlsx").st_mode & 0o777 == 0o600
