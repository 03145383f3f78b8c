#!/usr/bin/env python3
"""Local and Dask engines give identical report_findings.csv (issue 18), on a generated mixed corpus.

    python scripts/compare_engines.py --n 100000 --workers 2
    python scripts/compare_engines.py --input reports.csv --workers 4

Prints the rows compared, each engine's wall time, and ``identical=yes|no``; exits 1 when they differ.
"""

from __future__ import annotations

import argparse
import filecmp
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    """Generate (or take) a corpus, run both engines, compare their report_findings.csv byte for byte."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=20261201)
    ap.add_argument("--mix", default="mixed")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--input", type=Path)
    a = ap.parse_args()

    from vfx_finder.run import run

    with tempfile.TemporaryDirectory(prefix="vfx-engines-") as tmp:
        work = Path(tmp)
        corpus = a.input
        if corpus is None:
            corpus = work / "corpus.csv"
            subprocess.run(
                [sys.executable, str(ROOT / "scripts" / "make_synthetic.py"), "--n", str(a.n), "--mix", a.mix]
                + ["--seed", str(a.seed), "--out", str(corpus)],
                check=True,
                stdout=subprocess.DEVNULL,
            )
        times = {}
        for engine in ("local", "dask"):
            t = time.perf_counter()
            res = run([corpus], work / engine, workers=a.workers, engine=engine, progress=False)
            times[engine] = time.perf_counter() - t
            print(f"{engine}: {res.one_line()} ({times[engine]:.1f} s)")
        same = filecmp.cmp(work / "local" / "report_findings.csv", work / "dask" / "report_findings.csv", shallow=False)
        print(f"corpus {corpus.name}; workers {a.workers}; identical={'yes' if same else 'no'}")
        return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
