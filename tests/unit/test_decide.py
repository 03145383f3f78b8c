"""Report-level decisions and explain's evidence, beyond the regression table."""

from __future__ import annotations

from vfx_finder.explain import explain


def test_precedence_fracture_beats_everything(analyser):
    d = analyser.analyse(
        "Schmorl's node at L3. Pathological collapse of L5 from metastasis. Possible T8 fracture. Wedge fracture of T12."
    )
    assert d.finding == "fracture"
    assert d.as_row()["levels"] == "T8;T12"
    assert "schmorl" in d.as_row()["non_fracture_causes"].lower()
    assert "pathological" in d.exclusion_reason


def test_clinical_question_never_positive(analyser):
    d = analyser.analyse(
        "Clinical details: ?T12 wedge fracture, back pain.\nFindings: Vertebral body heights are maintained."
    )
    assert d.finding == "no_fracture"


def test_non_vertebral_and_lookalikes(analyser):
    for text in (
        "Healed fractures of the left 7th and 8th ribs.",
        "Loss of disc height at L4/5 and L5/S1.",
        "Left lower lobe collapse.",
        "No cord compression.",
        "Fractured neck of femur.",
    ):
        assert analyser.analyse(text).finding == "no_fracture", text


def test_trauma_excludes_but_not_chronic(analyser):
    d = analyser.analyse("History: RTC at high speed.\nFindings: Acute L1 burst fracture. Old T8 wedge fracture.")
    assert d.finding == "fracture" and d.as_row()["levels"] == "T8"
    d = analyser.analyse("History: fall from a ladder.\nFindings: Acute L1 compression fracture.")
    assert d.finding == "excluded" and "trauma" in d.exclusion_reason
    d = analyser.analyse("History: fall from standing height.\nFindings: Acute L1 compression fracture.")
    assert d.finding == "fracture"


def test_severity_from_percent_and_grade(analyser):
    assert analyser.analyse("T12 wedge fracture with 30% height loss.").as_row()["severity"] == "moderate"
    row = analyser.analyse("Genant grade 3 deformity of L1.").as_row()
    assert (row["severity"], row["genant_grade"]) == ("severe", "3")
    assert analyser.analyse("Vertebra plana at T9.").as_row()["severity"] == "severe"
    row = analyser.analyse("L2 compression fracture, 22% loss of height.").as_row()
    assert (row["severity"], row["height_loss_pct"]) == ("mild", "22")


def test_explain_names_the_deciding_rule(analyser_no_prefilter):
    result = explain("No change in the L1 compression fracture.", analyser=analyser_no_prefilter)
    assert result["finding"] == "fracture"
    assert result["decided_by"] == "FRACTURE 'compression fracture': fracture asserted"
    (m,) = result["mentions"]
    assert m["historical"] and m["levels"] == ["L1"] and m["status"] == "fracture"
    assert result["rules"]["rules_sha256"]
