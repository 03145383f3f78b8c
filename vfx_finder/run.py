"""The main job: read -> nlp -> decide -> aggregate -> publish, as one plain function.

Exactly-once publication (docs/OPERATIONS.md has the operator's view):

1. Lock: an exclusive ``flock`` on ``STATE.lock`` for the whole run (a second run
   waits up to ``lock_timeout`` seconds, then fails with one line; exit 1).
2. Recover: finish whatever an earlier, killed run left (see ``_recover``).
3. Compute: every output file is written to a temporary file (``.NAME.RUNID.*.tmp``,
   0600) in the out folder; positive reports and worklist rows are staged in a
   scratch SQLite file, so memory stays flat in the input size.
4. Commit point: ONE state-store transaction records the run's alerts, which alerts
   its worklist lists, the reports' findings, and the run row with status
   ``committed`` and the manifest of its temporary files (paths + SHA-256).
5. Publish: the temporary files are moved into place (``os.replace``, worklist.csv
   last), then the run is marked ``published``.

Killed before 4: nothing was recorded; the next run deletes the temporary files and
marks the run ``failed``. Killed after 4: the next run moves the files into place
(a file already moved is recognised by its hash; a lost worklist is rebuilt from the
recorded alerts) and, when it writes to the same out folder (and so replaces those
files), carries that run's worklist rows into its own worklist, so every alert is in
the published worklist exactly once.

``run()`` reads as its steps: lock and open the store, ``recover``, ``begin``,
``analyse_into_stage``, ``plan_worklist``, ``write_outputs``, ``commit``, ``publish``,
over one frozen :class:`RunOptions`. The state store (``aggregate/state.py``) owns every
SQL statement. SIGTERM / SIGINT stop a run with one line and exit 143 / 130 (nothing
partial is published; once the commit has begun they wait until the files are published).

Report text never goes to the log; the log carries counts and ids (``log_phi=True``
adds evidence sentences at DEBUG, for debugging only).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import secrets
import signal
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from vfx_finder import __version__
from vfx_finder.aggregate.alerts import apply_decisions, known_levels, plan_alert
from vfx_finder.aggregate.audit_fields import audit_fields, load_audit_rules
from vfx_finder.aggregate.audit_store import make_audit_row
from vfx_finder.aggregate.patients import PatientCase, fls_eligibility, referrer_row
from vfx_finder.aggregate.stage import Stage, leftover_stages, stage_path
from vfx_finder.aggregate.state import (
    STATE_FILENAME,
    PgLocation,
    RunLock,
    StateStore,
    now_iso,
    refuse_unusable,
    run_lock,
    scratch_path,
    state_location,
    store_error,
)
from vfx_finder.aggregate.triage import format_flags, triage_flags
from vfx_finder.decide import FINDINGS
from vfx_finder.errors import Interrupted, RunError, StateError, UsageError, VfxError
from vfx_finder.hashing import sha256_tree
from vfx_finder.policy import load_policy
from vfx_finder.process import analyse_stream, is_over_budget
from vfx_finder.publish import (
    FINDINGS_COLUMNS,
    REFERRER_COLUMNS,
    REJECTED_COLUMNS,
    SECOND_READER_COLUMNS,
    WORKLIST_COLUMNS,
    Publication,
    SafeCsvWriter,
    ensure_out_dir,
    move_into_place,
    remove_temporaries,
)
from vfx_finder.publish.html import render_worklist_html
from vfx_finder.publish.xlsx import worklist_xlsx_bytes
from vfx_finder.read import check_paths, detect_format, iter_records, parse_columns
from vfx_finder.read.document_kind import IMAGING_REPORT, document_kind, load_document_kinds
from vfx_finder.read.records import Rejection, Report
from vfx_finder.vocab import EMPTY_DECISION, POSITIVE

log = logging.getLogger("vfx_finder")

#: default wait for another run on the same state store (seconds)
DEFAULT_LOCK_TIMEOUT = 60.0

#: named points of a run, in order; ``VFX_TEST_CRASH_AT`` may name any of them
CHECKPOINTS = (
    "recovered",  # lock held, earlier runs recovered, this run not yet recorded
    "started",  # run row recorded (status running)
    "streaming",  # the first batch of reports analysed
    "staged",  # every report analysed; positives staged
    "before-commit",  # every output written to temporary files (fsynced)
    "after-commit",  # alerts + manifest recorded; no file moved yet
    "mid-publish",  # the first output file moved into place
    "after-publish",  # every file moved; run not yet marked published
)


def checkpoint(name: str) -> None:
    """Test hook for crash tests. ``VFX_TEST_CRASH_AT=name[,name]`` kills this process here with SIGKILL;
    ``VFX_TEST_PAUSE=SECONDS`` sleeps here. Either one prints ``vfx-checkpoint NAME`` on stderr."""
    crash = os.environ.get("VFX_TEST_CRASH_AT")
    pause = os.environ.get("VFX_TEST_PAUSE")
    if not crash and not pause:
        return
    print(f"vfx-checkpoint {name}", file=sys.stderr, flush=True)
    if pause:
        time.sleep(float(pause))
    if crash and name in {c.strip() for c in crash.split(",")}:
        os.kill(os.getpid(), signal.SIGKILL)


@dataclass
class RunResult:
    """What a finished run did: counts, ids, where its files are (``one_line()`` is the CLI summary)."""

    out_dir: Path
    counts: dict
    worklist_rows: int
    summary: dict = field(default_factory=dict)
    run_id: str = ""
    state_path: Path | None = None
    alerts_new: int = 0
    alerts_carried: int = 0
    recovered_runs: list[str] = field(default_factory=list)
    manifest: list[dict] = field(default_factory=list, repr=False)

    @property
    def worklist_path(self) -> Path:
        """The published worklist.csv."""
        return self.out_dir / "worklist.csv"

    def one_line(self) -> str:
        """The one summary line the CLI prints (counts and the run id)."""
        c = self.counts
        bf = c["by_finding"]
        carried = f", {self.alerts_carried} carried from interrupted run(s)" if self.alerts_carried else ""
        return (
            f"read {c['read']}, processed {c['processed']}, rejected {c['rejected']}; "
            f"fracture {bf.get('fracture', 0)}, possible {bf.get('possible_fracture', 0)}, "
            f"excluded {bf.get('excluded', 0)}, non-fracture deformity {bf.get('non_fracture_deformity', 0)}; "
            f"worklist {self.worklist_rows} patient(s) ({self.alerts_new} new alert(s){carried}); run {self.run_id}"
        )


def file_sha256(path: Path) -> str:
    """SHA-256 of an input file or folder (summary.json ``inputs``)."""
    return sha256_tree(path)


def versions(rules: dict, model_path: Path | None = None) -> dict:
    """The versions recorded in summary.json: package, rules (versions + sha256), NLP and second-reader model."""
    import medspacy
    import spacy

    out = {
        "vfx_finder": __version__,
        **rules,
        "model": f"spacy.blank('en') {spacy.__version__} + medspacy {medspacy.__version__} rule pipeline",
        "second_reader": {"enabled": False},
        "python": sys.version.split()[0],
    }
    if model_path:
        from vfx_finder.model import load_scorer

        out["second_reader"] = {"enabled": True, "path": str(model_path), **load_scorer(model_path).stamp}
    return out


def _progress(enabled: bool | None):
    """A rich progress bar on stderr, only when asked for (default: when stderr is a terminal)."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return None
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("{task.completed} reports"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )


