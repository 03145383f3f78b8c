"""Stage 4, aggregate: FLS eligibility, one worklist row per patient, referrer alerts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vfx_finder.policy import Policy, load_policy
from vfx_finder.read.validate import parse_date
from vfx_finder.vocab import REFERRER_COLUMNS, SEVERITY_RANK, UNKNOWN_DATE, join_levels, sort_levels

NEXT_STEPS = (
    "Fracture risk assessment (FRAX or QFracture); falls risk assessment; investigations for secondary "
    "causes of osteoporosis; DXA including vertebral fracture assessment where it would change management; "
    "information and support (Royal Osteoporosis Society); refer to / liaise with the Fracture Liaison Service "
    "and follow up treatment."
)


def age_at(report) -> tuple[int | None, str]:
    """Age in whole years at the exam date, from date_of_birth (preferred) or the age column."""
    dob = parse_date(report.date_of_birth)
    exam = parse_date(report.exam_date)
    if dob and exam and exam >= dob:
        years = exam.year - dob.year - ((exam.month, exam.day) < (dob.month, dob.day))
        if 0 <= years <= 120:
            return years, "date_of_birth"
    raw = (report.age or "").strip()
    m = re.match(r"^(\d{1,3})(?:\.\d+)?\s*(?:y|yr|yrs|years?)?$", raw, re.IGNORECASE)
    if m and 0 <= int(m.group(1)) <= 120:
        return int(m.group(1)), "age"
    return None, "no usable age (date_of_birth / age)"


def fls_eligibility(report, finding: str, min_age: int) -> tuple[str, int | None, str]:
    """('yes' | 'no' | 'review' | '', age, reason) for a report."""
    if finding not in ("fracture", "possible_fracture"):
        return "", None, ""
    age, how = age_at(report)
    if age is None:
        return "review", None, f"age unknown: {how}; check eligibility"
    if age >= min_age:
        return "yes", age, ""
    return "no", age, f"aged {age} (< {min_age})"


def priority(finding: str, levels: list[str], severity: str, acuity: str, policy: Policy | None = None) -> int:
    """Worklist priority by patterns/worklist.json (bundled: 1 = acute, moderate or severe, or two or more
    levels; 2 = other fractures; 3 = possible fractures)."""
    return (policy or load_policy()).priority(finding, levels, severity, acuity)


def priority_reason(finding: str, levels: list[str], severity: str, acuity: str, policy: Policy | None = None) -> str:
    """Why the row has its priority, in words, from the same patterns/worklist.json row as ``priority``."""
    return (policy or load_policy()).priority_with_reason(finding, levels, severity, acuity)[1]


#: evidence kept per report on the worklist (the full text is in report_findings.csv)
EVIDENCE_CHARS = 300


def shorten(text: str, limit: int = EVIDENCE_CHARS) -> str:
    """``text`` cut at a word boundary with an ellipsis when longer than ``limit`` (never mid-word)."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0] if " " in text[: limit + 1] else text[:limit]
    return cut.rstrip(" ,;:") + " \u2026"


def evidence_by_report(rows: list[dict]) -> str:
    """Each report's evidence prefixed with its id and exam date: 'R1 (2026-01-10): ... | R2 (...): ...'."""
    parts = []
    for r in rows:
        if r.get("evidence"):
            parts.append(f"{r['report_id']} ({r.get('exam_date') or 'date unknown'}): {shorten(r['evidence'])}")
    return " | ".join(parts)


def data_problems_of(rows: list[dict]) -> str:
    """The data problems of a patient's reports, each prefixed with its report id when there are several."""
    found = [(r["report_id"], r["data_problems"]) for r in rows if r.get("data_problems")]
    if len(rows) == 1:
        return found[0][1] if found else ""
    return "; ".join(f"{rid}: {p}" for rid, p in found)


