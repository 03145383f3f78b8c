"""``agreement``: how far two labellers agree on the same reports (docs/VALIDATION.md, step 3).

- finding: Cohen's kappa over the five findings and over case-finding (positive = fracture or
  possible_fracture), each with its asymptotic 95% interval, and the raw agreement (Wilson);
- levels, on the reports both call positive: exact set agreement (Wilson) and the level-level
  F1 between the labellers, 2 |A and B| / (|A| + |B|) summed over reports (bootstrap interval);
- severity and acuity (when both files have them), on the reports both call positive;
- every disagreement, and every report only one file holds, in ``agreement.csv``.
"""

from __future__ import annotations

from pathlib import Path

from vfx_finder.decide import FINDINGS
from vfx_finder.errors import InputError
from vfx_finder.nlp.levels import join_levels
from vfx_finder.publish import SafeCsvWriter, ensure_out_dir, write_json_atomic
from vfx_finder.validation import stats
from vfx_finder.validation.sheets import check_attributes, check_gold, parse_levels_field, read_table

POSITIVE = {"fracture", "possible_fracture"}
AGREEMENT_COLUMNS = [
    "report_id",
    "disagreement",
    "a_finding",
    "b_finding",
    "a_levels",
    "b_levels",
    "a_severity",
    "b_severity",
    "a_acuity",
    "b_acuity",
]


def read_labels(path: Path) -> dict[str, dict]:
    """{report_id: {'finding', 'levels', 'severity', 'acuity'}} from a labelled CSV or .xlsx (checked)."""
    rows = read_table(path)
    if rows and not {"report_id", "gold_finding"} <= set(rows[0]):
        raise InputError(f"{path.name}: missing column 'report_id' or 'gold_finding'; give a labelled sheet")
    out: dict[str, dict] = {}
    for r in rows:
        rid = (r.get("report_id") or "").strip()
        if not rid:
            raise InputError(f"{path.name}: a row has no report_id; every labelled row needs one")
        if rid in out:
            raise InputError(f"{path.name}: report {rid} is labelled twice; keep one row per report")
        finding = (r.get("gold_finding") or "").strip()
        levels = parse_levels_field(r.get("gold_levels", ""))
        check_gold(path.name, rid, finding, levels)
        severity = None if "gold_severity" not in r else (r["gold_severity"] or "").strip().lower()
        acuity = None if "gold_acuity" not in r else (r["gold_acuity"] or "").strip().lower()
        check_attributes(path.name, rid, severity, acuity)
        out[rid] = {"finding": finding, "levels": levels, "severity": severity, "acuity": acuity}
    return out