def default_state_path(out_dir: Path) -> Path:
    """``OUT/vfx_state.sqlite``. Nightly runs writing to dated folders must pass one fixed ``--state``."""
    return Path(out_dir) / STATE_FILENAME


def new_run_id() -> str:
    """R-YYYYMMDD-HHMMSS-xxxxxx."""
    return f"R-{datetime.now():%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"


#: extra output files of a run (issue 12 hook for worklist.xlsx / worklist.html): each callable gets the
#: worklist rows (in worklist order) and the run's Publication, and adds its file(s) with
#: ``pub.binary(name, data)`` or ``pub.csv(...)``; they are committed and published with the others.
OutputWriter = Callable[[list[dict], Publication], None]
EXTRA_OUTPUTS: tuple[OutputWriter, ...] = ()


@dataclass(frozen=True)
class RunOptions:
    """Everything a run was asked to do, fixed before it starts."""

    inputs: tuple[Path, ...]
    out: Path
    state: Path | PgLocation
    fmt: str = "auto"
    mapping: dict | None = None
    min_age: int = 50
    workers: int = 1
    progress: bool | None = False
    patterns_dir: Path | None = None
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT
    log_phi: bool = False
    rules: dict = field(default_factory=dict)
    create_state: bool = True
    #: read only imaging reports; other clinical documents are listed, not analysed (docs/DOCUMENT_KINDS.md)
    imaging_only: bool = False
    #: the second-reader model folder (None: off; docs/SECOND_READER.md)
    model_path: Path | None = None
    extra_outputs: tuple[OutputWriter, ...] = EXTRA_OUTPUTS
    engine: str = "local"
    scheduler: str | None = None

    @property
    def recorded(self) -> dict:
        """The options recorded with the run (runs.options, summary.json)."""
        return {"min_age": self.min_age, "workers": self.workers, "format": self.fmt, "engine": self.engine}


@dataclass
class _RunState:
    """The mutable state of one run: its id, counts, and how far it got."""

    run_id: str
    run_date: str
    started: float
    recovered: list[str]
    carry: list[str]
    counts: dict = field(
        default_factory=lambda: {"read": 0, "processed": 0, "rejected": 0, "by_finding": {f: 0 for f in FINDINGS}}
    )
    #: (superseded alert id, what superseded it: a new alert id, or this run id when nothing replaces it)
    superseded: list[tuple[str, str]] = field(default_factory=list)
    #: when the reports were processed (report_audit.processed_at)
    processed_at: str = field(default_factory=now_iso)
    #: step -> {"wall_s", "cpu_s"} (this process's CPU; workers' CPU is not in it), for summary.json
    steps: dict = field(default_factory=dict)

    @contextlib.contextmanager
    def timed(self, step: str) -> Iterator[None]:
        """Record the wall and CPU seconds of a step of the run."""
        wall, cpu = time.monotonic(), time.process_time()
        try:
            yield
        finally:
            self.steps[step] = {
                "wall_s": round(time.monotonic() - wall, 3),
                "cpu_s": round(time.process_time() - cpu, 3),
            }

    #: findings of corrected reports that no longer show a fracture (removed at the commit)
    withdrawn: list[dict] = field(default_factory=list)
    committed: bool = False
    n_new: int = 0
    n_carried: int = 0


