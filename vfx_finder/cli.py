"""Command line: a thin layer over plain functions (run, explain, evaluate).

Library errors are ``VfxError`` subclasses; the CLI prints their one-line message
to stderr and exits with their code (0 finished, 1 run failed, 2 bad usage / input).
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
from pathlib import Path
from typing import Any

import typer

from vfx_finder import __version__
from vfx_finder.errors import Interrupted, UsageError, VfxError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Find vertebral fragility fractures in radiology reports and write FLS worklists.",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _fail(err: VfxError | Interrupted) -> None:
    if os.environ.get("VFX_DEBUG"):
        raise err
    typer.echo(f"error: {err}", err=True)
    raise typer.Exit(err.exit_code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"vfx-finder {__version__}")
        raise typer.Exit(0)


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


# ------------------------------------------------------------------ options shared by several commands
def _workers_option(help: str = "Worker processes (0 = number of cores).") -> Any:
    return typer.Option(0, "--workers", min=0, help=help)


def _patterns_option() -> Any:
    return typer.Option(None, "--patterns", help="Rule folder (default: the bundled patterns/).")


def _format_option(help: str = "auto|csv|jsonl|txt|hl7|fhir") -> Any:
    return typer.Option("auto", "--format", help=help)


def _columns_option(help: str = "Map site column names, as for run.") -> Any:
    return typer.Option(None, "--columns", help=help)


@app.callback()
def _main(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """vfx-finder: vertebral fracture case-finding for Fracture Liaison Services."""


@app.command()
def run(
    inputs: list[Path] = typer.Argument(..., help="Report files (CSV, JSONL, HL7, FHIR) or folders of .txt reports."),
    out: Path = typer.Option(..., "--out", "-o", help="Folder for the output files (created if missing)."),
    fmt: str = _format_option("auto|csv|jsonl|txt|hl7|fhir|parquet"),
    columns: str | None = _columns_option("Map site column names: report_id=ACCESSION,text=REPORT_TEXT,..."),
    min_age: int = typer.Option(50, "--min-age", min=0, max=120, help="FLS eligibility: minimum age at exam date."),
    state: str | None = typer.Option(
        None,
        "--state",
        envvar="VFX_STATE",
        help="Alert history (SQLite file, created if missing); default OUT/vfx_state.sqlite. "
        "Nightly runs into dated folders must share one fixed --state (or VFX_STATE). "
        "Or a PostgreSQL database shared by several sites: postgresql://USER@HOST:PORT/DATABASE.",
    ),
    lock_timeout: float = typer.Option(
        60.0, "--lock-timeout", min=0, help="Seconds to wait while another run uses the same --state (then exit 1)."
    ),
    log_phi: bool = typer.Option(
        False,
        "--log-phi",
        help="DEBUGGING ONLY: also log each positive report's evidence sentences (patient data) at DEBUG.",
    ),
    workers: int = _workers_option(),
    engine: str = typer.Option(
        "local", "--engine", help="local (worker processes) or dask (a Dask cluster; docs/SCALE_OUT.md)."
    ),
    scheduler: str | None = typer.Option(
        None, "--scheduler", help="With --engine dask: an existing Dask scheduler's address (default: a LocalCluster)."
    ),
    progress: bool | None = typer.Option(
        None, "--progress/--no-progress", help="Progress on stderr (default: on when stderr is a terminal)."
    ),
    patterns: Path | None = _patterns_option(),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log counts and ids to stderr (never report text)."),
    require_state: bool = typer.Option(
        False,
        "--require-state",
        help="Refuse to start when --state does not exist (cron: never start a new history by accident).",
    ),
    imaging_only: bool = typer.Option(
        False,
        "--imaging-only",
        help="Analyse imaging reports only; other clinical documents are listed in report_findings.csv, not read.",
    ),
    model: Path | None = typer.Option(
        None, "--model", help="Second-reader model folder (default: the shipped one if its card enables it)."
    ),
    no_model: bool = typer.Option(False, "--no-model", help="No second reader (second_reader.csv stays empty)."),
) -> None:
    """The nightly batch: read reports, find vertebral fractures, write worklist and alerts."""

    _setup_logging(verbose or log_phi)
    if log_phi:
        logging.getLogger("vfx_finder").setLevel(logging.DEBUG)
        typer.echo(
            "warning: --log-phi: report evidence (patient data) goes to the log; do not use it in production", err=True
        )
    from vfx_finder.process import default_workers
    from vfx_finder.run import run as run_job

    try:
        result = run_job(
            list(inputs),
            out,
            fmt=fmt,
            columns=columns,
            min_age=min_age,
            workers=workers or default_workers(),
            progress=progress,
            patterns_dir=patterns,
            state_path=state,
            lock_timeout=lock_timeout,
            log_phi=log_phi,
            create_state=not require_state,
            imaging_only=imaging_only,
            model_path=_model_choice(model, no_model),
            engine=engine,
            scheduler=scheduler,
        )
    except (VfxError, Interrupted) as err:
        _fail(err)
        return
    typer.echo(f"worklist: {result.worklist_path}")
    typer.echo(result.one_line())


@app.command()
def lookback(
    archive: Path = typer.Argument(..., help="A Parquet archive of reports (look-back case finding)."),
    findings_parquet: Path = typer.Option(
        ..., "--findings-parquet", help="Folder for the findings: one Parquet file per input row group."
    ),
    columns: str | None = _columns_option("Map site column names: report_id=ACCESSION,..."),
    min_age: int = typer.Option(50, "--min-age", min=0, max=120, help="FLS eligibility: minimum age at exam date."),
    workers: int = _workers_option(),
    engine: str = typer.Option("local", "--engine", help="local or dask (docs/SCALE_OUT.md)."),
    scheduler: str | None = typer.Option(None, "--scheduler", help="With --engine dask: a Dask scheduler address."),
    patterns: Path | None = _patterns_option(),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log counts and ids to stderr (never report text)."),
) -> None:
    """Look-back over a Parquet archive: findings as Parquet, resumable (a re-run skips partitions done)."""
    _setup_logging(verbose)
    from vfx_finder.engines.lookback import lookback as run_lookback
    from vfx_finder.process import default_workers

    try:
        if engine not in ("local", "dask"):
            raise UsageError(f"--engine {engine}: choose local or dask")
        if scheduler and engine != "dask":
            raise UsageError("--scheduler needs --engine dask")
        result = run_lookback(
            archive,
            findings_parquet,
            columns=columns,
            min_age=min_age,
            workers=workers or default_workers(),
            engine=engine,
            scheduler=scheduler,
            patterns_dir=patterns,
        )
    except (VfxError, Interrupted) as err:
        _fail(err)
        return
    typer.echo(result.one_line())


@app.command()
def explain(
    text: str | None = typer.Argument(None, help="Report text (or use --file)."),
    file: Path | None = typer.Option(None, "--file", "-f", help="Read the report text from a file ('-' for stdin)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    exam_name: str = typer.Option(
        "", "--exam-name", help="Exam name, e.g. 'XR lumbar spine' (helps with vague wording)."
    ),
    patterns: Path | None = _patterns_option(),
    input_file: Path | None = typer.Option(
        None, "--input", "-i", help="An input file (any format run reads, or a labelling .xlsx); with --report-id."
    ),
    report_id: str | None = typer.Option(None, "--report-id", help="The report to explain from --input."),
    fmt: str = _format_option("With --input: auto|csv|jsonl|txt|hl7|fhir"),
    columns: str | None = _columns_option("With --input: map site column names, as for run."),
) -> None:
    """One report: every mention, its attributes, and which rule decided the finding."""
    from vfx_finder.analyser import Analyser
    from vfx_finder.explain import explain as explain_text
    from vfx_finder.explain import format_explain

    modality = ""
    try:
        if sum(x is not None for x in (text, file, input_file)) != 1:
            raise UsageError(
                "give the report as TEXT, with --file F, or with --input FILE --report-id ID (one of them)"
            )
        if (input_file is None) != (report_id is None):
            raise UsageError("--input and --report-id go together: --input FILE --report-id ID")
        if input_file is not None:
            from vfx_finder.explain import find_report

            report = find_report(input_file, report_id, fmt=fmt, columns=columns)
            text, exam_name, modality = report.text, exam_name or report.exam_name, report.modality
        if file is not None:
            if str(file) == "-":
                text = sys.stdin.read()
            else:
                try:
                    text = file.read_text(encoding="utf-8-sig")
                except FileNotFoundError:
                    raise UsageError(f"--file: {file} not found; give the path of a text file") from None
                except UnicodeDecodeError:
                    text = file.read_text(encoding="cp1252")
        result = explain_text(
            text or "", exam_name=exam_name, modality=modality, analyser=Analyser(patterns, use_prefilter=False)
        )
    except VfxError as err:
        _fail(err)
        return
    if as_json:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        typer.echo(format_explain(result))


@app.command()
def evaluate(
    gold: Path | None = typer.Argument(
        None, help="Labelled file (CSV, .xlsx, ...): report_id, text, gold_finding, gold_levels (docs/LABELLING.md)."
    ),
    out: Path | None = typer.Option(None, "--out", "-o", help="Folder for metrics.json and errors.csv."),
    fmt: str = _format_option(),
    columns: str | None = _columns_option("Map site column names."),
    workers: int = _workers_option(),
    patterns: Path | None = _patterns_option(),
    seed: int = typer.Option(20261124, "--seed", help="Seed for the level-F1 bootstrap interval."),
    weights: Path | None = typer.Option(
        None, "--weights", help="strata.csv from vfx-finder sample (default: strata.csv beside GOLD, if there)."
    ),
    from_reviews: bool = typer.Option(
        False, "--from-reviews", help="PPV from the coordinators' imported decisions instead (needs --state)."
    ),
    state: str | None = typer.Option(None, "--state", envvar="VFX_STATE", help="The state store (--from-reviews)."),
    since: str = typer.Option("", "--since", help="With --from-reviews: alerts raised on or after YYYY-MM-DD."),
    as_json: bool = typer.Option(False, "--json", help="With --from-reviews: print JSON."),
) -> None:
    """Score against a labelled file: sensitivity, PPV, specificity, NPV, per finding / modality, with 95% CIs.

    With --from-reviews: PPV of the alerts from the coordinators' decisions (docs/VALIDATION.md)."""
    from vfx_finder.evaluate import evaluate as evaluate_file
    from vfx_finder.evaluate import format_metrics
    from vfx_finder.process import default_workers

    if from_reviews:
        from vfx_finder.reviews import format_ppv, ppv_from_reviews

        try:
            if gold is not None:
                raise UsageError("--from-reviews takes no labelled file; give --state PATH (and --since DATE)")
            result = ppv_from_reviews(_state_path(state), since=since)
        except VfxError as err:
            _fail(err)
            return
        typer.echo(json.dumps(result, indent=2) if as_json else format_ppv(result))
        return
    try:
        if gold is None or out is None:
            raise UsageError("give the labelled file and --out FOLDER (or --from-reviews --state PATH)")
        metrics = evaluate_file(
            gold,
            out,
            fmt=fmt,
            columns=columns,
            workers=workers or default_workers(),
            patterns_dir=patterns,
            seed=seed,
            weights=weights,
        )
    except VfxError as err:
        _fail(err)
        return
    typer.echo(format_metrics(metrics))
    typer.echo(f"written: {out / 'metrics.json'}, {out / 'errors.csv'}")


