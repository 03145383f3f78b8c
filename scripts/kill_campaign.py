#!/usr/bin/env python3
"""Kill campaign (issue 12): kill real runs with SIGKILL / SIGTERM / SIGINT at random moments, run again, and
count lost and duplicated alerts against a clean run, and processes left behind.

    python scripts/kill_campaign.py                     # the full campaign: 20 trials, 40,000 reports
    python scripts/kill_campaign.py --trials 3 --n 600  # what `make test` runs (tests/e2e/test_kill_campaign.py)

Each trial, on a fresh state store: start ``python -m vfx_finder run`` (default worker count), wait a random
time within the clean run's duration, send the signal, check within a few seconds that no worker of that run
is alive and that the run lock is free, then run the same input again to completion into a new --out (as
scripts/nightly.sh does; recovery publishes a run killed after its commit in that run's own folder). The
alerts (patient, levels) in the state store and on every worklist.csv seen (before and after the re-run) are
compared with the clean run's: ``lost`` = clean alerts missing, ``duplicated`` = alerts issued twice (two alert
ids for one clean alert, or one alert id listed on two published rows that differ). Prints one line per trial
and a total line; exit 0 when lost, duplicated and leftover are all zero.
"""

from __future__ import annotations

import argparse
import csv
import fcntl
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIGNALS = {"KILL": signal.SIGKILL, "TERM": signal.SIGTERM, "INT": signal.SIGINT}
#: seconds a worker may outlive its parent
GRACE = 5.0


