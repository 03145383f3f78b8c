"""Shared registry for the dense-author report literals (hand-written, one call per report)."""

REPORTS = []

FINDINGS = ("fracture", "possible_fracture", "excluded", "non_fracture_deformity", "no_fracture")


def R(modality, exam_name, finding, levels, severity, acuity, text, age=None, sex=None):
    """Register one hand-written report with its gold label (labelled before any tool was run)."""
    REPORTS.append(dict(modality=modality, exam_name=exam_name, gold_finding=finding,
                        gold_levels=levels, gold_severity=severity, gold_acuity=acuity,
                        text=text.strip("\n"), age=age, sex=sex))
