"""Shared registry for the hand-written clinical (non-radiology) documents.

Each parts file calls doc(...) once per document, in the order written.
Labels are set by hand, before any tool is run, following docs/LABELLING.md.
"""
import textwrap

DOCS = []

LEVELS = (["C%d" % i for i in range(1, 8)] + ["T%d" % i for i in range(1, 13)]
          + ["L%d" % i for i in range(1, 6)] + ["S%d" % i for i in range(1, 6)])
FINDINGS = ("fracture", "possible_fracture", "excluded", "non_fracture_deformity", "no_fracture")


def doc(exam_name, sex, age, text, finding, levels="", severity="", acuity="",
        spine=True, modality=None):
    """Register one document.

    exam_name: the document type as a feed would name it.
    spine: whether the document mentions the spine at all (for the README counts).
    modality: None lets build.py choose ('' / 'OT' / 'DOC'); a string forces it.
    """
    assert finding in FINDINGS, finding
    assert sex in ("F", "M"), sex
    assert 19 <= age <= 99, age
    lv = [x for x in levels.split(";") if x]
    assert all(x in LEVELS for x in lv), levels
    assert lv == sorted(lv, key=LEVELS.index) and len(set(lv)) == len(lv), levels
    positive = finding in ("fracture", "possible_fracture")
    if not positive:
        assert not levels and not severity and not acuity, (finding, levels, severity, acuity)
    else:
        assert acuity in ("acute", "chronic", "unspecified"), acuity
    assert severity in ("", "mild", "moderate", "severe"), severity
    if finding != "no_fracture":
        assert spine
    DOCS.append(dict(exam_name=exam_name, sex=sex, age=age,
                     text=textwrap.dedent(text).strip("\n"),
                     gold_finding=finding, gold_levels=levels,
                     gold_severity=severity, gold_acuity=acuity if positive else "",
                     spine=spine, modality=modality))
