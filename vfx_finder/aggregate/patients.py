"""Stage 4, aggregate: FLS eligibility, one worklist row per patient, referrer alerts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from vfx_finder.policy import Policy, load_policy
from vfx_finder.vocab import SEVERITY_RANK, UNKNOWN_DATE, join_levels, sort_levels

NEXT_STEPS = (
    "Fracture risk assessment (FRAX or QFracture); falls risk assessment; investigations for secondary "
    "causes of osteoporosis; DXA including vertebral fracture assessment where it would change management; "
    "information and support (Royal Osteoporosis Society); refer to / liaise with the Fracture Liaison Service "
    "and follow up treatment."
)

_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%Y%m%d", "%d.%m.%Y", "%Y/%m/%d", "%d %b %Y", "%d %B %Y")


def parse_date(value: str) -> date | None:
    value = (value or "").strip()
    if not value:
        return None
    head = value[:10] if re.match(r"\d{4}-\d{2}-\d{2}", value) else value
    if re.fullmatch(r"\d{12,14}", value):
        head = value[:8]
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(head, fmt).date()
        except ValueError:
            continue
    return None


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


@dataclass
class PatientCase:
    patient_id: str
    nhs_number: str = ""
    age: int | None = None
    sex: str = ""
    reports: list[dict] = field(default_factory=list)  # report_findings rows (plus report metadata)
    eligibility: str = ""
    eligibility_reason: str = ""

    def add(self, row: dict, eligibility: str, age: int | None, reason: str) -> None:
        self.reports.append(row)
        self.nhs_number = self.nhs_number or row.get("nhs_number", "")
        self.sex = self.sex or row.get("sex", "")
        if age is not None:
            self.age = age if self.age is None else max(self.age, age)
        order = {"yes": 0, "review": 1, "no": 2, "": 3}
        if not self.eligibility or order[eligibility] < order[self.eligibility]:
            self.eligibility, self.eligibility_reason = eligibility, reason

    def merged(self) -> dict:
        rows = sorted(self.reports, key=lambda r: (r.get("exam_date") or UNKNOWN_DATE, r.get("report_id", "")))
        finding = "fracture" if any(r["finding"] == "fracture" for r in rows) else "possible_fracture"
        levels = sort_levels(lv for r in rows for lv in r["levels"].split(";") if lv)
        severity = max((r["severity"] for r in rows), key=SEVERITY_RANK.__getitem__, default="")
        acuities = {r["acuity"] for r in rows}
        acuity = "acute" if "acute" in acuities else "chronic" if "chronic" in acuities else "unspecified"
        first = rows[0]
        latest = rows[-1]
        return {
            "patient_id": self.patient_id,
            "nhs_number": self.nhs_number,
            "age": "" if self.age is None else str(self.age),
            "sex": self.sex,
            "report_id": latest["report_id"],
            "report_ids": ";".join(r["report_id"] for r in rows),
            "exam_date": first.get("exam_date", ""),
            "modality": latest.get("modality", ""),
            "exam_name": latest.get("exam_name", ""),
            "referrer": latest.get("referrer", ""),
            "finding": finding,
            "levels": join_levels(levels),
            "severity": severity,
            "acuity": acuity,
            "evidence": " | ".join(dict.fromkeys(r["evidence"] for r in rows if r.get("evidence")))[:600],
            "priority": str(priority(finding, levels, severity, acuity)),
        }


def referrer_row(row: dict) -> dict:
    out = {
        k: row.get(k, "")
        for k in (
            "referrer",
            "report_id",
            "patient_id",
            "nhs_number",
            "age",
            "exam_date",
            "exam_name",
            "finding",
            "levels",
            "severity",
            "acuity",
            "evidence",
        )
    }
    out["referrer"] = out["referrer"] or "(no referrer recorded)"
    out["next_steps"] = (
        NEXT_STEPS
        if row["finding"] == "fracture"
        else (
            "Possible vertebral fracture: review the images or consider further imaging (e.g. lateral spine "
            "radiograph or vertebral fracture assessment) to confirm; if confirmed: " + NEXT_STEPS
        )
    )
    return out
