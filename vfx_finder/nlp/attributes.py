"""``vfx_attributes``: link levels, anatomy and severity to each target mention.

Runs after medspaCy's target matcher and ConText. Linking is by nearest span within
the sentence: a level (or a list / range of levels) belongs to the nearest
mention; a severity word belongs to the mention it directly precedes (no comma
or "and" between), a grade or percentage to the nearest mention. A mention's site
is the category of the nearest anatomy anchor in its sentence (levels count as
vertebral anchors); with none, the last anchor of earlier sentences carries over.
"""

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from vfx_finder.nlp.levels import LevelMention, parse_levels
from vfx_finder.nlp.prefilter import ascii_safe, ascii_twin, required_literals
from vfx_finder.nlp.sentences import doc_text
from vfx_finder.vocab import SEVERITY_RANK

#: the Span extensions vfx_attributes sets (declared in its factory's ``assigns``)
EXTENSIONS = ("vfx_levels", "vfx_negated_levels", "vfx_site", "vfx_severity", "vfx_grade", "vfx_pct")

for _name, _default in (
    ("vfx_levels", ()),
    ("vfx_negated_levels", ()),
    ("vfx_site", None),
    ("vfx_severity", ""),
    ("vfx_grade", None),
    ("vfx_pct", None),
):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=_default)

_GRADE_RE = re.compile(
    r"\b(?:genant\s+)?(?:grade|gr\.?|type)\s*(1|2|3|i{1,3})\b(?!\s*(?:disc|spondylolisthesis|anterolisthesis|retrolisthesis|listhesis|modic))|\bgenant\s*(1|2|3)\b",
    re.IGNORECASE,
)
_PCT_RE = re.compile(
    r"(?<![\d.])(?:(\d{1,2}(?:\.\d)?)\s*(?:-|–|to)\s*)?(\d{1,2}(?:\.\d)?)\s*(?:%|per\s?cent)", re.IGNORECASE
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3}
#: category roles (decision.json) whose mentions take levels: all but the mechanism of injury
_LEVEL_TAKER_ROLES = (
    "fracture_like",
    "non_fracture_deformity",
    "pathological",
    "posterior_elements",
    "look_alike",
    "level_correction",
)


def pct_to_severity(pct: float, cutoffs) -> tuple[str, int | None]:
    """(severity, Genant grade) of a height-loss percentage by the cut-offs of severity.json (below all: '', 0)."""
    for row in cutoffs:
        if pct > row["min_pct"] or (row["inclusive"] and pct >= row["min_pct"]):
            return row["severity"], row["grade"]
    return "", 0


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


def _link_gap(text: str, a: tuple[int, int], b: tuple[int, int]) -> int:
    """Distance for linking: characters between the spans, plus a penalty for clause punctuation between them."""
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    if hi <= lo:
        return 0
    between = text[lo:hi]
    return (
        (hi - lo)
        + 100 * between.count(";")
        + 60 * between.count(":")
        + 12 * between.count(",")
        + 8 * len(re.findall(r"\b(?:and|with|while|whereas)\b", between))
    )


# "with L2 spared", "L3 is normal": a level named to say it is not involved
_NEG_LEVEL_AFTER = re.compile(
    r"\s*(?:vertebra(?:l\s+body)?\s+)?(?:is\s+|are\s+|being\s+|remains?\s+)?(?:spared|not\s+involved|uninvolved|unaffected|normal|intact|preserved)\b",
    re.IGNORECASE,
)


def _has(ent: Span, category: str) -> bool:
    return any(m.category == category for m in (getattr(ent._, "modifiers", ()) or ()))


def _is_negated(ent: Span) -> bool:
    return _has(ent, "NEGATED_EXISTENCE")


_ALTERNATIVES_BETWEEN = re.compile(
    r"\s*(?:,\s*)?(?:versus|vs\.?|or)\s+(?:an?\s+|the\s+)?(?:(?:mild|moderate|severe|minor|subtle|small|early|acute|chronic)\s+)*",
    re.IGNORECASE,
)
_NEG_LEVEL_BEFORE = re.compile(
    r"(?:\bnot|\brather\s+than|\binstead\s+of|\bnor|\bno\s+longer)\s+(?:at\s+|in\s+|of\s+)?(?:the\s+)?$", re.IGNORECASE
)
_POSTERIOR_AFTER_LEVEL = re.compile(
    r"\s+(?:(?:left|right|bilateral|inferior|superior|posterior|tip\s+of\s+the)\s+)*(?:transverse|spinous|articular|lamina|facet|pedicle|pars)",
    re.IGNORECASE,
)


def compile_anatomy(rules: list[dict]) -> list[tuple[str, re.Pattern]]:
    """One case-insensitive union regex per anatomy category, in first-seen order."""
    by_cat: dict[str, list[str]] = {}
    for r in rules:
        by_cat.setdefault(r["category"], []).append(r.get("regex") or re.escape(r["literal"]))
    return [(cat, re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE)) for cat, pats in by_cat.items()]


