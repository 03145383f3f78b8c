"""Format auto-detection and the text decoding shared by the readers.

``sniff_format(path)`` decides from the file's first bytes, then from its extension:

* a folder                                             -> ``txt``
* first segment ``MSH|`` / ``FHS|`` / ``BHS|``           -> ``hl7``
* JSON whose first object has a ``resourceType``        -> ``fhir`` (Bundle, single resource or NDJSON)
* lines of JSON objects without ``resourceType``        -> ``jsonl``
* otherwise the extension: ``.hl7`` -> hl7, ``.ndjson`` / ``.json`` -> fhir, ``.jsonl`` -> jsonl,
  ``.txt`` -> txt (one report in one file), anything else -> csv.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

#: how much of a file auto-detection looks at
SNIFF_BYTES = 64 * 1024

_HL7_START = re.compile(rb"^(?:MSH|FHS|BHS)[^A-Za-z0-9\s]")
_EXTENSIONS = {
    ".hl7": "hl7",
    ".ndjson": "fhir",
    ".json": "fhir",
    ".jsonl": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "txt",
    ".parquet": "parquet",
}

BOM = b"\xef\xbb\xbf"


def decode_text(raw: bytes) -> str | None:
    """Decode bytes as UTF-8 (a leading BOM is dropped), else Windows-1252; None when neither works."""
    if raw.startswith(BOM):
        raw = raw[len(BOM) :]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return None


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(SNIFF_BYTES)
    except OSError:
        return b""


def sniff_format(path: Path) -> str:
    """Choose a reader for ``path`` from its content, then its extension (see the module docstring)."""
    path = Path(path)
    if path.is_dir():
        return "txt"
    head = _head(path)
    if head.startswith(b"PAR1"):
        return "parquet"
    if head.startswith(BOM):
        head = head[len(BOM) :]
    head = head.lstrip(b" \t\r\n\x00")
    if _HL7_START.match(head):
        return "hl7"
    if head.startswith(b"{"):
        first_line = head.split(b"\n", 1)[0].strip()
        try:
            obj = json.loads(first_line.decode("utf-8", errors="replace"))
        except (ValueError, RecursionError):
            obj = None
        if isinstance(obj, dict):
            # a whole object on the first line: NDJSON / JSONL (or a one-line FHIR resource)
            return "fhir" if "resourceType" in obj else "jsonl"
        # a pretty-printed JSON document: FHIR if it names a resourceType near the top
        if re.search(rb'"resourceType"\s*:', head):
            return "fhir"
        return "fhir" if path.suffix.lower() in (".json", ".ndjson") else "jsonl"
    suffix = path.suffix.lower()
    if suffix == ".txt":
        # a CSV export saved as .txt still has a CSV header naming report_id and text
        header = {c.strip().strip('"').lower() for c in head.split(b"\n", 1)[0].decode("latin-1").split(",")}
        if {"report_id", "text"} <= header:
            return "csv"
    return _EXTENSIONS.get(suffix, "csv")
