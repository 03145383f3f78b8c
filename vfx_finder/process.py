"""Run the analyser over a stream of reports, in-process or in worker processes, keeping input order.

Workers load the pipeline once (medspaCy's rules do not pickle, so ``nlp.pipe(n_process=...)``
cannot be used) and return plain dicts. At most ``IN_FLIGHT * workers`` batches are in
flight, so memory stays flat whatever the input size.

Per-report overhead is kept low (issue 6, docs/PERFORMANCE.md):

- workers get plain ``(text, exam_name, modality)`` tuples, never ``Report`` objects;
- a report the pre-filter settles (no spine or fracture vocabulary, most of a mixed
  stream) comes back as ``None`` and the parent fills in a fresh copy of the one
  pre-filter row, so only rows the NLP produced cross the process boundary;
- the parent imports the pipeline's modules (with nltk deferred, see
  :func:`vfx_finder.nlp.medspacy_speedups.preload`) before forking, so workers start in a
  fraction of a second and share those pages;
- a worker rebuilds its pipeline every ``RECYCLE_AFTER`` analysed reports, so spaCy's
  string store (which grows with every new token string) cannot creep over a night
  of a million reports. Rebuilding changes no answer.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from vfx_finder.read.records import Report

BATCH = 256
#: batches in flight per worker (queued + running): enough to keep workers busy, small enough to stay flat
IN_FLIGHT = 3
#: reports run through spaCy by one pipeline before the worker rebuilds it
RECYCLE_AFTER = 200_000

_ANALYSER = None
_PATTERNS_DIR: str | None = None
_ANALYSED = 0
_PREFILTER_ROW: dict | None = None


def default_workers() -> int:
    """Worker processes for ``--workers 0``: the CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover  (not Linux)
        return max(1, os.cpu_count() or 1)


def _init_worker(patterns_dir: str | None) -> None:
    global _ANALYSER, _PATTERNS_DIR, _ANALYSED
    from vfx_finder.analyser import Analyser

    _PATTERNS_DIR = patterns_dir
    _ANALYSER = Analyser(Path(patterns_dir) if patterns_dir else None)
    _ANALYSED = 0


def _record(decision) -> dict:
    row = decision.as_row()
    row["decided_by"] = decision.decided_by
    return row


def prefilter_row() -> dict:
    """The decision row of a report the pre-filter settles (identical for all of them; copy before changing)."""
    global _PREFILTER_ROW
    if _PREFILTER_ROW is None:
        from vfx_finder.decide import Decision
        from vfx_finder.vocab import PREFILTER_REASON

        _PREFILTER_ROW = _record(Decision(finding="no_fracture", decided_by=PREFILTER_REASON))
    return _PREFILTER_ROW


def _analyse_packed(items: list[tuple[str, str, str]]) -> list[dict | None]:
    """Rows for (text, exam_name, modality) items; ``None`` where the pre-filter decided (see prefilter_row)."""
    global _ANALYSED
    assert _ANALYSER is not None
    if _ANALYSED >= RECYCLE_AFTER:
        _init_worker(_PATTERNS_DIR)
    settled = prefilter_row()["decided_by"]
    out: list[dict | None] = []
    for d in _ANALYSER.analyse_many(items):
        if d.decided_by == settled:
            out.append(None)
        else:
            _ANALYSED += 1
            out.append(_record(d))
    return out


def _analyse_batch(items: list[tuple[str, str, str]]) -> list[dict]:
    """Rows for (text, exam_name, modality) items, every one a dict (the unpacked form of _analyse_packed)."""
    return _unpack(_analyse_packed(items))


def _unpack(rows: list[dict | None]) -> list[dict]:
    base = prefilter_row()
    return [dict(base) if r is None else r for r in rows]


def _batches(reports: Iterable[Report], size: int) -> Iterator[list[Report]]:
    batch: list[Report] = []
    for r in reports:
        batch.append(r)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _items(batch: list[Report]) -> list[tuple[str, str, str]]:
    return [(r.text, r.exam_name, r.modality) for r in batch]


def _mp_context():
    """fork on Linux: workers inherit the imported modules (copy-on-write) instead of importing them again.

    Elsewhere (macOS, Windows) the platform default (spawn) is kept: fork is unsafe there.
    """
    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return None  # pragma: no cover


def analyse_stream(
    reports: Iterable[Report], *, workers: int = 1, patterns_dir: Path | None = None, batch_size: int = BATCH
) -> Iterator[tuple[Report, dict]]:
    """Yield (report, decision row) for every report, in input order."""
    pdir = str(patterns_dir) if patterns_dir else None
    if workers <= 1:
        _init_worker(pdir)
        for batch in _batches(reports, batch_size):
            yield from zip(batch, _analyse_batch(_items(batch)))
        return
    from vfx_finder.nlp.medspacy_speedups import preload

    preload()
    prefilter_row()
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=_mp_context(), initializer=_init_worker, initargs=(pdir,)
    )
    try:
        pending: deque = deque()
        limit = IN_FLIGHT * workers
        for batch in _batches(reports, batch_size):
            pending.append((batch, pool.submit(_analyse_packed, _items(batch))))
            while len(pending) >= limit:
                b, fut = pending.popleft()
                yield from zip(b, _unpack(fut.result()))
        while pending:
            b, fut = pending.popleft()
            yield from zip(b, _unpack(fut.result()))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
