"""Run the analyser over a stream of reports, in-process or in worker processes, keeping input order.

Workers load the pipeline once (medspaCy's rules do not pickle, so ``nlp.pipe(n_process=...)``
cannot be used) and return plain dicts. At most ``IN_FLIGHT * workers`` batches are in
flight, so memory stays flat whatever the input size.

Per-report overhead is kept low (issue 6, docs/PERFORMANCE.md):

- workers get plain ``(text, exam_name, modality)`` tuples, never ``Report`` objects;
- a report the pre-filter settles (no spine or fracture vocabulary, most of a mixed
  stream) comes back as ``None`` (the worker asks the analyser's pre-filter first, so the
  row is marked by that answer, never by its wording) and the parent fills in a fresh copy
  of the one pre-filter row, so only rows the NLP produced cross the process boundary;
- the parent imports the pipeline's modules (with nltk deferred, see
  :func:`vfx_finder.nlp.medspacy_speedups.preload`) before forking, so workers start in a
  fraction of a second and share those pages;
- a worker rebuilds its pipeline every ``RECYCLE_AFTER`` analysed reports, so spaCy's
  string store (which grows with every new token string) cannot creep over a night
  of a million reports. Rebuilding changes no answer.

Every report has a budget (issue 12): at most ``MAX_REPORT_CHARS`` characters and
``REPORT_SECONDS`` CPU seconds of analysis. A report over budget is not dropped: it comes
back as a ``possible_fracture`` row whose ``decided_by`` says it was not read and needs a
manual review (so it reaches the worklist), and the run goes on.

Crash safety (issue 12): a worker dies with the main process. Each worker asks the
kernel for SIGKILL when its parent dies (``prctl(PR_SET_PDEATHSIG)``), checks that the
parent is still the one that forked it, and runs a watchdog thread that exits when its
parent pid changes (for kernels without prctl). At start it closes the inherited run-lock
descriptor, so a worker never holds the state store's lock.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from vfx_finder.read.records import Report
from vfx_finder.vocab import EMPTY_DECISION

BATCH = 256
#: batches in flight per worker (queued + running): enough to keep workers busy, small enough to stay flat
IN_FLIGHT = 3
#: reports run through spaCy by one pipeline before the worker rebuilds it
RECYCLE_AFTER = 200_000
#: a longer report is not read (spaCy refuses 1,000,000; NLP time grows fast with length)
MAX_REPORT_CHARS = 200_000
#: CPU seconds of analysis one report may take before it is listed for manual review instead
REPORT_SECONDS = 20.0
#: how often a worker's watchdog checks that its parent is alive (seconds)
WATCHDOG_INTERVAL = 0.5

#: ``decided_by`` prefix of a report over its budget (docs/OPERATIONS.md: listed for manual review)
NOT_READ = "not read: over the {what} budget ({detail}) - manual review"

_PR_SET_PDEATHSIG = 1


def default_workers() -> int:
    """Worker processes for ``--workers 0``: the CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover  (not Linux)
        return max(1, os.cpu_count() or 1)


def over_budget_row(what: str, detail: str) -> dict:
    """The decision row of a report that was not read (over its size or time budget): a manual review."""
    return {**EMPTY_DECISION, "finding": "possible_fracture", "decided_by": NOT_READ.format(what=what, detail=detail)}


def is_over_budget(row: dict) -> bool:
    """True for a row made by :func:`over_budget_row`."""
    return str(row.get("decided_by", "")).startswith("not read: over the ")


class _ReportTimeout(BaseException):
    """Raised by the SIGPROF handler inside one report's analysis.

    A ``BaseException`` so that no library's ``except Exception`` swallows it; and the handler
    also sets a flag, because an exception raised inside a callback that the interpreter runs
    for a C extension (a weakref or GC callback) is printed as "ignored" and lost: a report that
    ran past its budget is reported as such whether or not the exception got through.
    """


_TIMED_OUT = threading.Event()


def _alarm(signum, frame):  # pragma: no cover  (runs inside a signal)
    _TIMED_OUT.set()
    raise _ReportTimeout


def die_with_parent(parent_pid: int, close_fds: Sequence[int] = ()) -> None:
    """In a freshly forked worker: drop the parent's lock fds, die when the parent dies, default signals."""
    for fd in close_fds:
        try:
            os.close(fd)
        except OSError:
            pass
    # the parent's SIGTERM / SIGINT handlers are not the worker's: the parent stops the workers itself
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the parent decides
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover  (not Linux)
        pass
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(WATCHDOG_INTERVAL)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, name="vfx-parent-watchdog", daemon=True).start()


