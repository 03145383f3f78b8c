"""Run the analyser over a stream of reports, in-process or in worker processes, keeping input order.

Workers load the pipeline once (medspaCy's rules do not pickle, so ``nlp.pipe(n_process=...)``
cannot be used) and return plain dicts. At most ``2 * workers`` batches are in
flight, so memory stays flat whatever the input size.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from vfx_finder.read.records import Report

BATCH = 256
_ANALYSER = None


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def _init_worker(patterns_dir: str | None) -> None:
    global _ANALYSER
    from vfx_finder.nlp.engine import Analyser

    _ANALYSER = Analyser(Path(patterns_dir) if patterns_dir else None)


def _analyse_batch(items: list[tuple[str, str, str]]) -> list[dict]:
    assert _ANALYSER is not None
    return [_record(d) for d in _ANALYSER.analyse_many(items)]


def _record(decision) -> dict:
    row = decision.as_row()
    row["decided_by"] = decision.decided_by
    return row


def _batches(reports: Iterable[Report], size: int) -> Iterator[list[Report]]:
    batch: list[Report] = []
    for r in reports:
        batch.append(r)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def analyse_stream(
    reports: Iterable[Report], *, workers: int = 1, patterns_dir: Path | None = None, batch_size: int = BATCH
) -> Iterator[tuple[Report, dict]]:
    """Yield (report, decision row) for every report, in input order."""
    if workers <= 1:
        _init_worker(str(patterns_dir) if patterns_dir else None)
        for batch in _batches(reports, batch_size):
            rows = _analyse_batch([(r.text, r.exam_name, r.modality) for r in batch])
            yield from zip(batch, rows)
        return
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_init_worker, initargs=(str(patterns_dir) if patterns_dir else None,)
    ) as pool:
        pending: deque = deque()
        for batch in _batches(reports, batch_size):
            pending.append((batch, pool.submit(_analyse_batch, [(r.text, r.exam_name, r.modality) for r in batch])))
            while len(pending) >= 2 * workers:
                b, fut = pending.popleft()
                yield from zip(b, fut.result())
        while pending:
            b, fut = pending.popleft()
            yield from zip(b, fut.result())
