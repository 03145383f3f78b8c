"""The state store: what was alerted when and why, and each patient's fracture findings over time.

One embedded SQLite file (``--state PATH``; default ``OUT/vfx_state.sqlite``),
owner-only (0600), WAL journal, foreign keys on, ``synchronous=FULL`` so that a
committed transaction survives a crash. The schema is created and upgraded by
the numbered migrations below; each is applied once, in one transaction, and
recorded in ``schema_migrations``.

Tables
  runs            one row per run: status running -> committed -> published
                  (or failed; 'recovered' = published by the next run's recovery,
                  whose worklist carries its alerts forward), out folder, manifest
                  of its output files (temporary path, final path, SHA-256), counts.
  alerts          one row per FLS alert: alert_id (A-000123), patient, levels (all
                  the patient's levels in that alert), new_levels, report(s), exam
                  date, alerted_on (run date), run id, reason, the worklist row.
  run_alerts      which alerts each run's worklist.csv lists (new or carried).
  findings        one row per (patient_id, report_id) with a fracture or possible
                  fracture: exam date, levels, finding, first_seen_run, last_seen_run.
                  Re-processing a report updates its row; it never duplicates it.
  migration 3     alerts.superseded_by (the alert id, or run id, that superseded a corrected
                  report's alert: it no longer counts), findings.content (SHA-256 of the text).
  referrer_alerts (migration 2) each referrer alert sent, once per (report_id, content):
                  an identical re-run sends none again; ``vfx-finder worklist --run``
                  re-exports a run's rows.
  review_decisions (migration 4) each coordinator decision imported by ``review import``
                  (alert, patient, decision, note, corrected levels, reviewer, when, source
                  file + SHA-256, row); the latest per alert acts on later nights.
  known_patients  (migration 5) patients already under the FLS (``known import``): patient id
                  and/or NHS number, known since, levels; they are not alerted for known levels.

Only one run may use a store at a time: ``RunLock`` is an exclusive ``flock`` on
``PATH.lock`` held for the whole run (released by the kernel if the process dies).
Read-only commands (``history``, ``state check``) do not take it; WAL lets them read
while a run writes.

``--state postgresql://...`` keeps the same tables in a PostgreSQL database: the same
statements and migrations, run through ``aggregate/pg.py`` (dialect differences, the
advisory run lock ``PgRunLock``); see docs/OPERATIONS.md "A shared PostgreSQL store".
"""

from __future__ import annotations

import errno
import fcntl
import json
import logging
import os
import socket
import sqlite3
import stat
import time
import urllib.parse
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from vfx_finder.aggregate.audit_store import AUDIT_DDL, AUDIT_MIGRATION_NAME, record_audit_rows
from vfx_finder.aggregate.pg import (
    PgConn,
    PgLocation,
    PgRunLock,
    check_run_lock,
    is_pg_url,
    translate_ddl,
)
from vfx_finder.aggregate.pg import connect as pg_connect
from vfx_finder.errors import StateError, UsageError

log = logging.getLogger("vfx_finder")

STATE_FILENAME = "vfx_state.sqlite"

