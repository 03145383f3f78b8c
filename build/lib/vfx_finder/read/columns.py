"""``--columns`` parsing: map a site's column names onto the canonical ones."""

from __future__ import annotations

import re

from vfx_finder.errors import InputError, UsageError
from vfx_finder.read.records import CANONICAL_COLUMNS, REQUIRED_COLUMNS


def parse_columns(spec: str | None) -> dict[str, str]:
    """Parse ``report_id=ACCESSION,text=REPORT_TEXT`` into {canonical: site_name}."""
    mapping: dict[str, str] = {}
    if not spec:
        return mapping
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        if "=" not in part:
            raise UsageError(
                f"--columns: '{part}' is not NAME=SITE_COLUMN; "
                "write e.g. --columns report_id=ACCESSION,text=REPORT_TEXT"
            )
        name, site = (s.strip() for s in part.split("=", 1))
        if name not in CANONICAL_COLUMNS:
            raise UsageError(f"--columns: invalid column '{name}'; must be one of {', '.join(CANONICAL_COLUMNS)}")
        if not site:
            raise UsageError(f"--columns: no site column given for '{name}'; write {name}=YOUR_COLUMN")
        mapping[name] = site
    return mapping


def header_index(header: list[str], mapping: dict[str, str], *, source: str) -> dict[str, int]:
    """Return {canonical: column index} for a header, raising InputError for missing required columns."""
    cleaned = [h.strip() for h in header]
    position = {h: i for i, h in enumerate(cleaned)}
    lowered = {h.lower(): i for i, h in enumerate(cleaned)}
    index: dict[str, int] = {}
    for name in CANONICAL_COLUMNS:
        site = mapping.get(name, name)
        if site in position:
            index[name] = position[site]
        elif site.lower() in lowered:
            index[name] = lowered[site.lower()]
    for name in REQUIRED_COLUMNS:
        if name not in index:
            site = mapping.get(name, name)
            raise InputError(
                f"{source}: missing required column '{site}' ({_describe_header(cleaned)}); "
                f"map your column with --columns {name}=YOUR_COLUMN"
            )
    return index


_COLUMN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]{0,39}")


def _describe_header(cleaned: list[str]) -> str:
    """The header's names when every cell looks like a column name; otherwise only its width.

    A file without a header row has a record in its first line: its values (NHS number, date
    of birth, report text) must never reach an error line, so such a row is not printed.
    """
    if not any(cleaned):
        return "found: no header"
    if all(_COLUMN_NAME.fullmatch(h) for h in cleaned):
        return f"found: {', '.join(cleaned)}"
    return f"the first row has {len(cleaned)} fields and does not look like a header row"
