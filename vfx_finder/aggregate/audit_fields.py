"""Per-report RCR audit fields: was the report of a vertebral fracture written to the standard?

For every report whose finding is ``fracture`` or ``possible_fracture`` (empty for the others):

- ``term_fracture_used``: the word fracture (fractured, fx) is used for the finding, in a finding
  (evidence) sentence and not only in a denial ("no new fracture");
- ``level_stated``: the decision found at least one vertebral level;
- ``severity_stated``: the decision has a severity / Genant grade / % height loss, or a finding
  sentence states one in words ("marked wedging", "grade 2", "a third of its height");
- ``comparison_made``: previous imaging reviewed, or stated unavailable, anywhere outside the
  clinical question (a question header's text up to the next header or the end of its line);
- ``recommendation_made``: bone health / FLS / DXA / osteoporosis assessment or bone protection
  advised, outside the clinical question.

The wording rules are data (``patterns/audit.json``, loaded strictly by :func:`load_audit_rules`).
No spaCy: this module reads the report text and the decision row (``Decision.as_row()``) only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from vfx_finder.rules import PATTERNS_DIR, read_rule_json, union_screen
from vfx_finder.rules import fail as _fail

AUDIT_FIELDS = ("term_fracture_used", "level_stated", "severity_stated", "comparison_made", "recommendation_made")
POSITIVE = ("fracture", "possible_fracture")
AUDIT_RULES_PATH = PATTERNS_DIR / "audit.json"

HEADER_KEYS = ("name", "version", "description", "categories", "rules")
RULE_KEYS = ("id", "category", "regex", "comment", "example")
REQUIRED_RULE_KEYS = ("id", "category", "regex")
#: the categories the code reads; the file must define each of them
CATEGORIES = (
    "QUESTION_HEADER",
    "OTHER_HEADER",
    "TERM_FRACTURE",
    "TERM_NEGATED",
    "SEVERITY",
    "COMPARISON",
    "COMPARISON_UNAVAILABLE",
    "RECOMMEND_DIRECT",
    "RECOMMEND_ADVICE",
    "RECOMMEND_TARGET",
    "RECOMMEND_BLOCK",
)
_FLAGS = re.IGNORECASE | re.MULTILINE


@dataclass(frozen=True)
class AuditRules:
    """The loaded audit rules: header, and compiled regexes by category as (rule id, pattern)."""

    path: Path
    name: str
    version: str
    description: str
    categories: dict[str, str]
    rules: tuple[dict, ...]
    compiled: dict[str, tuple[tuple[str, re.Pattern], ...]]
    #: the direct and advice recommendation rules in one pattern (None when unsafe: ``rules.union_screen``)
    recommend_screen: re.Pattern | None = None


def load_audit_rules(path: Path | None = None) -> AuditRules:
    """Load and validate ``patterns/audit.json``; any unknown key, category or bad regex fails naming file and rule."""
    path = Path(path) if path else AUDIT_RULES_PATH
    data = read_rule_json(path)
    if not isinstance(data, dict):
        _fail(path, "must be a JSON object with name, version, description, categories, rules")
    bad = sorted(set(data) - set(HEADER_KEYS))
    if bad:
        _fail(path, f"invalid keys {', '.join(bad)}; must be one of {', '.join(HEADER_KEYS)}")
    for key in HEADER_KEYS:
        if key not in data:
            _fail(path, f"missing header key '{key}'; an audit rule file needs {', '.join(HEADER_KEYS)}")
    categories = data["categories"]
    if not isinstance(categories, dict):
        _fail(path, "'categories' must be an object of CATEGORY: description")
    missing = [c for c in CATEGORIES if c not in categories]
    if missing:
        _fail(path, f"missing categories {', '.join(missing)}")
    unknown = sorted(set(categories) - set(CATEGORIES))
    if unknown:
        _fail(path, f"unknown categories {', '.join(unknown)}; must be one of {', '.join(CATEGORIES)}")
    rules = data["rules"]
    if not isinstance(rules, list):
        _fail(path, "'rules' must be a list")
    compiled: dict[str, list[tuple[str, re.Pattern]]] = {c: [] for c in CATEGORIES}
    seen: set[str] = set()
    for i, rule in enumerate(rules, start=1):
        if not isinstance(rule, dict):
            _fail(path, f"rule {i}: must be an object")
        label = f"rule {i} ({rule.get('id', '?')!r})"
        bad = sorted(set(rule) - set(RULE_KEYS))
        if bad:
            _fail(path, f"{label}: invalid keys {', '.join(bad)}; must be one of {', '.join(RULE_KEYS)}")
        for key in REQUIRED_RULE_KEYS:
            if not isinstance(rule.get(key), str) or not rule[key].strip():
                _fail(path, f"{label}: '{key}' must be a non-empty string")
        if rule["id"] in seen:
            _fail(path, f"{label}: duplicate id")
        seen.add(rule["id"])
        if rule["category"] not in categories:
            _fail(path, f"{label}: invalid category {rule['category']!r}; must be one of {', '.join(categories)}")
        try:
            pattern = re.compile(rule["regex"], _FLAGS)
        except re.error as err:
            _fail(path, f"{label}: bad regex ({err}); fix the pattern")
        if "example" in rule and not pattern.search(rule["example"]):
            _fail(path, f"{label}: its example {rule['example']!r} does not match its regex")
        compiled[rule["category"]].append((rule["id"], pattern))
    return AuditRules(
        path=path,
        name=str(data["name"]),
        version=str(data["version"]),
        description=str(data["description"]),
        categories=dict(categories),
        rules=tuple(rules),
        compiled={c: tuple(v) for c, v in compiled.items()},
        recommend_screen=union_screen((p for c in _RECOMMEND_SEEN for _rid, p in compiled[c]), _FLAGS),
    )


#: a sentence needs one of these to make a recommendation (a target alone does not)
_RECOMMEND_SEEN = ("RECOMMEND_DIRECT", "RECOMMEND_ADVICE")


@lru_cache(maxsize=4)
def _default_rules(path: str) -> AuditRules:
    return load_audit_rules(Path(path))


def _rules(rules: AuditRules | None) -> AuditRules:
    return rules if rules is not None else _default_rules(str(AUDIT_RULES_PATH))


# ---------------------------------------------------------------------------------------------- text
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+| \| ")


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def _headers(text: str, rules: AuditRules) -> list[tuple[int, bool]]:
    """(offset, opens_clinical_question) of every header at a line start or after a sentence end."""
    found: dict[int, bool] = {}
    for cat, question in (("OTHER_HEADER", False), ("QUESTION_HEADER", True)):
        for _id, pattern in rules.compiled[cat]:
            for m in re.finditer(r"(?:^|(?<=[.;]))[ \t]*(?:" + pattern.pattern + ")", text, _FLAGS):
                found[m.start()] = question or found.get(m.start(), False)
    return sorted(found.items())


def body_text(text: str, rules: AuditRules | None = None) -> str:
    """The report without its clinical question: from a question header to the next header or the end of its line."""
    rules = _rules(rules)
    heads = _headers(text, rules)
    out, pos = [], 0
    for i, (offset, question) in enumerate(heads):
        if not question or offset < pos:
            continue
        end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        newline = text.find("\n", offset)
        if newline != -1:
            end = min(end, newline)
        out.append(text[pos:offset])
        pos = end
    out.append(text[pos:])
    return "\n".join(out)


def _hits(category: str, text: str, rules: AuditRules) -> list[tuple[str, re.Match]]:
    return [(rid, m) for rid, p in rules.compiled[category] for m in p.finditer(text)]


def _inside(m: re.Match, spans: list[tuple[int, int]]) -> bool:
    return any(a <= m.start() and m.end() <= b for a, b in spans)


def _finding_sentences(text: str, row: dict) -> list[str]:
    """The sentences that describe the positive finding: the decision's evidence, or the report when it has none."""
    evidence = (row.get("evidence") or "").strip()
    if not evidence:
        return _sentences(text)
    parts = [p.strip() for p in evidence.split(" | ") if p.strip()]
    if parts and parts[-1].endswith("\u2026"):
        # the evidence is clipped at 400 characters: recover the clipped sentence from the text
        stem = parts[-1][:-1].strip()
        flat = re.sub(r"\s+", " ", text)
        at = flat.find(stem) if stem else -1
        parts[-1] = next(iter(_sentences(flat[at:])), stem) if at >= 0 else stem
    return parts


