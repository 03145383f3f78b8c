"""Build the spaCy + medspaCy pipeline from the rule files, and turn a Doc into plain mention records.

Components, in order: tokenizer (spaCy English), ``vfx_sentences`` (radiology
sentence splitter), ``medspacy_target_matcher`` (patterns/targets.json),
``vfx_sections`` (patterns/sections.json), ``vfx_context`` (medspaCy's ConText,
see nlp/context.py; patterns/context_*.json), ``vfx_attributes`` (levels, anatomy, severity).
Nothing is downloaded: the pipeline starts from ``spacy.blank("en")``.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from vfx_finder.nlp import attributes as _attributes  # noqa: F401  (registers vfx_attributes)
from vfx_finder.nlp import sections as _sections  # noqa: F401  (registers vfx_sections)
from vfx_finder.nlp import sentences as _sentences  # noqa: F401  (registers vfx_sentences)
from vfx_finder.nlp.sections import section_at
from vfx_finder.policy import Policy, load_policy, policy_from
from vfx_finder.rules import RuleFile, load_all, rules_fingerprint
from vfx_finder.vocab import Mention

__all__ = ["Mention", "build_context_nlp", "build_nlp", "extract_mentions", "mention_flags", "split_after_targets"]


def _quiet_pyrush() -> None:
    try:
        from loguru import logger  # optional: only present with PyRuSH

        logger.disable("PyRuSH")
    except ImportError:  # pragma: no cover
        pass


_quiet_pyrush()
# medspaCy keeps an empty token Matcher beside its phrase / regex matchers; spaCy warns on every doc
warnings.filterwarnings("ignore", message=r".*\[W036\].*")

# modifier categories whose span, when it contains the target itself, applies to it
_INSIDE_EFFECT = {
    "NEGATED_EXISTENCE": "negated",
    "NON_FRACTURE_CAUSE": "negated",
    "POSSIBLE_EXISTENCE": "uncertain",
    "HISTORICAL": "historical",
    "ACUTE": "acute",
    "HYPOTHETICAL": "hypothetical",
}
_CATEGORY_FLAG = {
    "NEGATED_EXISTENCE": "negated",
    "POSSIBLE_EXISTENCE": "uncertain",
    "HISTORICAL": "historical",
    "HYPOTHETICAL": "hypothetical",
    "ACUTE": "acute",
    "NON_FRACTURE_CAUSE": "non_fracture_cause",
}


def _context_rule(rule: dict):
    # deferred on purpose: medspaCy is imported only after medspacy_speedups.defer_unused_imports()
    from medspacy.context import ConTextRule

    kwargs = {}
    for key in ("max_scope", "max_targets"):
        if key in rule:
            kwargs[key] = rule[key]
    if "allowed_types" in rule:
        kwargs["allowed_types"] = set(rule["allowed_types"])
    if "excluded_types" in rule:
        kwargs["excluded_types"] = set(rule["excluded_types"])
    return ConTextRule(
        rule["literal"],
        rule["category"],
        pattern=rule.get("regex"),
        direction=rule.get("direction", "BIDIRECTIONAL"),
        **kwargs,
    )


def terminating_types(files: dict[str, RuleFile]) -> dict[str, list[str]]:
    """The context files' "terminated_by" headers merged: category -> categories that end its scope."""
    merged: dict[str, list[str]] = {}
    for rf in files.values():
        if rf.kind == "context":
            for cat, enders in rf.terminated_by:
                merged.setdefault(cat, [])
                merged[cat] += [c for c in enders if c not in merged[cat]]
    return merged


def context_rules(files: dict[str, RuleFile]) -> list:
    """medspaCy ConTextRules of every context file, in load order."""
    return [_context_rule(r) for rf in files.values() if rf.kind == "context" for r in rf.rules]


def _add_context(nlp: Language, files: dict[str, RuleFile]) -> None:
    # deferred on purpose: registers vfx_context and imports medspaCy (after defer_unused_imports)
    from vfx_finder.nlp import context as _context  # noqa: F401

    context = nlp.add_pipe("vfx_context", config={"terminating_types": terminating_types(files)})
    context.add(context_rules(files))


def build_nlp(patterns_dir: Path | None = None, *, files: dict[str, RuleFile] | None = None) -> Language:
    """The production pipeline. Rule files are validated first (RulesError on any problem)."""
    # deferred on purpose: medspaCy is imported only after medspacy_speedups.defer_unused_imports()
    from medspacy.target_matcher import TargetRule

    from vfx_finder.nlp import context as _context  # noqa: F401  (registers vfx_target_matcher, vfx_context)

    files = files or load_all(patterns_dir)
    policy = policy_from(files)
    nlp = spacy.blank("en")
    nlp.add_pipe("vfx_sentences")
    matcher = nlp.add_pipe("vfx_target_matcher", name="medspacy_target_matcher")
    matcher.add([TargetRule(r["literal"], r["category"], pattern=r.get("regex")) for r in files["targets.json"].rules])
    sections = [dict(r) for r in files["sections.json"].rules]
    cues = {k: policy.wording_source[k] for k in ("question_cue", "clinical_context", "describes_images")}
    nlp.add_pipe("vfx_sections", config={"rules": sections, "question_cues": cues})
    _add_context(nlp, files)
    nlp.add_pipe(
        "vfx_attributes",
        config={"anatomy": [dict(r) for r in files["anatomy.json"].rules], "policy": attribute_policy(files)},
    )
    nlp.meta["vfx_rules"] = rules_fingerprint(files)
    return nlp