#: (version, name, SQL). Append only: never edit a migration that has shipped.
MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "runs, alerts, run_alerts, findings",
        """
CREATE TABLE runs (
    run_id        TEXT PRIMARY KEY,
    status        TEXT NOT NULL CHECK (status IN ('running', 'committed', 'recovered', 'published', 'failed')),
    started_at    TEXT NOT NULL,
    finished_at   TEXT,
    run_date      TEXT NOT NULL,
    out_dir       TEXT NOT NULL,
    pid           INTEGER,
    host          TEXT,
    options       TEXT,
    inputs        TEXT,
    counts        TEXT,
    manifest      TEXT,
    worklist_rows INTEGER,
    carried_into  TEXT REFERENCES runs(run_id),
    note          TEXT
);
CREATE INDEX runs_status ON runs(status);
CREATE TABLE alerts (
    seq         INTEGER PRIMARY KEY,
    alert_id    TEXT NOT NULL UNIQUE,
    run_id      TEXT NOT NULL REFERENCES runs(run_id),
    patient_id  TEXT NOT NULL,
    nhs_number  TEXT NOT NULL DEFAULT '',
    report_id   TEXT NOT NULL DEFAULT '',
    report_ids  TEXT NOT NULL DEFAULT '',
    exam_date   TEXT NOT NULL DEFAULT '',
    levels      TEXT NOT NULL DEFAULT '',
    new_levels  TEXT NOT NULL DEFAULT '',
    finding     TEXT NOT NULL,
    severity    TEXT NOT NULL DEFAULT '',
    priority    INTEGER NOT NULL,
    reason      TEXT NOT NULL,
    alerted_on  TEXT NOT NULL,
    row_json    TEXT NOT NULL
);
CREATE INDEX alerts_patient ON alerts(patient_id, seq);
CREATE INDEX alerts_run ON alerts(run_id);
CREATE TABLE run_alerts (
    run_id   TEXT NOT NULL REFERENCES runs(run_id),
    alert_id TEXT NOT NULL REFERENCES alerts(alert_id),
    carried  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (run_id, alert_id)
) WITHOUT ROWID;
CREATE TABLE findings (
    patient_id     TEXT NOT NULL,
    report_id      TEXT NOT NULL,
    exam_date      TEXT NOT NULL DEFAULT '',
    levels         TEXT NOT NULL DEFAULT '',
    finding        TEXT NOT NULL,
    severity       TEXT NOT NULL DEFAULT '',
    acuity         TEXT NOT NULL DEFAULT '',
    first_seen_run TEXT NOT NULL REFERENCES runs(run_id),
    last_seen_run  TEXT NOT NULL REFERENCES runs(run_id),
    PRIMARY KEY (patient_id, report_id)
) WITHOUT ROWID;
""",
    ),
]
MIGRATIONS.append(
    (
        2,
        "referrer_alerts: each referrer alert recorded once, re-exportable per run",
        """
CREATE TABLE referrer_alerts (
    report_id  TEXT NOT NULL,
    content    TEXT NOT NULL,
    run_id     TEXT NOT NULL REFERENCES runs(run_id),
    seq        INTEGER NOT NULL,
    row_json   TEXT NOT NULL,
    PRIMARY KEY (report_id, content)
) WITHOUT ROWID;
CREATE INDEX referrer_alerts_run ON referrer_alerts(run_id, seq);
""",
    )
)
MIGRATIONS.append(
    (
        3,
        "corrections: superseded alerts, report content of each finding",
        """
ALTER TABLE alerts ADD COLUMN superseded_by TEXT NOT NULL DEFAULT '';
ALTER TABLE findings ADD COLUMN content TEXT NOT NULL DEFAULT '';
""",
    )
)
MIGRATIONS.append((4, AUDIT_MIGRATION_NAME, AUDIT_DDL))
MIGRATIONS.append(
    (
        5,
        "review_decisions: the coordinators' decisions imported from worklist.xlsx (latest per alert wins)",
        """
CREATE TABLE review_decisions (
    seq           INTEGER PRIMARY KEY,
    alert_id      TEXT NOT NULL REFERENCES alerts(alert_id),
    report_ids    TEXT NOT NULL DEFAULT '',
    patient_id    TEXT NOT NULL,
    decision      TEXT NOT NULL,
    decision_note TEXT NOT NULL DEFAULT '',
    levels        TEXT NOT NULL DEFAULT '',
    reviewer      TEXT NOT NULL DEFAULT '',
    imported_at   TEXT NOT NULL,
    source_file   TEXT NOT NULL,
    source_sha256 TEXT NOT NULL,
    row_number    INTEGER NOT NULL
);
CREATE INDEX review_decisions_alert ON review_decisions(alert_id, seq);
CREATE INDEX review_decisions_patient ON review_decisions(patient_id, seq);
""",
    )
)
MIGRATIONS.append(
    (
        6,
        "known_patients: patients already under the FLS at go-live (known import)",
        """
CREATE TABLE known_patients (
    seq           INTEGER PRIMARY KEY,
    patient_id    TEXT NOT NULL DEFAULT '',
    nhs_number    TEXT NOT NULL DEFAULT '',
    known_since   TEXT NOT NULL DEFAULT '',
    levels        TEXT NOT NULL DEFAULT '',
    imported_at   TEXT NOT NULL,
    source_file   TEXT NOT NULL,
    source_sha256 TEXT NOT NULL,
    row_number    INTEGER NOT NULL,
    UNIQUE (patient_id, nhs_number, known_since, levels)
);
CREATE INDEX known_patients_patient ON known_patients(patient_id);
CREATE INDEX known_patients_nhs ON known_patients(nhs_number);
""",
    )
)
SCHEMA_VERSION = MIGRATIONS[-1][0]


