"""Labelling sheets: read a labelled file (CSV/JSONL/... via the readers, or .xlsx via pandas), write a blank one."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from vfx_finder.decide import FINDINGS
from vfx_finder.errors import InputError
from vfx_finder.nlp.levels import ORDER_INDEX
from vfx_finder.publish import SafeCsvWriter
from vfx_finder.read import iter_records
from vfx_finder.read.records import Record, Report

#: columns of the blank labelling sheet: the report, nothing of the tool's answer, then the gold columns
SHEET_COLUMNS = [
    "report_id",
    "exam_date",
    "modality",
    "exam_name",
    "text",
    "gold_finding",
    "gold_levels",
    "gold_severity",
    "gold_acuity",
    "labeller_notes",
]
GOLD_COLUMNS = ("gold_finding", "gold_levels", "gold_severity", "gold_acuity", "labeller_notes")
SEVERITIES = ("mild", "moderate", "severe")
ACUITIES = ("acute", "chronic", "unspecified")
#: Excel keeps at most 32,767 characters in a cell; longer texts are cut in the xlsx (the CSV keeps them whole)
XLSX_CELL_MAX = 32_767
_TRUNCATED = " [cut: the full text is in labelling_sheet.csv]"


def parse_levels_field(value: str) -> frozenset[str]:
    """'T12; l1' -> {'T12', 'L1'} (';' or ',' separated, upper-cased)."""
    return frozenset(v.strip().upper() for v in (value or "").replace(",", ";").split(";") if v.strip())


def check_gold(name: str, report_id: str, finding: str, levels: frozenset[str], *, what: str = "gold_finding") -> None:
    """One clear line for a gold label that is not one of the five findings or holds an unknown level."""
    if finding not in FINDINGS:
        raise InputError(
            f"{name}: report {report_id}: invalid {what} '{finding}'; must be one of {', '.join(FINDINGS)}"
        )
    bad = [lv for lv in levels if lv not in ORDER_INDEX]
    if bad:
        raise InputError(
            f"{name}: report {report_id}: invalid gold_levels {', '.join(sorted(bad))}; "
            "use C1..C7, T1..T12, L1..L5, S1..S5 joined with ';'"
        )


def check_attributes(name: str, report_id: str, severity: str | None, acuity: str | None) -> None:
    """One clear line for a gold_severity / gold_acuity outside the labelling guide's values (empty is allowed)."""
    for what, value, allowed in (("gold_severity", severity, SEVERITIES), ("gold_acuity", acuity, ACUITIES)):
        if value and value not in allowed:
            raise InputError(
                f"{name}: report {report_id}: invalid {what} '{value}'; must be empty or one of {', '.join(allowed)}"
            )


def read_table(path: Path) -> list[dict[str, str]]:
    """Rows of a CSV or .xlsx table as dicts of strings ('' for empty cells); one line when unreadable."""
    import pandas as pd

    if not path.exists():
        raise InputError(f"{path}: not found; give the path of a labelled CSV or .xlsx file")
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            frame = pd.read_excel(path, dtype=str, keep_default_na=False, engine="openpyxl")
        else:
            frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (ValueError, OSError, UnicodeDecodeError, pd.errors.ParserError) as err:
        raise InputError(
            f"{path.name}: cannot be read as a table ({type(err).__name__}); save it as CSV or .xlsx"
        ) from None
    frame.columns = [str(c).strip() for c in frame.columns]
    return frame.to_dict(orient="records")


def iter_labelled(path: Path, *, fmt: str = "auto", columns: str | dict | None = None) -> Iterator[Record]:
    """Records of an input or labelled file: .xlsx sheets through pandas, everything else through the readers."""
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        yield from iter_records([path], fmt=fmt, columns=columns)
        return
    from vfx_finder.read import parse_columns
    from vfx_finder.read.validate import validate

    mapping = parse_columns(columns) if isinstance(columns, str) or columns is None else columns
    rename = {site: canon for canon, site in (mapping or {}).items()}
    for i, row in enumerate(read_table(path), start=2):
        row = {rename.get(k, k): v for k, v in row.items()}
        if "report_id" not in row or "text" not in row:
            raise InputError(f"{path.name}: missing column 'report_id' or 'text'; the sheet needs both")
        rec = Report.from_mapping(row, source=f"{path.name}:row {i}")
        yield validate(rec, source_file=path.name, location=f"row {i}")


_ILLEGAL_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xlsx_text(value: str) -> str:
    value = _ILLEGAL_XLSX.sub(" ", value or "")
    if len(value) > XLSX_CELL_MAX:
        value = value[: XLSX_CELL_MAX - len(_TRUNCATED)] + _TRUNCATED
    return value


def write_sheet(rows: Iterable[dict], out_dir: Path, stem: str = "labelling_sheet") -> tuple[Path, Path]:
    """Write the blank labelling sheet as STEM.xlsx (drop-downs, text cells, never formulas) and STEM.csv, 0600."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation

    rows = list(rows)
    csv_path, xlsx_path = out_dir / f"{stem}.csv", out_dir / f"{stem}.xlsx"
    writer = SafeCsvWriter(csv_path, SHEET_COLUMNS)
    try:
        writer.write_all(rows)
        writer.finish()
    except BaseException:
        writer.discard()
        raise
    wb = Workbook()
    ws = wb.active
    ws.title = "labels"
    ws.append(SHEET_COLUMNS)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r, row in enumerate(rows, start=2):
        for c, col in enumerate(SHEET_COLUMNS, start=1):
            cell = ws.cell(row=r, column=c)
            cell.value = _xlsx_text(str(row.get(col, "")))
            cell.data_type = "s"  # a text cell: a report starting with '=' is never a formula
            if col == "text":
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    last = max(2, len(rows) + 1)
    for col, values in (("gold_finding", FINDINGS), ("gold_severity", SEVERITIES), ("gold_acuity", ACUITIES)):
        letter = chr(ord("A") + SHEET_COLUMNS.index(col))
        dv = DataValidation(type="list", formula1='"' + ",".join(values) + '"', allow_blank=True)
        dv.error = f"choose one of: {', '.join(values)}"
        ws.add_data_validation(dv)
        dv.add(f"{letter}2:{letter}{last}")
    widths = {"report_id": 16, "text": 90, "exam_name": 24, "gold_finding": 22, "gold_levels": 14}
    for c, col in enumerate(SHEET_COLUMNS):
        ws.column_dimensions[chr(ord("A") + c)].width = widths.get(col, 13)
    ws.freeze_panes = "A2"
    fd, tmp = tempfile.mkstemp(prefix=f".{xlsx_path.name}.", suffix=".tmp", dir=out_dir)
    os.fchmod(fd, 0o600)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, xlsx_path)
        writer.commit()
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        writer.discard()
        raise
    return xlsx_path, csv_path
