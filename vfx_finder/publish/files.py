"""Atomic, owner-only, spreadsheet-safe output files.

Every file is written to a temporary file in the destination folder (mode 0600:
outputs hold patient identifiers) and moved into place with ``os.replace``, so a
reader never sees half a file. Every CSV cell that a spreadsheet could run as a
formula (OWASP CSV injection: a leading = + - @ tab or carriage return) is
prefixed with a single quote (also full-width forms, a formula after leading blanks, and
each ';'-separated part); NUL bytes are dropped. CSVs start with a UTF-8 byte order mark so
that Excel reads them as UTF-8.

Temporary files are named ``.NAME.TAG.RANDOM.tmp``; a run passes its run id as
the tag so that the temporary files of a run killed half-way can be found and
removed (or, once the run's alerts are recorded, moved into place) by the next
run. ``finish()`` flushes, fsyncs and closes a file and returns its SHA-256 so
that recovery can tell a file that was already moved from a stale one.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from vfx_finder.errors import UsageError
from vfx_finder.hashing import sha256_file  # noqa: F401  (re-exported)

#: characters that make a spreadsheet read a cell as a formula (ASCII and their full-width forms)
_FORMULA_FIRST = frozenset("=+-@\uff1d\uff0b\uff0d\uff20")
#: a first character that needs a closer look: a formula character, tab, CR, or whitespace before one
_FIRST_NEEDS_WORK = _FORMULA_FIRST | frozenset(" \t\r\n\u3000\xa0")
_FORMULA_CHARS = _FIRST_NEEDS_WORK  # kept for callers of the old name
#: UTF-8 byte order mark: Excel reads a CSV as UTF-8 only when it starts with one
BOM = "\ufeff"


def _neutral_segment(part: str, *, first: bool) -> str:
    stripped = part.lstrip()
    if stripped[:1] in _FORMULA_FIRST or (first and part[:1] in ("\t", "\r")):
        return "'" + part if first else part[: len(part) - len(stripped)] + "'" + stripped
    return part


def safe_cell(value) -> str:
    """Neutralise a cell for Excel (OWASP CSV injection) and drop NUL bytes.

    A cell whose first non-blank character is = + - @ (or full-width \uff1d \uff0b \uff0d \uff20), or
    that starts with a tab or CR, gets a leading quote; so does each ';'-separated part that starts
    with one (Excel in a ';' locale splits cells there).
    """
    if value is None:
        return ""
    text = str(value)
    if "\x00" in text:
        text = text.replace("\x00", "")
    if ";" in text:
        parts = text.split(";")
        return ";".join(_neutral_segment(p, first=(i == 0)) for i, p in enumerate(parts))
    return _neutral_segment(text, first=True)


def ensure_out_dir(path: Path) -> Path:
    """Create the out folder (0700) if missing; one clear line when it cannot be used."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise UsageError(f"--out {path} is a file, not a folder; give a folder for the output files")
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as err:
        raise UsageError(
            f"cannot create the --out folder {path} ({err.strerror}); give a folder you can write"
        ) from None
    if not os.access(path, os.W_OK | os.X_OK):
        raise UsageError(f"cannot write in the --out folder {path} (permission denied); give a folder you can write")
    return path


def fsync_dir(path: Path) -> None:
    """Make renames in ``path`` durable (best effort: not every file system supports it)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class _HashingWriter:
    """A text sink (UTF-8, no newline translation) that hashes what it writes."""

    def __init__(self, fd: int) -> None:
        self._raw = open(fd, "wb", buffering=1 << 16)
        self.sha = hashlib.sha256()

    def write(self, s: str) -> int:
        b = s.encode("utf-8")
        self.sha.update(b)
        self._raw.write(b)
        return len(s)

    def write_bytes(self, b: bytes) -> None:
        """Write (and hash) raw bytes."""
        self.sha.update(b)
        self._raw.write(b)

    def flush(self) -> None:
        self._raw.flush()

    def fileno(self) -> int:
        return self._raw.fileno()

    def close(self) -> None:
        self._raw.close()

    @property
    def closed(self) -> bool:
        return self._raw.closed


class AtomicFile:
    """A 0600 temporary file in ``final``'s folder; ``commit()`` moves it into place, ``discard()`` removes it."""

    def __init__(self, final: Path, *, newline: str | None = "", tag: str | None = None) -> None:
        # ``newline`` is kept for compatibility: text is written as given (no newline translation).
        self.final = Path(final)
        prefix = f".{self.final.name}.{tag}." if tag else f".{self.final.name}."
        fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=self.final.parent)
        os.fchmod(fd, 0o600)
        self.tmp = Path(tmp)
        self.fh = _HashingWriter(fd)
        self.sha256: str | None = None

    def write_bytes(self, data: bytes) -> None:
        """Append bytes (e.g. a workbook) to the temporary file; the SHA-256 covers them."""
        self.fh.write_bytes(data)

    def finish(self) -> str:
        """Flush, fsync and close the temporary file (not yet moved); return its SHA-256."""
        if self.sha256 is None:
            self.fh.flush()
            os.fsync(self.fh.fileno())
            self.fh.close()
            self.sha256 = self.fh.sha.hexdigest()
        return self.sha256

    def manifest_entry(self) -> dict:
        """The file's manifest entry: temporary path, final path and sha256."""
        return {"name": self.final.name, "tmp": str(self.tmp), "final": str(self.final), "sha256": self.finish()}

    def commit(self) -> None:
        """Move the temporary file into place (atomic rename, then fsync of the folder)."""
        self.finish()
        os.replace(self.tmp, self.final)

    def discard(self) -> None:
        """Remove the temporary file."""
        try:
            if not self.fh.closed:
                self.fh.close()
        finally:
            self.tmp.unlink(missing_ok=True)


class SafeCsvWriter:
    """A streamed CSV with a fixed column order and neutralised cells, written atomically."""

    def __init__(self, final: Path, columns: list[str], *, tag: str | None = None) -> None:
        self.columns = list(columns)
        self.file = AtomicFile(final, tag=tag)
        self.file.fh.write(BOM)  # so Excel reads UTF-8 (names such as "O Brien" with accents)
        self.writer = csv.writer(self.file.fh)
        self.writer.writerow([safe_cell(c) for c in self.columns])
        self.rows = 0

    def write(self, row: dict) -> None:
        """Write one row, every cell neutralised for spreadsheets."""
        cells = [row.get(c, "") for c in self.columns]
        for i, v in enumerate(cells):
            if v.__class__ is not str or (v and (v[0] in _FIRST_NEEDS_WORK or ";" in v or "\x00" in v)):
                cells[i] = safe_cell(v)  # the rare cell that needs work: not a string, or a formula
        self.writer.writerow(cells)
        self.rows += 1

    def write_all(self, rows: Iterable[dict]) -> None:
        """Write many rows."""
        for r in rows:
            self.write(r)

    def finish(self) -> str:
        """Flush, fsync and close the temporary file; return its sha256."""
        return self.file.finish()

    def commit(self) -> None:
        """Move the temporary file into place (atomic rename, then fsync of the folder)."""
        self.file.commit()

    def discard(self) -> None:
        """Remove the temporary file."""
        self.file.discard()


def write_json_atomic(final: Path, data, *, tag: str | None = None) -> AtomicFile:
    """Write JSON to a temporary file beside ``final`` (0600) and move it into place unless ``tag`` defers that."""
    f = AtomicFile(final, newline=None, tag=tag)
    json.dump(data, f.fh, indent=2, sort_keys=False, ensure_ascii=False)
    f.fh.write("\n")
    return f
