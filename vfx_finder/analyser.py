"""The analyser (orchestration): text in, decision out, joining the nlp and decide stages.

Loads the rules, the policy and the pipeline once; used in-process and by worker
processes. Two cheap exits give a report the decision the full pipeline would give
it (nlp/prefilter.py): the vocabulary pre-filter and, after the target matcher, the
early exit when every entity is of a category the decision always ignores.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from vfx_finder.decide import Decision, decide
from vfx_finder.nlp.medspacy_speedups import preload, speed_up_matchers
from vfx_finder.nlp.pipeline import build_nlp, extract_mentions, split_after_targets
from vfx_finder.nlp.prefilter import (
    ascii_safe,
    ascii_twin,
    compile_anatomy_gate,
    compile_prefilter,
    compile_prefilter_ascii,
    could_match,
    prefilter_literals,
)
from vfx_finder.nlp.sentences import join_wrapped_lines
from vfx_finder.policy import policy_from
from vfx_finder.rules import load_all
from vfx_finder.vocab import PREFILTER_REASON


def never_decisive(policy) -> frozenset[str]:
    """Target categories the decision always ignores on their own (look-alikes, mechanism, level corrections)."""
    return policy.role("look_alike") | policy.role("mechanism") | policy.role("level_correction")


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
        self.policy = policy_from(files)
        self.never_decisive = never_decisive(self.policy)
        self.nlp = build_nlp(files=files)
        speed_up_matchers(self.nlp)
        targets = files["targets.json"].rules
        self.prefilter = compile_prefilter(targets, self.never_decisive)
        self._prefilter_ascii = compile_prefilter_ascii(targets, self.never_decisive)
        self._prefilter_need = prefilter_literals(targets, self.never_decisive)
        self._split = split_after_targets(self.nlp)
        self._gate = compile_anatomy_gate(files, self.policy)
        twins = tuple(ascii_twin(p) for p in self._gate)
        self._gate_ascii = twins if all(twins) else None
        self.use_prefilter = use_prefilter
        self.rules = self.nlp.meta["vfx_rules"]

    def vocabulary_match(self, text: str) -> re.Match | None:
        """The first match of the vocabulary pre-filter (ASCII-mode twin where it is exact), or None."""
        if self._prefilter_ascii is not None and ascii_safe(text):
            if not could_match(self._prefilter_need, text.lower()):
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
        policy = self.policy
        if not self.use_prefilter or self._split is None:
            return decide(
                extract_mentions(self.nlp(text), policy), exam_name=exam_name, modality=modality, policy=policy
            )
        head, tail = self._split
        doc = self.nlp.make_doc(text)
        for _name, proc in head:
            doc = proc(doc)
        if all(ent.label_ in self.never_decisive for ent in doc.ents):
            # what the full run decides when every mention is ignored (no mention can be active)
            return decide([], exam_name=exam_name, modality=modality, policy=policy)
        for _name, proc in tail:
            doc = proc(doc)
        return decide(extract_mentions(doc, policy), exam_name=exam_name, modality=modality, policy=policy)

    def analyse(self, text: str, *, exam_name: str = "", modality: str = "") -> Decision:
        """The decision for one report text."""
        text = join_wrapped_lines(text)  # the pre-filter and the pipeline see the same normalised text
        if not self.needs_nlp(text):
            return Decision(finding="no_fracture", decided_by=PREFILTER_REASON)
        return self._decide(text, exam_name, modality)

    def analyse_screened(self, normalised: str, *, exam_name: str = "", modality: str = "") -> Decision:
        """``analyse`` for a text already normalised (``join_wrapped_lines``) that ``needs_nlp`` let through."""
        return self._decide(normalised, exam_name, modality)

    def analyse_many(self, items: Iterable[tuple[str, str, str]]) -> list[Decision]:
        """Decisions for (text, exam_name, modality) items, in order (doc by doc: no component batches)."""
        out: list[Decision] = []
        for text, exam_name, modality in items:
            out.append(self.analyse(text, exam_name=exam_name, modality=modality))
        return out
