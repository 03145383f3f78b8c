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
from dataclasses import dataclass

from vfx_finder.aggregate.patients import PatientCase
from vfx_finder.vocab import UNKNOWN_DATE


def levels_of(value: str) -> list[str]:
    """The levels of a ';'-joined cell."""
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


#: the coordinator decisions (worklist.xlsx ``decision``) that change what later nights compare against
NOT_A_FRACTURE = "not a vertebral fracture"
WRONG_LEVEL = "wrong level"


@dataclass
class Reviewed:
    """A patient's reports, standing alerts and earlier findings once the coordinators' decisions are applied."""

    reports: list[dict]
    alerts: list[dict]
    findings: list[dict]


def apply_decisions(reports: Sequence[dict], prior_alerts: Sequence, prior_findings: Sequence, decisions) -> Reviewed:
    """Apply the latest decision on each earlier alert (``decisions``: alert_id -> row with decision, levels).

    'not a vertebral fracture': the alert no longer counts, its reports' levels are not previously
    reported and those reports are not alerted again (a later report with a real fracture alerts).
    'wrong level': the alert, and its reports when seen again, count at the corrected levels.
    Every other decision leaves the alert standing (no alert again unless a new level).
    """
    rejected: set[str] = set()
    corrected: dict[str, str] = {}
    alerts = []
    for a in prior_alerts:
        a = dict(a)
        d = decisions.get(a["alert_id"])
        ids = set(levels_of(a.get("report_ids", "")))
        if d is not None and d["decision"] == NOT_A_FRACTURE:
            rejected |= ids
            continue
        if d is not None and d["decision"] == WRONG_LEVEL and d["levels"]:
            a["levels"] = d["levels"]
            corrected.update(dict.fromkeys(ids, d["levels"]))
        alerts.append(a)

    def fix(rows):
        out = []
        for r in rows:
            r = dict(r)
            if r["report_id"] in rejected:
                continue
            if r["report_id"] in corrected:
                r["levels"] = corrected[r["report_id"]]
            out.append(r)
        return out

    return Reviewed(fix(reports), alerts, fix(prior_findings))


def known_levels(
    known_rows: Sequence, reports: Sequence[dict], prior_findings: Sequence
) -> tuple[set[str], str] | None:
    """(levels known to the FLS, since when) for a patient in ``known import``, or None when not known.

    A known row without levels covers every level reported on or before its date (the import date when
    none was given); a row with levels covers those levels.
    """
    if not known_rows:
        return None
    levels: set[str] = set()
    since = ""
    for k in known_rows:
        day = k["known_since"] or str(k["imported_at"])[:10]
        since = max(since, day)
        if k["levels"]:
            levels.update(levels_of(k["levels"]))
            continue
        for r in [*reports, *prior_findings]:
            if (r["exam_date"] or "") <= day:
                levels.update(levels_of(r["levels"]))
    return levels, since


def plan_alert(
    case: PatientCase,
    prior_alerts: Sequence,
    prior_findings: Sequence,
    known: tuple[set[str], str] | None = None,
) -> tuple[dict, list[str]] | None:
    """The worklist row (without alert_id) and the new levels, or None when the patient is not alerted now.

    ``known``: (levels, since) of a patient already under the FLS (``known_levels``): not alerted for them.
    """
    if case.eligibility not in ("yes", "review"):
        return None
    row = case.merged()
    levels = levels_of(row["levels"])
    if not prior_alerts and known is None:
        new_levels = levels
        reason = "new patient" if case.eligibility == "yes" else case.eligibility_reason
    else:
        alerted: set[str] = set(known[0]) if known else set()
        for a in prior_alerts:
            alerted.update(levels_of(a["levels"]))
        new_levels = [lv for lv in levels if lv not in alerted]
        if not new_levels:
            return None
        word = "level" if len(new_levels) == 1 else "levels"
        if prior_alerts:
            last = prior_alerts[-1]
            since = f"since alert {last['alert_id']} on {last['alerted_on']}"
        else:
            since = f"beyond the levels known to the FLS (known since {known[1]})"
        reason = f"new {word} {', '.join(new_levels)} {since}"
        if case.eligibility == "review":
            reason += f"; {case.eligibility_reason}"
    row["reason"] = reason
    row["previously_reported"] = previously_reported(levels, prior_findings, {r["report_id"] for r in case.reports})
    return row, new_levels
