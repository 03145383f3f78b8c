"""Streamed HL7 v2 ORU^R01 reader: single messages, batch files (FHS/BHS/BTS/FTS) and files of many messages.

How a file is read
------------------
* Segments may be separated by ``\\r``, ``\\n`` or ``\\r\\n`` (the ``hl7`` library only splits on
  ``\\r`` and silently reads a ``\\n``-separated message as MSH only, so separators are normalised
  here). MLLP framing bytes (``\\x0b``, ``\\x1c``) are dropped. A line that does not start with a
  segment id and the field separator (``ABC|``) is a line break inside the previous segment's
  text (some senders do not escape them) and is kept as a line break.
* The file is read in 64 KiB chunks and split into messages on MSH boundaries, so only one
  message is in memory at a time. The batch envelope (FHS, BHS, BTS, FTS) is not a message.
* Each message is decoded as its MSH-18 says (8859/1 -> Latin-1), otherwise UTF-8 with a
  Windows-1252 fallback, and parsed with ``hl7.parse``.
* Corrected reports: a first cheap pass over the file indexes accession -> the last message
  whose OBR-25 is ``C``. On the second pass, a report for that accession in an earlier message
  is yielded as a Rejection "superseded by corrected report (OBR-25 C) in message N", so
  read = processed + rejected still holds. Only the accessions with a correction are kept in
  memory. Preliminary reports (``P``) are processed and keep report_status ``P``.

Mapping (one report per OBR group; a message with several OBRs gives several reports)
-------------------------------------------------------------------------------------
report_id      OBR-3 filler order number (EI.1), else OBR-2 placer order number
text           OBX-5 of the TX / FT / ST results of the OBR group, in OBX order, one line per
               OBX (and per repetition), HL7 escapes undone; OBX-11 D / W results are skipped
patient_id     PID-3, first repetition's ID (CX.1); PID-2 when PID-3 is empty
nhs_number     PID-3 repetition whose identifier type (CX.5) is NH or assigning authority (CX.4) NHS
date_of_birth  PID-7 (YYYYMMDD -> YYYY-MM-DD)
sex            PID-8
exam_name      OBR-4 text component (CE.2), else its alternate text or identifier
exam_date      OBR-7 observation date/time (YYYY-MM-DD), else OBR-6
modality       OBR-24 diagnostic service section id
referrer       OBR-16 ordering provider (XCN composed as "Prefix Given Middle Family Suffix Degree")
report_status  OBR-25 result status (F final, C corrected, P preliminary), else OBX-11
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import hl7

from vfx_finder.errors import InputError
from vfx_finder.read.detect import BOM, decode_text
from vfx_finder.read.records import Record, Rejection, Report

CHUNK = 64 * 1024
TEXT_TYPES = {"TX", "FT", "ST"}
_HEADER = re.compile(rb"^(MSH|FHS|BHS)([^A-Za-z0-9\s])")
_SEGMENT_ID = re.compile(rb"^[A-Z][A-Z0-9]{2}")
_LINE_BREAKS = re.compile(rb"[\r\n]+")
_CHARSETS = {"8859/1": "latin-1", "8859/15": "iso8859_15"}


# ---------------------------------------------------------------------------------------------
# Splitting a file into messages, streaming
# ---------------------------------------------------------------------------------------------
def _raw_lines(fh) -> Iterator[bytes]:
    """Yield the file's non-empty lines, split on \\r, \\n or \\r\\n, reading 64 KiB at a time."""
    pieces: list[bytes] = []
    while True:
        data = fh.read(CHUNK)
        if not data:
            break
        if b"\r" not in data and b"\n" not in data:
            pieces.append(data)
            continue
        if pieces:
            data = b"".join(pieces) + data
            pieces = []
        parts = _LINE_BREAKS.split(data)
        tail = parts.pop()
        if tail:
            pieces.append(tail)
        for p in parts:
            if p:
                yield p
    if pieces:
        yield b"".join(pieces)


