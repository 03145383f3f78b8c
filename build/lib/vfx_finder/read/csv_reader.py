"""Streamed CSV reader: UTF-8 (with or without BOM) and Windows-1252, line numbers kept, broken rows rejected."""

from __future__ import annotations

import csv
from collections import deque
from collections.abc import Iterator
from pathlib import Path

from vfx_finder.read.columns import header_index
from vfx_finder.read.detect import BOM, decode_text
from vfx_finder.read.records import Record, Rejection, Report

csv.field_size_limit(16 * 1024 * 1024)


class DecodedLines:
    """Iterate a binary file as text lines for csv.reader: each line decoded as UTF-8 (BOM dropped) or
    Windows-1252 (``detect.decode_text``). Lines that decode as neither are passed on with U+FFFD so
    that csv can still find the row boundaries; their numbers are kept so the row can be rejected.

    The file is read in blocks of whole lines (1 MiB); a block that is valid UTF-8 is decoded in one
    call, and only a block that is not is decoded line by line with the fallback. Lines are split
    on "\n" only, exactly as ``readline`` would.
    """

    BLOCK = 1 << 20

    def __init__(self, fh) -> None:
        self._fh = fh
        self.lineno = 0
        self.bad_lines: set[int] = set()
        self._pending: deque[tuple[str, bool]] = deque()
        self._first = True

    def __iter__(self) -> DecodedLines:
        return self

    def __next__(self) -> str:
        if not self._pending and not self._fill():
            raise StopIteration
        self.lineno += 1
        text, bad = self._pending.popleft()
        if bad:
            self.bad_lines.add(self.lineno)
        return text

    def _fill(self) -> bool:
        block = self._fh.read(self.BLOCK)
        if not block:
            return False
        if not block.endswith(b"\n"):
            block += self._fh.readline()
        if self._first:
            self._first = False
            if block.startswith(BOM):
                block = block[len(BOM) :]
        try:
            parts = block.decode("utf-8").split("\n")
            self._pending.extend((p + "\n", False) for p in parts[:-1])
            if parts[-1]:
                self._pending.append((parts[-1], False))
        except UnicodeDecodeError:
            raws = block.split(b"\n")
            last = raws.pop()
            for raw in raws:
                self._pending.append(self._decode(raw + b"\n"))
            if last:
                self._pending.append(self._decode(last))
        return bool(self._pending)

    @staticmethod
    def _decode(raw: bytes) -> tuple[str, bool]:
        text = _decode_line(raw)
        if text is None:
            return raw.decode("cp1252", errors="replace"), True
        return text, False


def _decode_line(raw: bytes) -> str | None:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return decode_text(raw)


def numbered_rows(reader, lines: DecodedLines) -> Iterator[tuple[list[str] | None, str, bool, csv.Error | None]]:
    """The data rows of ``reader`` (past its header) as (row, "line N" / "lines N-M", any line
    undecodable, None), or (None, where, False, error) for a row csv cannot parse. Blank lines
    are skipped: they are not records."""
    start = lines.lineno + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            end = lines.lineno
            yield None, f"line {start}" if end <= start else f"lines {start}-{end}", False, err
            start = lines.lineno + 1
            continue
        end = lines.lineno
        where = f"line {start}" if end <= start else f"lines {start}-{end}"
        bad = any(n in lines.bad_lines for n in range(start, end + 1))
        start = end + 1
        if not row or (len(row) == 1 and not row[0].strip()):
            continue
        yield row, where, bad, None


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
        for row, where, bad, err in numbered_rows(reader, lines):
            if err is not None:
                reason = f"broken CSV row ({err})"
                if "unexpected end of data" in str(err) or "EOF" in str(err):
                    reason = "broken CSV row: a quoted field is never closed (unterminated quote)"
                yield Rejection(name, where, reason)
                continue
            rid = row[index["report_id"]].strip() if index["report_id"] < len(row) else ""
            if len(row) != width:
                yield Rejection(name, where, f"broken CSV row: {len(row)} fields where the header has {width}", rid)
                continue
            if bad:
                yield Rejection(name, where, "unreadable text encoding (neither UTF-8 nor Windows-1252)", rid)
                continue
            data = {canon: row[i] for canon, i in index.items()}
            extra = {h.strip(): row[i] for i, h in enumerate(header) if i not in index.values()}
            report = Report.from_mapping(data, source=f"{name}:{where}")
            report.extra = extra
            yield report
