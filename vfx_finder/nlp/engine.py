"""The analyser: text in, decision out. Loads the pipeline once; used in-process and by worker processes.

A cheap pre-filter built from the target rules themselves skips reports that
contain none of the vocabulary a non-``no_fracture`` decision needs, so a report
without spine or fracture words never enters spaCy. Because the filter is the
union of the same regular expressions the target matcher uses, it can only skip
reports the full pipeline would also call ``no_fracture`` (a test checks this on
the whole dev set, the held-out set and the regression cases).

Speed (issue 6, docs/PERFORMANCE.md), none of which changes an answer:

- :func:`speed_up_matchers`: medspaCy's ``RegexMatcher`` (target matcher and ConText)
  keeps its loop but reads ``doc.text`` once per doc instead of once per pattern, skips
  a pattern whose required literals (:func:`required_literals`) are absent from an
  ASCII text, and runs the others as ASCII-mode twins (:func:`ascii_twin`, same matches
  on ASCII text): the pipeline runs ~2x faster;
- the pre-filter checks the rules' required literals, then the ASCII-mode twin of the
  same union, on ASCII text; other text gets the Unicode regex;
- early exit (``Analyser._decide``): when the target matcher found only entities the
  decision always ignores (look-alikes), the rest of the pipeline is not run;
- :func:`defer_unused_imports` keeps medspaCy's import of QuickUMLS -> nltk
  (-> scipy, sklearn, pandas: ~130 MB and ~1.5 s per process) from loading
  nltk, which this pipeline never uses; it is loaded for real on first use.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import re._constants as _C
import re._parser as _sre_parser
import sys
import types
from collections.abc import Iterable
from pathlib import Path

from vfx_finder.decide import Decision, decide
from vfx_finder.nlp.pipeline import build_nlp, extract_mentions
from vfx_finder.nlp.rules import load_all
from vfx_finder.nlp.sentences import doc_text, join_wrapped_lines

#: target categories that can make a report anything but no_fracture (documentation; the
#: pre-filter uses every category except NEVER_DECISIVE, so a new category is never skipped)
DECISIVE = ("FRACTURE", "FRACTURE_GENERIC", "DEFORMITY", "NON_FRACTURE", "POSTERIOR", "PATHOLOGICAL")
#: target categories the decision always ignores on their own (look-alikes, mechanism, level corrections)
NEVER_DECISIVE = ("IGNORE", "TRAUMA", "CORRECTION")
PREFILTER_REASON = "pre-filter: no spine or fracture vocabulary"

_REPEATS = tuple(op for op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)) if op is not None)

# In ASCII text, re.ASCII and Unicode matching differ only on \x1c-\x1f, which Unicode \s treats as space.
_ASCII_UNSAFE = re.compile(r"[\x1c-\x1f]")


def _prefilter_source(target_rules) -> str:
    parts = [r.get("regex") or re.escape(r["literal"]) for r in target_rules if r["category"] not in NEVER_DECISIVE]
    return "|".join(f"(?:{p})" for p in parts)


def compile_prefilter(target_rules) -> re.Pattern:
    """The union of every target rule that can decide a report (all but NEVER_DECISIVE), case-insensitive."""
    return re.compile(_prefilter_source(target_rules), re.IGNORECASE)


def prefilter_literals(target_rules) -> frozenset[str] | None:
    """Strings one of which any pre-filter match contains (lower-cased), or None if some rule requires none."""
    need: set[str] = set()
    for r in target_rules:
        if r["category"] in NEVER_DECISIVE:
            continue
        lits = required_literals(re.compile(r.get("regex") or re.escape(r["literal"]), re.IGNORECASE))
        if lits is None:
            return None
        need |= lits
    return frozenset(need)


def compile_prefilter_ascii(target_rules) -> re.Pattern | None:
    """The same union in ASCII mode: identical matches on ASCII text without \\x1c-\\x1f, and faster."""
    try:
        return re.compile(_prefilter_source(target_rules), re.IGNORECASE | re.ASCII)
    except re.error:  # pragma: no cover  (a rule that needs Unicode mode)
        return None


class _DeferredModule(types.ModuleType):
    """Stands in for a module nobody has used yet; the first attribute access imports the real one."""

    def __getattr__(self, attr: str):
        name = self.__name__
        if sys.modules.get(name) is self:
            del sys.modules[name]
        real = importlib.import_module(name)
        return getattr(real, attr)


#: imported by medspaCy's dependencies at import time but never used by the vfx pipeline
DEFERRABLE = ("nltk",)


def defer_unused_imports(names: Iterable[str] = DEFERRABLE) -> list[str]:
    """Register stand-ins for modules medspaCy imports but this pipeline never uses (nltk, via QuickUMLS).

    ``import nltk`` then binds the stand-in; any real use (``nltk.corpus...``, ``import nltk.x``)
    imports the real package transparently. Saves ~130 MB and ~1.5 s in every process that
    loads the pipeline. Returns the names deferred (none if already imported or not installed).
    """
    done = []
    for name in names:
        if name in sys.modules:
            continue
        spec = importlib.util.find_spec(name)
        if spec is None:
            continue
        stub = _DeferredModule(name)
        stub.__spec__ = spec
        stub.__file__ = spec.origin
        stub.__loader__ = spec.loader
        sys.modules[name] = stub
        done.append(name)
    return done


def preload() -> None:
    """Import what the pipeline needs (with nltk deferred): call before forking workers so they start fast."""
    defer_unused_imports()
    import medspacy.context  # noqa: F401
    import medspacy.target_matcher  # noqa: F401


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


def _could_match(need: frozenset[str] | None, lowered: str) -> bool:
    return need is None or any(s in lowered for s in need)


_last_text: tuple | None = None  # (doc, its text, its lower-cased text or None): the last doc a fast matcher saw


def _doc_text(doc) -> tuple[str, str | None]:
    """``doc.text`` (a join over all tokens, so computed once per doc for both matchers) and its
    lower-cased form when the ASCII fast path applies (None otherwise)."""
    global _last_text
    last = _last_text  # one tuple, replaced whole: consistent even if two threads share the pipeline
    if last is None or last[0] is not doc:
        text = doc_text(doc)
        last = (doc, text, text.lower() if ascii_safe(text) else None)
        _last_text = last
    return last[1], last[2]


def _regex_matcher_fast():
    """A subclass of medspaCy's RegexMatcher with the same matching loop, made cheaper in two ways.

    medspaCy 1.3.1's ``RegexMatcher.__call__`` evaluates ``doc.text_with_ws`` (a join over
    every token) once per pattern; here it is read once per doc (and shared by the target
    matcher and ConText). On ASCII text (see :func:`ascii_safe`) a pattern whose required
    literals (:func:`required_literals`) are all absent from the text is not run at all (it
    cannot match), and the others run as their ASCII-mode twin (:func:`ascii_twin`), which
    finds the same matches ~35% faster than the Unicode IGNORECASE original. The loop is
    otherwise the original one, line for line: same patterns, same order, same spans, same
    callbacks.
    """
    from medspacy.common.regex_matcher import RegexMatcher
    from medspacy.common.util import get_token_for_char

    class FastRegexMatcher(RegexMatcher):
        def __call__(self, doc):
            matches = []
            text, lowered = _doc_text(doc)
            if lowered is not None:
                cache = self.__dict__.setdefault("_vfx_ascii", {})  # pattern -> (ASCII twin, required literals)
            for match_id, patterns in self._patterns.items():
                for pattern in patterns:
                    on_match = self._callbacks[match_id]
                    if lowered is not None:
                        entry = cache.get(pattern)
                        if entry is None:
                            need = required_literals(pattern)
                            entry = cache[pattern] = (
                                ascii_twin(pattern) or pattern,
                                tuple(sorted(need, key=len)) if need else (),
                            )
                        if entry[1]:
                            for lit in entry[1]:
                                if lit in lowered:
                                    break
                            else:
                                continue  # no match possible: finditer would yield nothing
                        pattern = entry[0]
                    for re_match in pattern.finditer(text):
                        span = doc.char_span(re_match.start(), re_match.end())
                        if span is None:
                            start = get_token_for_char(doc, re_match.start(), resolve=self.resolve_start)
                            end = get_token_for_char(doc, re_match.end(), resolve=self.resolve_end)
                            end_index = len(doc) if end is None else end.i
                            span = doc[start.i : end_index]
                        if len(span):
                            matches.append((match_id, span.start, span.end))
                        if on_match is not None:
                            on_match(self, doc, len(matches) - 1, matches)
            return matches

    return RegexMatcher, FastRegexMatcher


def private_matcher(component):
    """The MedspacyMatcher a medspaCy component keeps in a name-mangled attribute (also in a subclass), or None."""
    for cls in type(component).__mro__:
        matcher = getattr(component, f"_{cls.__name__}__matcher", None)
        if matcher is not None:
            return matcher
    return None


def regex_matchers(nlp) -> list:
    """The medspaCy RegexMatcher objects of the pipeline's components (target matcher and ConText)."""
    found = []
    for _name, component in nlp.pipeline:
        regex = getattr(private_matcher(component), "_MedspacyMatcher__regex_matcher", None)
        if regex is not None:
            found.append(regex)
    return found


