"""Lint of the rule files in patterns/, and the loader's validation messages."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from vfx_finder.errors import RulesError
from vfx_finder.nlp.rules import RULE_FILES, load_all, load_rule_file


@pytest.fixture(scope="module")
def files():
    return load_all()


def test_every_file_loads_and_describes_itself(files):
    assert set(files) == set(RULE_FILES)
    for rf in files.values():
        assert rf.name and re.fullmatch(r"\d+\.\d+\.\d+", rf.version) and len(rf.description) > 20
        assert all(desc.strip() for desc in rf.categories.values())
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
        == "targets.json: rule 1 ('fracture'): invalid keys colour; must be one of category, comment, literal, regex"
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
