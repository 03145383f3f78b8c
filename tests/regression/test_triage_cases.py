"""Triage context regression table (tests/regression/triage_cases.json), one test per case.

Known misses carry an "xfail" key with the reason: they stay visible and are never deleted.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from vfx_finder.aggregate.triage import default_rules, triage_flags

CASES = json.loads((Path(__file__).parent / "triage_cases.json").read_text(encoding="utf-8"))["cases"]


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
        yield pytest.param(case, id=case["id"], marks=marks)


@pytest.mark.parametrize("case", list(_params()))
def test_triage_case(case):
    flags = triage_flags(case["text"], case.get("clinical_details", ""))
    got = sorted(f.category for f in flags)
    assert got == sorted(case["flags"]), [(f.category, f.rule_id, f.matched) for f in flags]


def test_table_covers_every_flag_with_positive_and_negative_cases():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    positives = Counter(cat for c in CASES if not c.get("xfail") for cat in c["flags"])
    for category in default_rules().categories:
        assert positives[category] >= 5, category
    prefix = {"MALIGNANCY": "mal-n", "BONE_CARE": "bone-n", "PALLIATIVE": "pal-n", "CARE_HOME": "home-n"}
    for category, p in prefix.items():
        negatives = [c for c in CASES if c["id"].startswith(p) and not c.get("xfail")]
        assert len(negatives) >= 5 and all(category not in c["flags"] for c in negatives), category
