"""``evaluate``: score the pipeline against a labelled file (SPEC section 5).

Definitions (also in README):
- case-finding positive = fracture or possible_fracture; sensitivity = TP / (TP + FN),
  PPV = TP / (TP + FP) over reports, with 95% bootstrap intervals (percentile, 1,000
  resamples of reports, seeded);
- accuracy = share of reports whose predicted finding equals the gold finding;
- level metric: over all reports, sum level true positives, false positives and false
  negatives, where a report's predicted levels count only when its predicted finding is
  positive and gold levels are as labelled; ``level_f1`` comes from those sums.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from vfx_finder.decide import FINDINGS
from vfx_finder.errors import InputError
from vfx_finder.nlp.levels import ORDER_INDEX, join_levels
from vfx_finder.publish import SafeCsvWriter, ensure_out_dir, write_json_atomic
from vfx_finder.read import iter_records
from vfx_finder.read.records import Rejection
from vfx_finder.vocab import POSITIVE as _POSITIVE

POSITIVE = set(_POSITIVE)
ERROR_COLUMNS = [
    "report_id",
    "gold_finding",
    "predicted_finding",
    "gold_levels",
    "predicted_levels",
    "level_fp",
    "level_fn",
    "evidence",
    "decided_by",
    "source",
]


@dataclass(frozen=True)
class Pair:
    gold: str
    pred: str
    gold_levels: frozenset[str]
    pred_levels: frozenset[str]


def _ratio(a: float, b: float) -> float | None:
    return a / b if b else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None or p + r == 0:
        return None if p is None or r is None else 0.0
    return 2 * p * r / (p + r)


def binary_counts(pairs: Sequence[Pair]) -> tuple[int, int, int, int]:
    tp = sum(1 for x in pairs if x.gold in POSITIVE and x.pred in POSITIVE)
    fp = sum(1 for x in pairs if x.gold not in POSITIVE and x.pred in POSITIVE)
    fn = sum(1 for x in pairs if x.gold in POSITIVE and x.pred not in POSITIVE)
    tn = len(pairs) - tp - fp - fn
    return tp, fp, fn, tn


def level_counts(pairs: Sequence[Pair]) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for x in pairs:
        pred = x.pred_levels if x.pred in POSITIVE else frozenset()
        tp += len(pred & x.gold_levels)
        fp += len(pred - x.gold_levels)
        fn += len(x.gold_levels - pred)
    return tp, fp, fn


def bootstrap_ci(pairs: Sequence[Pair], *, seed: int, n: int = 1000) -> dict[str, list[float] | None]:
    """Percentile 95% intervals for sensitivity and PPV, resampling reports with replacement."""
    rng = random.Random(seed)
    sens, ppv = [], []
    m = len(pairs)
    if m == 0:
        return {"sensitivity": None, "ppv": None}
    for _ in range(n):
        sample = [pairs[rng.randrange(m)] for _ in range(m)]
        tp, fp, fn, _tn = binary_counts(sample)
        if tp + fn:
            sens.append(tp / (tp + fn))
        if tp + fp:
            ppv.append(tp / (tp + fp))

    def pct(values: list[float]) -> list[float] | None:
        if not values:
            return None
        values.sort()
        lo = values[int(0.025 * (len(values) - 1))]
        hi = values[int(round(0.975 * (len(values) - 1)))]
        return [round(lo, 4), round(hi, 4)]

    return {"sensitivity": pct(sens), "ppv": pct(ppv)}


def compute_metrics(pairs: Sequence[Pair], *, seed: int = 20261124, n_boot: int = 1000) -> dict:
    tp, fp, fn, tn = binary_counts(pairs)
    sensitivity = _ratio(tp, tp + fn)
    ppv = _ratio(tp, tp + fp)
    per_finding = {}
    for f in FINDINGS:
        t = sum(1 for x in pairs if x.gold == f and x.pred == f)
        predicted = sum(1 for x in pairs if x.pred == f)
        support = sum(1 for x in pairs if x.gold == f)
        p, r = _ratio(t, predicted), _ratio(t, support)
        per_finding[f] = {"precision": p, "recall": r, "f1": _f1(p, r), "support": support, "predicted": predicted}
    confusion = {g: {p: sum(1 for x in pairs if x.gold == g and x.pred == p) for p in FINDINGS} for g in FINDINGS}
    ltp, lfp, lfn = level_counts(pairs)
    lp, lr = _ratio(ltp, ltp + lfp), _ratio(ltp, ltp + lfn)
    ci = bootstrap_ci(pairs, seed=seed, n=n_boot)
    return {
        "n": len(pairs),
        "sensitivity": sensitivity,
        "ppv": ppv,
        "specificity": _ratio(tn, tn + fp),
        "accuracy": _ratio(sum(1 for x in pairs if x.gold == x.pred), len(pairs)),
        "level_precision": lp,
        "level_recall": lr,
        "level_f1": _f1(lp, lr),
        "ci95": ci,
        "binary": {"tp": tp, "fp": fp, "fn": fn, "tn": tn},
        "levels": {"tp": ltp, "fp": lfp, "fn": lfn},
        "per_finding": per_finding,
        "confusion": confusion,
        "definitions": {
            "positive": "fracture or possible_fracture",
            "level_metric": "summed over reports; predicted levels count only when the predicted finding is positive",
            "ci": "95% percentile bootstrap over reports",
        },
    }


def parse_levels_field(value: str) -> frozenset[str]:
    return frozenset(v.strip().upper() for v in (value or "").replace(",", ";").split(";") if v.strip())


def evaluate(
    gold_path: Path,
    out_dir: Path,
    *,
    fmt: str = "auto",
    columns: str | dict | None = None,
    workers: int = 1,
    patterns_dir: Path | None = None,
    seed: int = 20261124,
) -> dict:
    from vfx_finder.process import analyse_stream
    from vfx_finder.rules import load_all, rules_fingerprint
    from vfx_finder.run import versions

    rules = rules_fingerprint(load_all(patterns_dir))
    out = ensure_out_dir(out_dir)
    rejected: list[Rejection] = []

    def reports():
        for rec in iter_records([gold_path], fmt=fmt, columns=columns):
            if isinstance(rec, Rejection):
                rejected.append(rec)
                continue
            g = (rec.extra.get("gold_finding") or "").strip()
            if "gold_finding" not in rec.extra:
                raise InputError(
                    f"{gold_path.name}: missing column 'gold_finding'; an evaluation file needs "
                    "report_id, text, gold_finding, gold_levels (SPEC section 5)"
                )
            if g not in FINDINGS:
                raise InputError(
                    f"{gold_path.name}: report {rec.report_id}: invalid gold_finding '{g}'; must be one of {', '.join(FINDINGS)}"
                )
            levels = parse_levels_field(rec.extra.get("gold_levels", ""))
            bad = [lv for lv in levels if lv not in ORDER_INDEX]
            if bad:
                raise InputError(
                    f"{gold_path.name}: report {rec.report_id}: invalid gold_levels {', '.join(sorted(bad))}; "
                    "use C1..C7, T1..T12, L1..L5, S1..S5 joined with ';'"
                )
            rec.extra["_gold"] = g
            rec.extra["_gold_levels"] = levels
            yield rec

    pairs: list[Pair] = []
    errors_w = SafeCsvWriter(out / "errors.csv", ERROR_COLUMNS)
    try:
        for report, row in analyse_stream(reports(), workers=workers, patterns_dir=patterns_dir):
            pred_levels = parse_levels_field(row["levels"])
            pair = Pair(report.extra["_gold"], row["finding"], report.extra["_gold_levels"], pred_levels)
            pairs.append(pair)
            counted = pred_levels if pair.pred in POSITIVE else frozenset()
            if pair.gold != pair.pred or counted != pair.gold_levels:
                errors_w.write(
                    {
                        "report_id": report.report_id,
                        "gold_finding": pair.gold,
                        "predicted_finding": pair.pred,
                        "gold_levels": join_levels(pair.gold_levels),
                        "predicted_levels": join_levels(pred_levels),
                        "level_fp": join_levels(counted - pair.gold_levels),
                        "level_fn": join_levels(pair.gold_levels - counted),
                        "evidence": row["evidence"],
                        "decided_by": row["decided_by"],
                        "source": report.source,
                    }
                )
        metrics = compute_metrics(pairs, seed=seed)
        metrics["rejected"] = len(rejected)
        metrics["gold_file"] = str(gold_path)
        metrics["versions"] = versions(rules)
        mf = write_json_atomic(out / "metrics.json", metrics)
        errors_w.commit()
        mf.commit()
    except BaseException:
        errors_w.discard()
        raise
    return metrics


def _fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def format_metrics(m: dict) -> str:
    ci = m["ci95"]
    lines = [
        f"reports: {m['n']} (rejected {m.get('rejected', 0)})",
        f"case-finding sensitivity {_fmt(m['sensitivity'])} (95% CI {ci['sensitivity']}), "
        f"PPV {_fmt(m['ppv'])} (95% CI {ci['ppv']})",
        f"finding accuracy {_fmt(m['accuracy'])}; level P {_fmt(m['level_precision'])} "
        f"R {_fmt(m['level_recall'])} F1 {_fmt(m['level_f1'])}",
        "per finding (precision / recall / F1 / support):",
    ]
    for f, v in m["per_finding"].items():
        lines.append(f"  {f:<24} {_fmt(v['precision'])} / {_fmt(v['recall'])} / {_fmt(v['f1'])} / {v['support']}")
    lines.append("confusion (rows gold, columns predicted: " + ", ".join(FINDINGS) + "):")
    for g, row in m["confusion"].items():
        lines.append(f"  {g:<24} " + " ".join(f"{row[p]:>5}" for p in FINDINGS))
    return "\n".join(lines)
