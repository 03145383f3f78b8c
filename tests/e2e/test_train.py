"""``vfx-finder train``: labelled files and coordinators' review decisions make a site model."""

from __future__ import annotations

import csv
import json
import sqlite3

import pytest

from vfx_finder.model import load_model, load_scorer, score

# wording no rule knows (the rules call it no_fracture); a coordinator confirms it as a fracture
ODD_FRACTURE = "Findings: T9 appears squashed compared with the adjacent levels, a change since 2023."


def _dev_rows(root, n: int) -> list[dict]:
    with (root / "data" / "synthetic" / "dev_reports.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))[:n]
    return [{"report_id": r["report_id"], "text": r["text"], "gold_finding": r["gold_finding"]} for r in rows]


def _state_with_reviews(path, decisions):
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE review_decisions (alert_id TEXT, report_id TEXT, decision TEXT, decided_at TEXT)")
    con.executemany("INSERT INTO review_decisions VALUES (?, ?, ?, ?)", decisions)
    con.commit()
    con.close()
    return path


def test_too_few_examples_is_refused_with_one_line(cli, write_csv, tmp_path):
    rows = [{"report_id": f"R{i}", "text": "Wedge fracture of T12.", "gold_finding": "fracture"} for i in range(3)]
    rows += [{"report_id": f"N{i}", "text": "Normal chest.", "gold_finding": "no_fracture"} for i in range(9)]
    r = cli("train", "--labels", str(write_csv(rows)), "--out", str(tmp_path / "m"), "--workers", "1")
    assert r.exit_code == 2
    assert r.output.strip() == (
        "error: too few examples to train: 3 positive (fracture or possible_fracture) and 9 negative; "
        "each class needs at least 10"
    )
    assert not (tmp_path / "m").exists()


def test_reviews_without_the_table_is_refused(cli, write_csv, tmp_path, root):
    state = tmp_path / "state.sqlite"
    sqlite3.connect(state).execute("CREATE TABLE runs (run_id TEXT)").connection.close()
    r = cli(
        "train",
        "--labels",
        str(write_csv(_dev_rows(root, 40))),
        "--reviews",
        str(state),
        "--out",
        str(tmp_path / "m"),
        "--workers",
        "1",
    )
    assert r.exit_code == 2
    assert r.output.strip() == (
        f"error: --reviews: the state store {state} has no review decisions (table review_decisions); "
        "import the coordinators' worklist first with vfx-finder review import"
    )


def test_bad_gold_label_names_the_line(cli, write_csv, tmp_path):
    rows = [{"report_id": "R1", "text": "Wedge fracture of T12.", "gold_finding": "broken"}]
    path = write_csv(rows)
    r = cli("train", "--labels", str(path), "--out", str(tmp_path / "m"), "--workers", "1")
    assert r.exit_code == 2
    assert r.output.strip() == (
        f"error: --labels {path}: gold_finding 'broken' at reports.csv:line 2 is not one of "
        "fracture, possible_fracture, excluded, non_fracture_deformity, no_fracture"
    )


@pytest.mark.slow
def test_a_coordinators_fracture_scores_higher_after_retraining(cli, write_csv, tmp_path, root, analyser):
    labels = write_csv(_dev_rows(root, 120), name="labels.csv")
    site = write_csv(
        [
            {"report_id": "SITE-1", "text": ODD_FRACTURE},
            {"report_id": "SITE-2", "text": "Findings: No bony abnormality of the thoracic spine."},
        ],
        name="site_reports.csv",
    )
    before_dir, after_dir = tmp_path / "before", tmp_path / "after"
    r = cli("train", "--labels", str(labels), "--out", str(before_dir), "--workers", "1")
    assert r.exit_code == 0, r.output
    state = _state_with_reviews(
        tmp_path / "state.sqlite",
        [
            ("A-1", "SITE-1", "Confirmed - FLS to assess", "2026-11-30T09:00:00"),
            ("A-2", "SITE-2", "not a vertebral fracture", "2026-11-30T09:01:00"),
        ],
    )
    r = cli(
        "train",
        "--labels",
        str(labels),
        "--reviews",
        str(state),
        "--reports",
        str(site),
        "--out",
        str(after_dir),
        "--workers",
        "1",
    )
    assert r.exit_code == 0, r.output
    assert "written:" in r.output
    card = json.loads((after_dir / "card.json").read_text(encoding="utf-8"))
    assert card["training"]["reviews"]["labels"] == 2
    assert card["training"]["reviews"]["positive"] == 1
    assert card["training"]["reports"] == 122
    row = analyser.analyse(ODD_FRACTURE).as_row() | {"decided_by": analyser.analyse(ODD_FRACTURE).decided_by}
    assert row["finding"] not in ("fracture", "possible_fracture")  # the rules miss it: the point of the review
    before = score(load_model(before_dir).pipeline, ODD_FRACTURE, row)
    after = score(load_model(after_dir).pipeline, ODD_FRACTURE, row)
    assert after > before + 0.05
    # what run scores with (the compact scorer written beside the Pipeline) says the same
    assert score(load_scorer(before_dir).scorer, ODD_FRACTURE, row) == pytest.approx(before, abs=1e-6)
    assert score(load_scorer(after_dir).scorer, ODD_FRACTURE, row) == pytest.approx(after, abs=1e-6)
    assert (after_dir / "scorer.json.gz").stat().st_mode & 0o777 == 0o600
    # the same seed and data give the same model
    again = tmp_path / "again"
    r = cli("train", "--labels", str(labels), "--out", str(again), "--workers", "1")
    assert r.exit_code == 0, r.output
    assert (
        json.loads((again / "card.json").read_text())["metrics"]
        == json.loads((before_dir / "card.json").read_text())["metrics"]
    )
    assert score(load_model(again).pipeline, ODD_FRACTURE, row) == pytest.approx(before, abs=1e-9)
    # the scorer file is byte-identical for the same data and seed (gzip without a timestamp)
    assert (
        json.loads((again / "card.json").read_text())["scorer_sha256"]
        == json.loads((before_dir / "card.json").read_text())["scorer_sha256"]
    )
