"""Rule and policy files in patterns/: loading, validation and the rules hash stamped on every output.

Base layer: no spaCy. Each file describes itself: ``name``, ``version``,
``description``, then for a rule file the allowed ``categories`` (with a line on
each) and its ``rules``; for a policy file (clinical policy as data: decision.json,
wording.json, severity.json, worklist.json) a ``policy`` object whose entries each
carry a ``description`` and one value (``regex``, ``values``, ``map`` or ``table``).
Unknown keys, unknown categories and bad regular expressions fail at start-up with
one line that names the file, the rule or policy key and the allowed values.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import NoReturn

from vfx_finder.errors import RulesError
from vfx_finder.vocab import FINDINGS, SEVERITY_RANK

#: the bundled rule and policy files: package data (vfx_finder/patterns; the checkout's patterns/ links here)
PATTERNS_DIR = Path(str(files("vfx_finder") / "patterns"))

HEADER_KEYS = {"name", "version", "description", "categories", "directions", "rules"}
#: header keys only a kind of file may have: a context file's "terminated_by" maps a category to the
#: categories whose modifiers end its scope, for the rules of that category in every context file
#: (medspaCy's ``terminating_types``): {"HISTORICAL": ["ACUTE"]} -> "history of X, new Y": Y is not historical
KIND_HEADER_KEYS = {"context": {"terminated_by"}}
RULE_KEYS = {
    "targets": {"literal", "category", "regex", "id", "comment"},
    "context": {
        "literal",
        "category",
        "direction",
        "regex",
        "max_scope",
        "max_targets",
        "allowed_types",
        "excluded_types",
        "comment",
    },
    "sections": {"literal", "category", "prefix", "comment"},
    "anatomy": {"literal", "category", "regex", "comment"},
}
DIRECTIONS = ("FORWARD", "BACKWARD", "BIDIRECTIONAL", "TERMINATE", "PSEUDO")

#: file name -> kind; the order is the load order
RULE_FILES = {
    "targets.json": "targets",
    "context_general.json": "context",
    "context_fracture.json": "context",
    "sections.json": "sections",
    "anatomy.json": "anatomy",
    "decision.json": "decision",
    "wording.json": "wording",
    "severity.json": "severity",
    "worklist.json": "worklist",
}

#: policy file kind -> {policy key: the value form its entry carries}
POLICY_KEYS: dict[str, dict[str, str]] = {
    "decision": {
        "precedence": "values",
        "category_roles": "map",
        "site_roles": "map",
        "ignored_sections": "map",
        "addendum_section": "values",
        "addendum_speaks_of": "values",
        "rule_ids": "map",
    },
    "wording": {
        "spine_exam": "regex",
        "negating_words": "regex",
        "compound_pathological": "regex",
        "alternative_in_sentence": "regex",
        "artefact": "regex",
        "fragility": "regex",
        "likely_hedge": "regex",
        "bare_denial": "regex",
        "bare_height_loss": "regex",
        "of_a_vertebra": "regex",
        "question_cue": "regex",
        "clinical_context": "regex",
        "describes_images": "regex",
        "known_history_section": "regex",
        "stated_past_finding": "regex",
        "asks": "regex",
        "uncertain_age": "regex",
    },
    "severity": {
        "severity_words": "map",
        "grade_severity": "map",
        "genant_cutoffs": "table",
        "always_severe": "regex",
    },
    "worklist": {
        "priority": "table",
        "otherwise": "values",
    },
}
POLICY_HEADER_KEYS = {"name", "version", "description", "policy"}
POLICY_FORMS = ("regex", "values", "map", "table")


@dataclass(frozen=True)
class RuleFile:
    """One validated file of patterns/: its header, its rules (rule files) or its policy entries (policy files)."""

    path: Path
    kind: str
    name: str
    version: str
    description: str
    categories: dict[str, str]
    rules: tuple[dict, ...]
    terminated_by: tuple[tuple[str, tuple[str, ...]], ...] = ()
    policy: tuple[tuple[str, object], ...] = ()  # policy files: (key, value) in file order

    def value(self, key: str):
        """A policy entry's value (KeyError for a key the file kind does not have)."""
        return dict(self.policy)[key]


