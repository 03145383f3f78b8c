"""Parquet reader (``--format parquet``, issue 18): look-back runs over an archive, in constant memory.

The file is read one row group at a time in record batches of ``BATCH_ROWS`` rows (pyarrow),
so memory stays flat whatever the file size. Columns map onto the canonical names as for
JSON Lines (``--columns`` maps site names; names match case-insensitively); other columns
are kept as extras. A record's location is ``row group G row N`` (N counts from 1 in the file).
A file pyarrow cannot open as Parquet raises InputError.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from vfx_finder.errors import InputError, UsageError
from vfx_finder.read.jsonl_reader import map_object
from vfx_finder.read.records import Record, Rejection

#: rows per record batch (a row group is read in batches of this size)
BATCH_ROWS = 4096


def parquet_file(path: Path):
    """The open ``pyarrow.parquet.ParquetFile``, or InputError with one line."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as err:
        raise UsageError(f"--format parquet needs pyarrow, which cannot be imported here ({err})") from None

    try:
        return pq.ParquetFile(path)
    except (pa.ArrowException, OSError, ValueError):
        raise InputError(
            f"{path.name}: not a Parquet file pyarrow can read; check the file or choose --format"
        ) from None


def read_parquet(path: Path, *, columns: dict[str, str], row_groups: list[int] | None = None) -> Iterator[Record]:
    """Yield a Report or a Rejection for every row of ``path`` (or of the given row groups), in file order."""
    pf = parquet_file(path)
    name = path.name
    meta = pf.metadata
    first_row = [0] * meta.num_row_groups
    for g in range(1, meta.num_row_groups):
        first_row[g] = first_row[g - 1] + meta.row_group(g - 1).num_rows
    for g in range(meta.num_row_groups) if row_groups is None else row_groups:
        n = first_row[g]
        for batch in pf.iter_batches(batch_size=BATCH_ROWS, row_groups=[g]):
            for obj in batch.to_pylist():
                n += 1
                where = f"row group {g} row {n}"
                mapped = map_object(obj, columns, source=f"{name}:{where}")
                if isinstance(mapped, str):
                    yield Rejection(name, where, f"row {n}: {mapped}")
                    continue
                yield mapped
