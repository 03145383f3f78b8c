"""The radiology sentence splitter and the wrapped-line normaliser."""

from __future__ import annotations

from vfx_finder.nlp.sentences import boundaries, join_wrapped_lines


def _split(text: str) -> list[str]:
    b = boundaries(text) + [len(text)]
    return [text[i:j].strip() for i, j in zip(b, b[1:]) if text[i:j].strip()]


def test_newlines_headers_lists_and_semicolons():
    text = "FINDINGS:\nNo acute fracture\nMild wedging of T8; no retropulsion\nIMPRESSION: 1. Old T8 fracture."
    assert _split(text) == [
        "FINDINGS:",
        "No acute fracture",
        "Mild wedging of T8;",
        "no retropulsion",
        "IMPRESSION: 1. Old T8 fracture.",
    ]


def test_abbreviations_decimals_and_question_marks_do_not_split():
    assert _split("Dr. Smith noted approx. 2.5 cm. Next sentence.") == [
        "Dr. Smith noted approx. 2.5 cm.",
        "Next sentence.",
    ]
    assert _split("? mild wedge compression fracture L2") == ["? mild wedge compression fracture L2"]


def test_wrapped_line_stays_in_its_sentence():
    assert _split("There is a compression fracture of\nthe T12 vertebral body.") == [
        "There is a compression fracture of\nthe T12 vertebral body."
    ]
    assert _split("History of\nT12 fracture") == ["History of\nT12 fracture"]


def test_upper_case_multiword_header_is_not_split():
    assert _split("PAST MEDICAL HISTORY: osteoporosis") == ["PAST MEDICAL HISTORY: osteoporosis"]


def test_join_wrapped_lines():
    text = "A fracture of L1 cannot be\r\nexcluded.\nIMPRESSION:\n1.  T12   fracture.\n\nAddendum: none"
    assert (
        join_wrapped_lines(text)
        == "A fracture of L1 cannot be excluded.\nIMPRESSION:\n1. T12 fracture.\n\nAddendum: none"
    )
    assert join_wrapped_lines("single line") == "single line"


def test_decimal_before_full_stop_still_ends_a_sentence():
    text = "L1-L4 BMD 0.851 g/cm2, T-score -1.1. Femoral neck T-score -2.4. A fracture of L1."
    assert _split(text) == ["L1-L4 BMD 0.851 g/cm2, T-score -1.1.", "Femoral neck T-score -2.4.", "A fracture of L1."]
