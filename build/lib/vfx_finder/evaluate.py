"""``evaluate``: score the pipeline against a labelled file (README "Accuracy", docs/VALIDATION.md).

Definitions (also in README and docs/VALIDATION.md):
- case-finding positive = fracture or possible_fracture; over reports, sensitivity = TP / (TP + FN),
  specificity = TN / (TN + FP), PPV = TP / (TP + FP), NPV = TN / (TN + FN);
- accuracy = share of reports whose predicted finding equals the gold finding;
- level metric: over all reports, sum level true positives, false positives and false
  negatives, where a report's predicted levels count only when its predicted finding is
  positive and gold levels are as labelled; ``level_f1`` comes from those sums;
- intervals (vfx_finder.validation.stats): Wilson for every proportion, a seeded bootstrap over
  reports for level F1 (never zero width), asymptotic intervals for kappa;
- severity, acuity and worklist priority are compared on the reports both gold and predicted
  call positive (exact agreement, kappa and linear-weighted kappa);
- with a sample's ``strata.csv`` (``--weights``, or found beside the gold file), population-weighted
  sensitivity, PPV and NPV (stratified ratio estimator) beside the unweighted ones.
"""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from vfx_finder.aggregate.patients import priority
from vfx_finder.decide import FINDINGS
from vfx_finder.errors import InputError
from vfx_finder.nlp.levels import join_levels
from vfx_finder.publish import SafeCsvWriter, ensure_out_dir, write_json_atomic
from vfx_finder.read.records import Rejection
from vfx_finder.validation import stats
from vfx_finder.validation.sheets import check_attributes, check_gold, iter_labelled, parse_levels_field, read_table
from vfx_finder.vocab import POSITIVE as _POSITIVE

__all__ = ["Pair", "compute_metrics", "evaluate", "format_metrics", "parse_levels_field", "weighted_metrics"]

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
    "input_file",
    "modality",
    "explain_command",
]
#: ordinal orders for the attribute agreement (weighted kappa): '' = not stated / unspecified
SEVERITY_ORDER = ("", "mild", "moderate", "severe")
ACUITY_ORDER = ("chronic", "unspecified", "acute")
PRIORITY_ORDER = ("1", "2", "3")


@dataclass(frozen=True)
class Pair:
    """One labelled report: gold and predicted finding and levels, and what the attribute scores need."""

    gold: str
    pred: str
    gold_levels: frozenset[str]
    pred_levels: frozenset[str]
    modality: str = ""
    gold_severity: str | None = None  # None: the gold file has no severity column
    gold_acuity: str | None = None
    pred_severity: str = ""
    pred_acuity: str = ""
    report_id: str = ""


def binary_counts(pairs: Sequence[Pair]) -> tuple[int, int, int, int]:
    """(TP, FP, FN, TN) of case-finding over reports."""
    tp = sum(1 for x in pairs if x.gold in POSITIVE and x.pred in POSITIVE)
    fp = sum(1 for x in pairs if x.gold not in POSITIVE and x.pred in POSITIVE)
    fn = sum(1 for x in pairs if x.gold in POSITIVE and x.pred not in POSITIVE)
    tn = len(pairs) - tp - fp - fn
    return tp, fp, fn, tn


def level_counts_of(x: Pair) -> tuple[int, int, int]:
    """(TP, FP, FN) levels of one report; predicted levels count only when the predicted finding is positive."""
    pred = x.pred_levels if x.pred in POSITIVE else frozenset()
    return len(pred & x.gold_levels), len(pred - x.gold_levels), len(x.gold_levels - pred)


def level_counts(pairs: Sequence[Pair]) -> tuple[int, int, int]:
    """Level (TP, FP, FN) summed over reports."""
    per = [level_counts_of(x) for x in pairs]
    return tuple(sum(c[i] for c in per) for i in range(3))  # type: ignore[return-value]


def _binary_block(tp: int, fp: int, fn: int, tn: int) -> dict:
    return {
        "sensitivity": stats.proportion(tp, tp + fn),
        "specificity": stats.proportion(tn, tn + fp),
        "ppv": stats.proportion(tp, tp + fp),
        "npv": stats.proportion(tn, tn + fn),
    }