def speed_up_matchers(nlp) -> int:
    """Swap the class of the pipeline's medspaCy RegexMatcher objects for the faster subclass (same state, same rules).

    Returns how many matchers were swapped. Anything unexpected (another medspaCy layout) leaves the
    pipeline untouched: the result is then only slower, never different.
    """
    try:
        base, fast = _regex_matcher_fast()
    except ImportError:  # pragma: no cover
        return 0
    swapped = 0
    for regex in regex_matchers(nlp):
        if type(regex) is base and all(
            hasattr(regex, a) for a in ("_patterns", "_callbacks", "resolve_start", "resolve_end")
        ):
            regex.__class__ = fast
            swapped += 1
    return swapped


#: components that may run after the target matcher without adding entities (the early exit relies on it)
ENTITY_NEUTRAL = ("vfx_sections", "vfx_context", "medspacy_context", "vfx_attributes")


def split_after_targets(nlp) -> tuple[list, list] | None:
    """(components up to the target matcher, the rest), or None when the rest might add entities."""
    names = nlp.pipe_names
    if "medspacy_target_matcher" not in names:
        return None
    cut = names.index("medspacy_target_matcher") + 1
    for name in names[cut:]:
        if name not in ENTITY_NEUTRAL or "doc.ents" in nlp.get_pipe_meta(name).assigns:
            return None
    return nlp.pipeline[:cut], nlp.pipeline[cut:]