@dataclass(slots=True)
class _Chunk:
    kind: str  # "message" or "orphan"
    number: int  # message number, or segment number of the first orphan segment
    segments: list[bytes] = field(default_factory=list)


def _chunks(path: Path) -> Iterator[_Chunk]:
    """Group the file's segments into messages (MSH ... up to the next MSH or envelope segment)."""
    name = path.name
    with path.open("rb") as fh:
        fsep = b"|"
        current: _Chunk | None = None
        msg_no = 0
        seg_no = 0
        started = False
        for line in _raw_lines(fh):
            line = line.strip(b"\x0b\x1c")
            if not started:
                if line.startswith(BOM):
                    line = line[len(BOM) :]
                line = line.lstrip(b" \t\x00")
                if not line:
                    continue
                if not _HEADER.match(line):
                    raise InputError(
                        f"{name}: not an HL7 v2 file (expected the first segment to be MSH, FHS or BHS); "
                        "give HL7 v2 ORU^R01 messages or choose the right --format (csv, jsonl, txt, fhir)"
                    )
                started = True
            if not line.strip(b" \t\x00\x1a"):
                continue
            seg_no += 1
            header = _HEADER.match(line)
            if header:
                fsep = header.group(2)
                if current is not None:
                    yield current
                if header.group(1) == b"MSH":
                    msg_no += 1
                    current = _Chunk("message", msg_no, [line])
                else:
                    current = None
                continue
            if _SEGMENT_ID.match(line) and (len(line) == 3 or line[3:4] == fsep):
                if line[:3] in (b"BTS", b"FTS"):
                    if current is not None:
                        yield current
                    current = None
                    continue
                if current is None:
                    current = _Chunk("orphan", seg_no)
                current.segments.append(line)
                continue
            # a line break inside the previous segment
            if current is None:
                current = _Chunk("orphan", seg_no, [line])
            elif current.segments:
                current.segments[-1] += b"\n" + line
            else:
                current.segments.append(line)
        if current is not None:
            yield current


# ---------------------------------------------------------------------------------------------
# Separators, escapes, data types
# ---------------------------------------------------------------------------------------------
@dataclass(slots=True, frozen=True)
class _Seps:
    field: str
    component: str
    repetition: str
    escape: str
    subcomponent: str


def _separators(msh: str) -> _Seps | None:
    """Separators from MSH-1 / MSH-2 (defaults ^ ~ \\ & where MSH-2 is short); None when MSH is incomplete."""
    if len(msh) < 4:
        return None
    fsep = msh[3]
    end = msh.find(fsep, 4)
    if end < 0:
        return None
    enc = msh[4:end]
    defaults = "^~\\&"
    chars = [enc[i] if i < len(enc) else defaults[i] for i in range(4)]
    return _Seps(fsep, chars[0], chars[1], chars[2], chars[3])


def _decode_hex(code: str) -> str:
    try:
        raw = bytes.fromhex(code)
    except ValueError:
        return ""
    text = decode_text(raw)
    return text if text is not None else raw.decode("latin-1")


def _count(text: str, *, default: int) -> int:
    """The repeat count of a formatting escape (\\.sp3\\), capped at 20."""
    m = re.fullmatch(r"\s*\+?([0-9]{1,3})\s*", text)
    return min(int(m.group(1)), 20) if m else default


def _escape_value(code: str, seps: _Seps) -> str | None:
    """The text an escape sequence stands for ('' to drop it); None for an unknown sequence."""
    simple = {
        "F": seps.field,
        "S": seps.component,
        "T": seps.subcomponent,
        "R": seps.repetition,
        "E": seps.escape,
        "H": "",
        "N": "",
        ".br": "\n",
        ".fi": "",
        ".nf": "",
        ".ce": "\n",
    }
    if code in simple:
        return simple[code]
    if code.startswith(".sp"):
        return "\n" * _count(code[3:], default=1)
    if code.startswith((".in", ".ti")):
        return ""
    if code.startswith(".sk"):
        return " " * _count(code[3:], default=1)
    if code[:1] == "X":
        return _decode_hex(code[1:])
    if code[:1] in ("C", "M", "Z"):
        return ""  # character set switches and locally defined escapes: not supported, dropped
    return None


