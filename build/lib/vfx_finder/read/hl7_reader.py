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
  Windows-1252 fallback, and parsed whole with ``hl7.parse``: fields, repetitions and components
  come from the library's containers, escapes are undone with ``Message.unescape`` (an app_map
  says how to read highlighting, formatting, hex as UTF-8 and unknown sequences), dates with
  ``hl7.parse_datetime``. The library logs whole field values on odd escapes, so its log
  records are dropped (report text never reaches a log).
* Unescaped line breaks are joined once per segment (linear; the old reader grew the segment
  by concatenation and was quadratic).
* Corrected reports: a first pass over the file indexes accession -> the last message whose
  OBR-25 is ``C`` (only the MSH and OBR segments are parsed; the report text is not). On the
  second pass, a report for that accession in an earlier message is yielded as a Rejection
  "superseded by corrected report (OBR-25 C) in message N", so read = processed + rejected
  still holds. Only the accessions with a correction are kept in memory.

Mapping (one report per OBR group; a message with several OBRs gives several reports)
-------------------------------------------------------------------------------------
report_id      OBR-3 filler order number (EI.1), else OBR-2 placer order number
text           OBX-5 of the TX / FT / ST results of the OBR group, in OBX order, one line per
               OBX (and per repetition), HL7 escapes undone; OBX-11 D / W results are skipped
