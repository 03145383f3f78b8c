"""The product's shared vocabulary (base layer, no spaCy): one definition of each.

Findings and which are positive, vertebral levels and their order, severity rank,
the unknown-date sort key, the pre-filter's reason, and the ``Mention`` record that
the nlp stage hands to the decide stage.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

#: the report-level findings, in the default precedence (patterns/decision.json may only reorder them)
FINDINGS = ("fracture", "possible_fracture", "excluded", "non_fracture_deformity", "no_fracture")
#: findings that put a patient on the worklist
POSITIVE = ("fracture", "possible_fracture")
#: severity words ranked; "" is no severity stated
SEVERITY_RANK = {"": 0, "mild": 1, "moderate": 2, "severe": 3}
#: sort key for a missing exam date: after every real date
UNKNOWN_DATE = "9999"
#: decided_by of a report the vocabulary pre-filter settled without running spaCy
PREFILTER_REASON = "pre-filter: no spine or fracture vocabulary"

REGION_SIZE = {"C": 7, "T": 12, "L": 5, "S": 5}
ORDER: list[str] = [f"{r}{i}" for r in "CTLS" for i in range(1, REGION_SIZE[r] + 1)]
ORDER_INDEX = {lvl: i for i, lvl in enumerate(ORDER)}


def sort_levels(levels: Iterable[str]) -> list[str]:
    """Distinct levels in cranio-caudal order (unknown labels last)."""
    return sorted(set(levels), key=lambda x: ORDER_INDEX.get(x, 999))


def join_levels(levels: Iterable[str]) -> str:
    """Levels as the output column writes them: sorted, ';'-separated."""
    return ";".join(sort_levels(levels))


@dataclass
class Mention:
    """A target mention with every attribute the decision needs (plain data, picklable)."""

    text: str
    category: str
    rule: str
    start: int
    end: int
    sentence: str
    section: str | None
    levels: tuple[str, ...] = ()
    negated_levels: tuple[str, ...] = ()
    site: str | None = None
    negated: bool = False
    uncertain: bool = False
    historical: bool = False
    hypothetical: bool = False
    acute: bool = False
    non_fracture_cause: bool = False
    severity: str = ""
    genant_grade: int | None = None
    height_loss_pct: float | None = None
    modifiers: list[tuple[str, str]] = field(default_factory=list)  # (category, modifier text)


#: the decision columns of a report no rule decided (copy and fill ``finding`` / ``decided_by``)
EMPTY_DECISION: dict[str, str] = {
    "finding": "no_fracture",
    "levels": "",
    "severity": "",
    "genant_grade": "",
    "height_loss_pct": "",
    "acuity": "",
    "fracture_count": "0",
    "non_fracture_causes": "",
    "exclusion_reason": "",
    "evidence": "",
}


#: referrer_alerts.csv, in column order (``next_steps`` is written by ``aggregate.patients.referrer_row``)
REFERRER_COLUMNS = [
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
    "next_steps",
]