def unescape(value: str, seps: _Seps) -> str:
    """Undo HL7 escapes: \\F\\ \\S\\ \\T\\ \\R\\ \\E\\, \\.br\\ (line break), \\X..\\ (hex), highlighting."""
    esc = seps.escape
    if not esc or esc not in value:
        return value
    out: list[str] = []
    i = 0
    n = len(value)
    while i < n:
        c = value[i]
        if c != esc:
            j = value.find(esc, i)
            if j < 0:
                j = n
            out.append(value[i:j])
            i = j
            continue
        j = value.find(esc, i + 1)
        if j < 0:  # an unterminated escape: keep it as text
            out.append(value[i:])
            break
        replacement = _escape_value(value[i + 1 : j], seps)
        if replacement is None:  # not an escape sequence we know: keep the text as it is
            out.append(value[i:j])
            i = j
            continue
        out.append(replacement)
        i = j + 1
    return "".join(out)


def _hl7_date(value: str) -> str:
    """HL7 DT / DTM (YYYYMMDD[HHMM...]) -> YYYY-MM-DD; other values are returned as given."""
    value = value.strip()
    m = re.match(r"^(\d{4})(\d{2})(\d{2})", value)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return value
    return value


# ---------------------------------------------------------------------------------------------
# Field access (the same raw splitting on both passes)
# ---------------------------------------------------------------------------------------------
class _RawSegment(list):
    """A segment split on the field separator only: [segment id, field 1, field 2, ...]."""


def _raw(segment, n: int) -> str:
    """Field n of a segment as raw text (escapes kept). For MSH, n is the MSH field number."""
    if isinstance(segment, _RawSegment):
        return segment[n] if n < len(segment) else ""
    try:
        return str(segment[n]) if n < len(segment) else ""
    except Exception:  # noqa: BLE001 - a malformed container: treat the field as absent
        return ""


def _first(raw: str, seps: _Seps) -> list[str]:
    """Components of the first repetition of a raw field."""
    return raw.split(seps.repetition, 1)[0].split(seps.component)


def _comp(raw: str, seps: _Seps, i: int) -> str:
    comps = _first(raw, seps)
    return unescape(comps[i].split(seps.subcomponent, 1)[0], seps).strip() if i < len(comps) else ""


def _accession(obr3: str, obr2: str, seps: _Seps) -> str:
    return _comp(obr3, seps, 0) or _comp(obr2, seps, 0)


def _xcn_name(raw: str, seps: _Seps) -> str:
    """A readable name from an XCN field (ID^Family^Given^Middle^Suffix^Prefix^Degree)."""
    for rep in raw.split(seps.repetition):
        comps = [unescape(c.split(seps.subcomponent, 1)[0], seps).strip() for c in rep.split(seps.component)]
        comps += [""] * (7 - len(comps))
        ident, family, given, middle, suffix, prefix, degree = comps[:7]
        name = " ".join(p for p in (prefix, given, middle, family, suffix, degree) if p)
        if name:
            return name
        if ident:
            return ident
    return ""


def _patient_ids(pid, seps: _Seps) -> tuple[str, str]:
    """(patient_id, nhs_number) from PID-3 (PID-2 when PID-3 is empty)."""
    patient_id = nhs = ""
    raw = _raw(pid, 3)
    for i, rep in enumerate(raw.split(seps.repetition)):
        comps = rep.split(seps.component)
        ident = unescape(comps[0].split(seps.subcomponent, 1)[0], seps).strip()
        if not ident:
            continue
        if i == 0 or not patient_id:
            patient_id = patient_id or ident
        id_type = comps[4].strip().upper() if len(comps) > 4 else ""
        authority = comps[3].split(seps.subcomponent, 1)[0].strip().upper() if len(comps) > 3 else ""
        if not nhs and (id_type == "NH" or authority == "NHS"):
            nhs = ident
    if not patient_id:
        patient_id = _comp(_raw(pid, 2), seps, 0)
    return patient_id, nhs


