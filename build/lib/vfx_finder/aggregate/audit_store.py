"""The audit table of the state store: one row per processed report (every finding), never its text.

``AUDIT_DDL`` is a migration (plain SQL that SQLite and PostgreSQL both accept) for the lead
to register in the state store's migrations. ``record_audit_rows`` upserts rows at the run's
commit (one row per (patient_key, report_id): re-processing a report updates it and keeps
an alert recorded earlier). ``audit_frame`` reads a period back as a pandas DataFrame.

``audit_keys`` holds the per-store secret that keys the reporter pseudonyms (HMAC-SHA256), so
the same reporter gets the same pseudonym in every audit of one store and names never leave it.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable
from datetime import date, datetime

AUDIT_MIGRATION_NAME = "report_audit, audit_keys (RCR reporting audit and FLS figures)"

#: Columns of report_audit in order. No report text, no evidence sentence.
AUDIT_COLUMNS = (
    "run_id",
    "first_run_id",
    "processed_at",
    "report_id",
    "patient_key",
    "exam_date",
    "period_date",
    "modality",
    "exam_name",
    "reporter",
    "finding",
    "levels",
    "severity",
    "acuity",
    "fls_eligible",
    "term_fracture_used",
    "level_stated",
    "severity_stated",
    "comparison_made",
    "recommendation_made",
    "alert_id",
    "priority",
    "alerted_at",
)

AUDIT_DDL = """
CREATE TABLE IF NOT EXISTS report_audit (
    run_id              TEXT NOT NULL,
    first_run_id        TEXT NOT NULL,
    processed_at        TEXT NOT NULL,
    report_id           TEXT NOT NULL,
    patient_key         TEXT NOT NULL DEFAULT '',
    exam_date           TEXT NOT NULL DEFAULT '',
    period_date         TEXT NOT NULL,
    modality            TEXT NOT NULL DEFAULT '',
    exam_name           TEXT NOT NULL DEFAULT '',
    reporter            TEXT NOT NULL DEFAULT '',
    finding             TEXT NOT NULL,
    levels              TEXT NOT NULL DEFAULT '',
    severity            TEXT NOT NULL DEFAULT '',
    acuity              TEXT NOT NULL DEFAULT '',
    fls_eligible        TEXT NOT NULL DEFAULT '',
    term_fracture_used  TEXT NOT NULL DEFAULT '' CHECK (term_fracture_used IN ('', 'yes', 'no')),
    level_stated        TEXT NOT NULL DEFAULT '' CHECK (level_stated IN ('', 'yes', 'no')),
    severity_stated     TEXT NOT NULL DEFAULT '' CHECK (severity_stated IN ('', 'yes', 'no')),
    comparison_made     TEXT NOT NULL DEFAULT '' CHECK (comparison_made IN ('', 'yes', 'no')),
    recommendation_made TEXT NOT NULL DEFAULT '' CHECK (recommendation_made IN ('', 'yes', 'no')),
    alert_id            TEXT NOT NULL DEFAULT '',
    priority            INTEGER,
    alerted_at          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (patient_key, report_id)
);
CREATE INDEX IF NOT EXISTS report_audit_period ON report_audit (period_date);
CREATE INDEX IF NOT EXISTS report_audit_finding ON report_audit (finding, period_date);
CREATE TABLE IF NOT EXISTS audit_keys (
    name       TEXT PRIMARY KEY,
    secret     TEXT NOT NULL,
    created_at TEXT NOT NULL
);
"""

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def iso_date(value: str) -> str:
    """``YYYY-MM-DD`` when ``value`` starts with a valid ISO date, else ''."""
    m = _ISO_DATE.match((value or "").strip())
    if not m:
        return ""
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return ""


def _sql(conn, sql: str) -> str:
    """The statement in the connection's parameter style (``?`` for sqlite3, ``%s`` for psycopg)."""
    return sql.replace("?", "%s") if type(conn).__module__.startswith("psycopg") else sql


def migrate_audit(conn) -> None:
    """Create the audit tables if missing (a plain sqlite3 connection; the lead registers AUDIT_DDL as a migration)."""
    if hasattr(conn, "executescript"):
        conn.executescript(AUDIT_DDL)
    else:  # pragma: no cover  (psycopg: one statement at a time)
        for stmt in AUDIT_DDL.split(";"):
            if stmt.strip():
                conn.execute(stmt)


def make_audit_row(
    findings_row: dict,
    *,
    run_id: str,
    processed_at: str | None = None,
    alert_id: str = "",
    priority: int | str | None = None,
    alerted_at: str = "",
) -> dict:
    """A report_audit row from a report_findings row (with the audit fields); keys not in the table are dropped."""
    processed_at = processed_at or _now()
    exam = iso_date(findings_row.get("exam_date", ""))
    row = {c: str(findings_row.get(c) or "") for c in AUDIT_COLUMNS}
    row.update(
        run_id=run_id,
        first_run_id=run_id,
        processed_at=processed_at,
        patient_key=str(findings_row.get("patient_key") or findings_row.get("patient_id") or ""),
        period_date=exam or processed_at[:10],
        alert_id=alert_id or "",
        priority=None if priority in (None, "") else int(priority),
        alerted_at=alerted_at or "",
    )
    return row


