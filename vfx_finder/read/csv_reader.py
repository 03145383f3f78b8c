"""Streamed CSV reader: UTF-8 (with or without BOM) and Windows-1252, line numbers kept, broken rows rejected."""
from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from vfx_finder.read.columns import header_index
from vfx_finder.read.detect import decode_text
from vfx_finder.read.records import Record, Rejection, Report

csv.field_size_limit(16 * 1024 * 1024)


class DecodedLines:
    """Iterate a binary file as text lines for csv.reader: each line decoded as UTF-8 (BOM dropped) or
    Windows-1252 (``detect.decode_text``). Lines that decode as neither are passed on with U+FFFD so
    that csv can still find the row boundaries; their numbers are kept so the row can be rejected.
    """

    def __init__(self, fh) -> None:
        self._fh = fh
        self.lineno = 0
        self.bad_lines: set[int] = set()

    def __iter__(self) -> "DecodedLines":
        return self

    def __next__(self) -> str:
        raw = self._fh.readline()
        if not raw:
            raise StopIteration
        self.lineno += 1
        text = decode_text(raw) if self.lineno == 1 else _decode_line(raw)
        if text is None:
            self.bad_lines.add(self.lineno)
            text = raw.decode("cp1252", errors="replace")
        return text


def _decode_line(raw: bytes) -> str | None:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return decode_text(raw)


def read_csv(path: Path, *, columns: dict[str, str]) -> Iterator[Record]:
    """Yield a Report or a Rejection for every data row of ``path``, in file order."""
    name = path.name
    with path.open("rb") as fh:
        lines = DecodedLines(fh)
        reader = csv.reader(lines, strict=True)
        try:
            header = next(reader)
        except StopIteration:
            from vfx_finder.errors import InputError

            raise InputError(f"{name}: the file is empty; expected a header row with report_id and text") from None
        except csv.Error as err:
            from vfx_finder.errors import InputError

            raise InputError(f"{name}: cannot read the header row ({err}); is this a CSV file?") from None
        index = header_index(header, columns, source=name)
        width = len(header)
        start = lines.lineno + 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as err:
                end = lines.lineno
                where = f"line {start}" if end <= start else f"lines {start}-{end}"
                reason = f"broken CSV row ({err})"
                if "unexpected end of data" in str(err) or "EOF" in str(err):
                    reason = "broken CSV row: a quoted field is never closed (unterminated quote)"
                yield Rejection(name, where, reason)
                start = lines.lineno + 1
                continue
            end = lines.lineno
            where = f"line {start}" if end <= start else f"lines {start}-{end}"
            row_lines = range(start, end + 1)
            start = end + 1
            if not row or (len(row) == 1 and not row[0].strip()):
                continue  # a blank line is not a record
            rid = row[index["report_id"]].strip() if index["report_id"] < len(row) else ""
            if len(row) != width:
                yield Rejection(name, where, f"broken CSV row: {len(row)} fields where the header has {width}", rid)
                continue
            if any(n in lines.bad_lines for n in row_lines):
                yield Rejection(name, where, "unreadable text encoding (neither UTF-8 nor Windows-1252)", rid)
                continue
            data = {canon: row[i] for canon, i in index.items()}
            extra = {h.strip(): row[i] for i, h in enumerate(header) if i not in index.values()}
            report = Report.from_mapping(data, source=f"{name}:{where}")
            report.extra = extra
            yield report
