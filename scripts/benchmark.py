#!/usr/bin/env python3
"""Throughput and memory of the production run against the naive medspaCy baseline (issue 6).

    python scripts/benchmark.py --mix mixed --n 20000          # `make bench`
    python scripts/benchmark.py --mix spine --n 20000
    python scripts/benchmark.py --input reports.csv            # a corpus you already have
    python scripts/benchmark.py --mix mixed --n 1000000 --baseline-n 1000   # the nightly volume
    python scripts/benchmark.py --mix mixed --n 3000 --workers 2 --engine dask   # Dask LocalCluster (issue 18)

In one run it

1. generates a corpus with ``scripts/make_synthetic.py`` (``--mix mixed``: 30% spine-related,
   70% other exams; ``--mix spine``: spine-related only) into a temporary folder, or reads ``--input``;
2. times the production path end to end as a user runs it: a subprocess
   ``python -m vfx_finder run CORPUS.csv --out DIR --no-progress`` with the default workers
   (CSV in, every output written), polling /proc for the whole process tree (the CLI and
   its workers) to find the peak of their summed RSS (and PSS, which counts shared pages once);
3. times the naive baseline in a separate process: ``medspacy.load()`` (PyRuSH sentence
   splitter + default ConText) plus the same fracture target rules (patterns/targets.json,
   added as in vfx_finder/nlp/pipeline.py), ``nlp(text)`` per report, single process, on the
   first ``--baseline-n`` reports (model loading not timed);
4. prints reports/s for both, the ratio, peak RSS, CPU time, how busy the machine was with
   other work during the run, and finally one line ``ratio=X reports_per_s=Y peak_rss_mb=Z``.

Numbers are wall-clock rates, so other load on the machine lowers them; the "other load" line
says how much CPU other processes took while the production run was timed.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GENERATOR = ROOT / "scripts" / "make_synthetic.py"
CLK_TCK = os.sysconf("SC_CLK_TCK")


# ----------------------------------------------------------------------------- corpus


def wait_for_generator(timeout: float) -> None:
    deadline = time.time() + timeout
    announced = False
    while not GENERATOR.exists():
        if time.time() > deadline:
            sys.exit(f"error: {GENERATOR} did not appear within {timeout:.0f} s; pass --input FILE instead")
        if not announced:
            print(f"waiting for {GENERATOR.relative_to(ROOT)} to exist ...", flush=True)
            announced = True
        time.sleep(5)


def generate(n: int, mix: str, seed: int, out: Path, timeout: float) -> float:
    wait_for_generator(timeout)
    t = time.perf_counter()
    subprocess.run(
        [sys.executable, str(GENERATOR), "--n", str(n), "--seed", str(seed), "--out", str(out), "--mix", mix],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - t


def count_rows(path: Path) -> int:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        return sum(1 for _ in csv.DictReader(fh))


# ----------------------------------------------------------------------------- /proc polling


def _children_map() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        # the command name (2nd field) may contain spaces: ppid is the 2nd field after the last ')'
        ppid = int(stat[stat.rindex(b")") + 2 :].split()[1])
        kids.setdefault(ppid, []).append(int(entry))
    return kids


def tree(pid: int) -> list[int]:
    kids = _children_map()
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(kids.get(p, ()))
    return out


def _kb(path: str, key: str) -> int:
    try:
        with open(path, encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith(key):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class TreeMemory(threading.Thread):
    """Polls the summed RSS / PSS of a process and all its descendants; keeps the peaks."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_rss_kb = self.peak_pss_kb = self.peak_procs = self.largest_kb = 0
        self.samples = 0
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            pids = tree(self.pid)
            each = [_kb(f"/proc/{p}/status", "VmRSS:") for p in pids]
            rss = sum(each)
            self.largest_kb = max([self.largest_kb, *each])
            pss = sum(_kb(f"/proc/{p}/smaps_rollup", "Pss:") for p in pids)
            self.peak_rss_kb = max(self.peak_rss_kb, rss)
            self.peak_pss_kb = max(self.peak_pss_kb, pss)
            self.peak_procs = max(self.peak_procs, len(pids))
            self.samples += 1
            self._halt.wait(self.interval)

    def stop(self) -> None:
        self._halt.set()
        self.join()


