"""The Dask engine: reports analysed by Dask distributed workers, in input order (``run --engine dask``).

The main process reads and validates the records exactly as the local engine does and
submits batches of plain ``(text, exam_name, modality)`` tuples as Dask tasks; a
:class:`PipelinePlugin` builds one :class:`vfx_finder.process.Worker` (the pipeline) once per
Dask worker; each task returns the packed rows (``None`` where the pre-filter settled the
report). Everything after analysis (staging, aggregation, publication) is the local code
path: this module only yields ``(report, row)`` pairs like :func:`analyse_stream`.

With no scheduler address a :class:`distributed.LocalCluster` is started (processes,
``n_workers=workers``, one thread each) and shut down on every exit path (normal end,
error, signal, generator closed early). With an address the existing cluster is used and
left running. A task whose worker dies is re-run by the scheduler on another worker
(``retries`` covers tasks that raise), so a killed worker loses nothing.

Limit: the per-report CPU-time budget (``REPORT_SECONDS``) needs the worker's main thread
(SIGPROF) and is not enforced on Dask worker threads; the size budget is.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator

from vfx_finder.read.records import Report

log = logging.getLogger("vfx_finder")

#: retries of a task that raised (a worker that died is rescheduled by the scheduler anyway)
RETRIES = 3
#: batches in flight per worker
IN_FLIGHT = 4
#: name of the worker plugin (registering it again replaces it)
PLUGIN_NAME = "vfx-finder-pipeline"


def _plugin_class():
    from distributed import WorkerPlugin

    class PipelinePlugin(WorkerPlugin):
        """Builds the analyser once per Dask worker (medspaCy's rules do not pickle)."""

        name = PLUGIN_NAME

        def __init__(
            self, patterns_dir: str | None, max_chars: int, seconds: float, model_path: str | None = None
        ) -> None:
            self.patterns_dir = patterns_dir
            self.max_chars = max_chars
            self.seconds = seconds
            self.model_path = model_path

        def setup(self, worker) -> None:
            """Build the pipeline on this worker."""
            from vfx_finder.process import Worker

            worker._vfx_worker = Worker(
                self.patterns_dir, max_chars=self.max_chars, seconds=self.seconds, model_path=self.model_path
            )

    return PipelinePlugin


def analyse_batch(items: list[tuple[str, str, str]]) -> list[dict | None]:
    """Dask task: packed rows for one batch, with the worker's pipeline (built by the plugin)."""
    from distributed import get_worker

    return get_worker()._vfx_worker.analyse_packed(items)


def start_cluster(workers: int):
    """A LocalCluster of ``workers`` processes, one thread each, and its client."""
    from distributed import Client, LocalCluster

    cluster = LocalCluster(
        n_workers=max(1, workers),
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    )
    try:
        return cluster, Client(cluster)
    except BaseException:
        cluster.close()
        raise


def analyse_stream_dask(
    reports: Iterable[Report],
    *,
    workers: int,
    patterns_dir: str | None,
    batch_size: int,
    max_chars: int,
    seconds: float,
    scheduler: str | None = None,
    prefiltered,
    batches,
    items,
    model_path: str | None = None,
) -> Iterator[tuple[Report, dict]]:
    """Yield (report, decision row) for every report, in input order, analysed on a Dask cluster."""
    from distributed import Client

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster, client = start_cluster(workers)
    try:
        client.register_plugin(_plugin_class()(patterns_dir, max_chars, seconds, model_path), name=PLUGIN_NAME)
        n = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        log.info("dask engine: %d worker(s) at %s", n, client.scheduler.address)
        limit = IN_FLIGHT * n
        pending: deque = deque()
        for batch in batches(reports, batch_size):
            pending.append((batch, client.submit(analyse_batch, items(batch), retries=RETRIES, pure=False)))
            while len(pending) >= limit:
                b, fut = pending.popleft()
                yield from zip(b, prefiltered.unpack(fut.result()))
        while pending:
            b, fut = pending.popleft()
            yield from zip(b, prefiltered.unpack(fut.result()))
    finally:
        try:
            client.close()
        finally:
            if cluster is not None:
                cluster.close()
