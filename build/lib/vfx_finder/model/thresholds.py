"""Choosing the second reader's thresholds and measuring what it adds over the rules.

Definitions (docs/SECOND_READER.md):
- a report is *scored* when it passed the rules' pre-filter (others are never scored);
- a *second-reader flag*: a scored report the rules call negative (not fracture / possible_fracture)
  with probability >= threshold; a flag is *correct* when the report is gold positive;
- *recall gained*: correct flags / gold-positive reports (what the rules alone missed and the model caught);
- *review cost*: flags per 1,000 reports processed;
- *low confidence*: a report the rules call positive with probability < low_threshold.
"""

from __future__ import annotations

import numpy as np

#: the a-priori threshold rule: the lowest threshold whose flags are right at least this often
MIN_FLAG_PRECISION = 0.5
#: and that yields at least this many flags on the training folds (fewer is noise)
MIN_FLAGS = 3
#: threshold meaning "never flag" (the model adds nothing)
NEVER = 1.01


def _arrays(prob, gold_pos, rule_pos, scored):
    prob = np.asarray(prob, dtype=float)
    gold = np.asarray(gold_pos, dtype=bool)
    rule = np.asarray(rule_pos, dtype=bool)
    sc = np.ones_like(gold) if scored is None else np.asarray(scored, dtype=bool)
    return prob, gold, rule, sc


def choose_threshold(
    prob, gold_pos, rule_pos, scored=None, *, min_precision: float = MIN_FLAG_PRECISION, min_flags: int = MIN_FLAGS
) -> float:
    """The lowest probability at which second-reader flags (rule-negative, scored) are right >= ``min_precision``.

    Chosen on out-of-fold probabilities of the training data only. ``NEVER`` when no threshold qualifies.
    """
    prob, gold, rule, sc = _arrays(prob, gold_pos, rule_pos, scored)
    cand = sc & ~rule
    p, g = prob[cand], gold[cand]
    order = np.argsort(-p, kind="stable")
    p, g = p[order], g[order]
    best = NEVER
    hits = 0
    for i in range(len(p)):
        hits += int(g[i])
        n = i + 1
        if i + 1 < len(p) and p[i + 1] == p[i]:
            continue  # ties: a threshold flags all of them
        if n >= min_flags and hits / n >= min_precision:
            best = float(p[i])
    return best


def choose_low_threshold(prob, gold_pos, rule_pos, scored=None, *, min_precision: float = MIN_FLAG_PRECISION) -> float:
    """The highest probability below which rule-positive reports are gold negative >= ``min_precision`` of the time.

    0.0 (never mark low confidence) when no threshold qualifies.
    """
    prob, gold, rule, sc = _arrays(prob, gold_pos, rule_pos, scored)
    cand = sc & rule
    p, g = prob[cand], gold[cand]
    order = np.argsort(p, kind="stable")
    p, g = p[order], g[order]
    best = 0.0
    wrong = 0
    for i in range(len(p)):
        wrong += int(not g[i])
        n = i + 1
        if i + 1 < len(p) and p[i + 1] == p[i]:
            continue
        if n >= MIN_FLAGS and wrong / n >= min_precision:
            # half-way to the next rule-positive report's probability: marks p[i] and below only
            best = float((p[i] + p[i + 1]) / 2) if i + 1 < len(p) else float(p[i]) + 1e-6
    return best


def second_reader_counts(prob, gold_pos, rule_pos, scored=None, *, threshold: float, low_threshold: float = 0.0):
    """Counts for one set at the given thresholds (see the module docstring)."""
    prob, gold, rule, sc = _arrays(prob, gold_pos, rule_pos, scored)
    flags = sc & ~rule & (prob >= threshold)
    low = sc & rule & (prob < low_threshold)
    return {
        "processed": int(len(prob)),
        "scored": int(sc.sum()),
        "gold_positive": int(gold.sum()),
        "rule_true_positive": int((rule & gold).sum()),
        "rule_missed": int((~rule & gold).sum()),
        "flagged": int(flags.sum()),
        "flagged_correct": int((flags & gold).sum()),
        "flagged_wrong": int((flags & ~gold).sum()),
        "low_confidence": int(low.sum()),
        "low_confidence_rule_wrong": int((low & ~gold).sum()),
    }
