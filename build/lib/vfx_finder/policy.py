"""Clinical policy read from patterns/ (decision.json, wording.json, severity.json, worklist.json).

Base layer, no spaCy. :class:`Policy` turns the validated policy files into what the
stages use: the findings' precedence, category and site roles (sets of categories),
section effects, compiled wording patterns, severity words, Genant cut-offs and the
worklist priority rule. Python never names a rule by its text: it asks for a role,
a wording or a rule id.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from vfx_finder.rules import RuleFile, load_all


@dataclass(frozen=True)
class Policy:
    """The clinical policy of one patterns folder, ready to use."""

    precedence: dict[str, int]
    roles: dict[str, frozenset[str]]
    sites: dict[str, frozenset[str]]
    ignored_sections: dict[str, str]
    addendum_section: str
    addendum_speaks_of: frozenset[str]
    rule_literals: dict[str, frozenset[str]]
    wording: dict[str, re.Pattern]
    wording_source: dict[str, str]
    severity_words: dict[str, str]
    grade_severity: dict[int, str]
    genant_cutoffs: tuple[dict, ...]
    always_severe: re.Pattern
    priority_rows: tuple[dict, ...]
    priority_otherwise: int

    def role(self, name: str) -> frozenset[str]:
        """The target categories that play a role (category_roles in decision.json)."""
        return self.roles[name]

    def site(self, name: str) -> frozenset[str]:
        """The anatomy categories that play a role (site_roles in decision.json)."""
        return self.sites[name]

    def rule(self, name: str) -> frozenset[str]:
        """The literal(s) of the targets.json rule the decision knows by this name (rule_ids)."""
        return self.rule_literals[name]

    def pct_to_severity(self, pct: float) -> tuple[str, int | None]:
        """(severity, Genant grade) of a height-loss percentage (genant_cutoffs; below all: '', 0)."""
        for row in self.genant_cutoffs:
            if pct > row["min_pct"] or (row["inclusive"] and pct >= row["min_pct"]):
                return row["severity"], row["grade"]
        return "", 0

    def priority(self, finding: str, levels: list[str], severity: str, acuity: str) -> int:
        """Worklist priority (worklist.json): the first row whose finding and any condition hold."""
        return self.priority_with_reason(finding, levels, severity, acuity)[0]

    def priority_with_reason(self, finding: str, levels: list[str], severity: str, acuity: str) -> tuple[int, str]:
        """(priority, why in words) by the first row of worklist.json whose finding and any condition hold."""
        finding_words = finding.replace("_", " ")
        for row in self.priority_rows:
            if row["finding"] != finding:
                continue
            held = []
            if acuity in row.get("acuity", ()):
                held.append(f"{acuity} {finding_words}")
            if severity in row.get("severity", ()):
                held.append(f"{severity} {finding_words}")
            if "min_levels" in row and len(levels) >= row["min_levels"]:
                held.append(f"{len(levels)} levels")
            conditions = [key for key in ("acuity", "severity", "min_levels") if key in row]
            if not conditions:
                return int(row["priority"]), self._plain_reason(finding_words, row)
            if held:
                return int(row["priority"]), ", ".join(held)
        return self.priority_otherwise, f"{finding_words}: confirm on the images"

    def _plain_reason(self, finding_words: str, row: dict) -> str:
        """The reason of a row without conditions: the finding, and what earlier rows for it asked for."""
        unmet = []
        for earlier in self.priority_rows:
            if earlier is row:
                break
            if earlier["finding"] == row["finding"]:
                unmet += [" or ".join(earlier.get("acuity", ())), " or ".join(earlier.get("severity", ()))]
                if "min_levels" in earlier:
                    unmet.append(f"{earlier['min_levels']}+ levels")
        unmet = [u for u in unmet if u]
        return f"{finding_words} (none of: {'; '.join(unmet)})" if unmet else finding_words


def _as_set(value) -> frozenset[str]:
    return frozenset([value] if isinstance(value, str) else value)


def policy_from(files: dict[str, RuleFile]) -> Policy:
    """The Policy of validated files (as :func:`vfx_finder.rules.load_all` returns them)."""
    decision, wording = files["decision.json"], files["wording.json"]
    severity, worklist = files["severity.json"], files["worklist.json"]
    ids = decision.value("rule_ids")
    literals = {
        name: frozenset(r["literal"] for r in files["targets.json"].rules if r.get("id") == rid)
        for name, rid in ids.items()
    }
    return Policy(
        precedence={f: i for i, f in enumerate(decision.value("precedence"))},
        roles={k: _as_set(v) for k, v in decision.value("category_roles").items()},
        sites={k: _as_set(v) for k, v in decision.value("site_roles").items()},
        ignored_sections=dict(decision.value("ignored_sections")),
        addendum_section=str(decision.value("addendum_section")[0]),
        addendum_speaks_of=frozenset(decision.value("addendum_speaks_of")),
        rule_literals=literals,
        wording={k: re.compile(v, re.IGNORECASE) for k, v in wording.policy},
        wording_source=dict(wording.policy),
        severity_words={k.lower(): v for k, v in severity.value("severity_words").items()},
        grade_severity={int(k): v for k, v in severity.value("grade_severity").items()},
        genant_cutoffs=tuple(severity.value("genant_cutoffs")),
        always_severe=re.compile(severity.value("always_severe"), re.IGNORECASE),
        priority_rows=tuple(worklist.value("priority")),
        priority_otherwise=int(worklist.value("otherwise")[0]),
    )


@functools.lru_cache(maxsize=8)
def _load(directory: Path | None) -> Policy:
    return policy_from(load_all(directory))


def load_policy(patterns_dir: Path | None = None) -> Policy:
    """The Policy of a patterns folder (default: the bundled patterns/), loaded once per folder."""
    return _load(Path(patterns_dir).resolve() if patterns_dir else None)
