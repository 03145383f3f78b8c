"""Shared fixtures. Expensive objects (the NLP pipeline) are built once per session, lazily."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def analyser():
    from vfx_finder.analyser import Analyser

    return Analyser()


@pytest.fixture(scope="session")
def analyser_no_prefilter():
    from vfx_finder.analyser import Analyser

    return Analyser(use_prefilter=False)


@pytest.fixture(scope="session")
def regression_cases() -> list[dict]:
    return json.loads((ROOT / "tests" / "regression" / "cases.json").read_text(encoding="utf-8"))["cases"]


@pytest.fixture
def write_csv(tmp_path):
    """write_csv(rows, name=..., header=...) -> Path of a UTF-8 CSV in tmp_path."""

    def _write(rows: list[dict], *, name: str = "reports.csv", header: list[str] | None = None) -> Path:
        path = tmp_path / name
        header = header or list(rows[0].keys())
        with path.open("w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=header)
            w.writeheader()
            w.writerows(rows)
        return path

    return _write


@pytest.fixture
def cli():
    from typer.testing import CliRunner

    from vfx_finder.cli import app

    runner = CliRunner()

    def _invoke(*args: str, input: str | None = None):
        return runner.invoke(app, list(args), input=input)

    return _invoke


def read_csv(path: Path) -> list[dict]:
    with Path(path).open(newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture
def load_csv():
    return read_csv


@pytest.fixture(scope="session")
def corpus_texts() -> list[str]:
    """Every report text of the labelled sets and the regression cases (for equivalence tests of fast paths)."""
    texts: list[str] = []
    for path in sorted((ROOT / "data").glob("*/*.csv")):
        with path.open(newline="", encoding="utf-8-sig") as f:
            texts += [row["text"] for row in csv.DictReader(f) if row.get("text")]
    texts += [c["text"] for c in json.loads((ROOT / "tests" / "regression" / "cases.json").read_text("utf-8"))["cases"]]
    texts = list(dict.fromkeys(texts))
    assert len(texts) > 3000, "the labelled sets are missing"
    return texts
