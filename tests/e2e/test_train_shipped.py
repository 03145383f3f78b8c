"""The shipped second reader is reproducible: retraining with its card's sets and seed gives its card's metrics."""

from __future__ import annotations

import json
import os

import pytest

from vfx_finder.model import SHIPPED_MODEL, load_model, load_scorer, probabilities


@pytest.mark.slow
def test_retraining_with_the_cards_seed_reproduces_the_card(tmp_path, root):
    from vfx_finder.train import train

    card = json.loads((SHIPPED_MODEL / "card.json").read_text(encoding="utf-8"))
    sets = [s["path"] for s in card["training"]["sets"]]
    cwd = os.getcwd()
    os.chdir(root)  # the card names the sets by their repository paths (they are the CV groups)
    try:
        new = train(sets, tmp_path / "m", seed=card["seed"], workers=2, name=card["name"])
    finally:
        os.chdir(cwd)
    assert [s["sha256"] for s in new["training"]["sets"]] == [s["sha256"] for s in card["training"]["sets"]]
    assert new["metrics"]["out_of_fold"] == card["metrics"]["out_of_fold"]
    assert new["threshold"] == pytest.approx(card["threshold"], abs=1e-4)
    assert new["low_threshold"] == pytest.approx(card["low_threshold"], abs=1e-4)
    # and the same scores (a hash of the zip would also cover its timestamps, so compare what the model does)
    from vfx_finder.model.features import features_frame

    texts = [c["text"] for c in json.loads((root / "tests/regression/cases.json").read_text())["cases"][:50]]
    rows = [{"finding": "no_fracture", "decided_by": "no fracture mention"}] * len(texts)
    frame = features_frame(texts, rows)
    shipped = probabilities(load_model(SHIPPED_MODEL).pipeline, frame)
    retrained = probabilities(load_model(tmp_path / "m").pipeline, frame)
    assert retrained == pytest.approx(shipped, abs=1e-9)
    # and the compact scorers (what run loads) agree with each other and with the Pipeline
    compact = load_scorer(tmp_path / "m").scorer.probabilities(texts, rows)
    assert compact == pytest.approx(load_scorer(SHIPPED_MODEL).scorer.probabilities(texts, rows), abs=1e-9)
    assert compact == pytest.approx(shipped, abs=1e-6)
