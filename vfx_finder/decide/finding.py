"""The report-level decision.

Each mention gets a status (one of the findings, or ``ignored`` with a reason);
the report's finding is the status with the highest precedence (docs/LABELLING.md,
patterns/decision.json): fracture > possible_fracture > excluded >
non_fracture_deformity > no_fracture. Mentions in the clinical question, negated or
hypothetical ones, look-alike phrases and non-vertebral sites are ignored. An
addendum that corrects the report wins.

This module is the control flow only. What categories, sections and wordings mean
is clinical policy read from patterns/ (:class:`vfx_finder.policy.Policy`): roles
such as ``fracture_like`` or ``pathological``, wordings such as ``artefact`` or
``bare_denial``, and rule ids. No spaCy: decide imports only the base layer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vfx_finder.policy import Policy, load_policy
from vfx_finder.vocab import FINDINGS, POSITIVE, SEVERITY_RANK, Mention, join_levels, sort_levels

__all__ = ["FINDINGS", "Decision", "MentionStatus", "decide", "is_spine_exam"]

# the reason of a fracture excluded by a pathological cue at one of its own levels (carried to that vertebra)
_SAME_LEVEL = "at the same level"


def is_spine_exam(exam_name: str = "", modality: str = "", policy: Policy | None = None) -> bool:
    """Whether the exam name or modality is about the spine (wording 'spine_exam')."""
    policy = policy or load_policy()
    return bool(policy.wording["spine_exam"].search(f"{exam_name} {modality}"))


@dataclass
class MentionStatus:
    """A mention's status (a finding, or "ignored") and why."""

    mention: Mention
    status: str  # a finding, or "ignored"
    reason: str


@dataclass
class Decision:
    """A report's finding with its levels, severity, acuity, evidence and every mention's status."""

    finding: str
    levels: list[str] = field(default_factory=list)
    severity: str = ""
    genant_grade: int | None = None
    height_loss_pct: float | None = None
    acuity: str = ""
    fracture_count: int = 0
    non_fracture_causes: list[str] = field(default_factory=list)
    exclusion_reason: str = ""
    evidence: str = ""
    decided_by: str = ""
    statuses: list[MentionStatus] = field(default_factory=list)

    def as_row(self) -> dict[str, str]:
        """The decision's columns of report_findings (strings)."""
        return {
            "finding": self.finding,
            "levels": join_levels(self.levels),
            "severity": self.severity,
            "genant_grade": "" if self.genant_grade is None else str(self.genant_grade),
            "height_loss_pct": "" if self.height_loss_pct is None else f"{self.height_loss_pct:g}",
            "acuity": self.acuity,
            "fracture_count": str(self.fracture_count),
            "non_fracture_causes": ";".join(self.non_fracture_causes),
            "exclusion_reason": self.exclusion_reason,
            "evidence": self.evidence,
        }


