"""Interval and agreement statistics against published worked examples and hand-computed cases."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from sklearn.metrics import cohen_kappa_score

from vfx_finder.validation import stats
from vfx_finder.validation.sample import allocate


@pytest.mark.parametrize(
    ("k", "n", "lo", "hi"),
    [
        (24, 24, 0.8620, 1.0),  # the case: 24 of 24 positives found, not a zero-width interval
        (0, 20, 0.0, 0.1611),  # Newcombe 1998, Table I, example (c), method 3 (Wilson)
        (81, 263, 0.2553, 0.3662),  # Newcombe 1998, Table I, example (a)
        (15, 148, 0.0624, 0.1605),  # Newcombe 1998, Table I, example (b)
        (1, 29, 0.0061, 0.1718),  # Newcombe 1998, Table I, example (d)
        (29, 29, 0.8830, 1.0),  # Newcombe 1998, Table I, example (f)
    ],
)
def test_wilson_matches_published_examples(k, n, lo, hi):
    ci = stats.wilson(k, n)
    assert ci == [pytest.approx(lo, abs=1e-4), pytest.approx(hi, abs=1e-4)]
    assert ci[0] < ci[1]


def test_proportion_without_denominator_is_none():
    assert stats.proportion(0, 0) == {"estimate": None, "k": 0, "n": 0, "ci95": None}


def test_kappa_textbook_2x2():
    """Wikipedia's / Cohen-style 2x2: 20 yes-yes, 5 yes-no, 10 no-yes, 15 no-no: p_o 0.70, p_e 0.50, kappa 0.40."""
    a = ["yes"] * 25 + ["no"] * 25
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    k = stats.kappa(a, b, ("yes", "no"))
    assert k["kappa"] == pytest.approx(0.40, abs=1e-4)
    assert k["ci95"][0] < 0.40 < k["ci95"][1]
    assert k["kappa"] == pytest.approx(cohen_kappa_score(a, b), abs=1e-4)


def test_kappa_fleiss_diagnosis_table():
    """Fleiss, Levin & Paik (Statistical Methods for Rates and Proportions), 3 diagnoses x 100 subjects: kappa 0.676."""
    table = [[75, 1, 4], [5, 4, 1], [0, 0, 10]]
    cats = ("psychological", "neurological", "organic")
    a, b = [], []
    for i, row in enumerate(table):
        for j, count in enumerate(row):
            a += [cats[i]] * count
            b += [cats[j]] * count
    assert stats.kappa(a, b, cats)["kappa"] == pytest.approx(0.676, abs=5e-4)
    weighted = stats.kappa(a, b, cats, weights="linear")["kappa"]
    assert weighted == pytest.approx(cohen_kappa_score(a, b, labels=list(cats), weights="linear"), abs=1e-4)


def test_kappa_undefined_when_one_category():
    assert stats.kappa(["a"] * 5, ["a"] * 5, ("a", "b"))["kappa"] is None


def test_f1_interval_never_zero_width_and_seeded():
    perfect = [(1, 0, 0)] * 30
    ci = stats.f1_interval(perfect, seed=3)
    assert ci["ci95"][1] == 1.0 and ci["ci95"][0] < 1.0
    assert "Wilson" in ci["method"]
    mixed = [(1, 0, 0)] * 30 + [(0, 1, 1)] * 5 + [(2, 0, 1)] * 10
    one, two = stats.f1_interval(mixed, seed=3), stats.f1_interval(mixed, seed=3)
    assert one == two and "bootstrap" in one["method"]
    f1 = stats.f1_from_counts(50, 5, 15)
    assert one["ci95"][0] < f1 < one["ci95"][1]


def test_stratified_ratio_hand_computed():
    """Tool-positive stratum N=100, n=10 (8 true); tool-negative stratum N=900, n=10 (1 missed fracture).

    PPV = 8/10 (only tool-positives count): s^2 = 0.8*0.2*10/9, var = (1-10/100) s^2 / 10 = 0.016, n_eff = 10.
    Sensitivity = 100*0.8 / (100*0.8 + 900*0.1) = 80/170; z = y - R x per stratum gives the variance below.
    """
    frame = pd.DataFrame(
        {
            "stratum": ["pos"] * 10 + ["neg"] * 10,
            "g": [1] * 8 + [0] * 2 + [1] + [0] * 9,
            "p": [1] * 10 + [0] * 10,
        }
    )
    frame["tp"] = frame.g * frame.p
    population = {"pos": 100, "neg": 900}
    ppv = stats.stratified_ratio(frame, "tp", "p", population)
    assert ppv["estimate"] == pytest.approx(0.8)
    assert ppv["se"] == pytest.approx(math.sqrt(0.016))
    assert ppv["n_eff"] == pytest.approx(10.0)
    assert ppv["ci95"] == stats.wilson(8, 10)
    sens = stats.stratified_ratio(frame, "tp", "g", population)
    r = 80 / 170
    assert sens["estimate"] == pytest.approx(r)
    s2_pos = (1 - r) ** 2 * (0.8 * 0.2 * 10 / 9)  # z = x (1 - R) in the positive stratum
    s2_neg = r**2 * (0.1 * 0.9 * 10 / 9)  # z = -R x in the negative stratum
    var = (100**2 * (1 - 10 / 100) * s2_pos / 10 + 900**2 * (1 - 10 / 900) * s2_neg / 10) / 170**2
    assert sens["se"] == pytest.approx(math.sqrt(var))
    n_eff = min(r * (1 - r) / var, 9)
    assert sens["n_eff"] == pytest.approx(n_eff, abs=0.01)
    assert sens["ci95"] == stats.wilson(r * n_eff, n_eff)
    assert sens["estimated_numerator"] == pytest.approx(80) and sens["estimated_denominator"] == pytest.approx(170)


def test_stratified_ratio_census_is_the_plain_ratio():
    frame = pd.DataFrame({"stratum": ["a"] * 4 + ["b"] * 6, "y": [1, 1, 0, 0, 1, 0, 0, 0, 0, 0], "x": [1] * 10})
    got = stats.stratified_ratio(frame, "y", "x", {"a": 4, "b": 6})
    assert got["estimate"] == pytest.approx(0.3) and got["se"] == 0.0
    assert got["ci95"] == stats.wilson(3, 10)


def test_allocation_minimum_shares_and_caps():
    population = {
        "positive:CT": 40,
        "positive:XR": 160,
        "negative_spine:CT": 300,
        "negative_spine:XR": 700,
        "negative_other:CT": 5000,
        "negative_other:MR": 3,
    }
    alloc = allocate(population, 100)
    assert sum(alloc.values()) == 100
    assert alloc["negative_other:MR"] == 3  # whole stratum (smaller than the minimum of 5)
    # minimum 5 in each of the 6 strata (MR: all 3) = 28; the other 72 by shares: positives 0.40 -> 28.8 -> 29
    assert alloc["positive:CT"] + alloc["positive:XR"] == 10 + 29
    assert alloc["positive:XR"] > alloc["positive:CT"] >= 5
    audit = allocate(population, 100, negatives_audit=True)
    assert not any(s.startswith("positive") for s in audit) and sum(audit.values()) == 100
    assert allocate({"positive:CT": 3, "negative_other:XR": 4}, 50) == {"positive:CT": 3, "negative_other:XR": 4}
