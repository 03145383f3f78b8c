"""Interval estimates and agreement statistics (statsmodels, scikit-learn, numpy), used by evaluate and agreement.

Methods (also in docs/VALIDATION.md):

- a proportion k / n (sensitivity, specificity, PPV, NPV, accuracy, per-finding precision /
  recall, exact agreement): the Wilson score interval (``proportion_confint(method="wilson")``),
  which is never zero-width at 0 or 1 (24/24 -> 0.862-1.000);
- F1 (levels), which has no closed form: a percentile bootstrap over reports (seeded); if the
  bootstrap interval has zero width (every resample the same, e.g. F1 = 1), the Wilson interval
  of the Jaccard proportion TP / (TP + FP + FN) mapped through F1 = 2J / (1 + J) is used instead;
- Cohen's kappa (unweighted and linear-weighted) with its asymptotic 95% interval
  (``statsmodels.stats.inter_rater.cohens_kappa``);
- a population-weighted ratio (sensitivity, PPV, NPV from a stratified sample): the
  stratified ratio estimator, its Taylor-linearisation (delta-method) variance with the finite
  population correction, and a Wilson interval on the effective sample size
  n_eff = p (1 - p) / var (capped at the labelled count; the labelled count when p is 0 or 1).
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence

import numpy as np
import pandas as pd
from statsmodels.stats.inter_rater import cohens_kappa
from statsmodels.stats.proportion import proportion_confint

DIGITS = 4


def _round_pair(lo: float, hi: float) -> list[float]:
    return [round(float(lo), DIGITS), round(float(hi), DIGITS)]


def wilson(k: float, n: float) -> list[float] | None:
    """95% Wilson score interval for k successes in n trials (None when n is 0)."""
    if not n:
        return None
    lo, hi = proportion_confint(k, n, alpha=0.05, method="wilson")
    return _round_pair(max(0.0, lo), min(1.0, hi))


def proportion(k: int, n: int) -> dict:
    """{'estimate', 'k', 'n', 'ci95'} for k / n with its Wilson interval (estimate None when n is 0)."""
    return {"estimate": (k / n) if n else None, "k": int(k), "n": int(n), "ci95": wilson(k, n)}


def f1_from_counts(tp: float, fp: float, fn: float) -> float | None:
    """F1 = 2TP / (2TP + FP + FN); None when there is nothing to score."""
    denom = 2 * tp + fp + fn
    return (2 * tp / denom) if denom else None


def f1_interval(counts: Sequence[tuple[int, int, int]], *, seed: int, n_boot: int = 1000) -> dict:
    """95% interval of the pooled F1 of per-report (tp, fp, fn) counts: percentile bootstrap over reports.

    Falls back to the Wilson interval of the Jaccard proportion (mapped to F1) when the bootstrap
    interval has zero width, so it is never reported as zero width at 0 or 1.
    """
    arr = np.asarray(counts, dtype=float).reshape(-1, 3)
    tp, fp, fn = arr.sum(axis=0) if len(arr) else (0.0, 0.0, 0.0)
    if tp + fp + fn == 0:
        return {"ci95": None, "method": None}
    rng = np.random.default_rng(seed)
    m = len(arr)
    stats: list[np.ndarray] = []
    chunk = max(1, min(n_boot, 2_000_000 // max(m, 1)))
    done = 0
    while done < n_boot:
        size = min(chunk, n_boot - done)
        weights = rng.multinomial(m, np.full(m, 1.0 / m), size=size)  # resample reports with replacement
        sums = weights @ arr
        denom = 2 * sums[:, 0] + sums[:, 1] + sums[:, 2]
        with np.errstate(invalid="ignore", divide="ignore"):
            stats.append(np.where(denom > 0, 2 * sums[:, 0] / denom, np.nan))
        done += size
    values = np.concatenate(stats)
    values = values[~np.isnan(values)]
    lo, hi = np.percentile(values, [2.5, 97.5]) if len(values) else (np.nan, np.nan)
    if len(values) and round(float(lo), DIGITS) < round(float(hi), DIGITS):
        return {"ci95": _round_pair(lo, hi), "method": f"percentile bootstrap over reports ({n_boot}, seed {seed})"}
    jlo, jhi = proportion_confint(tp, tp + fp + fn, alpha=0.05, method="wilson")
    return {
        "ci95": _round_pair(2 * jlo / (1 + jlo), 2 * jhi / (1 + jhi)),
        "method": "Wilson interval of TP / (TP + FP + FN) mapped to F1 (the bootstrap had zero width)",
    }


def kappa(a: Sequence[str], b: Sequence[str], categories: Sequence[str], *, weights: str | None = None) -> dict:
    """Cohen's kappa of two label sequences over fixed ordered categories, with its asymptotic 95% interval.

    ``weights='linear'`` gives the linearly weighted kappa (categories in their ordinal order).
    ``kappa`` is None when it is undefined (no reports, or both raters used a single category).
    """
    table = contingency(a, b, categories)
    n = int(table.to_numpy().sum())
    out = {"kappa": None, "ci95": None, "n": n, "weights": weights or "none"}
    if n == 0:
        return out
    with warnings.catch_warnings(), np.errstate(all="ignore"):  # a one-category table: kappa undefined (nan)
        warnings.simplefilter("ignore", RuntimeWarning)
        res = cohens_kappa(table.to_numpy(), wt=weights, return_results=True)
    k = float(res.kappa)
    if not np.isfinite(k):
        return out
    out["kappa"] = round(k, DIGITS)
    lo, hi = float(res.kappa_low), float(res.kappa_upp)
    if np.isfinite(lo) and np.isfinite(hi):
        out["ci95"] = [round(max(-1.0, lo), DIGITS), round(min(1.0, hi), DIGITS)]
    return out


def contingency(a: Sequence[str], b: Sequence[str], categories: Sequence[str]) -> pd.DataFrame:
    """Rows: rater A's category, columns: rater B's, over the fixed categories (zeros kept)."""
    cats = list(categories)
    index = {c: i for i, c in enumerate(cats)}
    unknown = sorted({x for x in list(a) + list(b) if x not in index})
    if unknown:
        raise ValueError(f"labels outside the categories: {unknown}")
    counts = np.zeros((len(cats), len(cats)), dtype=int)
    np.add.at(counts, ([index[x] for x in a], [index[y] for y in b]), 1)
    return pd.DataFrame(counts, index=cats, columns=cats)


def agreement(a: Sequence[str], b: Sequence[str], categories: Sequence[str]) -> dict:
    """Exact agreement (Wilson), Cohen's kappa and linear-weighted kappa of two ordinal label sequences."""
    a, b = list(a), list(b)
    same = sum(1 for x, y in zip(a, b) if x == y)
    return {
        "n": len(a),
        "exact": proportion(same, len(a)),
        "kappa": kappa(a, b, categories),
        "weighted_kappa": kappa(a, b, categories, weights="linear"),
        "categories": list(categories),
    }


