"""Fitting a second reader and choosing its thresholds on out-of-fold probabilities of the training data only."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.model_selection import LeaveOneGroupOut, StratifiedKFold
from sklearn.pipeline import Pipeline

from vfx_finder.model.errors import TrainingError
from vfx_finder.model.pipeline import fit_pipeline, probabilities
from vfx_finder.model.thresholds import choose_low_threshold, choose_threshold, second_reader_counts

#: fewest examples of each class (case-finding positive / not) that training accepts
MIN_PER_CLASS = 10
#: with at least this many source groups the thresholds come from leave-one-group-out, else 5-fold CV
MIN_GROUPS_FOR_LOGO = 3


@dataclass
class FitResult:
    """A fitted second reader with its thresholds and the out-of-fold evidence they were chosen on."""

    pipeline: Pipeline
    threshold: float
    low_threshold: float
    oof_probability: np.ndarray
    cv: str
    oof_counts: dict = field(default_factory=dict)


def check_classes(y: np.ndarray, *, minimum: int = MIN_PER_CLASS) -> None:
    """Refuse (one line) when either class has fewer than ``minimum`` examples."""
    y = np.asarray(y, dtype=int)
    pos, neg = int(y.sum()), int(len(y) - y.sum())
    if pos < minimum or neg < minimum:
        raise TrainingError(
            f"too few examples to train: {pos} positive (fracture or possible_fracture) and {neg} negative; "
            f"each class needs at least {minimum}"
        )


def _splits(y: np.ndarray, groups: np.ndarray, seed: int):
    if len(set(groups)) >= MIN_GROUPS_FOR_LOGO:
        return "leave-one-source-out", list(LeaveOneGroupOut().split(np.zeros(len(y)), y, groups))
    return "stratified 5-fold", list(StratifiedKFold(5, shuffle=True, random_state=seed).split(np.zeros(len(y)), y))


def out_of_fold(frame: pd.DataFrame, y, groups, *, seed: int = 1, sample_weight=None) -> tuple[np.ndarray, str]:
    """Out-of-fold probabilities: each report scored by a model that did not see its source group (or fold)."""
    y = np.asarray(y, dtype=int)
    groups = np.asarray(groups)
    w = None if sample_weight is None else np.asarray(sample_weight, dtype=float)
    name, splits = _splits(y, groups, seed)
    oof = np.zeros(len(y))
    for train_idx, test_idx in splits:
        if len(set(y[train_idx])) < 2:
            raise TrainingError("a cross-validation fold has only one class; add labelled reports of both classes")
        model = fit_pipeline(
            frame.iloc[train_idx], y[train_idx], seed=seed, sample_weight=None if w is None else w[train_idx]
        )
        oof[test_idx] = probabilities(model, frame.iloc[test_idx])
    return oof, name


def fit_second_reader(
    frame: pd.DataFrame,
    y,
    rule_positive,
    scored,
    groups,
    *,
    seed: int = 1,
    sample_weight=None,
    min_per_class: int = MIN_PER_CLASS,
) -> FitResult:
    """Choose thresholds on out-of-fold probabilities, then fit the final pipeline on all the data."""
    y = np.asarray(y, dtype=int)
    check_classes(y, minimum=min_per_class)
    oof, cv = out_of_fold(frame, y, groups, seed=seed, sample_weight=sample_weight)
    threshold = choose_threshold(oof, y, rule_positive, scored)
    low = choose_low_threshold(oof, y, rule_positive, scored)
    counts = second_reader_counts(oof, y, rule_positive, scored, threshold=threshold, low_threshold=low)
    pipeline = fit_pipeline(frame, y, seed=seed, sample_weight=sample_weight)
    return FitResult(pipeline, threshold, low, oof, cv, counts)
