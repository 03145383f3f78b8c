"""PostgreSQL for the state store: ``--state postgresql://USER@HOST:PORT/DATABASE`` (psycopg 3).

The state store's SQL (``aggregate/state.py``) is written once, for SQLite; this module runs the
same statements on PostgreSQL with the few dialect differences translated here: ``?`` placeholders
become ``%s``, ``INSERT OR IGNORE`` becomes ``ON CONFLICT DO NOTHING``, ``seq INTEGER PRIMARY KEY``
an identity column, ``WITHOUT ROWID`` is dropped, and every TEXT column is ``COLLATE "C"`` so that
PostgreSQL sorts exactly as SQLite does (byte order), whatever the database's locale.

- ``PgLocation``: the URL; ``str()`` is the URL without its password (every message, log line,
  summary.json and run record shows that form, never the password).
- ``PgConn``: a connection with sqlite3's shape (``execute``, ``executemany``, rows readable by
  index and by column name); any database error becomes one :class:`StateError` line naming the
  store (first line of the server's message; never a parameter value, never report text).
- ``PgRunLock``: the run lock, a session advisory lock held on its own connection for the whole
  run (released by the server if the process dies); ``pg_try_advisory_lock`` polled until
  ``--lock-timeout``. Write transactions take a transaction advisory lock, so that writers queue
  one at a time as SQLite's ``BEGIN IMMEDIATE`` makes them.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import socket
import time
import urllib.parse
from datetime import datetime
from pathlib import Path

from vfx_finder.errors import StateError

log = logging.getLogger("vfx_finder")

PG_SCHEMES = ("postgresql://", "postgres://")
#: advisory lock keys (64-bit): one run at a time; one writing transaction at a time
RUN_LOCK_KEY = 0x7F6B_5846_0001
WRITE_LOCK_KEY = 0x7F6B_5846_0002
CONNECT_TIMEOUT = 10
#: URL -> server process id of the connection holding this process's run lock on that store
_HELD: dict[str, int] = {}
_LOCK_HELD_SQL = (
    "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid = ? AND database = "
    "(SELECT oid FROM pg_database WHERE datname = current_database()) "
    "AND ((classid::bigint << 32) | objid::bigint) = ?"
)


def check_run_lock(loc: PgLocation, conn: PgConn) -> None:
    """Inside the commit transaction: refuse to commit when this process's run lock was lost (its connection
    closed by a network failure or the server), since another run may then be using the store."""
    pid = _HELD.get(loc.url)
    if pid is None:
        return  # no run lock taken by this process (an import, a test of the store itself)
    if not conn.execute(_LOCK_HELD_SQL, (pid, RUN_LOCK_KEY)).fetchone()[0]:
        raise StateError(
            f"the run lock on the state store {loc} was lost (its connection was closed); nothing of this run "
            "was recorded: run again"
        )


def is_pg_url(value: object) -> bool:
    """True for a ``postgresql://`` or ``postgres://`` URL."""
    return isinstance(value, (str, PgLocation)) and str(value).lower().startswith(PG_SCHEMES)


def redact_url(url: str) -> str:
    """The URL with its password replaced by ``***`` (in the user part and in a ``password=`` parameter)."""
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return re.sub(r"//[^@/]*@", "//***@", url)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        if ":" in userinfo:
            userinfo = userinfo.split(":", 1)[0] + ":***"
        netloc = f"{userinfo}@{host}"
    query = re.sub(r"(?i)(^|&)(password)=[^&]*", r"\1\2=***", parts.query)
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def _password(url: str) -> str:
    """The password in the URL ('' when none), only to scrub it from a server message."""
    try:
        parts = urllib.parse.urlsplit(url)
        if parts.password:
            return urllib.parse.unquote(parts.password)
        found = urllib.parse.parse_qs(parts.query).get("password")
        return found[0] if found else ""
    except ValueError:
        return ""


class PgLocation:
    """A PostgreSQL state store. ``str()`` is the URL without its password; ``scratch`` is where the
    run's scratch stage goes (the out folder: there is no folder beside a database)."""

    def __init__(self, url: str, scratch_dir: Path | None = None) -> None:
        url = str(url)
        if url.lower().startswith("postgres://"):
            url = "postgresql://" + url[len("postgres://") :]
        self.url = url
        self.redacted = redact_url(url)
        self.scratch = Path(scratch_dir or ".").absolute() / "vfx_state.postgresql"

    def __str__(self) -> str:
        return self.redacted

    def __repr__(self) -> str:
        return f"PgLocation({self.redacted!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PgLocation) and other.url == self.url

    def __hash__(self) -> int:
        return hash(self.url)

    def scrub(self, text: str) -> str:
        """``text`` with the URL and its password replaced by their redacted forms."""
        text = text.replace(self.url, self.redacted)
        secret = _password(self.url)
        return text.replace(secret, "***") if secret else text


