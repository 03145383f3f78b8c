"""The golden regression table (tests/regression/cases.json), one test per case.

Known misses carry an "xfail" key with the reason: they stay visible and are never deleted.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

CASES = json.loads((Path(__file__).parent / "cases.json").read_text(encoding="utf-8"))["cases"]


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
        yield pytest.param(case, id=case["id"], marks=marks)


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
