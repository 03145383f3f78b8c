"""``vfx-finder audit``: the RCR reporting-quality audit and the FLS figures, from the state store's report_audit.

:func:`compute_audit` turns a period's report_audit rows (a DataFrame, see
:func:`vfx_finder.aggregate.audit_store.audit_frame`) into data: each standard's percentage with
its 95% Wilson interval against its target, overall and by modality / reporter / month, and the
FLS figures. :func:`run_audit` opens the store read-only, computes, and writes ``audit.csv`` and a
self-contained ``audit.html`` (owner-only, atomic). No report text is read or written: the table
holds none.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import sqlite3
import urllib.parse
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from vfx_finder.aggregate.audit_fields import POSITIVE
from vfx_finder.aggregate.audit_store import audit_frame, iso_date, report_counts, reporter_secret
from vfx_finder.aggregate.pg import PgConn, PgLocation
from vfx_finder.errors import StateError, UsageError

#: (field, standard, target, source). Targets: see docs/AUDIT.md.
STANDARDS = (
    (
        "term_fracture_used",
        "The term 'fracture' is used",
        1.0,
        "RCR vertebral fracture reporting audit (target 100%); ROS 2022 Appendix B 2: reported 'as vertebral fracture'",
    ),
    ("level_stated", "The level is stated", 1.0, "ROS 2022 Appendix B 2: 'description of levels and severity'"),
    (
        "severity_stated",
        "The severity / grade is stated",
        1.0,
        "ROS 2022 Appendix B 2: 'description of levels and severity' (Genant grade or words)",
    ),
    (
        "comparison_made",
        "Previous imaging reviewed (or stated unavailable)",
        1.0,
        "ROS 2022 Appendix B 2: 'previous imaging reviewed to identify timing of the fracture'",
    ),
    (
        "recommendation_made",
        "Further assessment recommended (bone health / FLS / DXA)",
        1.0,
        "RCR audit (target 100%); ROS 2022 Appendix B 3: 'reports signpost for further assessment'",
    ),
)
GROUPINGS = ("modality", "reporter", "month")
NOT_RECORDED = "(not recorded)"
KPI3_GREEN = 0.20
CSV_COLUMNS = [
    "group_by",
    "group",
    "standard",
    "field",
    "numerator",
    "denominator",
    "percentage",
    "ci_low",
    "ci_high",
    "target",
    "meets_target",
    "period_from",
    "period_to",
]


@dataclass
class AuditResult:
    """What the audit computed (plain data) and where it was written."""

    period_from: str
    period_to: str
    by: str | None
    reports: int
    positive_reports: int
    standards: list[dict]
    fls: dict
    pseudonymised: bool = False
    paths: dict[str, Path] = field(default_factory=dict)

    def one_line(self) -> str:
        """A summary line for the command line."""
        return (
            f"audit {self.period_from}..{self.period_to}: {self.reports} report(s), "
            f"{self.positive_reports} fracture / possible fracture report(s), {len(self.standards)} row(s)"
        )


# ---------------------------------------------------------------------------------------------- inputs
def parse_date(value: str, option: str) -> date:
    """A ``YYYY-MM-DD`` option value, or a UsageError naming the option."""
    if not iso_date(value or "") or len(value.strip()) != 10:
        raise UsageError(f"{option}: {value!r} is not a date; give YYYY-MM-DD, e.g. 2026-01-31")
    return date.fromisoformat(value.strip())


def pseudonym(name: str, secret: str) -> str:
    """A stable pseudonym for a reporter: HMAC-SHA256 keyed with the store's secret (case and spacing ignored)."""
    norm = " ".join((name or "").split()).casefold()
    if not norm:
        return NOT_RECORDED
    digest = hmac.new(bytes.fromhex(secret), norm.encode("utf-8"), hashlib.sha256).hexdigest()
    return f"reporter-{digest[:10]}"


