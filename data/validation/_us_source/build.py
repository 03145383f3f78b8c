import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import csv, random, re, datetime, collections
import common
import p1_fracture, p2_fracture, p3_possible, p4_excluded_nfd, p5_nofx  # noqa: F401 (register reports)

reps = list(common.REPORTS)
rng = random.Random(7301)
rng.shuffle(reps)

# infer sex hints from text when not given
def infer_sex(t):
    tl = t.lower()
    if re.search(r"\b(female|woman|postmenopausal|hysterectomy|mastectomy|ovarian|endometrial|aromatase)\b", tl) or re.search(r"\b\d{2}\s?f\b", tl) or "breast" in tl:
        return "F"
    if re.search(r"\b(male|man|prostate)\b", tl) or re.search(r"\b\d{2}\s?m\b", tl):
        return "M"
    return None

ids = set()
rows = []
start = datetime.date(2026, 2, 1)
for i, r in enumerate(reps, 1):
    sex = r["sex"] or infer_sex(r["text"]) or rng.choice("FFM")
    age = r["age"] or rng.randint(50, 95)
    while True:
        pid = "E%07d" % rng.randint(1000000, 9999999)
        if pid not in ids:
            ids.add(pid)
            break
    d = start + datetime.timedelta(days=rng.randint(0, 272))
    rows.append(dict(report_id="BC-%04d" % i, patient_id=pid, age=age, sex=sex,
                     exam_date=d.isoformat(), modality=r["modality"], exam_name=r["exam_name"],
                     text=r["text"], gold_finding=r["gold_finding"], gold_levels=r["gold_levels"],
                     gold_severity=r["gold_severity"], gold_acuity=r["gold_acuity"]))

cols = "report_id,patient_id,age,sex,exam_date,modality,exam_name,text,gold_finding,gold_levels,gold_severity,gold_acuity".split(",")
with open(str(__import__("pathlib").Path(__file__).resolve().parents[1] / "us_author_reports.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=cols)
    w.writeheader()
    w.writerows(rows)

print(len(rows), collections.Counter(r["gold_finding"] for r in rows))
