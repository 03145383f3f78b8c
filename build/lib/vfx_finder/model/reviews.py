"""Coordinators' review decisions as training labels.

Expected shape (the review issue adds it to the state store): a table
``review_decisions(alert_id, report_id, decision, ...)``, optionally with ``text`` and
``decided_at``. The latest decision per report wins (``decided_at``, then row order).
Decisions map to labels: confirmed / already known / wrong level -> 1 (a fracture is there);
not a vertebral fracture -> 0; not eligible / other -> no label (they say nothing about the text).
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pandas as pd

from vfx_finder.model.errors import TrainingError

REVIEW_TABLE = "review_decisions"
#: normalised decision text -> label (1 fracture present, 0 not a vertebral fracture)
DECISION_LABELS: dict[str, int] = {
    "confirmed fls to assess": 1,
    "confirmed": 1,
    "fracture": 1,
    "already known to fls": 1,
    "already known": 1,
    "wrong level": 1,
    "not a vertebral fracture": 0,
    "not a fracture": 0,
    "not fracture": 0,
}
#: decisions that carry no label for the report text
NO_LABEL = ("not eligible", "other", "")


def normalise_decision(decision: str) -> str:
    """Lower case, punctuation and underscores to single spaces: 'Confirmed - FLS to assess' -> 'confirmed fls to assess'."""
    return re.sub(r"[^a-z0-9]+", " ", (decision or "").lower()).strip()


def decision_label(decision: str) -> int | None:
    """1, 0 or None (no label) for a coordinator's decision; unknown decisions carry no label."""
    return DECISION_LABELS.get(normalise_decision(decision))


def review_labels(state_path: Path) -> pd.DataFrame:
    """DataFrame[report_id, text?, label] from the state store's ``review_decisions`` table (one row per report)."""
    path = Path(state_path)
    if str(state_path).startswith(("postgresql:", "postgres:")):
        raise TrainingError("--reviews: train reads review decisions from a SQLite state file only; export them first")
    if not path.is_file():
        raise TrainingError(f"--reviews: state store not found: {path}")
    try:
        con = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True)
    except sqlite3.Error as err:
        raise TrainingError(f"--reviews: cannot open the state store {path} ({type(err).__name__})") from None
    try:
        try:
            has = con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (REVIEW_TABLE,)).fetchone()
        except sqlite3.DatabaseError as err:
            raise TrainingError(f"--reviews: {path} is not a readable state store ({type(err).__name__})") from None
        if not has:
            raise TrainingError(
                f"--reviews: the state store {path} has no review decisions (table {REVIEW_TABLE}); "
                "import the coordinators' worklist first with vfx-finder review import"
            )
        cols = [r[1] for r in con.execute(f"PRAGMA table_info({REVIEW_TABLE})")]
        missing = [c for c in ("report_id", "decision") if c not in cols]
        if missing:
            raise TrainingError(f"--reviews: table {REVIEW_TABLE} in {path} lacks column(s) {', '.join(missing)}")
        select = ["report_id", "decision"] + [c for c in ("text", "decided_at") if c in cols]
        order = "decided_at, rowid" if "decided_at" in cols else "rowid"
        frame = pd.read_sql_query(f"SELECT {', '.join(select)} FROM {REVIEW_TABLE} ORDER BY {order}", con)
    finally:
        con.close()
    frame["report_id"] = frame["report_id"].fillna("").astype(str)
    frame = frame[frame["report_id"] != ""]
    frame = frame.drop_duplicates("report_id", keep="last")
    frame["label"] = frame["decision"].map(decision_label)
    frame = frame[frame["label"].notna()].astype({"label": int})
    keep = ["report_id", "text", "label"] if "text" in frame.columns else ["report_id", "label"]
    return frame[keep].reset_index(drop=True)
