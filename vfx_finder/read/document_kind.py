"""Document kind of a record: an imaging report or another clinical document (issue 13).

Rules-as-data in ``patterns/document_kinds.json``; no spaCy, so the read stage can use it. The decision
order is in that file's description: note-type name, imaging modality code, imaging exam word,
non-imaging modality code, the text's title line, then text cues; with no evidence a record is an imaging report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from vfx_finder.rules import PATTERNS_DIR, read_rule_json
from vfx_finder.rules import fail as _fail

PATTERNS_FILE = PATTERNS_DIR / "document_kinds.json"

IMAGING_REPORT = "imaging_report"
CLINICAL_DOCUMENT = "clinical_document"
DOCUMENT_KINDS = (IMAGING_REPORT, CLINICAL_DOCUMENT)

HEADER_KEYS = frozenset({"name", "version", "description", "categories", "rules"})
RULE_KEYS = frozenset({"id", "category", "literal", "regex", "comment"})
CATEGORIES = frozenset(
    {"NOTE_TYPE", "IMAGING_MODALITY", "IMAGING_EXAM", "CLINICAL_MODALITY", "IMAGING_TEXT", "CLINICAL_TEXT"}
)
_MODALITY = ("IMAGING_MODALITY", "CLINICAL_MODALITY")
_FLAGS = re.IGNORECASE | re.MULTILINE


@dataclass(frozen=True)
class KindRules:
    """The loaded document-kind rules: compiled patterns per category, and the file's version."""

    name: str
    version: str
    patterns: dict[str, tuple[tuple[str, re.Pattern[str]], ...]]


def load_document_kinds(path: Path | None = None) -> KindRules:
    """Load and check the document-kind rule file strictly (unknown keys and categories fail, naming both)."""
    path = Path(path) if path else PATTERNS_FILE
    data = read_rule_json(path)
    if not isinstance(data, dict):
        _fail(path, "must be a JSON object with name, version, description, categories, rules")
    bad = set(data) - HEADER_KEYS
    if bad:
        _fail(path, f"invalid keys {', '.join(sorted(bad))}; must be one of {', '.join(sorted(HEADER_KEYS))}")
    missing = HEADER_KEYS - set(data)
    if missing:
        _fail(path, f"missing header key '{sorted(missing)[0]}'; a rule file needs {', '.join(sorted(HEADER_KEYS))}")
    categories = data["categories"]
    if not isinstance(categories, dict) or set(categories) != CATEGORIES:
        _fail(path, f"'categories' must describe exactly {', '.join(sorted(CATEGORIES))}")
    if not isinstance(data["rules"], list):
        _fail(path, "'rules' must be a list")
    compiled: dict[str, list[tuple[str, re.Pattern[str]]]] = {c: [] for c in CATEGORIES}
    seen: set[str] = set()
    for i, rule in enumerate(data["rules"], start=1):
        if not isinstance(rule, dict):
            _fail(path, f"rule {i}: must be an object")
        label = f"rule {i} ({rule.get('id', '?')!r})"
        bad = set(rule) - RULE_KEYS
        if bad:
            _fail(
                path, f"{label}: invalid keys {', '.join(sorted(bad))}; must be one of {', '.join(sorted(RULE_KEYS))}"
            )
        for key in ("id", "literal"):
            if not isinstance(rule.get(key), str) or not rule[key].strip():
                _fail(path, f"{label}: '{key}' must be a non-empty string")
        if rule["id"] in seen:
            _fail(path, f"{label}: duplicate id; every rule needs its own id")
        seen.add(rule["id"])
        category = rule.get("category")
        if category not in CATEGORIES:
            _fail(path, f"{label}: invalid category {category!r}; must be one of {', '.join(sorted(CATEGORIES))}")
        source = rule.get("regex", rf"\b{re.escape(rule['literal'])}\b")
        if category in _MODALITY:
            source = rf"\s*(?:{rule.get('regex', re.escape(rule['literal']))})\s*"
        try:
            pattern = re.compile(source, _FLAGS)
        except re.error as err:
            _fail(path, f"{label}: bad regex ({err}); fix the pattern")
        compiled[category].append((rule["id"], pattern))
    return KindRules(
        name=str(data["name"]),
        version=str(data["version"]),
        patterns={c: tuple(v) for c, v in compiled.items()},
    )


@lru_cache(maxsize=1)
def _default_rules() -> KindRules:
    return load_document_kinds()


def _search(rules: KindRules, category: str, text: str) -> list[str]:
    return [rule_id for rule_id, pattern in rules.patterns[category] if pattern.search(text)]


def _code(rules: KindRules, category: str, modality: str) -> bool:
    return any(pattern.fullmatch(modality) for _, pattern in rules.patterns[category])


_HEADER_WITH_TEXT = re.compile(r"^[\w /.()-]{1,40}:\s*\S")
TITLE_MAX = 80


def _title(text: str) -> str:
    """The first non-empty line when it reads as a title: short, not a sentence, not a 'Header: text' line."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            sentence = line.endswith(".") or len(line) > TITLE_MAX
            return "" if sentence or _HEADER_WITH_TEXT.match(line) else line
    return ""


def explain_document_kind(
    exam_name: str, modality: str, text: str, document_type: str = "", *, rules: KindRules | None = None
) -> tuple[str, str]:
    """The document kind and the rule (or cue count) that decided it."""
    rules = rules or _default_rules()
    names = " / ".join(s for s in (document_type or "", exam_name or "") if s.strip())
    modality = (modality or "").strip()
    if names and (hits := _search(rules, "NOTE_TYPE", names)):
        return CLINICAL_DOCUMENT, f"note type: {hits[0]}"
    if modality and _code(rules, "IMAGING_MODALITY", modality):
        return IMAGING_REPORT, "imaging modality code"
    if names and (hits := _search(rules, "IMAGING_EXAM", names)):
        return IMAGING_REPORT, f"imaging exam: {hits[0]}"
    if modality and _code(rules, "CLINICAL_MODALITY", modality):
        return CLINICAL_DOCUMENT, "non-imaging modality code"
    title = _title(text or "")
    if title and (hits := _search(rules, "IMAGING_EXAM", title)):
        return IMAGING_REPORT, f"title line imaging exam: {hits[0]}"
    if title and (hits := _search(rules, "NOTE_TYPE", title)):
        return CLINICAL_DOCUMENT, f"title line note type: {hits[0]}"
    imaging = _search(rules, "IMAGING_TEXT", text or "")
    clinical = _search(rules, "CLINICAL_TEXT", text or "")
    if len(clinical) > len(imaging):
        return CLINICAL_DOCUMENT, f"text cues: {len(clinical)} clinical > {len(imaging)} imaging"
    return IMAGING_REPORT, f"text cues: {len(imaging)} imaging >= {len(clinical)} clinical"


def document_kind(
    exam_name: str, modality: str, text: str, document_type: str = "", *, rules: KindRules | None = None
) -> str:
    """'imaging_report' or 'clinical_document' for one record, from its metadata and text."""
    return explain_document_kind(exam_name, modality, text, document_type, rules=rules)[0]
