"""``vfx_context``: medspaCy's ConText with one change to how a target's own words act.

A modifier phrase can lie inside a target: "status post" in the target "STATUS POST
CABG", "history" in "psychiatric history", "chronic" in "chronic lymphocytic
leukaemia". medspaCy already keeps such a modifier from modifying the target it
lies in, but it still lets it cut the scope of the other modifiers of its category
(ConText's "a modifier of the same category ends the scope"). In

    Past medical history of coronary artery disease, STATUS POST CABG, hypertension

the "status post" inside the target ends the scope of "history of" just before the
target, so the target reads as current. Here words that belong to a target's name
are not cues about that target: a modifier lying inside a target takes no part in
the scope step (it neither cuts nor is cut). It still modifies other targets in its
scope, as in medspaCy.

``terminating_types`` (category -> categories whose modifiers end its scope) comes
from the context files' ``terminated_by`` headers.

Everything else (matching, pruning, attributes, ``Doc._.context_graph``,
``Span._.modifiers``) is medspaCy 1.3.1's ``ConText.__call__`` unchanged.

Also here (this module imports medspaCy, so the pipeline imports it only after
``medspacy_speedups.defer_unused_imports()``): ``vfx_target_matcher``, medspaCy's
TargetMatcher registered with truthful ``assigns`` (medspaCy's own factory declares none).
"""
# no "from __future__ import annotations": spaCy reads the factory signature's types at run time

from medspacy.context import ConText
from medspacy.context.context_graph import ConTextGraph
from medspacy.context.context_modifier import ConTextModifier
from medspacy.target_matcher import TargetMatcher
from spacy.language import Language
from spacy.tokens import Doc


def _inside_a_target(modifier: ConTextModifier, spans: list) -> bool:
    ms, me = modifier.modifier_span
    return any(ts <= ms and me <= te for ts, te in spans)


@Language.factory("vfx_target_matcher", assigns=["doc.ents", "span._.target_rule"])
def make_target_matcher(nlp: Language, name: str) -> TargetMatcher:
    """medspaCy's TargetMatcher (defaults: phrase matching on LOWER, results in doc.ents, overlaps pruned)."""
    return TargetMatcher(nlp, name=name)


#: the Span flags medspaCy's ConText sets with span_attrs="default" (medspaCy's DEFAULT_ATTRIBUTES)
CONTEXT_FLAGS = ("is_negated", "is_uncertain", "is_historical", "is_hypothetical", "is_family")


@Language.factory(
    "vfx_context",
    requires=["doc.ents", "doc.sents"],
    assigns=["doc._.context_graph", "span._.modifiers", *(f"span._.{flag}" for flag in CONTEXT_FLAGS)],
    default_config={
        "rules": None,
        "phrase_matcher_attr": "LOWER",
        "prune_on_modifier_overlap": True,
        "span_attrs": "default",
        "terminating_types": {},
    },
)
class VfxConText(ConText):
    """ConText whose modifiers inside a target take no part in scope limiting (see the module docstring)."""

    def __init__(
        self,
        nlp: Language,
        name: str = "vfx_context",
        *,
        rules: str | None = None,
        phrase_matcher_attr: str = "LOWER",
        prune_on_modifier_overlap: bool = True,
        span_attrs="default",
        terminating_types: dict | None = None,
    ):
        super().__init__(
            nlp,
            name=name,
            rules=rules,
            phrase_matcher_attr=phrase_matcher_attr,
            prune_on_modifier_overlap=prune_on_modifier_overlap,
            span_attrs=span_attrs,
            terminating_types=terminating_types or None,
        )

    def __call__(self, doc: Doc, targets: str | None = None) -> Doc:
        """Run ConText on the doc's targets (modifiers inside a target take no part in scope)."""
        if not targets and self.input_span_type == "ents":
            targets = doc.ents
        elif not targets and self.input_span_type == "group":
            targets = doc.spans[self.span_group_name]
        elif targets:
            targets = getattr(doc._, targets)
        graph = ConTextGraph(prune_on_modifier_overlap=self.prune_on_target_overlap)
        graph.targets = targets
        matcher = self._ConText__matcher
        modifiers = []
        for match_id, start, end in matcher(doc):
            rule = matcher.rule_map[self.nlp.vocab[match_id].text]
            modifiers.append(ConTextModifier(rule, start, end, doc, max_scope=self.max_scope))
        spans = [(t.start, t.end) for t in targets]
        graph.modifiers = [m for m in modifiers if not _inside_a_target(m, spans)]
        graph.update_scopes()
        graph.modifiers = modifiers  # back in match order: inner ones still modify other targets
        graph.apply_modifiers()
        for target, modifier in graph.edges:
            target._.modifiers += (modifier,)
        if self.context_attributes_mapping:
            self.set_context_attributes(graph.edges)
        doc._.context_graph = graph
        return doc
