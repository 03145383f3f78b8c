"""Document kind (issue 13): imaging report or other clinical document, from patterns/document_kinds.json."""

from __future__ import annotations

import json

import pytest

from vfx_finder.errors import RulesError
from vfx_finder.read.document_kind import (
    CLINICAL_DOCUMENT,
    IMAGING_REPORT,
    PATTERNS_FILE,
    document_kind,
    explain_document_kind,
    load_document_kinds,
)

FINDINGS = "Findings:\nMild wedge deformity of T12.\n\nImpression: T12 wedge fracture."


@pytest.mark.parametrize(
    "exam_name",
    [
        "XR Lumbar Spine",
        "CT ABD/PELVIS W CONTRAST",
        "MRI T-SPINE W/WO",
        "DXA with VFA",
        "CTPA",
        "NM Whole body bone scan",
    ],
)
def test_imaging_exam_names(exam_name):
    assert document_kind(exam_name, "", FINDINGS) == IMAGING_REPORT


@pytest.mark.parametrize(
    "exam_name",
    ["OPERATIVE NOTE", "Discharge Summary", "ED Provider Note", "Spine Clinic Letter", "Bronchoscopy Report"],
)
def test_note_type_names(exam_name):
    assert document_kind(exam_name, "", FINDINGS) == CLINICAL_DOCUMENT


def test_document_type_counts_like_the_exam_name():
    assert document_kind("", "", FINDINGS, document_type="Operative report") == CLINICAL_DOCUMENT


def test_note_type_name_wins_over_an_imaging_modality_code():
    assert explain_document_kind("Discharge Summary", "CT", FINDINGS) == (CLINICAL_DOCUMENT, "note type: note-summary")


@pytest.mark.parametrize("modality", ["CT", "mr", " XR ", "DX", "PT"])
def test_imaging_modality_codes(modality):
    assert document_kind("", modality, "Some text.") == IMAGING_REPORT


@pytest.mark.parametrize("modality", ["OT", "DOC"])
def test_non_imaging_modality_codes(modality):
    assert explain_document_kind("", modality, FINDINGS) == (CLINICAL_DOCUMENT, "non-imaging modality code")


def test_modality_code_must_match_whole():
    """'CTX' is not CT; with no other evidence the record stays an imaging report (the default)."""
    assert explain_document_kind("", "CTX", "Something.") == (IMAGING_REPORT, "text cues: 0 imaging >= 0 clinical")


def test_clinical_notes_header_is_not_a_note_type():
    assert document_kind("XR Chest", "", "Clinical notes: cough.\nFindings: clear lungs.") == IMAGING_REPORT


def test_title_line_names_the_document():
    text = "OPERATIVE NOTE - Spine\nProcedure: L4/5 decompression.\nThe burr was used."
    assert explain_document_kind("", "", text) == (CLINICAL_DOCUMENT, "title line note type: note-note")


def test_title_line_with_an_imaging_exam_is_a_report():
    text = "CT CAP - oncology follow up\nClinical details: melanoma.\nFindings: no metastases."
    assert explain_document_kind("", "", text) == (IMAGING_REPORT, "title line imaging exam: exam-ct")


def test_a_one_line_report_is_not_a_title():
    """'of note' in a one-line sentence report is not a note type."""
    assert document_kind("", "", "Crush fractures of T12 and L1. Nothing else of note.") == IMAGING_REPORT


def test_text_cues_clinical():
    text = "Dear Dr Jones,\nPMH: hypertension.\nO/E: tender T12.\nPlan: DXA."
    kind, why = explain_document_kind("", "", text)
    assert (kind, why) == (CLINICAL_DOCUMENT, "text cues: 4 clinical > 0 imaging")


def test_text_cues_imaging():
    text = (
        "Technique: sagittal reformats.\nComparison: none.\nFindings:\nWedge fracture of L1.\nImpression: L1 fracture."
    )
    kind, why = explain_document_kind("", "", text)
    assert (kind, why) == (IMAGING_REPORT, "text cues: 5 imaging >= 0 clinical")


def test_no_evidence_defaults_to_imaging_report():
    assert document_kind("", "", "") == IMAGING_REPORT


def test_shipped_file_loads():
    rules = load_document_kinds()
    assert rules.name == "vfx-document-kinds"
    assert all(rules.patterns[c] for c in rules.patterns)


def _write(tmp_path, **change):
    data = json.loads(PATTERNS_FILE.read_text(encoding="utf-8"))
    data.update(change)
    path = tmp_path / "document_kinds.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path, data


def test_loader_rejects_unknown_header_key(tmp_path):
    path, _ = _write(tmp_path, colour="red")
    with pytest.raises(RulesError) as err:
        load_document_kinds(path)
    assert str(err.value) == (
        "document_kinds.json: invalid keys colour; must be one of categories, description, name, rules, version"
    )


def test_loader_rejects_unknown_rule_key(tmp_path):
    path, data = _write(tmp_path)
    data["rules"][0]["weight"] = 2
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RulesError) as err:
        load_document_kinds(path)
    assert str(err.value) == (
        "document_kinds.json: rule 1 ('note-consult'): invalid keys weight; must be one of category, comment, id, literal, regex"
    )


def test_loader_rejects_unknown_category(tmp_path):
    path, data = _write(tmp_path)
    data["rules"][0]["category"] = "LETTER"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RulesError) as err:
        load_document_kinds(path)
    assert str(err.value).startswith(
        "document_kinds.json: rule 1 ('note-consult'): invalid category 'LETTER'; must be one of "
    )


def test_loader_rejects_bad_regex_and_duplicate_id(tmp_path):
    path, data = _write(tmp_path)
    data["rules"][1]["regex"] = "(unclosed"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RulesError, match=r"^document_kinds.json: rule 2 \('note-summary'\): bad regex"):
        load_document_kinds(path)
    data["rules"][1] = dict(data["rules"][0])
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RulesError) as err:
        load_document_kinds(path)
    assert str(err.value) == "document_kinds.json: rule 2 ('note-consult'): duplicate id; every rule needs its own id"


def test_loader_names_a_missing_or_broken_file(tmp_path):
    with pytest.raises(RulesError, match=r"^document_kinds.json: rule file not found at "):
        load_document_kinds(tmp_path / "document_kinds.json")
    (tmp_path / "document_kinds.json").write_text("{", encoding="utf-8")
    with pytest.raises(RulesError, match=r"^document_kinds.json: not valid JSON \(line 1: "):
        load_document_kinds(tmp_path / "document_kinds.json")


def test_document_kind_imports_no_spacy():
    """The read stage must not pull in spaCy (the module is spaCy-free)."""
    import subprocess
    import sys

    code = "import sys, vfx_finder.read.document_kind; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
