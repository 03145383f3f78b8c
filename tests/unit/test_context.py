"""vfx_context (nlp/context.py), mention_flags' reading of modifiers that contain the target, and the
context files' terminated_by header. Targets are marked by hand (label CONDITION), as on the NegEx kit.
"""

from __future__ import annotations

import json

import pytest

from vfx_finder.errors import RulesError
from vfx_finder.rules import load_rule_file


@pytest.fixture(scope="module")
def context_nlp():
    from vfx_finder.nlp.pipeline import build_context_nlp

    return build_context_nlp()


def _flags(nlp, text: str, target: str) -> dict[str, bool]:
    from vfx_finder.nlp.pipeline import mention_flags

    doc = nlp.make_doc(text)
    start = text.index(target)
    doc.ents = [doc.char_span(start, start + len(target), label="CONDITION", alignment_mode="expand")]
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return mention_flags(doc.ents[0])


def test_a_cue_inside_a_target_does_not_cut_another_modifiers_scope(context_nlp):
    text = "Past medical history of coronary artery disease, STATUS POST CABG, hypertension."
    assert _flags(context_nlp, text, "STATUS POST CABG")["historical"]
    assert _flags(context_nlp, text, "hypertension")["historical"]


def test_plain_medspacy_context_would_cut_it(context_nlp):
    """The same rules in medspaCy's own component: "status post" inside the target ends "history of"."""
    import spacy
    from medspacy.context import ConText  # noqa: F401

    from vfx_finder.nlp.pipeline import _context_rule, mention_flags
    from vfx_finder.rules import load_all

    nlp = spacy.blank("en")
    nlp.add_pipe("vfx_sentences")
    ctx = nlp.add_pipe("medspacy_context", config={"rules": None})
    ctx.add([_context_rule(r) for rf in load_all().values() if rf.kind == "context" for r in rf.rules])
    text = "Past medical history of coronary artery disease, STATUS POST CABG, hypertension."
    doc = nlp.make_doc(text)
    s = text.index("STATUS")
    doc.ents = [doc.char_span(s, s + len("STATUS POST CABG"), label="CONDITION")]
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    assert not mention_flags(doc.ents[0])["historical"]


def test_inner_cue_still_modifies_other_targets(context_nlp):
    from vfx_finder.nlp.pipeline import mention_flags

    text = "History of CABG and stents."
    doc = context_nlp.make_doc(text)
    doc.ents = [
        doc.char_span(0, len("History of CABG"), label="CONDITION"),
        doc.char_span(text.index("stents"), text.index("stents") + 6, label="CONDITION"),
    ]
    for _name, proc in context_nlp.pipeline:
        doc = proc(doc)
    first, second = (mention_flags(e) for e in doc.ents)
    assert not first["historical"]  # its own words: not a cue about itself
    assert second["historical"]


def test_the_target_that_is_the_cue_word_is_not_modified_by_it(context_nlp):
    assert not _flags(context_nlp, "Condition on discharge is STABLE.", "STABLE")["historical"]
    assert not _flags(context_nlp, "On the day of discharge the patient was STABLE for home.", "STABLE")["historical"]
    assert _flags(context_nlp, "The effusion is stable.", "effusion")["historical"]


def test_cue_outside_the_target(context_nlp):
    from vfx_finder.nlp.pipeline import _cue_outside

    doc = context_nlp.make_doc("Condition is STABLE and no further collapse.")
    stable = doc[2:3]
    collapse = doc[6:7]
    assert (stable.text, collapse.text) == ("STABLE", "collapse")
    assert not _cue_outside(stable, 1, 3)  # "is STABLE": only a function word beside it
    assert _cue_outside(collapse, 4, 7)  # "no further collapse"


def test_new_ends_the_scope_of_history_of(analyser):
    from vfx_finder.nlp.pipeline import extract_mentions

    doc = analyser.nlp("History of osteoporosis, with a new T12 compression fracture.")
    (fracture,) = [m for m in extract_mentions(doc) if m.category == "FRACTURE"]
    assert fracture.acute and not fracture.historical


def test_chronic_in_a_disease_name_is_not_a_cue(context_nlp):
    text = "Chronic lymphocytic leukaemia or hairy cell leukaemia."
    assert not _flags(context_nlp, text, "hairy cell leukaemia")["historical"]
    assert _flags(context_nlp, "Chronic pancreatitis.", "pancreatitis")["historical"]


def test_adjectival_cues_stay_in_their_noun_phrase(context_nlp):
    text = "At the previous hospital she was started on warfarin and she was less lethargic."
    assert not _flags(context_nlp, text, "lethargic")["historical"]
    assert _flags(context_nlp, "Known osteoporotic T12 and L1 collapse.", "collapse")["historical"]


def test_allergies_are_pre_existing(context_nlp):
    assert _flags(context_nlp, "Allergies: penicillin and codeine.", "codeine")["historical"]
    assert _flags(context_nlp, "She is allergic to penicillin.", "penicillin")["historical"]


# --------------------------------------------------------------------------- terminated_by header
BASE = {
    "name": "c",
    "version": "1.0.0",
    "description": "test context rules",
    "categories": {"HISTORICAL": "old", "ACUTE": "new"},
    "rules": [],
}


def _write(tmp_path, data, name="context.json"):
    p = tmp_path / name
    p.write_text(json.dumps(data), encoding="utf-8")
    return p


def test_terminated_by_loads(tmp_path):
    rf = load_rule_file(_write(tmp_path, {**BASE, "terminated_by": {"HISTORICAL": ["ACUTE"]}}), "context")
    assert rf.terminated_by == (("HISTORICAL", ("ACUTE",)),)


def test_terminated_by_unknown_category(tmp_path):
    p = _write(tmp_path, {**BASE, "terminated_by": {"HISTORICAL": ["RECENT"]}})
    with pytest.raises(RulesError) as e:
        load_rule_file(p, "context")
    assert str(e.value) == "context.json: terminated_by: invalid category 'RECENT'; must be one of HISTORICAL, ACUTE"


def test_terminated_by_shape(tmp_path):
    p = _write(tmp_path, {**BASE, "terminated_by": {"HISTORICAL": "ACUTE"}})
    with pytest.raises(RulesError) as e:
        load_rule_file(p, "context")
    assert str(e.value) == "context.json: 'terminated_by' must be an object of CATEGORY: [CATEGORY, ...]"


def test_terminated_by_only_in_context_files(tmp_path):
    data = {**BASE, "categories": {"FRACTURE": "x"}, "terminated_by": {}}
    with pytest.raises(RulesError) as e:
        load_rule_file(_write(tmp_path, data, "targets.json"), "targets")
    assert str(e.value) == (
        "targets.json: invalid keys terminated_by; must be one of categories, description, directions, name, rules, version"
    )


def test_project_terminating_types():
    from vfx_finder.nlp.pipeline import terminating_types
    from vfx_finder.rules import load_all

    assert terminating_types(load_all()) == {"NEGATED_EXISTENCE": ["INTERPRETATION"], "HISTORICAL": ["ACUTE"]}