def _attribute_pairs(pairs: Sequence[Pair], name: str) -> tuple[list[str], list[str]] | None:
    both = [x for x in pairs if x.gold in POSITIVE and x.pred in POSITIVE]
    if name == "severity":
        if any(x.gold_severity is None for x in pairs):
            return None
        return [x.gold_severity or "" for x in both], [x.pred_severity for x in both]
    if name == "acuity":
        if any(x.gold_acuity is None for x in pairs):
            return None
        return [x.gold_acuity or "unspecified" for x in both], [x.pred_acuity or "unspecified" for x in both]
    if any(x.gold_severity is None or x.gold_acuity is None for x in pairs):
        return None
    gold = [str(priority(x.gold, sorted(x.gold_levels), x.gold_severity or "", x.gold_acuity or "")) for x in both]
    pred = [str(priority(x.pred, sorted(x.pred_levels), x.pred_severity, x.pred_acuity)) for x in both]
    return gold, pred


def attribute_agreement(pairs: Sequence[Pair]) -> dict:
    """Severity, acuity and worklist priority, gold vs predicted, on the reports both call positive."""
    out = {}
    for name, order in (("severity", SEVERITY_ORDER), ("acuity", ACUITY_ORDER), ("priority", PRIORITY_ORDER)):
        got = _attribute_pairs(pairs, name)
        out[name] = None if got is None else stats.agreement(got[0], got[1], order)
    return out


def per_modality(pairs: Sequence[Pair]) -> dict:
    """Case-finding counts and the four proportions per modality (pandas groupby)."""
    if not pairs:
        return {}
    frame = pd.DataFrame(
        {
            "modality": [(x.modality or "").strip().upper() or "unknown" for x in pairs],
            "g": [x.gold in POSITIVE for x in pairs],
            "p": [x.pred in POSITIVE for x in pairs],
        }
    )
    frame["tp"] = frame.g & frame.p
    frame["fp"] = ~frame.g & frame.p
    frame["fn"] = frame.g & ~frame.p
    frame["tn"] = ~frame.g & ~frame.p
    sums = frame.groupby("modality", sort=True)[["tp", "fp", "fn", "tn"]].sum().astype(int)
    out = {}
    for mod, r in sums.iterrows():
        tp, fp, fn, tn = (int(r[k]) for k in ("tp", "fp", "fn", "tn"))
        out[str(mod)] = {
            "n": tp + fp + fn + tn,
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "tn": tn,
            **_binary_block(tp, fp, fn, tn),
        }
    return out


def compute_metrics(pairs: Sequence[Pair], *, seed: int = 20261124, n_boot: int = 1000) -> dict:
    """Every unweighted metric with its 95% interval (see the module docstring)."""
    tp, fp, fn, tn = binary_counts(pairs)
    block = _binary_block(tp, fp, fn, tn)
    correct = sum(1 for x in pairs if x.gold == x.pred)
    acc = stats.proportion(correct, len(pairs))
    per_finding = {}
    for f in FINDINGS:
        t = sum(1 for x in pairs if x.gold == f and x.pred == f)
        predicted = sum(1 for x in pairs if x.pred == f)
        support = sum(1 for x in pairs if x.gold == f)
        p, r = stats.proportion(t, predicted), stats.proportion(t, support)
        per_finding[f] = {
            "precision": p["estimate"],
            "precision_ci95": p["ci95"],
            "recall": r["estimate"],
            "recall_ci95": r["ci95"],
            "f1": stats.f1_from_counts(t, predicted - t, support - t),
            "support": support,
            "predicted": predicted,
        }
    confusion = {g: {p: sum(1 for x in pairs if x.gold == g and x.pred == p) for p in FINDINGS} for g in FINDINGS}
    per_report = [level_counts_of(x) for x in pairs]
    ltp, lfp, lfn = (sum(c[i] for c in per_report) for i in range(3))
    lp, lr = stats.proportion(ltp, ltp + lfp), stats.proportion(ltp, ltp + lfn)
    f1_ci = stats.f1_interval(per_report, seed=seed, n_boot=n_boot)
    ci = {k: v["ci95"] for k, v in block.items()}
    ci.update(accuracy=acc["ci95"], level_precision=lp["ci95"], level_recall=lr["ci95"], level_f1=f1_ci["ci95"])
    return {
        "n": len(pairs),
        **{k: v["estimate"] for k, v in block.items()},
        "accuracy": acc["estimate"],
        "level_precision": lp["estimate"],
        "level_recall": lr["estimate"],
        "level_f1": stats.f1_from_counts(ltp, lfp, lfn),
        "ci95": ci,
        "binary": {"tp": tp, "fp": fp, "fn": fn, "tn": tn},
        "levels": {"tp": ltp, "fp": lfp, "fn": lfn},
        "per_finding": per_finding,
        "per_modality": per_modality(pairs),
        "confusion": confusion,
        "attributes": attribute_agreement(pairs),
        "definitions": {
            "positive": "fracture or possible_fracture",
            "level_metric": "summed over reports; predicted levels count only when the predicted finding is positive",
            "ci": "95% Wilson score intervals for proportions (statsmodels); level F1: "
            + (f1_ci["method"] or "n/a")
            + "; kappa: asymptotic (statsmodels cohens_kappa)",
            "attributes": "reports both gold and predicted call positive; severity order not stated < mild < "
            "moderate < severe; acuity chronic < unspecified < acute; priority as the worklist computes it",
        },
    }


