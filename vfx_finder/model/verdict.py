"""What the second reader says about one report: its verdict, and the phrases that weighed most.

``score`` / ``score_batch`` / ``top_phrases`` take either the compact ``LinearScorer`` (what ``run``
uses: no scikit-learn imported) or the scikit-learn Pipeline (training, evaluation, tests); both give
the same numbers (tests/unit/test_model.py).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np

from vfx_finder.model.features import RULE_COLUMNS, TEXT_COLUMN, spine_window
from vfx_finder.model.scorer import LinearScorer
from vfx_finder.vocab import POSITIVE

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline

SECOND_READER = "second_reader"
LOW_CONFIDENCE = "low_confidence"


def second_reader_verdict(prob: float | None, rule_finding: str, threshold: float, low_threshold: float) -> str:
    """'' | 'second_reader' (rules negative, model >= threshold) | 'low_confidence' (rules positive, model < low)."""
    if prob is None or (isinstance(prob, float) and math.isnan(prob)):
        return ""
    if rule_finding in POSITIVE:
        return LOW_CONFIDENCE if prob < low_threshold else ""
    return SECOND_READER if prob >= threshold else ""


def score(model: LinearScorer | Pipeline, text: str, row: Mapping[str, str]) -> float:
    """Probability that one report is case-finding positive, given its text and rule decision row."""
    return float(score_batch(model, [text], [row])[0])


def score_batch(model: LinearScorer | Pipeline, texts: Sequence[str], rows: Sequence[Mapping[str, str]]) -> np.ndarray:
    """Probabilities for many reports at once (the compact scorer: ~0.2 ms a report; use this in run)."""
    if isinstance(model, LinearScorer):
        return model.probabilities(texts, rows)
    from vfx_finder.model.features import features_frame
    from vfx_finder.model.pipeline import probabilities

    return probabilities(model, features_frame(texts, rows))


def top_phrases(model: LinearScorer | Pipeline, text: str, k: int = 5) -> list[str]:
    """The ``k`` word n-grams present in the report's spine sentences that push its score up most (evidence)."""
    if isinstance(model, LinearScorer):
        return model.top_phrases(text, k)
    import pandas as pd

    from vfx_finder.model.pipeline import linear_model

    features = model.named_steps["features"]
    vec = features.named_transformers_["word"]
    coef = linear_model(model).coef_[0][features.output_indices_["word"]]
    window = spine_window(text)
    if not window:
        return []
    x = vec.transform(pd.DataFrame({TEXT_COLUMN: [window]})[TEXT_COLUMN]).tocoo()
    weight = x.data * coef[x.col]
    names = vec.get_feature_names_out()
    order = np.argsort(-weight, kind="stable")
    out: list[str] = []
    for i in order:
        if weight[i] <= 0 or len(out) >= k:
            break
        out.append(str(names[x.col[i]]))
    return out


__all__ = [
    "LOW_CONFIDENCE",
    "RULE_COLUMNS",
    "SECOND_READER",
    "score",
    "score_batch",
    "second_reader_verdict",
    "top_phrases",
]
