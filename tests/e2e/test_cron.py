"""The cron recipe of docs/OPERATIONS.md works as written: the crontab line, run by /bin/sh as cron would,
against a tiny CSV in tmp_path (paths pointed at tmp_path; VFX_FINDER points at this interpreter)."""

from __future__ import annotations

import csv
import re
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "OPERATIONS.md"
SCRIPT = ROOT / "scripts" / "nightly.sh"


def crontab_line() -> str:
    text = DOC.read_text(encoding="utf-8")
    block = re.search(r"```cron\n(.*?)```", text, re.S)
    assert block, "docs/OPERATIONS.md has no ```cron block"
    lines = [ln for ln in block.group(1).splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    assert len(lines) == 1, lines
    return lines[0]


def cron_command(line: str, *, home: Path, inputs: Path) -> str:
    fields = line.split(None, 5)
    assert len(fields) == 6 and all(re.fullmatch(r"[\d*/,-]+", f) for f in fields[:5]), line
    cmd = fields[5].replace("\\%", "%")  # what cron does with \%
    assert "scripts/nightly.sh" in cmd
    return (
        cmd.replace("/opt/vfx-finder", str(ROOT))
        .replace("/srv/vfx-finder", str(home))
        .replace("/srv/ris-export", str(inputs))
    )


def read(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture
def cron_env(tmp_path):
    # cron's environment is nearly empty: a minimal PATH, HOME, SHELL
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "SHELL": "/bin/sh",
        "PYTHONPATH": str(ROOT),
        "VFX_FINDER": f"{sys.executable} -m vfx_finder",
        "VFX_ARGS": "--workers 1",
    }


def test_crontab_line_runs_nightly_sh_and_a_second_night_alerts_nobody_twice(tmp_path, cron_env):
    inputs = tmp_path / "ris"
    inputs.mkdir()
    today = time.strftime("%Y%m%d")
    src = inputs / f"reports-{today}.csv"
    with src.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["report_id", "patient_id", "age", "exam_date", "referrer", "text"])
        w.writerow(["N1", "P1", "70", "2026-11-20", "=cmd()", "Wedge compression fracture of T12."])
        w.writerow(["N2", "P2", "30", "2026-11-20", "Dr B", "Wedge compression fracture of L1."])
        w.writerow(["N3", "P3", "80", "2026-11-20", "Dr C", "Normal spine. No fracture."])
    home = tmp_path / "vfx"
    cmd = cron_command(crontab_line(), home=home, inputs=inputs)

    # the very first night is told to create the store (VFX_NEW_STATE=1); later nights refuse to
    first = subprocess.run(
        ["/bin/sh", "-c", cmd], env=dict(cron_env, VFX_NEW_STATE="1"), capture_output=True, text=True, timeout=300
    )
    assert first.returncode == 0, (first.stdout, first.stderr, (home / "logs" / "nightly.log").read_text())
    assert first.stdout == "" and first.stderr == ""  # nothing for cron to mail
    day = home / "runs" / time.strftime("%Y-%m-%d")
    (out,) = list(day.iterdir())  # one folder per run
    assert (home / "runs" / "latest").resolve() == out.resolve()
    wl = read(out / "worklist.csv")
    assert [(r["patient_id"], r["reason"]) for r in wl] == [("P1", "new patient")]
    assert wl[0]["referrer"] == "'=cmd()"
    state = home / "vfx_state.sqlite"
    for p in [state, *out.iterdir()]:
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p
    log = (home / "logs" / "nightly.log").read_text()
    assert "nightly: start" in log and "nightly: end exit 0" in log
    assert "state store" in log and ": OK" in log
    assert "Wedge" not in log  # counts and ids, no report text

    # the same night again (e.g. re-run by hand): its own folder, nobody alerted twice, the first
    # worklist untouched, log appended
    published = (out / "worklist.csv").read_bytes()
    time.sleep(1.1)  # folder names carry the second
    second = subprocess.run(["/bin/sh", "-c", cmd], env=cron_env, capture_output=True, text=True, timeout=300)
    assert second.returncode == 0, second.stderr
    (out2,) = [d for d in day.iterdir() if d != out]
    assert read(out2 / "worklist.csv") == []
    assert (out / "worklist.csv").read_bytes() == published
    assert (home / "runs" / "latest").resolve() == out2.resolve()
    log = (home / "logs" / "nightly.log").read_text()
    assert log.count("nightly: end exit 0") == 2


def test_nightly_sh_passes_on_the_exit_code_and_logs_the_error(tmp_path, cron_env):
    home = tmp_path / "vfx"
    env = dict(cron_env, VFX_HOME=str(home))
    r = subprocess.run(
        ["/bin/sh", "-c", f"{SCRIPT} --new-state {tmp_path / 'missing.csv'}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 2
    log = (home / "logs" / "nightly.log").read_text()
    assert "error: input not found" in log and "nightly: end exit 2" in log
    # the failure line goes to stderr as well, so cron mails it
    assert r.stderr.startswith("nightly: run failed (exit 2): error: input not found")
    assert r.stderr.count("\n") == 1
    r = subprocess.run(["/bin/sh", "-c", str(SCRIPT)], env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "usage:" in r.stderr


def test_nightly_sh_refuses_to_start_a_new_state_store_unless_told(tmp_path, cron_env):
    home = tmp_path / "vfx"
    src = tmp_path / "in.csv"
    src.write_text("report_id,text\nR1,Normal spine.\n", encoding="utf-8")
    env = dict(cron_env, VFX_HOME=str(home))
    r = subprocess.run(["/bin/sh", "-c", f"{SCRIPT} {src}"], env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 1
    state = home / "vfx_state.sqlite"
    assert r.stderr == (
        f"nightly: state store {state} does not exist; restore it from a backup, or give --new-state "
        "(VFX_NEW_STATE=1) on the very first night\n"
    )
    assert not state.exists()
    assert "nightly: end exit 1" in (home / "logs" / "nightly.log").read_text()