def _wilson(num, den):
    from statsmodels.stats.proportion import proportion_confint

    return proportion_confint(num, den, alpha=0.05, method="wilson")


def _standard_rows(pos, key, group_by: str, period: tuple[str, str]) -> list[dict]:
    """One row per (group, standard) with numerator, denominator, percentage and Wilson interval."""
    import numpy as np

    rows: list[dict] = []
    for fld, label, target, _source in STANDARDS:
        col = pos[fld]
        assessed = col.isin(("yes", "no"))
        yes = col.eq("yes")
        if key is None:
            nums = np.array([int(yes.sum())])
            dens = np.array([int(assessed.sum())])
            groups = ["all"]
        else:
            agg = (
                pos.assign(_yes=yes.astype(int), _n=assessed.astype(int))
                .groupby(key, sort=True, observed=True)[["_yes", "_n"]]
                .sum()
            )
            nums, dens, groups = agg["_yes"].to_numpy(), agg["_n"].to_numpy(), [str(g) for g in agg.index]
        with np.errstate(invalid="ignore", divide="ignore"):
            lo, hi = _wilson(nums, np.where(dens == 0, 1, dens))
        for g, n, d, a, b in zip(groups, nums, dens, np.atleast_1d(lo), np.atleast_1d(hi)):
            n, d = int(n), int(d)
            rows.append(
                {
                    "group_by": group_by,
                    "group": g,
                    "standard": label,
                    "field": fld,
                    "numerator": n,
                    "denominator": d,
                    "percentage": round(100.0 * n / d, 1) if d else None,
                    "ci_low": round(100.0 * float(a), 1) if d else None,
                    "ci_high": round(100.0 * float(b), 1) if d else None,
                    "target": round(100.0 * target, 1),
                    "meets_target": ("yes" if n / d >= target else "no") if d else "",
                    "period_from": period[0],
                    "period_to": period[1],
                }
            )
    return rows


def _days_between(later, earlier):
    import pandas as pd

    a = pd.to_datetime(later, format="%Y-%m-%d", errors="coerce")
    b = pd.to_datetime(earlier, format="%Y-%m-%d", errors="coerce")
    return (a - b).dt.days


