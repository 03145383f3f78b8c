"""Checks applied to every record whatever its format: a record that fails is rejected with a reason."""

from __future__ import annotations

import re

from vfx_finder.read.records import Rejection, Report

_DIGITS = re.compile(r"\D")


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
    return _DIGITS.sub("", value)


def validate(report: Report, *, source_file: str, location: str) -> Report | Rejection:
    """Return the report (normalised) or a Rejection saying what is wrong."""
    report.report_id = report.report_id.strip()
    if not report.report_id:
        return Rejection(source_file, location, "missing report_id", "", report.patient_id)
    if not report.text or not report.text.strip():
        return Rejection(source_file, location, "empty report text", report.report_id, report.patient_id)
    if report.nhs_number.strip():
        if not nhs_number_valid(report.nhs_number):
            return Rejection(
                source_file,
                location,
                "invalid NHS number (must be 10 digits with a valid mod-11 check digit)",
                report.report_id,
                report.patient_id,
            )
        report.nhs_number = normalise_nhs_number(report.nhs_number)
    if not report.patient_id.strip():
        # the patient is still identifiable by NHS number; otherwise the report stands alone
        report.patient_id = report.nhs_number or f"report:{report.report_id}"
    return report
