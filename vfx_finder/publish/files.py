"""Atomic, owner-only, spreadsheet-safe output files.

Every file is written to a temporary file in the destination folder (mode 0600:
outputs hold patient identifiers) and moved into place with ``os.replace``, so a
reader never sees half a file. Every CSV cell that a spreadsheet could run as a
formula (OWASP CSV injection: a leading = + - @ tab or carriage return) is
prefixed with a single quote.
"""
from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    """Neutralise a cell for Excel: values starting with = + - @ tab or CR get a leading quote."""
    if value is None:
        return ""
    text = str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def ensure_out_dir(path: Path) -> Path:
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


class AtomicFile:
    """A 0600 temporary file in ``final``'s folder; ``commit()`` moves it into place, ``discard()`` removes it."""

    def __init__(self, final: Path, *, newline: str | None = "") -> None:
        self.final = Path(final)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.final.name}.", suffix=".tmp", dir=self.final.parent)
        os.fchmod(fd, 0o600)
        self.tmp = Path(tmp)
        self.fh = io.open(fd, "w", encoding="utf-8", newline=newline)

    def commit(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        os.replace(self.tmp, self.final)

    def discard(self) -> None:
        try:
            self.fh.close()
        finally:
            self.tmp.unlink(missing_ok=True)


class SafeCsvWriter:
    """A streamed CSV with a fixed column order and neutralised cells, written atomically."""

    def __init__(self, final: Path, columns: list[str]) -> None:
        self.columns = list(columns)
        self.file = AtomicFile(final)
        self.writer = csv.writer(self.file.fh)
        self.writer.writerow(self.columns)
        self.rows = 0

    def write(self, row: dict) -> None:
        self.writer.writerow([safe_cell(row.get(c, "")) for c in self.columns])
        self.rows += 1

    def write_all(self, rows: Iterable[dict]) -> None:
        for r in rows:
            self.write(r)

    def commit(self) -> None:
        self.file.commit()

    def discard(self) -> None:
        self.file.discard()


def write_json_atomic(final: Path, data) -> AtomicFile:
    f = AtomicFile(final, newline=None)
    json.dump(data, f.fh, indent=2, sort_keys=False, ensure_ascii=False)
    f.fh.write("\n")
    return f