def referrer_content_key(row: dict) -> str:
    """What makes a referrer alert the same alert again: its row, as sent (SHA-256 of the sorted JSON)."""
    import hashlib

    return hashlib.sha256(json.dumps(row, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


_BOOTSTRAP = """CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
)"""


def state_location(value: str | Path | PgLocation | None, out_dir: Path | None = None) -> Path | PgLocation | None:
    """``--state`` as given: a PostgreSQL URL (scratch files go to ``out_dir``), else a path (None stays None)."""
    if value is None or isinstance(value, PgLocation):
        return value
    if is_pg_url(str(value)):
        return PgLocation(str(value), out_dir)
    return Path(value)


def scratch_path(state: Path | PgLocation) -> Path:
    """The path a run's scratch stage is named after: the SQLite file itself, or OUT/vfx_state.postgresql."""
    return state.scratch if isinstance(state, PgLocation) else Path(state)


def run_lock(state: Path | PgLocation) -> RunLock | PgRunLock:
    """The run lock of a store: ``flock`` beside an SQLite file, an advisory lock in PostgreSQL."""
    return PgRunLock(state) if isinstance(state, PgLocation) else RunLock(state)


def now_iso() -> str:
    """The current local time, ISO 8601 to the second."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


#: SQLite result codes of a store that could not be written or read (the disk, not the file's content)
_IO_ERRORS = ("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_READONLY")


def is_io_error(err: BaseException) -> bool:
    """True for an SQLite error from the disk (full, I/O error, cannot open, read-only), not a corrupt file."""
    name = getattr(err, "sqlite_errorname", "") or ""
    return name.startswith(_IO_ERRORS)


def store_error(path: Path, err: Exception, *, after: str = "") -> StateError:
    """The one-line error for an SQLite error on the store: a disk problem, or a corrupt file.

    A full disk or an I/O error must never be called corruption: "move it aside to start a new
    store" would alert every patient again.
    """
    after = f"; {after}" if after else ""
    if is_io_error(err):
        return StateError(
            f"cannot write or read the state store {path} ({err}){after}; the store is not damaged: "
            "check the disk's free space and the folder's permissions, then run again"
        )
    return StateError(
        f"state store {path} is unreadable or corrupt ({err}){after}; restore it from a backup "
        "(see docs/OPERATIONS.md), or move it aside to start a new store (every patient would be alerted again)"
    )


class RunLock:
    """An exclusive ``flock`` on ``STATE.lock``: one run per state store at a time."""

    def __init__(self, state_path: Path) -> None:
        self.state_path = Path(state_path)
        self.path = Path(str(state_path) + ".lock")
        self.fd: int | None = None

    def acquire(self, timeout: float = 0.0) -> None:
        """Take the run lock, waiting up to ``timeout`` seconds; StateError naming the holder if it stays taken."""
        try:
            # never follow a symlink (its target would be truncated); never inherited by an exec'd child
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
        except OSError as err:
            if err.errno == errno.ELOOP:
                raise StateError(
                    f"the lock file {self.path} is a symbolic link; remove it (vfx-finder creates its own)"
                ) from None
            raise
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise StateError(f"the lock file {self.path} is not a regular file; remove it (vfx-finder creates its own)")
        deadline = time.monotonic() + max(0.0, float(timeout))
        announced = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = self._holder(fd)
                    os.close(fd)
                    raise StateError(
                        f"another vfx-finder run is using the state store {self.state_path}"
                        f"{' (' + holder + ')' if holder else ''}; wait for it to finish, "
                        f"or give --lock-timeout SECONDS to wait longer (waited {timeout:g}s)"
                    ) from None
                if not announced:
                    log.info("waiting up to %gs for another run to release %s", timeout, self.path)
                    announced = True
                time.sleep(0.1)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} on {socket.gethostname()} since {now_iso()}\n".encode(), 0)
        self.fd = fd

    @staticmethod
    def _holder(fd: int) -> str:
        try:
            return os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
        except OSError:
            return ""

    def release(self) -> None:
        """Release the run lock."""
        if self.fd is not None:
            try:
                fcntl.flock(self.fd, fcntl.LOCK_UN)
            finally:
                os.close(self.fd)
                self.fd = None


SQLITE_MAGIC = b"SQLite format 3\x00"


def refuse_unusable(path: Path) -> bool:
    """Refuse (StateError) an existing ``path`` that is empty or not an SQLite file; True when it is missing.

    Checked before anything touches the file (its mode included): a 0-byte file is a failed copy or
    restore, not a new store, and taking it as new would alert every patient again.
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return True
    if not stat.S_ISREG(st.st_mode):
        raise UsageError(f"--state {path} is not a regular file; give the path of the SQLite state store")
    if st.st_size == 0:
        raise StateError(
            f"state store {path} is empty (0 bytes: a failed copy or restore?); restore it from a backup, "
            "or delete it to start a new store (every patient would be alerted again)"
        )
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as err:
        raise StateError(f"cannot read the state store {path} ({err.strerror}); check its permissions") from None
    if head != SQLITE_MAGIC:
        raise StateError(
            f"state store {path} is not an SQLite file (corrupt, or not a vfx-finder state store); "
            "restore it from a backup, or give the right --state path"
        )
    return False


def _refuse_foreign(path: Path) -> None:
    """Refuse an SQLite file that has tables but is not a vfx-finder store (opened read-only to look)."""
    uri = "file:" + urllib.parse.quote(str(Path(path).resolve())) + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=5)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.OperationalError as err:
        if "locked" in str(err):
            return  # busy: the full open below waits for it and says so
        raise store_error(path, err) from None
    except sqlite3.DatabaseError as err:
        raise store_error(path, err) from None
    if tables and "schema_migrations" not in tables:
        raise StateError(f"{path} is an SQLite file but not a vfx-finder state store; give another --state path")


def _secure_file(path: Path) -> None:
    """Create ``path`` owner-only if missing; tighten an existing file that others could read."""
    if not path.exists():
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        os.close(fd)
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        try:
            os.chmod(path, 0o600)
            log.warning("state store %s was readable by others (mode %o); changed it to 0600", path, mode)
        except OSError as err:
            raise StateError(
                f"state store {path} is readable by others (mode {mode:o}) and cannot be changed ({err.strerror}); "
                f"run chmod 600 {path}"
            ) from None


class StateStore:
    """A connection to the state store. ``open(..., readonly=True)`` for the operator commands."""

    def __init__(self, path: Path | PgLocation, conn: sqlite3.Connection | PgConn, *, readonly: bool) -> None:
        self.pg = isinstance(conn, PgConn)
        self.path = path if self.pg else Path(path)
        self.conn = conn
        self.readonly = readonly

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(
        cls,
        path: Path,
        *,
        readonly: bool = False,
        busy_timeout: float = 30.0,
        migrate: bool = True,
        create: bool = True,
    ) -> StateStore:
        """Open (or, with ``create``, make) the store; refuse an empty or foreign file with one line."""
        if isinstance(path, PgLocation) or is_pg_url(path):
            return cls._open_pg(state_location(path), readonly=readonly, migrate=migrate, create=create)
        path = Path(path)
        if readonly:
            if not path.is_file():
                raise UsageError(
                    f"state store not found: {path}; give --state PATH of the store the nightly run uses (or set VFX_STATE)"
                )
            refuse_unusable(path)
            uri = "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro"
            try:
                conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=busy_timeout)
            except sqlite3.Error as err:
                raise store_error(path, err) from None
        else:
            if path.is_dir():
                raise UsageError(
                    f"--state {path} is a folder; give the path of the SQLite file, e.g. {path / STATE_FILENAME}"
                )
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            missing = refuse_unusable(path)
            if not missing:
                _refuse_foreign(path)  # before anything (its mode included) is changed
            if missing:
                if not create:
                    raise StateError(
                        f"state store {path} does not exist; give the path of the existing store, "
                        "or allow a new one (--new-state) if this is the first run"
                    )
                log.warning(
                    "notice: creating a NEW state store %s: no patient has been alerted before as far as it knows",
                    path,
                )
            _secure_file(path)
            for side in ("-wal", "-shm"):
                p = Path(str(path) + side)
                if p.exists():
                    _secure_file(p)
            try:
                conn = sqlite3.connect(str(path), isolation_level=None, timeout=busy_timeout)
            except sqlite3.Error as err:
                raise StateError(
                    f"cannot open the state store {path} ({err}); check its path and permissions"
                ) from None
        conn.row_factory = sqlite3.Row
        store = cls(path, conn, readonly=readonly)
        try:
            if readonly:
                conn.execute("PRAGMA query_only = ON")
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            else:
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    log.warning("state store %s: journal mode %s (WAL not available on this file system)", path, mode)
                conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            store._check_ours()
            if not readonly and migrate:
                store.migrate()
        except sqlite3.DatabaseError as err:
            conn.close()
            if isinstance(err, sqlite3.OperationalError) and "locked" in str(err):
                raise StateError(
                    f"state store {path} is busy (locked by another process for more than {busy_timeout:g}s); try again later"
                ) from None
            raise store_error(path, err) from None
        except BaseException:
            conn.close()
            raise
        return store

    @classmethod
    def _open_pg(cls, loc: PgLocation, *, readonly: bool, migrate: bool, create: bool) -> StateStore:
        """Open a PostgreSQL store (the same checks as for a file: foreign, missing, newer schema)."""
        conn = PgConn(loc, pg_connect(loc, readonly=readonly))
        store = cls(loc, conn, readonly=readonly)
        try:
            store._check_ours()
            if store.schema_version() == 0:
                if readonly:
                    raise UsageError(
                        f"state store not found: {loc} has no vfx-finder tables; give --state URL of the store "
                        "the nightly run uses (or set VFX_STATE)"
                    )
                if not create:
                    raise StateError(
                        f"state store {loc} has no vfx-finder tables yet; give the URL of the existing store, "
                        "or allow a new one (--new-state) if this is the first run"
                    )
                log.warning(
                    "notice: creating a NEW state store in %s: no patient has been alerted before as far as it knows",
                    loc,
                )
            if not readonly and migrate:
                store.migrate()
        except BaseException:
            conn.close()
            raise
        return store

    def close(self) -> None:
        """Close the connection to the store."""
        try:
            self.conn.close()
        except sqlite3.Error:
            pass

    def _tables(self) -> set[str]:
        if self.pg:
            return {
                r[0]
                for r in self.conn.execute(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                )
            }
        return {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}

    def _check_ours(self) -> None:
        tables = self._tables()
        if tables and "schema_migrations" not in tables and self.pg:
            raise StateError(
                f"{self.path} is a PostgreSQL database but not a vfx-finder state store (it has other tables); "
                "give the URL of an empty database of its own"
            )
        if tables and "schema_migrations" not in tables:
            raise StateError(
                f"{self.path} is an SQLite file but not a vfx-finder state store; give another --state path"
            )

    # ------------------------------------------------------------------ schema
    def schema_version(self) -> int:
        """The store's applied schema version (0 for a new store)."""
        if "schema_migrations" not in self._tables():
            return 0
        v = self.conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()[0]
        return int(v or 0)

    def migrate(self) -> list[int]:
        """Apply the migrations not yet recorded in ``schema_migrations``, each in its own transaction."""
        if self.pg:
            return self._migrate_pg()
        self.conn.execute(_BOOTSTRAP)
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise StateError(
                f"state store {self.path} has schema version {current}, newer than this vfx-finder "
                f"(knows {SCHEMA_VERSION}); upgrade vfx-finder"
            )
        applied = []
        for version, name, sql in MIGRATIONS:
            if version <= current:
                continue
            script = (
                f"BEGIN IMMEDIATE;\n{sql}\n"
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES "
                f"({int(version)}, '{name.replace(chr(39), chr(39) * 2)}', '{now_iso()}');\n"
                f"PRAGMA user_version = {int(version)};\nCOMMIT;"
            )
            try:
                self.conn.executescript(script)
            except sqlite3.Error:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            log.info("state store %s: applied migration %d (%s)", self.path, version, name)
            applied.append(version)
        return applied

    def _migrate_pg(self) -> list[int]:
        """PostgreSQL: the same migrations, each in one transaction under the write lock (DDL is transactional)."""
        applied = []
        with self.transaction() as c:
            for stmt in translate_ddl(_BOOTSTRAP):
                c.execute(stmt)
        for version, name, sql in MIGRATIONS:
            with self.transaction() as c:
                current = self.schema_version()  # again under the lock: another process may have migrated
                if current > SCHEMA_VERSION:
                    raise StateError(
                        f"state store {self.path} has schema version {current}, newer than this vfx-finder "
                        f"(knows {SCHEMA_VERSION}); upgrade vfx-finder"
                    )
                if version <= current:
                    continue
                for stmt in translate_ddl(sql):
                    c.execute(stmt)
                c.execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    (int(version), name, now_iso()),
                )
            log.info("state store %s: applied migration %d (%s)", self.path, version, name)
            applied.append(version)
        return applied

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT (ROLLBACK on any exception)."""
        if self.pg:
            self.conn.begin_write()
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.rollback_quietly()
                raise
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    # ------------------------------------------------------------------ runs
    def begin_run(self, run_id: str, *, out_dir: Path, run_date: str, options: dict, inputs: list[str]) -> None:
        """Record a run as running, with its options and inputs."""
        with self.transaction() as c:
            c.execute(
                "INSERT INTO runs (run_id, status, started_at, run_date, out_dir, pid, host, options, inputs) "
                "VALUES (?, 'running', ?, ?, ?, ?, ?, ?, ?)",
                (
                    run_id,
                    now_iso(),
                    run_date,
                    str(out_dir),
                    os.getpid(),
                    socket.gethostname(),
                    json.dumps(options, sort_keys=True),
                    json.dumps(inputs),
                ),
            )

    def set_run_status(self, run_id: str, status: str, *, note: str | None = None, finished: bool = True) -> None:
        """Set a run's status (and note), marking it finished unless told not to."""
        with self.transaction() as c:
            c.execute(
                "UPDATE runs SET status = ?, note = COALESCE(?, note), "
                "finished_at = CASE WHEN ? = 1 THEN ? ELSE finished_at END WHERE run_id = ?",
                (status, note, 1 if finished else 0, now_iso(), run_id),
            )

    def runs_with_status(self, *statuses: str) -> list[sqlite3.Row]:
        """The runs with any of these statuses, oldest first."""
        marks = ",".join("?" for _ in statuses)
        return list(
            self.conn.execute(f"SELECT * FROM runs WHERE status IN ({marks}) ORDER BY started_at, run_id", statuses)
        )

    def mark_carried(self, run_id: str) -> None:
        """A recovered run whose files stay where they are (another out folder): published, nothing to carry."""
        self.set_run_status(run_id, "published", finished=False)

    def commit_run(
        self,
        run_id: str,
        *,
        run_date: str,
        new_alerts: Iterable[tuple[int, dict]],
        listed: Iterable[tuple[str, bool]],
        positives: Iterable[dict],
        carried_from: Sequence[str],
        manifest: list[dict],
        counts: dict,
        worklist_rows: int,
        referrer_rows: Iterable[dict] = (),
        superseded: Iterable[tuple[str, str]] = (),
        withdrawn_findings: Iterable[dict] = (),
        audit_rows: Iterable[dict] = (),
    ) -> None:
        """The commit point, ONE transaction: the run's new alerts, what its worklist lists, the reports'
        findings, the runs it carried forward, and the run itself as ``committed`` with its manifest."""
        with self.transaction() as c:
            if self.pg:
                check_run_lock(self.path, c)
            c.executemany(
                "INSERT INTO alerts (seq, alert_id, run_id, patient_id, nhs_number, report_id, report_ids, exam_date, "
                "levels, new_levels, finding, severity, priority, reason, alerted_on, row_json) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (
                        alert_seq,
                        row["alert_id"],
                        run_id,
                        row["patient_id"],
                        row.get("nhs_number", ""),
                        row.get("report_id", ""),
                        row.get("report_ids", ""),
                        row.get("exam_date", ""),
                        row.get("levels", ""),
                        row.get("new_levels", ""),
                        row["finding"],
                        row.get("severity", ""),
                        int(row["priority"]),
                        row["reason"],
                        run_date,
                        json.dumps(row, ensure_ascii=False),
                    )
                    for alert_seq, row in new_alerts
                ),
            )
            c.executemany(
                "INSERT OR IGNORE INTO run_alerts (run_id, alert_id, carried) VALUES (?, ?, ?)",
                ((run_id, alert_id, int(carried)) for alert_id, carried in listed),
            )
            c.executemany(
                "INSERT INTO findings (patient_id, report_id, exam_date, levels, finding, severity, acuity, "
                "first_seen_run, last_seen_run, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (patient_id, report_id) DO UPDATE SET exam_date = excluded.exam_date, "
                "levels = excluded.levels, finding = excluded.finding, severity = excluded.severity, "
                "acuity = excluded.acuity, last_seen_run = excluded.last_seen_run, content = excluded.content",
                (
                    (
                        r["patient_id"],
                        r["report_id"],
                        r.get("exam_date", ""),
                        r.get("levels", ""),
                        r["finding"],
                        r.get("severity", ""),
                        r.get("acuity", ""),
                        run_id,
                        run_id,
                        r.get("_content", ""),
                    )
                    for r in positives
                ),
            )
            c.executemany(
                "UPDATE alerts SET superseded_by = ? WHERE alert_id = ? AND superseded_by = ''",
                ((by, alert_id) for alert_id, by in superseded),
            )
            c.executemany(
                "DELETE FROM findings WHERE patient_id = ? AND report_id = ?",
                ((r["patient_id"], r["report_id"]) for r in withdrawn_findings),
            )
            c.executemany(
                "INSERT OR IGNORE INTO referrer_alerts (report_id, content, run_id, seq, row_json) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    (r["report_id"], referrer_content_key(r), run_id, i, json.dumps(r, ensure_ascii=False))
                    for i, r in enumerate(referrer_rows)
                ),
            )
            record_audit_rows(c, audit_rows)
            for carried_run in carried_from:
                c.execute(
                    "UPDATE runs SET status = 'published', carried_into = ? WHERE run_id = ? AND status = 'recovered'",
                    (run_id, carried_run),
                )
            cur = c.execute(
                "UPDATE runs SET status = 'committed', manifest = ?, counts = ?, worklist_rows = ?, finished_at = ? "
                "WHERE run_id = ? AND status = 'running'",
                (json.dumps(manifest), json.dumps(counts), worklist_rows, now_iso(), run_id),
            )
            if cur.rowcount != 1:
                raise StateError(f"run {run_id} is no longer recorded as running in {self.path}; nothing was published")

    def referrer_sent(self, row: dict) -> bool:
        """True when this exact referrer alert (same report, same content) was recorded by an earlier run."""
        return (
            self.conn.execute(
                "SELECT 1 FROM referrer_alerts WHERE report_id = ? AND content = ?",
                (row.get("report_id", ""), referrer_content_key(row)),
            ).fetchone()
            is not None
        )

    def run_referrer_rows(self, run_id: str) -> Iterator[dict]:
        """The referrer alerts a run recorded, in the order its referrer_alerts.csv listed them."""
        for (row_json,) in self.conn.execute(
            "SELECT row_json FROM referrer_alerts WHERE run_id = ? ORDER BY seq", (run_id,)
        ):
            yield json.loads(row_json)

    def patient_ids_for(self, key: str) -> list[str]:
        """Patient ids whose alerts carry ``key`` as patient id or NHS number (spaces ignored)."""
        nhs = key.replace(" ", "")
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT patient_id FROM alerts WHERE patient_id = ? OR (? != '' AND "
                "REPLACE(nhs_number, ' ', '') = ?) UNION SELECT DISTINCT patient_id FROM findings WHERE patient_id = ? "
                "ORDER BY 1",
                (key, nhs, nhs, key),
            )
        ]

    def runs_published_into(self, out_dir: Path) -> list[str]:
        """Run ids whose files were published (or recovered) into ``out_dir``, latest first."""
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT run_id FROM runs WHERE out_dir = ? AND status IN ('published', 'recovered', 'committed') "
                "ORDER BY started_at DESC, run_id DESC",
                (str(out_dir),),
            )
        ]

    def run_row(self, run_id: str) -> sqlite3.Row | None:
        """The runs row of one run, or None."""
        return self.conn.execute("SELECT * FROM runs WHERE run_id = ?", (run_id,)).fetchone()

    def next_alert_seq(self) -> int:
        """The sequence number the next new alert gets."""
        return int(self.conn.execute("SELECT COALESCE(MAX(seq), 0) FROM alerts").fetchone()[0]) + 1

    def run_alert_rows(self, run_id: str) -> Iterator[dict]:
        """The worklist rows a run listed (new and carried), in worklist order."""
        first_exam = (
            "(a.row_json::jsonb ->> 'first_exam_date') COLLATE \"C\""
            if self.pg
            else "json_extract(a.row_json, '$.first_exam_date')"
        )
        cur = self.conn.execute(
            "SELECT a.row_json FROM run_alerts ra JOIN alerts a ON a.alert_id = ra.alert_id WHERE ra.run_id = ? "
            f"ORDER BY a.priority, COALESCE(NULLIF(COALESCE({first_exam}, "
            "a.exam_date), ''), '9999'), a.patient_id, a.seq",
            (run_id,),
        )
        for (row_json,) in cur:
            yield json.loads(row_json)

    # ------------------------------------------------------------------ history of one patient
    def prior_alerts(self, patient_id: str) -> list[sqlite3.Row]:
        """The patient's alerts that still stand (a superseded alert no longer counts), in alert order."""
        return list(
            self.conn.execute(
                "SELECT alert_id, alerted_on, levels, new_levels, run_id, report_ids FROM alerts "
                "WHERE patient_id = ? AND superseded_by = '' ORDER BY seq",
                (patient_id,),
            )
        )

    def recorded_content(self, patient_id: str, report_id: str) -> str | None:
        """The content key recorded for a positive report (None: never recorded; '' recorded before migration 3)."""
        row = self.conn.execute(
            "SELECT content FROM findings WHERE patient_id = ? AND report_id = ?", (patient_id, report_id)
        ).fetchone()
        return None if row is None else row[0]

    def prior_findings(self, patient_id: str) -> list[sqlite3.Row]:
        """The positive findings recorded for a patient by earlier runs."""
        return list(
            self.conn.execute(
                "SELECT report_id, exam_date, levels, finding, first_seen_run FROM findings WHERE patient_id = ? "
                "ORDER BY CASE WHEN exam_date = '' THEN '9999' ELSE exam_date END, report_id",
                (patient_id,),
            )
        )

    # ------------------------------------------------------------------ coordinator reviews, known patients
    def alerts_by_id(self, alert_ids: Iterable[str]) -> dict[str, sqlite3.Row]:
        """alert_id -> (alert_id, patient_id, report_ids, levels, alerted_on) for the ids that exist."""
        out: dict[str, sqlite3.Row] = {}
        for alert_id in set(alert_ids):
            row = self.conn.execute(
                "SELECT alert_id, patient_id, report_ids, levels, alerted_on FROM alerts WHERE alert_id = ?",
                (alert_id,),
            ).fetchone()
            if row is not None:
                out[alert_id] = row
        return out

    def import_decisions(self, rows: Sequence[dict], *, reviewer: str, source_file: str, source_sha256: str) -> int:
        """Record decisions in ONE transaction; a decision equal to the alert's latest is skipped. Returns how many
        were recorded (each row: alert_id, patient_id, report_ids, decision, decision_note, levels, row_number)."""
        added = 0
        with self.transaction() as c:
            for r in rows:
                latest = c.execute(
                    "SELECT decision, decision_note FROM review_decisions WHERE alert_id = ? ORDER BY seq DESC LIMIT 1",
                    (r["alert_id"],),
                ).fetchone()
                if latest is not None and (latest[0], latest[1]) == (r["decision"], r["decision_note"]):
                    continue
                c.execute(
                    "INSERT INTO review_decisions (alert_id, report_ids, patient_id, decision, decision_note, levels, "
                    "reviewer, imported_at, source_file, source_sha256, row_number) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        r["alert_id"],
                        r["report_ids"],
                        r["patient_id"],
                        r["decision"],
                        r["decision_note"],
                        r.get("levels", ""),
                        reviewer,
                        now_iso(),
                        source_file,
                        source_sha256,
                        int(r["row_number"]),
                    ),
                )
                added += 1
        return added

    def decisions_for(self, patient_id: str) -> dict[str, sqlite3.Row]:
        """alert_id -> the latest decision on each of the patient's alerts."""
        out: dict[str, sqlite3.Row] = {}
        for row in self.conn.execute(
            "SELECT alert_id, report_ids, decision, decision_note, levels, reviewer, imported_at FROM review_decisions "
            "WHERE patient_id = ? ORDER BY seq",
            (patient_id,),
        ):
            out[row["alert_id"]] = row  # later rows win
        return out

    def latest_decisions(self, since: str = "") -> list[sqlite3.Row]:
        """The latest decision per alert, for alerts raised on or after ``since`` (YYYY-MM-DD; '' = all)."""
        return list(
            self.conn.execute(
                "SELECT d.alert_id, d.patient_id, d.decision, a.alerted_on, a.finding FROM review_decisions d "
                "JOIN alerts a ON a.alert_id = d.alert_id WHERE d.seq = (SELECT MAX(seq) FROM review_decisions x "
                "WHERE x.alert_id = d.alert_id) AND a.alerted_on >= ? ORDER BY a.seq",
                (since,),
            )
        )

    def import_known(self, rows: Sequence[dict], *, source_file: str, source_sha256: str) -> int:
        """Record known patients in ONE transaction (an identical row again is ignored); return how many are new."""
        added = 0
        with self.transaction() as c:
            for r in rows:
                cur = c.execute(
                    "INSERT OR IGNORE INTO known_patients (patient_id, nhs_number, known_since, levels, imported_at, "
                    "source_file, source_sha256, row_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        r.get("patient_id", ""),
                        r.get("nhs_number", ""),
                        r.get("known_since", ""),
                        r.get("levels", ""),
                        now_iso(),
                        source_file,
                        source_sha256,
                        int(r["row_number"]),
                    ),
                )
                added += cur.rowcount
        return added

    def known_for(self, patient_id: str, nhs_number: str = "") -> list[sqlite3.Row]:
        """The known-patient rows matching a patient id or NHS number (spaces ignored)."""
        nhs = (nhs_number or "").replace(" ", "")
        return list(
            self.conn.execute(
                "SELECT patient_id, nhs_number, known_since, levels, imported_at FROM known_patients "
                "WHERE (patient_id != '' AND patient_id = ?) OR (? != '' AND nhs_number = ?) ORDER BY seq",
                (patient_id, nhs, nhs),
            )
        )

    def alert_nights(self, limit: int = 30) -> list[tuple[str, int]]:
        """(run date, alerts raised) of the last ``limit`` nights with alerts, oldest first."""
        rows = self.conn.execute(
            "SELECT alerted_on, COUNT(*) FROM alerts GROUP BY alerted_on ORDER BY alerted_on DESC LIMIT ?", (limit,)
        ).fetchall()
        return [(r[0], int(r[1])) for r in reversed(rows)]

    def patient_timeline(self, patient_id: str) -> list[dict]:
        """The patient's earlier alerts with the latest decision on each (for worklist.html)."""
        return [
            {k: ("" if r[k] is None else r[k]) for k in r.keys()}
            for r in self.conn.execute(
                "SELECT a.alert_id, a.alerted_on, a.levels, a.reason, d.decision, d.decision_note, d.reviewer "
                "FROM alerts a LEFT JOIN review_decisions d ON d.seq = (SELECT MAX(seq) FROM review_decisions x "
                "WHERE x.alert_id = a.alert_id) WHERE a.patient_id = ? ORDER BY a.seq",
                (patient_id,),
            )
        ]

    # ------------------------------------------------------------------ operators
    def history(self, patient_id: str) -> dict:
        """A patient's alerts, findings and review decisions, oldest first."""
        alerts = [
            dict(r)
            for r in self.conn.execute(
                "SELECT a.alert_id, a.alerted_on, a.run_id, a.priority, a.finding, a.levels, a.new_levels, a.report_id, "
                "a.report_ids, a.exam_date, a.reason, a.superseded_by, r.status AS run_status, r.out_dir "
                "FROM alerts a JOIN runs r ON r.run_id = a.run_id WHERE a.patient_id = ? ORDER BY a.seq",
                (patient_id,),
            )
        ]
        for a in alerts:
            a["listed_in"] = [
                dict(r)
                for r in self.conn.execute(
                    "SELECT ra.run_id, ra.carried, r.out_dir, r.status FROM run_alerts ra JOIN runs r ON r.run_id = ra.run_id "
                    "WHERE ra.alert_id = ? ORDER BY r.started_at",
                    (a["alert_id"],),
                )
            ]
        findings = [
            dict(r)
            for r in self.conn.execute(
                "SELECT f.report_id, f.exam_date, f.finding, f.levels, f.severity, f.acuity, f.first_seen_run, "
                "r.run_date AS first_seen_on FROM findings f JOIN runs r ON r.run_id = f.first_seen_run "
                "WHERE f.patient_id = ? ORDER BY CASE WHEN f.exam_date = '' THEN '9999' ELSE f.exam_date END, f.report_id",
                (patient_id,),
            )
        ]
        decisions = []
        if "review_decisions" in self._tables():
            decisions = [
                dict(r)
                for r in self.conn.execute(
                    "SELECT alert_id, decision, decision_note, levels, reviewer, imported_at, source_file, row_number "
                    "FROM review_decisions WHERE patient_id = ? ORDER BY seq",
                    (patient_id,),
                )
            ]
        return {"patient_id": patient_id, "alerts": alerts, "findings": findings, "decisions": decisions}

    def check(self) -> dict:
        """integrity_check, foreign_key_check, schema version and counts; ``ok`` is False when the store is damaged."""
        try:
            return self._check_pg() if self.pg else self._check()
        except sqlite3.DatabaseError as err:
            raise store_error(self.path, err) from None

    def _check_pg(self) -> dict:
        """PostgreSQL: the server keeps pages and foreign keys consistent; schema, counts and runs as for a file."""
        return self._check(integrity=["ok"], fk=[], journal="postgresql", mode_text="-")

    def _check(
        self, integrity: list | None = None, fk: list | None = None, journal: str = "", mode_text: str = ""
    ) -> dict:
        c = self.conn
        problems: list[str] = []
        if integrity is None:
            integrity = [r[0] for r in c.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems.extend(f"integrity: {x}" for x in integrity[:20])
        if fk is None:
            fk = list(c.execute("PRAGMA foreign_key_check"))
        if fk:
            problems.append(f"{len(fk)} row(s) break a foreign key (first: table {fk[0][0]}, rowid {fk[0][1]})")
        version = self.schema_version()
        migrations = (
            [dict(r) for r in c.execute("SELECT version, name, applied_at FROM schema_migrations ORDER BY version")]
            if version
            else []
        )
        if version > SCHEMA_VERSION:
            problems.append(
                f"schema version {version} is newer than this vfx-finder ({SCHEMA_VERSION}); upgrade vfx-finder"
            )
        counts: dict = {}
        unfinished: list[dict] = []
        if version:
            counts = {
                "runs": dict(c.execute("SELECT status, COUNT(*) FROM runs GROUP BY status").fetchall()),
                "alerts": c.execute("SELECT COUNT(*) FROM alerts").fetchone()[0],
                "alerted_patients": c.execute("SELECT COUNT(DISTINCT patient_id) FROM alerts").fetchone()[0],
                "findings": c.execute("SELECT COUNT(*) FROM findings").fetchone()[0],
                "patients_with_findings": c.execute("SELECT COUNT(DISTINCT patient_id) FROM findings").fetchone()[0],
            }
            dup = c.execute(
                "SELECT COUNT(*) FROM (SELECT alert_id FROM run_alerts WHERE carried = 0 GROUP BY alert_id HAVING COUNT(*) > 1) AS dup"
            ).fetchone()[0]
            if dup:
                problems.append(f"{dup} alert(s) listed as new by more than one run")
            unfinished = [
                {"run_id": r["run_id"], "status": r["status"], "started_at": r["started_at"], "out_dir": r["out_dir"]}
                for r in c.execute(
                    "SELECT * FROM runs WHERE status IN ('running', 'committed', 'recovered') ORDER BY started_at"
                )
            ]
            last = c.execute(
                "SELECT run_id, status, started_at, finished_at, out_dir FROM runs ORDER BY started_at DESC, run_id DESC LIMIT 1"
            ).fetchone()
            counts["last_run"] = dict(last) if last else None
        else:
            problems.append("no schema: this store has never been used by a run")
        if not journal:
            journal = c.execute("PRAGMA journal_mode").fetchone()[0]
            mode = stat.S_IMODE(self.path.stat().st_mode)
            if mode & 0o077:
                problems.append(f"file mode {mode:o} lets others read it; run chmod 600 {self.path}")
            mode_text = f"{mode:o}"
        corrupt = integrity != ["ok"] or bool(fk) or version > SCHEMA_VERSION
        return {
            "path": str(self.path),
            "ok": not corrupt,
            "problems": problems,
            "integrity_check": integrity[:20],
            "schema_version": version,
            "schema_expected": SCHEMA_VERSION,
            "migrations": migrations,
            "journal_mode": journal,
            "file_mode": mode_text,
            "counts": counts,
            "unfinished_runs": unfinished,
        }
