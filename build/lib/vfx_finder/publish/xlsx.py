"""worklist.xlsx: the FLS coordinator's working copy of the worklist (openpyxl).

One row per patient in the order the rows come (the worklist's order), columns in the
order a coordinator works (``XLSX_COLUMNS``), a frozen header with filters, wrapped
evidence with the deciding words in bold and each sentence tagged with its report id
and exam date, and two input columns: ``decision`` (a drop-down of ``DECISIONS``) and
``decision_note`` (free text). The sheet is named ``Worklist`` and its header row holds
the column keys, so ``review import`` can read the decisions back by ``alert_id``
(``read_worklist_xlsx``). Every text cell is formula-safe (``safe_cell``) and the file
is written like every output: a 0600 temporary file moved into place.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from vfx_finder.publish.files import AtomicFile, safe_cell

SHEET = "Worklist"
GUIDE_SHEET = "Guide"

#: the coordinator's choices in the ``decision`` drop-down (review import reads these exact words)
DECISIONS = (
    "confirmed - FLS to assess",
    "not a vertebral fracture",
    "already known to FLS",
    "not eligible",
    "wrong level",
    "other",
)

#: (key, width, meaning): the column order of worklist.xlsx; the header row holds the keys
XLSX_COLUMNS: tuple[tuple[str, int, str], ...] = (
    (
        "priority",
        9,
        "1 = see first (acute, moderate or severe, or two or more levels); 2 = other fractures; 3 = possible fracture",
    ),
    ("priority_reason", 30, "why the row has its priority, in words"),
    ("reason", 28, "why the patient is on tonight's list: a new patient, or a new level since an earlier alert"),
    ("patient_name", 22, "the patient's name, when the input carries it"),
    ("date_of_birth", 12, "date of birth, when the input carries it"),
    ("nhs_number", 13, "NHS number (10 digits)"),
    ("patient_id", 13, "the hospital's patient id (hospital number / MRN)"),
    ("age", 6, "age in years at the exam"),
    ("sex", 6, "sex as recorded"),
    ("finding", 15, "fracture, or possible_fracture (suspected, not confirmed)"),
    ("levels", 12, "the vertebrae named: T12, L1 (T = thoracic, L = lumbar)"),
    ("severity", 10, "mild / moderate / severe (Genant 1-3) when the report states it"),
    ("acuity", 11, "acute (new) / chronic (old) / unspecified"),
    ("exam_name", 24, "the examination"),
    ("exam_date", 12, "date of the (first) examination with the finding"),
    ("modality", 9, "CT, MR, XR (plain film), DXA, ..."),
    ("referrer", 22, "who requested the examination"),
    (
        "triage_flags",
        36,
        "context to check, never a reason the patient was left off: malignancy, bone protection, palliative care, care home",
    ),
    ("evidence", 70, "the report's own words, each sentence tagged [report id, exam date]; deciding words in bold"),
    ("previously_reported", 28, "levels already named in this patient's earlier reports"),
    ("data_problems", 24, "problems with the identifiers or dates in the input (the report was still read)"),
    ("alert_id", 11, "the alert's id: keep it, review import matches decisions on it"),
    ("report_id", 14, "the latest report with the finding"),
    ("report_ids", 20, "every report of this patient in tonight's alert"),
    ("decision", 26, "your decision: pick from the drop-down"),
    ("decision_note", 36, "free text: the right level, why not eligible, ..."),
)
COLUMN_KEYS = tuple(key for key, _, _ in XLSX_COLUMNS)
INPUT_COLUMNS = ("decision", "decision_note")

#: words that decide a finding, shown in bold in the evidence (presentation only; the pipeline decides)
DECIDING_WORDS = re.compile(
    r"\b(?:fractur\w*|compress\w*|wedg\w*|crush\w*|collaps\w*|biconcave|codfish|vertebra\s+plana|"
    r"(?:loss\s+of|reduced|reduction\s+in)\s+(?:\w+\s+)?height|height\s+loss|deformit\w*|endplate\s+depression|"
    r"[CTLD]\d{1,2}(?:\s*(?:-|to)\s*[CTLS]\d{1,2})?|mild|moderate|severe|marked|acute|new|recent|old|chronic|healed|"
    r"unchanged|possible|possibly|probable|probably|suspicious|suspected|equivocal|cannot\s+be\s+excluded|"
    r"may\s+represent|\d+(?:\.\d+)?\s*%)(?!\w)",
    re.IGNORECASE,
)

_REPORT_PREFIX = re.compile(r"^(?P<rid>\S+) \((?P<date>[^)]*)\): (?P<rest>.*)$", re.DOTALL)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_FILLS = {
    "1": PatternFill("solid", fgColor="F8CBAD"),
    "2": PatternFill("solid", fgColor="FFE699"),
    "3": PatternFill("solid", fgColor="DDEBF7"),
}
_INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
_HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
_BOLD = InlineFont(b=True)
_TAG = InlineFont(i=True, color="595959")


@dataclass(frozen=True)
class EvidenceItem:
    """One evidence sentence with the report it came from."""

    report_id: str
    exam_date: str
    sentence: str

    def tag(self) -> str:
        """'[R1, 2025-06-16]' (the date left out when unknown)."""
        return f"[{', '.join(x for x in (self.report_id, self.exam_date) if x)}]"


def priority_reason(row: Mapping) -> str:
    """The row's own ``priority_reason`` (set from patterns/worklist.json by vfx_finder.policy; no second copy)."""
    return str(row.get("priority_reason") or "")


