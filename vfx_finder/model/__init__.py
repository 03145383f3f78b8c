"""The second reader: a scikit-learn model that proposes rule-negative reports for human review.

spaCy-free: it takes a report's text and the rules' decision row (``Decision.as_row()`` plus
``decided_by``). Training, evaluation and the card use the scikit-learn Pipeline (``model.skops``);
``run`` scores with the compact scorer written beside it (``scorer.json.gz``, pure Python + numpy),
so a run's workers never import scikit-learn, SciPy or pandas. Names are imported lazily: importing
this package costs nothing until a name is used. See docs/SECOND_READER.md.

Wiring (``run``)::

    m = load_scorer(path)                     # cached per process; sha256s checked against the card
    p = score_batch(m.scorer, texts, rows)    # a batch at a time; only reports that passed the pre-filter
    v = second_reader_verdict(p, row["finding"], m.threshold, m.low_threshold)
    phrases = top_phrases(m.scorer, text, k=5)
"""

from __future__ import annotations

import importlib

#: public name -> the submodule that defines it (imported on first use)
_WHERE = {
    "ModelError": "errors",
    "TrainingError": "errors",
    "features_frame": "features",
    "report_features": "features",
    "rule_features": "features",
    "spine_window": "features",
    "SHIPPED_MODEL": "persist",
    "TRUSTED": "persist",
    "LoadedModel": "persist",
    "LoadedScorer": "persist",
    "load_model": "persist",
    "load_scorer": "persist",
    "build_pipeline": "pipeline",
    "export_scorer": "pipeline",
    "probabilities": "pipeline",
    "review_labels": "reviews",
    "LinearScorer": "scorer",
    "LOW_CONFIDENCE": "verdict",
    "SECOND_READER": "verdict",
    "score": "verdict",
    "score_batch": "verdict",
    "second_reader_verdict": "verdict",
    "top_phrases": "verdict",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    """Import the submodule that defines ``name`` on first use (PEP 562)."""
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The public names (for tab completion and ``from vfx_finder.model import *``)."""
    return __all__
