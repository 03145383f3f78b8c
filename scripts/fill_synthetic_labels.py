"""Worked example only (docs/VALIDATION.md): play a labeller by copying the synthetic gold labels into a sheet.

    python scripts/fill_synthetic_labels.py SHEET.csv GOLD.csv OUT.csv [--disagree 0.05 --seed 2]

``--disagree P`` makes a second, imperfect labeller: each report's finding is changed with
probability P (to a neighbouring finding) and a positive report's last level dropped with
probability P. Real labels come from people following docs/LABELLING.md, never from this.
"""

from __future__ import annotations

import argparse
import random

import pandas as pd

FINDINGS = ["fracture", "possible_fracture", "excluded", "non_fracture_deformity", "no_fracture"]
GOLD = ["gold_finding", "gold_levels", "gold_severity", "gold_acuity"]


def main() -> None:
    """Fill the gold columns of a blank labelling sheet from a gold file."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sheet")
    ap.add_argument("gold")
    ap.add_argument("out")
    ap.add_argument("--disagree", type=float, default=0.0)
    ap.add_argument("--seed", type=int, default=2)
    args = ap.parse_args()
    sheet = pd.read_csv(args.sheet, dtype=str, keep_default_na=False)
    gold = pd.read_csv(args.gold, dtype=str, keep_default_na=False).set_index("report_id")[GOLD]
    filled = sheet.drop(columns=GOLD).merge(gold, left_on="report_id", right_index=True, how="left", validate="1:1")
    filled = filled[list(sheet.columns)].fillna("")
    rng = random.Random(args.seed)
    for i in filled.index:
        if rng.random() < args.disagree:
            f = filled.at[i, "gold_finding"]
            j = FINDINGS.index(f)
            g = FINDINGS[j + 1] if j + 1 < len(FINDINGS) else FINDINGS[j - 1]
            filled.at[i, "gold_finding"] = g
            if g not in ("fracture", "possible_fracture"):
                filled.loc[i, ["gold_levels", "gold_severity", "gold_acuity"]] = ""
        elif rng.random() < args.disagree and filled.at[i, "gold_levels"]:
            filled.at[i, "gold_levels"] = ";".join(filled.at[i, "gold_levels"].split(";")[:-1])
    filled.to_csv(args.out, index=False)


if __name__ == "__main__":
    main()