patient_id     PID-3, first repetition's ID (CX.1); PID-2 when PID-3 is empty
nhs_number     PID-3 repetition whose identifier type (CX.5) is NH or assigning authority (CX.4) NHS
patient_name   PID-5 (XPN family^given^middle^suffix^prefix) as "Prefix Given Middle Family Suffix"
date_of_birth  PID-7 (YYYYMMDD -> YYYY-MM-DD)
sex            PID-8
exam_name      OBR-4 text component (CE.2), else its alternate text or identifier
exam_date      OBR-7 observation date/time (YYYY-MM-DD), else OBR-6
modality       OBR-24 diagnostic service section id
referrer       ORC-12 ordering provider of the order, else OBR-16 (XCN as "Prefix Given Middle
               Family Suffix Degree", the ID when there is no name)
reporter       OBR-32 principal result interpreter (NDL: its CNN sub-components, same layout)
report_status  OBR-25 result status, else OBX-11 (words from HL7 table 0123 in read.validate)
"""

from __future__ import annotations

import logging
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
    """The segments of one message (or of a run of segments outside any message), as raw bytes."""

    kind: str  # "message" or "orphan"
    number: int  # message number, or segment number of the first orphan segment
    segments: list[bytes] = field(default_factory=list)
    #: pieces of the last segment when unescaped line breaks continue it (joined once: linear)
    tail: list[bytes] = field(default_factory=list)

    def add(self, segment: bytes) -> None:
        """Start a new segment."""
        self.close()
        self.tail = [segment]

    def extend_last(self, line: bytes) -> None:
        """Continue the last segment after a line break that the sender did not escape."""
        if self.tail:
            self.tail.append(line)
        else:
            self.tail = [line]

    def close(self) -> _Chunk:
        """Join the pending pieces of the last segment; return self."""
        if self.tail:
            self.segments.append(b"\n".join(self.tail))
            self.tail = []
        return self


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
                    yield current.close()
                if header.group(1) == b"MSH":
                    msg_no += 1
                    current = _Chunk("message", msg_no)
                    current.add(line)
                else:
                    current = None
                continue
            if _SEGMENT_ID.match(line) and (len(line) == 3 or line[3:4] == fsep):
                if line[:3] in (b"BTS", b"FTS"):
                    if current is not None:
                        yield current.close()
                    current = None
                    continue
                if current is None:
                    current = _Chunk("orphan", seg_no)
                current.add(line)
                continue
            # a line break inside the previous segment
            if current is None:
                current = _Chunk("orphan", seg_no)
            current.extend_last(line)
        if current is not None:
            yield current.close()


# ---------------------------------------------------------------------------------------------
# Escapes, dates, field access: through the hl7 library
# ---------------------------------------------------------------------------------------------
class _QuietHL7Log(logging.Filter):
    """Drop the hl7 library's log records: it logs whole field values (report text) on odd escapes."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Never let a record through."""
        return False


logging.getLogger("hl7").addFilter(_QuietHL7Log())
logging.getLogger("hl7.util").addFilter(_QuietHL7Log())

#: how escapes the hl7 library does not map as we want are read (``Message.unescape`` app_map)
_APP_MAP = {"H": "", "N": "", ".br": "\n", ".sp": "\n", ".ce": "\n", ".in": "", ".ti": "", ".fi": "", ".nf": ""}


def _hex_text(code: str) -> str:
    """The text of a \\Xhh..\\ escape: the bytes as UTF-8, else Windows-1252, else Latin-1."""
    try:
        raw = bytes.fromhex(code)
    except ValueError:
        return ""
    text = decode_text(raw)
    return text if text is not None else raw.decode("latin-1")


def _repeat(code: str, char: str) -> str:
    """A formatting escape with a repeat count (\\.sp3\\, \\.sk2\\), the count capped at 20."""
    m = re.fullmatch(r"\s*\+?([0-9]{1,3})\s*", code[3:])
    return char * (min(int(m.group(1)), 20) if m else 1)


def _app_map(value: str, esc: str) -> dict[str, str]:
    """The app_map for one value: the fixed map plus the hex, counted and unknown sequences it holds.

    Hex is decoded as UTF-8 (the library maps each byte to one character); counted formatting
    escapes are capped; character-set switches are dropped; an unknown sequence is kept as text.
    """
    mapping = dict(_APP_MAP)
    codes = value.split(esc)[1::2]  # the library pairs escape characters in order, as here
    for code in codes:
        if code in mapping or code in ("F", "S", "T", "R", "E"):
            continue
        if code[:1] == "X":
            mapping[code] = _hex_text(code[1:])
        elif code[:3] in (".sp", ".sk"):
            mapping[code] = _repeat(code, "\n" if code[:3] == ".sp" else " ")
        elif code[:3] in (".in", ".ti"):
            mapping[code] = ""
        elif code[:1] in ("C", "M", "Z"):
            mapping[code] = ""  # character set switches and locally defined escapes: dropped
        else:
            mapping[code] = f"{esc}{code}{esc}"
    return mapping


def unescape(message: hl7.Message, value: str) -> str:
    """Undo HL7 escapes with ``Message.unescape``; an unterminated escape at the end is kept as text."""
    esc = message.esc
    if not esc or esc not in value:
        return value
    tail = ""
    if value.count(esc) % 2:
        cut = value.rfind(esc)
        value, tail = value[:cut], value[cut:]
    return message.unescape(value, app_map=_app_map(value, esc)) + tail


def _hl7_date(value: str) -> str:
    """HL7 DT / DTM -> YYYY-MM-DD with ``hl7.parse_datetime``; a value it cannot read is returned as given."""
    value = value.strip()
    try:
        parsed = hl7.parse_datetime(value[:8] if re.match(r"\d{8}", value) else value)
    except (ValueError, TypeError, OverflowError):
        return value
    return parsed.date().isoformat() if parsed is not None and len(value) >= 8 else value


def _reps(segment, n: int) -> list:
    """The repetitions of field ``n`` of a parsed segment ([] when absent)."""
    if segment is None or n >= len(segment):
        return []
    field_ = segment(n)
    return list(field_) if isinstance(field_, hl7.Field) else [field_]


def _components(rep) -> list[str]:
    """The raw text of each component of one repetition."""
    return [str(c) for c in rep] if isinstance(rep, hl7.Repetition) else [str(rep)]


def _leaf(message: hl7.Message, value) -> str:
    """One component (its first sub-component), unescaped and stripped."""
    if isinstance(value, hl7.Component):
        value = value[0] if len(value) else ""
    return unescape(message, str(value)).strip()


def _get(message: hl7.Message, segment, n: int, comp: int = 0, *, rep: int = 0) -> str:
    """Field ``n``, repetition ``rep``, component ``comp`` (0-based) of a segment, unescaped; '' when absent."""
    reps = _reps(segment, n)
    if rep >= len(reps):
        return ""
    item = reps[rep]
    if isinstance(item, hl7.Repetition):
        return _leaf(message, item[comp]) if comp < len(item) else ""
    return _leaf(message, item) if comp == 0 else ""


def _name(message: hl7.Message, rep, order: tuple[int, ...]) -> str:
    """The components of a name repetition at ``order`` (0-based), joined with spaces."""
    comps = list(rep) if isinstance(rep, (hl7.Repetition, hl7.Component)) else [rep]
    parts = [_leaf(message, comps[i]) if i < len(comps) else "" for i in order]
    return " ".join(p for p in parts if p)


def _xpn_name(message: hl7.Message, segment, n: int) -> str:
    """A readable name from an XPN field (Family^Given^Middle^Suffix^Prefix): "Prefix Given Middle Family Suffix"."""
    for rep in _reps(segment, n):
        name = _name(message, rep, (4, 1, 2, 0, 3))
        if name:
            return name
    return ""


def _xcn_name(message: hl7.Message, segment, n: int, *, ndl: bool = False) -> str:
    """A readable name from an XCN field (ID^Family^Given^Middle^Suffix^Prefix^Degree), the ID when unnamed.

    ``ndl``: the field is an NDL (OBR-32 principal result interpreter), whose first component is
    a CNN with the same layout in sub-components (ID&Family&Given&Middle&Suffix&Prefix&Degree).
    """
    for rep in _reps(segment, n):
        if ndl:
            rep = rep[0] if isinstance(rep, hl7.Repetition) and len(rep) else rep
        name = _name(message, rep, (5, 2, 3, 1, 4, 6))
        if name:
            return name
        ident = _name(message, rep, (0,))
        if ident:
            return ident
    return ""


def _patient_ids(message: hl7.Message, pid) -> tuple[str, str]:
    """(patient_id, nhs_number) from PID-3 (PID-2 when PID-3 is empty)."""
    patient_id = nhs = ""
    for k in range(len(_reps(pid, 3))):
        ident = _get(message, pid, 3, 0, rep=k)
        if not ident:
            continue
        patient_id = patient_id or ident
        id_type = _get(message, pid, 3, 4, rep=k).upper()
        authority = _get(message, pid, 3, 3, rep=k).upper()
        if not nhs and (id_type == "NH" or authority == "NHS"):
            nhs = ident
    return patient_id or _get(message, pid, 2), nhs


def _accession(message: hl7.Message, obr) -> str:
    """OBR-3 filler order number, else OBR-2 placer order number."""
    return _get(message, obr, 3) or _get(message, obr, 2)


# ---------------------------------------------------------------------------------------------
# Messages
# ---------------------------------------------------------------------------------------------
def _parse(text: str) -> hl7.Message | None:
    """``hl7.parse`` of one message; None when the library cannot parse it."""
    try:
        return hl7.parse(text)
    except Exception:  # noqa: BLE001 - the hl7 library raises many types on broken input
        return None


def _decode_message(segments: list[bytes]) -> str | None:
    """The message as text: in the MSH-18 character set when it names one, else UTF-8 / Windows-1252."""
    raw = b"\r".join(segments)
    # only the 8859 character sets are honoured: parse MSH for MSH-18 only when it may name one
    header = _parse(segments[0].decode("latin-1")) if b"8859" in segments[0] else None
    if header is not None:
        try:
            charset = _get(header, header.segment("MSH"), 18).upper()
        except (KeyError, IndexError):
            charset = ""
        if charset in _CHARSETS:
            return raw.decode(_CHARSETS[charset])
    return decode_text(raw)


def _corrections(path: Path) -> dict[str, int]:
    """First, cheap pass: accession -> number of the last message that carries it with OBR-25 = C.

    Only the MSH and OBR segments are parsed (the report text is not decoded or parsed).
    """
    last: dict[str, int] = {}
    for chunk in _chunks(path):
        if chunk.kind != "message" or len(chunk.segments[0]) < 5:
            continue
        fsep = chunk.segments[0][3:4]
        # parse only messages that may hold a corrected OBR: a field that is just "C"
        maybe_c = re.compile(re.escape(fsep) + rb"\s*C\s*(?:" + re.escape(fsep) + rb"|[^A-Za-z0-9\s]|$)")
        obrs = [seg for seg in chunk.segments[1:] if seg.startswith(b"OBR" + fsep) and maybe_c.search(seg)]
        if not obrs:
            continue
        head = _decode_message([chunk.segments[0], *obrs])
        message = _parse(head) if head is not None else None
        if message is None:
            continue
        for obr in message.segments("OBR"):
            if _get(message, obr, 25).upper() == "C":
                acc = _accession(message, obr)
                if acc:
                    last[acc] = chunk.number
    return last


@dataclass
class _Group:
    """One OBR with the PID and ORC before it and its OBX results."""

    obr: hl7.Segment
    pid: hl7.Segment | None
    orc: hl7.Segment | None = None
    obx: list = field(default_factory=list)


def _message_records(name: str, number: int, segments: list[bytes], corrected: dict[str, int]) -> Iterator[Record]:
    """The records of one message: one per OBR group, or one Rejection."""
    where = f"message {number}"
    prefix = f"HL7 {where}"
    text = _decode_message(segments)
    if text is None:
        yield Rejection(name, where, f"{prefix}: unknown text encoding (neither UTF-8 nor Windows-1252)")
        return
    msh = text.split("\r", 1)[0]
    if len(msh) < 5 or msh[3] in "\r\n" or msh.find(msh[3], 4) < 0:
        yield Rejection(name, where, f"{prefix}: incomplete MSH segment (no fields after MSH-2)")
        return
    try:
        message = hl7.parse(text)
        segs = [(str(seg[0]).strip(), seg) for seg in message]
    except Exception as err:  # noqa: BLE001 - the hl7 library raises many types on broken input
        yield Rejection(name, where, f"{prefix}: cannot parse the message ({type(err).__name__})")
        return
    kind = _get(message, segs[0][1], 9, 0).upper()
    if kind and kind != "ORU":
        shown = "^".join(p for p in (_get(message, segs[0][1], 9, 0), _get(message, segs[0][1], 9, 1)) if p)[:20]
        yield Rejection(name, where, f"{prefix}: message type {shown} is not ORU^R01 (observation result)")
        return
    groups: list[_Group] = []
    stray_obx: list = []
    pid = orc = None
    for sid, seg in segs[1:]:
        if sid == "PID":
            pid = seg
        elif sid == "ORC":
            orc = seg
        elif sid == "OBR":
            groups.append(_Group(seg, pid, orc))
            orc = None
        elif sid == "OBX":
            (groups[-1].obx if groups else stray_obx).append(seg)
    if not groups:
        yield Rejection(name, where, f"{prefix}: no OBR segment (an ORU^R01 report needs OBR and OBX)")
        return
    groups[0].obx[:0] = stray_obx
    for k, group in enumerate(groups, start=1):
        loc = where if len(groups) == 1 else f"{where}, OBR {k}"
        yield _group_record(name, loc, number, message, group, corrected)


def _group_record(
    name: str, loc: str, number: int, message: hl7.Message, group: _Group, corrected: dict[str, int]
) -> Record:
    """The Report (or Rejection) of one OBR group."""
    prefix = f"HL7 {loc}"
    obr, pid = group.obr, group.pid
    report_id = _accession(message, obr)
    patient_id, nhs = _patient_ids(message, pid) if pid is not None else ("", "")
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
        vtype = _get(message, obx, 2).upper()
        status = _get(message, obx, 11).upper()
        if vtype not in TEXT_TYPES:
            if vtype and vtype not in other_types:
                other_types.append(vtype)
            continue
        if status in ("D", "W"):
            continue
        first_status = first_status or status
        lines.extend(unescape(message, str(rep)) for rep in _reps(obx, 5))
    if not lines:
        found = f"; found {', '.join(other_types[:5])}" if other_types else ""
        return Rejection(name, loc, f"{prefix}: no OBX text (no TX, FT or ST result{found})", report_id, patient_id)
    text = "\n".join(lines)
    if not text.strip():
        return Rejection(name, loc, f"{prefix}: the OBX text is empty", report_id, patient_id)
    exam_name = _get(message, obr, 4, 1) or _get(message, obr, 4, 4) or _get(message, obr, 4, 0)
    data = {
        "report_id": report_id,
        "text": text,
        "patient_id": patient_id,
        "nhs_number": nhs,
        "patient_name": _xpn_name(message, pid, 5),
        "date_of_birth": _hl7_date(_get(message, pid, 7)),
        "sex": _get(message, pid, 8),
        "exam_date": _hl7_date(_get(message, obr, 7) or _get(message, obr, 6)),
        "modality": _get(message, obr, 24),
        "exam_name": exam_name,
        "referrer": _xcn_name(message, group.orc, 12) or _xcn_name(message, obr, 16),
        "reporter": _xcn_name(message, obr, 32, ndl=True),
        "report_status": _get(message, obr, 25).upper() or first_status,
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
