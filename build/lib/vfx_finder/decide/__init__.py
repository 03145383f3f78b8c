"""Stage 3, decide: from mention records to one report-level finding (docs/LABELLING.md). No spaCy."""

from vfx_finder.decide.finding import FINDINGS, Decision, MentionStatus, decide, is_spine_exam

__all__ = ["FINDINGS", "Decision", "MentionStatus", "decide", "is_spine_exam"]
