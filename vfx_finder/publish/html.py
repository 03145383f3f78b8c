"""worklist.html: a self-contained page for reading the night's worklist (Jinja2, autoescape on).

One card per patient: the priority explained, why they are listed, the triage flags, the
evidence tagged with its report and date, each report's text with the evidence marked
(``<mark>``) and the triage words underlined, and the patient's earlier alerts and
decisions. A header gives the night's counts and three small inline-SVG charts
(findings by modality, the priority mix, the last 30 nights). No script, no network:
inline CSS and SVG only, and a Content-Security-Policy that forbids anything else.

Report text is escaped by the template (it is never marked safe): the writer only cuts
it into segments and says which are marked; the template escapes every segment.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined

from vfx_finder.aggregate.triage import TriageFlag, triage_flags
from vfx_finder.publish.files import AtomicFile
from vfx_finder.publish.xlsx import (
    COLUMN_KEYS,
    EvidenceItem,
    deciding_spans,
    evidence_items,
    findings_index,
    priority_reason,
)

TEMPLATE = "worklist.html.j2"
POSITIVE = ("fracture", "possible_fracture")


@dataclass(frozen=True)
class Segment:
    """A run of report text and how it is shown: plain, marked evidence (bold deciding words), triage words."""

    text: str
    mark: bool = False
    bold: bool = False
    flag: bool = False


_WORD_RUN = re.compile(r"\S+")
_RUN = re.compile(rb"(.)\1*", re.DOTALL)


def _sentence_tokens(sentence: str) -> list[str]:
    """An evidence sentence's words (whitespace collapsed; a last word cut by '…' dropped)."""
    clipped = sentence.endswith("\u2026")
    tokens = sentence.rstrip("\u2026").split()
    if clipped and len(tokens) > 1:
        tokens = tokens[:-1]  # the clipped last word may be cut short
    return tokens


class _Flat:
    """A text with its whitespace runs collapsed to one space, and the way back to the text's offsets."""

    def __init__(self, text: str) -> None:
        self.words = [m.span() for m in _WORD_RUN.finditer(text)]
        self.flat = " ".join(text[a:b] for a, b in self.words)
        self.starts: list[int] = []
        pos = 0
        for a, b in self.words:
            self.starts.append(pos)
            pos += b - a + 1

    def _back(self, k: int) -> int:
        w = bisect_right(self.starts, k) - 1
        return self.words[w][0] + (k - self.starts[w])

    def find(self, tokens: list[str]) -> tuple[int, int] | None:
        """(start, end) in the text of the first place the words stand separated by any whitespace."""
        target = " ".join(tokens)
        i = self.flat.find(target) if target else -1
        if i < 0:
            return None
        return self._back(i), self._back(i + len(target) - 1) + 1


def highlight(text: str, sentences: Iterable[str], flags: Iterable[TriageFlag] = ()) -> list[Segment]:
    """Cut ``text`` into segments: the evidence sentences marked (their deciding words bold), triage words flagged.

    An evidence sentence is found in the text with its whitespace collapsed (it may span line
    breaks there), at its first occurrence.
    """
    n = len(text)
    layers = [bytearray(n), bytearray(n), bytearray(n)]  # marked (1), bold (2), triage flag (4)
    mark, bold, flag = layers
    flat: _Flat | None = None
    for s in sentences:
        tokens = _sentence_tokens(s)
        if not tokens:
            continue
        flat = flat or _Flat(text)
        span = flat.find(tokens)
        if span is None:
            continue
        a, b = span
        mark[a:b] = b"\x01" * (b - a)
        for x, y in deciding_spans(text[a:b]):
            bold[a + x : a + y] = b"\x02" * (y - x)
    for f in flags:
        if f.source == "report":
            a, b = max(0, f.start), min(n, f.end)
            if a < b:
                flag[a:b] = b"\x04" * (b - a)
    code = (int.from_bytes(mark, "big") | int.from_bytes(bold, "big") | int.from_bytes(flag, "big")).to_bytes(n, "big")
    return [
        Segment(text[m.start() : m.end()], bool(m[0][0] & 1), bool(m[0][0] & 2), bool(m[0][0] & 4))
        for m in _RUN.finditer(code)
    ]


def blocks(segments: list[Segment]) -> list[dict]:
    """Consecutive segments grouped into marked and unmarked blocks (one <mark> per evidence sentence)."""
    out: list[dict] = []
    for seg in segments:
        if out and out[-1]["mark"] == seg.mark:
            out[-1]["parts"].append(seg)
        else:
            out.append({"mark": seg.mark, "parts": [seg]})
    return out


def _report(reports: Mapping | None, rid: str) -> tuple[str, str]:
    """(text, clinical details) of a report from ``reports`` (report_id -> text, or a dict with 'text')."""
    value = (reports or {}).get(rid)
    if value is None:
        return "", ""
    if isinstance(value, str):
        return value, ""
    return str(value.get("text") or ""), str(value.get("clinical_details") or "")


def _bars(items: Sequence[tuple[str, Sequence[int]]], *, width: int = 320, bar: int = 16, label_w: int = 90) -> dict:
    """A horizontal (stacked) bar chart as numbers for the template's SVG."""
    top = max((sum(v) for _, v in items), default=0) or 1
    span = width - label_w - 40
    rows = []
    for i, (label, values) in enumerate(items):
        x = label_w
        parts = []
        for j, v in enumerate(values):
            w = round(span * v / top, 1)
            parts.append({"x": x, "w": w, "series": j, "value": v})
            x += w
        rows.append({"label": label, "y": i * (bar + 6), "parts": parts, "total": sum(values), "end": x})
    return {"width": width, "height": max(1, len(items)) * (bar + 6), "bar": bar, "label_w": label_w, "rows": rows}


