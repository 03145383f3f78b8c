"""The second reader's model package: features, thresholds, verdicts, review labels and safe loading."""

from __future__ import annotations

import json
import sqlite3

import numpy as np
import pytest

from vfx_finder.model import (
    SHIPPED_MODEL,
    LinearScorer,
    ModelError,
    TrainingError,
    load_model,
    load_scorer,
    review_labels,
    rule_features,
    score,
    second_reader_verdict,
    spine_window,
    top_phrases,
)
from vfx_finder.model.persist import CARD_JSON, MODEL_FILE, TRUSTED, sha256_file
from vfx_finder.model.scorer import SCORER_FILE
from vfx_finder.model.thresholds import NEVER, choose_low_threshold, choose_threshold, second_reader_counts


def test_spine_window_keeps_spine_sentences_and_a_neighbour_only():
    text = "Heart normal. Lungs clear.\nMild loss of height of T12. Old rib fracture.\nBowel gas normal. Liver ok."
    w = spine_window(text)
    assert "loss of height of vlevel" in w
    assert "lungs clear" in w  # the neighbour before
    assert "old rib fracture" in w
    assert "bowel gas normal" in w  # neighbour after the rib-fracture sentence
    assert "heart normal" not in w and "liver ok" not in w


def test_spine_window_empty_without_vocabulary_and_marks_question():
    assert spine_window("Chest clear. Heart normal size.") == ""
    assert "qmark fracture" in spine_window("Clinical details: ?fracture of L1 25%")
    assert "height 0% at vlevel" in spine_window("Loss of height 25% at L1.")


def test_fast_vocabulary_test_agrees_with_the_regex_on_every_labelled_sentence(root):
    """``has_vocabulary`` (substrings on a lower-cased sentence) is the documented ``_VOCABULARY`` regex, faster."""
    from vfx_finder.model.features import _SENTENCE_SPLIT, _VOCABULARY, has_vocabulary
    from vfx_finder.train import read_labelled

    card = json.loads((SHIPPED_MODEL / CARD_JSON).read_text(encoding="utf-8"))
    paths = [s["path"] for s in card["training"]["sets"]] + list(card["sets_not_seen"])
    sentences = [s for p in paths for it in read_labelled(root / p) for s in _SENTENCE_SPLIT.split(it.text) if s]
    sentences += ["T12.", "t 12", "L-1", "VFA done", "pars defect", "END-PLATE", "Spina bifida", "no bone abnormality"]
    assert len(sentences) > 10000
    got = [has_vocabulary(s) for s in sentences]
    assert got == [bool(_VOCABULARY.search(s)) for s in sentences]
    assert 0 < sum(got) < len(got)


def test_rule_features_from_a_decision_row():
    row = {
        "finding": "excluded",
        "decided_by": "PATHOLOGICAL 'metastasis': pathological (lytic metastasis) at the same level",
        "levels": "T11;T12",
        "severity": "",
        "acuity": "",
        "exclusion_reason": "pathological (lytic metastasis) at the same level",
        "non_fracture_causes": "",
    }
    f = rule_features(row)
    assert f == {
        "r_finding": "excluded",
        "r_decided_category": "PATHOLOGICAL",
        "r_decided_reason": "pathological at the same level",
        "r_levels": "several",
        "r_severity": "none",
        "r_acuity": "none",
        "r_exclusion": "pathological",
        "r_causes": "none",
    }
    assert (
        rule_features({"finding": "no_fracture", "decided_by": "pre-filter: no spine or fracture vocabulary"})[
            "r_decided_category"
        ]
        == "other"
    )


@pytest.mark.parametrize(
    ("prob", "finding", "expected"),
    [
        (0.9, "no_fracture", "second_reader"),
        (0.5, "excluded", "second_reader"),
        (0.49, "non_fracture_deformity", ""),
        (0.01, "fracture", "low_confidence"),
        (0.05, "possible_fracture", ""),
        (0.99, "fracture", ""),
        (None, "no_fracture", ""),
        (float("nan"), "no_fracture", ""),
    ],
)
def test_second_reader_verdict(prob, finding, expected):
    assert second_reader_verdict(prob, finding, 0.5, 0.05) == expected


def test_choose_threshold_lowest_with_half_the_flags_right():
    prob = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.95]
    gold = [1, 1, 0, 1, 0, 0, 0, 1]
    rule = [0, 0, 0, 0, 0, 0, 0, 1]  # the 0.95 report is rule-positive: never a flag
    # flags at 0.6: 0.9, 0.8, 0.7, 0.6 -> 3 of 4 right; at 0.5: 3 of 5; at 0.4: 3 of 6 (= 0.5); at 0.3: 3 of 7
    assert choose_threshold(prob, gold, rule) == 0.4
    assert choose_threshold(prob, [0] * 8, rule) == NEVER
    c = second_reader_counts(prob, gold, rule, threshold=0.6)
    assert (c["flagged"], c["flagged_correct"], c["flagged_wrong"], c["rule_missed"]) == (4, 3, 1, 3)


