"""audit.html in a real browser (issue 17): headless chromium renders it from a real run's state store;
the page is self-contained and carries no report text."""

from __future__ import annotations

import csv

import pytest
from test_html_browser import chromium

pytestmark = pytest.mark.slow


def test_audit_page_renders_without_report_text(cli, root, tmp_path):
    out = tmp_path / "night"
    state = tmp_path / "state.sqlite"
    sample = root / "data" / "synthetic" / "sample_reports.csv"
    r = cli("run", str(sample), "--out", str(out), "--state", str(state), "--workers", "1", "--no-progress")
    assert r.exit_code == 0, r.output
    r = cli("audit", "--state", str(state), "--from", "2000-01-01", "--to", "2100-12-31", "--out", str(tmp_path / "a"))
    assert r.exit_code == 0, r.output
    page = tmp_path / "a" / "audit.html"
    done = chromium("--dump-dom", page.as_uri(), tmp=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    assert "<table" in dom and "data:image/png;base64," in dom  # the standards table and embedded charts
    assert "http://" not in dom and "https://" not in dom
    with sample.open(encoding="utf-8-sig", newline="") as fh:
        texts = [row["text"] for row in csv.DictReader(fh)]
    with (out / "report_findings.csv").open(encoding="utf-8-sig", newline="") as fh:
        evidence = [row["evidence"] for row in csv.DictReader(fh) if len(row["evidence"]) > 30]
    assert evidence
    leaked = [
        s for s in evidence + [t.strip().splitlines()[-1] for t in texts if t.strip()] if len(s) > 30 and s in dom
    ]
    assert leaked == []