# ---------------------------------------------------------------------------------------------- signals
class _Signals:
    """SIGTERM / SIGINT raise :class:`Interrupted` (exit 128 + signal); inside ``critical()`` they wait."""

    def __init__(self) -> None:
        self.pending: int | None = None
        self.depth = 0
        self.previous: dict = {}

    def _handle(self, signum, frame) -> None:
        if self.depth:
            self.pending = signum
            return
        raise Interrupted(signum)

    def __enter__(self) -> _Signals:
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGTERM, signal.SIGINT):
                self.previous[sig] = signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc) -> None:
        for sig, handler in self.previous.items():
            signal.signal(sig, handler)

    @contextlib.contextmanager
    def critical(self):
        """Signals arriving inside wait until it ends (commit + publish are not interrupted half-way)."""
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1

    def raise_pending(self, published_run: str) -> None:
        """Honour a signal that arrived during the critical section, now that the run is published."""
        if self.pending is not None:
            raise Interrupted(self.pending, published_run=published_run)


# ---------------------------------------------------------------------------------------------- the run
def run(
    inputs: list[Path],
    out_dir: Path,
    *,
    fmt: str = "auto",
    columns: str | dict | None = None,
    min_age: int = 50,
    workers: int = 1,
    progress: bool | None = False,
    patterns_dir: Path | None = None,
    state_path: Path | None = None,
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
    log_phi: bool = False,
    create_state: bool = True,
    imaging_only: bool = False,
    model_path: Path | None = None,
    engine: str = "local",
    scheduler: str | None = None,
) -> RunResult:
    """One run: read every report, decide, and publish the worklist exactly once (see the module doc)."""
    started = time.time()
    opts = prepare(
        inputs,
        out_dir,
        fmt=fmt,
        columns=columns,
        min_age=min_age,
        workers=workers,
        progress=progress,
        patterns_dir=patterns_dir,
        state_path=state_path,
        lock_timeout=lock_timeout,
        log_phi=log_phi,
        create_state=create_state,
        imaging_only=imaging_only,
        model_path=model_path,
        engine=engine,
        scheduler=scheduler,
    )
    with _Signals() as signals, locked_store(opts) as (store, lock):
        recovered, carry = recover(store, opts)
        checkpoint("recovered")
        guard_out(store, opts, carry)
        rs = _RunState(new_run_id(), date.today().isoformat(), started, recovered, carry)
        begin(store, opts, rs)
        pub = Publication(opts.out, rs.run_id)
        stage: Stage | None = None
        try:
            stage = Stage(stage_path(scratch_path(opts.state), rs.run_id))
            with rs.timed("analyse"):
                analyse_into_stage(store, opts, rs, pub, stage, close_fds=(lock.fd,))
            with rs.timed("plan"):
                plan_worklist(store, opts, rs, stage)
            manifest, summary = write_outputs(store, opts, rs, pub, stage)
            with signals.critical():
                commit(store, opts, rs, stage, manifest)
                publish(store, opts, rs, manifest)
        except BaseException as err:
            raise _failed(store, opts, rs, pub, err) from err
        finally:
            if stage is not None:
                stage.close()
        signals.raise_pending(rs.run_id)
        return RunResult(
            out_dir=opts.out,
            counts=rs.counts,
            worklist_rows=rs.n_new + rs.n_carried,
            summary=summary,
            run_id=rs.run_id,
            state_path=opts.state,
            alerts_new=rs.n_new,
            alerts_carried=rs.n_carried,
            recovered_runs=rs.recovered,
            manifest=manifest,
        )


def prepare(inputs, out_dir, *, columns, patterns_dir, state_path, **kw) -> RunOptions:
    """Check the inputs, the rules and the out folder; fix the options (fails fast, before any lock)."""
    if kw.get("engine", "local") not in ("local", "dask"):
        raise UsageError(f"--engine {kw['engine']}: choose local or dask")
    if kw.get("scheduler") and kw.get("engine") != "dask":
        raise UsageError("--scheduler needs --engine dask")
    paths = check_paths(inputs)
    mapping = parse_columns(columns) if not isinstance(columns, dict) else columns
    from vfx_finder.rules import load_all, rules_fingerprint

    rules = rules_fingerprint(load_all(patterns_dir))  # fails fast on a bad rule file
    out = ensure_out_dir(out_dir).absolute()
    state = state_location(state_path, out) if state_path else default_state_path(out)
    state = state if isinstance(state, PgLocation) else Path(state).absolute()
    return RunOptions(
        inputs=tuple(paths), out=out, state=state, mapping=mapping, patterns_dir=patterns_dir, rules=rules, **kw
    )


