"""A folder of .txt reports (one report per file) with an optional ``metadata.csv`` sidecar.

* report_id is the file name stem (``RAD-123.txt`` -> ``RAD-123``); files are read in name
  order, sub-folders included (their relative path is kept in the source).
* each file is decoded as UTF-8 (a BOM is dropped) or Windows-1252; a file that is neither,
  or that holds NUL bytes (not a text file), is rejected.
* ``metadata.csv`` in the folder (header row; ``report_id`` plus any canonical columns, names
  mapped with ``--columns``) supplies the other columns for the report with that report_id.
  It is loaded into memory (one small tuple per row). A metadata row whose report has no
  .txt file, and a duplicate metadata row, are rejected so nothing is silently dropped.
* a single .txt file can also be given; a ``metadata.csv`` beside it is used the same way.

Only files ending in ``.txt`` (any case) are reports; other files in the folder are ignored.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from pathlib import Path

from vfx_finder.errors import InputError
from vfx_finder.read.csv_reader import DecodedLines, numbered_rows
from vfx_finder.read.detect import decode_text
from vfx_finder.read.records import CANONICAL_COLUMNS, Record, Rejection, Report

METADATA = "metadata.csv"
META_COLUMNS: tuple[str, ...] = tuple(c for c in CANONICAL_COLUMNS if c not in ("report_id", "text"))


def _txt_files(folder: Path) -> list[str]:
    """Relative paths (with '/') of the .txt files under ``folder``, sorted."""
    found: list[str] = []
    stack = [""]
    while stack:
        rel = stack.pop()
        try:
            entries = list(os.scandir(folder / rel if rel else folder))
        except OSError as err:
            raise InputError(f"cannot list folder {folder / rel}: {err.strerror}; check its permissions") from None
        for entry in entries:
            sub = f"{rel}/{entry.name}" if rel else entry.name
            if entry.is_dir(follow_symlinks=False):
                stack.append(sub)
            elif entry.name.lower().endswith(".txt") and entry.is_file():
                found.append(sub)
    return sorted(found)


class _Metadata:
    """metadata.csv rows keyed by report_id: {report_id: (line, values in META_COLUMNS order, extra)}."""

    def __init__(self, path: Path, columns: dict[str, str]) -> None:
        self.path = path
        self.rows: dict[str, tuple[str, tuple[str, ...], tuple[tuple[str, str], ...]]] = {}
        self.rejections: list[Rejection] = []
        self.used: set[str] = set()
        self._load(columns)

    def _load(self, columns: dict[str, str]) -> None:
        name = f"{self.path.parent.name}/{METADATA}"
        with self.path.open("rb") as fh:
            self._parse(fh, name, columns)

    def _parse(self, fh, name: str, columns: dict[str, str]) -> None:
        lines = DecodedLines(fh)
        reader = csv.reader(lines, strict=True)
        try:
            header = next(reader)
        except StopIteration:
            return  # an empty sidecar: no metadata
        except csv.Error as err:
            raise InputError(f"{name}: cannot read the header row ({err}); is this a CSV file?") from None
        cleaned = [h.strip() for h in header]
        lowered = {h.lower(): i for i, h in enumerate(cleaned)}

        def find(canon: str) -> int | None:
            """The header position of a canonical column (exact name, else case-insensitive)."""
            site = columns.get(canon, canon)
            if site in cleaned:
                return cleaned.index(site)
            return lowered.get(site.lower())

        id_col = find("report_id")
        if id_col is None:
            site = columns.get("report_id", "report_id")
            raise InputError(
                f"{name}: missing required column '{site}' (found: {', '.join(cleaned) or 'no header'}); "
                f"map your column with --columns report_id=YOUR_COLUMN"
            )
        index = [find(c) for c in META_COLUMNS]
        known = {i for i in index if i is not None} | {id_col}
        text_col = find("text")
        if text_col is not None:
            known.add(text_col)  # the text comes from the .txt file, never from the sidecar
        width = len(header)
        for row, where, bad, err in numbered_rows(reader, lines):
            if err is not None:
                first = where.split()[-1].split("-")[0]
                self.rejections.append(Rejection(name, f"line {first}", f"broken CSV row in {METADATA} ({err})"))
                continue
            rid = row[id_col].strip() if id_col < len(row) else ""
            if bad:
                self.rejections.append(
                    Rejection(name, where, f"unknown text encoding in {METADATA} (neither UTF-8 nor Windows-1252)", rid)
                )
                continue
            if len(row) != width:
                self.rejections.append(
                    Rejection(
                        name,
                        where,
                        f"broken CSV row in {METADATA}: {len(row)} fields where the header has {width}",
                        rid,
                    )
                )
                continue
            if not rid:
                self.rejections.append(Rejection(name, where, f"missing report_id in {METADATA}"))
                continue
            if rid in self.rows:
                first = self.rows[rid][0]
                self.rejections.append(
                    Rejection(
                        name, where, f"duplicate report_id in {METADATA} (first on {first}); this row is ignored", rid
                    )
                )
                continue
            values = tuple("" if i is None else row[i] for i in index)
            extra = tuple((cleaned[i], row[i]) for i in range(width) if i not in known)
            self.rows[rid] = (where, values, extra)

    def lookup(self, report_id: str) -> tuple[dict[str, str], dict[str, str]]:
        """({canonical: value}, {extra column: value}) of a report's metadata row; empty when it has none."""
        hit = self.rows.get(report_id)
        if hit is None:
            return {}, {}
        self.used.add(report_id)
        return dict(zip(META_COLUMNS, hit[1])), dict(hit[2])

    def unused(self) -> Iterator[Rejection]:
        """A Rejection for every metadata row that no text file used."""
        name = f"{self.path.parent.name}/{METADATA}"
        for rid, (where, values, _extra) in self.rows.items():
            if rid not in self.used:
                pid = values[META_COLUMNS.index("patient_id")]
                yield Rejection(name, where, f"no text file {rid}.txt for this {METADATA} row", rid, pid)