def machine_busy_jiffies() -> int:
    with open("/proc/stat", encoding="ascii") as fh:
        f = fh.readline().split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in f[:8])
    return user + nice + system + irq + softirq + steal


# ----------------------------------------------------------------------------- production run


def production(
    corpus: Path, workdir: Path, workers: int | None, engine: str = "local", model: str | None = None
) -> dict:
    out = workdir / "out"
    if out.exists():
        shutil.rmtree(out)
    # exactly what a user types; the alert history goes to the default OUT/vfx_state.sqlite (fresh each run)
    cmd = [sys.executable, "-m", "vfx_finder", "run", str(corpus), "--out", str(out), "--no-progress"]
    if workers:
        cmd += ["--workers", str(workers)]
    if engine != "local":
        cmd += ["--engine", engine]
    cmd += ["--model", str(Path(model).resolve())] if model else ["--no-model"]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    busy0 = machine_busy_jiffies()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=str(workdir), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    mem = TreeMemory(proc.pid)
    mem.start()
    stdout, stderr = proc.communicate()
    wall = time.perf_counter() - t0
    mem.stop()
    busy1 = machine_busy_jiffies()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"error: the production run failed (exit {proc.returncode}):\n{stderr[-3000:]}")
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    counts = summary["counts"]
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    machine_cpu = (busy1 - busy0) / CLK_TCK
    return {
        "cmd": cmd,
        "wall_s": wall,
        "read": counts["read"],
        "processed": counts["processed"],
        "rejected": counts["rejected"],
        "by_finding": counts.get("by_finding", {}),
        "reports_per_s": counts["read"] / wall,
        "cpu_s": cpu,
        "other_load_cores": max(0.0, (machine_cpu - cpu) / wall),
        "peak_rss_mb": mem.peak_rss_kb / 1024,
        "peak_pss_mb": mem.peak_pss_kb / 1024,
        "largest_process_mb": mem.largest_kb / 1024,
        "processes": mem.peak_procs,
        "stdout": stdout.strip(),
    }


# ----------------------------------------------------------------------------- naive baseline


def naive_child(corpus: Path, n: int) -> None:
    """Runs in its own process: prints one JSON line with the baseline's timing."""
    from loguru import logger

    logger.disable("PyRuSH")
    texts = []
    with corpus.open(newline="", encoding="utf-8-sig") as fh:
        for row in csv.DictReader(fh):
            texts.append(row["text"] or "")
            if len(texts) >= n:
                break
    import medspacy
    from medspacy.target_matcher import TargetRule

    nlp = medspacy.load()
    rules = json.loads((ROOT / "patterns" / "targets.json").read_text(encoding="utf-8"))["rules"]
    nlp.get_pipe("medspacy_target_matcher").add(
        [TargetRule(r["literal"], r["category"], pattern=r.get("regex")) for r in rules]
    )
    t, c = time.perf_counter(), time.process_time()
    ents = 0
    for text in texts:
        ents += len(nlp(text).ents)
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    print(json.dumps({"n": len(texts), "wall_s": wall, "cpu_s": cpu, "pipe_names": nlp.pipe_names, "ents": ents}))


def naive(corpus: Path, n: int) -> dict:
    busy0 = machine_busy_jiffies()
    res = subprocess.run(
        [sys.executable, __file__, "--_naive", str(corpus), "--baseline-n", str(n)],
        capture_output=True,
        text=True,
        cwd=str(ROOT),
    )
    busy1 = machine_busy_jiffies()
    if res.returncode != 0:
        sys.exit(f"error: the naive baseline failed:\n{res.stderr[-3000:]}")
    out = json.loads(res.stdout.strip().splitlines()[-1])
    out["reports_per_s"] = out["n"] / out["wall_s"]
    out["machine_cpu_s"] = (busy1 - busy0) / CLK_TCK
    return out


