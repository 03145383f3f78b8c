"""A run's scratch space on disk, so memory stays flat however many reports a run reads.

The positive reports of a run (fracture / possible fracture) and its worklist rows
are kept in a throw-away SQLite file next to the state store
(``.STATENAME.stage-RUNID.sqlite``, mode 0600, no journal: nothing in it needs to
survive a crash). The file is deleted when the run ends; the next run deletes
any a killed run left behind.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from vfx_finder.vocab import UNKNOWN_DATE

_SCHEMA = """
CREATE TABLE pos (
    seq          INTEGER PRIMARY KEY,
    report_id    TEXT NOT NULL,
    patient_id   TEXT NOT NULL,
    exam_key     TEXT NOT NULL,
    referrer_key TEXT NOT NULL,
    exam_date    TEXT NOT NULL,
    carried      INTEGER NOT NULL DEFAULT 0,
    row_json     TEXT NOT NULL
);
CREATE TABLE wl (
    seq        INTEGER PRIMARY KEY,
    priority   INTEGER NOT NULL,
    exam_key   TEXT NOT NULL,
    patient_id TEXT NOT NULL,
    carried    INTEGER NOT NULL DEFAULT 0,
    alert_id   TEXT,
    row_json   TEXT NOT NULL
);
CREATE TABLE corr (
    patient_id TEXT NOT NULL,
    report_id  TEXT NOT NULL,
    PRIMARY KEY (patient_id, report_id)
);
CREATE TABLE txt (
    report_id       TEXT PRIMARY KEY,
    text            TEXT NOT NULL,
    clinical_details TEXT NOT NULL DEFAULT ''
);
CREATE TABLE assigned (
    alert_seq INTEGER PRIMARY KEY,
    alert_id  TEXT NOT NULL,
    row_json  TEXT NOT NULL
);
CREATE TABLE audit (
    seq      INTEGER PRIMARY KEY,
    row_json TEXT NOT NULL
);
"""


def stage_path(state_path: Path, run_id: str) -> Path:
    """The run's scratch file beside the state store (removed when the run ends)."""
    state_path = Path(state_path)
    return state_path.parent / f".{state_path.name}.stage-{run_id}.sqlite"


def leftover_stages(state_path: Path) -> list[Path]:
    """Scratch files of earlier runs on this state store (call only while holding the run lock)."""
    state_path = Path(state_path)
    return sorted(state_path.parent.glob(f".{state_path.name}.stage-*.sqlite*"))


def _exam_key(exam_date: str) -> str:
    return exam_date or UNKNOWN_DATE


