"""``sample``: a stratified validation sample of a site's reports, with a blank labelling sheet.

Strata: the tool's answer on each report (``positive``: fracture or possible_fracture;
``negative_spine``: a negative the NLP read, i.e. the report holds spine or fracture
vocabulary; ``negative_other``: a negative the vocabulary pre-filter settled) crossed with
the report's modality (empty -> ``unknown``).

Allocation of ``n`` (docs/VALIDATION.md):

1. every stratum of a group with a share > 0 first gets ``min(N_h, MIN_PER_STRATUM)``;
2. the rest goes to the groups by fixed shares (positives and spine negatives oversampled,
   because that is where the errors are): positive 0.40, negative_spine 0.40,
   negative_other 0.20; with ``--negatives-audit`` only the negatives: negative_spine 0.75,
   negative_other 0.25;
3. within a group, proportional to N_h (largest remainder), never more than N_h; what a full
   stratum cannot take goes to the others in proportion to their shares.

Reports are drawn without replacement (numpy, seeded) within each stratum and the sheet is
shuffled, so neither the order nor any column tells a labeller what the tool said. The
weights N_h / n_h go to ``strata.csv`` and the stratum of each sampled report to
``sample_key.csv`` (keep it from the labellers), which ``evaluate`` reads.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

import numpy as np

from vfx_finder.publish import REJECTED_COLUMNS, SafeCsvWriter, ensure_out_dir, write_json_atomic
from vfx_finder.read.records import Rejection
from vfx_finder.validation.sheets import iter_labelled, write_sheet

GROUPS = ("positive", "negative_spine", "negative_other")
SHARES = {"positive": 0.40, "negative_spine": 0.40, "negative_other": 0.20}
AUDIT_SHARES = {"positive": 0.0, "negative_spine": 0.75, "negative_other": 0.25}
MIN_PER_STRATUM = 5
STRATA_COLUMNS = ["stratum", "group", "modality", "N_h", "n_h", "weight"]
KEY_COLUMNS = ["report_id", "stratum"]
POSITIVE = {"fracture", "possible_fracture"}


def group_of(finding: str, decided_by: str) -> str:
    """The sampling group of a report from the tool's finding and what decided it."""
    from vfx_finder.vocab import PREFILTER_REASON

    if finding in POSITIVE:
        return "positive"
    return "negative_other" if decided_by == PREFILTER_REASON else "negative_spine"


def modality_of(value: str) -> str:
    """The modality part of a stratum name ('' -> 'unknown'; ':' is kept out of names)."""
    return (value or "").strip().upper().replace(":", "-") or "unknown"


def stratum_name(group: str, modality: str) -> str:
    """'positive:CT'."""
    return f"{group}:{modality}"


def _largest_remainder(total: int, weights: dict[str, float], caps: dict[str, int]) -> dict[str, int]:
    """Split ``total`` in proportion to ``weights`` (Hamilton's method), each part at most its cap."""
    alloc = dict.fromkeys(weights, 0)
    left = total
    while left > 0:
        open_ = {k: w for k, w in weights.items() if w > 0 and alloc[k] < caps[k]}
        if not open_:
            break
        wsum = sum(open_.values())
        exact = {k: left * w / wsum for k, w in open_.items()}
        give = {k: min(math.floor(v), caps[k] - alloc[k]) for k, v in exact.items()}
        given = sum(give.values())
        if given == 0:  # hand single units by largest remainder (ties: stratum name)
            for k in sorted(open_, key=lambda k: (-(exact[k] - math.floor(exact[k])), -open_[k], k)):
                if left == 0:
                    break
                if alloc[k] < caps[k]:
                    alloc[k] += 1
                    left -= 1
            continue
        for k, g in give.items():
            alloc[k] += g
        left -= given
    return alloc


def allocate(population: dict[str, int], n: int, *, negatives_audit: bool = False) -> dict[str, int]:
    """Sample size per stratum ('group:modality' -> n_h) for a total of ``n`` (see the module docstring)."""
    shares = AUDIT_SHARES if negatives_audit else SHARES
    eligible = {s: N for s, N in population.items() if N > 0 and shares[s.split(":", 1)[0]] > 0}
    if n >= sum(eligible.values()):
        return dict(eligible)
    alloc = dict.fromkeys(eligible, 0)
    floor_first = {s: min(N, MIN_PER_STRATUM) for s, N in eligible.items()}
    if sum(floor_first.values()) >= n:  # too small for the minimum: proportional to the minimum itself
        return _largest_remainder(n, {s: float(v) for s, v in floor_first.items()}, floor_first)
    alloc.update(floor_first)
    left = n - sum(alloc.values())
    group_n = Counter()
    for s, N in eligible.items():
        group_n[s.split(":", 1)[0]] += N
    weights = {s: shares[s.split(":", 1)[0]] * N / group_n[s.split(":", 1)[0]] for s, N in eligible.items()}
    caps = {s: eligible[s] - alloc[s] for s in eligible}
    extra = _largest_remainder(left, weights, caps)
    return {s: alloc[s] + extra[s] for s in eligible}