# ----------------------------------------------------------------------------- main


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--mix", choices=["mixed", "spine"], default="mixed", help="generated corpus: mixed (30%% spine) or spine only"
    )
    ap.add_argument("--n", type=int, default=20000, help="reports to generate (ignored with --input)")
    ap.add_argument("--seed", type=int, default=20261124, help="generator seed")
    ap.add_argument("--input", type=Path, help="use this CSV corpus instead of generating one")
    ap.add_argument("--baseline-n", type=int, default=2000, help="reports for the naive baseline sample (0: skip it)")
    ap.add_argument("--workers", type=int, default=None, help="pass --workers N to the run (default: the CLI default)")
    ap.add_argument("--engine", default="local", help="pass --engine local|dask to the run (docs/SCALE_OUT.md)")
    ap.add_argument("--model", default=None, help="second-reader model folder for the run (default: --no-model)")
    ap.add_argument("--repeat", type=int, default=1, help="production runs; the median rate is reported")
    ap.add_argument("--keep", type=Path, help="work in this folder and keep the corpus and outputs")
    ap.add_argument("--wait", type=float, default=900, help="seconds to wait for scripts/make_synthetic.py to appear")
    ap.add_argument("--_naive", type=Path, help=argparse.SUPPRESS)
    a = ap.parse_args()

    if a._naive:
        naive_child(a._naive, a.baseline_n)
        return

    workdir = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="vfx-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        if a.input:
            corpus = a.input.resolve()
            if not corpus.exists():
                sys.exit(f"error: --input {corpus} not found")
            n = count_rows(corpus)
            print(f"corpus: {corpus} ({n} rows)")
        else:
            corpus = workdir / f"corpus_{a.mix}_{a.n}.csv"
            took = generate(a.n, a.mix, a.seed, corpus, a.wait)
            print(f"corpus: {a.n} generated reports, --mix {a.mix} --seed {a.seed} ({took:.1f} s): {corpus}")
        print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")

        base = None
        if a.baseline_n > 0:
            base = naive(corpus, a.baseline_n)
            print(
                f"naive baseline: medspacy.load() {base['pipe_names']} + patterns/targets.json, nlp(text) per report, "
                f"1 process, first {base['n']} reports"
            )
            print(
                f"  {base['reports_per_s']:.1f} reports/s (wall {base['wall_s']:.1f} s, "
                f"CPU {1000 * base['cpu_s'] / base['n']:.2f} ms/report)"
            )

        runs = []
        for i in range(a.repeat):
            r = production(corpus, workdir, a.workers, a.engine, a.model)
            runs.append(r)
            label = f" (run {i + 1}/{a.repeat})" if a.repeat > 1 else ""
            print(f"production{label}: {' '.join(Path(c).name if c == sys.executable else c for c in r['cmd'])}")
            print(
                f"  {r['read']} reports ({r['processed']} processed, {r['rejected']} rejected) in {r['wall_s']:.1f} s: "
                f"{r['reports_per_s']:.0f} reports/s"
            )
            print(
                f"  CPU {r['cpu_s']:.1f} s ({1000 * r['cpu_s'] / max(1, r['read']):.3f} ms/report, CLI + workers); "
                f"peak RSS of the process tree {r['peak_rss_mb']:.0f} MB (PSS {r['peak_pss_mb']:.0f} MB, "
                f"largest process {r['largest_process_mb']:.0f} MB, {r['processes']} processes)"
            )
            print(f"  other load on the machine while timed: {r['other_load_cores']:.2f} of {os.cpu_count()} cores")
            print(f"  findings: {json.dumps(r['by_finding'])}")
        rate = statistics.median(r["reports_per_s"] for r in runs)
        peak = max(r["peak_rss_mb"] for r in runs)
        if base is not None:
            ratio = rate / base["reports_per_s"]
            cpu_ratio = (base["cpu_s"] / base["n"]) / (statistics.median(r["cpu_s"] / r["read"] for r in runs))
            print(f"speed-up: {ratio:.1f}x wall-clock ({cpu_ratio:.1f}x less CPU per report)")
            print(f"ratio={ratio:.1f} reports_per_s={rate:.0f} peak_rss_mb={peak:.0f}")
        else:
            print(f"ratio=NA reports_per_s={rate:.0f} peak_rss_mb={peak:.0f}")
    finally:
        if not a.keep:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