def _first_line(err: BaseException, loc: PgLocation) -> str:
    text = str(err).strip().splitlines()
    line = text[0].strip() if text else type(err).__name__
    line = re.sub(r"^connection failed:\s*", "", line)
    return loc.scrub(line)


def connect_error(loc: PgLocation, err: BaseException) -> StateError:
    """The one-line error for a store that cannot be reached (server down, wrong database, bad password)."""
    return StateError(
        f"cannot connect to the state store {loc} ({_first_line(err, loc)}); check the URL (host, port, database, "
        "user), that the server is running, and the password (~/.pgpass or PGPASSWORD, never in the URL of a cron job)"
    )


def query_error(loc: PgLocation, err: BaseException) -> StateError:
    """The one-line error for a statement the server refused or a connection lost mid-run."""
    import psycopg

    if isinstance(err, psycopg.OperationalError):
        return StateError(
            f"lost the connection to the state store {loc} ({_first_line(err, loc)}); nothing of an unfinished "
            "transaction was recorded: check the server and run again"
        )
    return StateError(f"the state store {loc} refused a statement ({_first_line(err, loc)}); nothing was recorded")


def connect(loc: PgLocation, *, readonly: bool = False, application: str = "vfx-finder"):
    """A psycopg connection in autocommit mode (transactions are explicit BEGIN ... COMMIT)."""
    import psycopg

    try:
        conn = psycopg.connect(
            loc.url,
            autocommit=True,
            connect_timeout=CONNECT_TIMEOUT,
            application_name=application[:63],
            row_factory=_row_factory,
        )
    except psycopg.Error as err:
        raise connect_error(loc, err) from None
    except Exception as err:  # a malformed URL (psycopg.ProgrammingError is a psycopg.Error; this is anything else)
        raise connect_error(loc, err) from None
    try:
        if readonly:
            conn.execute("SET default_transaction_read_only = on")
        conn.execute("SET TIME ZONE 'UTC'")
    except psycopg.Error as err:
        conn.close()
        raise connect_error(loc, err) from None
    return conn


class Row(tuple):
    """A result row readable by index and by column name (as sqlite3.Row); ``dict(row)`` works."""

    _names: dict[str, int]

    def __new__(cls, values, names: dict[str, int]):
        """A row of ``values`` with column ``names`` (name -> index)."""
        row = super().__new__(cls, values)
        row._names = names
        return row

    def __getitem__(self, key):
        if isinstance(key, str):
            return tuple.__getitem__(self, self._names[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        """The column names, in order."""
        return list(self._names)


def _row_factory(cursor):
    desc = cursor.description
    names = {d.name: i for i, d in reversed(list(enumerate(desc)))} if desc else {}

    def make(values):
        return Row(values, names)

    return make


@functools.lru_cache(maxsize=512)
def translate(sql: str, with_params: bool = True) -> str:
    """An SQLite statement as PostgreSQL runs it: ``?`` -> ``%s`` (``%`` -> ``%%``), INSERT OR IGNORE -> ON CONFLICT."""
    ignore = re.match(r"\s*INSERT\s+OR\s+IGNORE\s+INTO\b", sql, flags=re.IGNORECASE)
    if ignore:
        sql = "INSERT INTO" + sql[ignore.end() :] + " ON CONFLICT DO NOTHING"
    if not with_params:
        return sql
    out = []
    for i, part in enumerate(sql.split("'")):
        part = part.replace("%", "%%")
        out.append(part if i % 2 else part.replace("?", "%s"))
    return "'".join(out)


def translate_ddl(sql: str) -> list[str]:
    """A migration's SQLite DDL as PostgreSQL statements (identity ``seq``, no WITHOUT ROWID, TEXT COLLATE "C")."""
    sql = re.sub(r"\)\s*WITHOUT\s+ROWID", ")", sql, flags=re.IGNORECASE)
    sql = re.sub(r"\bseq\s+INTEGER\s+PRIMARY\s+KEY\b", "seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", sql)
    sql = re.sub(r"\bTEXT\b", 'TEXT COLLATE "C"', sql)
    return [s.strip() for s in sql.split(";") if s.strip()]


class PgCursor:
    """A psycopg cursor taking SQLite-style statements."""

    def __init__(self, owner: PgConn) -> None:
        self.owner = owner
        self.cur = owner.raw.cursor()

    def execute(self, sql: str, params=None) -> PgCursor:
        """Run one statement."""
        try:
            self.cur.execute(translate(sql, params is not None), params)
        except Exception as err:
            raise self.owner.error(err) from None
        return self

    def executemany(self, sql: str, seq) -> PgCursor:
        """Run one statement for each parameter tuple (pipelined by psycopg)."""
        try:
            self.cur.executemany(translate(sql, True), seq)
        except Exception as err:
            raise self.owner.error(err) from None
        return self

    @property
    def rowcount(self) -> int:
        """Rows the last statement changed."""
        return self.cur.rowcount

    def fetchone(self):
        """The next row, or None."""
        return self.cur.fetchone()

    def fetchall(self) -> list:
        """Every remaining row."""
        return self.cur.fetchall()

    def __iter__(self):
        return iter(self.cur)


class PgConn:
    """A PostgreSQL connection with sqlite3's shape, for the state store's SQL."""

    def __init__(self, loc: PgLocation, raw) -> None:
        self.loc = loc
        self.raw = raw

    def error(self, err: BaseException) -> BaseException:
        """A psycopg error as one StateError line; anything else unchanged."""
        import psycopg

        return query_error(self.loc, err) if isinstance(err, psycopg.Error) else err

    def cursor(self) -> PgCursor:
        """A new cursor."""
        return PgCursor(self)

    def execute(self, sql: str, params=None) -> PgCursor:
        """Run one statement; returns its cursor."""
        return self.cursor().execute(sql, params)

    def executemany(self, sql: str, seq) -> PgCursor:
        """Run one statement per parameter tuple."""
        return self.cursor().executemany(sql, seq)

    @property
    def in_transaction(self) -> bool:
        """True inside BEGIN ... COMMIT."""
        from psycopg.pq import TransactionStatus

        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def begin_write(self) -> None:
        """BEGIN, then wait for the store's write lock (one writing transaction at a time, as BEGIN IMMEDIATE)."""
        self.execute("BEGIN")
        self.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK_KEY,))

    def rollback_quietly(self) -> None:
        """ROLLBACK when a transaction is open; a dead connection is left as it is."""
        try:
            if not self.raw.closed and self.in_transaction:
                self.raw.execute("ROLLBACK")
        except Exception:
            pass

    def close(self) -> None:
        """Close the connection."""
        try:
            self.raw.close()
        except Exception:
            pass


