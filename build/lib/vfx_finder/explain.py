"""``explain``: one report, every mention with its attributes, and what decided the finding."""

from __future__ import annotations

from dataclasses import asdict

from vfx_finder.aggregate.audit_fields import explain_fields
from vfx_finder.analyser import Analyser
from vfx_finder.decide import decide
from vfx_finder.nlp.pipeline import extract_mentions
from vfx_finder.nlp.sentences import join_wrapped_lines


def explain(text: str, *, exam_name: str = "", modality: str = "", analyser: Analyser | None = None) -> dict:
    """Every mention of one report with its attributes and status, and what decided the finding (plain dict)."""
    analyser = analyser or Analyser(use_prefilter=False)
    doc = analyser.nlp(join_wrapped_lines(text))
    mentions = extract_mentions(doc, analyser.policy)
    decision = decide(mentions, exam_name=exam_name, modality=modality, policy=analyser.policy)
    row = decision.as_row()
    return {
        "finding": decision.finding,
        "decided_by": decision.decided_by,
        **{k: v for k, v in row.items() if k != "finding"},
        "audit": explain_fields(text, row),
        "sentences": [s.text.strip() for s in doc.sents if s.text.strip()],
        "sections": [{"start": s, "section": c, "header": h} for s, c, h in (doc._.vfx_sections or [])],
        "mentions": [
            {
                **{k: v for k, v in asdict(st.mention).items() if k not in ("sentence", "modifiers")},
                "levels": list(st.mention.levels),
                "modifiers": [{"category": c, "text": t} for c, t in st.mention.modifiers],
                "status": st.status,
                "reason": st.reason,
            }
            for st in decision.statuses
        ],
        "rules": analyser.rules,
    }


def format_explain(result: dict) -> str:
    """The explain result as readable text, one block per mention."""
    lines = [f"finding: {result['finding']}", f"decided by: {result['decided_by']}"]
    for key in (
        "levels",
        "severity",
        "genant_grade",
        "height_loss_pct",
        "acuity",
        "non_fracture_causes",
        "exclusion_reason",
    ):
        if result.get(key):
            lines.append(f"{key}: {result[key]}")
    audit = {k: v for k, v in (result.get("audit") or {}).items() if v["value"]}
    if audit:
        lines.append(
            "reporting audit: "
            + "; ".join(f"{k} {v['value']} ({', '.join(v['because']) or '-'})" for k, v in audit.items())
        )
    if not result["mentions"]:
        lines.append("mentions: none")
    for i, m in enumerate(result["mentions"], start=1):
        flags = [
            k for k in ("negated", "uncertain", "historical", "hypothetical", "acute", "non_fracture_cause") if m[k]
        ]
        mods = ", ".join(f"{x['category']} '{x['text']}'" for x in m["modifiers"]) or "none"
        lines.append(
            f"{i}. '{m['text']}' [{m['category']}] -> {m['status']} ({m['reason']})\n"
            f"   levels: {';'.join(m['levels']) or '-'}  site: {m['site'] or '-'}  section: {m['section'] or 'body'}"
            f"  severity: {m['severity'] or '-'}  flags: {', '.join(flags) or '-'}\n   modifiers: {mods}"
        )
    return "\n".join(lines)


def find_report(path, report_id: str, *, fmt: str = "auto", columns: str | dict | None = None):
    """The Report with ``report_id`` in an input file (any format, or a labelling .xlsx); one line if absent."""
    from vfx_finder.errors import InputError
    from vfx_finder.read.records import Rejection
    from vfx_finder.validation.sheets import iter_labelled

    for rec in iter_labelled(path, fmt=fmt, columns=columns):
        if rec.report_id != report_id:
            continue
        if isinstance(rec, Rejection):
            raise InputError(f"report {report_id} in {path.name} was rejected ({rec.location}): {rec.reason}")
        return rec
    raise InputError(f"report {report_id} not found in {path.name}; check the id (column report_id)")
