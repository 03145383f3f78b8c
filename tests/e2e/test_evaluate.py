"""Metrics on small hand-computed cases, and evaluate() against an independent recomputation."""

from __future__ import annotations

import json

import pytest
from conftest import read_csv

from vfx_finder.evaluate import Pair, compute_metrics
from vfx_finder.validation import stats


def P(gold, pred, gl="", pl=""):
    f = lambda s: frozenset(x for x in s.split(";") if x)  # noqa: E731
    return Pair(gold, pred, f(gl), f(pl))


def test_hand_computed_metrics():
    pairs = [
        P("fracture", "fracture", "T12", "T12"),  # TP, level TP
        P("fracture", "possible_fracture", "L1;L2", "L1"),  # TP, level TP 1, FN 1
        P("possible_fracture", "no_fracture", "T8", ""),  # FN, level FN 1
        P("no_fracture", "fracture", "", "T5"),  # FP, level FP 1
        P("no_fracture", "no_fracture"),  # TN
        P("excluded", "excluded"),  # TN
        P("non_fracture_deformity", "no_fracture"),  # TN, wrong class
        P("no_fracture", "excluded", "", "L3"),  # TN; predicted levels of a non-positive do not count
    ]
    m = compute_metrics(pairs, n_boot=200)
    assert m["binary"] == {"tp": 2, "fp": 1, "fn": 1, "tn": 4}
    assert m["sensitivity"] == pytest.approx(2 / 3)
    assert m["ppv"] == pytest.approx(2 / 3)
    assert m["accuracy"] == pytest.approx(3 / 8)  # pairs 1, 5 and 6 match exactly
    assert m["levels"] == {"tp": 2, "fp": 1, "fn": 2}
    assert m["level_precision"] == pytest.approx(2 / 3)
    assert m["level_recall"] == pytest.approx(2 / 4)
    assert m["level_f1"] == pytest.approx(2 * (2 / 3) * (1 / 2) / ((2 / 3) + (1 / 2)))
    f = m["per_finding"]["fracture"]
    assert (f["precision"], f["recall"], f["support"]) == (pytest.approx(1 / 2), pytest.approx(1 / 2), 2)
    assert m["confusion"]["fracture"]["possible_fracture"] == 1
    assert m["confusion"]["no_fracture"]["excluded"] == 1


def test_intervals_are_wilson_and_never_zero_width():
    pairs = (
        [P("fracture", "fracture", "T12", "T12")] * 24
        + [P("no_fracture", "no_fracture")] * 20
        + [P("no_fracture", "fracture", "", "L1")] * 2
    )
    m = compute_metrics(pairs, seed=1, n_boot=200)
    assert m["sensitivity"] == 1.0
    assert m["ci95"]["sensitivity"] == [pytest.approx(0.862, abs=5e-4), 1.0]  # 24/24, not [1.0, 1.0]
    assert m["npv"] == 1.0 and m["ci95"]["npv"] == stats.wilson(20, 20)
    assert m["specificity"] == pytest.approx(20 / 22) and m["ci95"]["specificity"] == stats.wilson(20, 22)
    assert m["ci95"]["ppv"] == stats.wilson(24, 26)
    assert m["ci95"]["accuracy"] == stats.wilson(44, 46)
    lo, hi = m["ci95"]["level_f1"]
    assert lo < hi and lo <= m["level_f1"] <= hi
    f = m["per_finding"]["fracture"]
    assert f["precision_ci95"] == stats.wilson(24, 26) and f["recall_ci95"] == stats.wilson(24, 24)
    assert compute_metrics(pairs, seed=1, n_boot=200) == m  # the bootstrap is seeded