def stratified_ratio(frame: pd.DataFrame, y: str, x: str, population: dict[str, int]) -> dict:
    """Population-weighted ratio sum(N_h ybar_h) / sum(N_h xbar_h) from a stratified random sample.

    ``frame`` has one row per labelled report with columns ``stratum``, ``y`` and ``x`` (0/1);
    ``population`` maps each stratum to its population count N_h. n_h is the labelled count of the
    stratum in ``frame``. The variance is the Taylor-linearised (delta-method) variance of a ratio,
    sum_h N_h^2 (1 - n_h / N_h) s_zh^2 / n_h / X^2 with z = y - R x; the interval is Wilson's on the
    effective sample size p (1 - p) / var, capped at the number of labelled reports with x = 1.
    """
    groups = frame.groupby("stratum", sort=True)
    n_h = groups.size()
    big_n = pd.Series({s: population[s] for s in n_h.index}, dtype=float)
    w = big_n / n_h
    y_tot = float((groups[y].sum() * w).sum())
    x_tot = float((groups[x].sum() * w).sum())
    n_x = int(frame[x].sum())
    if x_tot == 0:
        return {"estimate": None, "ci95": None, "se": None, "n_eff": None, "n": n_x, "estimated_numerator": 0.0}
    r = y_tot / x_tot
    z = frame[y] - r * frame[x]
    s2 = z.groupby(frame["stratum"], sort=True).var(ddof=1).fillna(0.0)  # a stratum of one adds no variance
    fpc = (1 - n_h / big_n).clip(lower=0.0)
    var = float((big_n**2 * fpc * s2 / n_h).sum()) / x_tot**2
    if var > 0 and 0 < r < 1:
        n_eff = min(r * (1 - r) / var, float(n_x))
    else:
        n_eff = float(n_x)
    return {
        "estimate": r,
        "ci95": wilson(r * n_eff, n_eff),
        "se": var**0.5,
        "n_eff": round(n_eff, 2),
        "n": n_x,
        "estimated_numerator": round(y_tot, 2),
        "estimated_denominator": round(x_tot, 2),
    }
