"""Triage context for the FLS coordinator: flags read from a report's text and clinical details.

The rules are data (``patterns/triage.json``): each rule's regular expression raises its
category's flag (known or suspected malignancy, bone protection / bone specialist,
palliative or end-of-life care, care-home resident) unless a negation in the same
sentence cancels it ("no history of malignancy", "metastases excluded", "family history
of breast cancer"). A flag carries its evidence: the words matched and the sentence
around them. Flags are shown to the coordinator; they are never used to drop a patient.

No spaCy: plain regular expressions, so the matcher is cheap enough for every report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from vfx_finder.rules import PATTERNS_DIR, read_rule_json, union_screen
from vfx_finder.rules import fail as _fail

TRIAGE_FILE = PATTERNS_DIR / "triage.json"

_HEADER_KEYS = {"name", "version", "description", "categories", "max_words", "terminators", "negations", "rules"}
_RULE_KEYS = {"id", "category", "regex", "comment"}
_NEGATION_KEYS = {"id", "direction", "regex", "categories", "comment"}
_DIRECTIONS = ("before", "after")
_SENTENCE_END = re.compile(r"(?<=[.!;])\s+|\n\s*\n?|(?<=[.!;])$")
_WORD = re.compile(r"[\w'’-]+")
_SNIPPET_CHARS = 160


@dataclass(frozen=True)
class TriageRule:
    """One rule: its id, the category it flags and its compiled pattern."""

    id: str
    category: str
    pattern: re.Pattern


@dataclass(frozen=True)
class TriageNegation:
    """A negation: cancels a match it precedes ('before') or follows ('after') within max_words words."""

    id: str
    direction: str
    pattern: re.Pattern
    categories: frozenset[str]


@dataclass(frozen=True)
class TriageRules:
    """The loaded rule file: header, rules and negations."""

    path: Path
    name: str
    version: str
    categories: dict[str, str]
    max_words: int
    terminators: re.Pattern
    negations: tuple[TriageNegation, ...]
    rules: tuple[TriageRule, ...]
    #: every rule's pattern in one (None when a pattern could match a sentence and not the whole text)
    screen: re.Pattern | None = None


@dataclass(frozen=True)
class TriageFlag:
    """A flag raised on a text: category, its words, the rule, the matched words and the sentence (evidence)."""

    category: str
    label: str
    rule_id: str
    matched: str
    evidence: str
    source: str  # "report" or "clinical details"
    start: int  # offsets of the matched words in that source text
    end: int

    def describe(self) -> str:
        """'known or suspected malignancy: "known metastatic breast cancer"' (one line for a cell)."""
        return f'{self.label}: "{self.evidence}"'


def _compile(path: Path, label: str, regex) -> re.Pattern:
    if not isinstance(regex, str) or not regex:
        _fail(path, f"{label}: 'regex' must be a non-empty string")
    try:
        return re.compile(regex, re.IGNORECASE)
    except re.error as err:
        _fail(path, f"{label}: bad regex ({err}); fix the pattern")


def _check_keys(path: Path, label: str, item, allowed: set[str], required: tuple[str, ...]) -> None:
    if not isinstance(item, dict):
        _fail(path, f"{label}: must be an object")
    bad = set(item) - allowed
    if bad:
        _fail(path, f"{label}: invalid keys {', '.join(sorted(bad))}; must be one of {', '.join(sorted(allowed))}")
    for key in required:
        if key not in item:
            _fail(path, f"{label}: missing key '{key}'")


def load_triage_rules(path: Path | None = None) -> TriageRules:
    """Load and check patterns/triage.json strictly: unknown keys, categories or bad regexes fail naming file and key."""
    path = Path(path) if path else TRIAGE_FILE
    data = read_rule_json(path)
    _check_keys(path, "header", data, _HEADER_KEYS, ("name", "version", "description", "categories", "rules"))
    categories = data["categories"]
    if not isinstance(categories, dict) or not categories or not all(isinstance(v, str) for v in categories.values()):
        _fail(path, "'categories' must be an object of CATEGORY: words shown to the coordinator")
    max_words = data.get("max_words", 6)
    if not isinstance(max_words, int) or isinstance(max_words, bool) or max_words < 1:
        _fail(path, "'max_words' must be a whole number >= 1")
    terminators = _compile(path, "terminators", data.get("terminators", r"\bbut\b"))
    seen: set[str] = set()

    def check_id(label: str, item: dict) -> str:
        rid = item["id"]
        if not isinstance(rid, str) or not rid.strip():
            _fail(path, f"{label}: 'id' must be a non-empty string")
        if rid in seen:
            _fail(path, f"{label}: duplicate id {rid!r}")
        seen.add(rid)
        return rid

    if not isinstance(data.get("negations", []), list) or not isinstance(data["rules"], list):
        _fail(path, "'negations' and 'rules' must be lists")
    negations = []
    for i, item in enumerate(data.get("negations", []), start=1):
        label = f"negation {i}"
        _check_keys(path, label, item, _NEGATION_KEYS, ("id", "direction", "regex"))
        label = f"negation {i} ({item['id']!r})"
        rid = check_id(label, item)
        if item["direction"] not in _DIRECTIONS:
            _fail(path, f"{label}: invalid direction {item['direction']!r}; must be one of {', '.join(_DIRECTIONS)}")
        cats = item.get("categories", list(categories))
        if not isinstance(cats, list) or any(c not in categories for c in cats):
            _fail(path, f"{label}: 'categories' must be a list of {', '.join(categories)}")
        negations.append(TriageNegation(rid, item["direction"], _compile(path, label, item["regex"]), frozenset(cats)))
    rules = []
    for i, item in enumerate(data["rules"], start=1):
        label = f"rule {i}"
        _check_keys(path, label, item, _RULE_KEYS, ("id", "category", "regex"))
        label = f"rule {i} ({item['id']!r})"
        rid = check_id(label, item)
        if item["category"] not in categories:
            _fail(path, f"{label}: invalid category {item['category']!r}; must be one of {', '.join(categories)}")
        rules.append(TriageRule(rid, item["category"], _compile(path, label, item["regex"])))
    return TriageRules(
        path=path,
        name=str(data["name"]),
        version=str(data["version"]),
        categories=dict(categories),
        max_words=max_words,
        terminators=terminators,
        negations=tuple(negations),
        rules=tuple(rules),
        screen=union_screen((r.pattern for r in rules), re.IGNORECASE),
    )


@lru_cache(maxsize=1)
def default_rules() -> TriageRules:
    """patterns/triage.json, loaded once."""
    return load_triage_rules()


def _sentences(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of each sentence: split at . ! ; followed by space, and at line breaks."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            yield start, m.start()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _negated(rules: TriageRules, category: str, sentence: str, m_start: int, m_end: int) -> bool:
    """True when a negation for ``category`` in ``sentence`` reaches the match at [m_start, m_end)."""
    for neg in rules.negations:
        if category not in neg.categories:
            continue
        for n in neg.pattern.finditer(sentence):
            if neg.direction == "before" and n.end() <= m_start:
                between = sentence[n.end() : m_start]
            elif neg.direction == "after" and n.start() >= m_end:
                between = sentence[m_end : n.start()]
            else:
                continue
            if _words(between) <= rules.max_words and not rules.terminators.search(between):
                return True
    return False


def _snippet(sentence: str, m_start: int, m_end: int) -> str:
    """The sentence, whitespace collapsed, clipped around the match to about 160 characters."""
    lo, hi = 0, len(sentence)
    if hi - lo > _SNIPPET_CHARS:
        lo = max(0, m_start - _SNIPPET_CHARS // 2)
        hi = min(len(sentence), max(m_end, lo + _SNIPPET_CHARS))
    text = re.sub(r"\s+", " ", sentence[lo:hi]).strip()
    return ("\u2026" if lo > 0 else "") + text + ("\u2026" if hi < len(sentence) else "")


def _scan(rules: TriageRules, text: str, source: str, found: dict[str, TriageFlag]) -> None:
    for s_start, s_end in _sentences(text):
        sentence = text[s_start:s_end]
        for rule in rules.rules:
            if rule.category in found:
                continue
            for m in rule.pattern.finditer(sentence):
                if not _negated(rules, rule.category, sentence, m.start(), m.end()):
                    found[rule.category] = TriageFlag(
                        category=rule.category,
                        label=rules.categories[rule.category],
                        rule_id=rule.id,
                        matched=m.group(0),
                        evidence=_snippet(sentence, m.start(), m.end()),
                        source=source,
                        start=s_start + m.start(),
                        end=s_start + m.end(),
                    )
                    break


def triage_flags(text: str, clinical_details: str = "", *, rules: TriageRules | None = None) -> list[TriageFlag]:
    """The triage flags of one report: at most one per category (the first match, clinical details first).

    ``text`` is the report text (its own clinical details section included); ``clinical_details`` is
    any separate clinical information the input carries (an HL7 / FHIR field). Never used to drop anyone.
    """
    rules = rules or default_rules()
    found: dict[str, TriageFlag] = {}
    screen = rules.screen
    if clinical_details and (screen is None or screen.search(clinical_details)):
        _scan(rules, clinical_details, "clinical details", found)
    if text and (screen is None or screen.search(text)):
        _scan(rules, text, "report", found)
    order = list(rules.categories)
    return sorted(found.values(), key=lambda f: order.index(f.category))


def format_flags(flags: Iterable[TriageFlag], report_id: str = "") -> str:
    """The worklist cell: 'LABEL: "evidence" (report R1); LABEL: ...' (empty when no flag)."""
    suffix = f" (report {report_id})" if report_id else ""
    return "; ".join(f.describe() + suffix for f in flags)


def patient_flags(reports: Iterable[tuple[str, str, str]], *, rules: TriageRules | None = None) -> str:
    """The worklist cell for a patient from (report_id, text, clinical_details) of their reports: one entry a category."""
    rules = rules or default_rules()
    seen: dict[str, str] = {}
    for report_id, text, details in reports:
        for flag in triage_flags(text, details, rules=rules):
            seen.setdefault(flag.category, format_flags([flag], report_id))
    order = list(rules.categories)
    return "; ".join(seen[c] for c in sorted(seen, key=order.index))