def draw_sample(
    inputs: list[Path],
    out_dir: Path,
    *,
    n: int = 400,
    seed: int = 1,
    negatives_audit: bool = False,
    fmt: str = "auto",
    columns: str | dict | None = None,
    workers: int = 1,
    patterns_dir: Path | None = None,
) -> dict:
    """Analyse the inputs, draw the stratified sample, write the sheet, strata.csv and sample_key.csv."""
    from vfx_finder.process import analyse_stream

    if n < 1:
        from vfx_finder.errors import UsageError

        raise UsageError(f"--n: {n} is not a sample size; give a number of reports, e.g. --n 400")
    out = ensure_out_dir(out_dir)
    rejected: list[Rejection] = []

    def reports():
        for path in inputs:
            for rec in iter_labelled(path, fmt=fmt, columns=columns):
                if isinstance(rec, Rejection):
                    rejected.append(rec)
                else:
                    yield rec

    # pass 1: the stratum of every report (ordinal positions only: memory stays small)
    strata: list[str] = []
    for report, row in analyse_stream(reports(), workers=workers, patterns_dir=patterns_dir):
        strata.append(stratum_name(group_of(row["finding"], row["decided_by"]), modality_of(report.modality)))
    population = Counter(strata)
    alloc = allocate(dict(population), n, negatives_audit=negatives_audit)
    rng = np.random.default_rng(seed)
    members: dict[str, list[int]] = {}
    for i, s in enumerate(strata):
        members.setdefault(s, []).append(i)
    chosen: dict[int, str] = {}
    for s in sorted(alloc):
        picked = rng.choice(len(members[s]), size=alloc[s], replace=False) if alloc[s] else []
        for j in picked:
            chosen[members[s][int(j)]] = s
    order = [int(i) for i in rng.permutation(sorted(chosen))]
    rank = {i: k for k, i in enumerate(order)}

    # pass 2: the sampled reports' fields (the readers are deterministic, so ordinals line up)
    rows: list[dict | None] = [None] * len(order)
    keys: list[dict | None] = [None] * len(order)
    rejected.clear()
    for i, rec in enumerate(reports()):
        if i in rank:
            rows[rank[i]] = {
                "report_id": rec.report_id,
                "exam_date": rec.exam_date,
                "modality": rec.modality,
                "exam_name": rec.exam_name,
                "text": rec.text,
            }
            keys[rank[i]] = {"report_id": rec.report_id, "stratum": chosen[i]}
    files = []
    try:
        key_w = SafeCsvWriter(out / "sample_key.csv", KEY_COLUMNS)
        files.append(key_w)
        key_w.write_all(keys)
        strata_w = SafeCsvWriter(out / "strata.csv", STRATA_COLUMNS)
        files.append(strata_w)
        table = []
        for s in sorted(population):
            n_h = alloc.get(s, 0)
            row = {
                "stratum": s,
                "group": s.split(":", 1)[0],
                "modality": s.split(":", 1)[1],
                "N_h": str(population[s]),
                "n_h": str(n_h),
                "weight": f"{population[s] / n_h:.6g}" if n_h else "",
            }
            table.append(row)
            strata_w.write(row)
        rej_w = SafeCsvWriter(out / "rejected.csv", REJECTED_COLUMNS)
        files.append(rej_w)
        rej_w.write_all(
            {
                "source_file": r.source_file,
                "location": r.location,
                "report_id": r.report_id,
                "patient_id": r.patient_id,
                "reason": r.reason,
            }
            for r in rejected
        )
        summary = {
            "inputs": [str(p) for p in inputs],
            "n_requested": n,
            "n_sampled": len(order),
            "seed": seed,
            "negatives_audit": negatives_audit,
            "population": len(strata),
            "rejected": len(rejected),
            "allocation": "minimum per stratum, then group shares "
            + json.dumps(AUDIT_SHARES if negatives_audit else SHARES)
            + ", proportional to N_h within a group",
            "strata": table,
        }
        meta = write_json_atomic(out / "sample.json", summary)
        files.append(meta)
        write_sheet(rows, out)
        for f in files:
            f.commit()
    except BaseException:
        for f in files:
            f.discard()
        raise
    return summary


def format_summary(summary: dict, out_dir: Path) -> str:
    """The printed strata table and where the files went."""
    lines = [
        f"population {summary['population']} reports (rejected {summary['rejected']}); "
        f"sampled {summary['n_sampled']} of {summary['n_requested']} requested (seed {summary['seed']}"
        + (", negatives audit" if summary["negatives_audit"] else "")
        + ")",
        f"  {'stratum':<32} {'N_h':>8} {'n_h':>6} {'weight':>10}",
    ]
    for row in summary["strata"]:
        lines.append(f"  {row['stratum']:<32} {row['N_h']:>8} {row['n_h']:>6} {row['weight'] or '-':>10}")
    lines.append(
        f"written: {out_dir / 'labelling_sheet.xlsx'}, {out_dir / 'labelling_sheet.csv'} (for the labellers), "
        f"{out_dir / 'strata.csv'}, {out_dir / 'sample_key.csv'} (not for the labellers)"
    )
    return "\n".join(lines)