def read_strata(path: Path) -> tuple[dict[str, int], dict[str, str] | None]:
    """({stratum: N_h} from strata.csv, {report_id: stratum} from sample_key.csv beside it, or None)."""
    rows = read_table(path)
    if not rows or not {"stratum", "N_h"} <= set(rows[0]):
        raise InputError(
            f"{path.name}: not a strata file; it needs columns stratum, N_h, n_h, weight (from vfx-finder sample)"
        )
    population = {}
    for r in rows:
        try:
            population[r["stratum"]] = int(r["N_h"])
        except ValueError:
            raise InputError(f"{path.name}: stratum {r['stratum']}: N_h '{r['N_h']}' is not a count") from None
    key_path = path.parent / "sample_key.csv"
    key = {r["report_id"]: r["stratum"] for r in read_table(key_path)} if key_path.exists() else None
    return population, key


def weighted_metrics(pairs: Sequence[Pair], strata: dict[str, str], population: dict[str, int]) -> dict:
    """Population-weighted sensitivity, PPV and NPV over the reports with a stratum (stratified ratio estimator)."""
    rows = [(strata[x.report_id], x) for x in pairs if x.report_id in strata and strata[x.report_id] in population]
    outside = len(pairs) - len(rows)
    frame = pd.DataFrame(
        {
            "stratum": [s for s, _ in rows],
            "g": [int(x.gold in POSITIVE) for _, x in rows],
            "p": [int(x.pred in POSITIVE) for _, x in rows],
        },
        columns=["stratum", "g", "p"],
    )
    frame["tp"] = frame.g * frame.p
    frame["ng"] = 1 - frame.g
    frame["np"] = 1 - frame.p
    frame["tn"] = frame.ng * frame.np
    sampled = set(frame["stratum"])
    unsampled = {s: n for s, n in population.items() if s not in sampled and n > 0}
    out = {
        "n": len(rows),
        "outside_design": outside,
        "strata_without_labels": sorted(unsampled),
        "population_without_labels": sum(unsampled.values()),
        "sensitivity": stats.stratified_ratio(frame, "tp", "g", population),
        "ppv": stats.stratified_ratio(frame, "tp", "p", population),
        "npv": stats.stratified_ratio(frame, "tn", "np", population),
        "method": "stratified ratio estimator, weights N_h / n_h (n_h = labelled reports of the stratum); "
        "Taylor-linearised variance with finite population correction; Wilson interval on the effective n",
    }
    if any(s.startswith("positive:") for s in unsampled):
        # a negatives audit (or a sample that missed the tool-positives): only the negatives are estimated
        out["sensitivity"] = out["ppv"] = None
        n_neg = sum(n for s, n in population.items() if not s.startswith("positive:"))
        n_pos = sum(n for s, n in population.items() if s.startswith("positive:"))
        npv = out["npv"]
        if npv["estimate"] is not None:
            missed = n_neg * (1 - npv["estimate"])
            lo, hi = (n_neg * (1 - npv["ci95"][1]), n_neg * (1 - npv["ci95"][0])) if npv["ci95"] else (None, None)
            out["missed_fractures"] = {
                "estimate": round(missed, 1),
                "ci95": None if lo is None else [round(lo, 1), round(hi, 1)],
                "of_negatives": n_neg,
            }
            out["sensitivity_upper_bound"] = {
                "estimate": n_pos / (n_pos + missed) if n_pos + missed else None,
                "ci95": None
                if lo is None or not n_pos
                else [round(n_pos / (n_pos + hi), 4), round(n_pos / (n_pos + lo), 4)],
                "meaning": "if every tool-positive report were a true fracture; multiply the tool-positives by a "
                "measured PPV for a point estimate",
            }
    if unsampled:
        out["note"] = (
            f"{sum(unsampled.values())} reports of the population are in strata with no labelled report "
            f"({', '.join(sorted(unsampled))}); the weighted estimates cover the other strata only"
        )
    return out


