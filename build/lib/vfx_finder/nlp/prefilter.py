"""The vocabulary pre-filter and the regex helpers behind the fast paths (no spaCy, no medspaCy).

A cheap pre-filter built from the target rules themselves skips reports that
contain none of the vocabulary a non-``no_fracture`` decision needs, so a report
without spine or fracture words never enters spaCy. Because the filter is the
union of the same regular expressions the target matcher uses, it can only skip
reports the full pipeline would also call ``no_fracture`` (a test checks this on
the whole dev set, the held-out set and the regression cases).

- the pre-filter checks the rules' required literals (:func:`required_literals`), then the
  ASCII-mode twin (:func:`ascii_twin`) of the same union, on ASCII text (:func:`ascii_safe`);
  other text gets the Unicode regex;
- :func:`compile_anatomy_gate`: whether any fracture word could point at a vertebra.
"""

from __future__ import annotations

import re
import re._constants as _C
import re._parser as _sre_parser
from collections.abc import Iterable

_REPEATS = tuple(op for op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)) if op is not None)

# In ASCII text, re.ASCII and Unicode matching differ only on \x1c-\x1f, which Unicode \s treats as space.
_ASCII_UNSAFE = re.compile(r"[\x1c-\x1f]")


def _prefilter_source(target_rules, never_decisive: Iterable[str]) -> str:
    skip = set(never_decisive)
    parts = [r.get("regex") or re.escape(r["literal"]) for r in target_rules if r["category"] not in skip]
    return "|".join(f"(?:{p})" for p in parts)


def compile_prefilter(target_rules, never_decisive: Iterable[str]) -> re.Pattern:
    """The union of every target rule that can decide a report (all but never_decisive), case-insensitive."""
    return re.compile(_prefilter_source(target_rules, never_decisive), re.IGNORECASE)


def prefilter_literals(target_rules, never_decisive: Iterable[str]) -> frozenset[str] | None:
    """Strings one of which any pre-filter match contains (lower-cased), or None if some rule requires none."""
    skip = set(never_decisive)
    need: set[str] = set()
    for r in target_rules:
        if r["category"] in skip:
            continue
        lits = required_literals(re.compile(r.get("regex") or re.escape(r["literal"]), re.IGNORECASE))
        if lits is None:
            return None
        need |= lits
    return frozenset(need)


def compile_prefilter_ascii(target_rules, never_decisive: Iterable[str]) -> re.Pattern | None:
    """The same union in ASCII mode: identical matches on ASCII text without \\x1c-\\x1f, and faster."""
    try:
        return re.compile(_prefilter_source(target_rules, never_decisive), re.IGNORECASE | re.ASCII)
    except re.error:  # pragma: no cover  (a rule that needs Unicode mode)
        return None


def ascii_safe(text: str) -> bool:
    """True when ASCII-mode and Unicode-mode regular expressions match ``text`` identically.

    For ASCII text the two modes differ only on \\x1c-\\x1f (Unicode ``\\s`` counts them as
    space); case folding, ``\\w``, ``\\d`` and ``\\b`` agree on every ASCII character.
    """
    return text.isascii() and not _ASCII_UNSAFE.search(text)


def ascii_twin(pattern: re.Pattern) -> re.Pattern | None:
    """The same regular expression compiled in ASCII mode (same source, same other flags), or None."""
    try:
        return re.compile(pattern.pattern, (pattern.flags & ~re.UNICODE) | re.ASCII)
    except (re.error, ValueError, TypeError):
        return None


_MAX_ALTERNATIVES = 24


def required_literals(pattern: re.Pattern) -> frozenset[str] | None:
    """Lower-case ASCII strings at least one of which occurs in the lower-cased text of any match of ``pattern``.

    Read from the parsed pattern: a run of literal characters must occur; a group's or a
    repeat's (at least once) requirement holds for the whole; an alternation requires one
    of its branches' requirements (None as soon as one branch has none). Anything else
    (classes, look-arounds, back-references) breaks a run and requires nothing. So
    ``not any(s in text.lower() for s in result)`` proves that the pattern cannot match an
    ASCII text. None when nothing is required.
    """
    try:
        tree = _sre_parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover  (a pattern re.compile accepted always parses)
        return None
    return _required(tree.data)


def _required(items) -> frozenset[str] | None:
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is _C.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        flush()
        need = None
        if op is _C.SUBPATTERN:
            need = _required(av[-1])
        elif op is _C.BRANCH:
            branches = [_required(b) for b in av[1]]
            if all(b is not None for b in branches):
                need = frozenset().union(*branches)
                if len(need) > _MAX_ALTERNATIVES:
                    need = None
        elif op in _REPEATS:
            low, _high, sub = av
            need = _required(sub) if low >= 1 else None
        elif op is getattr(_C, "ATOMIC_GROUP", None):
            need = _required(av)
        if need:
            candidates.append(need)
    flush()
    if not candidates:
        return None
    # the most selective requirement: longest shortest string, then fewest alternatives
    return max(candidates, key=lambda c: (min(len(x) for x in c), -len(c)))


def could_match(need: frozenset[str] | None, lowered: str) -> bool:
    """False only when none of the required strings occurs in the lower-cased text (no match possible)."""
    return need is None or any(s in lowered for s in need)


_LEVEL_GATE = (
    r"(?<![A-Za-z0-9])(?:Th\.?|[CTDLS])[ -]?\d{1,2}(?!\d)"
    r"|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))\b"
)


def compile_anatomy_gate(files, policy) -> tuple[re.Pattern, re.Pattern]:
    """(anything that can point at a spine, a non-vertebral anchor) from anatomy.json and targets.json.

    The first is a superset of what vfx_attributes treats as vertebral (vertebral and posterior
    anchors, anything the level parser could read as a level) plus the target categories that are
    decisive whatever their site (non-fracture deformity, posterior elements).
    """
    spine, other = [_LEVEL_GATE], []
    for r in files["anatomy.json"].rules:
        pat = r.get("regex") or re.escape(r["literal"])
        (spine if r["category"] in policy.site("vertebral") | policy.site("posterior") else other).append(pat)
    decisive_anywhere = policy.role("non_fracture_deformity") | policy.role("posterior_elements")
    for r in files["targets.json"].rules:
        if r["category"] in decisive_anywhere:
            spine.append(r.get("regex") or re.escape(r["literal"]))
    join = lambda pats: re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE)  # noqa: E731
    return join(spine), join(other)
