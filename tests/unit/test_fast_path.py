"""The fast path gives the same answers as the plain path (issue 6).

Fast path: pre-filter + batching + 2 worker processes (``analyse_stream``), with the
engine's speed-ups (hoisted ``doc.text`` in medspaCy's regex matcher, ASCII-mode
pre-filter, nltk deferred). Plain path: ``Analyser(use_prefilter=False).analyse`` per
report, in-process. Speed itself is measured by ``make bench``, not here.
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from vfx_finder.read.records import Report

ROOT = Path(__file__).resolve().parents[2]
GENERATOR = ROOT / "scripts" / "make_synthetic.py"
SAMPLE_N = 5000
SAMPLE_SEED = 606


def _rows(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="session")
def synthetic_sample(tmp_path_factory) -> list[Report]:
    """5,000 generated reports of the production mix (30% spine-related, 70% other exams)."""
    assert GENERATOR.exists(), f"{GENERATOR} is missing: the fast-path checks need the generator"
    out = tmp_path_factory.mktemp("fast_path") / "sample.csv"
    subprocess.run(
        [
            sys.executable,
            str(GENERATOR),
            "--n",
            str(SAMPLE_N),
            "--seed",
            str(SAMPLE_SEED),
            "--out",
            str(out),
            "--mix",
            "mixed",
        ],
        check=True,
        capture_output=True,
    )
    reports = [Report.from_mapping(r, source=f"sample.csv:{i}") for i, r in enumerate(_rows(out), start=2)]
    assert len(reports) == SAMPLE_N
    return reports


@pytest.fixture(scope="session")
def patterns_snapshot(tmp_path_factory) -> Path:
    """A copy of patterns/ so both paths use the same rules even while someone edits them."""
    import shutil

    dest = tmp_path_factory.mktemp("patterns") / "patterns"
    shutil.copytree(ROOT / "patterns", dest)
    return dest


def _plain_row(analyser, report: Report) -> dict:
    return analyser.analyse(report.text, exam_name=report.exam_name, modality=report.modality).as_row()


def test_fast_path_same_rows_as_plain_path(synthetic_sample, patterns_snapshot):
    from vfx_finder.analyser import Analyser
    from vfx_finder.process import analyse_stream

    fast = list(analyse_stream(iter(synthetic_sample), workers=2, patterns_dir=patterns_snapshot))
    assert [r.report_id for r, _ in fast] == [r.report_id for r in synthetic_sample], "input order must be kept"
    plain_analyser = Analyser(patterns_snapshot, use_prefilter=False)
    plain = [_plain_row(plain_analyser, r) for r in synthetic_sample]
    diffs = []
    for (report, row), want in zip(fast, plain):
        got = {k: row[k] for k in want}
        if got != want:
            diffs.append((report.report_id, {k: (got[k], want[k]) for k in want if got[k] != want[k]}))
    assert not diffs, f"{len(diffs)} report(s) differ, first: {diffs[:3]}"
    # the sample must exercise both paths: pre-filtered reports and every kind of finding
    findings = {row["finding"] for _, row in fast}
    assert findings >= {"fracture", "possible_fracture", "no_fracture"}
    assert any(row["decided_by"].startswith("pre-filter") for _, row in fast)
    assert any(not row["decided_by"].startswith("pre-filter") for _, row in fast)


def test_in_process_path_same_rows_as_workers(synthetic_sample, patterns_snapshot):
    from vfx_finder.process import analyse_stream

    sample = synthetic_sample[:600]
    one = [row for _, row in analyse_stream(iter(sample), workers=1, batch_size=64, patterns_dir=patterns_snapshot)]
    two = [row for _, row in analyse_stream(iter(sample), workers=2, batch_size=64, patterns_dir=patterns_snapshot)]
    assert one == two


def test_hoisted_regex_matcher_same_entities_and_modifiers(synthetic_sample, analyser_no_prefilter):
    """The engine's RegexMatcher swap (doc.text read once) finds exactly what medspaCy's own loop finds."""
    from vfx_finder.nlp.medspacy_speedups import speed_up_matchers
    from vfx_finder.nlp.pipeline import build_nlp
    from vfx_finder.rules import load_all

    files = load_all()  # one snapshot of the rules for both pipelines
    stock = build_nlp(files=files)  # medspaCy's RegexMatcher, untouched
    fast = build_nlp(files=files)
    assert speed_up_matchers(fast) == 2  # target matcher + ConText
    assert speed_up_matchers(fast) == 0  # idempotent
    texts = [r.text for r in synthetic_sample if analyser_no_prefilter.prefilter.search(r.text)][:1500]
    # non-ASCII text takes the Unicode patterns: both branches must agree with medspaCy
    texts += [
        "Wedge compression fracture of T12 \u2013 30% height loss. No other fracture.",
        "L1 v\u00e9rtebral body collapse, ?pathological.\nNo fracture of T11.",
        "Fracture\x1cof L2 with loss of height.",
        "\u212ayphotic deformity. Mild wedging of T8.",
    ]

    def signature(doc):
        ents = [(e.start, e.end, e.label_) for e in doc.ents]
        mods = [(m.category, m.modifier_span, m.scope_span) for m in doc._.context_graph.modifiers]
        return ents, sorted(mods)

    for text, a, b in zip(texts, fast.pipe(texts), stock.pipe(texts)):
        assert signature(a) == signature(b), text


def test_ascii_twins_find_the_same_matches(synthetic_sample):
    """Every regex of the target matcher and ConText, in ASCII mode, matches exactly as the original on ASCII text."""
    from vfx_finder.nlp.medspacy_speedups import regex_matchers
    from vfx_finder.nlp.pipeline import build_nlp
    from vfx_finder.nlp.prefilter import ascii_safe, ascii_twin

    nlp = build_nlp()
    patterns = [p for regex in regex_matchers(nlp) for ps in regex._patterns.values() for p in ps]
    assert len(patterns) > 30
    texts = [r.text for r in synthetic_sample[:1500] if ascii_safe(r.text)]
    for p in patterns:
        twin = ascii_twin(p)
        assert twin is not None and twin.pattern == p.pattern and twin.flags & re.IGNORECASE
        for text in texts:
            assert [m.span() for m in twin.finditer(text)] == [m.span() for m in p.finditer(text)], (p.pattern, text)
    assert not ascii_safe("Fracture\x1cof T12") and not ascii_safe("W\u00e9dge") and ascii_safe("Wedge fracture")


def _prefilter_never_drops_a_finding(texts: list[tuple[str, str, str, str]], analyser, plain) -> int:
    """Every report: the production analyser (pre-filter + early exit) gives the plain path's row, and
    nothing the pre-filter skips is anything but no_fracture in the full pipeline."""
    dropped = 0
    for rid, text, exam, modality in texts:
        full = plain.analyse(text, exam_name=exam, modality=modality)
        fast = analyser.analyse(text, exam_name=exam, modality=modality)
        assert fast.as_row() == full.as_row(), rid
        if analyser.needs_nlp(text):
            continue
        dropped += 1
        assert full.finding == "no_fracture", f"{rid}: the pre-filter skipped a {full.finding} ({full.decided_by})"
    return dropped


@pytest.mark.parametrize(
    "path", ["data/synthetic/dev_reports.csv", "data/validation/heldout_reports.csv"], ids=["dev", "heldout"]
)
def test_prefilter_never_drops_a_finding_on_labelled_sets(path, analyser, analyser_no_prefilter):
    f = ROOT / path
    assert f.exists(), f"{path} is missing: a moved data file must not turn this check into a skip"
    rows = _rows(f)
    texts = [(r["report_id"], r["text"], r.get("exam_name", ""), r.get("modality", "")) for r in rows]
    dropped = _prefilter_never_drops_a_finding(texts, analyser, analyser_no_prefilter)
    # the gold labels agree: nothing the pre-filter skips is labelled as a finding
    gold = {r["report_id"]: r.get("gold_finding", "") for r in rows}
    skipped_positive = [
        rid for rid, text, _, _ in texts if not analyser.needs_nlp(text) and gold[rid] not in ("", "no_fracture")
    ]
    assert not skipped_positive, skipped_positive[:5]
    assert dropped < len(rows)


def test_prefilter_never_drops_a_finding_on_regression_cases(analyser, analyser_no_prefilter):
    cases = json.loads((ROOT / "tests" / "regression" / "cases.json").read_text(encoding="utf-8"))["cases"]
    texts = [(c["id"], c["text"], c.get("exam_name", ""), "") for c in cases]
    _prefilter_never_drops_a_finding(texts, analyser, analyser_no_prefilter)
    for c in cases:
        if c["finding"] != "no_fracture" and not c.get("xfail"):
            assert analyser.needs_nlp(c["text"]), c["id"]


def test_early_exit_only_when_no_entity_can_decide(analyser):
    """After the target matcher, a report whose only entities are look-alikes (IGNORE) skips the rest."""
    assert analyser._split is not None, "the early exit is off: a component after the target matcher may add entities"
    head, tail = analyser._split
    assert [n for n, _ in head][-1] == "medspacy_target_matcher"
    text = "Kyphotic deformity. Cord compression excluded."
    assert analyser.needs_nlp(text)  # "deformity" / "compression" pass the pre-filter ...
    doc = analyser.nlp.make_doc(text)
    for _name, proc in head:
        doc = proc(doc)
    assert doc.ents and all(e.label_ in analyser.never_decisive for e in doc.ents)  # ... but are look-alikes
    d = analyser.analyse(text)
    assert d.finding == "no_fracture" and d.decided_by == "no fracture mention"


def test_ascii_prefilter_agrees_with_unicode_prefilter(synthetic_sample, analyser):
    """The ASCII-mode copy is used only where it matches exactly what the Unicode regex matches."""
    texts = [r.text for r in synthetic_sample[:2000]]
    texts += [
        "Wedge fracture of T12.",
        "W\u00e9dge fracture of T12.",  # non-ASCII: Unicode regex
        "Fracture\x1cof T12",  # \x1c is \s only in Unicode mode
        "\u212a fracture",  # Kelvin sign folds to k in Unicode mode only
        "no spine content at all",
        "Collapse\u00a0of L1",  # no-break space
    ]
    for text in texts:
        assert (analyser.vocabulary_match(text) is not None) == (analyser.prefilter.search(text) is not None), repr(
            text[:80]
        )


@pytest.mark.parametrize(
    "regex, text, possible",
    [
        (r"\bwedg(?:e|ed|ing)\b", "Mild WEDGING of T8", True),
        (r"\bwedg(?:e|ed|ing)\b", "wdge", False),
        (r"\b(?:fractures?|fractured|#)(?=\W|$)", "T12 # noted", True),
        (r"\b(?:fractures?|fractured|#)(?=\W|$)", "no break seen", False),
        (r"(?:loss|reduction)\s+of\s+height", "Loss  of\theight", True),
        (r"(?:loss|reduction)\s+of\s+height", "loss of heigh", False),
        (r"a(?:b|)c", "ac", True),  # an empty branch requires nothing: only "a" and "c" count
        (r"x{0,3}yz", "yz", True),  # an optional repeat requires nothing
        (r"(?:ab){2,}", "ab", True),  # a repeat's content is required once
        (r"(?<=medical )history", "history", True),  # look-arounds require nothing
        (r"[a-z]+ous\b", "OUS", True),
        (r"\d+%", "50 percent", False),  # "%" is required
        (r"\d+", "no digits", True),  # nothing required: always run
    ],
)
def test_required_literals_are_necessary(regex, text, possible):
    from vfx_finder.nlp.prefilter import could_match as _could_match
    from vfx_finder.nlp.prefilter import required_literals

    pattern = re.compile(regex, re.IGNORECASE)
    need = required_literals(pattern)
    assert _could_match(need, text.lower()) is possible, need
    if pattern.search(text):
        assert _could_match(need, text.lower())


def test_required_literals_hold_for_every_pipeline_pattern(synthetic_sample):
    """On the sample, whenever a target or ConText regex matches, its required literals are present."""
    from vfx_finder.nlp.medspacy_speedups import regex_matchers
    from vfx_finder.nlp.pipeline import build_nlp
    from vfx_finder.nlp.prefilter import ascii_safe, required_literals
    from vfx_finder.nlp.prefilter import could_match as _could_match

    nlp = build_nlp()
    patterns = [p for regex in regex_matchers(nlp) for ps in regex._patterns.values() for p in ps]
    texts = [r.text for r in synthetic_sample if ascii_safe(r.text)]
    lowered = [t.lower() for t in texts]
    gated = 0
    for p in patterns:
        need = required_literals(p)
        gated += need is not None
        for text, low in zip(texts, lowered):
            if not _could_match(need, low):
                assert p.search(text) is None, (p.pattern, need, text)
    assert gated > len(patterns) // 2


def test_anatomy_gate_settles_only_non_vertebral_reports(analyser, analyser_no_prefilter):
    """The pre-filter's anatomy step: no spine anchor, level or spine-only target anywhere, and a
    non-vertebral anchor before the first fracture word -> settled; otherwise the pipeline runs."""
    settled = [
        "Chest: clear lungs. Old healed right rib fractures.",
        "XR wrist: distal radius fracture, minimally displaced.",
        "CT abdomen: the liver is normal. No acute fracture.",
        "Left lower lobe collapse. Cord compression excluded.",
    ]
    runs = [
        "Fracture cannot be excluded.",  # no anatomy at all: the mention counts
        "Compression fracture. The lungs are clear.",  # the fracture word comes first
        "Lungs clear. Wedge fracture of T12.",  # a level
        "Lungs clear. Mild wedging of a thoracic vertebra.",  # a vertebral anchor
        "Rib fractures. Schmorl's nodes.",  # a spine-only target
        "Ribs intact. Transverse process fracture.",
    ]
    for text in settled:
        assert not analyser.needs_nlp(text), text
        assert analyser_no_prefilter.analyse(text).finding == "no_fracture", text
    for text in runs:
        assert analyser.needs_nlp(text), text


def test_nltk_is_deferred_not_broken():
    """medspaCy imports nltk (via QuickUMLS) but the pipeline never uses it: deferred, and still usable."""
    code = (
        "import sys\n"
        "from vfx_finder.analyser import Analyser\n"
        "a = Analyser()\n"
        "assert type(sys.modules['nltk']).__name__ == '_DeferredModule', type(sys.modules['nltk'])\n"
        "assert 'scipy' not in sys.modules\n"
        "assert a.analyse('Wedge compression fracture of T12.').finding == 'fracture'\n"
        "import nltk\n"
        "from nltk.tokenize import word_tokenize\n"
        "assert isinstance(nltk.__version__, str)\n"
        "import quickumls.core\n"
        "assert quickumls.core.nltk.corpus is nltk.corpus\n"
        "print('ok')\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert res.returncode == 0 and res.stdout.strip() == "ok", res.stderr[-2000:]