class Stage:
    """A run's scratch SQLite file: positive reports, worklist rows, alert ids, audit rows, report text."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
        self.conn = sqlite3.connect(str(self.path), isolation_level=None)
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "temp_store = FILE", "cache_size = -32000"):
            self.conn.execute(f"PRAGMA {pragma}")
        self.conn.executescript(_SCHEMA)
        self._buffer: list[tuple] = []
        self._assigned: list[tuple] = []
        self._audit: list[tuple] = []
        self.positives = 0

    # ------------------------------------------------------------------ positives
    def add_positive(self, row: dict, *, carried: bool = False) -> None:
        """Stage one positive report's findings row (buffered)."""
        self._buffer.append(
            (
                row["report_id"],
                row["patient_id"],
                _exam_key(row.get("exam_date", "")),
                (row.get("referrer") or "").lower(),
                row.get("exam_date", ""),
                1 if carried else 0,
                json.dumps(row, ensure_ascii=False),
            )
        )
        if not carried:
            self.positives += 1
        if len(self._buffer) >= 2000:
            self.flush()

    # ------------------------------------------------------------------ audit (every processed report, no text)
    def add_audit(self, row: dict) -> None:
        """Stage one report's report_audit row (no report text) for the commit."""
        self._audit.append((json.dumps(row, ensure_ascii=False),))
        if len(self._audit) >= 5000:
            self._flush_audit()

    def _flush_audit(self) -> None:
        if self._audit:
            self.conn.execute("BEGIN")
            self.conn.executemany("INSERT INTO audit (row_json) VALUES (?)", self._audit)
            self.conn.execute("COMMIT")
            self._audit.clear()

    def audit_rows(self, alerts: dict[str, tuple[str, int]], alerted_at: str) -> Iterator[dict]:
        """The staged report_audit rows, each with the alert (id, priority) that lists its report, if any."""
        self._flush_audit()
        for (row_json,) in self.conn.execute("SELECT row_json FROM audit ORDER BY seq"):
            row = json.loads(row_json)
            alert = alerts.get(row["report_id"])
            if alert:
                row["alert_id"], row["priority"], row["alerted_at"] = alert[0], alert[1], alerted_at
            yield row

    def flush(self) -> None:
        """Write the buffered positive rows."""
        if self._buffer:
            self.conn.execute("BEGIN")
            self.conn.executemany(
                "INSERT INTO pos (report_id, patient_id, exam_key, referrer_key, exam_date, carried, row_json) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                self._buffer,
            )
            self.conn.execute("COMMIT")
            self._buffer.clear()

    def index(self) -> None:
        """Flush and index the positive rows for the per-patient and per-referrer reads."""
        self.flush()
        self.conn.execute("CREATE INDEX IF NOT EXISTS pos_patient ON pos (carried, patient_id, exam_key, report_id)")
        self.conn.execute("CREATE INDEX IF NOT EXISTS pos_referrer ON pos (referrer_key, exam_date, report_id, seq)")
        self.conn.execute("CREATE INDEX IF NOT EXISTS pos_report ON pos (report_id)")

    def add_correction(self, patient_id: str, report_id: str) -> None:
        """A report that corrects (supersedes) an earlier version recorded in the state store."""
        self.conn.execute("INSERT OR IGNORE INTO corr (patient_id, report_id) VALUES (?, ?)", (patient_id, report_id))

    def corrections(self) -> dict[str, set[str]]:
        """patient_id -> the report ids of this run that correct an earlier version."""
        out: dict[str, set[str]] = {}
        for pid, rid in self.conn.execute("SELECT patient_id, report_id FROM corr"):
            out.setdefault(pid, set()).add(rid)
        return out

    def has_report(self, report_id: str) -> bool:
        """Whether a report of this run is staged as positive."""
        return (
            self.conn.execute("SELECT 1 FROM pos WHERE report_id = ? AND carried = 0 LIMIT 1", (report_id,)).fetchone()
            is not None
        )

    def patients(self) -> Iterator[tuple[str, list[dict]]]:
        """(patient_id, that patient's positive rows in exam-date order) for every patient of this run."""
        cur = self.conn.execute(
            "SELECT patient_id, row_json FROM pos WHERE carried = 0 ORDER BY patient_id, exam_key, report_id, seq"
        )
        current, rows = None, []
        for pid, row_json in cur:
            if pid != current and rows:
                yield current, rows
                rows = []
            current = pid
            rows.append(json.loads(row_json))
        if rows:
            yield current, rows

    def positive_rows(self) -> Iterator[dict]:
        """Every staged positive row of this run (not the carried ones)."""
        for (row_json,) in self.conn.execute("SELECT row_json FROM pos WHERE carried = 0 ORDER BY seq"):
            yield json.loads(row_json)

    def referrer_rows(self) -> Iterator[tuple[bool, dict]]:
        """(carried, row) of every positive report, grouped by referrer, then exam date and report id."""
        for carried, row_json in self.conn.execute(
            "SELECT carried, row_json FROM pos ORDER BY referrer_key, exam_date, report_id, seq"
        ):
            yield bool(carried), json.loads(row_json)

    def add_text(self, report_id: str, text: str, clinical_details: str = "") -> None:
        """Keep a positive report's text for worklist.html (scratch only: never the state store or the log)."""
        self.conn.execute(
            "INSERT OR REPLACE INTO txt (report_id, text, clinical_details) VALUES (?, ?, ?)",
            (report_id, text, clinical_details),
        )

    def texts(self, report_ids: Iterable[str]) -> dict[str, dict]:
        """report_id -> {'text', 'clinical_details'} for the staged reports among ``report_ids``."""
        out: dict[str, dict] = {}
        for rid in set(report_ids):
            row = self.conn.execute("SELECT text, clinical_details FROM txt WHERE report_id = ?", (rid,)).fetchone()
            if row is not None:
                out[rid] = {"text": row[0], "clinical_details": row[1]}
        return out

    def findings_of(self, report_ids: Iterable[str]) -> list[dict]:
        """The staged (not carried) positive rows of ``report_ids``."""
        out = []
        for rid in sorted(set(report_ids)):
            for (row_json,) in self.conn.execute(
                "SELECT row_json FROM pos WHERE report_id = ? AND carried = 0 ORDER BY seq", (rid,)
            ):
                out.append(json.loads(row_json))
        return out

    # ------------------------------------------------------------------ worklist
    def add_worklist_rows(self, rows: Iterable[tuple[dict, bool]]) -> None:
        """Stage (worklist row, carried) pairs; ``rows`` may be a generator (it is consumed lazily)."""

        def params():
            for row, carried in rows:
                yield (
                    int(row["priority"]),
                    _exam_key(row.get("first_exam_date") or row.get("exam_date", "")),
                    row["patient_id"],
                    1 if carried else 0,
                    row.get("alert_id") or None,
                    json.dumps(row, ensure_ascii=False),
                )

        self.conn.execute("BEGIN")
        try:
            self.conn.executemany(
                "INSERT INTO wl (priority, exam_key, patient_id, carried, alert_id, row_json) VALUES (?, ?, ?, ?, ?, ?)",
                params(),
            )
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def worklist_rows(self) -> Iterator[tuple[bool, dict]]:
        """(carried, row) in worklist order: priority, earliest exam date, patient."""
        self.conn.execute("CREATE INDEX IF NOT EXISTS wl_order ON wl (priority, exam_key, patient_id, seq)")
        cur = self.conn.execute("SELECT carried, row_json FROM wl ORDER BY priority, exam_key, patient_id, seq")
        for carried, row_json in cur:
            yield bool(carried), json.loads(row_json)

    def assign(self, alert_seq: int, row: dict) -> None:
        """Record the alert id given to a new worklist row (flushed with the other buffered writes)."""
        self._assigned.append((alert_seq, row["alert_id"], json.dumps(row, ensure_ascii=False)))
        if len(self._assigned) >= 2000:
            self.flush_assigned()

    def flush_assigned(self) -> None:
        """Write the buffered alert-id assignments."""
        if self._assigned:
            self.conn.execute("BEGIN")
            self.conn.executemany(
                "INSERT INTO assigned (alert_seq, alert_id, row_json) VALUES (?, ?, ?)", self._assigned
            )
            self.conn.execute("COMMIT")
            self._assigned.clear()

    def new_alert_rows(self) -> Iterator[tuple[int, dict]]:
        """(alert_seq, worklist row) of the alerts this run raises, in alert order."""
        self.flush_assigned()
        for alert_seq, row_json in self.conn.execute("SELECT alert_seq, row_json FROM assigned ORDER BY alert_seq"):
            yield alert_seq, json.loads(row_json)

    def listed_alert_ids(self) -> Iterator[tuple[str, bool]]:
        """(alert_id, carried) of every row of this run's worklist."""
        self.flush_assigned()
        for (alert_id,) in self.conn.execute("SELECT alert_id FROM assigned ORDER BY alert_seq"):
            yield alert_id, False
        for (alert_id,) in self.conn.execute("SELECT alert_id FROM wl WHERE carried = 1 ORDER BY seq"):
            yield alert_id, True

    def count_worklist(self) -> tuple[int, int]:
        """(new, carried) worklist rows."""
        new, carried = self.conn.execute(
            "SELECT COALESCE(SUM(carried = 0), 0), COALESCE(SUM(carried = 1), 0) FROM wl"
        ).fetchone()
        return int(new), int(carried)

    def close(self, *, remove: bool = True) -> None:
        """Close the scratch file and (by default) remove it."""
        try:
            self.conn.close()
        finally:
            if remove:
                for suffix in ("", "-journal", "-wal", "-shm"):
                    Path(str(self.path) + suffix).unlink(missing_ok=True)