#: what can make a pattern match inside a sentence and not in the whole text (anchors, lookaround)
_CONTEXT_SENSITIVE = ("^", "$", "\\A", "\\Z", "(?=", "(?!", "(?<")


def union_screen(patterns, flags: int) -> re.Pattern | None:
    """One pattern matching wherever any of ``patterns`` matches in a sentence of a text (None when uncertain).

    For sentences cut at whitespace or punctuation: a pattern matching in a sentence then matches
    the whole text too, unless it looks at what surrounds the match (anchors, lookaround): no
    screen then. A text the screen does not match needs no sentence-by-sentence scan.
    """
    patterns = list(patterns)
    if not patterns or any(t in p.pattern for p in patterns for t in _CONTEXT_SENSITIVE):
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), flags)
    except re.error:
        return None


def fail(path: Path, msg: str) -> NoReturn:
    """Raise the one-line error of a rule file: ``NAME: msg`` (every rule-file loader words it so)."""
    raise RulesError(f"{path.name}: {msg}")


_fail = fail


def _keys(keys: set[str]) -> str:
    return ", ".join(sorted(keys))


def read_rule_json(path: Path):
    """A rule file's JSON; a missing file or bad JSON fails as one line naming the file (and the line)."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RulesError(f"{path.name}: rule file not found at {path}; reinstall or pass --patterns DIR") from None
    except json.JSONDecodeError as err:
        raise RulesError(f"{path.name}: not valid JSON (line {err.lineno}: {err.msg}); fix the file") from None


_read_json = read_rule_json


def _check_policy_value(path: Path, key: str, form: str, value) -> None:
    where = f"policy '{key}'"
    if form == "regex":
        if not isinstance(value, str) or not value:
            _fail(path, f"{where}: 'regex' must be a non-empty string")
        try:
            re.compile(value, re.IGNORECASE)
        except re.error as err:
            _fail(path, f"{where}: bad regex ({err}); fix the pattern")
    elif form == "values":
        if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
            _fail(path, f"{where}: 'values' must be a list of strings or numbers")
    elif form == "map":
        ok = isinstance(value, dict) and all(
            isinstance(v, str) or (isinstance(v, list) and all(isinstance(x, str) for x in v)) for v in value.values()
        )
        if not ok:
            _fail(path, f"{where}: 'map' must be an object of NAME: text or NAME: [text, ...]")
    elif form == "table" and not (isinstance(value, list) and all(isinstance(v, dict) for v in value)):
        _fail(path, f"{where}: 'table' must be a list of objects")


def load_policy_file(path: Path, kind: str) -> RuleFile:
    """Load and validate one policy file (RulesError naming the file and key on any problem)."""
    data = _read_json(path)
    if not isinstance(data, dict):
        _fail(path, "must be a JSON object with name, version, description, policy")
    bad = set(data) - POLICY_HEADER_KEYS
    if bad:
        _fail(path, f"invalid keys {_keys(bad)}; must be one of {_keys(POLICY_HEADER_KEYS)}")
    for key in ("name", "version", "description", "policy"):
        if key not in data:
            _fail(path, f"missing header key '{key}'; a policy file needs name, version, description, policy")
    policy = data["policy"]
    if not isinstance(policy, dict):
        _fail(path, "'policy' must be an object of KEY: {description, value}")
    schema = POLICY_KEYS[kind]
    bad = set(policy) - set(schema)
    if bad:
        _fail(path, f"invalid policy keys {_keys(bad)}; must be one of {_keys(set(schema))}")
    missing = set(schema) - set(policy)
    if missing:
        _fail(path, f"missing policy keys {_keys(missing)}")
    values = []
    for key, entry in policy.items():
        form = schema[key]
        allowed = {"description", form}
        if not isinstance(entry, dict):
            _fail(path, f"policy '{key}': must be an object with description and {form}")
        bad = set(entry) - allowed
        if bad:
            _fail(path, f"policy '{key}': invalid keys {_keys(bad)}; must be one of {_keys(allowed)}")
        if not isinstance(entry.get("description"), str) or not entry["description"].strip():
            _fail(path, f"policy '{key}': 'description' must be a non-empty string")
        if form not in entry:
            _fail(path, f"policy '{key}': missing '{form}'")
        _check_policy_value(path, key, form, entry[form])
        values.append((key, entry[form]))
    return RuleFile(
        path=path,
        kind=kind,
        name=str(data["name"]),
        version=str(data["version"]),
        description=str(data["description"]),
        categories={},
        rules=(),
        policy=tuple(values),
    )


def load_rule_file(path: Path, kind: str) -> RuleFile:
    """Load and validate one rule file (or policy file, by kind); RulesError naming the file and rule."""
    if kind in POLICY_KEYS:
        return load_policy_file(path, kind)
    data = _read_json(path)
    if not isinstance(data, dict):
        _fail(path, "must be a JSON object with name, version, description, categories, rules")
    header_keys = HEADER_KEYS | KIND_HEADER_KEYS.get(kind, set())
    bad = set(data) - header_keys
    if bad:
        _fail(path, f"invalid keys {_keys(bad)}; must be one of {_keys(header_keys)}")
    for key in ("name", "version", "description", "categories", "rules"):
        if key not in data:
            _fail(path, f"missing header key '{key}'; a rule file needs name, version, description, categories, rules")
    categories = data["categories"]
    if not isinstance(categories, dict) or not categories:
        _fail(path, "'categories' must be an object of CATEGORY: description")
    allowed = RULE_KEYS[kind]
    rules = data["rules"]
    if not isinstance(rules, list):
        _fail(path, "'rules' must be a list")
    for i, rule in enumerate(rules, start=1):
        label = f"rule {i} ({rule.get('literal', '?')!r})" if isinstance(rule, dict) else f"rule {i}"
        if not isinstance(rule, dict):
            _fail(path, f"{label}: must be an object")
        bad = set(rule) - allowed
        if bad:
            _fail(path, f"{label}: invalid keys {_keys(bad)}; must be one of {_keys(allowed)}")
        if not isinstance(rule.get("literal"), str) or not rule["literal"].strip():
            _fail(path, f"{label}: 'literal' must be a non-empty string")
        if rule.get("category") not in categories:
            _fail(
                path,
                f"{label}: invalid category {rule.get('category')!r}; must be one of {', '.join(categories)}",
            )
        if "id" in rule and (not isinstance(rule["id"], str) or not re.fullmatch(r"[a-z][a-z0-9_]*", rule["id"])):
            _fail(path, f"{label}: 'id' must be a snake_case name")
        if "regex" in rule:
            try:
                re.compile(rule["regex"], re.IGNORECASE)
            except re.error as err:
                _fail(path, f"{label}: bad regex ({err}); fix the pattern")
        if kind == "context":
            direction = rule.get("direction", "BIDIRECTIONAL")
            if direction not in DIRECTIONS:
                _fail(path, f"{label}: invalid direction {direction!r}; must be one of {', '.join(DIRECTIONS)}")
            for key in ("allowed_types", "excluded_types"):
                if key in rule and not isinstance(rule[key], list):
                    _fail(path, f"{label}: '{key}' must be a list of target categories")
            for key in ("max_scope", "max_targets"):
                if key in rule and (not isinstance(rule[key], int) or rule[key] < 1):
                    _fail(path, f"{label}: '{key}' must be a whole number >= 1")
    terminated_by = data.get("terminated_by", {})
    if not isinstance(terminated_by, dict) or not all(
        isinstance(v, list) and all(isinstance(c, str) for c in v) for v in terminated_by.values()
    ):
        _fail(path, "'terminated_by' must be an object of CATEGORY: [CATEGORY, ...]")
    for cat, enders in terminated_by.items():
        for c in [cat, *enders]:
            if c not in categories:
                _fail(path, f"terminated_by: invalid category {c!r}; must be one of {', '.join(categories)}")
    return RuleFile(
        path=path,
        kind=kind,
        name=str(data["name"]),
        version=str(data["version"]),
        description=str(data["description"]),
        categories=dict(categories),
        rules=tuple(rules),
        terminated_by=tuple((cat, tuple(enders)) for cat, enders in terminated_by.items()),
    )


def load_all(patterns_dir: Path | None = None) -> dict[str, RuleFile]:
    """Every rule and policy file of the folder (default: the bundled patterns/), validated, in load order."""
    directory = Path(patterns_dir) if patterns_dir else PATTERNS_DIR
    if not directory.is_dir():
        raise RulesError(f"patterns folder not found: {directory}; pass --patterns DIR or reinstall vfx-finder")
    files = {fname: load_rule_file(directory / fname, kind) for fname, kind in RULE_FILES.items()}
    check_policy(files)
    return files


def check_policy(files: dict[str, RuleFile]) -> None:
    """Cross-file checks: the policy names only findings, categories, rule ids and severities that exist."""
    decision, severity, worklist = files["decision.json"], files["severity.json"], files["worklist.json"]
    targets, anatomy = files["targets.json"], files["anatomy.json"]
    path = decision.path
    if sorted(decision.value("precedence")) != sorted(FINDINGS):
        _fail(path, f"policy 'precedence': must list each finding once: {', '.join(FINDINGS)}")
    for key, known, where in (
        ("category_roles", targets.categories, "targets.json"),
        ("site_roles", anatomy.categories, "anatomy.json"),
    ):
        for role, cats in decision.value(key).items():
            for cat in [cats] if isinstance(cats, str) else cats:
                if cat not in known:
                    _fail(path, f"policy '{key}' {role}: invalid category {cat!r}; must be one of {where}'s")
    ids = {r["id"]: r["literal"] for r in targets.rules if "id" in r}
    for name, rule_id in decision.value("rule_ids").items():
        if rule_id not in ids:
            _fail(path, f"policy 'rule_ids' {name}: no rule in targets.json has id {rule_id!r}")
    for word, sev in [*severity.value("severity_words").items(), *severity.value("grade_severity").items()]:
        if sev not in SEVERITY_RANK or not sev:
            _fail(severity.path, f"{word!r}: invalid severity {sev!r}; must be one of mild, moderate, severe")
    for i, row in enumerate(severity.value("genant_cutoffs"), start=1):
        if set(row) != {"min_pct", "inclusive", "severity", "grade"} or row["severity"] not in SEVERITY_RANK:
            _fail(severity.path, f"genant_cutoffs row {i}: needs min_pct, inclusive, severity (a severity), grade")
    for cat in decision.value("addendum_speaks_of"):
        if cat not in targets.categories:
            _fail(path, f"policy 'addendum_speaks_of': invalid category {cat!r}; must be one of targets.json's")
    allowed = {"priority", "finding", "acuity", "severity", "min_levels"}
    for i, row in enumerate(worklist.value("priority"), start=1):
        bad = set(row) - allowed
        if bad:
            _fail(worklist.path, f"priority row {i}: invalid keys {_keys(bad)}; must be one of {_keys(allowed)}")
        if not isinstance(row.get("priority"), int) or row.get("finding") not in FINDINGS:
            _fail(
                worklist.path,
                f"priority row {i}: needs a whole-number 'priority' and a 'finding' (one of {', '.join(FINDINGS)})",
            )


#: rule files with loaders of their own (triage flags, reporting audit, document kind), stamped the same way
OTHER_RULE_FILES = ("audit.json", "document_kinds.json", "triage.json")


def rules_fingerprint(files: dict[str, RuleFile]) -> dict[str, str]:
    """Versions and a sha256 over the exact bytes of every rule file (stamped on outputs)."""
    digest = hashlib.sha256()
    versions = {}
    paths = {fname: rf.path for fname, rf in files.items()}
    directory = next(iter(paths.values())).parent if paths else PATTERNS_DIR
    for fname in OTHER_RULE_FILES:
        if fname not in paths and (directory / fname).is_file():
            paths[fname] = directory / fname
    for fname in sorted(paths):
        raw = paths[fname].read_bytes()
        digest.update(fname.encode())
        digest.update(raw)
        if fname in files:
            versions[files[fname].name] = files[fname].version
        else:
            header = json.loads(raw.decode("utf-8"))
            versions[str(header.get("name", fname))] = str(header.get("version", ""))
    return {"rules_sha256": digest.hexdigest(), **{f"rules:{k}": v for k, v in versions.items()}}
