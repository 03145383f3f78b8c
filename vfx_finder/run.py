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

Report text never goes to the log; the log carries counts and ids (``log_phi=True``
adds evidence sentences at DEBUG, for debugging only).
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import os
import secrets
import signal
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from vfx_finder import __version__
from vfx_finder.aggregate.alerts import plan_alert
from vfx_finder.aggregate.patients import PatientCase, fls_eligibility, referrer_row
from vfx_finder.aggregate.stage import Stage, leftover_stages, stage_path
from vfx_finder.aggregate.state import STATE_FILENAME, RunLock, StateStore, now_iso
from vfx_finder.decide import FINDINGS
from vfx_finder.errors import RunError, StateError, VfxError
from vfx_finder.publish import (
    FINDINGS_COLUMNS,
    REFERRER_COLUMNS,
    REJECTED_COLUMNS,
    WORKLIST_COLUMNS,
    Publication,
    SafeCsvWriter,
    ensure_out_dir,
    move_into_place,
    remove_temporaries,
)
from vfx_finder.read import check_paths, detect_format, iter_records, parse_columns
from vfx_finder.read.records import Rejection, Report

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
        return self.out_dir / "worklist.csv"

    def one_line(self) -> str:
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
    h = hashlib.sha256()
    paths = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for p in paths:
        with p.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    return h.hexdigest()


def versions(rules: dict) -> dict:
    import medspacy
    import spacy

    return {
        "vfx_finder": __version__,
        **rules,
        "model": f"spacy.blank('en') {spacy.__version__} + medspacy {medspacy.__version__} rule pipeline (no statistical model)",
        "python": sys.version.split()[0],
    }


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
    return f"R-{datetime.now():%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"


# ---------------------------------------------------------------------------------------------- recovery
def _rebuild_worklist(store: StateStore, run_id: str, final: Path) -> None:
    w = SafeCsvWriter(final, WORKLIST_COLUMNS, tag=run_id)
    try:
        w.write_all(store.run_alert_rows(run_id))
        w.commit()
    except BaseException:
        w.discard()
        raise


def _recover(store: StateStore, state_path: Path, out: Path) -> tuple[list[str], list[str]]:
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
        if Path(r["out_dir"]).resolve() == out.resolve():
            carry.append(r["run_id"])  # this run replaces its files: its worklist rows are carried forward
        else:
            store.set_run_status(r["run_id"], "published", finished=False)
    for p in leftover_stages(state_path):
        p.unlink(missing_ok=True)
    return recovered, carry


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
) -> RunResult:
    started = time.time()
    paths = check_paths(inputs)
    mapping = parse_columns(columns) if not isinstance(columns, dict) else columns
    from vfx_finder.rules import load_all, rules_fingerprint

    rules = rules_fingerprint(load_all(patterns_dir))  # fails fast on a bad rule file
    out = ensure_out_dir(out_dir).absolute()
    state = Path(state_path).absolute() if state_path else default_state_path(out)
    try:
        state.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as err:
        raise StateError(
            f"cannot create the folder of --state {state} ({err.strerror}); give a writable path"
        ) from None
    lock = RunLock(state)
    try:
        lock.acquire(lock_timeout)
    except OSError as err:
        raise StateError(
            f"cannot open the lock file {lock.path} ({err.strerror}); give a --state path in a folder you can write"
        ) from None
    try:
        try:
            store = StateStore.open(state)
        except OSError as err:
            raise StateError(
                f"cannot open the state store {state} ({err.strerror}); check its path and permissions"
            ) from None
        try:
            recovered, carry = _recover(store, state, out)
            checkpoint("recovered")
            job = _Job(
                store=store,
                state=state,
                out=out,
                paths=paths,
                fmt=fmt,
                mapping=mapping,
                min_age=min_age,
                workers=workers,
                progress=progress,
                patterns_dir=patterns_dir,
                rules=rules,
                log_phi=log_phi,
                carry=carry,
                recovered=recovered,
                started=started,
            )
            return job.execute()
        finally:
            store.close()
    finally:
        lock.release()


