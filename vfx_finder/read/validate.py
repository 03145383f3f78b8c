"""Checks applied to every record whatever its format.

Only a record with nothing to read is rejected (no report_id to key it, or no text). Problems
with identifiers and metadata (a bad NHS number, an unreadable date, NUL bytes, a report_id
repeated in the same file) never drop a report: they are named, in plain language, in
``Report.data_problems`` so the coordinator checks identity before contacting anyone.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from vfx_finder.read.records import Rejection, Report

_DIGITS = re.compile(r"\D")
#: date layouts accepted downstream (the same list as aggregate.patients.parse_date)
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%Y%m%d", "%d.%m.%Y", "%Y/%m/%d", "%d %b %Y", "%d %B %Y")

#: HL7 table 0123 (result status) and FHIR DiagnosticReport.status, as lower-case words
STATUS_WORDS = {
    "F": "final",
    "C": "corrected",
    "P": "preliminary",
    "A": "amended",
    "R": "results stored",
    "S": "partial",
    "I": "pending",
    "O": "ordered",
    "X": "cancelled",
    "Y": "no order",
    "Z": "no record",
    "D": "deleted",
    "N": "not asked",
}

NUL_PROBLEM = "NUL bytes removed"
DUPLICATE_PROBLEM = "duplicate report_id in this file"


def nhs_number_valid(value: str) -> bool:
    """NHS number: 10 digits, weights 10..2 on the first nine, check = 11 - (sum mod 11); 11 -> 0, 10 invalid."""
    digits = _DIGITS.sub("", value)
    if len(digits) != 10 or not re.fullmatch(r"[\d\s-]+", value.strip()):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - (total % 11)
    if check == 11:
        check = 0
    if check == 10:
        return False
    return check == int(digits[9])


def normalise_nhs_number(value: str) -> str:
    """The digits of an NHS number ('943 476 5919' -> '9434765919')."""
    return _DIGITS.sub("", value)


def nhs_number_problem(value: str) -> str:
    """'' for a valid (or absent) NHS number, else what is wrong with it in plain words."""
    value = value.strip()
    if not value or nhs_number_valid(value):
        return ""
    digits = _DIGITS.sub("", value)
    if len(digits) != 10 or not re.fullmatch(r"[\d\s-]+", value):
        return "NHS number not 10 digits"
    return "NHS number fails the check digit"


def normalise_status(value: str) -> str:
    """Report status as lower-case words: HL7 table 0123 codes (F, C, P, A...) and FHIR codes alike."""
    value = value.strip()
    if len(value) == 1:
        return STATUS_WORDS.get(value.upper(), value.lower())
    return value.lower()


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_date(value: str) -> dt.date | None:
    """A date from the layouts in DATE_FORMATS (a time after an ISO date is ignored); None when unreadable."""
    value = (value or "").strip()
    if not value:
        return None
    if _ISO_DAY.match(value):
        try:  # the common layout, without strptime (same answer as "%Y-%m-%d" for these ten characters)
            return dt.date(int(value[:4]), int(value[5:7]), int(value[8:10]))
        except ValueError:
            return None  # 2025-02-30: no other layout reads it either
    head = value
    if re.fullmatch(r"\d{12,14}", value):
        head = value[:8]
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(head, fmt).date()
        except ValueError:
            continue
    return None


def _strip_nul(report: Report) -> bool:
    """Remove NUL characters from every text field of the report; True when any was removed."""
    found = False
    for f in dataclasses.fields(report):
        value = getattr(report, f.name)
        if isinstance(value, str) and "\x00" in value:
            setattr(report, f.name, value.replace("\x00", ""))
            found = True
    if any("\x00" in k or "\x00" in v for k, v in report.extra.items()):
        report.extra = {k.replace("\x00", ""): v.replace("\x00", "") for k, v in report.extra.items()}
        found = True
    return found


def validate(
    report: Report, *, source_file: str, location: str, seen_ids: set[str] | None = None
) -> Report | Rejection:
    """Return the report (normalised, problems named in ``data_problems``) or a Rejection when it has nothing to read.

    ``seen_ids``, when given, holds the report_ids already read from the same file: a repeat is
    named as a problem (not dropped).
    """
    problems = [p for p in report.data_problems.split("; ") if p]
    if _strip_nul(report):
        problems.append(NUL_PROBLEM)
    report.report_id = report.report_id.strip()
    if not report.report_id:
        return Rejection(source_file, location, "missing report_id", "", report.patient_id)
    if not report.text or not report.text.strip():
        return Rejection(source_file, location, "empty report text", report.report_id, report.patient_id)
    if seen_ids is not None:
        if report.report_id in seen_ids:
            problems.append(DUPLICATE_PROBLEM)
        seen_ids.add(report.report_id)
    nhs_problem = nhs_number_problem(report.nhs_number)
    if nhs_problem:
        problems.append(nhs_problem)
        report.nhs_number = report.nhs_number.strip()
    elif report.nhs_number.strip():
        report.nhs_number = normalise_nhs_number(report.nhs_number)
    if report.date_of_birth.strip() and parse_date(report.date_of_birth) is None:
        problems.append("date of birth unreadable")
    if report.exam_date.strip() and parse_date(report.exam_date) is None:
        problems.append("exam date unreadable")
    report.report_status = normalise_status(report.report_status)
    report.data_problems = "; ".join(dict.fromkeys(problems))
    if not report.patient_id.strip():
        # the patient is still identifiable by a valid NHS number; otherwise the report stands alone
        report.patient_id = (report.nhs_number if not nhs_problem else "") or f"report:{report.report_id}"
    return report
