"""Rule files in patterns/: loading, validation and the rules hash stamped on every output.

Each file describes itself: ``name``, ``version``, ``description``, the allowed
``categories`` (with a line on each) and its ``rules``. Unknown keys, unknown
categories and bad regular expressions fail at start-up with one line that names
the file, the rule and the allowed values.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from vfx_finder.errors import RulesError

PATTERNS_DIR = Path(__file__).resolve().parents[2] / "patterns"

HEADER_KEYS = {"name", "version", "description", "categories", "directions", "rules"}
#: header keys only a kind of file may have: a context file's "terminated_by" maps a category to the
#: categories whose modifiers end its scope, for the rules of that category in every context file
#: (medspaCy's ``terminating_types``): {"HISTORICAL": ["ACUTE"]} -> "history of X, new Y": Y is not historical
KIND_HEADER_KEYS = {"context": {"terminated_by"}}
RULE_KEYS = {
    "targets": {"literal", "category", "regex", "comment"},
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
}


@dataclass(frozen=True)
class RuleFile:
    path: Path
    kind: str
    name: str
    version: str
    description: str
    categories: dict[str, str]
    rules: tuple[dict, ...]
    terminated_by: tuple[tuple[str, tuple[str, ...]], ...] = ()


def _fail(path: Path, msg: str) -> None:
    raise RulesError(f"{path.name}: {msg}")


def _keys(keys: set[str]) -> str:
    return ", ".join(sorted(keys))


def load_rule_file(path: Path, kind: str) -> RuleFile:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RulesError(f"{path.name}: rule file not found at {path}; reinstall or pass --patterns DIR") from None
    except json.JSONDecodeError as err:
        raise RulesError(f"{path.name}: not valid JSON (line {err.lineno}: {err.msg}); fix the file") from None
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
    directory = Path(patterns_dir) if patterns_dir else PATTERNS_DIR
    if not directory.is_dir():
        raise RulesError(f"patterns folder not found: {directory}; pass --patterns DIR or reinstall vfx-finder")
    return {fname: load_rule_file(directory / fname, kind) for fname, kind in RULE_FILES.items()}


def rules_fingerprint(files: dict[str, RuleFile]) -> dict[str, str]:
    """Versions and a sha256 over the exact bytes of every rule file (stamped on outputs)."""
    digest = hashlib.sha256()
    versions = {}
    for fname in sorted(files):
        rf = files[fname]
        digest.update(fname.encode())
        digest.update(rf.path.read_bytes())
        versions[rf.name] = rf.version
    return {"rules_sha256": digest.hexdigest(), **{f"rules:{k}": v for k, v in versions.items()}}
