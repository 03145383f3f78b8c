"""The main job: read -> nlp -> decide -> aggregate -> publish, as one plain function.

Nothing is published unless the whole run succeeds: every output is written to a
temporary file and moved into place at the end (``os.replace``). Report text never
goes to the log; the log carries counts and ids.
"""
from __future__ import annotations

import hashlib
import logging
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from vfx_finder import __version__
from vfx_finder.aggregate.patients import PatientCase, fls_eligibility, referrer_row
from vfx_finder.decide import FINDINGS
from vfx_finder.errors import RunError, VfxError
from vfx_finder.publish import (
    FINDINGS_COLUMNS,
    REFERRER_COLUMNS,
    REJECTED_COLUMNS,
    WORKLIST_COLUMNS,
    SafeCsvWriter,
    ensure_out_dir,
    write_json_atomic,
)
from vfx_finder.read import check_paths, detect_format, iter_records, parse_columns
from vfx_finder.read.records import Rejection, Report

log = logging.getLogger("vfx_finder")


@dataclass
class RunResult:
    out_dir: Path
    counts: dict
    worklist_rows: int
    summary: dict = field(default_factory=dict)

    @property
    def worklist_path(self) -> Path:
        return self.out_dir / "worklist.csv"

    def one_line(self) -> str:
        c = self.counts
        bf = c["by_finding"]
        return (
            f"read {c['read']}, processed {c['processed']}, rejected {c['rejected']}; "
            f"fracture {bf.get('fracture', 0)}, possible {bf.get('possible_fracture', 0)}, "
            f"excluded {bf.get('excluded', 0)}, non-fracture deformity {bf.get('non_fracture_deformity', 0)}; "
            f"worklist {self.worklist_rows} patient(s)"
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
) -> RunResult:
    started = time.time()
    paths = check_paths(inputs)
    mapping = parse_columns(columns) if not isinstance(columns, dict) else columns
    from vfx_finder.nlp.rules import load_all, rules_fingerprint

    rules = rules_fingerprint(load_all(patterns_dir))  # fails fast on a bad rule file
    out = ensure_out_dir(out_dir)
    counts = {"read": 0, "processed": 0, "rejected": 0, "by_finding": {f: 0 for f in FINDINGS}}
    findings_w = SafeCsvWriter(out / "report_findings.csv", FINDINGS_COLUMNS)
    rejected_w = SafeCsvWriter(out / "rejected.csv", REJECTED_COLUMNS)
    writers = [findings_w, rejected_w]
    patients: dict[str, PatientCase] = {}
    positives: list[dict] = []
    bar = _progress(progress)
    try:
        def reports() -> Iterator[Report]:
            for rec in iter_records(paths, fmt=fmt, columns=mapping):
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

        task = None
        if bar is not None:
            bar.start()
            task = bar.add_task("vfx-finder", total=None)
        for report, decision in analyse_stream(reports(), workers=workers, patterns_dir=patterns_dir):
            counts["processed"] += 1
            counts["by_finding"][decision["finding"]] += 1
            eligible, age, reason = fls_eligibility(report, decision["finding"], min_age)
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
                positives.append(row)
                case = patients.setdefault(report.patient_id, PatientCase(report.patient_id))
                case.add(row, eligible, age, reason)
            if task is not None:
                bar.update(task, advance=1)
        worklist = []
        for case in patients.values():
            if case.eligibility not in ("yes", "review"):
                continue
            merged = case.merged()
            merged["reason"] = "new patient" if case.eligibility == "yes" else case.eligibility_reason
            worklist.append(merged)
        worklist.sort(key=lambda r: (int(r["priority"]), r["exam_date"] or "9999", r["patient_id"]))
        for i, row in enumerate(worklist, start=1):
            row["alert_id"] = f"A-{i:06d}"
        worklist_w = SafeCsvWriter(out / "worklist.csv", WORKLIST_COLUMNS)
        writers.append(worklist_w)
        worklist_w.write_all(worklist)
        referrer_w = SafeCsvWriter(out / "referrer_alerts.csv", REFERRER_COLUMNS)
        writers.append(referrer_w)
        referrer_w.write_all(sorted((referrer_row(r) for r in positives), key=lambda r: (r["referrer"].lower(), r["exam_date"], r["report_id"])))
        if counts["read"] != counts["processed"] + counts["rejected"]:
            raise RunError(
                f"internal error: read {counts['read']} != processed {counts['processed']} + rejected {counts['rejected']}; nothing was published"
            )
        summary = {
            "counts": counts,
            "versions": versions(rules),
            "timings": {"seconds": round(time.time() - started, 3)},
            "inputs": [
                {
                    "path": str(p),
                    "format": detect_format(p) if fmt == "auto" else fmt,
                    "sha256": file_sha256(p),
                }
                for p in paths
            ],
            "options": {"min_age": min_age, "workers": workers, "format": fmt},
        }
        summary_f = write_json_atomic(out / "summary.json", summary)
        for w in writers:
            w.commit()
        summary_f.commit()
    except VfxError:
        for w in writers:
            w.discard()
        raise
    except Exception as err:  # anything else: nothing partial is published
        for w in writers:
            w.discard()
        raise RunError(
            f"the run failed ({type(err).__name__}); no output was published; run again with VFX_DEBUG=1 for the traceback"
        ) from err
    finally:
        if bar is not None:
            bar.stop()
    log.info("run finished: %s", counts)
    return RunResult(out_dir=out, counts=counts, worklist_rows=len(worklist), summary=summary)