def _compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two mentions in one sentence refer to the same vertebrae if either has no level or they share one."""
    return not a or not b or bool(set(a) & set(b))


def _classify(
    m: Mention,
    sentence_peers: list[Mention],
    trauma: Mention | None,
    spine_exam: bool,
    later: list[Mention],
    policy: Policy,
) -> tuple[str, str]:
    cat = m.category
    role = policy.role
    fracture_like = role("fracture_like")
    not_vertebral = policy.site("not_vertebral")
    if cat in role("look_alike"):
        return "ignored", f"look-alike phrase ({m.rule})"
    if cat in role("mechanism"):
        return "ignored", "mechanism of injury (applies to the report's fractures)"
    if cat in role("level_correction"):
        return "ignored", "level correction (applies to the report's fractures)"
    if m.section in policy.ignored_sections and not _stated_history(m, policy):
        return "ignored", policy.ignored_sections[m.section]
    if m.hypothetical:
        return "ignored", "hypothetical"
    if m.negated and not (m.uncertain and cat in fracture_like):
        return "ignored", "negated"
    if cat in role("non_fracture_deformity"):
        return "non_fracture_deformity", f"non-fracture deformity ({m.rule})"
    if cat in role("posterior_elements"):
        return "excluded", f"posterior elements only ({m.rule})"
    if cat in role("pathological"):
        if (m.site or "").rstrip("?") in not_vertebral:
            return "ignored", f"not a vertebra (nearest anatomy: {m.site.rstrip('?').lower()})"
        if policy.wording["compound_pathological"].search(m.text) and not m.uncertain:
            return "excluded", f"pathological ({m.text.lower()})"
        return "ignored", "exclusion cue (applies to fractures in its sentence)"
    if cat not in fracture_like:
        return "ignored", f"unknown category {cat}"
    site = (m.site or "").rstrip("?")
    if site in not_vertebral:
        return "ignored", f"not a vertebra (nearest anatomy: {site.lower()})"
    if site in policy.site("posterior"):
        return "excluded", "posterior elements only"
    if m.site is None and cat in role("vague_deformity") and not spine_exam:
        return "ignored", "no vertebral anatomy in the report"
    if m.non_fracture_cause:
        causes = [text for c, text in m.modifiers if c == "NON_FRACTURE_CAUSE"]
        if m.uncertain and policy.wording["alternative_in_sentence"].search(m.sentence):
            # "compression deformity versus Schmorl's node", "may represent a Schmorl's node or mild fracture"
            return "possible_fracture", "a fracture is in the differential ('versus' a non-fracture cause)"
        if causes and all(policy.wording["artefact"].search(text) for text in causes):
            return "ignored", "an artefact of projection / positioning, not a deformity"
        return "non_fracture_deformity", "deformity attributed to a non-fracture cause"
    for p in sentence_peers:
        if p is m or p.negated or p.hypothetical:
            continue
        if (
            p.category in role("non_fracture_deformity")
            and cat in role("vague_deformity")
            and _compatible(m.levels, p.levels)
        ):
            return "non_fracture_deformity", f"deformity explained by {p.rule}"
    for p in sentence_peers:
        if p is m or p.negated or p.hypothetical or p.uncertain or p.category not in role("pathological"):
            continue
        if (p.site or "").rstrip("?") in not_vertebral:
            continue  # "T12 wedge fracture and liver metastases": the cue is about another organ
        if p.levels and m.levels:
            if set(p.levels) & set(m.levels):
                return "excluded", f"pathological ({p.text.lower()}) {_SAME_LEVEL}"
        elif _nearest(p, sentence_peers, policy) is m or (
            not p.levels and _cue_covers_sentence(p, m, sentence_peers, policy)
        ):
            return "excluded", f"pathological ({p.text.lower()})"
    if trauma is not None and _caused_by_mechanism(m, policy):
        return "excluded", f"high-energy trauma ({trauma.text.lower()})"
    if m.uncertain:
        return "possible_fracture", "fracture suspected, not asserted"
    for p in [*sentence_peers, *later]:
        # "T10 height loss which may represent a fracture" (also across "; the appearance may represent ..."):
        # the later, hedged mention speaks of the same finding. A likely reading of a stated deformity
        # ("mild anterior wedging, likely an old osteoporotic fracture") leaves it asserted.
        if (
            p is not m
            and p.start > m.start
            and p.category in fracture_like
            and p.uncertain
            and not p.negated
            and _compatible(m.levels, p.levels)
            and not (m.category in role("vague_deformity") and _only_likely(p, policy))
        ):
            return "possible_fracture", "fracture suspected, not asserted (hedged later in the sentence)"
    return "fracture", "fracture asserted"


def _known_old(m: Mention, policy: Policy) -> bool:
    """Old / chronic / healed, a treated level, or stated in the patient's history (not a new fracture)."""
    return (
        m.historical
        or m.rule in policy.rule("treated_level")
        or bool(m.section and policy.wording["known_history_section"].fullmatch(m.section))
    )


def _caused_by_mechanism(m: Mention, policy: Policy) -> bool:
    """Whether the report's high-energy mechanism explains this fracture (issue 13 policy).

    An acute / new fracture is caused by it. An old, chronic, healed, treated or historical one
    is not, nor one of explicitly uncertain age ("age indeterminate") or one the report calls
    osteoporotic / insufficiency / fragility: those stay on the fragility pathway. A plain
    undated fracture in a trauma report is presumed caused by the trauma.
    """
    if m.acute:
        return True
    if _known_old(m, policy):
        return False
    if policy.wording["uncertain_age"].search(m.sentence) or policy.wording["fragility"].search(m.text):
        return False
    return True