def test_choose_low_threshold():
    prob = [0.01, 0.02, 0.03, 0.04, 0.5, 0.9]
    gold = [0, 1, 0, 1, 1, 1]
    rule = [1] * 6
    # the four lowest: 2 of 4 rule-positive reports wrong (0.5); the five lowest: 2 of 5
    assert choose_low_threshold(prob, gold, rule) == pytest.approx(0.27)
    assert choose_low_threshold(prob, [1] * 6, rule) == 0.0
    c = second_reader_counts(prob, gold, rule, threshold=0.5, low_threshold=0.27)
    assert (c["low_confidence"], c["low_confidence_rule_wrong"], c["flagged"]) == (4, 2, 0)


def _state(tmp_path, rows, *, table=True, text=False):
    path = tmp_path / "state.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE alerts (alert_id TEXT)")
    if table:
        cols = "alert_id TEXT, report_id TEXT, decision TEXT, decided_at TEXT" + (", text TEXT" if text else "")
        con.execute(f"CREATE TABLE review_decisions ({cols})")
        for r in rows:
            con.execute(f"INSERT INTO review_decisions VALUES ({', '.join('?' * len(r))})", r)
    con.commit()
    con.close()
    return path


def test_review_labels_map_decisions_and_keep_the_latest(tmp_path):
    path = _state(
        tmp_path,
        [
            ("A1", "R1", "Confirmed - FLS to assess", "2026-01-02"),
            ("A2", "R2", "not a vertebral fracture", "2026-01-02"),
            ("A3", "R3", "already known to FLS", "2026-01-02"),
            ("A4", "R4", "not eligible", "2026-01-02"),
            ("A5", "R5", "wrong level", "2026-01-01"),
            ("A5", "R5", "not_a_vertebral_fracture", "2026-01-03"),
        ],
    )
    df = review_labels(path)
    assert list(df.columns) == ["report_id", "label"]
    assert dict(zip(df.report_id, df.label)) == {"R1": 1, "R2": 0, "R3": 1, "R5": 0}


def test_review_labels_without_the_table_is_one_clear_line(tmp_path):
    path = _state(tmp_path, [], table=False)
    with pytest.raises(TrainingError) as err:
        review_labels(path)
    assert str(err.value) == (
        f"--reviews: the state store {path} has no review decisions (table review_decisions); "
        "import the coordinators' worklist first with vfx-finder review import"
    )
    assert err.value.exit_code == 2


def test_review_labels_missing_state(tmp_path):
    with pytest.raises(TrainingError, match=r"^--reviews: state store not found: "):
        review_labels(tmp_path / "nope.sqlite")


# --- the shipped model ---------------------------------------------------------------------------


def test_shipped_model_is_small_and_matches_its_card():
    card = json.loads((SHIPPED_MODEL / CARD_JSON).read_text(encoding="utf-8"))
    model_file = SHIPPED_MODEL / MODEL_FILE
    assert model_file.stat().st_size < 5 * 1024 * 1024
    assert card["sha256"] == sha256_file(model_file)
    assert card["size_bytes"] == model_file.stat().st_size
    assert (SHIPPED_MODEL / "model_card.md").read_text(encoding="utf-8").startswith("# Model card: second_reader")
    assert "data/validation/heldout_reports.csv" in card["sets_not_seen"]
    assert "data/validation/heldout_reports.csv" not in [s["path"] for s in card["training"]["sets"]]


def test_shipped_model_loads_safely_once_and_scores():
    m = load_model(SHIPPED_MODEL)
    assert load_model(SHIPPED_MODEL / MODEL_FILE) is m  # cached per process, keyed by path
    row = {"finding": "no_fracture", "decided_by": "no fracture mention"}
    hi = score(m.pipeline, "Findings: Severe anterior wedge compression fracture of T12 with 50% height loss.", row)
    lo = score(m.pipeline, "Findings: The lungs are clear. Normal heart size. No acute abnormality.", row)
    assert 0.0 <= lo < hi <= 1.0
    phrases = top_phrases(m.pipeline, "Severe anterior wedge compression fracture of T12 with 50% height loss.", k=3)
    assert 1 <= len(phrases) <= 3
    window = spine_window("Severe anterior wedge compression fracture of T12 with 50% height loss.")
    assert all(p in window for p in phrases)


def _folder_with(tmp_path, obj):
    import skops.io as sio

    d = tmp_path / "m"
    d.mkdir()
    sio.dump(obj, d / MODEL_FILE)
    (d / CARD_JSON).write_text(json.dumps({"sha256": sha256_file(d / MODEL_FILE)}), encoding="utf-8")
    return d


