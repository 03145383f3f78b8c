"""Triage context flags (vfx_finder/aggregate/triage.py): the strict loader and the matcher's evidence."""

from __future__ import annotations

import json

import pytest

from vfx_finder.aggregate.triage import (
    TRIAGE_FILE,
    default_rules,
    format_flags,
    load_triage_rules,
    patient_flags,
    triage_flags,
)
from vfx_finder.errors import RulesError


def test_rule_file_describes_itself():
    data = json.loads(TRIAGE_FILE.read_text(encoding="utf-8"))
    assert data["name"] == "vfx-triage" and data["version"]
    assert list(data["categories"]) == ["MALIGNANCY", "BONE_CARE", "PALLIATIVE", "CARE_HOME"]
    rules = default_rules()
    assert {r.category for r in rules.rules} == set(data["categories"])
    assert len({r.id for r in rules.rules} | {n.id for n in rules.negations}) == len(rules.rules) + len(rules.negations)


def _write(tmp_path, **changes):
    data = json.loads(TRIAGE_FILE.read_text(encoding="utf-8"))
    for key, value in changes.items():
        if callable(value):
            value(data)
        else:
            data[key] = value
    path = tmp_path / "triage.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "change, message",
    [
        (
            {"colour": "red"},
            "triage.json: header: invalid keys colour; must be one of categories, description, max_words, "
            "name, negations, rules, terminators, version",
        ),
        (
            {"x": lambda d: d["rules"][0].update(flag="y")},
            "triage.json: rule 1: invalid keys flag; must be one of category, comment, id, regex",
        ),
        (
            {"x": lambda d: d["rules"][1].update(category="CANCER")},
            "triage.json: rule 2 ('mal-metastasis'): invalid category 'CANCER'; must be one of "
            "MALIGNANCY, BONE_CARE, PALLIATIVE, CARE_HOME",
        ),
        (
            {"x": lambda d: d["rules"][0].update(regex="(unclosed")},
            "triage.json: rule 1 ('mal-cancer'): bad regex (missing ), unterminated subpattern at position 0); "
            "fix the pattern",
        ),
        (
            {"x": lambda d: d["rules"][1].update(id="mal-cancer")},
            "triage.json: rule 2 ('mal-cancer'): duplicate id 'mal-cancer'",
        ),
        (
            {"x": lambda d: d["negations"][0].update(direction="sideways")},
            "triage.json: negation 1 ('neg-no'): invalid direction 'sideways'; must be one of before, after",
        ),
        (
            {"x": lambda d: d["negations"][0].update(scope=3)},
            "triage.json: negation 1: invalid keys scope; must be one of categories, comment, direction, id, regex",
        ),
        ({"x": lambda d: d.pop("rules")}, "triage.json: header: missing key 'rules'"),
        ({"max_words": 0}, "triage.json: 'max_words' must be a whole number >= 1"),
    ],
)
def test_loader_rejects_bad_files_naming_file_and_key(tmp_path, change, message):
    path = _write(tmp_path, **change)
    with pytest.raises(RulesError) as err:
        load_triage_rules(path)
    assert str(err.value) == message


def test_loader_rejects_missing_and_broken_files(tmp_path):
    with pytest.raises(RulesError, match=r"^triage.json: rule file not found at "):
        load_triage_rules(tmp_path / "triage.json")
    (tmp_path / "triage.json").write_text("{", encoding="utf-8")
    with pytest.raises(RulesError) as err:
        load_triage_rules(tmp_path / "triage.json")
    assert str(err.value).startswith("triage.json: not valid JSON (line 1:")


def test_flag_carries_category_words_rule_and_evidence_with_offsets():
    text = "Clinical details: back pain.\nKnown metastatic prostate cancer.\nFindings: T12 wedge fracture."
    (flag,) = triage_flags(text)
    assert flag.category == "MALIGNANCY" and flag.label == "known or suspected malignancy"
    assert flag.evidence == "Known metastatic prostate cancer."
    assert flag.source == "report"
    assert text[flag.start : flag.end] == flag.matched
    assert flag.matched.lower() in ("cancer", "metastatic")


def test_clinical_details_field_is_read_first_and_named():
    flags = triage_flags("T12 fracture. Lives in a care home.", "Palliative; known myeloma")
    assert [(f.category, f.source) for f in flags] == [
        ("MALIGNANCY", "clinical details"),
        ("PALLIATIVE", "clinical details"),
        ("CARE_HOME", "report"),
    ]


def test_long_sentence_evidence_is_clipped_around_the_match():
    text = "word " * 80 + "on alendronate " + "word " * 80
    (flag,) = triage_flags(text)
    assert flag.category == "BONE_CARE"
    assert "alendronate" in flag.evidence and len(flag.evidence) <= 165
    assert flag.evidence.startswith("\u2026") and flag.evidence.endswith("\u2026")


def test_flags_are_context_only_for_an_empty_or_plain_text():
    assert triage_flags("") == []
    assert triage_flags("Normal chest radiograph. No vertebral fracture.") == []


def test_cell_formats_for_one_report_and_a_patient():
    flags = triage_flags("Nursing home resident. On denosumab.")
    assert format_flags(flags, "R1") == (
        'on bone protection or under a bone specialist: "On denosumab." (report R1); '
        'care-home resident: "Nursing home resident." (report R1)'
    )
    cell = patient_flags(
        [("R1", "Nursing home resident.", ""), ("R2", "Lives in a care home. Known breast cancer.", "")]
    )
    assert cell == (
        'known or suspected malignancy: "Known breast cancer." (report R2); '
        'care-home resident: "Nursing home resident." (report R1)'
    )


def test_the_screen_never_changes_a_flag(corpus_texts):
    """The one-pattern screen only skips texts no rule can flag: every labelled text gives the same flags."""
    import dataclasses

    rules = default_rules()
    assert rules.screen is not None
    unscreened = dataclasses.replace(rules, screen=None)
    extra = ["Known metastatic prostate cancer.", "No evidence of malignancy. On alendronate.", "Care home resident"]
    flagged = 0
    for text in [*corpus_texts, *extra]:
        screened = triage_flags(text, text[:80], rules=rules)
        assert screened == triage_flags(text, text[:80], rules=unscreened)
        flagged += bool(screened)
    assert flagged > 50  # the comparison saw flags, not only empty lists


def test_a_rule_that_looks_around_its_match_turns_the_screen_off(tmp_path):
    data = json.loads(TRIAGE_FILE.read_text(encoding="utf-8"))
    data["rules"][0]["regex"] = "^" + data["rules"][0]["regex"]
    path = tmp_path / "triage.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    rules = load_triage_rules(path)
    assert rules.screen is None
    assert [f.category for f in triage_flags("Cancer of the prostate.", rules=rules)] == ["MALIGNANCY"]
