"""The coordinators' side of the loop: ``review import``, ``known import`` and PPV from their decisions.

``review import FILE`` reads worklist.xlsx (sheet 'Worklist', as the run wrote it) or a CSV with
``alert_id, decision, decision_note`` and records every non-blank decision in the state store's
``review_decisions`` table, with the reviewer, the time, the file and its SHA-256 and the row.
Every row is checked first; any bad row (unknown alert id, unknown decision, a 'wrong level'
without a level in its note) is named on its own line and nothing is imported (exit 2). Importing
the same file again records nothing (a decision equal to the alert's latest is skipped); a changed
decision is recorded as a new one and the latest wins. How later nights use them:
``aggregate/alerts.py`` (``apply_decisions``).

``known import FILE`` loads the patients already under the FLS (CSV: ``nhs_number`` or
``patient_id``, optional ``date`` and ``levels``) into ``known_patients``; the first night does not
alert them unless a level appears beyond the known ones.

Report text is never read here: only ids, decisions and notes.
"""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from vfx_finder.aggregate.patients import parse_date
from vfx_finder.aggregate.state import PgLocation, StateStore
from vfx_finder.errors import InputError, UsageError
from vfx_finder.nlp.levels import parse_levels
from vfx_finder.publish.xlsx import DECISIONS, read_worklist_xlsx
from vfx_finder.vocab import join_levels, sort_levels

#: decisions that say the finding was a real vertebral fracture (true positives for the PPV)
TRUE_FRACTURE = ("confirmed - FLS to assess", "wrong level", "already known to FLS", "not eligible")
FALSE_FRACTURE = ("not a vertebral fracture",)


@dataclass
class ImportResult:
    """What an import did: rows read, recorded, unchanged, blank decisions skipped."""

    rows: int
    recorded: int
    unchanged: int
    blank: int = 0

    def one_line(self, what: str) -> str:
        """The CLI's summary line."""
        blank = f", {self.blank} blank decision(s) skipped" if self.blank else ""
        return f"{what}: {self.rows} row(s) read, {self.recorded} recorded, {self.unchanged} unchanged{blank}"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _csv_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """(spreadsheet row number, {column: value}) of a CSV (header = row 1)."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            header = [h.strip() for h in reader.fieldnames or []]
            reader.fieldnames = header
            return [(n, {k: (v or "").strip() for k, v in row.items() if k}) for n, row in enumerate(reader, start=2)]
    except UnicodeDecodeError:
        raise InputError(f"{path}: not a UTF-8 CSV; save it as CSV UTF-8 or give the worklist.xlsx") from None


def read_decision_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """(row number, cells) of a worklist.xlsx or a CSV of decisions."""
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"file not found: {path}; give the worklist.xlsx (or CSV) with the decisions")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        try:
            rows = read_worklist_xlsx(path)
        except KeyError:
            raise InputError(f"{path}: no sheet 'Worklist'; give the worklist.xlsx a run wrote") from None
        except Exception as err:  # zipfile / openpyxl errors: not a workbook
            raise InputError(f"{path}: not a readable .xlsx workbook ({type(err).__name__})") from None
        return [(n, {k: v.strip() for k, v in r.items()}) for n, r in enumerate(rows, start=2)]
    return _csv_rows(path)


def _require_store(state: Path) -> None:
    if isinstance(state, PgLocation):  # a database: "not found" when it holds no store (as for a missing file)
        StateStore.open(state, readonly=True).close()
        return
    if not Path(state).is_file():
        raise UsageError(f"state store not found: {state}; give --state PATH of the store the nightly run uses")


#: the decisions as typed, whatever the case and spacing ('Not eligible ' -> 'not eligible')
_CANONICAL_DECISION = {d.lower(): d for d in DECISIONS}


def canonical_decision(value: str) -> str:
    """The drop-down's exact words for a decision typed with other case or spacing; else the value."""
    return _CANONICAL_DECISION.get(" ".join(value.split()).lower(), value)


def canonical_levels(note: str) -> str:
    """The vertebral levels named in a note ('T11', 'T11 not T12' -> 'T11'), ';'-joined; '' when none.

    With 'not' / 'instead of', only the levels before it count (the right level comes first)."""
    head = re.split(r"\b(?:not|instead\s+of|rather\s+than)\b", note, maxsplit=1, flags=re.IGNORECASE)[0]
    levels = [lv for m in parse_levels(head) for lv in m.levels]
    return join_levels(sort_levels(set(levels)))