@Language.factory(
    "vfx_attributes",
    requires=["doc.ents", "doc.sents", "span._.modifiers"],
    assigns=[f"span._.{name}" for name in EXTENSIONS],
    default_config={"anatomy": [], "policy": {}},
)
def make_attributes(nlp: Language, name: str, *, anatomy: list[dict], policy: dict) -> "AttributeLinker":
    """The vfx_attributes component (anatomy rules and the severity / role policy from the patterns folder)."""
    return AttributeLinker(anatomy=anatomy, policy=policy)


class AttributeLinker:
    """Links levels, anatomy site and severity to each target mention (see the module docstring)."""

    def __init__(self, *, anatomy: list[dict], policy: dict) -> None:
        self.anatomy = compile_anatomy(anatomy)
        roles = policy["category_roles"]
        self.fracture_like = frozenset(roles["fracture_like"])
        self.level_takers = frozenset(c for role in _LEVEL_TAKER_ROLES for c in roles[role])
        self.severity_words = {k.lower(): v for k, v in policy["severity_words"].items()}
        self.grade_severity = {int(k): v for k, v in policy["grade_severity"].items()}
        self.cutoffs = tuple(policy["genant_cutoffs"])
        self.always_severe = re.compile(policy["always_severe"], re.IGNORECASE)
        self._sev_word_re = re.compile(
            r"\b(" + "|".join(sorted((re.escape(w) for w in self.severity_words), key=len, reverse=True)) + r")\b",
            re.IGNORECASE,
        )
        # For ASCII text: the ASCII-mode twin of each anatomy regex (identical matches there, ~35%
        # faster) and the literals one of which any of its matches contains (see prefilter.required_literals).
        self._anatomy_ascii = [(cat, ascii_twin(rx) or rx, required_literals(rx)) for cat, rx in self.anatomy]

    def __call__(self, doc: Doc) -> Doc:
        """Set levels, anatomy, severity and acuity on every target of the doc."""
        ents = list(doc.ents)
        if not ents:
            return doc
        text = doc_text(doc)
        if ascii_safe(text):
            lowered = text.lower()
            # a category none of whose required literals occurs in the report cannot match in any sentence
            anatomy = [
                (cat, rx) for cat, rx, need in self._anatomy_ascii if need is None or any(s in lowered for s in need)
            ]
        else:
            anatomy = self.anatomy

        def levels_of(s0: int, stext: str) -> list[LevelMention]:
            return [LevelMention(m.start + s0, m.end + s0, m.levels, m.text) for m in parse_levels(stext)]

        def anatomy_of(s0: int, stext: str) -> list[tuple[int, int, str]]:
            found: list[tuple[int, int, str]] = []
            for cat, rx in anatomy:
                found.extend((m.start() + s0, m.end() + s0, cat) for m in rx.finditer(stext))
            return found

        def carried_by(sent) -> str | None:
            """What a sentence without entities does to carried_site (None: leaves it as it was)."""
            s0 = sent.start_char
            stext = text[s0 : sent.end_char]
            if levels_of(s0, stext):
                return "VERTEBRAL"
            found = anatomy_of(s0, stext)
            return sorted(found)[-1][2] if found else None

        by_sent: dict[int, list[Span]] = {}
        for ent in ents:
            by_sent.setdefault(ent.sent.start, []).append(ent)
        last_ent_sent = max(by_sent)
        # Sentences without entities only feed carried_site (their last anchor) and pending_levels (the
        # levels of the sentence just before an entity sentence); they are read lazily, only when an
        # entity sentence needs them. Sentences after the last entity sentence are never read.
        carried_site: str | None = None  # as it stands after the last entity sentence handled
        quiet: list = []  # sentences without entities since the last entity sentence, in order
        for sent in doc.sents:
            if sent.start > last_ent_sent:
                break
            sent_ents = by_sent.get(sent.start)
            if not sent_ents:
                quiet.append(sent)
                continue
            s0, s1 = sent.start_char, sent.end_char
            prev_end = doc[sent.start - 1].idx if sent.start else 0
            stext = text[s0:s1]
            levels = levels_of(s0, stext)
            # a level that names a posterior element ("L4 inferior facet") is not a vertebral-body anchor
            anchors: list[tuple[int, int, str]] = [
                (m.start, m.end, "VERTEBRAL") for m in levels if not _POSTERIOR_AFTER_LEVEL.match(text, m.end)
            ]
            anchors.extend(anatomy_of(s0, stext))
            # "Irregularity of the superior endplate of T12; a fracture cannot be excluded" and label
            # lines such as "T12:" give their levels to a level-less mention in the next sentence
            pending_levels: tuple[str, ...] = ()
            if quiet:
                q = quiet[-1]
                pending_levels = tuple(
                    lv for m in levels_of(q.start_char, text[q.start_char : q.end_char]) for lv in m.levels
                )
            if not anchors:
                for q in reversed(quiet):  # the latest quiet sentence that sets carried_site wins
                    value = carried_by(q)
                    if value is not None:
                        carried_site = value
                        break
            quiet = []
            takers = [e for e in sent_ents if e.label_ in self.level_takers]
            linked: dict[int, list[str]] = {id(e): [] for e in sent_ents}
            negated: dict[int, list[str]] = {id(e): [] for e in sent_ents}
            for lm in levels:
                if not takers:
                    break
                best = min(
                    takers,
                    key=lambda e: (
                        _link_gap(text, (e.start_char, e.end_char), (lm.start, lm.end)),
                        e.start_char > lm.start,
                    ),
                )
                if _NEG_LEVEL_BEFORE.search(text[max(s0, lm.start - 20) : lm.start]) or _NEG_LEVEL_AFTER.match(
                    text, lm.end, s1
                ):
                    negated[id(best)].extend(lm.levels)  # "at L1, not T12"
                else:
                    linked[id(best)].extend(lm.levels)
            if pending_levels and not levels and "\n\n" not in text[prev_end:s0]:
                for e in takers:
                    if e.label_ in self.fracture_like:
                        linked[id(e)].extend(pending_levels)
            # "T11 marrow oedema without height loss, possibly an occult fracture": the level went to the
            # negated "height loss"; the sentence's positive fracture mention with no level of its own
            # speaks of the same vertebra
            for e in takers:
                if linked[id(e)] and e.label_ in self.fracture_like and _is_negated(e):
                    for f in takers:
                        if (
                            f is not e
                            and f.label_ in self.fracture_like
                            and not linked[id(f)]
                            and (not _is_negated(f) or _has(f, "POSSIBLE_EXISTENCE"))
                        ):
                            linked[id(f)] = list(linked[id(e)])
            # "compression deformity versus Schmorl's node at L1": two readings of one finding share its levels
            for a, b in zip(takers, takers[1:]):
                if _ALTERNATIVES_BETWEEN.fullmatch(text[a.end_char : b.start_char]):
                    if linked[id(a)] and not linked[id(b)]:
                        linked[id(b)] = list(linked[id(a)])
                    elif linked[id(b)] and not linked[id(a)]:
                        linked[id(a)] = list(linked[id(b)])
            for e in sent_ents:
                e._.vfx_levels = tuple(linked.get(id(e), ()))
                e._.vfx_negated_levels = tuple(negated.get(id(e), ()))
                span = (e.start_char, e.end_char)
                if anchors:
                    near = min(anchors, key=lambda a: (_link_gap(text, span, (a[0], a[1])), a[2] != "VERTEBRAL"))
                    e._.vfx_site = near[2]
                else:
                    e._.vfx_site = carried_site and f"{carried_site}?"
            if anchors:
                carried_site = sorted(anchors)[-1][2]
            self._severity(stext, s0, [e for e in sent_ents if e.label_ in self.fracture_like])
        return doc

    def _severity(self, stext: str, s0: int, ents: list[Span]) -> None:
        if not ents:
            return
        cues: list[tuple[int, int, str, int | None, float | None, bool]] = []  # start, end, sev, grade, pct, is_word
        for m in self._sev_word_re.finditer(stext):
            cues.append((m.start() + s0, m.end() + s0, self.severity_words[m.group(1).lower()], None, None, True))
        for m in _GRADE_RE.finditer(stext):
            raw = (m.group(1) or m.group(2)).lower()
            grade = _ROMAN.get(raw) or int(raw)
            cues.append((m.start() + s0, m.end() + s0, self.grade_severity[grade], grade, None, False))
        for m in _PCT_RE.finditer(stext):
            pct = float(m.group(2))
            sev, grade = pct_to_severity(pct, self.cutoffs)
            cues.append((m.start() + s0, m.end() + s0, sev, grade, pct, False))
        for ent in ents:
            if self.always_severe.search(ent.text):
                ent._.vfx_severity = "severe"
                ent._.vfx_grade = 3
        for start, end, sev, grade, pct, is_word in cues:
            best, best_gap = None, None
            for ent in ents:
                g = _gap((ent.start_char, ent.end_char), (start, end))
                if is_word:
                    if end <= ent.start_char:
                        between = stext[end - s0 : ent.start_char - s0]
                        if g > 40 or re.search(r"[,;:.]|\band\b|\bwith\b|\bof\b.*\bof\b", between):
                            continue
                    elif start >= ent.end_char:
                        between = stext[ent.end_char - s0 : start - s0]
                        if g > 25 or re.search(r"[;:.]|\band\b|\bwith\b", between):
                            continue
                elif g > 60:
                    continue
                if best_gap is None or g < best_gap:
                    best, best_gap = ent, g
            if best is None:
                continue
            if SEVERITY_RANK[sev] > SEVERITY_RANK[best._.vfx_severity]:
                best._.vfx_severity = sev
            if grade is not None and (best._.vfx_grade is None or grade > best._.vfx_grade):
                best._.vfx_grade = grade
            if pct is not None and (best._.vfx_pct is None or pct > best._.vfx_pct):
                best._.vfx_pct = pct
