"""Lint of the rule files in patterns/, and the loader's validation messages."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from vfx_finder.errors import RulesError
from vfx_finder.rules import POLICY_KEYS, RULE_FILES, load_all, load_rule_file


@pytest.fixture(scope="module")
def files():
    return load_all()


def test_every_file_loads_and_describes_itself(files):
    assert set(files) == set(RULE_FILES)
    for rf in files.values():
        assert rf.name and re.fullmatch(r"\d+\.\d+\.\d+", rf.version) and len(rf.description) > 20
        if rf.kind in POLICY_KEYS:
            assert [k for k, _ in rf.policy] and not rf.rules and not rf.categories
            continue
        assert rf.categories and all(desc.strip() for desc in rf.categories.values())
        assert {r["category"] for r in rf.rules} <= set(rf.categories)


def test_no_duplicates_or_stray_whitespace(files):
    for fname, rf in files.items():
        seen = {}
        for r in rf.rules:
            lit = r["literal"]
            assert lit == lit.strip() and "  " not in lit, f"{fname}: stray whitespace in {lit!r}"
            key = (lit.lower(), r.get("direction", ""))
            assert key not in seen, f"{fname}: duplicate rule {lit!r}"
            seen[key] = r["category"]


def test_same_pattern_never_in_two_categories(files):
    for fname, rf in files.items():
        where: dict[str, str] = {}
        for r in rf.rules:
            pattern = r.get("regex") or r["literal"].lower()
            if pattern in where:
                assert where[pattern] == r["category"], f"{fname}: {pattern!r} in {where[pattern]} and {r['category']}"
            where[pattern] = r["category"]
    # across the two context files too
    ctx: dict[str, str] = {}
    for rf in files.values():
        if rf.kind != "context":
            continue
        for r in rf.rules:
            p = r.get("regex") or r["literal"].lower()
            if p in ctx:
                assert ctx[p] == r["category"], f"{p!r} in {ctx[p]} and {r['category']}"
            ctx[p] = r["category"]


def test_files_are_formatted(root):
    proc = subprocess.run(
        [sys.executable, str(root / "scripts" / "format_rules.py"), "--check"], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout


def _write(tmp_path, data):
    p = tmp_path / "targets.json"
    p.write_text(json.dumps(data), encoding="utf-8")
    return p


BASE = {"name": "t", "version": "1.0.0", "description": "test rules", "categories": {"FRACTURE": "x"}, "rules": []}


def test_unknown_rule_key_message(tmp_path):
    p = _write(tmp_path, {**BASE, "rules": [{"literal": "fracture", "category": "FRACTURE", "colour": "red"}]})
    with pytest.raises(RulesError) as e:
        load_rule_file(p, "targets")
    assert (
        str(e.value)
        == "targets.json: rule 1 ('fracture'): invalid keys colour; must be one of category, comment, id, literal, regex"
    )


def test_unknown_category_message(tmp_path):
    p = _write(tmp_path, {**BASE, "rules": [{"literal": "fracture", "category": "BROKEN"}]})
    with pytest.raises(RulesError) as e:
        load_rule_file(p, "targets")
    assert str(e.value) == "targets.json: rule 1 ('fracture'): invalid category 'BROKEN'; must be one of FRACTURE"


def test_unknown_header_key_and_bad_regex(tmp_path):
    p = _write(tmp_path, {**BASE, "author": "me"})
    with pytest.raises(RulesError, match=r"invalid keys author; must be one of categories, description"):
        load_rule_file(p, "targets")
    p = _write(tmp_path, {**BASE, "rules": [{"literal": "x", "category": "FRACTURE", "regex": "(unclosed"}]})
    with pytest.raises(RulesError, match=r"rule 1 \('x'\): bad regex"):
        load_rule_file(p, "targets")


def test_bad_direction(tmp_path):
    p = tmp_path / "context.json"
    p.write_text(
        json.dumps(
            {
                **BASE,
                "categories": {"NEGATED_EXISTENCE": "x"},
                "rules": [{"literal": "no", "category": "NEGATED_EXISTENCE", "direction": "SIDEWAYS"}],
            }
        )
    )
    with pytest.raises(RulesError) as e:
        load_rule_file(p, "context")
    assert str(e.value) == (
        "context.json: rule 1 ('no'): invalid direction 'SIDEWAYS'; must be one of FORWARD, BACKWARD, BIDIRECTIONAL, TERMINATE, PSEUDO"
    )


def _copy_patterns(root, tmp_path):
    import shutil

    dst = tmp_path / "patterns"
    shutil.copytree(root / "patterns", dst)
    return dst


def _edit(path, change):
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def test_policy_unknown_key_names_file_and_key(root, tmp_path):
    pdir = _copy_patterns(root, tmp_path)
    _edit(pdir / "wording.json", lambda d: d["policy"].update(hedge_words={"description": "x", "regex": "maybe"}))
    with pytest.raises(RulesError) as e:
        load_all(pdir)
    assert str(e.value).startswith(
        "wording.json: invalid policy keys hedge_words; must be one of alternative_in_sentence"
    )


def test_policy_entry_unknown_key_and_bad_regex(root, tmp_path):
    pdir = _copy_patterns(root, tmp_path)
    _edit(pdir / "wording.json", lambda d: d["policy"]["artefact"].update(colour="red"))
    with pytest.raises(RulesError) as e:
        load_all(pdir)
    assert str(e.value) == "wording.json: policy 'artefact': invalid keys colour; must be one of description, regex"
    _edit(pdir / "wording.json", lambda d: d["policy"]["artefact"].pop("colour"))
    _edit(pdir / "wording.json", lambda d: d["policy"]["artefact"].update(regex="(unclosed"))
    with pytest.raises(RulesError, match=r"^wording.json: policy 'artefact': bad regex"):
        load_all(pdir)


def test_policy_header_and_missing_keys(root, tmp_path):
    pdir = _copy_patterns(root, tmp_path)
    _edit(pdir / "worklist.json", lambda d: d.update(author="me"))
    with pytest.raises(RulesError) as e:
        load_all(pdir)
    assert str(e.value) == "worklist.json: invalid keys author; must be one of description, name, policy, version"
    _edit(pdir / "worklist.json", lambda d: (d.pop("author"), d["policy"].pop("otherwise")))
    with pytest.raises(RulesError) as e:
        load_all(pdir)
    assert str(e.value) == "worklist.json: missing policy keys otherwise"


def test_policy_cross_checks(root, tmp_path):
    pdir = _copy_patterns(root, tmp_path)
    _edit(pdir / "decision.json", lambda d: d["policy"]["category_roles"]["map"].update(look_alike=["LOOKALIKE"]))
    with pytest.raises(RulesError) as e:
        load_all(pdir)
    assert str(e.value) == (
        "decision.json: policy 'category_roles' look_alike: invalid category 'LOOKALIKE'; must be one of targets.json's"
    )
    pdir = _copy_patterns(root, tmp_path / "b")
    _edit(pdir / "decision.json", lambda d: d["policy"]["rule_ids"]["map"].update(patients_height_loss="gone"))
    with pytest.raises(RulesError) as e:
        load_all(pdir)
    assert (
        str(e.value) == "decision.json: policy 'rule_ids' patients_height_loss: no rule in targets.json has id 'gone'"
    )
    pdir = _copy_patterns(root, tmp_path / "c")
    _edit(pdir / "decision.json", lambda d: d["policy"]["precedence"]["values"].pop())
    with pytest.raises(RulesError, match=r"^decision.json: policy 'precedence': must list each finding once"):
        load_all(pdir)


def test_rules_hash_covers_policy_files(root, tmp_path):
    from vfx_finder.rules import rules_fingerprint

    pdir = _copy_patterns(root, tmp_path)
    before = rules_fingerprint(load_all(pdir))
    assert before["rules:vfx-worklist"] and before["rules:vfx-decision"]
    _edit(pdir / "worklist.json", lambda d: d["policy"]["otherwise"].update(values=[4]))
    assert rules_fingerprint(load_all(pdir))["rules_sha256"] != before["rules_sha256"]


def test_policy_reads_as_before(files):
    """The bundled policy gives the priorities and Genant grades the product has always used."""
    from vfx_finder.policy import policy_from

    policy = policy_from(files)
    assert policy.priority("fracture", ["T12"], "mild", "acute") == 1
    assert policy.priority("fracture", ["T12", "L1"], "", "unspecified") == 1
    assert policy.priority("fracture", ["T12"], "moderate", "chronic") == 1
    assert policy.priority("fracture", ["T12"], "mild", "chronic") == 2
    assert policy.priority("possible_fracture", ["T12", "L1"], "severe", "acute") == 3
    assert [policy.pct_to_severity(p) for p in (19.9, 20, 25, 40, 40.5)] == [
        ("", 0),
        ("mild", 1),
        ("moderate", 2),
        ("moderate", 2),
        ("severe", 3),
    ]
    assert policy.rule("patients_height_loss") == {"patient height loss"}


def test_priority_row_keys_checked(root, tmp_path):
    pdir = _copy_patterns(root, tmp_path)
    _edit(pdir / "worklist.json", lambda d: d["policy"]["priority"]["table"][0].update(urgent=True))
    with pytest.raises(RulesError) as e:
        load_all(pdir)
    assert str(e.value) == (
        "worklist.json: priority row 1: invalid keys urgent; must be one of acuity, finding, min_levels, priority, severity"
    )