_LEVEL_GATE = (
    r"(?<![A-Za-z0-9])[CTDLS][ -]?\d{1,2}(?!\d)"
    r"|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))\b"
)


def compile_anatomy_gate(files) -> tuple[re.Pattern, re.Pattern]:
    """(anything that can point at a spine, a non-vertebral anchor) from anatomy.json and targets.json.

    The first is a superset of what vfx_attributes treats as vertebral (vertebral and posterior
    anchors, anything the level parser could read as a level) plus the target categories that are
    decisive whatever their site (non-fracture deformity, posterior elements).
    """
    spine, other = [_LEVEL_GATE], []
    for r in files["anatomy.json"].rules:
        pat = r.get("regex") or re.escape(r["literal"])
        (spine if r["category"] in ("VERTEBRAL", "POSTERIOR") else other).append(pat)
    for r in files["targets.json"].rules:
        if r["category"] in ("NON_FRACTURE", "POSTERIOR"):
            spine.append(r.get("regex") or re.escape(r["literal"]))
    join = lambda pats: re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE)  # noqa: E731
    return join(spine), join(other)


class Analyser:
    """Text in, decision out.

    With ``use_prefilter`` (the production path) two cheap exits give a report the decision the full
    pipeline would give it, without running all of it: the vocabulary pre-filter (no decisive target
    rule can match, so spaCy is not run at all), and the early exit after the target matcher (every
    entity it found is of a category the decision always ignores, e.g. "lobar collapse", so the rest
    of the pipeline is not run; the decision is ``decide([])``, the same no_fracture the full run gives).
    ``use_prefilter=False`` runs every component on every report (``explain``, the plain path in tests).
    """

    def __init__(self, patterns_dir: Path | None = None, *, use_prefilter: bool = True) -> None:
        preload()
        files = load_all(patterns_dir)
        self.nlp = build_nlp(files=files)
        speed_up_matchers(self.nlp)
        self.prefilter = compile_prefilter(files["targets.json"].rules)
        self._prefilter_ascii = compile_prefilter_ascii(files["targets.json"].rules)
        self._prefilter_need = prefilter_literals(files["targets.json"].rules)
        self._split = split_after_targets(self.nlp)
        self._gate = compile_anatomy_gate(files)
        twins = tuple(ascii_twin(p) for p in self._gate)
        self._gate_ascii = twins if all(twins) else None
        self.use_prefilter = use_prefilter
        self.rules = self.nlp.meta["vfx_rules"]

    def vocabulary_match(self, text: str) -> re.Match | None:
        """The first match of the vocabulary pre-filter (ASCII-mode twin where it is exact), or None."""
        if self._prefilter_ascii is not None and ascii_safe(text):
            if not _could_match(self._prefilter_need, text.lower()):
                return None
            return self._prefilter_ascii.search(text)
        return self.prefilter.search(text)

    def needs_nlp(self, text: str) -> bool:
        """False when the pre-filter settles the report as no_fracture: no decisive vocabulary, or
        no way for any fracture word to point at a vertebra (``_settled_by_anatomy``)."""
        if not self.use_prefilter:
            return True
        first = self.vocabulary_match(text)
        if first is None:
            return False
        return not self._settled_by_anatomy(text, first.start())

    def _settled_by_anatomy(self, text: str, first_target: int) -> bool:
        """True when no mention can point at a vertebra, so the decision is no_fracture.

        The report has no vertebral or posterior-element anchor, no level, no non-fracture or
        posterior-element target, and a non-vertebral anchor (rib, wrist, lung...) stands before
        the first decisive target. Then every fracture word takes a non-vertebral site, from an
        anchor in its sentence or carried from an earlier one (vfx_attributes), and is ignored
        (decide), as is a pathological fracture of that site.
        """
        ascii_ok = ascii_safe(text)
        spine, other = self._gate_ascii if ascii_ok and self._gate_ascii else self._gate
        if spine.search(text):
            return False
        return other.search(text, 0, first_target) is not None

    def _decide(self, text: str, exam_name: str, modality: str) -> Decision:
        if not self.use_prefilter or self._split is None:
            return decide(extract_mentions(self.nlp(text)), exam_name=exam_name, modality=modality)
        head, tail = self._split
        doc = self.nlp.make_doc(text)
        for _name, proc in head:
            doc = proc(doc)
        if all(ent.label_ in NEVER_DECISIVE for ent in doc.ents):
            # what the full run decides when every mention is ignored (no mention can be active)
            return decide([], exam_name=exam_name, modality=modality)
        for _name, proc in tail:
            doc = proc(doc)
        return decide(extract_mentions(doc), exam_name=exam_name, modality=modality)

    def analyse(self, text: str, *, exam_name: str = "", modality: str = "") -> Decision:
        text = join_wrapped_lines(text)  # the pre-filter and the pipeline see the same normalised text
        if not self.needs_nlp(text):
            return Decision(finding="no_fracture", decided_by=PREFILTER_REASON)
        return self._decide(text, exam_name, modality)

    def analyse_many(self, items: Iterable[tuple[str, str, str]], *, batch_size: int = 64) -> list[Decision]:
        """Decisions for (text, exam_name, modality) items, in order.

        ``batch_size`` is kept for callers; every component of this pipeline works doc by doc,
        so ``nlp.pipe`` batching gains nothing and the docs are run one at a time.
        """
        out: list[Decision] = []
        for text, exam_name, modality in items:
            out.append(self.analyse(text, exam_name=exam_name, modality=modality))
        return out