class Worker:
    """One analyser with its per-report budget; lives in a worker process (or in-process for workers=1)."""

    def __init__(
        self, patterns_dir: str | None, *, max_chars: int, seconds: float, model_path: str | None = None
    ) -> None:
        self.patterns_dir = patterns_dir
        self.max_chars = max_chars
        self.seconds = seconds
        self.analysed = 0
        self.analyser = self._build()
        self.model = None
        if model_path:
            from vfx_finder.model import load_scorer  # the compact scorer: no scikit-learn in workers

            self.model = load_scorer(Path(model_path))
        from vfx_finder.nlp.sentences import join_wrapped_lines

        self._normalise = join_wrapped_lines

    def _build(self):
        from vfx_finder.analyser import Analyser

        return Analyser(Path(self.patterns_dir) if self.patterns_dir else None)

    @staticmethod
    def record(decision) -> dict:
        """A Decision as a report_findings row (plus decided_by)."""
        row = decision.as_row()
        row["decided_by"] = decision.decided_by
        return row

    def _timed(self, text: str, exam_name: str, modality: str) -> dict:
        """The row of a report past the pre-filter (``text`` normalised), within its CPU-time budget."""
        use_alarm = self.seconds > 0 and threading.current_thread() is threading.main_thread()
        if not use_alarm:
            return self.record(self.analyser.analyse_screened(text, exam_name=exam_name, modality=modality))
        # CPU time (ITIMER_PROF), not wall time: a busy machine must not turn a normal report into "not read"
        previous = signal.signal(signal.SIGPROF, _alarm)
        _TIMED_OUT.clear()
        # re-fires every tenth of the budget after it runs out, in case one firing is swallowed
        signal.setitimer(signal.ITIMER_PROF, self.seconds, max(self.seconds / 10, 0.001))
        row = None
        try:
            row = self.record(self.analyser.analyse_screened(text, exam_name=exam_name, modality=modality))
        except _ReportTimeout:
            pass
        finally:
            try:
                signal.setitimer(signal.ITIMER_PROF, 0)
            except _ReportTimeout:  # fired just as the timer was stopped
                signal.setitimer(signal.ITIMER_PROF, 0)
            signal.signal(signal.SIGPROF, previous)
        if row is None or _TIMED_OUT.is_set():
            self.analyser = self._build()  # the interrupted pipeline may be mid-state: start clean
            return over_budget_row("time", f"{self.seconds:g} s")
        return row

    def analyse_packed(self, items: list[tuple[str, str, str]]) -> list[dict | None]:
        """Rows for (text, exam_name, modality) items; ``None`` where the pre-filter settled the report."""
        if self.analysed >= RECYCLE_AFTER:
            self.analyser = self._build()
            self.analysed = 0
        out: list[dict | None] = []
        for text, exam_name, modality in items:
            if len(text) > self.max_chars:
                out.append(over_budget_row("size", f"{len(text)} characters > {self.max_chars}"))
                continue
            normalised = self._normalise(text)
            if not self.analyser.needs_nlp(normalised):
                out.append(None)  # settled by the pre-filter: the flag is the None
                continue
            self.analysed += 1
            out.append(self._timed(normalised, exam_name, modality))
        if self.model is not None:
            self._second_read(items, out)
        return out

    def _second_read(self, items: list[tuple[str, str, str]], rows: list[dict | None]) -> None:
        """The second reader's probability and verdict on every report the NLP read (one batch, one call)."""
        from vfx_finder.model import score_batch, second_reader_verdict, top_phrases

        read = [i for i, r in enumerate(rows) if r is not None and not is_over_budget(r)]
        if not read:
            return
        m = self.model
        probs = score_batch(m.scorer, [items[i][0] for i in read], [rows[i] for i in read])
        for i, p in zip(read, probs, strict=True):
            row = rows[i]
            row["model_probability"] = f"{float(p):.3f}"
            row["second_reader"] = second_reader_verdict(float(p), row["finding"], m.threshold, m.low_threshold)
            if row["second_reader"] == "second_reader":
                row["model_phrases"] = "; ".join(top_phrases(m.scorer, items[i][0], k=5))


class _Prefiltered:
    """The one decision row of every report the pre-filter settles (copied before use)."""

    def __init__(self) -> None:
        from vfx_finder.decide import Decision
        from vfx_finder.vocab import PREFILTER_REASON

        self.row = Worker.record(Decision(finding="no_fracture", decided_by=PREFILTER_REASON))

    def unpack(self, rows: list[dict | None]) -> list[dict]:
        return [dict(self.row) if r is None else r for r in rows]


# one Worker per worker process, set by the pool initializer (a process-local slot, not shared state)
_PROCESS_WORKER: list[Worker] = []


