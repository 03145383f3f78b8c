"""The audit regression table (tests/regression/audit_cases.json): text -> pipeline decision -> audit fields.

Known misses carry an "xfail" key with the reason: they stay visible and are never deleted.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from vfx_finder.aggregate.audit_fields import AUDIT_FIELDS, audit_fields

CASES = json.loads((Path(__file__).parent / "audit_cases.json").read_text(encoding="utf-8"))["cases"]


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
        yield pytest.param(case, id=case["id"], marks=marks)


@pytest.mark.parametrize("case", list(_params()))
def test_audit_case(case, analyser):
    row = analyser.analyse(case["text"], exam_name=case.get("exam_name", "")).as_row()
    assert row["finding"] == case["finding"], f"finding {row['finding']} (evidence: {row['evidence']})"
    got = audit_fields(case["text"], row)
    assert got == {f: case[f] for f in AUDIT_FIELDS}


def test_table_covers_each_field_both_ways():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    for f in AUDIT_FIELDS:
        counts = Counter(c[f] for c in CASES)
        assert counts["yes"] >= 5 and counts["no"] >= 5, (f, counts)
        assert set(counts) <= {"yes", "no", ""}
    for c in CASES:
        empty = c["finding"] not in ("fracture", "possible_fracture")
        assert all((c[f] == "") == empty for f in AUDIT_FIELDS), c["id"]
