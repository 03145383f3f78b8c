"""``train``: fit a second reader from labelled reports and coordinators' review decisions (orchestration).

Reads labelled files with the project's reader (every input format; a ``gold_finding``
column) or a regression-case JSON (``{"cases": [{"id", "text", "finding"}, ...]}``),
runs the rules once per report (``process.analyse_stream``) to get each report's decision
row, and hands texts, rows and labels to ``vfx_finder.model`` (which never imports spaCy).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from vfx_finder.decide import FINDINGS
from vfx_finder.model.errors import TrainingError
from vfx_finder.model.features import features_frame
from vfx_finder.model.persist import MODEL_FILE, dump_model, dump_scorer, sha256_file
from vfx_finder.model.reviews import review_labels
from vfx_finder.model.training import MIN_PER_CLASS, FitResult, fit_second_reader
from vfx_finder.read import iter_records
from vfx_finder.read.records import Rejection, Report
from vfx_finder.vocab import POSITIVE

#: how much one coordinator decision weighs against one labelled report
REVIEW_WEIGHT = 5.0
REVIEWS_GROUP = "review decisions"


@dataclass
class Labelled:
    """One training report: text, exam metadata, label (1 case-finding positive) and where it came from."""

    report_id: str
    text: str
    exam_name: str
    modality: str
    label: int
    group: str
    weight: float = 1.0


def _regression_cases(path: Path) -> list[Labelled] | None:
    if path.suffix.lower() != ".json":
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
        return None
    out = []
    for i, c in enumerate(data["cases"], 1):
        finding = str(c.get("finding", ""))
        if finding not in FINDINGS or not str(c.get("text", "")).strip():
            raise TrainingError(f"{path}: case {i} has no text or an invalid finding; fix the case file")
        out.append(Labelled(str(c.get("id", i)), c["text"], "", "", int(finding in POSITIVE), str(path)))
    return out


def read_labelled(path: Path, *, fmt: str = "auto", columns=None, require_gold: bool = True) -> list[Labelled]:
    """Labelled reports from one file (any input format with ``gold_finding``, or a regression-case JSON)."""
    path = Path(path)
    cases = _regression_cases(path) if path.is_file() else None
    if cases is not None:
        return cases
    out: list[Labelled] = []
    for rec in iter_records([path], fmt=fmt, columns=columns):
        if isinstance(rec, Rejection):
            continue  # no text: nothing to learn from (counted by evaluate / run)
        assert isinstance(rec, Report)
        gold = rec.extra.get("gold_finding")
        if gold is None:
            if require_gold:
                raise TrainingError(f"--labels {path}: no gold_finding column; label the reports (docs/LABELLING.md)")
            label = -1
        else:
            gold = gold.strip()
            if gold not in FINDINGS:
                raise TrainingError(
                    f"--labels {path}: gold_finding '{gold[:40]}' at {rec.source or '?'} is not one of {', '.join(FINDINGS)}"
                )
            label = int(gold in POSITIVE)
        out.append(Labelled(rec.report_id, rec.text, rec.exam_name, rec.modality, label, str(path)))
    return out


def _with_reviews(items: list[Labelled], state: Path, reports: Sequence[Path], *, fmt: str, columns) -> tuple:
    reviews = review_labels(state)
    texts: dict[str, Labelled] = {}
    for it in items:
        texts.setdefault(it.report_id, it)
    for p in reports:
        for it in read_labelled(Path(p), fmt=fmt, columns=columns, require_gold=False):
            texts.setdefault(it.report_id, it)
    reviewed: dict[str, Labelled] = {}
    missing = 0
    for r in reviews.itertuples(index=False):
        text = getattr(r, "text", None)
        base = texts.get(r.report_id)
        if text:
            reviewed[r.report_id] = Labelled(r.report_id, text, "", "", int(r.label), REVIEWS_GROUP, REVIEW_WEIGHT)
        elif base is not None:
            reviewed[r.report_id] = Labelled(
                r.report_id, base.text, base.exam_name, base.modality, int(r.label), REVIEWS_GROUP, REVIEW_WEIGHT
            )
        else:
            missing += 1
    # a coordinator's decision replaces a labelled file's label for the same report
    kept = [it for it in items if it.report_id not in reviewed]
    info = {
        "state": str(state),
        "decisions": int(len(reviews)),
        "labels": len(reviewed),
        "positive": sum(r.label for r in reviewed.values()),
        "without_text": missing,
    }
    return kept + list(reviewed.values()), info


def train(
    labels: Sequence[Path],
    out: Path,
    *,
    reviews: Path | None = None,
    reports: Sequence[Path] = (),
    seed: int = 1,
    fmt: str = "auto",
    columns=None,
    workers: int = 1,
    name: str | None = None,
    min_per_class: int = MIN_PER_CLASS,
    extra_card: dict | None = None,
) -> dict:
    """Train a second reader, write ``out/model.skops``, ``scorer.json.gz``, ``card.json`` and ``model_card.md``.

    Returns the card. ``model.skops`` is the scikit-learn Pipeline (evaluation, the card's metrics);
    ``scorer.json.gz`` is the same model as data for ``run`` (``vfx_finder.model.scorer``).
    """
    import sklearn
    import skops

    from vfx_finder.model.card import INTENDED_USE, KNOWN_LIMITS, THRESHOLD_RULE, write_card
    from vfx_finder.process import analyse_stream
    from vfx_finder.vocab import PREFILTER_REASON

    if not labels and reviews is None:
        raise TrainingError("give --labels FILE (labelled reports) and / or --reviews STATE")
    items: list[Labelled] = []
    sets = []
    for p in labels:
        got = read_labelled(Path(p), fmt=fmt, columns=columns)
        items += got
        sets.append(
            {
                "path": str(p),
                "reports": len(got),
                "positive": sum(x.label for x in got),
                "sha256": sha256_file(p) if Path(p).is_file() else "",
            }
        )
    review_info = None
    if reviews is not None:
        items, review_info = _with_reviews(items, reviews, reports, fmt=fmt, columns=columns)
    y = np.array([it.label for it in items], dtype=int)
    from vfx_finder.model.training import check_classes

    check_classes(y, minimum=min_per_class)
    rows = [row for _r, row in analyse_stream(_as_reports(items), workers=workers)]
    frame = features_frame([it.text for it in items], rows)
    rule_pos = np.array([r["finding"] in POSITIVE for r in rows])
    scored = np.array([r.get("decided_by") != PREFILTER_REASON for r in rows])
    groups = np.array([it.group for it in items])
    weights = np.array([it.weight for it in items])
    result: FitResult = fit_second_reader(
        frame, y, rule_pos, scored, groups, seed=seed, sample_weight=weights, min_per_class=min_per_class
    )
    out = Path(out)
    from vfx_finder.model.pipeline import export_scorer

    model_path, digest = dump_model(result.pipeline, out)
    scorer_path, scorer_digest = dump_scorer(export_scorer(result.pipeline), out)
    created = datetime.now(UTC).replace(microsecond=0)
    card = {
        "name": name or out.name,
        "version": f"{created:%Y.%m.%d}-{digest[:8]}",
        "created": created.isoformat(),
        "model_file": MODEL_FILE,
        "sha256": digest,
        "size_bytes": model_path.stat().st_size,
        "scorer_file": scorer_path.name,
        "scorer_sha256": scorer_digest,
        "scorer_size_bytes": scorer_path.stat().st_size,
        "sklearn_version": sklearn.__version__,
        "skops_version": skops.__version__,
        "numpy_version": np.__version__,
        "seed": seed,
        "target": "case-finding positive (gold fracture or possible_fracture) vs not",
        "pipeline": (
            "TF-IDF word 1-2-grams and char_wb 3-5-grams over the report's spine-related sentences "
            "(vfx_finder.model.features.spine_window) + one-hot rule-decision features -> logistic regression "
            "(liblinear, balanced classes) calibrated by CalibratedClassifierCV (sigmoid, 5-fold, ensemble=False); run scores with the same model "
            "exported as a compact linear scorer (scorer.json.gz: terms, idf, coefficients, intercept, sigmoid a/b)"
        ),
        "training": {
            "sets": sets,
            "reviews": review_info,
            "reports": len(items),
            "positive": int(y.sum()),
            "review_weight": REVIEW_WEIGHT if review_info else None,
        },
        "threshold": result.threshold,
        "low_threshold": result.low_threshold,
        "threshold_rule": THRESHOLD_RULE,
        "metrics": {"cv": result.cv, "out_of_fold": _rates(result.oof_counts)},
        "enabled_by_default": False,
        "intended_use": INTENDED_USE,
        "known_limits": list(KNOWN_LIMITS),
    }
    card.update(extra_card or {})
    write_card(out, card)
    return card


def _as_reports(items: list[Labelled]):
    for i, it in enumerate(items):
        yield Report(report_id=it.report_id, text=it.text, exam_name=it.exam_name, modality=it.modality, source=str(i))


def _rates(c: dict) -> dict:
    """Counts plus the derived rates (rounded to 4 places, so a retrain compares within rounding)."""
    out = dict(c)
    n = c["processed"]
    out["recall_gained"] = round(c["flagged_correct"] / c["gold_positive"], 4) if c["gold_positive"] else 0.0
    out["flags_per_1000"] = round(1000 * c["flagged"] / n, 2) if n else 0.0
    out["flag_precision"] = round(c["flagged_correct"] / c["flagged"], 4) if c["flagged"] else None
    return out
