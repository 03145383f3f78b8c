"""Vertebral level parser: single levels, D-notation, words, ranges, lists.

Never mistakes disc levels ("L4/5", "L4-5 disc"), T-scores ("T-score -2.5"),
MRI sequences ("T1", "T2 weighted", "T1 hypointense") or rib numbers for vertebrae.
Returns character spans so that a level can be linked to the nearest mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vfx_finder.vocab import ORDER, ORDER_INDEX, REGION_SIZE, join_levels, sort_levels

__all__ = ["ORDER", "ORDER_INDEX", "REGION_SIZE", "LevelMention", "join_levels", "parse_levels", "sort_levels"]

_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
    "sixth": 6,
    "6th": 6,
    "seventh": 7,
    "7th": 7,
    "eighth": 8,
    "8th": 8,
    "ninth": 9,
    "9th": 9,
    "tenth": 10,
    "10th": 10,
    "eleventh": 11,
    "11th": 11,
    "twelfth": 12,
    "12th": 12,
}
_REGION_WORDS = {"cervical": "C", "thoracic": "T", "dorsal": "T", "lumbar": "L", "sacral": "S"}

# a single level token: T12, T 12, D12, T-12 (not T-score), L1
_LEVEL = r"(?<![A-Za-z0-9/.])(Th\.?|[CTDLS])[ -]?(\d{1,2})(?![0-9]|\.\d|\s*/\s*\d|\s*/\s*[LS]\d)"
# MRI / other uses that follow a level-looking token
_NOT_LEVEL_AFTER = re.compile(
    r"\s*(?:-?\s*(?:weighted|w\b|wi\b|hyper|hypo|iso|signal|sequence|sequences|images?|imaging|flair|stir|fat|"
    r"post|pre|shine|relaxation|map|mapping|fs\b|tse|se\b|gre\b|score|-score|star|\*))",
    re.IGNORECASE,
)
_DISC_AFTER = re.compile(
    r"\s*(?:-|/)?\s*(?:intervertebral\s+)?(?:disc|disk|discs|disks|intervertebral|interspace|disc\s+space|facet|foramen|foramina|neural\s+foram)",
    re.IGNORECASE,
)
_DXA_AFTER = re.compile(
    r"\s*\)?\s*:?\s*(?:(?:total|lumbar|spine)\s+)?(?:[tz][\s-]?scores?\b|bmd\b|bone\s+(?:mineral\s+)?density|\d\.\d+\s*g\s*/\s*cm)",
    re.IGNORECASE,
)
_CRADS_BEFORE = re.compile(r"\bc-?rads\s*$", re.IGNORECASE)
_SEQUENCE_NAME = re.compile(r"[Tt][ -]?[12]")  # T1 / T2: also MRI sequences
_SIGNAL_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:fatty|fat|bright|dark|high|low|intermediate|normal|preserved|hypo\w*|hyper\w*|iso\w*)\s+$", re.IGNORECASE
)
_MARROW_SIGNAL_AFTER = re.compile(r"\s+marrow\s+signal", re.IGNORECASE)
_SIGNAL_ON_BEFORE = re.compile(
    r"\b(?:signal|intensity|intense|bright|dark|low|high|hypo\w*|hyper\w*|iso\w*|marrow|oedema|edema|fat\w*|"
    r"seen|visible|shown|appears?|enhanc\w*)\b[^.;\n]{0,25}\bon\s*$",
    re.IGNORECASE,
)
_DIABETES_AFTER = re.compile(r"(?:dm\b|\s*(?:diabet|dm\b))", re.IGNORECASE)
_COUNT_FROM_BEFORE = re.compile(
    r"\b(?:counting|counted|count|numbered|numbering)\s+(?:(?:down|up|caudally|cranially)\s+)?(?:from|with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_DIGIT_LABEL = re.compile(r"[DTP][ -]?[1-5]", re.IGNORECASE)
_HAND_WORD = (
    r"(?:phalan\w*|digits?|fingers?|toes?|hallux|thumb|metacarp\w*|metatars\w*|mc|mt|dip|pip|mcp|mtp|cmc|ip|nail)"
)
_HAND_FOOT_AFTER = re.compile(
    r"\s*(?:(?:proximal|middle|distal|terminal|base|head|shaft|of|the|left|right)\s+){0,3}" + _HAND_WORD + r"\b",
    re.IGNORECASE,
)
_HAND_FOOT_BEFORE = re.compile(r"\b" + _HAND_WORD + r"\b\W+(?:\w+\W+){0,2}$", re.IGNORECASE)
# "T11 and 12", "L2 and 3", "T6, 7 and 8": a bare number after a list word, same region
_BARE_NEXT = re.compile(
    r"(?:\s*,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*)(\d{1,2})\b(?![.,]\d|\s*(?:%|mm|cm|/|years?|yrs?|months?|weeks?|days?|x\b))"
)
# "T11/12 vertebrae", "T11/T12 vertebral bodies": a slash pair before a plural vertebra noun is two vertebrae
_SLASH_PAIR = re.compile(
    r"(?<![A-Za-z0-9/.])(Th\.?|[CTDL])[ -]?(\d{1,2})\s*/\s*(?:(?:Th\.?|[CTDL])[ -]?)?(\d{1,2})(?=\s+(?:vertebrae|vertebral\s+bodies)\b)",
    re.IGNORECASE,
)
_ODONTOID = re.compile(r"\b(?:odontoid(?:\s+(?:peg|process))?|dens)\b", re.IGNORECASE)
_SEP = r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*|\s+or\s+|\s*\+\s*)\s*"
_RANGE_SEP = r"\s*(?:-|–|—|to|through|thru)\s*"

_SINGLE_RE = re.compile(_LEVEL, re.IGNORECASE)
_RANGE_RE = re.compile(
    _LEVEL + _RANGE_SEP + r"(?:(Th\.?|[CTDLS])[ -]?)?(\d{1,2})(?![0-9]|\.\d|\s*/\s*\d)", re.IGNORECASE
)
_ORD = "(?:" + "|".join(_ORDINALS) + ")"
_WORD_RE = re.compile(
    r"\b(?:the\s+)?("
    + _ORD
    + r"(?:\s*(?:,|and|&|to|-|through)\s*(?:the\s+)?"
    + _ORD
    + r")*)\s+(cervical|thoracic|dorsal|lumbar|sacral)"
    r"(?:\s+(?:vertebra(?:e|l\s+bod(?:y|ies))?|vertebral|level|segment|body))?\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class LevelMention:
    """A level expression found in text: its span, the levels it names, its text."""

    start: int
    end: int
    levels: tuple[str, ...]
    text: str


def canonical(region: str, number: int) -> str | None:
    """'T12' from ('t', 12), D-notation read as T; None outside the region."""
    region = region.upper().rstrip(".")
    if region in ("D", "TH"):
        region = "T"
    if region not in REGION_SIZE or not 1 <= number <= REGION_SIZE[region]:
        return None
    return f"{region}{number}"


def expand(a: str, b: str) -> tuple[str, ...]:
    """Every level of the range a..b (either order); only the ends for an implausibly long range."""
    i, j = ORDER_INDEX[a], ORDER_INDEX[b]
    if i > j:
        i, j = j, i
    if j - i > 24:
        return (a, b)
    return tuple(ORDER[i : j + 1])


def _is_blocked(text: str, start: int, end: int) -> bool:
    after = text[end : end + 24]
    before = text[max(0, start - 12) : start]
    if _DIABETES_AFTER.match(after) or _COUNT_FROM_BEFORE.search(text[max(0, start - 40) : start]):
        return True  # "T2DM", "type 2 diabetes"; "counting from C2" (the start of a count)
    if _DIGIT_LABEL.fullmatch(text, start, end) and (
        _HAND_FOOT_AFTER.match(text, end) or _HAND_FOOT_BEFORE.search(text[max(0, start - 40) : start])
    ):
        return True  # "D5 proximal phalanx", "toe: T1 P1": a digit or phalanx label
    if _NOT_LEVEL_AFTER.match(after):
        return True
    if _DISC_AFTER.match(after):
        return True
    if re.search(r"(?:vitamin|vit\.?)\s*$", before, re.IGNORECASE):
        return True
    if re.search(r"\b(?:rib|ribs)\s*$", before, re.IGNORECASE):
        return True
    # DXA regions: "L1-L4 T-score -2.3", "Lumbar spine (L1-L4) BMD 0.85 g/cm2"
    if _DXA_AFTER.match(after):
        return True
    if _CRADS_BEFORE.search(before):
        return True  # CT colonography category "C-RADS C2"
    if (
        _SEQUENCE_NAME.fullmatch(text, start, end)
        and (
            _SIGNAL_ADJECTIVE_BEFORE.search(before)  # "preserved normal fatty T1 marrow signal"
            or _MARROW_SIGNAL_AFTER.match(after)
            or _SIGNAL_ON_BEFORE.search(
                text[max(0, start - 50) : start]
            )  # "fatty marrow signal on T1", "hypointense on T2"
        )
    ):
        return True
    # "T1 and T2 weighted", "T1/T2": a sequence pair
    if re.match(r"\s*(?:and|/|,|&)\s*T\d\s*(?:-?\s*weighted|w\b|signal|hyper|hypo)", after, re.IGNORECASE):
        return True
    if re.search(r"T\d\s*(?:and|/|,|&)\s*$", before, re.IGNORECASE) and re.search(
        r"(?:weighted|signal|sequence)", text[end : end + 30], re.IGNORECASE
    ):
        return True
    return False


def parse_levels(text: str) -> list[LevelMention]:
    """All vertebral level mentions in ``text``, lists merged into one mention, in text order."""
    found: list[tuple[int, int, tuple[str, ...]]] = []
    taken = [False] * (len(text) + 1)

    def free(s: int, e: int) -> bool:
        return not any(taken[s:e])

    def take(s: int, e: int, levels: tuple[str, ...]) -> None:
        for k in range(s, e):
            taken[k] = True
        found.append((s, e, levels))

    for m in _SLASH_PAIR.finditer(text):
        a, b = canonical(m.group(1), int(m.group(2))), canonical(m.group(1), int(m.group(3)))
        if a and b and ORDER_INDEX[b] - ORDER_INDEX[a] == 1:
            take(m.start(), m.end(), (a, b))
    for m in _RANGE_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        a = canonical(m.group(1), int(m.group(2)))
        region_b = m.group(3) or m.group(1)
        b = canonical(region_b, int(m.group(4)))
        if not a or not b:
            continue
        if _is_blocked(text, m.start(), m.end()):
            for k in range(m.start(), m.end()):
                taken[k] = True  # a DXA region or sequence pair: neither end is a level on its own
            continue
        # "L4-5" with a bare second number is a disc level unless nothing disc-like follows and it is a real range
        if m.group(3) is None and "-" in text[m.start() : m.end()]:
            if _DISC_AFTER.match(text[m.end() : m.end() + 20]):
                continue
            if ORDER_INDEX[b] - ORDER_INDEX[a] == 1 and re.search(
                r"\b(?:at|level|levels)\s*$", text[max(0, m.start() - 10) : m.start()], re.IGNORECASE
            ):
                continue  # "at L4-5": disc shorthand
        if ORDER_INDEX.get(b, -1) < ORDER_INDEX.get(a, -1) and m.group(3) is None:
            continue
        take(m.start(), m.end(), expand(a, b))
    for m in _WORD_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        region = _REGION_WORDS[m.group(2).lower()]
        words = re.findall(_ORD + r"|\bto\b|-|\bthrough\b", m.group(1), re.IGNORECASE)
        out: list[str] = []
        range_next = False
        for w in words:
            wl = w.lower()
            if wl in ("to", "-", "through"):
                range_next = True
                continue
            lvl = canonical(region, _ORDINALS[wl])
            if lvl is None:
                continue
            if range_next and out:
                out.extend(expand(out[-1], lvl)[1:])
            else:
                out.append(lvl)
            range_next = False
        if out:
            take(m.start(), m.end(), tuple(out))
    for m in _ODONTOID.finditer(text):
        if free(m.start(), m.end()):
            take(m.start(), m.end(), ("C2",))  # the odontoid peg (dens) is part of C2
    for m in _SINGLE_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        lvl = canonical(m.group(1), int(m.group(2)))
        if not lvl or _is_blocked(text, m.start(), m.end()):
            continue
        if re.match(r"\s*-\s*\d", text[m.end() : m.end() + 4]):
            continue  # the first half of a disc shorthand rejected above ("L4-5 disc")
        take(m.start(), m.end(), (lvl,))
    found.sort()
    # a bare number continuing a list of one region: "T11 and 12", "T6, 7 and 8"
    extra: list[tuple[int, int, tuple[str, ...]]] = []
    for _s, e, lv in found:
        last, pos = lv[-1], e
        while m := _BARE_NEXT.match(text, pos):
            n, prev_n = int(m.group(1)), int(last[1:])
            nxt = canonical(last[0], n)
            if nxt is None or not prev_n < n <= prev_n + 4 or not free(m.start(1), m.end(1)):
                break
            extra.append((m.start(1), m.end(1), (nxt,)))
            last, pos = nxt, m.end(1)
    found = sorted(found + extra)
    # merge lists: "T6, T7 and T8", "T11 and L1"
    merged: list[LevelMention] = []
    for s, e, lv in found:
        if merged:
            prev = merged[-1]
            gap = text[prev.end : s]
            if re.fullmatch(_SEP, gap, re.IGNORECASE) or re.fullmatch(r"\s*,\s*", gap):
                merged[-1] = LevelMention(prev.start, e, prev.levels + lv, text[prev.start : e])
                continue
        merged.append(LevelMention(s, e, lv, text[s:e]))
    return merged