def find_weights(gold_path: Path, weights: Path | None) -> Path | None:
    """--weights, else strata.csv beside the gold file, else None."""
    if weights is not None:
        if not weights.exists():
            raise InputError(f"--weights: {weights} not found; give the strata.csv that vfx-finder sample wrote")
        return weights
    beside = gold_path.parent / "strata.csv"
    return beside if beside.exists() else None


def explain_command(path: Path, report_id: str, fmt: str, columns: str | dict | None) -> str:
    """A ready 'vfx-finder explain --input FILE --report-id ID' command (shell-quoted)."""
    parts = ["vfx-finder", "explain", "--input", str(path), "--report-id", report_id]
    if fmt != "auto":
        parts += ["--format", fmt]
    if isinstance(columns, str) and columns:
        parts += ["--columns", columns]
    return " ".join(shlex.quote(p) for p in parts)


def evaluate(
    gold_path: Path,
    out_dir: Path,
    *,
    fmt: str = "auto",
    columns: str | dict | None = None,
    workers: int = 1,
    patterns_dir: Path | None = None,
    seed: int = 20261124,
    weights: Path | None = None,
) -> dict:
    """Score the pipeline on a labelled file; write metrics.json and errors.csv into ``out_dir``."""
    from vfx_finder.process import analyse_stream
    from vfx_finder.rules import load_all, rules_fingerprint
    from vfx_finder.run import versions

    rules = rules_fingerprint(load_all(patterns_dir))
    strata_path = find_weights(gold_path, weights)
    population, key = read_strata(strata_path) if strata_path else (None, None)
    out = ensure_out_dir(out_dir)
    rejected: list[Rejection] = []
    has = {"severity": None, "acuity": None}

    def reports():
        for rec in iter_labelled(gold_path, fmt=fmt, columns=columns):
            if isinstance(rec, Rejection):
                rejected.append(rec)
                continue
            if "gold_finding" not in rec.extra:
                raise InputError(
                    f"{gold_path.name}: missing column 'gold_finding'; an evaluation file needs "
                    "report_id, text, gold_finding, gold_levels (docs/LABELLING.md)"
                )
            g = (rec.extra.get("gold_finding") or "").strip()
            levels = parse_levels_field(rec.extra.get("gold_levels", ""))
            check_gold(gold_path.name, rec.report_id, g, levels)
            check_attributes(
                gold_path.name,
                rec.report_id,
                (rec.extra.get("gold_severity") or "").strip().lower(),
                (rec.extra.get("gold_acuity") or "").strip().lower(),
            )
            rec.extra["_gold"] = g
            rec.extra["_gold_levels"] = levels
            for name in has:
                if has[name] is None:
                    has[name] = f"gold_{name}" in rec.extra
            yield rec

    pairs: list[Pair] = []
    strata_of: dict[str, str] = {}
    errors_w = SafeCsvWriter(out / "errors.csv", ERROR_COLUMNS)
    try:
        for report, row in analyse_stream(reports(), workers=workers, patterns_dir=patterns_dir):
            pred_levels = parse_levels_field(row["levels"])
            gsev = report.extra.get("gold_severity") if has["severity"] else None
            gacu = report.extra.get("gold_acuity") if has["acuity"] else None
            pair = Pair(
                report.extra["_gold"],
                row["finding"],
                report.extra["_gold_levels"],
                pred_levels,
                modality=report.modality,
                gold_severity=None if gsev is None else gsev.strip().lower(),
                gold_acuity=None if gacu is None else gacu.strip().lower(),
                pred_severity=row["severity"],
                pred_acuity=row["acuity"],
                report_id=report.report_id,
            )
            pairs.append(pair)
            if population is not None and key is None:  # no sample_key.csv: the stratum from this run's answer
                from vfx_finder.validation.sample import group_of, modality_of, stratum_name

                strata_of[report.report_id] = stratum_name(
                    group_of(row["finding"], row["decided_by"]), modality_of(report.modality)
                )
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
                        "input_file": str(gold_path),
                        "modality": report.modality,
                        "explain_command": explain_command(gold_path, report.report_id, fmt, columns),
                    }
                )
        metrics = compute_metrics(pairs, seed=seed)
        if population is not None:
            metrics["weighted"] = weighted_metrics(pairs, key if key is not None else strata_of, population)
            metrics["weighted"]["strata_file"] = str(strata_path)
            metrics["weighted"]["strata_from"] = "sample_key.csv" if key is not None else "this run's answers"
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