def test_untrusted_type_is_refused(tmp_path):
    import os

    from sklearn.preprocessing import FunctionTransformer

    # a transformer that would call os.system on load-time data: the kind of file a bare pickle would run
    d = _folder_with(tmp_path, FunctionTransformer(func=os.system))
    with pytest.raises(ModelError) as err:
        load_model(d)
    assert str(err.value) == (
        f"model file {(d / MODEL_FILE).resolve()} contains types that are not trusted "
        "(posix.system); refusing to load it"
    )
    assert "posix.system" not in TRUSTED


def test_altered_model_file_is_refused(tmp_path):
    d = _folder_with(tmp_path, np.arange(3))
    (d / CARD_JSON).write_text(json.dumps({"sha256": "0" * 64}), encoding="utf-8")
    with pytest.raises(ModelError, match="does not match the sha256 in its card; refusing to load it$"):
        load_model(d)


def test_missing_model_folder(tmp_path):
    with pytest.raises(ModelError, match=r"^model not found: .*; give --model the folder written by vfx-finder train$"):
        load_model(tmp_path / "none")


# --- the compact scorer (what run loads) ---------------------------------------------------------


def _analysed_sets(root, paths):
    """(texts, rule rows) of every report in the labelled sets, the rules run as train runs them."""
    from vfx_finder.process import analyse_stream
    from vfx_finder.train import _as_reports, read_labelled

    items = [it for p in paths for it in read_labelled(root / p)]
    rows = [row for _r, row in analyse_stream(_as_reports(items), workers=1)]
    return [it.text for it in items], rows


def _pipeline_phrases(pipeline, windows, k=5):
    """Top word n-grams per spine window from the Pipeline's own vectoriser (verdict.top_phrases, batched)."""
    import pandas as pd

    from vfx_finder.model.pipeline import linear_model

    features = pipeline.named_steps["features"]
    vec = features.named_transformers_["word"]
    coef = linear_model(pipeline).coef_[0][features.output_indices_["word"]]
    names = vec.get_feature_names_out()
    x = vec.transform(pd.Series(windows)).tocsr()
    out = []
    for i in range(x.shape[0]):
        row = x.getrow(i).tocoo()
        weight = row.data * coef[row.col]
        order = [j for j in np.argsort(-weight, kind="stable") if weight[j] > 0][:k]
        out.append([str(names[row.col[j]]) for j in order])
    return out


@pytest.mark.slow
def test_compact_scorer_reproduces_the_pipeline_on_every_training_and_heldout_report(root):
    from vfx_finder.model.features import features_frame
    from vfx_finder.model.pipeline import probabilities

    card = json.loads((SHIPPED_MODEL / CARD_JSON).read_text(encoding="utf-8"))
    paths = [s["path"] for s in card["training"]["sets"]] + list(card["sets_not_seen"])
    texts, rows = _analysed_sets(root, paths)
    assert len(texts) == card["training"]["reports"] + 279
    pipeline = load_model(SHIPPED_MODEL).pipeline
    scorer = load_scorer(SHIPPED_MODEL).scorer
    expected = probabilities(pipeline, features_frame(texts, rows))
    got = scorer.probabilities(texts, rows)
    assert np.abs(got - expected).max() < 1e-6
    assert np.ptp(expected) > 0.5  # a real spread of probabilities was compared, not a constant
    windows = [spine_window(t) for t in texts]
    expected_phrases = _pipeline_phrases(pipeline, windows)
    got_phrases = [scorer.top_phrases(t, k=5) for t in texts]
    assert got_phrases == expected_phrases
    assert sum(bool(p) for p in got_phrases) > len(texts) // 2
    # and the Pipeline's own top_phrases agrees with the batched reference on a sample
    for t in texts[::200]:
        assert top_phrases(pipeline, t, k=5) == scorer.top_phrases(t, k=5)


def test_compact_scorer_matches_the_pipeline_on_odd_text():
    pipeline = load_model(SHIPPED_MODEL).pipeline
    scorer = load_scorer(SHIPPED_MODEL).scorer
    texts = [
        "",
        "Chest clear.",
        "Spine: L1   wedge\t\tfracture ?? a b ab abc\n\nT12  T12 T12 compression fracture fracture fracture.",
        "VERTEBRA PLANA at T7; Schmorl's node L2/3; kyphoplasty at L1 (cement).",
        "Fracture é naïve vértebra L1 \u00a0 collapse 40%; côte.",
        "x" * 2000 + " fracture of T11",
    ]
    rows = [
        {"finding": "no_fracture", "decided_by": "no fracture mention"},
        {"finding": "fracture", "decided_by": "FRACTURE 'wedge': fracture at T12", "levels": "T12", "severity": "2"},
        {"finding": "unseen finding", "decided_by": "NEWCATEGORY 'x': never seen", "acuity": "acute"},
        {"finding": "excluded", "exclusion_reason": "pathological (lytic metastasis)"},
        {"finding": "possible_fracture", "non_fracture_causes": "degenerative"},
        {},
    ]
    assert scorer.probabilities(texts, rows) == pytest.approx(
        [score(pipeline, t, r) for t, r in zip(texts, rows, strict=True)], abs=1e-6
    )
    assert [score(scorer, t, r) for t, r in zip(texts, rows, strict=True)] == pytest.approx(
        list(scorer.probabilities(texts, rows)), abs=1e-12
    )
    assert [scorer.top_phrases(t) for t in texts] == [top_phrases(pipeline, t) for t in texts]
    assert len(scorer.probabilities([], [])) == 0


