"""Assemble the hand-written held-out reports into heldout_reports.csv.

The report texts and labels are written individually in parts_*.py; this
script only orders them (fixed shuffle so classes are interleaved), assigns
ids and exam dates, and writes the CSV with the csv module.

    python data/validation/_source/build_heldout.py
"""
import csv
import datetime as dt
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import parts_fracture  # noqa: E402,F401
import parts_possible  # noqa: E402,F401
import parts_excluded_nfd  # noqa: E402,F401
import parts_negative  # noqa: E402,F401

OUT = os.path.join(os.path.dirname(HERE), "heldout_reports.csv")
COLUMNS = [
    "report_id", "patient_id", "age", "sex", "exam_date", "modality",
    "exam_name", "text", "gold_finding", "gold_levels", "gold_severity",
    "gold_acuity",
]


def main():
    rng = random.Random(20250917)
    reports = list(common.REPORTS)
    rng.shuffle(reports)
    start = dt.date(2025, 1, 6)
    span = (dt.date(2026, 6, 30) - start).days
    with open(OUT, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        for i, r in enumerate(reports, 1):
            row = dict(r)
            row["report_id"] = f"HV-{i:04d}"
            row["patient_id"] = f"P-HV-{i:04d}"
            row["exam_date"] = (start + dt.timedelta(days=rng.randrange(span))).isoformat()
            w.writerow(row)
    print(f"wrote {len(reports)} reports to {OUT}")


if __name__ == "__main__":
    main()
