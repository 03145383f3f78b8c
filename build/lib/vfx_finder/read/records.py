"""The record every reader yields: one report, or one rejection with its source and reason."""

from __future__ import annotations

from dataclasses import dataclass, field

#: Canonical input columns (README "Input", docs/INPUT_FORMATS.md). ``report_id`` and ``text`` are required.
REQUIRED_COLUMNS: tuple[str, ...] = ("report_id", "text")
OPTIONAL_COLUMNS: tuple[str, ...] = (
    "patient_id",
    "nhs_number",
    "date_of_birth",
    "age",
    "sex",
    "exam_date",
    "modality",
    "exam_name",
    "referrer",
    "report_status",
    "patient_name",
    "reporter",
)
CANONICAL_COLUMNS: tuple[str, ...] = REQUIRED_COLUMNS + OPTIONAL_COLUMNS


@dataclass(slots=True)
class Report:
    """One radiology report mapped onto the canonical columns (all strings, '' when absent)."""

    report_id: str
    text: str
    patient_id: str = ""
    nhs_number: str = ""
    date_of_birth: str = ""
    age: str = ""
    sex: str = ""
    exam_date: str = ""
    modality: str = ""
    exam_name: str = ""
    referrer: str = ""
    report_status: str = ""
    #: the patient's name as the input gives it ("Given Family"); '' when absent
    patient_name: str = ""
    #: the reporting radiologist (FHIR performer / resultsInterpreter, HL7 OBR-32); not the referrer
    reporter: str = ""
    #: "; "-joined plain-language problems with identifiers or metadata ('' when none); never drops a report
    data_problems: str = ""
    #: where it came from, e.g. "reports.csv:17" or "batch.hl7:message 3"
    source: str = ""
    patient_name: str = ""
    data_problems: str = ""  # "; "-joined plain-language identifier / metadata problems, '' when none
    #: input columns beyond the canonical ones (kept for evaluate's gold columns)
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_mapping(cls, row: dict[str, str], *, source: str = "") -> Report:
        """Build a Report from a {column: value} row; non-canonical columns go to ``extra``."""
        known = {k: ("" if row.get(k) is None else str(row.get(k))) for k in CANONICAL_COLUMNS}
        extra = {k: ("" if v is None else str(v)) for k, v in row.items() if k not in known and k is not None}
        return cls(**known, source=source, extra=extra)


@dataclass(slots=True)
class Rejection:
    """A record that could not be used, with where it was and why."""

    source_file: str
    location: str  # "line 17", "message 3", "entry 4"
    reason: str
    report_id: str = ""
    patient_id: str = ""


Record = Report | Rejection
