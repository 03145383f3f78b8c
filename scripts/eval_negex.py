#!/usr/bin/env python3
"""Score the project's ConText rules on the NegEx test kit (negation and historical).

    PYTHONPATH=. python scripts/eval_negex.py                    # whole kit
    PYTHONPATH=. python scripts/eval_negex.py --split tune       # odd line numbers (tune on these)
    PYTHONPATH=. python scripts/eval_negex.py --split holdout    # even line numbers (report only)
    PYTHONPATH=. python scripts/eval_negex.py --errors /tmp/negex_errors.csv
    PYTHONPATH=. python scripts/eval_negex.py --rules medspacy-default   # baseline for comparison

Each kit row gives a ``condition`` and the ``sentence`` it came from. The
condition is marked as the only target (label ``CONDITION``) in the sentence,
the project's context pipeline runs (``build_context_nlp``: the vfx sentence
splitter and every patterns/context_*.json rule, exactly as the product loads
them) and ``mention_flags`` gives negated / historical, which are compared with
the gold ``negation_status`` (positive class Negated) and ``temporality``
(positive class Historical; "Not particular" counts as not historical).

Locating the condition (``locate``), in this order:

1. ``exact``: case-insensitive find of the condition. When it occurs more
   than once, the occurrence written in capitals wins (the kit writes the
   annotated instance in upper case: "Schizophrenia: ... long history of
   SCHIZOPHRENIA"), then the first whole-word one ("MI", not "adMIt").
2. ``whitespace``: the same with any run of white space matching any other
   run (a condition spaced differently from its sentence; no kit row needs it).
3. ``partial``: the kit sometimes cut the sentence inside the condition (the
   condition runs past the end or starts before the beginning of the sentence).
   The target is then the longest run of consecutive condition words found in
   the sentence. These rows are scored and counted ("located partially");
   ``--skip-partial`` leaves them out instead.
4. not located (no condition word in the sentence): the row is left out of
   the scores, counted and listed. None of the 2,376 rows is in this case.

The last line is always ``negation_f1=X historical_f1=Y`` (3 decimals).
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

_KIT_IN_SHARED = Path("external") / "negex" / "negex_annotations.csv"


def _default_kit() -> Path:
    """VFX_NEGEX_KIT, else ../shared/ beside the repository (as in CI), else /work/shared/."""
    if os.environ.get("VFX_NEGEX_KIT"):
        return Path(os.environ["VFX_NEGEX_KIT"])
    beside = ROOT.parent / "shared" / _KIT_IN_SHARED
    return beside if beside.is_file() else Path("/work/shared") / _KIT_IN_SHARED


DEFAULT_KIT = _default_kit()
TARGET_LABEL = "CONDITION"
SPLITS = ("all", "tune", "holdout")


# --------------------------------------------------------------------------- target location
def _ws_pattern(words: list[str]) -> re.Pattern:
    return re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)


def _is_word_edge(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() and text[start].isalnum()) and not (after.isalnum() and text[end - 1].isalnum())


def locate(condition: str, sentence: str) -> tuple[int, int, str] | None:
    """Character span of ``condition`` in ``sentence`` and how it was found.

    Returns ``(start, end, how)`` with how in exact / whitespace / partial, or
    None when no word of the condition is in the sentence. When the condition
    occurs more than once, the kit's convention decides: the annotated instance
    is written in CAPITALS in the sentence, so an occurrence whose text is the
    upper-cased condition wins; then the first whole-word occurrence; then the
    first occurrence of any kind.
    """
    cond = condition.strip()
    if not cond:
        return None
    low, cl = sentence.lower(), cond.lower()
    hits, i = [], low.find(cl)
    while i >= 0:
        hits.append(i)
        i = low.find(cl, i + 1)
    if hits:
        n = len(cond)
        whole = [h for h in hits if _is_word_edge(sentence, h, h + n)]
        capital = [h for h in whole if sentence[h : h + n] == cond.upper()]
        h = (capital or whole or hits)[0]
        return h, h + n, "exact"
    words = cond.split()
    m = _ws_pattern(words).search(sentence)
    if m:
        return m.start(), m.end(), "whitespace"
    # partial: the longest run of consecutive condition words present in the sentence
    # (whole-token match so that "p.o." does not hit inside another word)
    best: tuple[int, int, int] | None = None  # (n_words, start, end)
    n = len(words)
    for length in range(n - 1, 0, -1):
        for s in range(0, n - length + 1):
            run = words[s : s + length]
            if not any(ch.isalnum() for ch in "".join(run)):
                continue
            pat = re.compile(r"(?<![A-Za-z0-9])" + _ws_pattern(run).pattern + r"(?![A-Za-z0-9])", re.IGNORECASE)
            m = pat.search(sentence)
            if m:
                best = (length, m.start(), m.end())
                break
        if best:
            break
    if best:
        return best[1], best[2], "partial"
    return None


# --------------------------------------------------------------------------- the kit
@dataclass
class Row:
    line_number: int
    condition: str
    sentence: str
    negation_status: str
    temporality: str

    @property
    def gold_negated(self) -> bool:
        return self.negation_status == "Negated"

    @property
    def gold_historical(self) -> bool:
        return self.temporality == "Historical"


def load_kit(path: Path = DEFAULT_KIT, split: str = "all") -> list[Row]:
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}")
    rows = []
    with Path(path).open(newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            ln = int(r["line_number"])
            if split == "tune" and ln % 2 == 0:
                continue
            if split == "holdout" and ln % 2 == 1:
                continue
            rows.append(Row(ln, r["condition"], r["sentence"], r["negation_status"].strip(), r["temporality"].strip()))
    return rows


# --------------------------------------------------------------------------- pipelines
def build_project_nlp(patterns_dir: Path | None = None):
    from vfx_finder.nlp.pipeline import build_context_nlp

    return build_context_nlp(patterns_dir)


def build_medspacy_default_nlp():
    """Same sentence splitter and target marking, medspaCy's packaged default ConText rules."""
    import spacy
    from medspacy.context import ConText  # noqa: F401  (registers medspacy_context)

    from vfx_finder.nlp import sentences as _sentences  # noqa: F401  (registers vfx_sentences)

    nlp = spacy.blank("en")
    nlp.add_pipe("vfx_sentences")
    nlp.add_pipe("medspacy_context", config={"rules": "default", "prune_on_modifier_overlap": True})
    return nlp