def attribute_policy(files: dict[str, RuleFile]) -> dict:
    """What vfx_attributes needs of the policy (plain JSON for the component config)."""
    decision, severity = files["decision.json"], files["severity.json"]
    return {
        "category_roles": decision.value("category_roles"),
        "severity_words": severity.value("severity_words"),
        "grade_severity": severity.value("grade_severity"),
        "genant_cutoffs": severity.value("genant_cutoffs"),
        "always_severe": severity.value("always_severe"),
    }


def build_context_nlp(patterns_dir: Path | None = None) -> Language:
    """Tokenizer + sentence splitter + ConText only: for checking the context rules on other targets (NegEx kit)."""
    files = load_all(patterns_dir)
    nlp = spacy.blank("en")
    nlp.add_pipe("vfx_sentences")
    _add_context(nlp, files)
    return nlp


def _outer_modifiers(ent):
    """The entity's modifiers, less any that lie inside the entity itself (medspaCy lets those modify it)."""
    return [
        mod
        for mod in getattr(ent._, "modifiers", ()) or ()
        if not (ent.start <= mod.modifier_span[0] and mod.modifier_span[1] <= ent.end)
    ]


# words that, beside the target, do not make a modifier phrase a cue about it ("is" in "is STABLE")
_FUNCTION_WORDS = frozenset(
    "a an the is are was were be been being has have had his her its their this that these those "
    "and or of to as at in on for with by".split()
)


def _cue_outside(ent, ms: int, me: int) -> bool:
    """Whether the part of the modifier span [ms, me) outside the entity holds a word other than function words.

    A modifier that contains the target applies to it ("no further COLLAPSE": "no further"),
    but not when everything outside the target is a function word or punctuation: in
    "Condition on discharge is STABLE" the target is the cue word itself.
    """
    doc = ent.doc
    for tok in list(doc[ms : ent.start]) + list(doc[ent.end : me]):
        if tok.is_space or tok.is_punct:
            continue
        if tok.lower_ not in _FUNCTION_WORDS:
            return True
    return False


def mention_flags(ent, policy: Policy | None = None) -> dict[str, bool]:
    """The ConText flags of one entity, including modifiers whose span contains the entity."""
    negating = (policy or load_policy()).wording["negating_words"]
    flags = {v: False for v in _CATEGORY_FLAG.values()}
    for mod in _outer_modifiers(ent):
        key = _CATEGORY_FLAG.get(mod.category)
        if key:
            flags[key] = True
    graph = ent.doc._.context_graph
    if graph is not None:
        for mod in graph.modifiers:
            ms, me = mod.modifier_span
            if ms <= ent.start and ent.end <= me and mod.category in _INSIDE_EFFECT:
                if not _cue_outside(ent, ms, me):
                    continue  # "Condition is STABLE": the target's own word, not a cue about it
                effect = _INSIDE_EFFECT[mod.category]
                if mod.category == "NON_FRACTURE_CAUSE" and not negating.search(ent.doc[ms:me].text):
                    effect = "non_fracture_cause"  # "physiological wedging": a cause, not a denial
                flags[effect] = True
    return flags


def extract_mentions(doc: Doc, policy: Policy | None = None) -> list[Mention]:
    """Plain Mention records of a processed Doc's entities (policy: the bundled patterns/ unless given)."""
    policy = policy or load_policy()
    out = []
    sections = doc._.vfx_sections or []
    for ent in doc.ents:
        flags = mention_flags(ent, policy)
        mods = []
        for mod in _outer_modifiers(ent):
            ms, me = mod.modifier_span
            mods.append((mod.category, doc[ms:me].text))
        out.append(
            Mention(
                text=ent.text,
                category=ent.label_,
                rule=getattr(ent._, "literal", "") or ent.label_,
                start=ent.start_char,
                end=ent.end_char,
                sentence=ent.sent.text.strip(),
                section=section_at(sections, ent.start_char),
                levels=tuple(ent._.vfx_levels),
                negated_levels=tuple(ent._.vfx_negated_levels),
                site=ent._.vfx_site,
                severity=ent._.vfx_severity,
                genant_grade=ent._.vfx_grade,
                height_loss_pct=ent._.vfx_pct,
                modifiers=mods,
                **flags,
            )
        )
    return out


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
