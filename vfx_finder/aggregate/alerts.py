"""Who goes on tonight's worklist, and why: de-duplication against the alert history.

A patient with a fracture or possible fracture in this run is alerted when they
are FLS-eligible (age >= --min-age at the exam date) or their age is unknown
(listed for review), and

- they were never alerted before ("new patient"), or
- a level appears that none of their earlier alerts named
  ("new level L1 since alert A-000123 on 2026-11-20").

A patient already alerted with no new level is not listed again (an upgrade from
possible to definite fracture at an alerted level is not a new alert). A level
found in the patient's earlier reports (reports kept in the state store from
earlier runs) is named in ``previously_reported``.
"""

from __future__ import annotations

from collections.abc import Sequence

from vfx_finder.aggregate.patients import PatientCase
from vfx_finder.vocab import UNKNOWN_DATE


def levels_of(value: str) -> list[str]:
    return [lv for lv in (value or "").split(";") if lv]


def previously_reported(levels: Sequence[str], prior_findings: Sequence, current_report_ids: set[str]) -> str:
    """'T12 previously reported on 2026-03-01 (report R1); ...' for the levels seen in earlier reports."""
    first: dict[str, tuple[str, str]] = {}
    wanted = set(levels)
    for f in prior_findings:
        if f["report_id"] in current_report_ids:
            continue
        for lv in levels_of(f["levels"]):
            if lv in wanted:
                key = (f["exam_date"] or UNKNOWN_DATE, f["report_id"])
                if lv not in first or key < first[lv]:
                    first[lv] = key
    parts = []
    for lv in levels:
        if lv in first:
            date, rid = first[lv]
            if date == UNKNOWN_DATE:
                parts.append(f"{lv} previously reported (report {rid}, exam date unknown)")
            else:
                parts.append(f"{lv} previously reported on {date} (report {rid})")
    return "; ".join(parts)


def plan_alert(case: PatientCase, prior_alerts: Sequence, prior_findings: Sequence) -> tuple[dict, list[str]] | None:
    """The worklist row (without alert_id) and the new levels, or None when the patient is not alerted now."""
    if case.eligibility not in ("yes", "review"):
        return None
    row = case.merged()
    levels = levels_of(row["levels"])
    if not prior_alerts:
        new_levels = levels
        reason = "new patient" if case.eligibility == "yes" else case.eligibility_reason
    else:
        alerted: set[str] = set()
        for a in prior_alerts:
            alerted.update(levels_of(a["levels"]))
        new_levels = [lv for lv in levels if lv not in alerted]
        if not new_levels:
            return None
        last = prior_alerts[-1]
        word = "level" if len(new_levels) == 1 else "levels"
        reason = f"new {word} {', '.join(new_levels)} since alert {last['alert_id']} on {last['alerted_on']}"
        if case.eligibility == "review":
            reason += f"; {case.eligibility_reason}"
    row["reason"] = reason
    row["previously_reported"] = previously_reported(levels, prior_findings, {r["report_id"] for r in case.reports})
    return row, new_levels
