"""The vertebral level parser."""

from __future__ import annotations

import pytest

from vfx_finder.nlp.levels import join_levels, parse_levels

CASES = [
    ("T12 wedge fracture", "T12"),
    ("D12 collapse", "T12"),
    ("the twelfth thoracic vertebra", "T12"),
    ("first lumbar vertebral body", "L1"),
    ("seventh and eighth thoracic vertebrae", "T7;T8"),
    ("T11-L1", "T11;T12;L1"),
    ("T7 to T9", "T7;T8;T9"),
    ("T6, T7 and T8", "T6;T7;T8"),
    ("L1-L2", "L1;L2"),
    ("C7-T2", "C7;T1;T2"),
    ("L4/5 disc", ""),
    ("L5/S1", ""),
    ("L4-5 disc bulge", ""),
    ("at L4-5", ""),
    ("T-score -2.5", ""),
    ("T score -3.1 at the hip", ""),
    ("T1 hypointense, T2 weighted", ""),
    ("T1 and T2 weighted images", ""),
    ("on sagittal STIR and T2W", ""),
    ("left 9th rib", ""),
    ("vitamin D3", ""),
    ("T13", ""),
    ("L6", ""),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0] for c in CASES])
def test_parse(text, expected):
    assert join_levels(lv for m in parse_levels(text) for lv in m.levels) == expected


def test_spans_point_at_text():
    text = "Fractures of T8 and L2."
    (m,) = parse_levels(text)
    assert text[m.start : m.end] == "T8 and L2"