def _stated_history(m: Mention, policy: Policy) -> bool:
    """A clinical-question / history mention that states a past vertebral finding instead of asking.

    "HX: spine films last year showed a T12 fracture", "Background: myeloma with an L3 pathological
    fracture, treated with radiotherapy": asserted, no question wording, and a past-finding cue
    (an earlier study's result, a year, a treatment, old / known / previous). Everything else in the
    clinical question stays a question.
    """
    if m.section != "history_question" or m.uncertain or m.hypothetical or m.negated:
        return False
    if policy.wording["asks"].search(m.sentence):
        return False
    return m.historical or bool(policy.wording["stated_past_finding"].search(m.sentence))


def _cue_covers_sentence(cue: Mention, m: Mention, peers: list[Mention], policy: Policy) -> bool:
    """A pathological cue with no level speaks of every fracture in its sentence.

    "Compression fractures from T8 to T12 in keeping with myeloma-related fractures": all of
    them. Not when the sentence names its own pathological fracture at a level ("Pathological
    fracture of L4 from myeloma and an osteoporotic wedge fracture of T10": the cue explains L4),
    and not for a fracture the report itself calls osteoporotic / insufficiency / fragility.
    """
    if policy.wording["fragility"].search(m.text):
        return False
    return not any(p is not cue and p.category in policy.role("pathological") and p.levels for p in peers)


def _only_likely(m: Mention, policy: Policy) -> bool:
    """Whether every hedge on the mention says "likely" / "probably" (not "may", "possible", "?", ...)."""
    hedges = [text.strip() for c, text in m.modifiers if c == "POSSIBLE_EXISTENCE"]
    return bool(hedges) and all(policy.wording["likely_hedge"].fullmatch(h) for h in hedges)


def _nearest(cue: Mention, peers: list[Mention], policy: Policy) -> Mention | None:
    """The fracture-like (or compound pathological) mention nearest to a cue in the same sentence."""
    best, best_gap = None, None
    compound = policy.wording["compound_pathological"]
    for p in peers:
        if p is cue or not (
            p.category in policy.role("fracture_like")
            or (p.category in policy.role("pathological") and compound.search(p.text))
        ):
            continue
        gap = max(p.start - cue.end, cue.start - p.end, 0)
        if best_gap is None or gap < best_gap:
            best, best_gap = p, gap
    return best


