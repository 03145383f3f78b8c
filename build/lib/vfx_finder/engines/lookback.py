"""Look-back runs over an archive (issue 18): Parquet in, report_findings rows as Parquet out, resumable.

``vfx-finder lookback ARCHIVE.parquet --findings-parquet DIR`` analyses every row of the
archive and writes its report_findings rows (the same columns and values as a nightly run's
report_findings.csv) into DIR, one partition per input row group:

* ``DIR/part-GGGGG.parquet``: the findings of row group G, written incrementally with a
  ``pyarrow.parquet.ParquetWriter`` (one record batch at a time: memory stays flat);
* ``DIR/rejected-GGGGG.csv``: the rows of row group G that could not be used (never silently dropped).

A partition is written to a temporary file, fsynced and moved into place with
``os.replace`` (its rejected rows first, its part file last), so a part file exists only
when the whole row group is done: the part files are the progress record. A re-run after
a crash skips the row groups whose part file exists and redoes the one that was half-way
(its temporary file is discarded): no duplicate, nothing lost. Files are owner-only (0600).

A look-back writes no worklist and records nothing in the alert history: it is case
finding over the past; its findings are reviewed, or fed back as input, separately.
The engine (``local`` worker processes or ``dask``) is the nightly run's; a Dask
LocalCluster is started once for the whole look-back and shut down at the end.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
from dataclasses import dataclass, field
from pathlib import Path

from vfx_finder.aggregate.patients import fls_eligibility
from vfx_finder.process import analyse_stream
from vfx_finder.publish import FINDINGS_COLUMNS, REJECTED_COLUMNS, SafeCsvWriter, ensure_out_dir, fsync_dir
from vfx_finder.read import check_paths, parse_columns
from vfx_finder.read.parquet_reader import parquet_file, read_parquet
from vfx_finder.read.records import Rejection
from vfx_finder.read.validate import validate

log = logging.getLogger("vfx_finder")

#: findings rows per Parquet write (one record batch)
WRITE_ROWS = 4096


@dataclass
class LookbackResult:
    """What a look-back did: partitions done now, skipped (done before), rows written, rejected."""

    out_dir: Path
    partitions: int = 0
    done: list[int] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)
    rows: int = 0
    rejected: int = 0

    def one_line(self) -> str:
        """The summary line the CLI prints."""
        return (
            f"look-back: {len(self.done)} partition(s) done, {len(self.skipped)} already done (skipped) "
            f"of {self.partitions}; {self.rows} report(s) analysed, {self.rejected} rejected; findings in {self.out_dir}"
        )


def part_path(out_dir: Path, group: int) -> Path:
    """The findings Parquet file of one input row group (its existence means: done)."""
    return out_dir / f"part-{group:05d}.parquet"


def _crash_hook(done: int) -> None:
    """Test hook: ``VFX_TEST_CRASH_AFTER_PARTITIONS=N`` SIGKILLs this process after N partitions."""
    n = os.environ.get("VFX_TEST_CRASH_AFTER_PARTITIONS")
    if n and done >= int(n):
        os.kill(os.getpid(), signal.SIGKILL)


def _partition(path: Path, group: int, out_dir: Path, opts: dict, result: LookbackResult) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from vfx_finder.run import _findings_row  # the nightly run's row, so both outputs agree

    schema = pa.schema([(c, pa.string()) for c in FINDINGS_COLUMNS])
    final = part_path(out_dir, group)
    tmp = out_dir / f".{final.name}.tmp"
    rej_final = out_dir / f"rejected-{group:05d}.csv"
    seen: set[str] = set()
    rejected = 0

    rej_w = SafeCsvWriter(rej_final, REJECTED_COLUMNS)  # formula-safe cells, a 0600 temporary file

    def reports():
        nonlocal rejected
        for rec in read_parquet(path, columns=opts["mapping"], row_groups=[group]):
            if not isinstance(rec, Rejection):
                file_part, _, where = rec.source.rpartition(":")
                rec = validate(rec, source_file=file_part or path.name, location=where or "?", seen_ids=seen)
            if isinstance(rec, Rejection):
                rejected += 1
                rej_w.write(
                    {
                        "source_file": rec.source_file,
                        "location": rec.location,
                        "report_id": rec.report_id,
                        "patient_id": rec.patient_id,
                        "reason": rec.reason,
                    }
                )
                continue
            yield rec

    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as sink:
        writer = pq.ParquetWriter(sink, schema)
        buf: list[dict] = []
        stream = analyse_stream(
            reports(),
            workers=opts["workers"],
            patterns_dir=opts["patterns_dir"],
            engine=opts["engine"],
            scheduler=opts["scheduler"],
        )
        with contextlib.closing(stream):
            for report, decision in stream:
                eligible, age, _ = fls_eligibility(report, decision["finding"], opts["min_age"])
                row = _findings_row(report, decision, eligible, age)
                buf.append({c: str(row.get(c, "")) for c in FINDINGS_COLUMNS})
                if len(buf) >= WRITE_ROWS:
                    writer.write_table(pa.Table.from_pylist(buf, schema=schema))
                    result.rows += len(buf)
                    buf = []
        if buf:
            writer.write_table(pa.Table.from_pylist(buf, schema=schema))
            result.rows += len(buf)
        writer.close()
        sink.flush()
        os.fsync(sink.fileno())
    rej_w.finish()
    rej_w.file.commit()  # the rejected rows first
    os.replace(tmp, final)  # the part file last: it marks the partition done
    fsync_dir(out_dir)
    result.rejected += rejected


def lookback(
    path: Path,
    out_dir: Path,
    *,
    columns: str | dict | None = None,
    min_age: int = 50,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    patterns_dir: Path | None = None,
) -> LookbackResult:
    """Analyse every row group of a Parquet archive not done yet; findings as Parquet partitions in ``out_dir``."""
    (path,) = check_paths([path])
    mapping = parse_columns(columns) if not isinstance(columns, dict) else columns
    pf = parquet_file(path)
    out_dir = ensure_out_dir(out_dir).absolute()
    for stale in out_dir.glob(".*.tmp"):  # a partition a killed look-back left half-way
        stale.unlink()
    result = LookbackResult(out_dir, partitions=pf.metadata.num_row_groups)
    todo = []
    for g in range(result.partitions):
        (result.skipped if part_path(out_dir, g).exists() else todo).append(g)
    cluster = client = None
    if engine == "dask" and not scheduler and todo:
        from vfx_finder.engines.dask_engine import start_cluster

        cluster, client = start_cluster(workers)
        scheduler = cluster.scheduler_address
    opts = {
        "mapping": mapping,
        "min_age": min_age,
        "workers": workers,
        "engine": engine,
        "scheduler": scheduler,
        "patterns_dir": patterns_dir,
    }
    try:
        for g in todo:
            _partition(path, g, out_dir, opts, result)
            result.done.append(g)
            log.info("look-back partition %d of %d done", g + 1, result.partitions)
            _crash_hook(len(result.done))
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    return result
