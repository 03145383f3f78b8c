"""medspaCy speed-ups: patches of medspaCy internals that change no answer (docs/PERFORMANCE.md).

Everything here reaches into medspaCy's private layout, so it is checked against the
medspaCy version it was written for (:data:`MEDSPACY_VERSION`): on any other version
:func:`speed_up_matchers` leaves the pipeline unpatched (only slower, never different)
and :func:`patch_supported` says why.

- :func:`speed_up_matchers`: medspaCy's ``RegexMatcher`` (target matcher and ConText)
  keeps its loop but reads ``doc.text`` once per doc instead of once per pattern, skips
  a pattern whose required literals are absent from an ASCII text, and runs the others
  as ASCII-mode twins (same matches on ASCII text): the pipeline runs ~2x faster;
- :func:`defer_unused_imports` keeps medspaCy's import of QuickUMLS -> nltk
  (-> scipy, sklearn, pandas: ~130 MB and ~1.5 s per process) from loading
  nltk, which this pipeline never uses; it is loaded for real on first use.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import sys
import types
from collections.abc import Iterable

from vfx_finder.nlp.prefilter import ascii_safe, ascii_twin, required_literals
from vfx_finder.nlp.sentences import doc_text

#: the medspaCy release whose RegexMatcher loop and private attribute names these patches copy
MEDSPACY_VERSION = "1.3.1"


def patch_supported() -> tuple[bool, str]:
    """(True, "") when the installed medspaCy is the one the patches were written for, else (False, why)."""
    try:
        found = importlib.metadata.version("medspacy")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover
        return False, "medspaCy is not installed"
    if found != MEDSPACY_VERSION:
        return False, f"medspaCy {found} is not {MEDSPACY_VERSION}: matchers left unpatched"
    return True, ""


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
    # deferred on purpose: these imports must follow defer_unused_imports()
    import medspacy.context  # noqa: F401
    import medspacy.target_matcher  # noqa: F401


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
    # deferred on purpose: medspaCy is imported only after defer_unused_imports() (see preload)
    from medspacy.common.regex_matcher import RegexMatcher
    from medspacy.common.util import get_token_for_char

    class FastRegexMatcher(RegexMatcher):
        """medspaCy's RegexMatcher with the text read once per doc and impossible patterns skipped."""

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

    Returns how many matchers were swapped. Another medspaCy version (:func:`patch_supported`) or layout
    leaves the pipeline untouched: the result is then only slower, never different.
    """
    if not patch_supported()[0]:
        return 0
    base, fast = _regex_matcher_fast()
    swapped = 0
    for regex in regex_matchers(nlp):
        if type(regex) is base and all(
            hasattr(regex, a) for a in ("_patterns", "_callbacks", "resolve_start", "resolve_end")
        ):
            regex.__class__ = fast
            swapped += 1
    return swapped