def mark_target(nlp, text: str, start: int, end: int, label: str = TARGET_LABEL):
    """A tokenised Doc whose only entity is the token span covering text[start:end] (expanded to tokens)."""
    doc = nlp.make_doc(text)
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is None or len(span) == 0:
        return doc, None
    doc.ents = [span]
    return doc, span


def run_pipeline(nlp, doc):
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


# --------------------------------------------------------------------------- scoring
@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, gold: bool, pred: bool) -> None:
        if gold and pred:
            self.tp += 1
        elif pred:
            self.fp += 1
        elif gold:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Result:
    split: str
    rows: int = 0
    scored: int = 0
    located: dict[str, int] = field(default_factory=lambda: {"exact": 0, "whitespace": 0, "partial": 0})
    partial_lines: list[int] = field(default_factory=list)
    unlocated_lines: list[int] = field(default_factory=list)
    skipped_partial: int = 0
    negation: Counts = field(default_factory=Counts)
    historical: Counts = field(default_factory=Counts)
    errors: list[dict] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def negation_f1(self) -> float:
        return self.negation.f1

    @property
    def historical_f1(self) -> float:
        return self.historical.f1


def _modifier_summary(ent) -> str:
    doc = ent.doc
    parts = []
    seen = set()
    for mod in getattr(ent._, "modifiers", ()) or ():
        ms, me = mod.modifier_span
        parts.append(f"{mod.category}:{doc[ms:me].text}")
        seen.add((ms, me, mod.category))
    graph = doc._.context_graph
    if graph is not None:
        for mod in graph.modifiers:
            ms, me = mod.modifier_span
            if ms <= ent.start and ent.end <= me and (ms, me, mod.category) not in seen:
                parts.append(f"{mod.category}:{doc[ms:me].text} (contains target)")
    return "; ".join(parts)