@dataclass
class PatientCase:
    """One patient's positive reports of a run, merged into one worklist row."""

    patient_id: str
    nhs_number: str = ""
    age: int | None = None
    sex: str = ""
    reports: list[dict] = field(default_factory=list)  # report_findings rows (plus report metadata)
    eligibility: str = ""
    eligibility_reason: str = ""
    #: the clinical policy (priority rule) of the run's patterns folder; None = the bundled one
    policy: Policy | None = None

    def add(self, row: dict, eligibility: str, age: int | None, reason: str) -> None:
        """Add one positive report of this patient, keeping the best eligibility seen."""
        self.reports.append(row)
        self.nhs_number = self.nhs_number or row.get("nhs_number", "")
        self.sex = self.sex or row.get("sex", "")
        if age is not None:
            self.age = age if self.age is None else max(self.age, age)
        order = {"yes": 0, "review": 1, "no": 2, "": 3}
        if not self.eligibility or order[eligibility] < order[self.eligibility]:
            self.eligibility, self.eligibility_reason = eligibility, reason

    def merged(self) -> dict:
        """The patient's one worklist row: levels, severity and acuity over all reports, the latest report's details."""
        rows = sorted(self.reports, key=lambda r: (r.get("exam_date") or UNKNOWN_DATE, r.get("report_id", "")))
        finding = "fracture" if any(r["finding"] == "fracture" for r in rows) else "possible_fracture"
        levels = sort_levels(lv for r in rows for lv in r["levels"].split(";") if lv)
        severity = max((r["severity"] for r in rows), key=SEVERITY_RANK.__getitem__, default="")
        acuities = {r["acuity"] for r in rows}
        acuity = "acute" if "acute" in acuities else "chronic" if "chronic" in acuities else "unspecified"
        first = rows[0]
        latest = rows[-1]  # report, date, modality, exam and referrer all from this one report
        return {
            "patient_id": self.patient_id,
            "nhs_number": self.nhs_number,
            "age": "" if self.age is None else str(self.age),
            "sex": self.sex,
            "report_id": latest["report_id"],
            "report_ids": ";".join(r["report_id"] for r in rows),
            "exam_date": latest.get("exam_date", ""),
            "first_exam_date": first.get("exam_date", ""),  # worklist order (not a column)
            "modality": latest.get("modality", ""),
            "exam_name": latest.get("exam_name", ""),
            "referrer": latest.get("referrer", ""),
            "finding": finding,
            "levels": join_levels(levels),
            "severity": severity,
            "acuity": acuity,
            "evidence": evidence_by_report(rows),
            "priority": str(priority(finding, levels, severity, acuity, self.policy)),
            "priority_reason": priority_reason(finding, levels, severity, acuity, self.policy),
            "patient_name": next((r["patient_name"] for r in reversed(rows) if r.get("patient_name")), ""),
            "date_of_birth": next((r["date_of_birth"] for r in reversed(rows) if r.get("date_of_birth")), ""),
            "data_problems": data_problems_of(rows),
            "triage_flags": "; ".join(dict.fromkeys(r["triage_flags"] for r in rows if r.get("triage_flags"))),
        }


YOUNGER_NEXT_STEPS = (
    "Aged {age}, under the Fracture Liaison Service age ({min_age}+): a vertebral fracture at this age needs "
    "investigation of secondary causes (e.g. bone profile, vitamin D, PTH, thyroid and coeliac screen, myeloma "
    "screen, testosterone / menstrual history, medications such as glucocorticoids) and consideration of referral "
    "to metabolic bone / rheumatology; fracture risk and falls risk assessment; DXA."
)


def next_steps(finding: str, age: str, min_age: int = 50) -> str:
    """The referrer's next steps: FLS referral only at an eligible age; younger: secondary causes."""
    try:
        years = int(age) if str(age).strip() else None
    except ValueError:
        years = None
    if years is not None and years < min_age:
        steps = YOUNGER_NEXT_STEPS.format(age=years, min_age=min_age)
    elif years is None:
        steps = NEXT_STEPS + " (Age unknown: check the patient is aged " + f"{min_age}+ before an FLS referral.)"
    else:
        steps = NEXT_STEPS
    if finding == "fracture":
        return steps
    return (
        "Possible vertebral fracture: review the images or consider further imaging (e.g. lateral spine "
        "radiograph or vertebral fracture assessment) to confirm; if confirmed: " + steps
    )


def referrer_row(row: dict, min_age: int = 50) -> dict:
    """A referrer_alerts.csv row for one positive report (idempotent on its own output)."""
    out = {k: row.get(k, "") for k in REFERRER_COLUMNS if k != "next_steps"}
    out["referrer"] = out["referrer"] or "(no referrer recorded)"
    out["next_steps"] = next_steps(row["finding"], out["age"], min_age)
    return out