def decide(
    mentions: list[Mention], *, exam_name: str = "", modality: str = "", policy: Policy | None = None
) -> Decision:
    """The report's Decision from its mentions (policy: the bundled patterns/ unless given)."""
    policy = policy or load_policy()
    spine_exam = is_spine_exam(exam_name, modality, policy)
    trauma = next(
        (
            m
            for m in mentions
            if m.category in policy.role("mechanism") and not m.negated and not m.hypothetical and not m.uncertain
        ),
        None,
    )
    by_sentence: dict[str, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(f"{m.section}|{m.sentence}", []).append(m)
    # a sentence ending in ";" goes on in the next one: "Short anterior height at L1; the appearance
    # may represent a mild fracture" (peers for the "hedged later" rule only look forward)
    keys = list(by_sentence)
    later: dict[str, list[Mention]] = {}
    for k, nxt in zip(keys, keys[1:]):
        if k.endswith(";") and k.split("|", 1)[0] == nxt.split("|", 1)[0]:
            later[k] = by_sentence[nxt]
    statuses = [
        MentionStatus(m, *_classify(m, by_sentence[k], trauma, spine_exam, later.get(k, []), policy))
        for m in mentions
        for k in [f"{m.section}|{m.sentence}"]
    ]
    _explained_by_denial(statuses, policy)
    _same_vertebra_as_pathological(statuses, policy)
    _patients_height_loss(statuses, policy)
    _apply_addendum(statuses, policy)
    return _summarise(statuses, policy)


def _explained_by_denial(statuses: list[MentionStatus], policy: Policy) -> None:
    """Vague wording is not a fracture when the report explains it and says "no fracture".

    "Mild wedge shape of T11 and T12 ... physiological thoracolumbar wedging, a normal variant.
    No fracture.": a vague DEFORMITY mention ("wedge shape", "reduced height") becomes a
    non-fracture deformity when (1) its own sentence gives a non-fracture cause at compatible
    levels and (2) the report denies a fracture outright: a sentence that is only the denial
    ("No fracture.", "Not a fracture.", "No vertebral fracture identified.") or a denial whose
    levels cover the mention's ("No vertebral fractures identified T4-L4"). An explicit fracture
    term, an uncertain or an acute mention keeps its status; "no acute fracture" is no denial.
    """
    role = policy.role
    body = [s for s in statuses if s.mention.section not in policy.ignored_sections]
    denials = [
        s.mention
        for s in body
        if s.mention.category in role("fracture_term")
        and s.mention.negated
        and not (s.mention.acute or s.mention.uncertain or s.mention.hypothetical)
    ]
    if not denials:
        return
    for s in body:
        m = s.mention
        if s.status != "fracture" or m.category not in role("vague_deformity") or m.acute or m.uncertain:
            continue
        explained = any(
            p is not m
            and p.sentence == m.sentence
            and p.section == m.section
            and not p.hypothetical
            and (
                (p.non_fracture_cause and p.category in role("fracture_like"))
                or (p.category in role("non_fracture_deformity") and not p.negated)
            )
            and _compatible(m.levels, p.levels)
            for p in (t.mention for t in body)
        )
        denied = any(
            policy.wording["bare_denial"].fullmatch(d.sentence.strip())
            or (m.levels and d.levels and set(m.levels) <= set(d.levels))
            for d in denials
        )
        if explained and denied:
            s.status = "non_fracture_deformity"
            s.reason = "explained by a non-fracture cause in its sentence, and the report denies a fracture"


def _same_vertebra_as_pathological(statuses: list[MentionStatus], policy: Policy) -> None:
    """A vertebra with a pathological fracture is the same finding wherever the report names it again.

    "There is collapse of the T10 vertebral body ... Impression: T9-T10 discitis-osteomyelitis with
    collapse of T10": the body's T10 collapse is the impression's pathological collapse. Only levels
    tied to the cause explicitly count (a cue and a fracture at the same level, or a pathological
    fracture named at a level), not a cue linked by nearness. Only mentions whose levels all lie at
    those levels change; a fracture the report calls osteoporotic keeps its status.
    """
    levels = {
        lv
        for s in statuses
        if s.status == "excluded"
        and (s.reason.endswith(_SAME_LEVEL) or s.mention.category in policy.role("pathological"))
        for lv in s.mention.levels
    }
    if not levels:
        return
    for s in statuses:
        m = s.mention
        if (
            s.status in POSITIVE
            and m.levels
            and set(m.levels) <= levels
            and not policy.wording["fragility"].search(m.text)
        ):
            s.status, s.reason = (
                "excluded",
                f"pathological (the same vertebra, {', '.join(m.levels)}, is pathological elsewhere in the report)",
            )


def _patients_height_loss(statuses: list[MentionStatus], policy: Policy) -> None:
    """A bare "height loss" with no level, in a report about the patient's height loss, is the patient's.

    "Clinical details: Height loss 4 cm ... Conclusion: Height loss is not explained by vertebral
    fracture."
    """
    stated = policy.rule("patients_height_loss")
    if not any(s.mention.rule in stated for s in statuses):
        return
    for s in statuses:
        m = s.mention
        if (
            s.status in POSITIVE
            and m.category in policy.role("vague_deformity")
            and not m.levels
            and policy.wording["bare_height_loss"].fullmatch(m.text)
            and not policy.wording["of_a_vertebra"].match(m.sentence[m.sentence.find(m.text) + len(m.text) :])
        ):
            s.status, s.reason = "ignored", "the patient's height loss (stated in the report), not a vertebra's"


def _apply_addendum(statuses: list[MentionStatus], policy: Policy) -> None:
    """An addendum that negates or re-labels a finding supersedes the body's positive mentions it speaks of.

    Corrections: a negated fracture mention, a non-fracture or excluded mention, a level
    said not to be involved ("no fracture at T12"), or a pathological cause given to the finding.
    A level moved ("should read T7, not T6", "the fracture is at T7, not T6") moves the body's
    mentions to the new level and keeps what the addendum does not change (severity, acuity).
    """
    role = policy.role
    addendum = policy.addendum_section
    add = [s for s in statuses if s.mention.section == addendum and s.mention.category in policy.addendum_speaks_of]
    pathological = [
        s
        for s in add
        if s.mention.category in role("pathological")
        and not (s.mention.negated or s.mention.uncertain or s.mention.hypothetical)
    ]
    corrections = [
        s
        for s in add
        if (s.status == "ignored" and s.mention.negated and s.mention.category in role("fracture_like"))
        or s.status in ("non_fracture_deformity", "excluded")
    ]
    for s in statuses:
        m = s.mention
        if m.section != addendum:
            continue
        moves = m.category in role("level_correction") or (
            m.category in role("fracture_like") and not (m.negated or m.uncertain or m.hypothetical)
        )
        if moves and m.levels and m.negated_levels:  # "should read T7, not T6" / "the fracture is at T7, not T6"
            old, new = set(m.negated_levels), tuple(m.levels)
            for t in statuses:
                if t is not s and t.status in POSITIVE and set(t.mention.levels) & old:
                    t.mention.levels = tuple(sorted(set(t.mention.levels) - old)) + new
                    t.reason += f"; level corrected by the addendum ({', '.join(sorted(old))} -> {', '.join(new)})"
    negated_levels = {lv for s in add for lv in s.mention.negated_levels}
    if not corrections and not negated_levels and not pathological:
        return
    corrected_levels = {lv for s in corrections for lv in s.mention.levels}
    path_levels = {lv for s in pathological for lv in s.mention.levels}
    for s in statuses:
        if s.mention.section == addendum or s.status not in POSITIVE:
            continue
        lv = set(s.mention.levels)
        if pathological and (not path_levels or not lv or lv & path_levels):
            s.status, s.reason = "excluded", f"pathological per the addendum ({pathological[0].mention.text.lower()})"
        elif lv and lv <= negated_levels and s.status in POSITIVE:
            s.status, s.reason = "ignored", "level corrected by the addendum"
        elif corrections and (not corrected_levels or not lv or lv & corrected_levels):
            s.status, s.reason = "ignored", "corrected by the addendum"


def _summarise(statuses: list[MentionStatus], policy: Policy) -> Decision:
    active = [s for s in statuses if s.status != "ignored"]
    if not active:
        return Decision(finding="no_fracture", statuses=statuses, decided_by=_no_fracture_reason(statuses, policy))
    finding = min((s.status for s in active), key=policy.precedence.__getitem__)
    top = [s for s in active if s.status == finding]
    positive = [s for s in active if s.status in POSITIVE]
    d = Decision(finding=finding, statuses=statuses)
    first = top[0]
    d.decided_by = f"{first.mention.category} '{first.mention.rule}': {first.reason}"
    if finding in POSITIVE:
        d.levels = sort_levels(lv for s in positive for lv in s.mention.levels)
        best = max(positive, key=lambda s: SEVERITY_RANK[s.mention.severity])
        d.severity = best.mention.severity
        grades = [s.mention.genant_grade for s in positive if s.mention.genant_grade]
        d.genant_grade = max(grades) if grades else None
        pcts = [s.mention.height_loss_pct for s in positive if s.mention.height_loss_pct is not None]
        d.height_loss_pct = max(pcts) if pcts else None
        if any(s.mention.acute for s in positive):
            d.acuity = "acute"
        elif any(_known_old(s.mention, policy) for s in positive):
            # a treated (cemented) level or one stated in the history is a known, old fracture
            d.acuity = "chronic"
        else:
            d.acuity = "unspecified"
        d.fracture_count = len(d.levels) if d.levels else 1
        evidence_from = positive
    else:
        evidence_from = top
    d.non_fracture_causes = sorted({_cause(s, policy) for s in active if s.status == "non_fracture_deformity"})
    excl = [s.reason for s in active if s.status == "excluded"]
    d.exclusion_reason = "; ".join(dict.fromkeys(excl))
    sentences = list(dict.fromkeys(s.mention.sentence for s in evidence_from))
    d.evidence = _clip(" | ".join(sentences), 400)
    return d


def _cause(s: MentionStatus, policy: Policy) -> str:
    if s.mention.category in policy.role("non_fracture_deformity"):
        return s.mention.rule
    mods = [text.lower() for cat, text in s.mention.modifiers if cat == "NON_FRACTURE_CAUSE"]
    return mods[0] if mods else s.reason


def _no_fracture_reason(statuses: list[MentionStatus], policy: Policy) -> str:
    relevant = [s for s in statuses if s.mention.category in policy.role("fracture_like")]
    if not relevant:
        return "no fracture mention"
    s = relevant[0]
    return f"{s.mention.category} '{s.mention.rule}': {s.reason}"


def _clip(text: str, n: int) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= n else text[: n - 1] + "\u2026"