def test_shipped_scorer_is_checked_against_its_card():
    card = json.loads((SHIPPED_MODEL / CARD_JSON).read_text(encoding="utf-8"))
    scorer_file = SHIPPED_MODEL / SCORER_FILE
    assert card["scorer_file"] == SCORER_FILE
    assert card["scorer_sha256"] == sha256_file(scorer_file)
    assert card["scorer_size_bytes"] == scorer_file.stat().st_size < 2 * 1024 * 1024
    m = load_scorer(SHIPPED_MODEL)
    assert isinstance(m.scorer, LinearScorer)
    assert load_scorer(SHIPPED_MODEL / MODEL_FILE) is m  # cached per process
    assert m.stamp == load_model(SHIPPED_MODEL).stamp
    assert (m.threshold, m.low_threshold) == (card["threshold"], card["low_threshold"])


def _copy_shipped(tmp_path):
    import shutil

    d = tmp_path / "site"
    shutil.copytree(SHIPPED_MODEL, d)
    return d


def test_altered_scorer_file_is_refused(tmp_path):
    import gzip

    d = _copy_shipped(tmp_path)
    data = json.loads(gzip.decompress((d / SCORER_FILE).read_bytes()))
    data["intercept"] += 1.0
    (d / SCORER_FILE).write_bytes(gzip.compress(json.dumps(data).encode()))
    with pytest.raises(ModelError) as err:
        load_scorer(d)
    assert str(err.value) == (
        f"scorer file {(d / SCORER_FILE).resolve()} does not match the sha256 in its card; refusing to load it"
    )


def test_model_folder_without_a_scorer_is_refused_with_one_line(tmp_path):
    d = _copy_shipped(tmp_path)
    (d / SCORER_FILE).unlink()
    with pytest.raises(ModelError) as err:
        load_scorer(d)
    assert str(err.value) == (
        f"model folder {d.resolve()} has no compact scorer (scorer.json.gz); retrain it with vfx-finder train"
    )
    assert err.value.exit_code == 2


def test_unreadable_or_foreign_scorer_files_are_refused(tmp_path):
    import gzip

    from vfx_finder.model.scorer import read_scorer

    bad = tmp_path / "bad.json.gz"
    bad.write_bytes(b"not gzip")
    with pytest.raises(
        ModelError, match=r"^scorer file .*bad.json.gz is unreadable \(BadGzipFile\); retrain the model$"
    ):
        read_scorer(bad)
    bad.write_bytes(gzip.compress(json.dumps({"format": "pickle"}).encode()))
    with pytest.raises(ModelError, match=r"is not a 'vfx-finder linear scorer 1' file; retrain the model$"):
        read_scorer(bad)
    bad.write_bytes(gzip.compress(json.dumps({"format": "vfx-finder linear scorer 1"}).encode()))
    with pytest.raises(ModelError, match=r"is incomplete \(KeyError\); retrain the model$"):
        read_scorer(bad)


def test_a_run_worker_never_imports_sklearn_scipy_or_pandas(root):
    """The worker that scores (in-process, as --workers 1 runs it) loads only the compact scorer."""
    import subprocess
    import sys

    code = (
        "import json, sys\n"
        "from vfx_finder.process import Worker\n"
        "from vfx_finder.model import SHIPPED_MODEL\n"
        "w = Worker(None, max_chars=100000, seconds=0, model_path=str(SHIPPED_MODEL))\n"
        "rows = w.analyse_packed([('XR THORACIC SPINE\\nFindings: Moderate wedge fracture of T12.', '', ''),"
        " ('XR CHEST\\nLungs clear.', '', '')])\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'sklearn', 'scipy', 'pandas', 'skops'})\n"
        "print(json.dumps({'heavy': heavy, 'p': rows[0]['model_probability'], 'chest': rows[1]}))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=False)
    assert r.returncode == 0, r.stderr[-2000:]
    got = json.loads(r.stdout.strip().splitlines()[-1])
    assert got["heavy"] == []
    assert 0.0 <= float(got["p"]) <= 1.0
    assert got["chest"] is None  # settled by the pre-filter: never scored
