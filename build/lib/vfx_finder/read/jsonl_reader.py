"""Streamed JSON Lines reader: one JSON object per line with the canonical keys (``--columns`` maps keys).

Lines are read one at a time (UTF-8, a BOM on the first line dropped, Windows-1252 as a
fallback) so memory stays flat whatever the file size. Blank lines are not records. A line
that is not a JSON object is rejected with its line number; a file in which none of the first
``LOOKAHEAD`` non-blank lines is a JSON object is not JSON Lines at all and raises InputError.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from vfx_finder.errors import InputError
from vfx_finder.read.detect import decode_text
from vfx_finder.read.records import CANONICAL_COLUMNS, Record, Rejection, Report

#: non-blank lines looked at before deciding that a file is not JSON Lines at all
LOOKAHEAD = 20


@dataclass(slots=True)
class BadLine:
    """A non-blank line that is not a JSON object: why."""

    reason: str


def _parse_line(raw: bytes, lineno: int) -> object:
    """The JSON object of one line, or a BadLine saying why not."""
    text = decode_text(raw)
    if text is None:
        return BadLine(f"unknown text encoding on line {lineno} (neither UTF-8 nor Windows-1252)")
    try:
        obj = json.loads(text)
    except RecursionError:
        return BadLine(f"line {lineno} is nested too deeply to read")
    except ValueError:
        return BadLine(f"invalid JSON on line {lineno}")
    if not isinstance(obj, dict):
        return BadLine(f"line {lineno} is not a JSON object (found {type(obj).__name__})")
    return obj


def json_lines(path: Path, *, what: str, fix: str) -> Iterator[tuple[int, dict | BadLine]]:
    """Yield (line number, object or BadLine) for every non-blank line of ``path``.

    Raises InputError naming ``what`` was expected and how to ``fix`` it when none of the first
    LOOKAHEAD non-blank lines is a JSON object.
    """
    with path.open("rb") as fh:
        pending: list[tuple[int, dict | BadLine]] = []
        seen_object = False
        lineno = 0
        for raw in fh:
            lineno += 1
            if not raw.strip():
                continue
            item = _parse_line(raw, lineno)
            if seen_object:
                yield lineno, item
                continue
            pending.append((lineno, item))
            if isinstance(item, dict):
                seen_object = True
                yield from pending
                pending = []
            elif len(pending) >= LOOKAHEAD:
                break
        if pending and not seen_object:
            raise InputError(f"{path.name}: not {what} (no line of the file is a JSON object); {fix}")


def scalar(value: object) -> str | None:
    """A JSON scalar as a string ('' for null); None for an object or array."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, str):
        return value
    return None


def _key_for(obj: dict, site: str) -> str | None:
    if site in obj:
        return site
    low = site.lower()
    for k in obj:
        if isinstance(k, str) and k.strip().lower() == low:
            return k
    return None


def map_object(obj: dict, columns: dict[str, str], *, source: str) -> Report | str:
    """Map a JSON object's keys onto a Report, or return the reason it cannot be used."""
    data: dict[str, str] = {}
    used: set[str] = set()
    for name in CANONICAL_COLUMNS:
        key = _key_for(obj, columns.get(name, name))
        if key is None:
            continue
        used.add(key)
        value = scalar(obj[key])
        if value is None:
            return f"'{key}' is a JSON {type(obj[key]).__name__}, not a string or number"
        data[name] = value
    report = Report.from_mapping(data, source=source)
    extra: dict[str, str] = {}
    for k, v in obj.items():
        if k in used:
            continue
        s = scalar(v)
        extra[str(k)] = s if s is not None else json.dumps(v, ensure_ascii=False)
    report.extra = extra
    return report


def _report_id(obj: dict, columns: dict[str, str]) -> str:
    key = _key_for(obj, columns.get("report_id", "report_id"))
    value = scalar(obj[key]) if key is not None else None
    return (value or "").strip()


def read_jsonl(path: Path, *, columns: dict[str, str]) -> Iterator[Record]:
    """Yield a Report or a Rejection for every non-blank line of ``path``, in file order."""
    name = path.name
    for lineno, item in json_lines(
        path,
        what="JSON Lines",
        fix="expected one JSON object per line with report_id and text; check the file or choose --format",
    ):
        where = f"line {lineno}"
        if isinstance(item, BadLine):
            yield Rejection(name, where, item.reason)
            continue
        mapped = map_object(item, columns, source=f"{name}:{where}")
        if isinstance(mapped, str):
            yield Rejection(name, where, f"line {lineno}: {mapped}", _report_id(item, columns))
            continue
        yield mapped
