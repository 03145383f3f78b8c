"""Build ../notes_author_reports.csv from the hand-written clinical documents.

Standard library only. Deterministic (fixed seed). Run: python3 build.py
"""
import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import csv, random, datetime, collections
import common
import n1_fracture, n2_fracture, n3_possible_excluded_nfd, n4_nofx_spine, n5_nofx_other  # noqa: F401 (register documents)

docs = list(common.DOCS)
rng = random.Random(20261201)
rng.shuffle(docs)

start = datetime.date(2025, 1, 1)
span = (datetime.date(2026, 11, 30) - start).days

ids = set()
rows = []
for i, d in enumerate(docs, 1):
    while True:
        pid = "N%07d" % rng.randint(1000000, 9999999)
        if pid not in ids:
            ids.add(pid)
            break
    date = start + datetime.timedelta(days=rng.randint(0, span))
    modality = d["modality"]
    if modality is None:  # feeds vary: most documents carry no modality
        r = rng.random()
        modality = "DOC" if r < 0.12 else ("OT" if r < 0.18 else "")
    rows.append(dict(report_id="CN-%04d" % i, patient_id=pid, age=d["age"], sex=d["sex"],
                     exam_date=date.isoformat(), modality=modality, exam_name=d["exam_name"],
                     text=d["text"], gold_finding=d["gold_finding"], gold_levels=d["gold_levels"],
                     gold_severity=d["gold_severity"], gold_acuity=d["gold_acuity"],
                     gold_document_kind="clinical_document"))

cols = ("report_id,patient_id,age,sex,exam_date,modality,exam_name,text,gold_finding,"
        "gold_levels,gold_severity,gold_acuity,gold_document_kind").split(",")
out = pathlib.Path(__file__).resolve().parents[1] / "notes_author_reports.csv"
with open(str(out), "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=cols)
    w.writeheader()
    w.writerows(rows)

# ---- checks and counts
texts = [d["text"] for d in docs]
assert len(set(texts)) == len(texts), "duplicate text"
print(len(rows), "documents ->", out)
print("finding:", dict(collections.Counter(r["gold_finding"] for r in rows)))
print("spine content:", sum(d["spine"] for d in docs))
print("with levels:", sum(bool(r["gold_levels"]) for r in rows))
print("severity:", dict(collections.Counter(r["gold_severity"] for r in rows if r["gold_finding"] in ("fracture", "possible_fracture"))))
print("acuity:", dict(collections.Counter(r["gold_acuity"] for r in rows if r["gold_acuity"])))
print("modality:", dict(collections.Counter(r["modality"] for r in rows)))
print("sex:", dict(collections.Counter(r["sex"] for r in rows)),
      "age<50:", sum(r["age"] < 50 for r in rows), "age range:", min(r["age"] for r in rows), max(r["age"] for r in rows))
print("exam_name:", dict(sorted(collections.Counter(r["exam_name"] for r in rows).items())))