@contextlib.contextmanager
def locked_store(opts: RunOptions) -> Iterator[tuple[StateStore, RunLock]]:
    """Take the run lock, then open (and migrate) the store; release both at the end."""
    state = opts.state
    if not isinstance(state, PgLocation):
        try:
            state.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as err:
            raise StateError(
                f"cannot create the folder of --state {state} ({err.strerror}); give a writable path"
            ) from None
        # refuse an empty or foreign file before anything (the lock file included) is created next to it
        refuse_unusable(state)
    lock = run_lock(state)  # RunLock (flock beside the file) or PgRunLock (PostgreSQL advisory lock)
    try:
        lock.acquire(opts.lock_timeout)
    except OSError as err:
        raise StateError(
            f"cannot open the lock file {lock.path} ({err.strerror}); give a --state path in a folder you can write"
        ) from None
    try:
        try:
            store = StateStore.open(state, create=opts.create_state)
        except OSError as err:
            raise StateError(
                f"cannot open the state store {state} ({err.strerror}); check its path and permissions"
            ) from None
        try:
            yield store, lock
        finally:
            store.close()
    finally:
        lock.release()


def _failed(store: StateStore, opts: RunOptions, rs: _RunState, pub: Publication, err: BaseException) -> BaseException:
    """Record a failed run (before its commit nothing is kept) and turn ``err`` into its one-line error."""
    if not rs.committed:
        pub.discard()
        try:
            store.set_run_status(rs.run_id, "failed", note=f"failed before commit ({type(err).__name__})")
        except Exception:  # the store itself may be the problem; the next run marks it failed
            log.warning("run %s: could not record the failure in the state store", rs.run_id)
    if isinstance(err, Interrupted):
        return err.during(rs.run_id, committed=rs.committed)
    if isinstance(err, VfxError) or not isinstance(err, Exception):
        return err
    if isinstance(err, sqlite3.DatabaseError):
        return _database_error(opts, err, committed=rs.committed)
    if isinstance(err, OSError) and err.strerror:
        where = f" ({err.filename})" if err.filename else ""
        return RunError(
            f"the run failed: {err.strerror}{where}; "
            + (
                "its alerts are recorded: run again and the next run publishes its files"
                if rs.committed
                else "no output was published; fix it and run again"
            )
        )
    if rs.committed:
        return RunError(
            f"the run's alerts are recorded but publishing its files failed ({type(err).__name__}); "
            "run again: the next run publishes them (VFX_DEBUG=1 shows the traceback)"
        )
    return RunError(
        f"the run failed ({type(err).__name__}); no output was published; run again with VFX_DEBUG=1 for the traceback"
    )


def _database_error(opts: RunOptions, err: sqlite3.DatabaseError, *, committed: bool) -> VfxError:
    text = str(err)
    after = (
        "its alerts are recorded: run again and the next run publishes its files"
        if committed
        else "nothing was published"
    )
    if "full" in text:
        return RunError(f"the run failed: the disk is full ({text}); {after}; free some space and run again")
    return store_error(opts.state, err, after=after)


# ---------------------------------------------------------------------------------------------- step: recover
def _rebuild_worklist(store: StateStore, run_id: str, final: Path) -> None:
    w = SafeCsvWriter(final, WORKLIST_COLUMNS, tag=run_id)
    try:
        w.write_all(store.run_alert_rows(run_id))
        w.commit()
    except BaseException:
        w.discard()
        raise


def recover(store: StateStore, opts: RunOptions) -> tuple[list[str], list[str]]:
    """Finish or roll back runs a killed process left; return (recovered run ids, run ids to carry forward)."""
    recovered: list[str] = []
    for r in store.runs_with_status("running"):
        n = remove_temporaries(Path(r["out_dir"]), r["run_id"])
        store.set_run_status(
            r["run_id"], "failed", note="interrupted before its alerts were recorded; nothing was published"
        )
        log.warning(
            "run %s was interrupted before its alerts were recorded: nothing of it was published; "
            "removed %d temporary file(s) (its input must be run again)",
            r["run_id"],
            n,
        )
        recovered.append(r["run_id"])
    for r in store.runs_with_status("committed"):
        run_out = Path(r["out_dir"])
        run_out.mkdir(parents=True, exist_ok=True, mode=0o700)
        manifest = json.loads(r["manifest"] or "[]")
        missing = move_into_place(manifest)
        if "worklist.csv" in missing:
            _rebuild_worklist(store, r["run_id"], run_out / "worklist.csv")
            missing.remove("worklist.csv")
            log.warning("run %s: worklist.csv was lost; rebuilt it from the recorded alerts", r["run_id"])
        if missing:
            log.warning("run %s: could not find %s to publish (deleted?)", r["run_id"], ", ".join(missing))
        remove_temporaries(run_out, r["run_id"])
        store.set_run_status(
            r["run_id"],
            "recovered",
            note=f"interrupted after its alerts were recorded; files published by recovery at {now_iso()}",
        )
        log.warning(
            "run %s was interrupted after its alerts were recorded: its files are now published in %s",
            r["run_id"],
            run_out,
        )
        recovered.append(r["run_id"])
    carry: list[str] = []
    for r in store.runs_with_status("recovered"):
        if Path(r["out_dir"]).resolve() == opts.out.resolve():
            carry.append(r["run_id"])  # this run replaces its files: its worklist rows are carried forward
        else:
            store.mark_carried(r["run_id"])
    for p in leftover_stages(scratch_path(opts.state)):
        p.unlink(missing_ok=True)
    return recovered, carry


