"""The model card beside every model: card.json (machine-read: thresholds, hash) and model_card.md (people)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from vfx_finder.model.persist import CARD_JSON, CARD_MD

INTENDED_USE = (
    "A second reader for vertebral fracture case-finding. The rules stay the first reader and the "
    "explanation; the model only proposes reports the rules call negative (no_fracture, "
    "non_fracture_deformity, excluded) for human review in second_reader.csv, and marks rule-positive "
    "reports it scores very low as low_confidence. It never puts a patient on the FLS worklist by itself."
)
KNOWN_LIMITS = (
    "Trained on synthetic and hand-written reports from a few authors, not on real reports; real wording differs.",
    "The rules were tuned on most of the training sets, so the rules miss few of their positives and the "
    "model sees few examples of what the rules miss.",
    "Scores are probabilities calibrated on the training sets' mix (about 45% positive); real report streams "
    "have far fewer positives, so the share of flags that are right will be lower there.",
    "Only reports that pass the rules' vocabulary pre-filter are scored; a miss caused by the pre-filter is not caught.",
    "English UK / US radiology wording only.",
)
THRESHOLD_RULE = (
    "threshold: the lowest probability at which out-of-fold second-reader flags (rule-negative reports) on the "
    "training data are gold positive at least half the time (at least 3 flags), 1.01 (never) when none is; "
    "low_threshold: the highest probability below which out-of-fold rule-positive reports are gold negative at "
    "least half the time, 0 (never) when none is."
)


def write_card(out_dir: Path, card: dict) -> tuple[Path, Path]:
    """Write card.json and model_card.md into ``out_dir``; return their paths."""
    out_dir = Path(out_dir)
    js, md = out_dir / CARD_JSON, out_dir / CARD_MD
    for path, text in ((js, json.dumps(card, indent=2, ensure_ascii=False) + "\n"), (md, render_card(card))):
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    return js, md


def _fmt(v) -> str:
    return f"{v:.4f}" if isinstance(v, float) else str(v)


def render_card(card: dict) -> str:
    """The card as Markdown."""
    t = card.get("training", {})
    lines = [
        f"# Model card: {card['name']} ({card['version']})",
        "",
        f"- Created: {card['created']}",
        f"- Enabled by default: **{'yes' if card.get('enabled_by_default') else 'no'}**",
        f"- File: `{card['model_file']}` ({card['size_bytes']:,} bytes), sha256 `{card['sha256']}`",
    ]
    if card.get("scorer_file"):
        lines.append(
            f"- Run-time scorer: `{card['scorer_file']}` ({card['scorer_size_bytes']:,} bytes), "
            f"sha256 `{card['scorer_sha256']}` (the same model as data; what `run` loads)"
        )
    lines += [
        f"- scikit-learn {card['sklearn_version']}, skops {card['skops_version']}, numpy {card['numpy_version']}",
        f"- Seed: {card['seed']}",
        f"- Threshold: {card['threshold']}; low-confidence threshold: {card['low_threshold']}",
        "",
        "## Intended use",
        "",
        card.get("intended_use", INTENDED_USE),
        "",
        "## Model",
        "",
        card.get("pipeline", ""),
        "",
        "## Training data",
        "",
        "| set | reports | positive | sha256 |",
        "|---|---:|---:|---|",
    ]
    for s in t.get("sets", []):
        lines.append(f"| {s['path']} | {s['reports']} | {s['positive']} | `{s['sha256'][:16]}` |")
    rv = t.get("reviews")
    if rv:
        lines.append(f"| review decisions ({rv['state']}) | {rv['labels']} | {rv['positive']} | |")
    lines += ["", f"Total: {t.get('reports')} reports, {t.get('positive')} positive."]
    if card.get("sets_not_seen"):
        lines += ["", "Never seen in training: " + ", ".join(f"`{p}`" for p in card["sets_not_seen"]) + "."]
    lines += ["", "## Metrics", "", f"Out-of-fold ({card['metrics'].get('cv', '')}), at the thresholds above:", ""]
    for k, v in card["metrics"].get("out_of_fold", {}).items():
        lines.append(f"- {k}: {_fmt(v)}")
    for name, block in card["metrics"].items():
        if name in ("cv", "out_of_fold") or not isinstance(block, dict):
            continue
        lines += ["", f"{name}:", ""]
        lines += [f"- {k}: {_fmt(v)}" for k, v in block.items()]
    lines += ["", "## Thresholds", "", card.get("threshold_rule", THRESHOLD_RULE), "", "## Known limits", ""]
    lines += [f"- {x}" for x in card.get("known_limits", KNOWN_LIMITS)]
    return "\n".join(lines) + "\n"