def evaluate(
    rows: list[Row],
    nlp=None,
    *,
    split: str = "all",
    skip_partial: bool = False,
    keep_errors: bool = False,
) -> Result:
    from vfx_finder.nlp.pipeline import mention_flags  # ignores modifiers inside the target (merged fix)

    nlp = nlp if nlp is not None else build_project_nlp()
    res = Result(split=split)
    t0 = time.perf_counter()
    for row in rows:
        res.rows += 1
        loc = locate(row.condition, row.sentence)
        if loc is None:
            res.unlocated_lines.append(row.line_number)
            continue
        start, end, how = loc
        res.located[how] += 1
        if how == "partial":
            res.partial_lines.append(row.line_number)
            if skip_partial:
                res.skipped_partial += 1
                continue
        doc, span = mark_target(nlp, row.sentence, start, end)
        if span is None:  # cannot happen with alignment_mode="expand" on a non-empty span
            res.unlocated_lines.append(row.line_number)
            continue
        doc = run_pipeline(nlp, doc)
        ent = doc.ents[0]
        flags = mention_flags(ent)
        res.scored += 1
        res.negation.add(row.gold_negated, flags["negated"])
        res.historical.add(row.gold_historical, flags["historical"])
        if keep_errors:
            for task, gold, pred, gold_label in (
                ("negation", row.gold_negated, flags["negated"], row.negation_status),
                ("historical", row.gold_historical, flags["historical"], row.temporality),
            ):
                if gold != pred:
                    res.errors.append(
                        {
                            "line_number": row.line_number,
                            "split": "tune" if row.line_number % 2 else "holdout",
                            "task": task,
                            "condition": row.condition,
                            "target": ent.text,
                            "located": how,
                            "gold": gold_label,
                            "predicted": ("Negated" if pred else "Affirmed")
                            if task == "negation"
                            else ("Historical" if pred else "not historical"),
                            "modifiers": _modifier_summary(ent),
                            "sentence": row.sentence,
                        }
                    )
    res.seconds = time.perf_counter() - t0
    return res


ERROR_FIELDS = [
    "line_number",
    "split",
    "task",
    "condition",
    "target",
    "located",
    "gold",
    "predicted",
    "modifiers",
    "sentence",
]


def write_errors(path: Path, errors: list[dict]) -> None:
    with Path(path).open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=ERROR_FIELDS)
        w.writeheader()
        w.writerows(errors)


def report(res: Result, rules: str, kit: Path) -> str:
    def block(name: str, positive: str, c: Counts) -> str:
        return (
            f"{name:<10} (positive = {positive}): precision {c.precision:.3f}  recall {c.recall:.3f}  "
            f"F1 {c.f1:.3f}   TP {c.tp}  FP {c.fp}  FN {c.fn}  TN {c.tn}  (gold positive {c.tp + c.fn})"
        )

    lines = [
        f"NegEx kit: {kit}",
        f"rules: {rules}   split: {res.split}   rows: {res.rows}   scored: {res.scored}   ({res.seconds:.1f}s)",
        "condition located: "
        + ", ".join(f"{k} {v}" for k, v in res.located.items())
        + f", not located {len(res.unlocated_lines)}",
    ]
    if res.partial_lines:
        what = "left out (--skip-partial)" if res.skipped_partial else "scored on the overlapping words"
        lines.append(
            f"  partial (sentence cut inside the condition), {what}: lines " + ", ".join(map(str, res.partial_lines))
        )
    if res.unlocated_lines:
        lines.append("  not located, left out of the scores: lines " + ", ".join(map(str, res.unlocated_lines)))
    lines.append(block("negation", "Negated", res.negation))
    lines.append(block("historical", "Historical", res.historical))
    lines.append(f"negation_f1={res.negation_f1:.3f} historical_f1={res.historical_f1:.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=SPLITS, default="all", help="all rows, tune = odd line_number, holdout = even")
    ap.add_argument("--errors", type=Path, help="write the disagreements to this CSV")
    ap.add_argument("--kit", type=Path, default=DEFAULT_KIT, help="negex_annotations.csv (or set VFX_NEGEX_KIT)")
    ap.add_argument("--patterns", type=Path, default=None, help="patterns folder (default: the project's)")
    ap.add_argument(
        "--rules",
        choices=("project", "medspacy-default"),
        default="project",
        help="project = patterns/context_*.json (default); medspacy-default = medspaCy's packaged rules (baseline)",
    )
    ap.add_argument("--skip-partial", action="store_true", help="leave partially located conditions out of the scores")
    args = ap.parse_args(argv)
    if not args.kit.is_file():
        print(f"NegEx kit not found: {args.kit}; pass --kit or set VFX_NEGEX_KIT", file=sys.stderr)
        return 2
    nlp = build_medspacy_default_nlp() if args.rules == "medspacy-default" else build_project_nlp(args.patterns)
    rows = load_kit(args.kit, args.split)
    res = evaluate(
        rows,
        nlp,
        split=args.split,
        skip_partial=args.skip_partial,
        keep_errors=bool(args.errors),
    )
    if args.errors:
        write_errors(args.errors, res.errors)
    out = report(res, args.rules, args.kit)
    if args.errors:
        out = out.replace("\nnegation ", f"\nerrors: {len(res.errors)} rows written to {args.errors}\nnegation ", 1)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
