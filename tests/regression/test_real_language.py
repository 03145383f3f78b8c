"""Real report language regression table (tests/regression/cases_real_language.json), one test per case.

The kinds of issue 13 in the project's own wording. Known misses carry an "xfail" key with the reason:
they stay visible, are never deleted, and are the work list for the rule changes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

CASES = json.loads((Path(__file__).parent / "cases_real_language.json").read_text(encoding="utf-8"))["cases"]


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
        yield pytest.param(case, id=case["id"], marks=marks)


def test_table_is_well_formed():
    """Ids are unique and prefixed by their group; at least six cases per kind."""
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    for case in CASES:
        assert case["id"].startswith(f"rl-{case['group']}-")
    groups = {c["group"] for c in CASES}
    assert all(sum(c["group"] == g for c in CASES) >= 6 for g in groups)


@pytest.mark.parametrize("case", list(_params()))
def test_case(case, analyser):
    d = analyser.analyse(case["text"], exam_name=case.get("exam_name", ""))
    row = d.as_row()
    got = {"finding": row["finding"], "levels": row["levels"]}
    want = {"finding": case["finding"], "levels": case.get("levels", "")}
    for key in ("severity", "acuity"):
        if key in case:
            got[key] = row[key]
            want[key] = case[key]
    assert got == want, f"decided by: {d.decided_by}; evidence: {row['evidence']}"
