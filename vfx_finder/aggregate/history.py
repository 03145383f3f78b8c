"""Plain-text views of the state store for operators: ``vfx-finder history`` and ``vfx-finder state check``.

They show ids, dates, levels and reasons; never report text.
"""

from __future__ import annotations


def format_history(h: dict) -> str:
    """The alert history of one patient as readable text (alerts, findings, decisions)."""
    lines = [
        f"patient {h['patient_id']}: {len(h['alerts'])} alert(s), {len(h['findings'])} report(s) with a fracture finding"
    ]
    if h["alerts"]:
        lines.append("alerts:")
        for a in h["alerts"]:
            listed = ", ".join(
                f"{x['out_dir']}/worklist.csv ({'carried by ' if x['carried'] else ''}run {x['run_id']}, {x['status']})"
                for x in a.get("listed_in", [])
            )
            lines.append(
                f"  {a['alert_id']}  alerted {a['alerted_on']}  priority {a['priority']}  {a['finding']}  "
                f"levels {a['levels'] or '-'}  new {a['new_levels'] or '-'}  report {a['report_id']}"
                f"  exam {a['exam_date'] or '?'}"
            )
            lines.append(f"      why: {a['reason']}")
            if a.get("superseded_by"):
                lines.append(f"      SUPERSEDED by {a['superseded_by']} (its report was corrected)")
            if listed:
                lines.append(f"      listed in: {listed}")
    else:
        lines.append("alerts: none (not FLS-eligible, or only seen before alerting started)")
    if h["findings"]:
        lines.append("findings:")
        for f in h["findings"]:
            lines.append(
                f"  exam {f['exam_date'] or '?'}  report {f['report_id']}  {f['finding']}  levels {f['levels'] or '-'}"
                f"{'  ' + f['severity'] if f['severity'] else ''}  first seen {f['first_seen_on']} (run {f['first_seen_run']})"
            )
    if h.get("decisions"):
        lines.append("coordinator decisions (latest per alert acts on later nights):")
        for d in h["decisions"]:
            note = f"  note {d['decision_note']}" if d["decision_note"] else ""
            who = f" by {d['reviewer']}" if d["reviewer"] else ""
            lines.append(
                f"  {d['alert_id']}  {d['decision']}{note}  imported {d['imported_at']}{who}"
                f"  from {d['source_file']} row {d['row_number']}"
            )
    return "\n".join(lines)


def format_check(r: dict) -> str:
    """The result of ``state check`` as readable text."""
    lines = [
        f"state store {r['path']}: {'OK' if r['ok'] else 'CORRUPT'}",
        f"  integrity_check: {'ok' if r['integrity_check'] == ['ok'] else '; '.join(r['integrity_check'])}",
        f"  schema version {r['schema_version']} (this vfx-finder: {r['schema_expected']}); journal {r['journal_mode']}; "
        f"file mode {r['file_mode']}",
    ]
    c = r.get("counts") or {}
    if c:
        runs = ", ".join(f"{k} {v}" for k, v in sorted(c["runs"].items())) or "none"
        lines.append(
            f"  runs: {runs}; alerts {c['alerts']} ({c['alerted_patients']} patient(s)); "
            f"findings {c['findings']} ({c['patients_with_findings']} patient(s))"
        )
        last = c.get("last_run")
        if last:
            lines.append(
                f"  last run {last['run_id']}: {last['status']}, started {last['started_at']}, out {last['out_dir']}"
            )
    for u in r.get("unfinished_runs", []):
        what = {
            "running": "interrupted before its alerts were recorded (or running now); the next run cleans it up",
            "committed": "alerts recorded, files not yet published; the next run publishes them",
            "recovered": "published by recovery; the next run into the same folder carries its alerts",
        }[u["status"]]
        lines.append(f"  unfinished run {u['run_id']} ({u['status']}, {u['out_dir']}): {what}")
    for p in r.get("problems", []):
        lines.append(f"  problem: {p}")
    return "\n".join(lines)