def compare(a: dict[str, dict], b: dict[str, dict], *, seed: int = 20261124) -> tuple[dict, list[dict]]:
    """(statistics, disagreement rows) for two labellers' labels keyed by report id."""
    common = [rid for rid in a if rid in b]
    fa, fb = [a[r]["finding"] for r in common], [b[r]["finding"] for r in common]
    ba = ["positive" if x in POSITIVE else "negative" for x in fa]
    bb = ["positive" if x in POSITIVE else "negative" for x in fb]
    both_pos = [r for r in common if a[r]["finding"] in POSITIVE and b[r]["finding"] in POSITIVE]
    same_levels = sum(1 for r in both_pos if a[r]["levels"] == b[r]["levels"])
    per_report = [
        (
            len(a[r]["levels"] & b[r]["levels"]),
            len(b[r]["levels"] - a[r]["levels"]),
            len(a[r]["levels"] - b[r]["levels"]),
        )
        for r in both_pos
    ]
    tp, fp, fn = (sum(c[i] for c in per_report) for i in range(3))
    result = {
        "n_common": len(common),
        "only_in_a": sum(1 for r in a if r not in b),
        "only_in_b": sum(1 for r in b if r not in a),
        "finding": {
            "agreement": stats.proportion(sum(1 for x, y in zip(fa, fb) if x == y), len(common)),
            "kappa": stats.kappa(fa, fb, FINDINGS),
        },
        "case_finding": {
            "agreement": stats.proportion(sum(1 for x, y in zip(ba, bb) if x == y), len(common)),
            "kappa": stats.kappa(ba, bb, ("positive", "negative")),
        },
        "levels": {
            "n_both_positive": len(both_pos),
            "exact_set_agreement": stats.proportion(same_levels, len(both_pos)),
            "f1": stats.f1_from_counts(tp, fp, fn),
            "f1_ci95": stats.f1_interval(per_report, seed=seed)["ci95"],
        },
    }
    for name, order in (
        ("severity", ("", "mild", "moderate", "severe")),
        ("acuity", ("chronic", "unspecified", "acute")),
    ):
        if all(a[r][name] is not None and b[r][name] is not None for r in both_pos) and both_pos:
            norm = (lambda v: v or "unspecified") if name == "acuity" else (lambda v: v or "")
            result[name] = stats.agreement(
                [norm(a[r][name]) for r in both_pos], [norm(b[r][name]) for r in both_pos], order
            )
        else:
            result[name] = None
    rows = []
    for rid in list(a) + [r for r in b if r not in a]:
        la, lb = a.get(rid), b.get(rid)
        if la is None or lb is None:
            what = "only in B" if la is None else "only in A"
        else:
            kinds = []
            if la["finding"] != lb["finding"]:
                kinds.append("finding")
            if la["levels"] != lb["levels"]:
                kinds.append("levels")
            for k in ("severity", "acuity"):
                if la[k] is not None and lb[k] is not None and la[k] != lb[k]:
                    kinds.append(k)
            if not kinds:
                continue
            what = ";".join(kinds)
        row = {"report_id": rid, "disagreement": what}
        for side, lab in (("a", la), ("b", lb)):
            if lab is not None:
                row.update(
                    {
                        f"{side}_finding": lab["finding"],
                        f"{side}_levels": join_levels(lab["levels"]),
                        f"{side}_severity": lab["severity"] or "",
                        f"{side}_acuity": lab["acuity"] or "",
                    }
                )
        rows.append(row)
    result["disagreements"] = len(rows)
    return result, rows


def agreement(path_a: Path, path_b: Path, out_dir: Path | None = None, *, seed: int = 20261124) -> tuple[dict, list]:
    """Compare two labelled files; with ``out_dir`` write agreement.json and agreement.csv (0600)."""
    result, rows = compare(read_labels(path_a), read_labels(path_b), seed=seed)
    result["files"] = {"a": str(path_a), "b": str(path_b)}
    if out_dir is not None:
        out = ensure_out_dir(out_dir)
        w = SafeCsvWriter(out / "agreement.csv", AGREEMENT_COLUMNS)
        try:
            w.write_all(rows)
            j = write_json_atomic(out / "agreement.json", result)
            w.commit()
            j.commit()
        except BaseException:
            w.discard()
            raise
    return result, rows


def _v(x, ci) -> str:
    if x is None:
        return "n/a"
    return f"{x:.3f} ({ci[0]:.3f}-{ci[1]:.3f})" if ci else f"{x:.3f}"


def format_agreement(r: dict) -> str:
    """The printed summary of agreement."""
    f, c, lv = r["finding"], r["case_finding"], r["levels"]
    lines = [
        f"reports in both files: {r['n_common']} (only in A {r['only_in_a']}, only in B {r['only_in_b']})",
        f"finding (five classes): agreement {_v(f['agreement']['estimate'], f['agreement']['ci95'])}, "
        f"Cohen's kappa {_v(f['kappa']['kappa'], f['kappa']['ci95'])}",
        f"case-finding (positive / negative): agreement {_v(c['agreement']['estimate'], c['agreement']['ci95'])}, "
        f"Cohen's kappa {_v(c['kappa']['kappa'], c['kappa']['ci95'])}",
        f"levels on {lv['n_both_positive']} reports both call positive: exact set agreement "
        f"{_v(lv['exact_set_agreement']['estimate'], lv['exact_set_agreement']['ci95'])}, "
        f"level F1 {_v(lv['f1'], lv['f1_ci95'])}",
    ]
    for name in ("severity", "acuity"):
        a = r.get(name)
        if a:
            lines.append(
                f"{name}: exact {_v(a['exact']['estimate'], a['exact']['ci95'])}, "
                f"weighted kappa {_v(a['weighted_kappa']['kappa'], a['weighted_kappa']['ci95'])}"
            )
    lines.append(f"disagreements: {r['disagreements']}")
    return "\n".join(lines)
