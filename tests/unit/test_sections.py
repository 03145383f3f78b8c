"""Section helpers: misspelt headers and a header-less clinical question on the first line (nlp/sections.py)."""

from __future__ import annotations

import pytest

from vfx_finder.nlp.sections import _edits_within, compile_sections, find_sections


@pytest.fixture(scope="module")
def sectioner():
    from vfx_finder.rules import load_all

    patterns, category = compile_sections([dict(r) for r in load_all()["sections.json"].rules])
    return lambda text: find_sections(text, patterns, category)


@pytest.mark.parametrize(
    "a, b, limit, expected",
    [
        ("clinical inormation", "clinical information", 1, True),  # deletion
        ("clincal history", "clinical history", 1, True),
        ("imrpession", "impression", 1, True),  # a swap is one edit
        ("impresion", "impression", 1, True),
        ("findngs", "findings", 1, True),
        ("conclusoin", "conclusion", 1, True),
        ("clinical inormatoin", "clinical information", 1, False),  # two edits
        ("clinical inormatoin", "clinical information", 2, True),
        ("lumbar spine", "impression", 2, False),
    ],
)
def test_edits_within(a, b, limit, expected):
    assert _edits_within(a, b, limit) is expected


def test_misspelt_header_takes_the_category_it_is_closest_to(sectioner):
    assert sectioner("Clinical inormation: back pain\nFindings: normal") == [
        (0, "clinical_question", "Clinical inormation"),
        (31, "findings", "Findings"),
    ]


def test_short_or_distant_titles_are_not_headers(sectioner):
    assert sectioner("Vertebral bodies: mild wedge fracture of L1.") == []
    assert sectioner("Findig: x") == []  # under 7 letters: exact only


def test_question_on_the_first_line(sectioner):
    text = "Hx osteoporosis, back pain. ?wedge fracture\nVertebral body heights maintained."
    assert sectioner(text) == [(0, "clinical_question", ""), (text.index("\n"), None, "")]


def test_question_ends_with_its_sentence(sectioner):
    text = "Fall, ?T12 fracture. Mild T12 wedge fracture.\nNo other abnormality."
    assert sectioner(text) == [(0, "clinical_question", ""), (text.index(" Mild"), None, "")]


@pytest.mark.parametrize(
    "text",
    [
        "Back pain, ?T12 fracture.",  # nothing after it: the line is the report
        "?T12 fracture. Mild wedging of T12 is seen.\nOtherwise normal.",  # describes the images
        "Possible mild wedge fracture of T12.\nNo other abnormality.",  # no question cue
        "?Mild wedge compression of T12.\nOtherwise normal.",  # no clinical context
    ],
)
def test_not_a_question_line(sectioner, text):
    assert sectioner(text) == []


def test_a_header_on_the_first_line_wins(sectioner):
    text = "Clinical details: back pain ?fracture\nFindings: no fracture."
    assert sectioner(text)[0] == (0, "clinical_question", "Clinical details")
