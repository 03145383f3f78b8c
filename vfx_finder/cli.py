"""Command line: a thin layer over plain functions (run, explain, evaluate).

Library errors are ``VfxError`` subclasses; the CLI prints their one-line message
to stderr and exits with their code (0 finished, 1 run failed, 2 bad usage / input).
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

import typer

from vfx_finder import __version__
from vfx_finder.errors import UsageError, VfxError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Find vertebral fragility fractures in radiology reports and write FLS worklists.",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _fail(err: VfxError) -> None:
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
    fmt: str = typer.Option("auto", "--format", help="auto|csv|jsonl|txt|hl7|fhir"),
    columns: str | None = typer.Option(
        None, "--columns", help="Map site column names: report_id=ACCESSION,text=REPORT_TEXT,..."
    ),
    min_age: int = typer.Option(50, "--min-age", min=0, max=120, help="FLS eligibility: minimum age at exam date."),
    state: Path | None = typer.Option(
        None,
        "--state",
        envvar="VFX_STATE",
        help="Alert history (SQLite file, created if missing); default OUT/vfx_state.sqlite. "
        "Nightly runs into dated folders must share one fixed --state (or VFX_STATE).",
    ),
    lock_timeout: float = typer.Option(
        60.0, "--lock-timeout", min=0, help="Seconds to wait while another run uses the same --state (then exit 1)."
    ),
    log_phi: bool = typer.Option(
        False,
        "--log-phi",
        help="DEBUGGING ONLY: also log each positive report's evidence sentences (patient data) at DEBUG.",
    ),
    workers: int = typer.Option(0, "--workers", min=0, help="Worker processes (0 = number of cores)."),
    progress: bool | None = typer.Option(
        None, "--progress/--no-progress", help="Progress on stderr (default: on when stderr is a terminal)."
    ),
    patterns: Path | None = typer.Option(None, "--patterns", help="Rule folder (default: the bundled patterns/)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log counts and ids to stderr (never report text)."),
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
        )
    except VfxError as err:
        _fail(err)
        return
    typer.echo(f"worklist: {result.worklist_path}")
    typer.echo(result.one_line())


@app.command()
def explain(
    text: str | None = typer.Argument(None, help="Report text (or use --file)."),
    file: Path | None = typer.Option(None, "--file", "-f", help="Read the report text from a file ('-' for stdin)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    exam_name: str = typer.Option(
        "", "--exam-name", help="Exam name, e.g. 'XR lumbar spine' (helps with vague wording)."
    ),
    patterns: Path | None = typer.Option(None, "--patterns", help="Rule folder (default: the bundled patterns/)."),
) -> None:
    """One report: every mention, its attributes, and which rule decided the finding."""
    from vfx_finder.explain import explain as explain_text
    from vfx_finder.explain import format_explain
    from vfx_finder.nlp.engine import Analyser

    try:
        if (text is None) == (file is None):
            raise UsageError("give the report as TEXT or with --file F (one of them)")
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
        result = explain_text(text or "", exam_name=exam_name, analyser=Analyser(patterns, use_prefilter=False))
    except VfxError as err:
        _fail(err)
        return
    if as_json:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        typer.echo(format_explain(result))


@app.command()
def evaluate(
    gold: Path = typer.Argument(..., help="Labelled CSV: report_id, text, gold_finding, gold_levels (SPEC section 5)."),
    out: Path = typer.Option(..., "--out", "-o", help="Folder for metrics.json and errors.csv."),
    fmt: str = typer.Option("auto", "--format", help="auto|csv|jsonl|txt|hl7|fhir"),
    columns: str | None = typer.Option(None, "--columns", help="Map site column names."),
    workers: int = typer.Option(0, "--workers", min=0, help="Worker processes (0 = number of cores)."),
    patterns: Path | None = typer.Option(None, "--patterns", help="Rule folder (default: the bundled patterns/)."),
    seed: int = typer.Option(20261124, "--seed", help="Seed for the bootstrap confidence intervals."),
) -> None:
    """Score the pipeline against a labelled file: per-finding P/R/F1, confusion, sensitivity / PPV with 95% CIs, level F1."""
    from vfx_finder.evaluate import evaluate as evaluate_file
    from vfx_finder.evaluate import format_metrics
    from vfx_finder.process import default_workers

    try:
        metrics = evaluate_file(
            gold, out, fmt=fmt, columns=columns, workers=workers or default_workers(), patterns_dir=patterns, seed=seed
        )
    except VfxError as err:
        _fail(err)
        return
    typer.echo(format_metrics(metrics))
    typer.echo(f"written: {out / 'metrics.json'}, {out / 'errors.csv'}")


@app.command()
def train(
    labels: list[Path] = typer.Option([], "--labels", help="Labelled reports (gold_finding column; any input format)."),
    out: Path = typer.Option(..., "--out", "-o", help="Model folder to write, e.g. models/site_model."),
    reviews: Path | None = typer.Option(None, "--reviews", help="State store whose review decisions to learn from."),
    reports: list[Path] = typer.Option(
        [], "--reports", help="Report files holding the texts of reviewed reports (when the state store has none)."
    ),
    seed: int = typer.Option(1, "--seed", help="Seed (the same data and seed give the same model)."),
    fmt: str = typer.Option("auto", "--format", help="auto|csv|jsonl|txt|hl7|fhir"),
    columns: str | None = typer.Option(None, "--columns", help="Map site column names."),
    workers: int = typer.Option(0, "--workers", min=0, help="Worker processes for the rules (0 = number of cores)."),
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

_STATE_OPTION_HELP = "The state store (SQLite file) the nightly run uses; or set VFX_STATE."


def _state_path(state: Path | None) -> Path:
    if state is None:
        raise UsageError("give --state PATH of the state store (or set VFX_STATE), e.g. --state out/vfx_state.sqlite")
    return state


@app.command()
def history(
    patient_id: str = typer.Argument(..., help="The patient id (as in the worklist's patient_id column)."),
    state: Path | None = typer.Option(None, "--state", envvar="VFX_STATE", help=_STATE_OPTION_HELP),
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
            h = store.history(patient_id)
        finally:
            store.close()
    except VfxError as err:
        _fail(err)
        return
    if not h["alerts"] and not h["findings"]:
        typer.echo(f"no history for patient {patient_id} in {state}: never alerted, no fracture finding recorded")
        raise typer.Exit(1)
    typer.echo(json.dumps(h, indent=2, ensure_ascii=False) if as_json else format_history(h))


@state_app.command("check")
def state_check(
    state: Path | None = typer.Option(None, "--state", envvar="VFX_STATE", help=_STATE_OPTION_HELP),
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


def main() -> None:
    app()


if __name__ == "__main__":
    main()