def findings_index(findings: Iterable[Mapping] | None) -> dict[str, Mapping]:
    """report_id -> report_findings row (for the per-report evidence of a worklist row)."""
    return {str(f.get("report_id", "")): f for f in findings or ()}


def evidence_items(row: Mapping, findings_by_id: Mapping[str, Mapping] | None = None) -> list[EvidenceItem]:
    """The row's evidence sentences, each with its report id and exam date.

    From the reports' own evidence (report_findings rows) when given; else the row's
    ``evidence`` split at ' | ', tagged with its one report (or its report ids when several).
    """
    ids = [r for r in str(row.get("report_ids") or row.get("report_id") or "").split(";") if r]
    items: list[EvidenceItem] = []
    if findings_by_id:
        for rid in ids:
            f = findings_by_id.get(rid)
            for s in str((f or {}).get("evidence") or "").split(" | "):
                if s.strip():
                    items.append(EvidenceItem(rid, str(f.get("exam_date") or ""), s.strip()))
    if not items:
        rid = ids[0] if len(ids) == 1 else ";".join(ids)
        when = str(row.get("exam_date") or "") if len(ids) <= 1 else ""
        for s in str(row.get("evidence") or "").split(" | "):
            m = _REPORT_PREFIX.match(s.strip())
            if m and m["rid"] in ids:  # the worklist's own 'R1 (2026-01-10): ...' prefix (evidence_by_report)
                rid, when = m["rid"], "" if m["date"] == "date unknown" else m["date"]
                s = m["rest"]
            if s.strip():
                items.append(EvidenceItem(rid, when, s.strip()))
    seen: set[str] = set()
    unique = []
    for it in items:
        if it.sentence not in seen:
            seen.add(it.sentence)
            unique.append(it)
    return unique


