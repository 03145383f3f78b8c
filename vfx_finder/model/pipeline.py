"""The second reader's scikit-learn Pipeline: TF-IDF word and character n-grams plus one-hot rule features,
into a calibrated logistic regression. Binary target: case-finding positive (fracture or possible_fracture)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

from vfx_finder.model.features import RULE_COLUMNS, TEXT_COLUMN

#: vocabulary caps keep the saved model to a few MB
MAX_WORD_FEATURES = 20000
MAX_CHAR_FEATURES = 30000


def build_pipeline(seed: int = 1) -> Pipeline:
    """An unfitted second-reader Pipeline, deterministic for ``seed``."""
    features = ColumnTransformer(
        [
            (
                "word",
                TfidfVectorizer(
                    ngram_range=(1, 2),
                    min_df=2,
                    max_features=MAX_WORD_FEATURES,
                    sublinear_tf=True,
                    token_pattern=r"(?u)\b\w+\b",
                    dtype=np.float32,
                ),
                TEXT_COLUMN,
            ),
            (
                "char",
                TfidfVectorizer(
                    analyzer="char_wb",
                    ngram_range=(3, 5),
                    min_df=2,
                    max_features=MAX_CHAR_FEATURES,
                    sublinear_tf=True,
                    dtype=np.float32,
                ),
                TEXT_COLUMN,
            ),
            ("rules", OneHotEncoder(handle_unknown="ignore"), list(RULE_COLUMNS)),
        ]
    )
    base = LogisticRegression(C=4.0, solver="liblinear", class_weight="balanced", max_iter=2000, random_state=seed)
    clf = CalibratedClassifierCV(
        base, method="sigmoid", cv=StratifiedKFold(5, shuffle=True, random_state=seed), ensemble=False
    )
    return Pipeline([("features", features), ("clf", clf)])


def fit_pipeline(frame: pd.DataFrame, y: np.ndarray, *, seed: int = 1, sample_weight=None) -> Pipeline:
    """Fit a fresh pipeline; drop the vectorisers' ``stop_words_`` (large, not needed to predict)."""
    pipe = build_pipeline(seed)
    kwargs = {} if sample_weight is None else {"clf__sample_weight": np.asarray(sample_weight, dtype=float)}
    pipe.fit(frame, np.asarray(y, dtype=int), **kwargs)
    for name in ("word", "char"):
        vec = pipe.named_steps["features"].named_transformers_[name]
        if hasattr(vec, "stop_words_"):
            vec.stop_words_ = None
        # plain ints: skops writes every numpy scalar as its own file (slow to save, large on disk)
        vec.vocabulary_ = {term: int(i) for term, i in vec.vocabulary_.items()}
    return pipe


def probabilities(model: Pipeline, frame: pd.DataFrame) -> np.ndarray:
    """Probability of case-finding positive for each row of the model's input frame."""
    if len(frame) == 0:
        return np.zeros(0)
    return model.predict_proba(frame)[:, 1]


def linear_model(model: Pipeline) -> LogisticRegression:
    """The fitted logistic regression inside the calibrated classifier (for evidence phrases)."""
    return model.named_steps["clf"].calibrated_classifiers_[0].estimator


def _vectoriser_spec(name: str, vec: TfidfVectorizer, coef: np.ndarray) -> dict:
    supported = (
        vec.analyzer in ("word", "char_wb")
        and vec.lowercase
        and vec.strip_accents is None
        and vec.preprocessor is None
        and vec.tokenizer is None
        and vec.stop_words is None
        and not vec.binary
        and vec.input == "content"
        and vec.norm == "l2"
        and vec.use_idf
        and vec.sublinear_tf
        and (vec.analyzer != "word" or tuple(vec.ngram_range) == (1, 2))
    )
    if not supported:
        raise ValueError(f"the compact scorer cannot reproduce vectoriser {name!r} as configured")
    terms = [""] * len(vec.vocabulary_)
    for term, i in vec.vocabulary_.items():
        terms[int(i)] = term
    return {
        "name": name,
        "analyzer": vec.analyzer,
        "ngram_range": [int(n) for n in vec.ngram_range],
        "token_pattern": vec.token_pattern if vec.analyzer == "word" else None,
        "terms": terms,
        "idf": [float(x) for x in vec.idf_],
        "coef": [float(x) for x in coef],
    }


def export_scorer(model: Pipeline) -> dict:
    """The fitted Pipeline as data for ``scorer.LinearScorer`` (no pickle; reproduces ``predict_proba``)."""
    from vfx_finder.model.scorer import FORMAT

    features = model.named_steps["features"]
    clf = model.named_steps["clf"]
    if clf.method != "sigmoid" or len(clf.calibrated_classifiers_) != 1 or list(clf.classes_) != [0, 1]:
        raise ValueError("the compact scorer needs one sigmoid-calibrated binary classifier (ensemble=False)")
    cal = clf.calibrated_classifiers_[0]
    lr = cal.estimator
    coef = np.asarray(lr.coef_, dtype=float)[0]
    out = features.output_indices_
    vectorisers = []
    for name in ("word", "char"):
        sl = out[name]
        vectorisers.append(_vectoriser_spec(name, features.named_transformers_[name], coef[sl]))
    enc = features.named_transformers_["rules"]
    if enc.drop is not None or enc.handle_unknown != "ignore" or getattr(enc, "infrequent_categories_", None):
        raise ValueError("the compact scorer needs a plain one-hot encoder (no drop, unknown categories ignored)")
    rule_coef = coef[out["rules"]]
    categories, coefs, at = [], [], 0
    for cats in enc.categories_:
        categories.append([str(c) for c in cats])
        coefs.append([float(x) for x in rule_coef[at : at + len(cats)]])
        at += len(cats)
    if at != len(rule_coef) or sum(sl.stop - sl.start for sl in out.values()) != len(coef):
        raise ValueError("the compact scorer's features do not cover the model's coefficients")
    sig = cal.calibrators[0]
    return {
        "format": FORMAT,
        "vectorisers": vectorisers,
        "rules": {"columns": list(RULE_COLUMNS), "categories": categories, "coef": coefs},
        "intercept": float(lr.intercept_[0]),
        "calibration": {"method": "sigmoid", "a": float(sig.a_), "b": float(sig.b_)},
    }
