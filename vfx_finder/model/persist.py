"""Saving and loading the second reader safely: skops (never a bare pickle) with an explicit trusted-type list,
a sha256 check against the model card, and one load per worker process (``load_model`` is cached by path).

``run`` loads only the compact scorer (``load_scorer``: ``scorer.json.gz``, sha256 checked against the
card): scikit-learn, SciPy, pandas and skops are imported only by ``load_model`` / ``dump_model``
(training, evaluation, tests).
"""

from __future__ import annotations

import functools
import json
import os
import zipfile
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vfx_finder.hashing import sha256_file  # noqa: F401  (re-exported)
from vfx_finder.model.errors import ModelError
from vfx_finder.model.scorer import SCORER_FILE, LinearScorer, read_scorer, write_scorer

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline

MODEL_FILE = "model.skops"
CARD_JSON = "card.json"
CARD_MD = "model_card.md"

#: every type a second-reader file may contain beyond skops' defaults; anything else is refused
TRUSTED: tuple[str, ...] = (
    "builtins.slice",
    "numpy.dtype",
    "numpy.float32",
    "numpy.float64",
    "numpy.int64",
    "numpy.ndarray",
    "sklearn.calibration.CalibratedClassifierCV",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.compose._column_transformer.ColumnTransformer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.model_selection._split.StratifiedKFold",
    "sklearn.pipeline.Pipeline",
    "sklearn.preprocessing._encoders.OneHotEncoder",
)


class _Carded:
    """What a model card says to ``run``: thresholds and the summary.json stamp."""

    card: dict

    @property
    def threshold(self) -> float:
        """Probability at or above which a rule-negative report goes to second_reader.csv."""
        return float(self.card["threshold"])

    @property
    def low_threshold(self) -> float:
        """Probability below which a rule-positive report is marked low_confidence."""
        return float(self.card["low_threshold"])

    @property
    def stamp(self) -> dict:
        """What summary.json records about the model: name, version, sha256, enabled_by_default."""
        return {k: self.card.get(k) for k in ("name", "version", "sha256", "enabled_by_default")}


@dataclass(frozen=True)
class LoadedModel(_Carded):
    """A loaded second reader: the Pipeline and its card (threshold, low_threshold, name, version, sha256)."""

    pipeline: Pipeline
    card: dict
    path: Path


@dataclass(frozen=True)
class LoadedScorer(_Carded):
    """A loaded compact scorer (what ``run`` uses) and its card: no scikit-learn in the process."""

    scorer: LinearScorer
    card: dict
    path: Path


def dump_model(pipeline: Pipeline, out_dir: Path) -> tuple[Path, str]:
    """Write the pipeline as ``out_dir/model.skops`` (owner read/write only); return its path and sha256."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / MODEL_FILE
    tmp = out_dir / (MODEL_FILE + ".tmp")
    import skops.io as sio

    sio.dump(pipeline, tmp, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)
    return path, sha256_file(path)


def dump_scorer(data: dict[str, Any], out_dir: Path) -> tuple[Path, str]:
    """Write compact scorer data as ``out_dir/scorer.json.gz`` (owner read/write only); return its path and sha256."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / SCORER_FILE
    tmp = out_dir / (SCORER_FILE + ".tmp")
    write_scorer(data, tmp)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)
    return path, sha256_file(path)


def _model_path(path: Path) -> tuple[Path, Path]:
    path = Path(path)
    if path.is_dir():
        return path / MODEL_FILE, path / CARD_JSON
    return path, path.with_name(CARD_JSON)


def load_untrusted_check(model_file: Path) -> list[str]:
    """The types in a skops file that are not on ``TRUSTED`` (empty when the file is safe to load)."""
    import skops.io as sio

    return sorted(set(sio.get_untrusted_types(file=model_file)) - set(TRUSTED))


def _card(model_path: Path, card_path: Path) -> dict:
    if not model_path.is_file():
        raise ModelError(f"model not found: {model_path}; give --model the folder written by vfx-finder train")
    if not card_path.is_file():
        raise ModelError(f"model card not found: {card_path}; a model folder needs its card.json beside the model")
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise ModelError(f"model card {card_path} is unreadable ({type(err).__name__}); retrain the model") from None
    if not isinstance(card, dict):
        raise ModelError(f"model card {card_path} is unreadable (not an object); retrain the model")
    return card


@functools.lru_cache(maxsize=4)
def _load(model_file: str, card_file: str) -> LoadedModel:
    import skops.io as sio

    model_path, card_path = Path(model_file), Path(card_file)
    card = _card(model_path, card_path)
    digest = sha256_file(model_path)
    if card.get("sha256") != digest:
        raise ModelError(f"model file {model_path} does not match the sha256 in its card; refusing to load it")
    try:
        untrusted = load_untrusted_check(model_path)
    except Exception as err:  # noqa: BLE001  (a damaged zip, not a skops file)
        raise ModelError(f"model file {model_path} is not a readable skops file ({type(err).__name__})") from None
    if untrusted:
        raise ModelError(
            f"model file {model_path} contains types that are not trusted ({', '.join(untrusted)}); refusing to load it"
        )
    pipeline = sio.load(model_path, trusted=list(TRUSTED))
    return LoadedModel(pipeline=pipeline, card=card, path=model_path)


def load_model(path: Path) -> LoadedModel:
    """Load a model folder (or its model.skops) once per process: sha256 checked, only ``TRUSTED`` types."""
    model_file, card_file = _model_path(Path(path))
    return _load(str(model_file.resolve()), str(card_file.resolve()))


@functools.lru_cache(maxsize=4)
def _load_scorer(model_file: str, card_file: str) -> LoadedScorer:
    model_path, card_path = Path(model_file), Path(card_file)
    card = _card(model_path, card_path)
    if card.get("sha256") != sha256_file(model_path):
        raise ModelError(f"model file {model_path} does not match the sha256 in its card; refusing to load it")
    scorer_path = model_path.with_name(str(card.get("scorer_file") or SCORER_FILE))
    if not card.get("scorer_sha256") or not scorer_path.is_file():
        raise ModelError(
            f"model folder {model_path.parent} has no compact scorer ({SCORER_FILE}); retrain it with vfx-finder train"
        )
    if card["scorer_sha256"] != sha256_file(scorer_path):
        raise ModelError(f"scorer file {scorer_path} does not match the sha256 in its card; refusing to load it")
    return LoadedScorer(scorer=read_scorer(scorer_path), card=card, path=scorer_path)


def load_scorer(path: Path) -> LoadedScorer:
    """Load a model folder's compact scorer once per process (what ``run`` scores with): sha256s checked."""
    model_file, card_file = _model_path(Path(path))
    return _load_scorer(str(model_file.resolve()), str(card_file.resolve()))


#: the model shipped with the package
SHIPPED_MODEL = Path(str(files("vfx_finder") / "models" / "second_reader"))  # package data


def shipped_enabled() -> bool:
    """Whether the shipped model's card enables it by default (docs/SECOND_READER.md: off when it adds nothing)."""
    card = SHIPPED_MODEL / CARD_JSON
    return card.is_file() and bool(json.loads(card.read_text(encoding="utf-8")).get("enabled_by_default"))