class _Job:
    def __init__(
        self,
        *,
        store: StateStore,
        state: Path,
        out: Path,
        paths,
        fmt,
        mapping,
        min_age,
        workers,
        progress,
        patterns_dir,
        rules,
        log_phi,
        carry,
        recovered,
        started,
    ) -> None:
        self.store, self.state, self.out = store, state, out
        self.paths, self.fmt, self.mapping = paths, fmt, mapping
        self.min_age, self.workers, self.progress = min_age, workers, progress
        self.patterns_dir, self.rules, self.log_phi = patterns_dir, rules, log_phi
        self.carry, self.recovered, self.started = carry, recovered, started
        self.run_id = new_run_id()
        self.run_date = date.today().isoformat()
        self.counts = {"read": 0, "processed": 0, "rejected": 0, "by_finding": {f: 0 for f in FINDINGS}}

    def execute(self) -> RunResult:
        store = self.store
        options = {"min_age": self.min_age, "workers": self.workers, "format": self.fmt}
        store.begin_run(
            self.run_id, out_dir=self.out, run_date=self.run_date, options=options, inputs=[str(p) for p in self.paths]
        )
        log.info("run %s started: state %s, out %s", self.run_id, self.state, self.out)
        checkpoint("started")
        pub = Publication(self.out, self.run_id)
        stage: Stage | None = None
        self.committed = False
        try:
            stage = Stage(stage_path(self.state, self.run_id))
            result = self._compute_and_commit(pub, stage, options)
            self._publish(result)
            return result
        except BaseException as err:
            committed = self.committed
            if not committed:
                pub.discard()
                try:
                    store.set_run_status(self.run_id, "failed", note=f"failed before commit ({type(err).__name__})")
                except Exception:  # the store itself may be the problem; the next run marks it failed
                    log.warning("run %s: could not record the failure in the state store", self.run_id)
            if isinstance(err, VfxError) or not isinstance(err, Exception):
                raise
            if committed:
                raise RunError(
                    f"the run's alerts are recorded but publishing its files failed ({type(err).__name__}); "
                    "run again: the next run publishes them (VFX_DEBUG=1 shows the traceback)"
                ) from err
            raise RunError(
                f"the run failed ({type(err).__name__}); no output was published; run again with VFX_DEBUG=1 for the traceback"
            ) from err
        finally:
            if stage is not None:
                stage.close()

    # ------------------------------------------------------------------------------------------ compute
    def _stream(self, pub: Publication, stage: Stage) -> None:
        counts = self.counts
        findings_w = pub.csv("report_findings.csv", FINDINGS_COLUMNS)
        rejected_w = pub.csv("rejected.csv", REJECTED_COLUMNS)

        def reports() -> Iterator[Report]:
            for rec in iter_records(self.paths, fmt=self.fmt, columns=self.mapping):
                counts["read"] += 1
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

        from vfx_finder.process import analyse_stream

        bar = _progress(self.progress)
        task = None
        if bar is not None:
            bar.start()
            task = bar.add_task("vfx-finder", total=None)
        try:
            for report, decision in analyse_stream(reports(), workers=self.workers, patterns_dir=self.patterns_dir):
                counts["processed"] += 1
                if counts["processed"] == 1:
                    checkpoint("streaming")
                counts["by_finding"][decision["finding"]] += 1
                eligible, age, reason = fls_eligibility(report, decision["finding"], self.min_age)
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
                    "fls_eligible": eligible,
                    "source": report.source,
                }
                findings_w.write(row)
                if decision["finding"] in ("fracture", "possible_fracture"):
                    row["_eligibility_reason"] = reason
                    stage.add_positive(row)
                    if self.log_phi:
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

    def _carry_referrer_rows(self, stage: Stage) -> None:
        """Referrer rows of a recovered run whose files this run replaces, for reports not in this run."""
        path = self.out / "referrer_alerts.csv"
        if not self.carry or not path.is_file():
            return
        with path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if row.get("report_id") and not stage.has_report(row["report_id"]):
                    stage.add_positive(row, carried=True)
        stage.index()

    def _plan_worklist(self, stage: Stage) -> None:
        store = self.store

        def rows():
            for patient_id, reports in stage.patients():
                case = PatientCase(patient_id)
                for r in reports:
                    age = int(r["age"]) if r.get("age") else None
                    case.add(r, r.get("fls_eligible", ""), age, r.get("_eligibility_reason", ""))
                if case.eligibility not in ("yes", "review"):
                    continue
                plan = plan_alert(case, store.prior_alerts(patient_id), store.prior_findings(patient_id))
                if plan is None:
                    continue
                row, new_levels = plan
                row["new_levels"] = ";".join(new_levels)
                yield row, False
            carried: set[str] = set()
            for run_id in self.carry:
                for row in store.run_alert_rows(run_id):
                    if row["alert_id"] not in carried:
                        carried.add(row["alert_id"])
                        yield row, True

        stage.add_worklist_rows(rows())

    def _compute_and_commit(self, pub: Publication, stage: Stage, options: dict) -> RunResult:
        counts = self.counts
        self._stream(pub, stage)
        if counts["read"] != counts["processed"] + counts["rejected"]:
            raise RunError(
                f"internal error: read {counts['read']} != processed {counts['processed']} + rejected {counts['rejected']}; nothing was published"
            )
        checkpoint("staged")
        self._carry_referrer_rows(stage)
        self._plan_worklist(stage)

        # worklist.csv: new alerts get the next alert ids in worklist order; carried rows keep theirs
        seq = self.store.next_alert_seq()
        worklist_w = pub.csv("worklist.csv", WORKLIST_COLUMNS)
        n_new = n_carried = 0
        for carried, row in stage.worklist_rows():
            if carried:
                n_carried += 1
            else:
                row["alert_id"] = f"A-{seq:06d}"
                stage.assign(seq, row)
                log.debug(
                    "alert %s patient %s levels %s: %s",
                    row["alert_id"],
                    row["patient_id"],
                    row["levels"],
                    row["reason"],
                )
                seq += 1
                n_new += 1
            worklist_w.write(row)
        stage.flush_assigned()

        referrer_w = pub.csv("referrer_alerts.csv", REFERRER_COLUMNS)
        for row in stage.referrer_rows():
            referrer_w.write(referrer_row(row))

        summary = {
            "counts": counts,
            "versions": versions(self.rules),
            "timings": {"seconds": round(time.time() - self.started, 3)},
            "inputs": [
                {
                    "path": str(p),
                    "format": detect_format(p) if self.fmt == "auto" else self.fmt,
                    "sha256": file_sha256(p),
                }
                for p in self.paths
            ],
            "options": options,
            "state": {
                "path": str(self.state),
                "run_id": self.run_id,
                "run_date": self.run_date,
                "alerts_new": n_new,
                "alerts_carried": n_carried,
                "carried_from_runs": self.carry,
                "recovered_runs": self.recovered,
            },
        }
        pub.json("summary.json", summary)
        manifest = pub.manifest()  # fsyncs and closes every temporary file
        checkpoint("before-commit")

        # the commit point: alerts, what the worklist lists, findings and the manifest, in one transaction
        with self.store.transaction() as c:
            c.executemany(
                "INSERT INTO alerts (seq, alert_id, run_id, patient_id, nhs_number, report_id, report_ids, exam_date, "
                "levels, new_levels, finding, severity, priority, reason, alerted_on, row_json) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (
                        alert_seq,
                        row["alert_id"],
                        self.run_id,
                        row["patient_id"],
                        row.get("nhs_number", ""),
                        row.get("report_id", ""),
                        row.get("report_ids", ""),
                        row.get("exam_date", ""),
                        row.get("levels", ""),
                        row.get("new_levels", ""),
                        row["finding"],
                        row.get("severity", ""),
                        int(row["priority"]),
                        row["reason"],
                        self.run_date,
                        json.dumps(row, ensure_ascii=False),
                    )
                    for alert_seq, row in stage.new_alert_rows()
                ),
            )
            c.executemany(
                "INSERT OR IGNORE INTO run_alerts (run_id, alert_id, carried) VALUES (?, ?, ?)",
                ((self.run_id, alert_id, int(carried)) for alert_id, carried in stage.listed_alert_ids()),
            )
            c.executemany(
                "INSERT INTO findings (patient_id, report_id, exam_date, levels, finding, severity, acuity, "
                "first_seen_run, last_seen_run) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (patient_id, report_id) DO UPDATE SET exam_date = excluded.exam_date, "
                "levels = excluded.levels, finding = excluded.finding, severity = excluded.severity, "
                "acuity = excluded.acuity, last_seen_run = excluded.last_seen_run",
                (
                    (
                        r["patient_id"],
                        r["report_id"],
                        r.get("exam_date", ""),
                        r.get("levels", ""),
                        r["finding"],
                        r.get("severity", ""),
                        r.get("acuity", ""),
                        self.run_id,
                        self.run_id,
                    )
                    for r in stage.positive_rows()
                ),
            )
            for run_id in self.carry:
                c.execute(
                    "UPDATE runs SET status = 'published', carried_into = ? WHERE run_id = ? AND status = 'recovered'",
                    (self.run_id, run_id),
                )
            cur = c.execute(
                "UPDATE runs SET status = 'committed', manifest = ?, counts = ?, worklist_rows = ?, finished_at = ? "
                "WHERE run_id = ? AND status = 'running'",
                (json.dumps(manifest), json.dumps(counts), n_new + n_carried, now_iso(), self.run_id),
            )
            if cur.rowcount != 1:
                raise StateError(
                    f"run {self.run_id} is no longer recorded as running in {self.state}; nothing was published"
                )
        self.committed = True
        log.info(
            "run %s committed: %d new alert(s), %d carried, %d positive report(s)",
            self.run_id,
            n_new,
            n_carried,
            stage.positives,
        )
        result = RunResult(
            out_dir=self.out,
            counts=counts,
            worklist_rows=n_new + n_carried,
            summary=summary,
            run_id=self.run_id,
            state_path=self.state,
            alerts_new=n_new,
            alerts_carried=n_carried,
            recovered_runs=self.recovered,
            manifest=manifest,
        )
        return result

    # ------------------------------------------------------------------------------------------ publish
    def _publish(self, result: RunResult) -> None:
        checkpoint("after-commit")
        try:
            missing = move_into_place(result.manifest, after_first=lambda: checkpoint("mid-publish"))
        except OSError as err:
            raise RunError(
                f"the run's alerts are recorded but its files could not be moved into {self.out} ({err.strerror}); "
                "fix the folder and run again: the next run publishes them"
            ) from None
        if missing:
            raise RunError(
                f"the run's alerts are recorded but {', '.join(missing)} disappeared before publication; "
                "run again: the next run rebuilds the worklist from the state store"
            )
        checkpoint("after-publish")
        self.store.set_run_status(self.run_id, "published")
        log.info("run %s published: %s", self.run_id, self.counts)