def guard_out(store: StateStore, opts: RunOptions, carry: list[str]) -> None:
    """Never replace another run's published files: refuse an --out that already holds a worklist.csv,
    unless this run carries that (recovered) run's alerts into its own worklist."""
    if carry or not (opts.out / "worklist.csv").exists():
        return
    owners = store.runs_published_into(opts.out)
    whose = f"run {owners[0]}" if owners else "another run (or another state store)"
    hint = f"; `vfx-finder worklist --run {owners[0]}` re-exports it" if owners else ""
    raise UsageError(
        f"--out {opts.out} already holds the published worklist of {whose}; give a new folder for each run{hint}"
    )


# ---------------------------------------------------------------------------------------------- step: begin
def begin(store: StateStore, opts: RunOptions, rs: _RunState) -> None:
    """Record the run as running."""
    try:
        store.begin_run(
            rs.run_id,
            out_dir=opts.out,
            run_date=rs.run_date,
            options=opts.recorded,
            inputs=[str(p) for p in opts.inputs],
        )
    except sqlite3.DatabaseError as err:
        raise _database_error(opts, err, committed=False) from None
    log.info("run %s started: state %s, out %s", rs.run_id, opts.state, opts.out)
    checkpoint("started")


# ---------------------------------------------------------------------------------------------- step: analyse
def data_problems(report: Report) -> str:
    """The data problems the reader named (identifiers, dates, NUL bytes, duplicate ids): never a reason to drop."""
    return report.data_problems or ""


def _findings_row(
    report: Report,
    decision: dict,
    eligible: str,
    age: int | None,
    *,
    kind: str = "",
    kind_rules=None,
    audit_rules=None,
) -> dict:
    """One report_findings.csv row (the nightly run and the look-back write the same row)."""
    row = {
        **decision,
        "report_id": report.report_id,
        "patient_id": report.patient_id,
        "nhs_number": report.nhs_number,
        "age": "" if age is None else str(age),
        "sex": report.sex,
        "exam_date": report.exam_date,
        "modality": report.modality,
        "exam_name": report.exam_name,
        "referrer": report.referrer,
        "report_status": report.report_status,
        "reporter": report.reporter,
        "fls_eligible": eligible,
        "source": report.source,
        "data_problems": data_problems(report),
        "patient_name": report.patient_name,
        "date_of_birth": report.date_of_birth,
    }
    row["document_kind"] = kind or document_kind(report.exam_name, report.modality, report.text, rules=kind_rules)
    row.update(audit_fields(report.text, decision, audit_rules))
    return row


def clinical_details(report: Report) -> str:
    """The request's clinical details when the input carries them (extra column), else ''."""
    extra = report.extra or {}
    return str(extra.get("clinical_details") or extra.get("clinical_history") or "")


CORRECTED_STATUSES = frozenset({"corrected", "amended", "c"})


