"""Model inputs: the report's spine-related sentences (spaCy-free) and one-hot-ready features of the rule decision.

A report becomes one row with a ``spine_text`` column (the sentences that mention spine or
fracture vocabulary, with one neighbour either side, lower-cased and lightly normalised) and
``r_*`` columns describing what the rules decided (finding, the deciding category and reason,
levels, severity, acuity, exclusion, non-fracture causes). Cheap: one regex split and one
regex search per sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

TEXT_COLUMN = "spine_text"
RULE_COLUMNS: tuple[str, ...] = (
    "r_finding",
    "r_decided_category",
    "r_decided_reason",
    "r_levels",
    "r_severity",
    "r_acuity",
    "r_exclusion",
    "r_causes",
)

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?;])\s+|\n+")
_VOCABULARY = re.compile(
    r"spin|vertebr|thoracic|lumbar|dorsal|cervical|sacr|\b[tlcds]\s?-?\d{1,2}\b|fractur|wedg|collaps|compress|crush"
    r"|height|deformi|plana|end-?plate|schmorl|scheuermann|kyph|plasty|biconcav|codfish|osteopor|insufficien|genant"
    r"|\bvfa\b|limbus|butterfly|hemivertebra|metasta|myelom|lytic|pars\b|spondyl|scolio|burst|concav|vertebra",
    re.IGNORECASE,
)
#: the same test as ``_VOCABULARY`` on a lower-cased sentence, ~5x faster: substring checks, then a small regex
_VOCABULARY_WORDS: tuple[str, ...] = (
    "fractur", "vertebr", "spin", "thoracic", "lumbar", "dorsal", "cervical", "sacr", "wedg", "collaps",
    "compress", "crush", "height", "deformi", "plana", "endplate", "end-plate", "schmorl", "scheuermann",
    "kyph", "plasty", "concav", "codfish", "osteopor", "insufficien", "genant", "limbus", "butterfly",
    "metasta", "myelom", "lytic", "spondyl", "scolio", "burst",
)  # fmt: skip
_VOCABULARY_REST = re.compile(r"\b[tlcds]\s?-?\d{1,2}\b|\bvfa\b|pars\b")
_LEVEL = re.compile(r"\b[tlcds]\s?-?\d{1,2}\b", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_PARENS = re.compile(r"\([^)]*\)|'[^']*'")
_SPACE = re.compile(r"\s+")


def has_vocabulary(sentence: str) -> bool:
    """Whether a sentence has spine or fracture vocabulary (``_VOCABULARY``, case-insensitive)."""
    low = sentence.lower()
    return any(w in low for w in _VOCABULARY_WORDS) or _VOCABULARY_REST.search(low) is not None


def spine_window(text: str, *, context: int = 1) -> str:
    """The sentences with spine / fracture vocabulary (and ``context`` neighbours each side), normalised.

    Normalised: lower case, vertebral levels -> ``vlevel``, digits -> ``0``, ``?`` -> `` qmark ``.
    Empty when the report has no such sentence.
    """
    sentences = [s for s in _SENTENCE_SPLIT.split(text or "") if s and s.strip()]
    keep: set[int] = set()
    for i, s in enumerate(sentences):
        if has_vocabulary(s):
            keep.update(range(max(0, i - context), min(len(sentences), i + context + 1)))
    window = " \n ".join(sentences[i] for i in sorted(keep))
    window = _LEVEL.sub(" vlevel ", window)
    window = _DIGITS.sub("0", window).replace("?", " qmark ")
    return _SPACE.sub(" ", window).strip().lower()


def _decided(decided_by: str) -> tuple[str, str]:
    """(category, reason) of a rule decision's ``decided_by`` text, without rule names or quoted words."""
    text = (decided_by or "").strip()
    if not text:
        return "none", "none"
    head, sep, reason = text.partition(": ")
    category = head.split(" ", 1)[0] if sep and head.split(" ", 1)[0].isupper() else ""
    if not category:
        return "other", _SPACE.sub(" ", _PARENS.sub("", text)).strip().lower()[:60]
    return category, _SPACE.sub(" ", _PARENS.sub("", reason)).strip().lower()[:60] or "none"


def rule_features(row: Mapping[str, str]) -> dict[str, str]:
    """Categorical features of a rule decision row (``Decision.as_row()`` plus ``decided_by``)."""
    category, reason = _decided(str(row.get("decided_by", "") or ""))
    levels = [lv for lv in str(row.get("levels", "") or "").split(";") if lv]
    exclusion = str(row.get("exclusion_reason", "") or "").strip().lower()
    return {
        "r_finding": str(row.get("finding", "") or "none"),
        "r_decided_category": category,
        "r_decided_reason": reason,
        "r_levels": "none" if not levels else ("one" if len(levels) == 1 else "several"),
        "r_severity": str(row.get("severity", "") or "none"),
        "r_acuity": str(row.get("acuity", "") or "none"),
        "r_exclusion": exclusion.split(" ", 1)[0] if exclusion else "none",
        "r_causes": "yes" if str(row.get("non_fracture_causes", "") or "").strip() else "none",
    }


def report_features(text: str, row: Mapping[str, str]) -> dict[str, str]:
    """One model input row for a report: its spine window and the rule features."""
    return {TEXT_COLUMN: spine_window(text), **rule_features(row)}


def features_frame(texts: Iterable[str], rows: Iterable[Mapping[str, str]]) -> pd.DataFrame:
    """The model's input frame for reports given as parallel texts and rule decision rows (pandas: training only)."""
    import pandas as pd

    records = [report_features(t, r) for t, r in zip(texts, rows, strict=True)]
    return pd.DataFrame.from_records(records, columns=[TEXT_COLUMN, *RULE_COLUMNS])