def _fls_figures(frame, reviews: dict | None, fls_caseload: int | None, reports_by_month: dict[str, int]) -> dict:
    """Fractures identified per month, alerts by priority, time from exam to alert, review outcomes, KPI 3."""
    import pandas as pd

    month = frame["period_date"].str.slice(0, 7)
    patient = frame["patient_key"].where(frame["patient_key"] != "", "report:" + frame["report_id"])
    frac = frame["finding"].eq("fracture")
    possible = frame["finding"].eq("possible_fracture")
    per_month = (
        pd.DataFrame(
            {
                "month": month,
                "fracture_reports": frac.astype(int),
                "possible_fracture_reports": possible.astype(int),
                "patient": patient.where(frac),
            }
        )
        .groupby("month", sort=True)
        .agg(
            fracture_reports=("fracture_reports", "sum"),
            possible_fracture_reports=("possible_fracture_reports", "sum"),
            fracture_patients=("patient", "nunique"),
        )
        .reset_index()
    )
    months = sorted(set(reports_by_month) | {str(m) for m in per_month["month"]})
    per_month = per_month.assign(month=per_month["month"].astype(str)).set_index("month").reindex(months, fill_value=0)
    per_month.insert(0, "reports", [reports_by_month.get(m, 0) for m in months])
    per_month = per_month.rename_axis("month").reset_index()
    for col in ("reports", "fracture_reports", "possible_fracture_reports", "fracture_patients"):
        per_month[col] = per_month[col].astype(int)
    alerted = frame[frame["alert_id"] != ""]
    # one row per alert: its earliest usable exam date (an alert may list several reports of the patient)
    exam = alerted["exam_date"].map(iso_date)
    per_alert = (
        pd.DataFrame(
            {
                "alert_id": alerted["alert_id"],
                "priority": alerted["priority"],
                "alerted_at": alerted["alerted_at"].str.slice(0, 10),
                "exam": exam.where(exam != ""),
            }
        )
        .sort_values(["alert_id", "exam"], na_position="last", kind="stable")
        .drop_duplicates("alert_id")
    )
    by_priority = {
        str(int(p)) if pd.notna(p) else NOT_RECORDED: int(n)
        for p, n in per_alert["priority"].value_counts(dropna=False).sort_index().items()
    }
    days = _days_between(per_alert["alerted_at"], per_alert["exam"]).dropna()
    delay = {
        "alerts": int(len(per_alert)),
        "with_exam_date": int(len(days)),
        "without_exam_date": int(len(per_alert) - len(days)),
        "median_days": float(days.median()) if len(days) else None,
        "q1_days": float(days.quantile(0.25)) if len(days) else None,
        "q3_days": float(days.quantile(0.75)) if len(days) else None,
        "within_90_days": int((days <= 90).sum()),
    }
    kpi_patients = patient[(frame["alert_id"] != "") & frac].nunique()
    kpi = {
        "numerator": int(kpi_patients),
        "numerator_incl_possible": int(patient[frame["alert_id"] != ""].nunique()),
        "caseload": fls_caseload,
        "share": None,
        "ci_low": None,
        "ci_high": None,
        "green_threshold": KPI3_GREEN,
        "warning": "",
    }
    if fls_caseload:
        kpi["share"] = kpi_patients / fls_caseload
        if kpi_patients > fls_caseload:
            kpi["warning"] = (
                f"the caseload ({fls_caseload}) is smaller than the patients alerted ({kpi_patients}); check --fls-caseload"
            )
        else:
            lo, hi = _wilson(kpi_patients, fls_caseload)
            kpi["ci_low"], kpi["ci_high"] = float(lo), float(hi)
    return {
        "per_month": per_month.to_dict("records"),
        "alerts_by_priority": by_priority,
        "exam_to_alert": delay,
        "reviews": reviews,
        "kpi3": kpi,
    }


def compute_audit(
    frame,
    *,
    period_from: str,
    period_to: str,
    by: str | None = None,
    reporter_key: str | None = None,
    fls_caseload: int | None = None,
    reviews: dict | None = None,
    reports_by_month: dict[str, int] | None = None,
) -> AuditResult:
    """The audit of a period's report_audit rows: standards overall and by ``by``, and the FLS figures.

    ``frame`` may hold only the fracture / possible fracture rows when ``reports_by_month`` gives the
    count of all reports processed per month (as :func:`run_audit` does: the rest is counted in SQL).
    """
    if by is not None and by not in GROUPINGS:
        raise UsageError(f"--by {by!r} is not a grouping; give one of {', '.join(GROUPINGS)}")
    frame = frame.copy()
    frame["modality"] = frame["modality"].str.strip().str.upper().replace("", NOT_RECORDED)
    if reporter_key is not None:
        cache: dict[str, str] = {}
        frame["reporter"] = frame["reporter"].map(lambda n: cache.setdefault(n, pseudonym(n, reporter_key)))
    else:
        frame["reporter"] = frame["reporter"].str.strip().replace("", NOT_RECORDED)
    frame["month"] = frame["period_date"].str.slice(0, 7)
    pos = frame[frame["finding"].isin(POSITIVE)]
    if reports_by_month is None:
        reports_by_month = {str(k): int(v) for k, v in frame["month"].value_counts().sort_index().items()}
    period = (period_from, period_to)
    rows = _standard_rows(pos, None, "overall", period)
    if by:
        order = {f[0]: i for i, f in enumerate(STANDARDS)}
        rows += sorted(_standard_rows(pos, by, by, period), key=lambda r: (r["group"], order[r["field"]]))
    return AuditResult(
        period_from=period_from,
        period_to=period_to,
        by=by,
        reports=int(sum(reports_by_month.values())),
        positive_reports=int(len(pos)),
        standards=rows,
        fls=_fls_figures(pos, reviews, fls_caseload, reports_by_month),
        pseudonymised=reporter_key is not None,
    )