@app.command()
def sample(
    inputs: list[Path] = typer.Argument(..., help="Report files, as for run."),
    out: Path = typer.Option(..., "--out", "-o", help="Folder for the labelling sheet, strata.csv, sample_key.csv."),
    n: int = typer.Option(400, "--n", min=1, help="Reports to sample."),
    seed: int = typer.Option(1, "--seed", help="Seed of the draw (same seed, same input: same sample)."),
    negatives_audit: bool = typer.Option(
        False, "--negatives-audit", help="Draw only reports the tool called negative (missed-fracture audit)."
    ),
    fmt: str = _format_option(),
    columns: str | None = _columns_option(),
    workers: int = _workers_option(),
    patterns: Path | None = _patterns_option(),
) -> None:
    """Draw a stratified validation sample and write a labelling sheet blind to the tool's answers."""
    from vfx_finder.process import default_workers
    from vfx_finder.validation.sample import draw_sample, format_summary

    try:
        summary = draw_sample(
            list(inputs),
            out,
            n=n,
            seed=seed,
            negatives_audit=negatives_audit,
            fmt=fmt,
            columns=columns,
            workers=workers or default_workers(),
            patterns_dir=patterns,
        )
    except VfxError as err:
        _fail(err)
        return
    typer.echo(format_summary(summary, out))