def test_per_modality_and_attribute_agreement():
    def Q(gold, pred, mod, gsev="", psev="", gacu="", pacu="", gl="T12", pl="T12"):
        f = lambda s: frozenset(x for x in s.split(";") if x)  # noqa: E731
        return Pair(
            gold,
            pred,
            f(gl),
            f(pl),
            modality=mod,
            gold_severity=gsev,
            gold_acuity=gacu,
            pred_severity=psev,
            pred_acuity=pacu,
        )

    pairs = [
        Q("fracture", "fracture", "XR", "mild", "mild", "acute", "acute"),  # priority 1 / 1
        Q("fracture", "fracture", "XR", "severe", "moderate", "chronic", "chronic"),  # 1 / 1
        Q("fracture", "fracture", "ct", "", "mild", "chronic", "unspecified"),  # 2 / 2
        Q("possible_fracture", "fracture", "CT", "", "", "", "acute"),  # 3 / 1
        Q("fracture", "no_fracture", "CT", gl="L1", pl=""),  # FN: not in the attribute scores
        Q("no_fracture", "no_fracture", "", gl="", pl=""),
    ]
    m = compute_metrics(pairs, n_boot=50)
    assert set(m["per_modality"]) == {"XR", "CT", "unknown"}
    ct = m["per_modality"]["CT"]
    assert (ct["tp"], ct["fp"], ct["fn"], ct["tn"]) == (2, 0, 1, 0)
    assert ct["sensitivity"]["estimate"] == pytest.approx(2 / 3) and ct["sensitivity"]["ci95"] == stats.wilson(2, 3)
    sev = m["attributes"]["severity"]
    assert sev["n"] == 4 and sev["exact"]["k"] == 2
    acu = m["attributes"]["acuity"]
    assert acu["exact"]["k"] == 2  # chronic vs unspecified and unspecified (gold empty) vs acute differ
    pri = m["attributes"]["priority"]
    assert pri["exact"]["k"] == 3 and pri["n"] == 4
    assert pri["weighted_kappa"]["weights"] == "linear"


def test_no_positives_gives_none_not_crash():
    m = compute_metrics([P("no_fracture", "no_fracture")], n_boot=50)
    assert m["sensitivity"] is None and m["ppv"] is None and m["accuracy"] == 1.0
    assert m["ci95"]["sensitivity"] is None and m["ci95"]["ppv"] is None and m["ci95"]["level_f1"] is None
    assert m["attributes"]["severity"] is None  # no gold severity column


def test_evaluate_matches_independent_recomputation(tmp_path, root, cli):
    """evaluate on a gold file == plain-Python metrics recomputed from run's report_findings.csv."""
    gold = root / "data" / "synthetic" / "dev_reports.csv"
    if not gold.exists():
        gold = root / "data" / "validation" / "heldout_reports.csv"
    r = cli("evaluate", str(gold), "--out", str(tmp_path / "ev"), "--workers", "2")
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[1].startswith("case-finding sensitivity ")
    assert r.output.splitlines()[2].startswith("specificity ")
    metrics = json.loads((tmp_path / "ev" / "metrics.json").read_text())
    r = cli("run", str(gold), "--out", str(tmp_path / "run"), "--workers", "2")
    assert r.exit_code == 0, r.output
    pred = {row["report_id"]: row for row in read_csv(tmp_path / "run" / "report_findings.csv")}
    rejected = {row["report_id"] for row in read_csv(tmp_path / "run" / "rejected.csv")}
    all_golds = read_csv(gold)
    golds = [g for g in all_golds if g["report_id"] in pred]
    assert {g["report_id"] for g in all_golds} - set(pred) == rejected  # e.g. invalid NHS numbers
    assert metrics["rejected"] == len(rejected)
    pos = {"fracture", "possible_fracture"}
    tp = fp = fn = correct = ltp = lfp = lfn = 0
    for g in golds:
        p = pred[g["report_id"]]
        gp, pp = g["gold_finding"] in pos, p["finding"] in pos
        tp += gp and pp
        fp += (not gp) and pp
        fn += gp and not pp
        correct += g["gold_finding"] == p["finding"]
        gl = {x for x in g["gold_levels"].split(";") if x}
        pl = {x for x in p["levels"].split(";") if x} if pp else set()
        ltp += len(gl & pl)
        lfp += len(pl - gl)
        lfn += len(gl - pl)
    assert metrics["n"] == len(golds)
    assert metrics["sensitivity"] == pytest.approx(tp / (tp + fn))
    assert metrics["ppv"] == pytest.approx(tp / (tp + fp))
    assert metrics["accuracy"] == pytest.approx(correct / len(golds))
    lp, lr = ltp / (ltp + lfp), ltp / (ltp + lfn)
    assert metrics["level_f1"] == pytest.approx(2 * lp * lr / (lp + lr))
    errors = read_csv(tmp_path / "ev" / "errors.csv")
    wrong = sum(1 for g in golds if pred[g["report_id"]]["finding"] != g["gold_finding"])
    assert sum(1 for e in errors if e["gold_finding"] != e["predicted_finding"]) == wrong


def test_evaluate_rejects_bad_gold(tmp_path, cli, write_csv):
    path = write_csv([{"report_id": "R1", "text": "T12 fracture", "gold_finding": "broken", "gold_levels": ""}])
    r = cli("evaluate", str(path), "--out", str(tmp_path / "ev"), "--workers", "1")
    assert r.exit_code == 2
    assert r.output.strip() == (
        "error: reports.csv: report R1: invalid gold_finding 'broken'; must be one of fracture, possible_fracture, "
        "excluded, non_fracture_deformity, no_fracture"
    )
