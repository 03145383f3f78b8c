"""worklist.html in a real browser: headless Debian chromium loads the page built from a real run's worklist.

`vfx-finder run` reads data/synthetic/sample_reports.csv; the worklist rows are read back from
worklist.csv and fed to write_worklist_html together with a hostile report whose text holds a
<script>. Chromium dumps the rendered DOM and takes a screenshot: the cards and highlights are
there, the script shows as text and never ran (it would have changed document.title).
chromium comes from scripts/setup_system.sh (make test runs it first).
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import stat
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from vfx_finder.publish.html import highlight, render_worklist_html, write_worklist_html

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "synthetic" / "sample_reports.csv"
PAYLOAD = "<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">"
HOSTILE_TEXT = f"Clinical details: known myeloma. {PAYLOAD}\nFindings: Severe wedge fracture of T12 & L1 <b>bold</b>."


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def night(tmp_path_factory):
    """A real run on the synthetic sample: worklist rows, findings and report texts."""
    out = tmp_path_factory.mktemp("night")
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "vfx_finder",
            "run",
            str(SAMPLE),
            "--out",
            str(out),
            "--state",
            str(out / "s.sqlite"),
            "--no-progress",
        ],
        check=True,
        capture_output=True,
        timeout=900,
    )
    rows = read_csv(out / "worklist.csv")
    findings = read_csv(out / "report_findings.csv")
    texts = {r["report_id"]: r["text"] for r in read_csv(SAMPLE)}
    counts = json.loads((out / "summary.json").read_text(encoding="utf-8"))["counts"]
    seconds = time.monotonic() - started
    return {"out": out, "rows": rows, "findings": findings, "texts": texts, "counts": counts, "seconds": seconds}


def hostile_row() -> dict:
    return {
        "alert_id": "A-999999",
        "priority": "1",
        "patient_id": "P<script>",
        "nhs_number": "9434765919",
        "age": "80",
        "sex": "F",
        "report_id": "HOSTILE-1",
        "report_ids": "HOSTILE-1",
        "exam_date": "2026-11-30",
        "modality": "CT",
        "exam_name": "CT <i>chest</i>",
        "referrer": "Dr X",
        "finding": "fracture",
        "levels": "T12;L1",
        "severity": "severe",
        "acuity": "unspecified",
        "evidence": "Findings: Severe wedge fracture of T12 & L1 <b>bold</b>.",
        "reason": "new patient",
        "previously_reported": "",
    }


class DomCounter(HTMLParser):
    """Counts the elements of a dumped DOM and keeps its text."""

    def __init__(self):
        super().__init__()
        self.tags: dict[str, int] = {}
        self.cards = 0
        self.title = ""
        self._in_title = False
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
        self._in_title = tag == "title" and self.tags["title"] == 1  # the page's title, not an SVG tooltip
        if tag == "article" and "card" in (dict(attrs).get("class") or ""):
            self.cards += 1

    def handle_endtag(self, tag):
        self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        self.text.append(data)


def chromium(*args: str, tmp: Path) -> subprocess.CompletedProcess:
    exe = shutil.which("chromium")
    assert exe, "chromium is not installed: run scripts/setup_system.sh (make test does)"
    return subprocess.run(
        [
            exe,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp / 'profile'}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )


@pytest.fixture(scope="module")
def page(night, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("page")
    rows = [hostile_row(), *night["rows"]]
    texts = {**night["texts"], "HOSTILE-1": HOSTILE_TEXT}
    nights = [(f"2026-11-{d:02d}", 10 + d % 7) for d in range(1, 31)]
    history = {
        rows[1]["patient_id"]: [
            {
                "alerted_on": "2026-10-01",
                "alert_id": "A-000001",
                "levels": "T9",
                "decision": "already known to FLS",
                "decision_note": "<seen in clinic>",
            }
        ]
    }
    path = tmp / "worklist.html"
    started = time.monotonic()
    write_worklist_html(
        rows,
        path,
        reports=texts,
        findings=night["findings"],
        history=history,
        nights=nights,
        counts=night["counts"],
        run_id="R-test",
    )
    return {"path": path, "rows": rows, "tmp": tmp, "render_seconds": time.monotonic() - started}


@pytest.mark.slow
def test_page_is_self_contained_owner_only_and_escaped(page):
    html = page["path"].read_text(encoding="utf-8")
    assert stat.S_IMODE(os.stat(page["path"]).st_mode) == 0o600
    assert "<script" not in html and "onerror=" not in html.replace("onerror=&#34;", "")
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in html
    for needle in ("http://", "https://", "<link", "@import", "url("):
        assert needle not in html, needle
    assert "Content-Security-Policy" in html


@pytest.mark.slow
def test_real_browser_renders_cards_highlights_and_no_script_runs(page, night):
    tmp = page["tmp"]
    started = time.monotonic()
    done = chromium("--dump-dom", page["path"].as_uri(), tmp=tmp)
    assert done.returncode == 0, done.stderr[-2000:]
    dom = DomCounter()
    dom.feed(done.stdout)
    seconds = time.monotonic() - started
    rows = page["rows"]
    assert len(night["rows"]) > 10  # the sample gives a real worklist
    assert dom.cards == len(rows)
    assert dom.title == "vfx-finder worklist R-test"  # the hostile script would have set 'pwned'
    assert dom.tags.get("script", 0) == 0
    assert dom.tags.get("img", 0) == 0
    assert dom.tags["mark"] >= len(rows)  # every card's report text has its evidence marked
    text = "".join(dom.text)
    assert PAYLOAD in text  # shown as text, verbatim
    assert "Severe wedge fracture of T12 & L1 <b>bold</b>." in text
    assert "known or suspected malignancy" in text  # the hostile report's triage flag
    assert "<seen in clinic>" in text  # earlier decisions, escaped
    assert dom.tags["svg"] == 3
    assert f"reports read{night['counts']['read']}" in text.replace("\n", "")
    print(f"chromium --dump-dom: {seconds:.1f}s for {len(rows)} cards; run {night['seconds']:.1f}s")


@pytest.mark.slow
def test_screenshot(page):
    shot = page["tmp"] / "worklist.png"
    done = chromium(
        f"--screenshot={shot}", "--window-size=1280,1600", "--hide-scrollbars", page["path"].as_uri(), tmp=page["tmp"]
    )
    assert done.returncode == 0, done.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    keep = os.environ.get("VFX_KEEP_SCREENSHOT")
    if keep:
        shutil.copy(shot, keep)


def test_highlight_marks_evidence_across_line_breaks_and_clipped_sentences():
    text = "Findings:\nThere is a  moderate wedge\nfracture of T12. Normal L1."
    segs = highlight(text, ["There is a moderate wedge fracture of T12."])
    assert "".join(s.text for s in segs) == text
    assert "".join(s.text for s in segs if s.mark) == "There is a  moderate wedge\nfracture of T12."
    assert [s.text for s in segs if s.bold] == ["moderate", "wedge", "fracture", "T12"]
    clipped = highlight(text, ["There is a moderate we\u2026"])
    assert "".join(s.text for s in clipped if s.mark) == "There is a  moderate"


def test_empty_night_renders(tmp_path):
    html = render_worklist_html([], nights=[], counts={})
    assert "No patient needs FLS action tonight." in html and 'class="card' not in html
