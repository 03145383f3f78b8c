"""Stage 1, read: turn input files into a stream of Report / Rejection records.

Every reader has the signature ``read_X(path, *, columns) -> Iterator[Report | Rejection]``
and streams record by record. ``iter_records`` applies the shared checks in
``validate`` so every format rejects the same things the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from vfx_finder.errors import InputError, UsageError
from vfx_finder.read.columns import parse_columns
from vfx_finder.read.csv_reader import read_csv
from vfx_finder.read.detect import sniff_format
from vfx_finder.read.fhir_reader import read_fhir
from vfx_finder.read.hl7_reader import read_hl7
from vfx_finder.read.jsonl_reader import read_jsonl
from vfx_finder.read.parquet_reader import read_parquet
from vfx_finder.read.records import CANONICAL_COLUMNS, Record, Rejection, Report
from vfx_finder.read.txt_reader import read_txt
from vfx_finder.read.validate import validate

FORMATS: tuple[str, ...] = ("auto", "csv", "jsonl", "txt", "hl7", "fhir", "parquet")

READERS = {
    "csv": read_csv,
    "jsonl": read_jsonl,
    "txt": read_txt,
    "hl7": read_hl7,
    "fhir": read_fhir,
    "parquet": read_parquet,
}


def detect_format(path: Path) -> str:
    """Choose a reader for ``--format auto`` from the file's first bytes, then its extension.

    A folder is ``txt``; ``MSH|`` / ``FHS|`` / ``BHS|`` is ``hl7``; JSON with a ``resourceType``
    (Bundle, DiagnosticReport, NDJSON) is ``fhir``; lines of other JSON objects are ``jsonl``;
    otherwise the extension decides (.hl7, .ndjson / .json, .jsonl, .txt) and anything else is ``csv``.
    See vfx_finder/read/detect.py and docs/INPUT_FORMATS.md.
    """
    return sniff_format(Path(path))


def check_paths(paths: Iterable[Path]) -> list[Path]:
    """Return the input paths, raising InputError for one that is missing or unreadable."""
    out = []
    for p in paths:
        p = Path(p)
        if not p.exists():
            raise InputError(f"input not found: {p}; give the path of a report file or folder")
        if p.is_file():
            try:
                with p.open("rb"):
                    pass
            except OSError as err:
                raise InputError(f"cannot read input {p}: {err.strerror}; check its permissions") from None
        out.append(p)
    if not out:
        raise UsageError("no input given; write vfx-finder run REPORTS.csv --out DIR")
    return out


def iter_records(
    paths: Iterable[Path], *, fmt: str = "auto", columns: dict[str, str] | str | None = None
) -> Iterator[Record]:
    """Yield validated Reports and Rejections from every input, in input order."""
    if fmt not in FORMATS:
        raise UsageError(f"--format: invalid format '{fmt}'; must be one of {', '.join(FORMATS)}")
    mapping = parse_columns(columns) if isinstance(columns, str) or columns is None else columns
    for path in check_paths(paths):
        seen_ids: set[str] = set()
        chosen = detect_format(path) if fmt == "auto" else fmt
        reader = READERS.get(chosen)
        if reader is None:
            raise UsageError(f"--format {chosen} is not supported yet; supported: {', '.join(sorted(READERS))}")
        for rec in reader(path, columns=mapping):
            if isinstance(rec, Rejection):
                yield rec
                continue
            file_part, _, where = rec.source.rpartition(":")
            yield validate(rec, source_file=file_part or path.name, location=where or "?", seen_ids=seen_ids)


__all__ = [
    "CANONICAL_COLUMNS",
    "FORMATS",
    "READERS",
    "Rejection",
    "Report",
    "check_paths",
    "detect_format",
    "iter_records",
    "parse_columns",
]
