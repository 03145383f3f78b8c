"""The context rules on the NegEx test kit (scripts/eval_negex.py), in-process, plus its target-location logic.

The kit is external (/work/shared/external/negex/, or VFX_NEGEX_KIT): the kit
tests skip, saying so, when it is not there. See docs/CONTEXT_RULES.md.
"""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("eval_negex", ROOT / "scripts" / "eval_negex.py")
eval_negex = importlib.util.module_from_spec(_spec)
sys.modules["eval_negex"] = eval_negex
_spec.loader.exec_module(eval_negex)

NEGATION_F1_MIN = 0.95  # issue goal; medspaCy's default rules: 0.962 measured the same way
HISTORICAL_F1_MIN = 0.75  # issue goal; medspaCy's default rules: 0.633 (the margin is thin: 0.751)


def _needs_kit(test):
    """The NegEx kit is in ../shared (present in CI): a missing kit fails, it never turns the checks into skips."""

    def wrapped(*args, **kwargs):
        assert eval_negex.DEFAULT_KIT.is_file(), (
            f"NegEx kit not found at {eval_negex.DEFAULT_KIT} (set VFX_NEGEX_KIT or put shared/ beside the checkout)"
        )
        return test(*args, **kwargs)

    return functools.wraps(test)(wrapped)


needs_kit = _needs_kit


# --------------------------------------------------------------------------- target location
def test_locate_exact_is_case_insensitive():
    s = "Extremities reveal no peripheral cyanosis or EDEMA."
    start, end, how = eval_negex.locate("edema", s)
    assert (s[start:end], how) == ("EDEMA", "exact")


def test_locate_prefers_the_capitalised_instance():
    # the kit writes the annotated instance in capitals
    s = "Schizophrenia:  The patient has a long history of SCHIZOPHRENIA, is on   multiple medications."
    start, end, how = eval_negex.locate("schizophrenia", s)
    assert how == "exact" and start == s.index("SCHIZOPHRENIA")


def test_locate_prefers_a_whole_word():
    s = "He was admitted to rule out MI."
    start, end, _ = eval_negex.locate("mi", s)
    assert s[start:end] == "MI" and start == s.index("MI.")


def test_locate_whitespace_normalised():
    s = "No evidence of pulmonary\n   embolism on this study."
    start, end, how = eval_negex.locate("pulmonary embolism", s)
    assert how == "whitespace" and s[start:end] == "pulmonary\n   embolism"


def test_locate_partial_when_the_sentence_cuts_the_condition():
    # the kit's sentence ends inside the condition: the overlapping words are the target
    s = "NECK:  Supple."
    start, end, how = eval_negex.locate("NECK:  Supple.  No lymphadenopathy", s)
    assert how == "partial" and s[start:end] == "NECK:  Supple."
    s = "No adenopathy present."
    start, end, how = eval_negex.locate("neck is supple.  No adenopathy present", s)
    assert how == "partial" and s[start:end] == "No adenopathy present"


def test_locate_not_found():
    assert eval_negex.locate("pneumothorax", "The lungs are clear.") is None
    assert eval_negex.locate("   ", "The lungs are clear.") is None


def test_mark_target_expands_to_tokens():
    nlp = eval_negex.build_project_nlp()
    doc, span = eval_negex.mark_target(nlp, "No acute fracture.", 5, 8)  # "cut", inside "acute"
    assert span is not None and span.text == "acute" and span.label_ == eval_negex.TARGET_LABEL
    assert list(doc.ents) == [span]


def test_small_kit_in_memory():
    rows = [
        eval_negex.Row(1, "edema", "Extremities reveal no peripheral cyanosis or EDEMA.", "Negated", "Recent"),
        eval_negex.Row(2, "hypertension", "She has a history of HYPERTENSION.", "Affirmed", "Historical"),
        eval_negex.Row(3, "fever", "This 45-year-old man presents with FEVER.", "Affirmed", "Recent"),
        eval_negex.Row(4, "pneumothorax", "The lungs are clear.", "Affirmed", "Recent"),
    ]
    res = eval_negex.evaluate(rows, keep_errors=True)
    assert res.unlocated_lines == [4] and res.scored == 3
    assert (res.negation.tp, res.negation.fp, res.historical.tp, res.historical.fp) == (1, 0, 1, 0)
    assert res.errors == []


# --------------------------------------------------------------------------- the whole kit
@pytest.fixture(scope="module")
def kit_result():
    rows = eval_negex.load_kit(eval_negex.DEFAULT_KIT, "all")
    return eval_negex.evaluate(rows, eval_negex.build_project_nlp())


@needs_kit
def test_kit_every_condition_is_located(kit_result):
    assert kit_result.rows == 2376
    assert kit_result.unlocated_lines == []
    assert kit_result.scored == 2376
    assert len(kit_result.partial_lines) == 11  # documented: sentences cut inside the condition


@needs_kit
def test_kit_negation_f1(kit_result):
    assert kit_result.negation_f1 >= NEGATION_F1_MIN, eval_negex.report(kit_result, "project", eval_negex.DEFAULT_KIT)


@needs_kit
def test_kit_historical_f1_floor(kit_result):
    assert kit_result.historical_f1 >= HISTORICAL_F1_MIN, eval_negex.report(
        kit_result, "project", eval_negex.DEFAULT_KIT
    )


@needs_kit
def test_cli_last_line(capsys):
    assert eval_negex.main(["--split", "holdout"]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last.startswith("negation_f1=") and " historical_f1=" in last
    neg, hist = (float(part.split("=")[1]) for part in last.split())
    assert 0 <= neg <= 1 and 0 <= hist <= 1