def _read_one(folder: Path, rel: str, label: str, meta: _Metadata | None) -> Record:
    source_file = f"{label}/{rel}" if label else rel
    stem = rel.rsplit("/", 1)[-1]
    stem = stem[: -len(".txt")] if stem.lower().endswith(".txt") else stem
    try:
        raw = (folder / rel).read_bytes()
    except OSError as err:
        return Rejection(source_file, "file", f"cannot read the file ({err.strerror})", stem)
    if b"\x00" in raw:
        return Rejection(source_file, "file", "not a text file (contains NUL bytes)", stem)
    text = decode_text(raw)
    if text is None:
        return Rejection(source_file, "file", "unknown text encoding (neither UTF-8 nor Windows-1252)", stem)
    if text.endswith("\r\n"):
        text = text[:-2]
    elif text.endswith("\n"):
        text = text[:-1]
    data, extra = meta.lookup(stem) if meta is not None else ({}, {})
    report = Report.from_mapping({**data, "report_id": stem, "text": text}, source=f"{source_file}:file")
    report.extra = extra
    return report


def read_txt(path: Path, *, columns: dict[str, str]) -> Iterator[Record]:
    """Yield a Report (or Rejection) per .txt file of the folder ``path`` (or for the one file ``path``)."""
    if path.is_dir():
        folder, files, label = path, _txt_files(path), path.name
        if not files:
            raise InputError(
                f"{path}: no .txt report files in this folder; give a folder of REPORT_ID.txt files "
                "(with an optional metadata.csv) or choose another --format"
            )
    else:
        folder, files, label = path.parent, [path.name], ""
    meta_path = folder / METADATA
    meta = _Metadata(meta_path, columns) if meta_path.is_file() else None
    if meta is not None:
        yield from meta.rejections
        meta.rejections = []
    for rel in files:
        yield _read_one(folder, rel, label, meta)
    if meta is not None and path.is_dir():
        yield from meta.unused()