def content_key(text: str) -> str:
    """SHA-256 of a report's text: a report re-sent with another text is a correction."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _is_correction(store: StateStore, report: Report, content: str) -> bool:
    recorded = store.recorded_content(report.patient_id, report.report_id)
    if recorded is None:
        return False  # no earlier positive version of this report: nothing to supersede
    if recorded:
        return recorded != content
    return report.report_status.strip().lower() in CORRECTED_STATUSES  # recorded before content keys


def analyse_into_stage(
    store: StateStore, opts: RunOptions, rs: _RunState, pub: Publication, stage: Stage, *, close_fds: tuple = ()
) -> None:
    """Read and decide every report: report_findings.csv and rejected.csv, positives into the stage."""
    counts = rs.counts
    findings_w = pub.csv("report_findings.csv", FINDINGS_COLUMNS)
    rejected_w = pub.csv("rejected.csv", REJECTED_COLUMNS)
    second_w = pub.csv("second_reader.csv", SECOND_READER_COLUMNS)  # empty (header only) without a model

    kinds: dict[int, str] = {}  # document kind of each report in flight (by object id)
    site = opts.patterns_dir
    kind_rules = load_document_kinds(site / "document_kinds.json") if site else None
    audit_rules = load_audit_rules(site / "audit.json") if site else None

    def reports() -> Iterator[Report]:
        for rec in iter_records(opts.inputs, fmt=opts.fmt, columns=opts.mapping):
            counts["read"] += 1
            if not isinstance(rec, Rejection):
                kind = document_kind(rec.exam_name, rec.modality, rec.text, rules=kind_rules)
                if opts.imaging_only and kind != IMAGING_REPORT:
                    _not_analysed(rec, kind)
                    continue
                kinds[id(rec)] = kind
            if isinstance(rec, Rejection):
                counts["rejected"] += 1
                rejected_w.write(
                    {
                        "source_file": rec.source_file,
                        "location": rec.location,
                        "report_id": rec.report_id,
                        "patient_id": rec.patient_id,
                        "reason": rec.reason,
                    }
                )
                log.info("rejected %s %s: %s", rec.source_file, rec.location, rec.reason)
                continue
            yield rec

    def _not_analysed(report: Report, kind: str) -> None:
        """A non-imaging document under --imaging-only: listed in report_findings.csv, not analysed."""
        counts["processed"] += 1
        counts["by_finding"]["no_fracture"] += 1
        decision = {**EMPTY_DECISION, "decided_by": f"not analysed: {kind} (--imaging-only)"}
        row = _findings_row(report, decision, "", None, kind=kind)
        findings_w.write(row)
        stage.add_audit(make_audit_row(row, run_id=rs.run_id, processed_at=rs.processed_at))

    bar = _progress(opts.progress)
    task = None
    if bar is not None:
        bar.start()
        task = bar.add_task("vfx-finder", total=None)
    stream = analyse_stream(
        reports(),
        workers=opts.workers,
        patterns_dir=opts.patterns_dir,
        close_fds=tuple(f for f in close_fds if f),
        model_path=opts.model_path,
        engine=opts.engine,
        scheduler=opts.scheduler,
    )
    try:
        with contextlib.closing(stream):  # workers are stopped at once on any error or signal
            for report, decision in stream:
                counts["processed"] += 1
                if counts["processed"] == 1:
                    checkpoint("streaming")
                counts["by_finding"][decision["finding"]] += 1
                eligible, age, reason = fls_eligibility(report, decision["finding"], opts.min_age)
                row = _findings_row(
                    report,
                    decision,
                    eligible,
                    age,
                    kind=kinds.pop(id(report), ""),
                    kind_rules=kind_rules,
                    audit_rules=audit_rules,
                )
                findings_w.write(row)
                if row.get("second_reader") == "second_reader":  # for human review, never the worklist by itself
                    second_w.write(row)
                stage.add_audit(make_audit_row(row, run_id=rs.run_id, processed_at=rs.processed_at))
                content = content_key(report.text)
                positive = decision["finding"] in POSITIVE
                if _is_correction(store, report, content):
                    stage.add_correction(report.patient_id, report.report_id)
                    if not positive:  # the details for the worklist row that withdraws the alert
                        rs.withdrawn.append({k: row.get(k, "") for k in WORKLIST_COLUMNS if k in row})
                if positive:
                    row["_eligibility_reason"] = reason
                    row["_content"] = content
                    details = clinical_details(report)
                    row["triage_flags"] = format_flags(triage_flags(report.text, details), report.report_id)
                    stage.add_positive(row)
                    stage.add_text(report.report_id, report.text, details)  # for worklist.html only
                    if opts.log_phi:
                        log.debug(
                            "evidence report %s patient %s (%s %s): %s",
                            report.report_id,
                            report.patient_id,
                            decision["finding"],
                            decision["levels"],
                            decision.get("evidence", ""),
                        )
                if task is not None:
                    bar.update(task, advance=1)
    finally:
        if bar is not None:
            bar.stop()
    stage.index()
    if counts["read"] != counts["processed"] + counts["rejected"]:
        raise RunError(
            f"internal error: read {counts['read']} != processed {counts['processed']} + rejected {counts['rejected']}; nothing was published"
        )
    checkpoint("staged")


# ---------------------------------------------------------------------------------------------- step: plan
def _carry_referrer_rows(store: StateStore, rs: _RunState, stage: Stage) -> None:
    """The referrer alerts of a recovered run whose files this run replaces (they were sent once: keep them)."""
    if not rs.carry:
        return
    for run_id in rs.carry:
        for row in store.run_referrer_rows(run_id):
            stage.add_positive(row, carried=True)
    stage.index()


def plan_worklist(store: StateStore, opts: RunOptions, rs: _RunState, stage: Stage) -> None:
    """Decide who goes on tonight's worklist (against the alert history) and stage the rows."""
    _carry_referrer_rows(store, rs, stage)

    corrections = stage.corrections()

    def rows():
        for patient_id, reports in stage.patients():
            corrected = corrections.pop(patient_id, set())
            prior, superseded = _split_superseded(store.prior_alerts(patient_id), corrected)
            # the coordinators' decisions on earlier alerts (review import) and the FLS's known patients
            reviewed = apply_decisions(
                reports, prior, store.prior_findings(patient_id), store.decisions_for(patient_id)
            )
            reports, prior = reviewed.reports, reviewed.alerts
            if not reports:  # every report was judged not a vertebral fracture by the coordinator
                rs.superseded.extend((a["alert_id"], rs.run_id) for a in superseded)
                continue
            case = PatientCase(patient_id, policy=load_policy(opts.patterns_dir))
            for r in reports:
                age = int(r["age"]) if r.get("age") else None
                case.add(r, r.get("fls_eligible", ""), age, r.get("_eligibility_reason", ""))
            known = known_levels(store.known_for(patient_id, case.nhs_number), reports, reviewed.findings)
            if case.eligibility not in ("yes", "review"):
                rs.superseded.extend((a["alert_id"], rs.run_id) for a in superseded)
                continue
            plan = plan_alert(case, prior, reviewed.findings, known)
            if plan is None and superseded:  # the coordinator acted on the wrong version: say what changed
                plan = case.merged(), []
                plan[0]["reason"] = ""
                plan[0]["previously_reported"] = ""
            unread = [r["report_id"] for r in reports if is_over_budget(r)]
            if plan is None and unread:  # a report nobody has read is listed once, whatever the history
                plan = case.merged(), []
                plan[0]["reason"] = "manual review"
                plan[0]["previously_reported"] = ""
            if plan is None:
                continue
            row, new_levels = plan
            row["new_levels"] = ";".join(new_levels)
            if superseded:
                was = ", ".join(f"{a['alert_id']} ({a['levels'] or '-'})" for a in superseded)
                note = f"correction of alert {was} -> {row['levels'] or '-'}"
                keep = row["reason"] and row["reason"] != "new patient"
                row["reason"] = f"{note}; {row['reason']}" if keep else note
                row["supersedes"] = [a["alert_id"] for a in superseded]
            doubtful = [r["report_id"] for r in reports if r.get("second_reader") == "low_confidence"]
            if doubtful:
                row["reason"] += f"; second reader: low confidence for {', '.join(doubtful)} (check the images)"
            if unread:
                note = f"report(s) {', '.join(unread)} not read (over the size/time budget): manual review"
                row["reason"] = note if row["reason"] == "manual review" else f"{row['reason']}; {note}"
                row["priority_reason"] = f"{row['priority_reason']}; {note}"
            yield row, False
        withdrawn = {w["patient_id"]: w for w in rs.withdrawn}
        for patient_id in corrections:  # corrected reports that no longer show a fracture
            _, superseded = _split_superseded(store.prior_alerts(patient_id), corrections[patient_id])
            if not superseded:
                continue
            log.warning(
                "alert(s) %s (patient %s) withdrawn: the report was corrected and no longer shows a fracture",
                ", ".join(a["alert_id"] for a in superseded),
                patient_id,
            )
            yield _withdrawal_row(patient_id, superseded, withdrawn.get(patient_id, {}), opts), False
        carried: set[str] = set()
        for run_id in rs.carry:
            for row in store.run_alert_rows(run_id):
                if row["alert_id"] not in carried:
                    carried.add(row["alert_id"])
                    yield row, True

    stage.add_worklist_rows(rows())