def _init_process(
    patterns_dir: str | None,
    max_chars: int,
    seconds: float,
    parent_pid: int,
    close_fds: tuple[int, ...],
    model_path: str | None = None,
) -> None:
    die_with_parent(parent_pid, close_fds)
    _PROCESS_WORKER[:] = [Worker(patterns_dir, max_chars=max_chars, seconds=seconds, model_path=model_path)]


def _run_packed(items: list[tuple[str, str, str]]) -> list[dict | None]:
    return _PROCESS_WORKER[0].analyse_packed(items)


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


class WorkerPool:
    """Worker processes that die with the parent; ``stop()`` kills them at once (used on errors and signals)."""

    def __init__(
        self,
        workers: int,
        patterns_dir: str | None,
        *,
        max_chars: int = MAX_REPORT_CHARS,
        seconds: float = REPORT_SECONDS,
        close_fds: Sequence[int] = (),
        model_path: str | None = None,
    ) -> None:
        self.workers = workers
        self.executor = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=_mp_context(),
            initializer=_init_process,
            initargs=(patterns_dir, max_chars, seconds, os.getpid(), tuple(close_fds), model_path),
        )

    def submit(self, items):
        """Analyse one batch in a worker; a future of its packed rows."""
        return self.executor.submit(_run_packed, items)

    def pids(self) -> list[int]:
        """The worker processes' ids (for tests and the kill campaign)."""
        return [p.pid for p in list((self.executor._processes or {}).values())]

    def stop(self, *, graceful: bool) -> None:
        """Shut the pool down: wait for it (graceful), or SIGKILL every worker now."""
        if graceful:
            self.executor.shutdown(wait=True, cancel_futures=True)
            return
        procs = list((self.executor._processes or {}).values())
        for p in procs:
            try:
                p.kill()
            except (OSError, ValueError):
                pass
        self.executor.shutdown(wait=False, cancel_futures=True)
        for p in procs:
            try:
                p.join(timeout=5)
            except (OSError, ValueError, AssertionError):
                pass


def analyse_stream(
    reports: Iterable[Report],
    *,
    workers: int = 1,
    patterns_dir: Path | None = None,
    batch_size: int = BATCH,
    max_chars: int = MAX_REPORT_CHARS,
    seconds: float = REPORT_SECONDS,
    close_fds: Sequence[int] = (),
    model_path: Path | None = None,
    engine: str = "local",
    scheduler: str | None = None,
) -> Iterator[tuple[Report, dict]]:
    """Yield (report, decision row) for every report, in input order.

    ``close_fds``: descriptors the workers must not keep (the run lock). ``model_path``: a second-reader
    model scored on every report the NLP reads (``model_probability``, ``second_reader``). ``engine``:
    ``local`` (worker processes) or ``dask`` (:mod:`vfx_finder.engines.dask_engine`; ``scheduler`` is an
    existing cluster's address, else a LocalCluster of ``workers`` processes).
    """
    pdir = str(patterns_dir) if patterns_dir else None
    mpath = str(model_path) if model_path else None
    prefiltered = _Prefiltered()
    if engine == "dask":
        from vfx_finder.engines.dask_engine import analyse_stream_dask

        yield from analyse_stream_dask(
            reports,
            workers=workers,
            patterns_dir=pdir,
            batch_size=batch_size,
            max_chars=max_chars,
            seconds=seconds,
            scheduler=scheduler,
            prefiltered=prefiltered,
            batches=_batches,
            items=_items,
            model_path=mpath,
        )
        return
    if workers <= 1:
        worker = Worker(pdir, max_chars=max_chars, seconds=seconds, model_path=mpath)
        for batch in _batches(reports, batch_size):
            yield from zip(batch, prefiltered.unpack(worker.analyse_packed(_items(batch))))
        return
    from vfx_finder.nlp.medspacy_speedups import preload

    preload()
    if mpath:
        from vfx_finder.model import load_scorer

        load_scorer(Path(mpath))  # a bad model fails here, once, before any worker starts
    pool = WorkerPool(workers, pdir, max_chars=max_chars, seconds=seconds, close_fds=close_fds, model_path=mpath)
    finished = False
    try:
        pending: deque = deque()
        limit = IN_FLIGHT * workers
        for batch in _batches(reports, batch_size):
            pending.append((batch, pool.submit(_items(batch))))
            while len(pending) >= limit:
                b, fut = pending.popleft()
                yield from zip(b, prefiltered.unpack(fut.result()))
        while pending:
            b, fut = pending.popleft()
            yield from zip(b, prefiltered.unpack(fut.result()))
        finished = True
    finally:
        pool.stop(graceful=finished)