# ---------------------------------------------------------------------------------------------
# Messages
# ---------------------------------------------------------------------------------------------
def _decode_message(segments: list[bytes]) -> str | None:
    raw = b"\r".join(segments)
    msh = segments[0].decode("latin-1")
    seps = _separators(msh)
    if seps is not None:
        parts = msh.split(seps.field)
        charset = parts[17].split(seps.component, 1)[0].strip().upper() if len(parts) > 17 else ""
        if charset in _CHARSETS:
            return raw.decode(_CHARSETS[charset])
    return decode_text(raw)


def _corrections(path: Path) -> dict[str, int]:
    """First pass: accession -> number of the last message that carries it with OBR-25 = C."""
    last: dict[str, int] = {}
    for chunk in _chunks(path):
        if chunk.kind != "message":
            continue
        text = _decode_message(chunk.segments)
        if text is None:
            continue
        lines = text.split("\r")
        seps = _separators(lines[0])
        if seps is None:
            continue
        for line in lines[1:]:
            if not line.startswith("OBR" + seps.field):
                continue
            parts = line.split(seps.field)
            status = _comp(parts[25], seps, 0).upper() if len(parts) > 25 else ""
            if status != "C":
                continue
            acc = _accession(parts[3] if len(parts) > 3 else "", parts[2] if len(parts) > 2 else "", seps)
            if acc:
                last[acc] = chunk.number
    return last


@dataclass
class _Group:
    obr: object
    pid: object | None
    obx: list = field(default_factory=list)


def _message_records(name: str, number: int, segments: list[bytes], corrected: dict[str, int]) -> Iterator[Record]:
    where = f"message {number}"
    prefix = f"HL7 {where}"
    text = _decode_message(segments)
    if text is None:
        yield Rejection(name, where, f"{prefix}: unknown text encoding (neither UTF-8 nor Windows-1252)")
        return
    seps = _separators(text.split("\r", 1)[0])
    if seps is None or seps.field in "\r\n":
        yield Rejection(name, where, f"{prefix}: incomplete MSH segment (no fields after MSH-2)")
        return
    # OBX segments (free text, most of a message) are split directly: a full hl7.parse builds a
    # container per component of every OBX and was 3/4 of the read time. The header and the
    # PID / OBR segments are parsed with the hl7 library.
    lines = text.split("\r")
    obx_prefix = "OBX" + seps.field
    structured = [ln for ln in lines if not ln.startswith(obx_prefix)]
    try:
        message = iter(hl7.parse("\r".join(structured)))
        parsed = []
        for ln in lines:
            if ln.startswith(obx_prefix):
                parsed.append(("OBX", _RawSegment(ln.split(seps.field))))
            else:
                seg = next(message)
                parsed.append((str(seg[0]).strip(), seg))
    except Exception as err:  # noqa: BLE001 - the hl7 library raises many types on broken input
        yield Rejection(name, where, f"{prefix}: cannot parse the message ({type(err).__name__})")
        return
    msh = parsed[0][1]
    msg_type = _first(_raw(msh, 9), seps)
    kind = msg_type[0].strip().upper()
    if kind and kind != "ORU":
        shown = "^".join(s.strip() for s in msg_type[:2] if s.strip())[:20]
        yield Rejection(name, where, f"{prefix}: message type {shown} is not ORU^R01 (observation result)")
        return
    groups: list[_Group] = []
    stray_obx: list = []
    pid = None
    for sid, seg in parsed[1:]:
        if sid == "PID":
            pid = seg
        elif sid == "OBR":
            groups.append(_Group(seg, pid))
        elif sid == "OBX":
            (groups[-1].obx if groups else stray_obx).append(seg)
    if not groups:
        yield Rejection(name, where, f"{prefix}: no OBR segment (an ORU^R01 report needs OBR and OBX)")
        return
    groups[0].obx[:0] = stray_obx
    for k, group in enumerate(groups, start=1):
        loc = where if len(groups) == 1 else f"{where}, OBR {k}"
        yield _group_record(name, loc, number, group, seps, corrected)