# ---------------------------------------------------------------------------------------------- store
def _open_store(path: Path, *, readonly: bool = True) -> sqlite3.Connection:
    if isinstance(path, PgLocation):  # --state postgresql://...: the same tables, through aggregate/pg.py
        from vfx_finder.aggregate.state import StateStore

        store = StateStore.open(path, readonly=readonly)
        if "report_audit" not in store._tables():
            store.close()
            raise StateError(
                f"state store {path} has no report_audit table: no run of a vfx-finder with the audit has used it "
                "yet; run the nightly job with this version, then audit"
            )
        return store.conn
    if not path.is_file():
        raise UsageError(
            f"state store not found: {path}; give --state PATH of the store the nightly run uses (or set VFX_STATE)"
        )
    uri = "file:" + urllib.parse.quote(str(path.resolve())) + ("?mode=ro" if readonly else "")
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=30.0)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as err:
        raise StateError(f"state store {path} is unreadable or corrupt ({err}); restore it from a backup") from None
    if "report_audit" not in tables:
        conn.close()
        raise StateError(
            f"state store {path} has no report_audit table: no run of a vfx-finder with the audit has used it yet; "
            "run the nightly job with this version, then audit"
        )
    return conn


def _reviews(conn: sqlite3.Connection, alert_ids: set[str]) -> dict | None:
    """Review outcomes of the period's alerts by decision, if the store has a review_decisions table."""
    if isinstance(conn, PgConn):
        cols = {
            r[0]
            for r in conn.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = 'review_decisions'"
            )
        }
    else:
        cols = {r[1] for r in conn.execute("PRAGMA table_info(review_decisions)")}
    if not {"alert_id", "decision"} <= cols:
        return None
    counts: dict[str, int] = {}
    for alert_id, decision in conn.execute("SELECT alert_id, decision FROM review_decisions"):
        if alert_id in alert_ids:
            key = (decision or "").strip() or "(blank)"
            counts[key] = counts.get(key, 0) + 1
    return dict(sorted(counts.items()))


def _secret(path: Path, conn: sqlite3.Connection) -> str:
    secret = reporter_secret(conn, create=False)
    if secret is not None:
        return secret
    rw = _open_store(path, readonly=False)
    try:
        return reporter_secret(rw, create=True)
    finally:
        rw.close()


def run_audit(
    state: Path,
    date_from: str,
    date_to: str,
    out: Path,
    *,
    by: str | None = None,
    pseudonymise_reporters: bool = False,
    fls_caseload: int | None = None,
) -> AuditResult:
    """Audit the reports of [date_from, date_to] in the state store; write audit.csv and audit.html into ``out``."""
    start, end = parse_date(date_from, "--from"), parse_date(date_to, "--to")
    if start > end:
        raise UsageError(f"--from {start} is after --to {end}; give a period that starts before it ends")
    if by is not None and by not in GROUPINGS:
        raise UsageError(f"--by {by!r} is not a grouping; give one of {', '.join(GROUPINGS)}")
    if fls_caseload is not None and fls_caseload < 1:
        raise UsageError(
            f"--fls-caseload {fls_caseload} must be a whole number >= 1 (the FLS's patients in the period)"
        )
    state = state if isinstance(state, PgLocation) else Path(state)
    conn = _open_store(state)
    try:
        frame = audit_frame(conn, start.isoformat(), end.isoformat(), findings=POSITIVE)
        counts = report_counts(conn, start.isoformat(), end.isoformat())
        key = _secret(state, conn) if pseudonymise_reporters else None
        reviews = _reviews(conn, set(frame.loc[frame["alert_id"] != "", "alert_id"]))
    finally:
        conn.close()
    result = compute_audit(
        frame,
        period_from=start.isoformat(),
        period_to=end.isoformat(),
        by=by,
        reporter_key=key,
        fls_caseload=fls_caseload,
        reviews=reviews,
        reports_by_month=counts,
    )
    write_outputs(result, Path(out))
    return result