def _withdrawal_row(patient_id: str, superseded: list, report: dict, opts: RunOptions) -> dict:
    """The worklist row that tells the coordinator an alert is withdrawn (its corrected report shows no fracture).

    It is an alert of its own (exactly once, re-exportable) that supersedes the wrong one; its
    finding is the corrected report's, with no levels.
    """
    policy = load_policy(opts.patterns_dir)
    finding = report.get("finding") or "no_fracture"
    was = ", ".join(f"{a['alert_id']} ({a['levels'] or '-'})" for a in superseded)
    words = f"ALERT WITHDRAWN: correction of alert {was} -> no fracture (the corrected report shows none)"
    row = {c: report.get(c, "") for c in WORKLIST_COLUMNS}
    row.update(
        patient_id=patient_id,
        report_ids=report.get("report_id", ""),
        first_exam_date=report.get("exam_date", ""),
        finding=finding,
        levels="",
        new_levels="",
        severity="",
        acuity="",
        evidence="",
        reason=words,
        previously_reported="",
        priority=str(policy.priority(finding, [], "", "unspecified")),
        priority_reason=words,
        triage_flags="",
        supersedes=[a["alert_id"] for a in superseded],
    )
    return row


def _split_superseded(alerts: list, corrected: set[str]) -> tuple[list, list]:
    """(alerts that still stand, alerts based on a report this run corrects)."""
    if not corrected:
        return list(alerts), []
    keep, gone = [], []
    for a in alerts:
        (gone if corrected & set((a["report_ids"] or "").split(";")) else keep).append(a)
    return keep, gone


# ---------------------------------------------------------------------------------------------- step: write
def write_outputs(
    store: StateStore, opts: RunOptions, rs: _RunState, pub: Publication, stage: Stage
) -> tuple[list[dict], dict]:
    """Write worklist.csv, referrer_alerts.csv, summary.json and any extra outputs to temporary files.

    New alerts get the next alert ids in worklist order; carried rows keep theirs. Returns
    (manifest, summary); every temporary file is fsynced and closed.
    """
    seq = store.next_alert_seq()
    worklist_w = pub.csv("worklist.csv", WORKLIST_COLUMNS)
    listed: list[dict] = []
    for carried, row in stage.worklist_rows():
        if carried:
            rs.n_carried += 1
        else:
            row["alert_id"] = f"A-{seq:06d}"
            rs.superseded.extend((old, row["alert_id"]) for old in row.pop("supersedes", []))
            stage.assign(seq, row)
            log.debug(
                "alert %s patient %s levels %s: %s", row["alert_id"], row["patient_id"], row["levels"], row["reason"]
            )
            seq += 1
            rs.n_new += 1
        worklist_w.write(row)
        listed.append(row)  # tonight's worklist only (xlsx / html); the input is never held in memory
    stage.flush_assigned()

    # referrer alerts exactly once: a report's alert already sent with the same content is not sent again
    referrer_w = pub.csv("referrer_alerts.csv", REFERRER_COLUMNS)
    for carried, row in stage.referrer_rows():
        if carried:
            referrer_w.write(row)
            continue
        out = referrer_row(row, opts.min_age)
        if not store.referrer_sent(out):
            referrer_w.write(out)

    with rs.timed("worklist_views"):
        write_worklist_views(store, rs, pub, stage, listed)
    for writer in opts.extra_outputs:  # further outputs (hook)
        writer(listed, pub)

    summary = {
        "counts": rs.counts,
        "versions": versions(opts.rules, opts.model_path),
        "timings": {"seconds": round(time.time() - rs.started, 3), "steps": rs.steps},
        "inputs": [
            {
                "path": str(p),
                "format": detect_format(p) if opts.fmt == "auto" else opts.fmt,
                "sha256": file_sha256(p),
            }
            for p in opts.inputs
        ],
        "options": opts.recorded,
        "state": {
            "path": str(opts.state),
            "run_id": rs.run_id,
            "run_date": rs.run_date,
            "alerts_new": rs.n_new,
            "alerts_carried": rs.n_carried,
            "carried_from_runs": rs.carry,
            "recovered_runs": rs.recovered,
        },
    }
    pub.json("summary.json", summary)
    manifest = pub.manifest()  # fsyncs and closes every temporary file
    checkpoint("before-commit")
    return manifest, summary


