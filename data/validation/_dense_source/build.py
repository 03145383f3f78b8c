"""Build dense_author_reports.csv from the hand-written report literals in this folder.

Standard library only:  python3 build.py
Writes ../dense_author_reports.csv (shuffled with a fixed seed, ids DN-0001..).
"""
import collections
import csv
import datetime
import pathlib
import random
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import common  # noqa: E402
import p1_fracture, p2_fracture, p3_possible_excluded, p4_nfd, p5_nofx  # noqa: E402,F401  (register reports)

OUT = HERE.parent / "dense_author_reports.csv"
COLS = ("report_id,patient_id,age,sex,exam_date,modality,exam_name,text,gold_finding,"
        "gold_levels,gold_severity,gold_acuity,gold_document_kind").split(",")
LEVELS = ["C%d" % i for i in range(1, 8)] + ["T%d" % i for i in range(1, 13)] + \
         ["L%d" % i for i in range(1, 6)] + ["S%d" % i for i in range(1, 6)]
POSITIVE = ("fracture", "possible_fracture")
FIRST_DAY = datetime.date(2025, 1, 1)
LAST_DAY = datetime.date(2026, 11, 30)
MONTHS = {m: i for i, m in enumerate(("january february march april may june july august "
                                      "september october november december").split(), 1)}


def check(r):
    f = r["gold_finding"]
    assert f in common.FINDINGS, f
    assert r["modality"] in ("CT", "MR", "XR", "NM"), r["modality"]
    if f in POSITIVE:
        lv = [x for x in r["gold_levels"].split(";") if x]
        assert all(x in LEVELS for x in lv), lv
        assert lv == sorted(lv, key=LEVELS.index) and len(set(lv)) == len(lv), lv
        assert r["gold_severity"] in ("", "mild", "moderate", "severe"), r["gold_severity"]
        assert r["gold_acuity"] in ("acute", "chronic", "unspecified"), r["gold_acuity"]
    else:
        assert r["gold_levels"] == r["gold_severity"] == r["gold_acuity"] == "", r["text"][:80]


def _month_end(y, m):
    nxt = datetime.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - datetime.timedelta(days=1)


def latest_date_in(text):
    """Latest date the report refers to (comparisons, prior studies), so the exam date comes after it."""
    found = []
    for y, m, d in re.findall(r"\b(20\d\d)-(\d\d)-(\d\d)\b", text):
        found.append(datetime.date(int(y), int(m), int(d)))
    for a, b, y in re.findall(r"\b(\d{1,2})/(\d{1,2})/(20\d\d)\b", text):
        a, b, y = int(a), int(b), int(y)
        cands = [datetime.date(y, mm, dd) for mm, dd in ((a, b), (b, a)) if mm <= 12 and dd <= 31]
        found.append(max(cands))
    for m, y in re.findall(r"(?<![/\d])(\d{1,2})/(20\d\d)\b", text):
        found.append(_month_end(int(y), int(m)))
    for mon, y in re.findall(r"\b([A-Z][a-z]+) (20\d\d)\b", text):
        if mon.lower() in MONTHS:
            found.append(_month_end(int(y), MONTHS[mon.lower()]))
    for y in re.findall(r"\b(20\d\d)\b", text):
        found.append(datetime.date(int(y), 1, 1))
    return max(found) if found else None


def main():
    reps = list(common.REPORTS)
    for r in reps:
        check(r)
    rng = random.Random(20261201)
    rng.shuffle(reps)
    pids = set()
    rows = []
    for i, r in enumerate(reps, 1):
        sex = r["sex"] or rng.choice("FFM")
        age = r["age"] or rng.randint(55, 92)
        assert 19 <= age <= 99
        while True:
            pid = "DP%07d" % rng.randint(1000000, 9999999)
            if pid not in pids:
                pids.add(pid)
                break
        lo = FIRST_DAY
        last = latest_date_in(r["text"])
        if last is not None:
            lo = max(lo, last + datetime.timedelta(days=14))
        assert lo <= LAST_DAY, (lo, r["text"][:80])
        exam = lo + datetime.timedelta(days=rng.randint(0, (LAST_DAY - lo).days))
        rows.append(dict(report_id="DN-%04d" % i, patient_id=pid, age=age, sex=sex,
                         exam_date=exam.isoformat(), modality=r["modality"], exam_name=r["exam_name"],
                         text=r["text"], gold_finding=r["gold_finding"], gold_levels=r["gold_levels"],
                         gold_severity=r["gold_severity"], gold_acuity=r["gold_acuity"],
                         gold_document_kind="imaging_report"))
    with open(OUT, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLS)
        w.writeheader()
        w.writerows(rows)
    print(len(rows), "rows ->", OUT)
    print(dict(collections.Counter(r["gold_finding"] for r in rows)))
    print(dict(collections.Counter(r["modality"] for r in rows)))


if __name__ == "__main__":
    main()