def children(pid: int) -> set[int]:
    """Every descendant of ``pid`` (from /proc)."""
    parents: dict[int, list[int]] = {}
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            stat = (d / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        parents.setdefault(ppid, []).append(int(d.name))
    out: set[int] = set()
    todo = [pid]
    while todo:
        for c in parents.get(todo.pop(), []):
            if c not in out:
                out.add(c)
                todo.append(c)
    return out


def alive(pid: int) -> bool:
    """True for a live process (a zombie is dead)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def lock_free(state: Path) -> bool:
    """True when nobody holds the run lock of ``state``."""
    lock = Path(str(state) + ".lock")
    if not lock.exists():
        return True
    fd = os.open(lock, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fcntl.flock(fd, fcntl.LOCK_UN)
        return True
    except BlockingIOError:
        return False
    finally:
        os.close(fd)


def cmd(src: Path, out: Path, state: Path, workers: int | None) -> list[str]:
    """The run command (default worker count unless ``workers`` is given)."""
    c = [sys.executable, "-m", "vfx_finder", "run", str(src), "--out", str(out), "--state", str(state)]
    c += ["--no-progress", "--lock-timeout", "120"]
    if workers is not None:
        c += ["--workers", str(workers)]
    return c


def worklist(path: Path) -> list[dict]:
    """Rows of a worklist.csv (BOM tolerated)."""
    if not path.exists():
        return []
    with path.open(newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def state_alerts(state: Path) -> list[tuple[str, str, str]]:
    """(alert_id, patient_id, levels) of every alert in the store."""
    conn = sqlite3.connect(f"file:{state}?mode=ro", uri=True)
    try:
        return [tuple(r) for r in conn.execute("SELECT alert_id, patient_id, levels FROM alerts ORDER BY seq")]
    finally:
        conn.close()


def trial(i: int, rng: random.Random, src: Path, work: Path, clean: set, clean_seconds: float, args) -> dict:
    """One kill + re-run; the counts of this trial."""
    sig_name = args.signals[i % len(args.signals)]
    tdir = work / f"trial-{i:02d}"
    out, state = tdir / "out", tdir / "state.sqlite"
    tdir.mkdir()
    p = subprocess.Popen(
        cmd(src, out, state, args.workers), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, env=_env()
    )
    delay = rng.uniform(0.3, clean_seconds * 1.05)
    seen: set[int] = set()
    t_end = time.monotonic() + delay
    while time.monotonic() < t_end and p.poll() is None:
        seen |= children(p.pid)
        time.sleep(0.05)
    seen |= children(p.pid)
    p.send_signal(SIGNALS[sig_name])
    try:
        _, err = p.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        p.kill()
        _, err = p.communicate()
    deadline = time.monotonic() + GRACE
    while time.monotonic() < deadline and (any(alive(c) for c in seen) or not lock_free(state)):
        time.sleep(0.1)
    leftover = sorted(c for c in seen if alive(c))
    lock_held = not lock_free(state)
    for c in leftover:  # clean up for the next trial (counted above)
        try:
            os.kill(c, signal.SIGKILL)
        except OSError:
            pass
    error_lines = [ln for ln in err.decode(errors="replace").splitlines() if ln.startswith("error:")]
    snapshots = [worklist(out / "worklist.csv")]
    # the re-run writes to its own folder, as scripts/nightly.sh does (a run never replaces another run's
    # published worklist); recovery publishes a killed-after-commit run's files in that run's own folder
    out2 = tdir / "rerun"
    again = subprocess.run(
        cmd(src, out2, state, args.workers), capture_output=True, cwd=ROOT, env=_env(), timeout=args.timeout
    )
    snapshots += [worklist(out / "worklist.csv"), worklist(out2 / "worklist.csv")]
    published = {}
    dup_rows = 0
    for snap in snapshots:
        for row in snap:
            prev = published.setdefault(row["alert_id"], row)
            if prev != row:
                dup_rows += 1
    alerts = state_alerts(state) if state.exists() else []
    keys = [(pid, levels) for _, pid, levels in alerts]
    listed = {(r["patient_id"], r["levels"]) for r in published.values()}
    lost = len(clean - set(keys)) + len(clean - listed)
    duplicated = (len(keys) - len(set(keys))) + len(set(keys) - clean) + dup_rows
    return {
        "trial": i,
        "signal": sig_name,
        "after_s": round(delay, 2),
        "exit": p.returncode,
        "error_line": error_lines[-1] if error_lines else "",
        "workers_seen": len(seen),
        "leftover": len(leftover) + (1 if lock_held else 0),
        "rerun_exit": again.returncode,
        "lost": lost,
        "duplicated": duplicated,
    }


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("VFX_TEST_CRASH_AT", None)
    return env


def main(argv: list[str] | None = None) -> int:
    """Run the campaign; print one line per trial and the totals."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trials", type=int, default=20)
    ap.add_argument("--n", type=int, default=40_000, help="reports in the input (make_synthetic.py --mix mixed)")
    ap.add_argument("--input", type=Path, help="use this input instead of generating one")
    ap.add_argument("--workers", type=int, default=None, help="default: the CLI default (one per core)")
    ap.add_argument("--signals", default="KILL,TERM,INT", help="signals to cycle through")
    ap.add_argument("--seed", type=int, default=20261201)
    ap.add_argument("--work", type=Path, help="work folder (default: a temporary one, removed)")
    ap.add_argument("--timeout", type=float, default=1800)
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args(argv)
    args.signals = [s.strip().upper().removeprefix("SIG") for s in args.signals.split(",") if s.strip()]
    with tempfile.TemporaryDirectory(prefix="vfx-kill-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        src = args.input
        if src is None:
            src = work / "input.csv"
            subprocess.run(
                [sys.executable, str(ROOT / "scripts" / "make_synthetic.py"), "--n", str(args.n), "--mix", "mixed"]
                + ["--seed", str(args.seed), "--out", str(src)],
                check=True,
                capture_output=True,
            )
        t0 = time.monotonic()
        ref = subprocess.run(
            cmd(src, work / "clean", work / "clean.sqlite", args.workers),
            capture_output=True,
            cwd=ROOT,
            env=_env(),
            timeout=args.timeout,
        )
        clean_seconds = time.monotonic() - t0
        if ref.returncode != 0:
            print(f"clean run failed (exit {ref.returncode}): {ref.stderr.decode()[-500:]}", file=sys.stderr)
            return 1
        clean = {(pid, levels) for _, pid, levels in state_alerts(work / "clean.sqlite")}
        print(f"clean run: {len(clean)} alert(s) in {clean_seconds:.1f}s ({src})", flush=True)
        rng = random.Random(args.seed)
        results = []
        for i in range(args.trials):
            r = trial(i, rng, src, work, clean, clean_seconds, args)
            results.append(r)
            print(json.dumps(r), flush=True)
        total = {k: sum(r[k] for r in results) for k in ("lost", "duplicated", "leftover")}
        bad_exit = [r for r in results if r["rerun_exit"] != 0]
        print(
            f"campaign: {len(results)} trial(s), {args.n if args.input is None else 'given'} report(s), "
            f"{len(clean)} clean alert(s): lost {total['lost']}, duplicated {total['duplicated']}, "
            f"leftover {total['leftover']}, re-runs failed {len(bad_exit)}"
        )
        if args.json:
            args.json.write_text(json.dumps({"clean_alerts": len(clean), "trials": results, "total": total}, indent=2))
        return 0 if not any(total.values()) and not bad_exit else 1


if __name__ == "__main__":
    sys.exit(main())
