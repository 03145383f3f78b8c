"""Audit fields on hand-built decision rows (no spaCy), and the strict loader of patterns/audit.json."""

from __future__ import annotations

import json

import pytest

from vfx_finder.aggregate.audit_fields import (
    AUDIT_RULES_PATH,
    audit_fields,
    body_text,
    explain_fields,
    load_audit_rules,
)
from vfx_finder.errors import RulesError


def _row(finding="fracture", levels="T12", evidence="", **kw):
    return {"finding": finding, "levels": levels, "severity": "", "genant_grade": "", "height_loss_pct": "",
            "evidence": evidence, **kw}  # fmt: skip


def test_non_positive_reports_get_empty_fields():
    for finding in ("no_fracture", "excluded", "non_fracture_deformity"):
        assert set(audit_fields("T12 fracture. Suggest DXA.", _row(finding)).values()) == {""}


def test_term_uses_the_evidence_sentences_not_a_denial_elsewhere():
    text = "Wedge deformity of T12. No acute fracture."
    assert audit_fields(text, _row(evidence="Wedge deformity of T12."))["term_fracture_used"] == "no"
    text = "Wedge fracture of T12. Suggest DXA."
    assert audit_fields(text, _row(evidence="Wedge fracture of T12."))["term_fracture_used"] == "yes"
    # a denial inside the evidence sentence itself does not count either
    assert audit_fields("x", _row(evidence="T12 wedging, no new fracture."))["term_fracture_used"] == "no"


def test_clipped_evidence_is_recovered_from_the_text():
    text = "Findings: " + "Long preamble words here " * 20 + "with a wedge fracture of T12 at the end."
    clipped = text[10:300] + "\u2026"
    assert audit_fields(text, _row(evidence=clipped))["term_fracture_used"] == "yes"


def test_level_and_severity_come_from_the_decision_too():
    assert audit_fields("x", _row(levels=""))["level_stated"] == "no"
    assert audit_fields("x", _row(severity="mild"))["severity_stated"] == "yes"
    assert audit_fields("x", _row(genant_grade="2"))["severity_stated"] == "yes"
    assert audit_fields("x", _row(height_loss_pct="35"))["severity_stated"] == "yes"
    assert audit_fields("x", _row())["severity_stated"] == "no"


def test_clinical_question_is_not_read_for_comparison_or_recommendation():
    text = "Clinical details: compare with previous imaging; please arrange DXA.\nFindings: T12 wedge fracture."
    assert "previous imaging" not in body_text(text)
    got = audit_fields(text, _row(evidence="T12 wedge fracture."))
    assert (got["comparison_made"], got["recommendation_made"]) == ("no", "no")
    text2 = "Findings: T12 wedge fracture. Compared with the previous imaging, new. Please arrange DXA."
    got = audit_fields(text2, _row(evidence="T12 wedge fracture."))
    assert (got["comparison_made"], got["recommendation_made"]) == ("yes", "yes")


def test_explain_names_the_rules():
    text = "Findings: Moderate T12 wedge fracture, unchanged. Refer to FLS."
    why = explain_fields(text, _row(evidence="Moderate T12 wedge fracture, unchanged."))
    assert why["term_fracture_used"]["because"] == ["term-fracture"]
    assert "cmp-unchanged" in why["comparison_made"]["because"]
    assert why["recommendation_made"]["because"] == ["adv-verb", "tgt-bone"]
    why = explain_fields("T12 fracture. Fracture liaison service informed.", _row(evidence="T12 fracture."))
    assert why["recommendation_made"]["because"] == ["rec-fls"]
    assert why["level_stated"]["because"] == ["levels=T12"]


def test_the_bundled_file_describes_itself_and_its_examples_match():
    rules = load_audit_rules()
    assert rules.name == "audit" and rules.version.count(".") == 2
    ids = [r["id"] for r in rules.rules]
    assert len(ids) == len(set(ids))
    assert all(r.get("example") for r in rules.rules), "every audit rule carries an example"


def _write(tmp_path, data):
    p = tmp_path / "audit.json"
    p.write_text(json.dumps(data), encoding="utf-8")
    return p


@pytest.fixture
def base():
    return json.loads(AUDIT_RULES_PATH.read_text(encoding="utf-8"))


def test_loader_rejects_unknown_rule_key(tmp_path, base):
    base["rules"][0]["colour"] = "red"
    with pytest.raises(RulesError) as e:
        load_audit_rules(_write(tmp_path, base))
    assert str(e.value) == (
        f"audit.json: rule 1 ({base['rules'][0]['id']!r}): invalid keys colour; "
        "must be one of id, category, regex, comment, example"
    )


def test_loader_rejects_unknown_header_key_and_category(tmp_path, base):
    with pytest.raises(RulesError) as e:
        load_audit_rules(_write(tmp_path, {**base, "extra": 1}))
    assert (
        str(e.value) == "audit.json: invalid keys extra; must be one of name, version, description, categories, rules"
    )
    base["rules"][0]["category"] = "NOPE"
    with pytest.raises(RulesError) as e:
        load_audit_rules(_write(tmp_path, base))
    assert "invalid category 'NOPE'" in str(e.value) and str(e.value).startswith("audit.json: rule 1 ")


def test_loader_rejects_bad_regex_duplicate_id_and_failing_example(tmp_path, base):
    rules = base["rules"]
    bad = json.loads(json.dumps(base))
    bad["rules"][0]["regex"] = "(unclosed"
    with pytest.raises(RulesError, match=r"^audit.json: rule 1 .*bad regex"):
        load_audit_rules(_write(tmp_path, bad))
    dup = json.loads(json.dumps(base))
    dup["rules"][1]["id"] = rules[0]["id"]
    with pytest.raises(RulesError, match=r"^audit.json: rule 2 .*duplicate id"):
        load_audit_rules(_write(tmp_path, dup))
    ex = json.loads(json.dumps(base))
    ex["rules"][0]["example"] = "zzz"
    with pytest.raises(RulesError, match=r"does not match its regex"):
        load_audit_rules(_write(tmp_path, ex))


def test_the_recommendation_screen_never_changes_a_field(corpus_texts):
    """Skipping the sentence scan when no recommendation word is in the report changes no field or reason."""
    import dataclasses

    rules = load_audit_rules()
    assert rules.recommend_screen is not None
    unscreened = dataclasses.replace(rules, recommend_screen=None)
    made = 0
    for text in corpus_texts:
        row = {"finding": "fracture", "evidence": ""}
        fields = explain_fields(text, row, rules)
        assert fields == explain_fields(text, row, unscreened)
        made += fields["recommendation_made"]["value"] == "yes"
    assert made > 50