def import_reviews(path: Path, state: Path, *, reviewer: str = "") -> ImportResult:
    """``review import``: check every row, then record the decisions in one transaction (see the module doc)."""
    path = Path(path)
    _require_store(state)
    rows = read_decision_rows(path)
    if rows and "alert_id" not in rows[0][1]:
        raise InputError(f"{path}: no alert_id column; give the worklist.xlsx or a CSV with alert_id, decision")
    if rows and "decision" not in rows[0][1]:
        raise InputError(f"{path}: no decision column; give the worklist.xlsx or a CSV with alert_id, decision")
    store = StateStore.open(state, create=False)
    try:
        alerts = store.alerts_by_id(r.get("alert_id", "") for _, r in rows)
        bad: list[str] = []
        good: list[dict] = []
        blank = 0
        for n, r in rows:
            alert_id, note = r.get("alert_id", ""), r.get("decision_note", "")
            decision = canonical_decision(r.get("decision", ""))
            if not decision:
                blank += 1
                continue
            a = alerts.get(alert_id)
            if a is None:
                bad.append(f"{path.name} row {n}: unknown alert id {alert_id!r} (not in the state store {state})")
                continue
            if decision not in DECISIONS:
                bad.append(
                    f"{path.name} row {n}: unknown decision {decision!r}; choose one of: {' / '.join(DECISIONS)}"
                )
                continue
            levels = ""
            if decision == "wrong level":
                levels = canonical_levels(note)
                if not levels:
                    bad.append(f"{path.name} row {n}: 'wrong level' needs the right level in decision_note (e.g. T11)")
                    continue
            good.append(
                {
                    "alert_id": alert_id,
                    "patient_id": a["patient_id"],
                    "report_ids": a["report_ids"],
                    "decision": decision,
                    "decision_note": note,
                    "levels": levels,
                    "row_number": n,
                }
            )
        if bad:
            raise InputError(
                "\n".join([*bad, f"{path.name}: nothing imported; correct the row(s) above and import again"])
            )
        recorded = store.import_decisions(good, reviewer=reviewer, source_file=str(path), source_sha256=_sha256(path))
    finally:
        store.close()
    return ImportResult(rows=len(rows), recorded=recorded, unchanged=len(good) - recorded, blank=blank)


_NHS = re.compile(r"^\d{10}$")


def import_known(path: Path, state: Path) -> ImportResult:
    """``known import``: patients already under the FLS, checked row by row, recorded in one transaction."""
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"file not found: {path}; give a CSV with nhs_number or patient_id (and date, levels)")
    _require_store(state)
    rows = _csv_rows(path)
    if rows and not ({"nhs_number", "patient_id"} & set(rows[0][1])):
        raise InputError(f"{path}: needs a column nhs_number or patient_id (optional: date, levels)")
    bad: list[str] = []
    good: list[dict] = []
    for n, r in rows:
        nhs = r.get("nhs_number", "").replace(" ", "")
        pid = r.get("patient_id", "")
        if not nhs and not pid:
            bad.append(f"{path.name} row {n}: no nhs_number or patient_id")
            continue
        if nhs and not _NHS.match(nhs):
            bad.append(f"{path.name} row {n}: nhs_number {nhs!r} is not 10 digits")
            continue
        day = r.get("date", "")
        since = ""
        if day:
            parsed = parse_date(day)
            if parsed is None:
                bad.append(f"{path.name} row {n}: date {day!r} not understood (use YYYY-MM-DD)")
                continue
            since = parsed.isoformat()
        levels = ""
        if r.get("levels"):
            levels = canonical_levels(r["levels"])
            if not levels:
                bad.append(f"{path.name} row {n}: levels {r['levels']!r} name no vertebral level (e.g. T12;L1)")
                continue
        good.append({"patient_id": pid, "nhs_number": nhs, "known_since": since, "levels": levels, "row_number": n})
    if bad:
        raise InputError("\n".join([*bad, f"{path.name}: nothing imported; correct the row(s) above and import again"]))
    store = StateStore.open(state, create=False)
    try:
        recorded = store.import_known(good, source_file=str(path), source_sha256=_sha256(path))
    finally:
        store.close()
    return ImportResult(rows=len(rows), recorded=recorded, unchanged=len(good) - recorded)


def ppv_from_reviews(state: Path, *, since: str = "") -> dict:
    """PPV of the alerts the coordinators decided on (latest decision per alert), with a Wilson 95% interval."""
    from statsmodels.stats.proportion import proportion_confint

    if since and parse_date(since) is None:
        raise UsageError(f"--since {since!r} is not a date; give YYYY-MM-DD")
    store = StateStore.open(state, readonly=True)
    try:
        decided = store.latest_decisions(since) if store.schema_version() >= 4 else []
    finally:
        store.close()
    counts = {d: 0 for d in DECISIONS}
    for row in decided:
        counts[row["decision"]] = counts.get(row["decision"], 0) + 1
    tp = sum(counts[d] for d in TRUE_FRACTURE)
    fp = sum(counts[d] for d in FALSE_FRACTURE)
    n = tp + fp
    result = {"since": since, "decisions": counts, "true_fracture": tp, "not_fracture": fp, "n": n}
    if n:
        low, high = proportion_confint(tp, n, alpha=0.05, method="wilson")
        result.update(ppv=tp / n, ppv_ci95=[float(low), float(high)])
    else:
        result.update(ppv=None, ppv_ci95=None)
    return result


def format_ppv(r: dict) -> str:
    """The PPV result in one line."""
    period = f" since {r['since']}" if r["since"] else ""
    if not r["n"]:
        return f"no coordinator decisions{period} that say fracture or not (import worklist.xlsx with review import)"
    low, high = r["ppv_ci95"]
    other = r["decisions"].get("other", 0)
    return (
        f"PPV from coordinator reviews{period}: {r['ppv']:.3f} (95% Wilson CI {low:.3f}-{high:.3f}); "
        f"{r['true_fracture']} true fracture(s) / {r['n']} decided; {other} 'other' not counted"
    )