def _ci(ci: list[float] | None) -> str:
    return "n/a" if not ci else f"{ci[0]:.3f}-{ci[1]:.3f}"


def _with_ci(value: float | None, ci: list[float] | None) -> str:
    return f"{_fmt(value)} ({_ci(ci)})"


def format_metrics(m: dict) -> str:
    """The printed summary of evaluate (every estimate with its 95% interval)."""
    ci = m["ci95"]
    b = m["binary"]
    lines = [
        f"reports: {m['n']} (rejected {m.get('rejected', 0)}); TP {b['tp']} FP {b['fp']} FN {b['fn']} TN {b['tn']}",
        f"case-finding sensitivity {_with_ci(m['sensitivity'], ci['sensitivity'])}, "
        f"PPV {_with_ci(m['ppv'], ci['ppv'])}  (95% Wilson intervals)",
        f"specificity {_with_ci(m['specificity'], ci['specificity'])}, NPV {_with_ci(m['npv'], ci['npv'])}",
        f"finding accuracy {_with_ci(m['accuracy'], ci['accuracy'])}; level P {_fmt(m['level_precision'])} "
        f"R {_fmt(m['level_recall'])} F1 {_with_ci(m['level_f1'], ci['level_f1'])}",
    ]
    w = m.get("weighted")
    if w:
        lines.append(f"population-weighted ({w['n']} reports in the sample design, strata from {w['strata_from']}):")
        for k in ("sensitivity", "ppv", "npv"):
            if w[k] is None:
                lines.append(f"  {k:<12} n/a (no labelled tool-positive reports)")
            else:
                lines.append(f"  {k:<12} {_with_ci(w[k]['estimate'], w[k]['ci95'])}  effective n {w[k]['n_eff']}")
        if w.get("missed_fractures"):
            mf, ub = w["missed_fractures"], w["sensitivity_upper_bound"]
            lines.append(
                f"  missed fractures among {mf['of_negatives']} tool-negatives: {mf['estimate']} "
                f"(95% CI {mf['ci95'][0]}-{mf['ci95'][1]}); sensitivity at most {_with_ci(ub['estimate'], ub['ci95'])}"
                if mf["ci95"]
                else f"  missed fractures among {mf['of_negatives']} tool-negatives: {mf['estimate']}"
            )
        if w.get("note"):
            lines.append(f"  note: {w['note']}")
    lines.append("per finding (precision (95% CI) / recall (95% CI) / F1 / support):")
    for f, v in m["per_finding"].items():
        lines.append(
            f"  {f:<24} {_with_ci(v['precision'], v['precision_ci95'])} / "
            f"{_with_ci(v['recall'], v['recall_ci95'])} / {_fmt(v['f1'])} / {v['support']}"
        )
    lines.append("per modality (n: sensitivity / PPV / specificity / NPV, 95% CI):")
    for mod, v in m["per_modality"].items():
        parts = [_with_ci(v[k]["estimate"], v[k]["ci95"]) for k in ("sensitivity", "ppv", "specificity", "npv")]
        lines.append(f"  {mod:<8} {v['n']:>6}: " + " / ".join(parts))
    lines.append("severity, acuity, priority on reports both call positive (exact / kappa / linear-weighted kappa):")
    for name, a in m["attributes"].items():
        if a is None:
            lines.append(f"  {name:<9} not scored (no gold_{name if name != 'priority' else 'severity/acuity'} column)")
            continue
        lines.append(
            f"  {name:<9} n {a['n']}: exact {_with_ci(a['exact']['estimate'], a['exact']['ci95'])}, "
            f"kappa {_with_ci(a['kappa']['kappa'], a['kappa']['ci95'])}, "
            f"weighted {_with_ci(a['weighted_kappa']['kappa'], a['weighted_kappa']['ci95'])}"
        )
    lines.append("confusion (rows gold, columns predicted: " + ", ".join(FINDINGS) + "):")
    for g, row in m["confusion"].items():
        lines.append(f"  {g:<24} " + " ".join(f"{row[p]:>5}" for p in FINDINGS))
    return "\n".join(lines)