class PgRunLock:
    """The run lock of a PostgreSQL store: a session advisory lock on its own connection."""

    def __init__(self, loc: PgLocation) -> None:
        self.state_path = loc
        self.path = loc
        self.conn = None
        self.fd: int | None = None

    def acquire(self, timeout: float = 0.0) -> None:
        """Take the run lock, waiting up to ``timeout`` seconds; StateError naming the holder if it stays taken."""
        import psycopg

        since = datetime.now().astimezone().isoformat(timespec="seconds")
        conn = connect(self.state_path, application=f"vfx-finder pid {os.getpid()} on {socket.gethostname()}")
        deadline = time.monotonic() + max(0.0, float(timeout))
        announced = False
        try:
            while True:
                got = conn.execute("SELECT pg_try_advisory_lock(%s)", (RUN_LOCK_KEY,)).fetchone()[0]
                if got:
                    break
                if time.monotonic() >= deadline:
                    holder = self._holder(conn)
                    raise StateError(
                        f"another vfx-finder run is using the state store {self.state_path}"
                        f"{' (' + holder + ')' if holder else ''}; wait for it to finish, "
                        f"or give --lock-timeout SECONDS to wait longer (waited {timeout:g}s)"
                    )
                if not announced:
                    log.info("waiting up to %gs for another run to release %s", timeout, self.state_path)
                    announced = True
                time.sleep(0.25)
        except psycopg.Error as err:
            conn.close()
            raise query_error(self.state_path, err) from None
        except BaseException:
            conn.close()
            raise
        log.debug("run lock on %s taken at %s", self.state_path, since)
        self.conn = conn
        self.fd = conn.fileno()
        _HELD[self.state_path.url] = conn.info.backend_pid

    @staticmethod
    def _holder(conn) -> str:
        """'pid N on HOST since T' of the session holding the lock (from its application_name)."""
        try:
            row = conn.execute(
                "SELECT a.application_name, a.backend_start FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                "WHERE l.locktype = 'advisory' AND l.granted AND l.database = "
                "(SELECT oid FROM pg_database WHERE datname = current_database()) "
                "AND ((l.classid::bigint << 32) | l.objid::bigint) = %s LIMIT 1",
                (RUN_LOCK_KEY,),
            ).fetchone()
        except Exception:
            return ""
        if not row:
            return ""
        name = str(row[0] or "")
        name = name[len("vfx-finder ") :] if name.startswith("vfx-finder ") else name
        started = row[1].astimezone().isoformat(timespec="seconds") if row[1] is not None else ""
        return f"{name} since {started}" if name and started else name

    def release(self) -> None:
        """Release the run lock (closing its connection releases it too)."""
        if self.conn is not None:
            _HELD.pop(self.state_path.url, None)
            try:
                self.conn.execute("SELECT pg_advisory_unlock(%s)", (RUN_LOCK_KEY,))
            except Exception:
                pass
            finally:
                self.conn.close()
                self.conn = None
                self.fd = None
