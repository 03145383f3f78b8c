"""The second reader: a scikit-learn model that proposes rule-negative reports for human review.

spaCy-free: it takes a report's text and the rules' decision row (``Decision.as_row()`` plus
``decided_by``) and imports only scikit-learn, numpy, pandas, skops and vfx_finder base modules.
See docs/SECOND_READER.md.

Wiring (``run``)::

    m = load_model(path)                     # cached per process; sha256 + trusted types checked
    p = score_batch(m.pipeline, texts, rows)  # a batch at a time; only reports that passed the pre-filter
    v = second_reader_verdict(p, row["finding"], m.threshold, m.low_threshold)
    phrases = top_phrases(m.pipeline, text, k=5)
"""

from __future__ import annotations

from vfx_finder.model.errors import ModelError, TrainingError
from vfx_finder.model.features import features_frame, report_features, rule_features, spine_window
from vfx_finder.model.persist import SHIPPED_MODEL, TRUSTED, LoadedModel, load_model
from vfx_finder.model.pipeline import build_pipeline, probabilities
from vfx_finder.model.reviews import review_labels
from vfx_finder.model.verdict import (
    LOW_CONFIDENCE,
    SECOND_READER,
    score,
    score_batch,
    second_reader_verdict,
    top_phrases,
)

__all__ = [
    "LOW_CONFIDENCE",
    "SECOND_READER",
    "SHIPPED_MODEL",
    "TRUSTED",
    "LoadedModel",
    "ModelError",
    "TrainingError",
    "build_pipeline",
    "features_frame",
    "load_model",
    "probabilities",
    "report_features",
    "review_labels",
    "rule_features",
    "score",
    "score_batch",
    "second_reader_verdict",
    "spine_window",
    "top_phrases",
]
