"""Crash safety with real processes and real signals (issue 12), at the default worker count.

Whatever stops the main process (SIGKILL, SIGTERM, SIGINT), no worker outlives it by more than a
few seconds, no child keeps the run lock, SIGTERM / SIGINT print one line and exit 143 / 130,
nothing partial is published, and the next run recovers and completes with the clean run's alerts.
"""

from __future__ import annotations

import csv
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import kill_campaign  # noqa: E402


def _env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VFX_")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


def _cmd(src: Path, out: Path, state: Path) -> list[str]:
    # no --workers: the default worker count (one per core)
    return [sys.executable, "-m", "vfx_finder", "run", str(src), "--out", str(out), "--state", str(state)] + [
        "--no-progress"
    ]


def _alerts(state: Path) -> set[tuple[str, str]]:
    con = sqlite3.connect(f"file:{state}?mode=ro", uri=True)
    try:
        return {(p, lv) for p, lv in con.execute("SELECT patient_id, levels FROM alerts")}
    finally:
        con.close()


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A 400-report mixed input and its clean run (default workers)."""
    base = tmp_path_factory.mktemp("signals")
    src = base / "in.csv"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "make_synthetic.py"),
            "--n",
            "400",
            "--mix",
            "mixed",
            "--out",
            str(src),
        ],
        check=True,
        capture_output=True,
    )
    clean = subprocess.run(
        _cmd(src, base / "clean", base / "clean.sqlite"), env=_env(), capture_output=True, timeout=600
    )
    assert clean.returncode == 0, clean.stderr.decode()[-2000:]
    ref = _alerts(base / "clean.sqlite")
    assert ref
    return {"base": base, "src": src, "ref": ref}


def _start_and_wait_for_workers(world, name: str):
    d = world["base"] / name
    d.mkdir()
    out, state = d / "out", d / "state.sqlite"
    p = subprocess.Popen(
        _cmd(world["src"], out, state), env=_env(VFX_TEST_PAUSE="1.5"), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    lines = []
    for raw in p.stderr:
        line = raw.decode(errors="replace").strip()
        lines.append(line)
        if line == "vfx-checkpoint streaming":  # workers are running; the main process pauses here
            break
    kids = kill_campaign.children(p.pid)
    assert kids, "the run should have worker processes"
    return p, out, state, kids, lines


def _assert_gone(kids: set[int], state: Path) -> None:
    deadline = time.monotonic() + 5.0  # "a few seconds"
    while time.monotonic() < deadline and (
        any(kill_campaign.alive(k) for k in kids) or not kill_campaign.lock_free(state)
    ):
        time.sleep(0.05)
    assert [k for k in kids if kill_campaign.alive(k)] == []
    assert kill_campaign.lock_free(state)


@pytest.mark.slow
@pytest.mark.parametrize("sig, code", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_sigterm_sigint_one_line_documented_code_no_worker_left_then_rerun_completes(world, sig, code):
    p, out, state, kids, _ = _start_and_wait_for_workers(world, f"sig-{sig.name}")
    p.send_signal(sig)
    rest = p.stderr.read().decode(errors="replace")
    p.wait(timeout=60)
    assert p.returncode == code
    errors = [ln for ln in rest.splitlines() if ln.startswith("error:")]
    assert len(errors) == 1, rest
    assert re.fullmatch(
        rf"error: stopped by {sig.name} during run R-\d{{8}}-\d{{6}}-[0-9a-f]{{6}}; nothing was published; "
        "run the same input again",
        errors[0],
    ), errors[0]
    assert "Traceback" not in rest
    _assert_gone(kids, state)
    assert not (out / "worklist.csv").exists()  # nothing partial
    assert [f.name for f in out.iterdir() if f.name.endswith(".tmp")] == []
    again = subprocess.run(_cmd(world["src"], out, state), env=_env(), capture_output=True, timeout=600)
    assert again.returncode == 0, again.stderr.decode()[-2000:]
    assert _alerts(state) == world["ref"]


@pytest.mark.slow
def test_sigkill_of_the_main_process_leaves_no_worker_and_no_lock(world):
    p, out, state, kids, _ = _start_and_wait_for_workers(world, "sigkill")
    p.kill()
    p.wait(timeout=60)
    _assert_gone(kids, state)
    # the next run does not wait for the lock (0 s timeout) and recovers
    again = subprocess.run(
        _cmd(world["src"], out, state) + ["--lock-timeout", "0"], env=_env(), capture_output=True, timeout=600
    )
    assert again.returncode == 0, again.stderr.decode()[-2000:]
    assert _alerts(state) == world["ref"]
    with (out / "worklist.csv").open(newline="", encoding="utf-8-sig") as fh:
        assert {(r["patient_id"], r["levels"]) for r in csv.DictReader(fh)} == world["ref"]


@pytest.mark.slow
def test_kill_campaign_small_loses_and_duplicates_nothing(world, capsys):
    rc = kill_campaign.main(["--trials", "3", "--input", str(world["src"]), "--seed", "7"])
    out = capsys.readouterr().out
    assert rc == 0, out
    assert re.search(r"lost 0, duplicated 0, leftover 0, re-runs failed 0", out), out