def write_worklist_views(store: StateStore, rs: _RunState, pub: Publication, stage: Stage, listed: list[dict]) -> None:
    """worklist.xlsx and worklist.html, from tonight's rows, in the run's manifest beside worklist.csv.

    Per-report evidence and report text come from the scratch stage (only the reports of tonight's
    patients are loaded); earlier alerts and decisions, and the last 30 nights, from the state store.
    """
    report_ids = {rid for row in listed for rid in (row.get("report_ids") or row.get("report_id") or "").split(";")}
    report_ids.discard("")
    findings = stage.findings_of(report_ids)
    pub.binary("worklist.xlsx", worklist_xlsx_bytes(listed, findings=findings, run_id=rs.run_id))
    history = {pid: store.patient_timeline(pid) for pid in {row["patient_id"] for row in listed}}
    nights = dict(store.alert_nights(30))
    nights[rs.run_date] = nights.get(rs.run_date, 0) + rs.n_new
    page = render_worklist_html(
        listed,
        reports=stage.texts(report_ids),
        findings=findings,
        history=history,
        nights=sorted(nights.items())[-30:],
        counts=rs.counts,
        run_id=rs.run_id,
    )
    pub.binary("worklist.html", page.encode("utf-8"))


# ---------------------------------------------------------------------------------------------- step: commit
def _alerted_reports(stage: Stage) -> dict[str, tuple[str, int]]:
    """report_id -> (alert id, priority) of every report listed by an alert this run raises.

    A withdrawal row (a corrected report that shows no fracture) alerts no report.
    """
    alerted: dict[str, tuple[str, int]] = {}
    for _seq, row in stage.new_alert_rows():
        if row.get("finding") not in POSITIVE:
            continue
        for report_id in (row.get("report_ids") or row.get("report_id") or "").split(";"):
            if report_id:
                alerted[report_id] = (row.get("alert_id", ""), int(row.get("priority") or 0))
    return alerted


def commit(store: StateStore, opts: RunOptions, rs: _RunState, stage: Stage, manifest: list[dict]) -> None:
    """The commit point: one state-store transaction (see ``StateStore.commit_run``)."""
    store.commit_run(
        rs.run_id,
        run_date=rs.run_date,
        new_alerts=stage.new_alert_rows(),
        listed=stage.listed_alert_ids(),
        positives=stage.positive_rows(),
        carried_from=rs.carry,
        manifest=manifest,
        counts=rs.counts,
        worklist_rows=rs.n_new + rs.n_carried,
        referrer_rows=(referrer_row(r, opts.min_age) for carried, r in stage.referrer_rows() if not carried),
        superseded=rs.superseded,
        withdrawn_findings=rs.withdrawn,
        audit_rows=stage.audit_rows(_alerted_reports(stage), rs.processed_at),
    )
    rs.committed = True
    log.info(
        "run %s committed: %d new alert(s), %d carried, %d positive report(s)",
        rs.run_id,
        rs.n_new,
        rs.n_carried,
        stage.positives,
    )


# ---------------------------------------------------------------------------------------------- step: publish
def publish(store: StateStore, opts: RunOptions, rs: _RunState, manifest: list[dict]) -> None:
    """Move the files into place (worklist.csv last), then mark the run published."""
    checkpoint("after-commit")
    try:
        missing = move_into_place(manifest, after_first=lambda: checkpoint("mid-publish"))
    except OSError as err:
        raise RunError(
            f"the run's alerts are recorded but its files could not be moved into {opts.out} ({err.strerror}); "
            "fix the folder and run again: the next run publishes them"
        ) from None
    if missing:
        raise RunError(
            f"the run's alerts are recorded but {', '.join(missing)} disappeared before publication; "
            "run again: the next run rebuilds the worklist from the state store"
        )
    checkpoint("after-publish")
    try:
        store.set_run_status(rs.run_id, "published")
    except sqlite3.Error as err:  # every file is published; only the bookkeeping failed
        log.warning(
            "run %s: every file is published but the state store could not mark it so (%s); "
            "the next run finishes the bookkeeping",
            rs.run_id,
            err,
        )
    log.info("run %s published: %s", rs.run_id, rs.counts)