@app.command()
def agreement(
    a: Path = typer.Argument(..., help="Labeller A's sheet (CSV or .xlsx: report_id, gold_finding, gold_levels)."),
    b: Path = typer.Argument(..., help="Labeller B's sheet, same reports."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Folder for agreement.json and agreement.csv."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Agreement between two labellers: Cohen's kappa (finding, case-finding), level agreement, disagreements."""
    from vfx_finder.validation.agreement import agreement as compare_files
    from vfx_finder.validation.agreement import format_agreement

    try:
        result, _rows = compare_files(a, b, out)
    except VfxError as err:
        _fail(err)
        return
    typer.echo(json.dumps(result, indent=2) if as_json else format_agreement(result))
    if out is not None:
        typer.echo(f"written: {out / 'agreement.json'}, {out / 'agreement.csv'}")


def _model_choice(model: Path | None, no_model: bool) -> Path | None:
    """The second-reader model a run uses: --no-model, --model PATH, or the shipped one when its card enables it."""
    if no_model:
        return None
    if model is not None:
        return model
    from vfx_finder.model.persist import SHIPPED_MODEL, shipped_enabled

    return SHIPPED_MODEL if shipped_enabled() else None


@app.command()
def train(
    labels: list[Path] = typer.Option([], "--labels", help="Labelled reports (gold_finding column; any input format)."),
    out: Path = typer.Option(..., "--out", "-o", help="Model folder to write, e.g. models/site_model."),
    reviews: Path | None = typer.Option(None, "--reviews", help="State store whose review decisions to learn from."),
    reports: list[Path] = typer.Option(
        [], "--reports", help="Report files holding the texts of reviewed reports (when the state store has none)."
    ),
    seed: int = typer.Option(1, "--seed", help="Seed (the same data and seed give the same model)."),
    fmt: str = _format_option(),
    columns: str | None = _columns_option("Map site column names."),
    workers: int = _workers_option("Worker processes for the rules (0 = number of cores)."),
) -> None:
    """Train a second-reader model from labelled reports and coordinators' review decisions (docs/SECOND_READER.md)."""
    from vfx_finder.process import default_workers
    from vfx_finder.train import train as train_model

    try:
        card = train_model(
            labels,
            out,
            reviews=reviews,
            reports=reports,
            seed=seed,
            fmt=fmt,
            columns=columns,
            workers=workers or default_workers(),
        )
    except VfxError as err:
        _fail(err)
        return
    oof = card["metrics"]["out_of_fold"]
    typer.echo(
        f"model {card['name']} {card['version']}: {card['training']['reports']} reports, threshold {card['threshold']}, "
        f"out-of-fold recall gained {oof['recall_gained']}, {oof['flags_per_1000']} flags per 1,000"
    )
    typer.echo(f"written: {out / 'model.skops'}, {out / 'card.json'}, {out / 'model_card.md'}")


state_app = typer.Typer(
    no_args_is_help=True,
    help="Inspect the state store (alert history).",
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(state_app, name="state")

_STATE_OPTION_HELP = "The state store (SQLite file, or postgresql://... URL) the nightly run uses; or set VFX_STATE."


def _state_path(state: str | None):
    """--state as a path, or a PostgreSQL location (printed without its password)."""
    from vfx_finder.aggregate.state import state_location

    if state is None:
        raise UsageError("give --state PATH of the state store (or set VFX_STATE), e.g. --state out/vfx_state.sqlite")
    return state_location(state)


@app.command()
def worklist(
    run_id: str = typer.Option(..., "--run", help="The run id (R-...), as in the run's summary line."),
    state: str | None = typer.Option(None, "--state", envvar="VFX_STATE", help=_STATE_OPTION_HELP),
    out: Path = typer.Option(..., "--out", "-o", help="Folder for the re-exported files (must not hold them yet)."),
) -> None:
    """Re-export a past run's worklist.csv, worklist.xlsx and referrer_alerts.csv from the state store."""
    from vfx_finder.aggregate.state import StateStore
    from vfx_finder.publish import REFERRER_COLUMNS, WORKLIST_COLUMNS, Publication, ensure_out_dir, move_into_place
    from vfx_finder.publish.xlsx import worklist_xlsx_bytes

    try:
        store = StateStore.open(_state_path(state), readonly=True)
        try:
            if store.run_row(run_id) is None:
                raise UsageError(f"no run {run_id} in {store.path}; the run id is in the run's summary line and log")
            folder = ensure_out_dir(out)
            taken = [n for n in ("worklist.csv", "worklist.xlsx", "referrer_alerts.csv") if (folder / n).exists()]
            if taken:
                raise UsageError(f"--out {folder} already holds {', '.join(taken)}; give an empty folder")
            pub = Publication(folder, f"export-{run_id}")
            try:
                w = pub.csv("worklist.csv", WORKLIST_COLUMNS)
                rows = list(store.run_alert_rows(run_id))  # one night's worklist
                w.write_all(rows)
                pub.binary("worklist.xlsx", worklist_xlsx_bytes(rows, run_id=run_id))
                r = pub.csv("referrer_alerts.csv", REFERRER_COLUMNS)
                r.write_all(store.run_referrer_rows(run_id))
                move_into_place(pub.manifest())
            except BaseException:
                pub.discard()
                raise
        finally:
            store.close()
    except VfxError as err:
        _fail(err)
        return
    typer.echo(f"run {run_id}: worklist {w.rows} row(s), referrer alerts {r.rows} row(s) written to {folder}")


@app.command()
def history(
    patient_id: str = typer.Argument(..., help="The patient id or NHS number (as in the worklist)."),
    state: str | None = typer.Option(None, "--state", envvar="VFX_STATE", help=_STATE_OPTION_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """What was alerted for a patient, when and why, and their fracture findings over time.

    Exit 0 when the patient is in the store; exit 1 with one line when the store has nothing on them.
    """
    from vfx_finder.aggregate.history import format_history
    from vfx_finder.aggregate.state import StateStore

    try:
        store = StateStore.open(_state_path(state), readonly=True)
        try:
            ids = store.patient_ids_for(patient_id) or [patient_id]  # a patient id, or an NHS number
            found = [store.history(pid) for pid in ids]
            h = found[0] if len(found) == 1 else {"query": patient_id, "patients": found}
        finally:
            store.close()
    except VfxError as err:
        _fail(err)
        return
    if all(not x["alerts"] and not x["findings"] for x in found):
        typer.echo(
            f"no history for patient {patient_id} in {_state_path(state)}: never alerted, no fracture finding recorded"
        )
        raise typer.Exit(1)
    if as_json:
        typer.echo(json.dumps(h, indent=2, ensure_ascii=False))
    else:
        typer.echo("\n".join(format_history(x) for x in found))


@state_app.command("check")
def state_check(
    state: str | None = typer.Option(None, "--state", envvar="VFX_STATE", help=_STATE_OPTION_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Integrity check, schema version and counts of the state store. Exit 0 healthy, 1 corrupt or unreadable."""
    from vfx_finder.aggregate.history import format_check
    from vfx_finder.aggregate.state import StateStore

    try:
        store = StateStore.open(_state_path(state), readonly=True)
        try:
            report = store.check()
        finally:
            store.close()
    except VfxError as err:
        _fail(err)
        return
    typer.echo(json.dumps(report, indent=2, ensure_ascii=False) if as_json else format_check(report))
    if not report["ok"]:
        raise typer.Exit(1)


@app.command()
def audit(
    state: str | None = typer.Option(None, "--state", envvar="VFX_STATE", help=_STATE_OPTION_HELP),
    date_from: str = typer.Option(..., "--from", help="First exam date of the period, YYYY-MM-DD."),
    date_to: str = typer.Option(..., "--to", help="Last exam date of the period, YYYY-MM-DD."),
    out: Path = typer.Option(..., "--out", "-o", help="Folder for audit.csv and audit.html (created if missing)."),
    by: str | None = typer.Option(None, "--by", help="Also group the standards by modality|reporter|month."),
    pseudonymise_reporters: bool = typer.Option(
        False, "--pseudonymise-reporters", help="Replace reporter names by stable keyed pseudonyms."
    ),
    fls_caseload: int | None = typer.Option(
        None, "--fls-caseload", help="The FLS's total patients in the period, for the KPI 3 share."
    ),
) -> None:
    """RCR vertebral fracture reporting audit and FLS figures for a period: audit.csv and audit.html."""
    from vfx_finder.audit.report import run_audit

    try:
        result = run_audit(
            _state_path(state),
            date_from,
            date_to,
            out,
            by=by,
            pseudonymise_reporters=pseudonymise_reporters,
            fls_caseload=fls_caseload,
        )
    except VfxError as err:
        _fail(err)
        return
    typer.echo(f"written: {result.paths['audit.csv']}, {result.paths['audit.html']}")
    typer.echo(result.one_line())


review_app = typer.Typer(
    no_args_is_help=True,
    help="The coordinators' decisions from worklist.xlsx (docs/COORDINATOR.md).",
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(review_app, name="review")
known_app = typer.Typer(
    no_args_is_help=True,
    help="Patients already under the FLS (go-live).",
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(known_app, name="known")


def _fail_rows(err: VfxError) -> None:
    """Print a multi-row error one line per row, then exit with its code."""
    if os.environ.get("VFX_DEBUG"):
        raise err
    for line in str(err).splitlines():
        typer.echo(f"error: {line}", err=True)
    raise typer.Exit(err.exit_code)


@review_app.command("import")
def review_import(
    file: Path = typer.Argument(
        ..., help="The worklist.xlsx with decisions filled in, or a CSV (alert_id, decision, decision_note)."
    ),
    state: str | None = typer.Option(None, "--state", envvar="VFX_STATE", help=_STATE_OPTION_HELP),
    reviewer: str = typer.Option("", "--reviewer", help="Who made the decisions (recorded with each)."),
) -> None:
    """Record the coordinators' decisions; later nights act on them. Any bad row: nothing imported (exit 2)."""
    from vfx_finder.reviews import import_reviews

    try:
        result = import_reviews(file, _state_path(state), reviewer=reviewer)
    except VfxError as err:
        _fail_rows(err)
        return
    typer.echo(result.one_line(f"review import {file.name}"))


@known_app.command("import")
def known_import(
    file: Path = typer.Argument(..., help="CSV: nhs_number or patient_id; optional date (known since), levels."),
    state: str | None = typer.Option(None, "--state", envvar="VFX_STATE", help=_STATE_OPTION_HELP),
) -> None:
    """Load patients already under the FLS: not alerted unless a level beyond the known ones. Any bad row: nothing imported."""
    from vfx_finder.reviews import import_known

    try:
        result = import_known(file, _state_path(state))
    except VfxError as err:
        _fail_rows(err)
        return
    typer.echo(result.one_line(f"known import {file.name}"))


def _stop(signum, frame) -> None:
    raise Interrupted(signum)


def main() -> None:
    """Console entry point. SIGTERM / SIGINT stop any command with one line and exit 143 / 130
    (``run`` installs its own handlers for the run itself: see vfx_finder/run.py)."""
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, _stop)
    try:
        app()
    except Interrupted as err:
        if os.environ.get("VFX_DEBUG"):
            raise
        typer.echo(f"error: {err}", err=True)
        sys.exit(err.exit_code)


if __name__ == "__main__":
    main()