# ---------------------------------------------------------------------------------------------- outputs
def _png(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=96, bbox_inches="tight", metadata={"Software": None})
    import matplotlib.pyplot as plt

    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def charts(result: AuditResult) -> dict[str, str]:
    """The audit's charts as ``data:image/png;base64`` URIs (matplotlib, Agg backend)."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    out: dict[str, str] = {}
    overall = [r for r in result.standards if r["group_by"] == "overall" and r["denominator"]]
    if overall:
        fig, ax = plt.subplots(figsize=(7, 0.6 * len(overall) + 1))
        y = list(range(len(overall)))[::-1]
        pct = [r["percentage"] for r in overall]
        err = [[p - r["ci_low"] for p, r in zip(pct, overall)], [r["ci_high"] - p for p, r in zip(pct, overall)]]
        ax.barh(y, pct, xerr=err, color="#4a7fb5", capsize=3)
        ax.scatter([r["target"] for r in overall], y, marker="|", s=300, color="#c0392b", label="target", zorder=3)
        ax.set_yticks(y, [r["field"] for r in overall])
        ax.set_xlim(0, 105)
        ax.set_xlabel("% of fracture / possible fracture reports (95% Wilson interval)")
        ax.legend(loc="lower right")
        out["standards"] = _png(fig)
    months = result.fls["per_month"]
    if months:
        fig, ax = plt.subplots(figsize=(7, 2.8))
        ax.bar([m["month"] for m in months], [m["fracture_reports"] for m in months], color="#4a7fb5")
        ax.set_ylabel("fracture reports")
        ax.tick_params(axis="x", labelrotation=45)
        out["per_month"] = _png(fig)
    prio = result.fls["alerts_by_priority"]
    if prio:
        fig, ax = plt.subplots(figsize=(4, 2.6))
        ax.bar(list(prio), list(prio.values()), color="#6b8e23")
        ax.set_xlabel("priority")
        ax.set_ylabel("alerts")
        out["priority"] = _png(fig)
    return out


def render_html(result: AuditResult, images: dict[str, str] | None = None) -> str:
    """The self-contained audit page (Jinja2 with autoescape; inline CSS; images as data URIs)."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("vfx_finder.audit", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    from vfx_finder import __version__

    return env.get_template("audit.html.j2").render(
        r=result,
        images=images if images is not None else charts(result),
        standards=STANDARDS,
        overall=[s for s in result.standards if s["group_by"] == "overall"],
        grouped=[s for s in result.standards if s["group_by"] != "overall"],
        generated=datetime.now().astimezone().isoformat(timespec="seconds"),
        version=__version__,
    )


def write_outputs(result: AuditResult, out: Path) -> dict[str, Path]:
    """audit.csv (SafeCsvWriter: fixed columns, formula-safe) and audit.html, each atomic and owner-only."""
    from vfx_finder.publish.files import AtomicFile, SafeCsvWriter, ensure_out_dir, fsync_dir

    ensure_out_dir(out)
    html = render_html(result)
    csv_w = SafeCsvWriter(out / "audit.csv", CSV_COLUMNS)
    html_f = AtomicFile(out / "audit.html", newline=None)
    try:
        for row in result.standards:
            csv_w.write({k: "" if v is None else str(v) for k, v in row.items()})
        html_f.fh.write(html)
        csv_w.commit()
        html_f.commit()
    except BaseException:
        csv_w.discard()
        html_f.discard()
        raise
    fsync_dir(out)
    result.paths = {"audit.csv": out / "audit.csv", "audit.html": out / "audit.html"}
    return result.paths