def _columns(nights: Sequence[tuple[str, int]], *, width: int = 320, height: int = 90) -> dict:
    """The last nights as a column chart (numbers for the template's SVG)."""
    nights = list(nights)[-30:]
    top = max((int(c) for _, c in nights), default=0) or 1
    step = width / max(1, len(nights))
    cols = []
    for i, (day, count) in enumerate(nights):
        h = round((height - 20) * int(count) / top, 1)
        cols.append(
            {
                "x": round(i * step + 1, 1),
                "w": max(1.0, round(step - 2, 1)),
                "h": h,
                "y": height - 14 - h,
                "day": str(day),
                "count": int(count),
            }
        )
    return {
        "width": width,
        "height": height,
        "cols": cols,
        "top": top,
        "first": str(nights[0][0]) if nights else "",
        "last": str(nights[-1][0]) if nights else "",
    }


def _card(row: Mapping, reports: Mapping | None, by_id: Mapping, history: Mapping | None) -> dict:
    ids = [r for r in str(row.get("report_ids") or row.get("report_id") or "").split(";") if r]
    items: list[EvidenceItem] = evidence_items(row, by_id)
    texts = []
    flags_seen: dict[str, tuple[TriageFlag, str]] = {}
    for rid in ids:
        text, details = _report(reports, rid)
        if not text and not details:
            continue
        flags = triage_flags(text, details)
        for f in flags:
            flags_seen.setdefault(f.category, (f, rid))
        f_row = by_id.get(rid) or {}
        texts.append(
            {
                "report_id": rid,
                "exam_date": str(f_row.get("exam_date") or (row.get("exam_date") if len(ids) == 1 else "") or ""),
                "blocks": blocks(
                    highlight(text, [it.sentence for it in items if it.report_id in (rid, ";".join(ids))], flags)
                ),
                "clinical_details": details,
            }
        )
    earlier = [
        {str(k): "" if v is None else str(v) for k, v in h.items()}
        for h in (history or {}).get(str(row.get("patient_id", "")), [])
    ]
    flags = [{"label": f.label, "evidence": f.evidence, "report_id": rid} for f, rid in flags_seen.values()]
    return {
        "row": {**dict.fromkeys(COLUMN_KEYS, ""), **{k: ("" if v is None else str(v)) for k, v in row.items()}},
        "priority": str(row.get("priority", "")),
        "priority_reason": priority_reason(row),
        "evidence": [{"tag": it.tag(), "segments": highlight(it.sentence, [it.sentence])} for it in items],
        "texts": texts,
        "flags": flags,
        "flags_text": "" if flags else str(row.get("triage_flags") or ""),
        "history": earlier,
        "history_keys": list(dict.fromkeys(k for h in earlier for k in h)),
    }


def render_worklist_html(
    rows: Iterable[Mapping],
    *,
    reports: Mapping | None = None,
    findings: Iterable[Mapping] | None = None,
    history: Mapping[str, Sequence[Mapping]] | None = None,
    nights: Sequence[tuple[str, int]] = (),
    counts: Mapping | None = None,
    run_id: str = "",
    generated_at: str | None = None,
) -> str:
    """The page as a string (see ``write_worklist_html`` for the parameters)."""
    rows = list(rows)
    findings = list(findings or ())
    by_id = findings_index(findings)
    cards = [_card(r, reports, by_id, history) for r in rows]
    by_priority = Counter(str(r.get("priority", "")) for r in rows)
    source = [f for f in findings if f.get("finding") in POSITIVE] if findings else rows
    modality: dict[str, list[int]] = {}
    for f in source:
        m = str(f.get("modality") or "(none)")
        modality.setdefault(m, [0, 0])[0 if f.get("finding") == "fracture" else 1] += 1
    env = Environment(
        loader=PackageLoader("vfx_finder.publish", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template(TEMPLATE).render(
        cards=cards,
        counts=dict(counts or {}),
        patients=len(rows),
        run_id=run_id,
        generated_at=generated_at or datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        by_priority=_bars([(f"priority {p}", [by_priority.get(p, 0) if q == p else 0 for q in "123"]) for p in "123"]),
        by_modality=_bars(sorted(modality.items(), key=lambda kv: (-sum(kv[1]), kv[0]))),
        nights=_columns(nights),
    )


def write_worklist_html(
    rows: Iterable[Mapping],
    path: Path,
    *,
    reports: Mapping | None = None,
    findings: Iterable[Mapping] | None = None,
    history: Mapping[str, Sequence[Mapping]] | None = None,
    nights: Sequence[tuple[str, int]] = (),
    counts: Mapping | None = None,
    run_id: str = "",
    generated_at: str | None = None,
    tag: str | None = None,
    commit: bool = True,
) -> AtomicFile:
    """Write worklist.html: one card per worklist row, written 0600 and atomically.

    ``reports``: report_id -> report text (or a dict with 'text' and 'clinical_details');
    ``findings``: report_findings rows (per-report evidence and the modality chart);
    ``history``: patient_id -> earlier alerts / decisions (dicts, shown as a table);
    ``nights``: (date, worklist count) of the last nights, oldest first;
    ``counts``: summary.json's counts. Moved into place unless ``commit=False``.
    """
    page = render_worklist_html(
        rows,
        reports=reports,
        findings=findings,
        history=history,
        nights=nights,
        counts=counts,
        run_id=run_id,
        generated_at=generated_at,
    )
    f = AtomicFile(Path(path), tag=tag)
    try:
        f.fh.write(page)
    except BaseException:
        f.discard()
        raise
    if commit:
        f.commit()
    return f
