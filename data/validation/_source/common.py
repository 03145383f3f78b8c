"""Helper for the hand-written held-out validation reports.

Each report is written individually as a literal below (parts_*.py); this
module only normalises whitespace (strips the indentation used in the source
files) and packs the fields.
"""

REPORTS = []


def clean(text):
    lines = [ln.strip() for ln in text.strip("\n").split("\n")]
    # drop leading / trailing blank lines, keep internal blank lines
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def R(age, sex, modality, exam_name, text, finding, levels="", severity="", acuity=""):
    REPORTS.append(
        dict(
            age=age,
            sex=sex,
            modality=modality,
            exam_name=exam_name,
            text=clean(text),
            gold_finding=finding,
            gold_levels=levels,
            gold_severity=severity,
            gold_acuity=acuity,
        )
    )