def explain_fields(text: str, decision_row: dict, rules: AuditRules | None = None) -> dict[str, dict]:
    """Each audit field with its value and the rule ids (or decision fields) that set it."""
    rules = _rules(rules)
    if decision_row.get("finding") not in POSITIVE:
        return {f: {"value": "", "because": []} for f in AUDIT_FIELDS}
    out: dict[str, dict] = {}
    sentences = _finding_sentences(text or "", decision_row)

    term: list[str] = []
    for s in sentences:
        negated = [m.span() for _rid, m in _hits("TERM_NEGATED", s, rules)]
        term += [rid for rid, m in _hits("TERM_FRACTURE", s, rules) if not _inside(m, negated)]
    out["term_fracture_used"] = {"value": "yes" if term else "no", "because": sorted(set(term))}

    levels = (decision_row.get("levels") or "").strip()
    out["level_stated"] = {"value": "yes" if levels else "no", "because": [f"levels={levels}"] if levels else []}

    severity = [
        f"{k}={decision_row[k]}"
        for k in ("severity", "genant_grade", "height_loss_pct")
        if str(decision_row.get(k) or "").strip()
    ]
    for s in sentences:
        severity += [rid for rid, _m in _hits("SEVERITY", s, rules)]
    out["severity_stated"] = {"value": "yes" if severity else "no", "because": sorted(set(severity))}

    body = body_text(text or "", rules)
    comparison = [rid for rid, _m in _hits("COMPARISON", body, rules) + _hits("COMPARISON_UNAVAILABLE", body, rules)]
    out["comparison_made"] = {"value": "yes" if comparison else "no", "because": sorted(set(comparison))}

    recommendation: list[str] = []
    screen = rules.recommend_screen
    for s in _sentences(body) if screen is None or screen.search(body) else ():
        if _hits("RECOMMEND_BLOCK", s, rules):
            continue
        direct = [rid for rid, _m in _hits("RECOMMEND_DIRECT", s, rules)]
        advice = [rid for rid, _m in _hits("RECOMMEND_ADVICE", s, rules)]
        target = [rid for rid, _m in _hits("RECOMMEND_TARGET", s, rules)]
        recommendation += direct + (advice + target if advice and target else [])
    out["recommendation_made"] = {"value": "yes" if recommendation else "no", "because": sorted(set(recommendation))}
    return out


def audit_fields(text: str, decision_row: dict, rules: AuditRules | None = None) -> dict[str, str]:
    """The five audit fields ("yes" / "no"; "" when the finding is not fracture / possible_fracture)."""
    return {k: v["value"] for k, v in explain_fields(text, decision_row, rules).items()}