_UPSERT = (
    f"INSERT INTO report_audit ({', '.join(AUDIT_COLUMNS)}) VALUES ({', '.join('?' for _ in AUDIT_COLUMNS)}) "
    "ON CONFLICT (patient_key, report_id) DO UPDATE SET "
    + ", ".join(
        f"{c} = excluded.{c}"
        for c in AUDIT_COLUMNS
        if c not in ("first_run_id", "patient_key", "report_id", "alert_id", "priority", "alerted_at")
    )
    + ", alert_id = CASE WHEN excluded.alert_id <> '' THEN excluded.alert_id ELSE report_audit.alert_id END"
    ", priority = CASE WHEN excluded.alert_id <> '' THEN excluded.priority ELSE report_audit.priority END"
    ", alerted_at = CASE WHEN excluded.alert_id <> '' THEN excluded.alerted_at ELSE report_audit.alerted_at END"
)


def record_audit_rows(conn, rows: Iterable[dict]) -> int:
    """Upsert report_audit rows (from :func:`make_audit_row`) inside the caller's transaction; returns the count.

    A row missing a column gets '' for it; a report re-processed later keeps the alert recorded
    for it earlier unless the new row carries its own alert.
    """
    n = 0
    sql = _sql(conn, _UPSERT)
    batch: list[tuple] = []
    cur = conn.cursor()
    for r in rows:
        values = []
        for c in AUDIT_COLUMNS:
            v = r.get(c)
            if c == "priority":
                values.append(None if v in (None, "") else int(v))
            else:
                values.append("" if v is None else str(v))
        if not values[AUDIT_COLUMNS.index("period_date")]:
            values[AUDIT_COLUMNS.index("period_date")] = iso_date(r.get("exam_date", "")) or _now()[:10]
        if not values[AUDIT_COLUMNS.index("first_run_id")]:
            values[AUDIT_COLUMNS.index("first_run_id")] = values[0]
        batch.append(tuple(values))
        n += 1
        if len(batch) >= 5000:
            cur.executemany(sql, batch)
            batch.clear()
    if batch:
        cur.executemany(sql, batch)
    return n


def audit_frame(conn, date_from: str | date, date_to: str | date, *, findings: Iterable[str] | None = None):
    """The report_audit rows whose period date (exam date, or processing date when the exam date is unusable)
    lies in [date_from, date_to], as a pandas DataFrame (``priority`` as a nullable integer); only the given
    ``findings`` when set (the audit reads only fracture / possible fracture rows)."""
    import pandas as pd

    cols = ", ".join(AUDIT_COLUMNS)
    where = "period_date >= ? AND period_date <= ?"
    params: list = [str(date_from), str(date_to)]
    if findings is not None:
        findings = list(findings)
        where = f"finding IN ({', '.join('?' for _ in findings)}) AND " + where
        params = findings + params
    cur = conn.cursor()
    cur.execute(_sql(conn, f"SELECT {cols} FROM report_audit WHERE {where}"), params)
    frame = pd.DataFrame.from_records(cur.fetchall(), columns=list(AUDIT_COLUMNS))
    frame["priority"] = pd.to_numeric(frame["priority"], errors="coerce").astype("Int64")
    return frame


def report_counts(conn, date_from: str | date, date_to: str | date) -> dict[str, int]:
    """Reports processed in the period by month (``YYYY-MM`` of the period date), counted in SQL."""
    cur = conn.cursor()
    cur.execute(
        _sql(
            conn,
            "SELECT substr(period_date, 1, 7) AS month, COUNT(*) FROM report_audit "
            "WHERE period_date >= ? AND period_date <= ? GROUP BY substr(period_date, 1, 7) ORDER BY month",
        ),
        (str(date_from), str(date_to)),
    )
    return {str(m): int(n) for m, n in cur.fetchall()}


def reporter_secret(conn, *, create: bool = True) -> str | None:
    """The store's reporter-pseudonym secret (32 random bytes, hex); created on first use when ``create``.

    The caller commits (an autocommit sqlite3 connection, or the run's commit transaction)."""
    cur = conn.cursor()
    cur.execute(_sql(conn, "SELECT secret FROM audit_keys WHERE name = ?"), ("reporter_pseudonym",))
    row = cur.fetchone()
    if row is not None:
        return str(row[0])
    if not create:
        return None
    cur.execute(
        _sql(conn, "INSERT INTO audit_keys (name, secret, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING"),
        ("reporter_pseudonym", secrets.token_hex(32), _now()),
    )
    cur.execute(_sql(conn, "SELECT secret FROM audit_keys WHERE name = ?"), ("reporter_pseudonym",))
    return str(cur.fetchone()[0])
