"""Leave-one-set-out evidence for the second reader (docs/SECOND_READER.md).

For each labelled source set: train on the other sets (thresholds chosen by leave-one-set-out
inside those training sets only), score the held-out set, and count what the model adds over
the rules alone: recall gained (rule-negative gold-positive reports the model flags / gold
positives) and review cost (flags per 1,000 reports processed), with Wilson 95% intervals.

    .venv/bin/python scripts/eval_second_reader.py --out out/second_reader_eval
    .venv/bin/python scripts/eval_second_reader.py --bench     # CPU per scored report, load and RSS added by the model (as run)

Writes ``OUT/loso.json`` and prints the Markdown table.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vfx_finder.vocab import POSITIVE  # noqa: E402

# scikit-learn, statsmodels (SciPy, pandas) are imported where used: --bench measures a process without them

SETS = (
    "data/synthetic/dev_reports.csv",
    "data/validation/second_author_reports.csv",
    "data/validation/uk_author_reports.csv",
    "data/validation/us_author_reports.csv",
    "data/validation/heldout_reports.csv",
    "data/validation/notes_author_reports.csv",
    "tests/regression/cases.json",
)


def wilson(k: int, n: int) -> tuple[float, float]:
    """Wilson 95% interval for k of n (0, 0 when n is 0)."""
    from statsmodels.stats.proportion import proportion_confint

    if n == 0:
        return (0.0, 0.0)
    lo, hi = proportion_confint(k, n, alpha=0.05, method="wilson")
    return float(lo), float(hi)


def load(sets, workers: int):
    """Texts, labels, groups and rule rows of every set (the rules run once per report)."""
    from vfx_finder.model.features import features_frame
    from vfx_finder.process import analyse_stream
    from vfx_finder.train import _as_reports, read_labelled
    from vfx_finder.vocab import PREFILTER_REASON

    items = []
    for s in sets:
        for it in read_labelled(ROOT / s):
            it.group = s  # the set's repository path, not the absolute path
            items.append(it)
    rows = [row for _r, row in analyse_stream(_as_reports(items), workers=workers)]
    frame = features_frame([it.text for it in items], rows)
    y = np.array([it.label for it in items])
    rule = np.array([r["finding"] in POSITIVE for r in rows])
    scored = np.array([r.get("decided_by") != PREFILTER_REASON for r in rows])
    groups = np.array([it.group for it in items])
    return frame, y, rule, scored, groups


def summarise(c: dict) -> dict:
    """Rates and Wilson intervals from counts."""
    n, pos = c["processed"], c["gold_positive"]
    rg = wilson(c["flagged_correct"], pos)
    cost = wilson(c["flagged"], n)
    wrong = wilson(c["flagged_wrong"], n)
    return {
        **c,
        "rule_sensitivity": round(c["rule_true_positive"] / pos, 4) if pos else None,
        "recall_gained": round(c["flagged_correct"] / pos, 4) if pos else 0.0,
        "recall_gained_ci": [round(rg[0], 4), round(rg[1], 4)],
        "flags_per_1000": round(1000 * c["flagged"] / n, 1) if n else 0.0,
        "flags_per_1000_ci": [round(1000 * cost[0], 1), round(1000 * cost[1], 1)],
        "wrong_flags_per_1000": round(1000 * c["flagged_wrong"] / n, 1) if n else 0.0,
        "wrong_flags_per_1000_ci": [round(1000 * wrong[0], 1), round(1000 * wrong[1], 1)],
    }


def _rss_mb() -> tuple[float, float]:
    """(current, peak) resident set size of this process in MB (Linux /proc)."""
    vals = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            key, kb = line.split()[:2]
            vals[key] = int(kb) / 1024
    return vals.get("VmRSS:", 0.0), vals.get("VmHWM:", 0.0)


def bench(path: str, model_dir: Path, repeat: int = 3, batch: int = 256) -> dict:
    """What the second reader adds to a run's worker: load time and RSS, CPU per scored report (as run scores).

    The process holds the rules (as a worker does) and then loads the model as ``run`` does
    (``load_scorer``: the compact scorer), scores the reports that pass the pre-filter in batches
    with ``score_batch`` (what ``process.Worker`` calls) and times ``top_phrases`` (flagged reports
    only in a run). CPU time (``time.process_time``), so other load on the machine matters less.
    """
    from vfx_finder.analyser import Analyser
    from vfx_finder.read import iter_records
    from vfx_finder.read.records import Report
    from vfx_finder.vocab import PREFILTER_REASON

    analyser = Analyser()
    pairs = []
    for rec in iter_records([ROOT / path]):
        if not isinstance(rec, Report):
            continue
        d = analyser.analyse(rec.text, exam_name=rec.exam_name, modality=rec.modality)
        if d.decided_by != PREFILTER_REASON:
            pairs.append((rec.text, d.as_row() | {"decided_by": d.decided_by}))
    rss0, hwm0 = _rss_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    from vfx_finder.model import load_scorer, score_batch, top_phrases

    m = load_scorer(model_dir)
    load_s, load_cpu = time.perf_counter() - t0, time.process_time() - c0
    rss1, hwm1 = _rss_mb()
    c0 = time.process_time()
    for _ in range(repeat):
        for i in range(0, len(pairs), batch):
            part = pairs[i : i + batch]
            score_batch(m.scorer, [t for t, _r in part], [r for _t, r in part])
    score_ms = 1000 * (time.process_time() - c0) / (repeat * len(pairs))
    c0 = time.process_time()
    for text, _row in pairs:
        top_phrases(m.scorer, text)
    phrases_ms = 1000 * (time.process_time() - c0) / len(pairs)
    c0 = time.process_time()
    for text, _row in pairs:
        analyser.analyse(text)
    rules_ms = 1000 * (time.process_time() - c0) / len(pairs)
    heavy = sorted({name.split(".")[0] for name in sys.modules} & {"sklearn", "scipy", "pandas", "skops"})
    return {
        "set": path,
        "scored_reports": len(pairs),
        "rss_before_mb": round(rss0, 1),
        "rss_after_load_mb": round(rss1, 1),
        "peak_rss_added_mb": round(max(hwm1, rss1) - hwm0, 1),
        "rss_added_mb": round(rss1 - rss0, 1),
        "load_s": round(load_s, 3),
        "load_cpu_s": round(load_cpu, 3),
        "score_cpu_ms_per_report": round(score_ms, 3),
        "top_phrases_cpu_ms_per_report": round(phrases_ms, 3),
        "rules_cpu_ms_per_report_same_reports": round(rules_ms, 2),
        "heavy_modules_imported": heavy,
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", action="store_true", help="only measure scoring cost and RSS of the shipped model")
    ap.add_argument("--model", type=Path, default=ROOT / "models" / "second_reader")
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "second_reader_eval")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--sets", nargs="*", default=list(SETS))
    ap.add_argument("--hold", nargs="*", default=None, help="held-out sets to run (default all; for parallel runs)")
    ap.add_argument("--merge", action="store_true", help="only merge OUT/fold-*.json into OUT/loso.json and print")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.merge:
        return merge(args.out, args.sets)
    if args.bench:
        print(json.dumps(bench("data/validation/heldout_reports.csv", args.model), indent=2))
        return 0
    from vfx_finder.model.pipeline import probabilities
    from vfx_finder.model.thresholds import second_reader_counts
    from vfx_finder.model.training import fit_second_reader

    t0 = time.time()
    frame, y, rule, scored, groups = load(args.sets, args.workers)
    print(f"rules run on {len(y)} reports in {time.time() - t0:.0f} s", file=sys.stderr)
    for held in args.hold or args.sets:
        t1 = time.time()
        test = groups == held
        tr = ~test
        fit = fit_second_reader(frame[tr], y[tr], rule[tr], scored[tr], groups[tr], seed=args.seed)
        prob = probabilities(fit.pipeline, frame[test])
        prob = np.where(scored[test], prob, np.nan)
        c = second_reader_counts(
            np.nan_to_num(prob, nan=0.0),
            y[test],
            rule[test],
            scored[test],
            threshold=fit.threshold,
            low_threshold=fit.low_threshold,
        )
        fold = {"held_out": held, "threshold": fit.threshold, "low_threshold": fit.low_threshold, "counts": c}
        (args.out / f"fold-{Path(held).stem}.json").write_text(json.dumps(fold, indent=2) + "\n", encoding="utf-8")
        print(f"{held}: threshold {fit.threshold} ({time.time() - t1:.0f} s)", file=sys.stderr)
    if args.hold is None:
        return merge(args.out, args.sets)
    return 0


def merge(out: Path, sets) -> int:
    """Pool the per-set folds into OUT/loso.json and print the table."""
    results, total = {}, None
    for held in sets:
        path = out / f"fold-{Path(held).stem}.json"
        if not path.is_file():
            print(f"{held}: no fold result in {out} (not run)", file=sys.stderr)
            continue
        fold = json.loads(path.read_text(encoding="utf-8"))
        c = fold["counts"]
        total = c if total is None else {k: total[k] + c[k] for k in c}
        results[held] = {"threshold": fold["threshold"], "low_threshold": fold["low_threshold"], **summarise(c)}
    results["pooled (each set scored by a model that never saw it)"] = summarise(total)
    (out / "loso.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(table(results))
    return 0


def table(results: dict) -> str:
    """The Markdown table of docs/SECOND_READER.md."""
    lines = [
        "| held-out set | reports | gold positive | rules missed | threshold | flagged (correct) "
        "| recall gained (95% CI) | flags per 1,000 (95% CI) | wrong flags per 1,000 (95% CI) | low-confidence (rule wrong) |",
        "|---|---:|---:|---:|---:|---:|---|---|---|---:|",
    ]
    for name, r in results.items():
        thr = r.get("threshold", "")
        lines.append(
            f"| {name} | {r['processed']} | {r['gold_positive']} | {r['rule_missed']} | {thr} "
            f"| {r['flagged']} ({r['flagged_correct']}) "
            f"| {r['recall_gained']:.3f} ({r['recall_gained_ci'][0]:.3f}-{r['recall_gained_ci'][1]:.3f}) "
            f"| {r['flags_per_1000']:.1f} ({r['flags_per_1000_ci'][0]:.1f}-{r['flags_per_1000_ci'][1]:.1f}) "
            f"| {r['wrong_flags_per_1000']:.1f} ({r['wrong_flags_per_1000_ci'][0]:.1f}-{r['wrong_flags_per_1000_ci'][1]:.1f}) "
            f"| {r['low_confidence']} ({r['low_confidence_rule_wrong']}) |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