def _group_record(name: str, loc: str, number: int, group: _Group, seps: _Seps, corrected: dict[str, int]) -> Record:
    prefix = f"HL7 {loc}"
    obr = group.obr
    report_id = _accession(_raw(obr, 3), _raw(obr, 2), seps)
    patient_id, nhs = _patient_ids(group.pid, seps) if group.pid is not None else ("", "")
    if not report_id:
        return Rejection(
            name, loc, f"{prefix}: no accession number (OBR-3 filler / OBR-2 placer order number)", "", patient_id
        )
    later = corrected.get(report_id, 0)
    if later > number:
        return Rejection(
            name, loc, f"superseded by corrected report (OBR-25 C) in message {later}", report_id, patient_id
        )
    lines: list[str] = []
    other_types: list[str] = []
    first_status = ""
    for obx in group.obx:
        vtype = _comp(_raw(obx, 2), seps, 0).upper()
        status = _comp(_raw(obx, 11), seps, 0).upper()
        if vtype not in TEXT_TYPES:
            if vtype and vtype not in other_types:
                other_types.append(vtype)
            continue
        if status in ("D", "W"):
            continue
        first_status = first_status or status
        for rep in _raw(obx, 5).split(seps.repetition):
            lines.append(unescape(rep, seps))
    if not lines:
        found = f"; found {', '.join(other_types[:5])}" if other_types else ""
        return Rejection(name, loc, f"{prefix}: no OBX text (no TX, FT or ST result{found})", report_id, patient_id)
    text = "\n".join(lines)
    if not text.strip():
        return Rejection(name, loc, f"{prefix}: the OBX text is empty", report_id, patient_id)
    status = _comp(_raw(obr, 25), seps, 0).upper() or first_status
    exam = _first(_raw(obr, 4), seps)
    exam_name = ""
    for i in (1, 4, 0):
        if i < len(exam):
            exam_name = unescape(exam[i].split(seps.subcomponent, 1)[0], seps).strip()
            if exam_name:
                break
    pid = group.pid
    data = {
        "report_id": report_id,
        "text": text,
        "patient_id": patient_id,
        "nhs_number": nhs,
        "date_of_birth": _hl7_date(_comp(_raw(pid, 7), seps, 0)) if pid is not None else "",
        "sex": _comp(_raw(pid, 8), seps, 0) if pid is not None else "",
        "exam_date": _hl7_date(_comp(_raw(obr, 7), seps, 0) or _comp(_raw(obr, 6), seps, 0)),
        "modality": _comp(_raw(obr, 24), seps, 0),
        "exam_name": exam_name,
        "referrer": _xcn_name(_raw(obr, 16), seps),
        "report_status": status,
    }
    return Report.from_mapping(data, source=f"{name}:{loc}")


def read_hl7(path: Path, *, columns: dict[str, str]) -> Iterator[Record]:
    """Yield a Report or a Rejection for every OBR group of every message of ``path``, in file order.

    ``columns`` does not apply to HL7 (fields are fixed by the standard).
    """
    name = path.name
    corrected = _corrections(path)  # raises InputError before anything is yielded for a non-HL7 file
    for chunk in _chunks(path):
        if chunk.kind == "orphan":
            yield Rejection(name, f"segment {chunk.number}", "HL7 segments outside any message (no MSH before them)")
            continue
        yield from _message_records(name, chunk.number, chunk.segments, corrected)
