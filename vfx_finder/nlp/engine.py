"""The analyser: text in, decision out. Loads the pipeline once; used in-process and by worker processes.

A cheap pre-filter built from the target rules themselves skips reports that
contain none of the vocabulary a non-``no_fracture`` decision needs, so a report
without spine or fracture words never enters spaCy. Because the filter is the
union of the same regular expressions the target matcher uses, it can only skip
reports the full pipeline would also call ``no_fracture`` (a test checks this on
the whole dev set).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from vfx_finder.decide import Decision, decide
from vfx_finder.nlp.pipeline import build_nlp, extract_mentions
from vfx_finder.nlp.rules import load_all

#: target categories that can make a report anything but no_fracture
DECISIVE = ("FRACTURE", "FRACTURE_GENERIC", "DEFORMITY", "NON_FRACTURE", "POSTERIOR", "PATHOLOGICAL")


def compile_prefilter(target_rules) -> re.Pattern:
    parts = [r.get("regex") or re.escape(r["literal"]) for r in target_rules if r["category"] in DECISIVE]
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


class Analyser:
    def __init__(self, patterns_dir: Path | None = None, *, use_prefilter: bool = True) -> None:
        files = load_all(patterns_dir)
        self.nlp = build_nlp(files=files)
        self.prefilter = compile_prefilter(files["targets.json"].rules)
        self.use_prefilter = use_prefilter
        self.rules = self.nlp.meta["vfx_rules"]

    def needs_nlp(self, text: str) -> bool:
        return not self.use_prefilter or self.prefilter.search(text) is not None

    def analyse(self, text: str, *, exam_name: str = "", modality: str = "") -> Decision:
        if not self.needs_nlp(text):
            return Decision(finding="no_fracture", decided_by="pre-filter: no spine or fracture vocabulary")
        doc = self.nlp(text)
        return decide(extract_mentions(doc), exam_name=exam_name, modality=modality)

    def analyse_many(self, items: Iterable[tuple[str, str, str]], *, batch_size: int = 64) -> list[Decision]:
        """Decisions for (text, exam_name, modality) items, in order; spaCy batches the ones that need it."""
        items = list(items)
        out: list[Decision | None] = [None] * len(items)
        todo = []
        for i, (text, _exam, _mod) in enumerate(items):
            if self.needs_nlp(text):
                todo.append(i)
            else:
                out[i] = Decision(finding="no_fracture", decided_by="pre-filter: no spine or fracture vocabulary")
        docs = self.nlp.pipe((items[i][0] for i in todo), batch_size=batch_size)
        for i, doc in zip(todo, docs):
            out[i] = decide(extract_mentions(doc), exam_name=items[i][1], modality=items[i][2])
        return out  # type: ignore[return-value]