def deciding_spans(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of the deciding words in a sentence (bold in the xlsx and the page)."""
    return [m.span() for m in DECIDING_WORDS.finditer(sentence)]


def _text(value) -> str:
    """A formula-safe cell string without the control characters a workbook cannot hold."""
    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", safe_cell(value))[:32767]


def _evidence_cell(items: list[EvidenceItem]) -> CellRichText | str:
    if not items:
        return ""
    parts: list = []
    for i, it in enumerate(items):
        parts.append(TextBlock(_TAG, ("\n" if i else "") + _text(it.tag()) + " "))
        sentence = _text(it.sentence)
        pos = 0
        for start, end in deciding_spans(sentence):
            if start > pos:
                parts.append(sentence[pos:start])
            parts.append(TextBlock(_BOLD, sentence[start:end]))
            pos = end
        if pos < len(sentence):
            parts.append(sentence[pos:])
    return CellRichText(parts)


def evidence_text(items: list[EvidenceItem]) -> str:
    """The evidence cell as plain text: one '[report id, date] sentence' a line."""
    return "\n".join(f"{it.tag()} {it.sentence}" for it in items)


def _value(key: str, row: Mapping):
    raw = row.get(key, "")
    if key == "priority_reason":
        raw = priority_reason(row)
    if raw is None:
        return None
    if isinstance(raw, (list, tuple)):
        raw = "; ".join(x.describe() if hasattr(x, "describe") else str(x) for x in raw)  # e.g. TriageFlag
    text = str(raw).strip()
    if key in ("priority", "age") and text.isdigit():
        return int(text)
    if key in ("exam_date", "date_of_birth"):
        m = _ISO_DATE.match(text)
        if m:
            try:
                return date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                pass  # an impossible date stays text (data_problems names it)
    return _text(text) if text else None


def worklist_workbook(
    rows: Iterable[Mapping], *, findings: Iterable[Mapping] | None = None, run_id: str = ""
) -> Workbook:
    """The worklist workbook: sheet 'Worklist' (one row a patient) and sheet 'Guide' (what each column means)."""
    by_id = findings_index(findings)
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    header_font = Font(bold=True)
    for c, (key, width, meaning) in enumerate(XLSX_COLUMNS, start=1):
        cell = ws.cell(row=1, column=c, value=key)
        cell.font = header_font
        cell.fill = _INPUT_FILL if key in INPUT_COLUMNS else _HEADER_FILL
        cell.alignment = Alignment(vertical="center")
        cell.comment = Comment(meaning, "vfx-finder", width=300, height=90)
        ws.column_dimensions[get_column_letter(c)].width = width
    top = Alignment(vertical="top", wrap_text=True)
    n = 0
    for n, row in enumerate(rows, start=1):
        r = n + 1
        for c, key in enumerate(COLUMN_KEYS, start=1):
            if key == "evidence":
                value = _evidence_cell(evidence_items(row, by_id))
            else:
                value = _value(key, row)
            cell = ws.cell(row=r, column=c, value=value)
            cell.alignment = top
            if isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
            elif key in ("nhs_number", "patient_id", "report_id", "alert_id"):
                cell.number_format = "@"
            if key in INPUT_COLUMNS:
                cell.fill = _INPUT_FILL
            elif key == "priority" and str(row.get("priority", "")) in _FILLS:
                cell.fill = _FILLS[str(row["priority"])]
    last = max(n + 1, 2)
    dcol = get_column_letter(COLUMN_KEYS.index("decision") + 1)
    dv = DataValidation(
        type="list",
        formula1='"' + ",".join(DECISIONS) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Pick a decision",
        error="Pick one of the decisions in the list; put anything else in decision_note.",
        showInputMessage=True,
        promptTitle="decision",
        prompt="Pick from the list; details in decision_note.",
    )
    dv.add(f"{dcol}2:{dcol}{last}")
    ws.add_data_validation(dv)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMN_KEYS))}{last}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.print_title_rows = "1:1"

    guide = wb.create_sheet(GUIDE_SHEET)
    guide.append(["column", "meaning"])
    for key, _, meaning in XLSX_COLUMNS:
        guide.append([key, meaning])
    guide.append([])
    guide.append(["decision", "choices: " + " / ".join(DECISIONS)])
    if run_id:
        guide.append(["run", _text(run_id)])
    guide.column_dimensions["A"].width = 20
    guide.column_dimensions["B"].width = 110
    for cell in guide[1]:
        cell.font = header_font
    wb.active = 0
    return wb


def _atomic_bytes(path: Path, data: bytes, tag: str | None) -> AtomicFile:
    """An AtomicFile (0600 temporary beside ``path``) holding ``data``; its SHA-256 covers the bytes."""
    f = AtomicFile(path, tag=tag)
    try:
        f.write_bytes(data)
    except BaseException:
        f.discard()
        raise
    return f


def worklist_xlsx_bytes(
    rows: Iterable[Mapping], *, findings: Iterable[Mapping] | None = None, run_id: str = ""
) -> bytes:
    """The worklist workbook as the bytes of an .xlsx file (for ``Publication.binary``)."""
    buf = io.BytesIO()
    worklist_workbook(rows, findings=findings, run_id=run_id).save(buf)
    return buf.getvalue()


def write_worklist_xlsx(
    rows: Iterable[Mapping],
    path: Path,
    *,
    findings: Iterable[Mapping] | None = None,
    run_id: str = "",
    tag: str | None = None,
    commit: bool = True,
) -> AtomicFile:
    """Write worklist.xlsx from the worklist rows (the dicts worklist.csv is written from).

    ``findings``: report_findings rows, for each evidence sentence's report id and date.
    Written to a 0600 temporary file (tagged ``tag``) and moved into place unless
    ``commit=False`` (then the caller commits it, or lists it in a run's manifest).
    """
    f = _atomic_bytes(Path(path), worklist_xlsx_bytes(rows, findings=findings, run_id=run_id), tag)
    if commit:
        f.commit()
    return f


def read_worklist_xlsx(path: Path) -> list[dict[str, str]]:
    """The rows of a worklist.xlsx's 'Worklist' sheet as dicts of header -> text (for review import)."""
    wb = load_workbook(Path(path), read_only=True, data_only=True)
    try:
        ws = wb[SHEET]
        it = ws.iter_rows(values_only=True)
        header = [str(h or "") for h in next(it, ())]
        out = []
        for values in it:
            if not any(v not in (None, "") for v in values):
                continue
            cells = {}
            for h, v in zip(header, values):
                if not h:
                    continue
                if isinstance(v, date):
                    v = v.strftime("%Y-%m-%d")
                cells[h] = "" if v is None else str(v)
            out.append(cells)
        return out
    finally:
        wb.close()
