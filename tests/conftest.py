"""Shared fixtures. Expensive objects (the NLP pipeline) are built once per session, lazily."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def analyser():
    from vfx_finder.analyser import Analyser

    return Analyser()


@pytest.fixture(scope="session")
def analyser_no_prefilter():
    from vfx_finder.analyser import Analyser

    return Analyser(use_prefilter=False)


@pytest.fixture(scope="session")
def regression_cases() -> list[dict]:
    return json.loads((ROOT / "tests" / "regression" / "cases.json").read_text(encoding="utf-8"))["cases"]


@pytest.fixture
def write_csv(tmp_path):
    """write_csv(rows, name=..., header=...) -> Path of a UTF-8 CSV in tmp_path."""

    def _write(rows: list[dict], *, name: str = "reports.csv", header: list[str] | None = None) -> Path:
        return write_rows(tmp_path / name, rows, header)

    return _write


def write_rows(path: Path, rows: list[dict], header: list[str] | None = None) -> Path:
    """Write ``rows`` as a UTF-8 CSV at ``path`` (header: the first row's keys unless given)."""
    header = header or list(rows[0].keys())
    with Path(path).open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=header)
        w.writeheader()
        w.writerows(rows)
    return Path(path)


@pytest.fixture
def cli():
    from typer.testing import CliRunner

    from vfx_finder.cli import app

    runner = CliRunner()

    def _invoke(*args: str, input: str | None = None):
        return runner.invoke(app, list(args), input=input)

    return _invoke


def read_csv(path: Path) -> list[dict]:
    with Path(path).open(newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture
def load_csv():
    return read_csv


@pytest.fixture(scope="session")
def corpus_texts() -> list[str]:
    """Every report text of the labelled sets and the regression cases (for equivalence tests of fast paths)."""
    texts: list[str] = []
    for path in sorted((ROOT / "data").glob("*/*.csv")):
        with path.open(newline="", encoding="utf-8-sig") as f:
            texts += [row["text"] for row in csv.DictReader(f) if row.get("text")]
    texts += [c["text"] for c in json.loads((ROOT / "tests" / "regression" / "cases.json").read_text("utf-8"))["cases"]]
    texts = list(dict.fromkeys(texts))
    assert len(texts) > 3000, "the labelled sets are missing"
    return texts


# ---------------------------------------------------------------------------------------------- PostgreSQL
# A real PostgreSQL server for the state-store tests, started once per session in a temporary folder
# (initdb / pg_ctl of the Debian postgresql package, which scripts/setup_system.sh installs) and
# stopped at the end even when tests fail. Trust authentication on 127.0.0.1 and a unix socket in the
# folder, except the role ``vfx_pw`` (password ``right-pw``), which must give its password (scram).
# ``pg_url`` is a new, empty database per test.
PG_PASSWORD_ROLE, PG_PASSWORD = "vfx_pw", "right-pw"


def _pg_bindir() -> Path | None:
    import glob
    import shutil

    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3].split(".")[0]), reverse=True
    )
    if found:
        return Path(found[0]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb and shutil.which("pg_ctl") else None


@pytest.fixture(scope="session")
def pg_server():
    """(host, port, socket folder) of a PostgreSQL server of this test session."""
    import os
    import pwd
    import shutil
    import socket
    import subprocess
    import tempfile

    bindir = _pg_bindir()
    if bindir is None:
        pytest.fail(
            "PostgreSQL server programs (initdb, pg_ctl) not found in /usr/lib/postgresql/*/bin or on PATH: "
            "run `make system` (scripts/setup_system.sh installs the Debian package postgresql)",
            pytrace=False,
        )
    base = Path(tempfile.mkdtemp(prefix="vfx-pg-"))  # short: the unix socket's path has a length limit
    data = base / "data"
    prefix: list[str] = []
    owner = None
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root: initdb / pg_ctl as the postgres user
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(base, ignore_errors=True)
            pytest.fail("running as root and there is no 'postgres' user to run the test server", pytrace=False)
        prefix = ["runuser", "-u", "postgres", "--"]
        os.chown(base, owner.pw_uid, owner.pw_gid)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]

    def sh(*cmd: str) -> None:
        r = subprocess.run([*prefix, *cmd], capture_output=True, text=True, timeout=120)
        if r.returncode != 0:
            log = (base / "server.log").read_text(errors="replace") if (base / "server.log").exists() else ""
            pytest.fail(f"{' '.join(cmd[:2])} failed ({r.returncode}): {r.stderr.strip()} {log[-2000:]}", pytrace=False)

    try:  # stopped and removed at the end, also when initdb / start fails half-way
        sh(
            str(bindir / "initdb"),
            "-D",
            str(data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-locale",
            "--no-sync",
        )
        hba = data / "pg_hba.conf"
        hba.write_text(
            "local all all trust\n"
            f"host all {PG_PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n"
            "host all all 127.0.0.1/32 trust\n"
        )
        if owner is not None:
            os.chown(hba, owner.pw_uid, owner.pw_gid)
        opts = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60"
        sh(
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(base / "server.log"),
            "-o",
            opts,
            "-w",
            "-t",
            "60",
            "start",
        )
        import psycopg

        with psycopg.connect(f"postgresql://postgres@127.0.0.1:{port}/postgres", autocommit=True) as c:
            c.execute(f"CREATE ROLE {PG_PASSWORD_ROLE} LOGIN SUPERUSER PASSWORD '{PG_PASSWORD}'")
        yield "127.0.0.1", port, base
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run(
                [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "stop", "-m", "fast", "-w"],
                capture_output=True,
                timeout=120,
            )
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def pg_database(pg_server):
    """make() -> the URL of a new, empty database on the test server (dropped after the test)."""
    import uuid

    import psycopg

    host, port, _ = pg_server
    admin = f"postgresql://postgres@{host}:{port}/postgres"
    made: list[str] = []

    def make() -> str:
        name = f"vfx_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(admin, autocommit=True) as c:
            c.execute(f"CREATE DATABASE {name}")
        made.append(name)
        return f"postgresql://postgres@{host}:{port}/{name}"

    yield make
    with psycopg.connect(admin, autocommit=True) as c:
        for name in made:
            c.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_url(pg_database) -> str:
    """The URL of a new, empty PostgreSQL database for this test."""
    return pg_database()


@pytest.fixture(scope="session")
def pg_password_login() -> tuple[str, str]:
    """(role, password) of the test server's one role that must give its password."""
    return PG_PASSWORD_ROLE, PG_PASSWORD
