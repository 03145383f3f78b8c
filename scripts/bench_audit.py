#!/usr/bin/env python3
"""Benchmark of `vfx-finder audit` on a year of a large department (synthetic report_audit rows).

python scripts/bench_audit.py --rows 500000            # build a store in a temp folder, time the audit
python scripts/bench_audit.py --rows 500000 --keep DIR  # keep the store and outputs in DIR
python scripts/bench_audit.py --keep DIR --reuse        # time the audit again on that store

Rows are synthetic (no text): 12 months, 8 modalities, 120 reporters, ~6% fracture /
possible fracture reports with random audit fields, ~40% of those alerted. Prints the time
to record the rows (record_audit_rows, as a run's commit would) and the audit's wall time
(open, read the period, compute, charts, write audit.csv + audit.html) for each grouping.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from vfx_finder.aggregate.audit_store import make_audit_row, migrate_audit, record_audit_rows  # noqa: E402
from vfx_finder.audit.report import run_audit  # noqa: E402

MODALITIES = ["CR", "DX", "CT", "MR", "NM", "US", "XA", "DXA"]


def rows(n: int, seed: int):
    """``n`` synthetic report_findings-like rows over 2025 with audit fields."""
    rnd = random.Random(seed)
    start = date(2025, 1, 1)
    reporters = [f"Dr Reporter {i:03d}" for i in range(120)]
    seq = 0
    for i in range(n):
        exam = start + timedelta(days=rnd.randrange(365))
        u = rnd.random()
        finding = "fracture" if u < 0.045 else "possible_fracture" if u < 0.06 else "no_fracture"
        pos = finding != "no_fracture"
        yn = (lambda p: "yes" if rnd.random() < p else "no") if pos else (lambda p: "")
        row = {
            "report_id": f"ACC{i:08d}",
            "patient_id": f"P{rnd.randrange(n // 3):07d}",
            "exam_date": exam.isoformat(),
            "modality": rnd.choice(MODALITIES),
            "exam_name": "",
            "reporter": rnd.choice(reporters),
            "finding": finding,
            "levels": "T12;L1" if pos else "",
            "severity": rnd.choice(["", "mild", "moderate", "severe"]) if pos else "",
            "acuity": rnd.choice(["acute", "chronic", "unspecified"]) if pos else "",
            "fls_eligible": "yes" if pos else "",
            "term_fracture_used": yn(0.68),
            "level_stated": yn(0.9),
            "severity_stated": yn(0.35),
            "comparison_made": yn(0.5),
            "recommendation_made": yn(0.12),
        }
        alert = {}
        if pos and rnd.random() < 0.4:
            seq += 1
            alert = {
                "alert_id": f"A-{seq:06d}",
                "priority": 3 if finding == "possible_fracture" else rnd.choice([1, 2]),
                "alerted_at": (exam + timedelta(days=rnd.randrange(1, 40))).isoformat(),
            }
        yield make_audit_row(row, run_id=f"R-{exam:%Y%m%d}", processed_at=f"{exam}T02:00:00+00:00", **alert)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=500_000)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--keep", type=Path, help="folder to keep the store and outputs in")
    ap.add_argument("--reuse", action="store_true", help="with --keep: audit the store already there")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="vfx-bench-audit-"))
    folder.mkdir(parents=True, exist_ok=True)
    state = folder / "bench_state.sqlite"
    if not (args.reuse and state.is_file()):
        state.unlink(missing_ok=True)
        conn = sqlite3.connect(state, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        migrate_audit(conn)
        insert = 0.0
        n = 0
        chunk: list[dict] = []
        conn.execute("BEGIN")
        for row in rows(args.rows, args.seed):
            chunk.append(row)
            if len(chunk) == 50_000:
                t0 = time.perf_counter()
                n += record_audit_rows(conn, chunk)
                insert += time.perf_counter() - t0
                chunk.clear()
        t0 = time.perf_counter()
        n += record_audit_rows(conn, chunk)
        conn.execute("COMMIT")
        insert += time.perf_counter() - t0
        conn.close()
        mb = state.stat().st_size / 1e6
        print(
            f"recorded {n:,} report_audit rows: record_audit_rows {insert:.1f}s ({n / insert:,.0f} rows/s), {mb:.0f} MB"
        )
    for by, pseudo in ((None, False), ("month", False), ("modality", False), ("reporter", True)):
        t0, c0 = time.perf_counter(), time.process_time()
        res = run_audit(state, "2025-01-01", "2025-12-31", folder / f"out-{by or 'overall'}", by=by,
                        pseudonymise_reporters=pseudo, fls_caseload=5000)  # fmt: skip
        dt, cpu = time.perf_counter() - t0, time.process_time() - c0
        print(f"audit --by {by or '-'}{' --pseudonymise-reporters' if pseudo else ''}: {dt:.2f}s wall, {cpu:.2f}s CPU "
              f"({res.reports:,} reports, {res.positive_reports:,} positive)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
