"""Builds ../second_author_reports.csv (see ../README.md): python data/validation/_second_source/build.py"""
import csv, random, os, re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from part_fx import FX; from part_poss import POSS; from part_exc_nfd import EXC, NFD; from part_neg import NEG
rows = FX + POSS + EXC + NFD + NEG
assert len(rows) == 200
rnd = random.Random(20260417)
rnd.shuffle(rows)
ORDER = [f"C{i}" for i in range(1,8)] + [f"T{i}" for i in range(1,13)] + [f"L{i}" for i in range(1,6)] + [f"S{i}" for i in range(1,6)]
out = []
for i, r in enumerate(rows, 1):
    f = r["finding"]
    lv = r["levels"]
    if f not in ("fracture", "possible_fracture"):
        assert lv == ""
        sev, ac = "", "unspecified"
    else:
        sev, ac = r["severity"], r["acuity"]
    if lv:
        parts = lv.split(";")
        assert all(p in ORDER for p in parts), lv
        assert parts == sorted(parts, key=ORDER.index), lv
    assert sev in ("", "mild", "moderate", "severe")
    assert ac in ("acute", "chronic", "unspecified")
    age = r["age"] or rnd.randint(50, 95)
    sex = r["sex"] or rnd.choice("FFFM")
    date = f"2026-{rnd.randint(1,12):02d}-{rnd.randint(1,28):02d}"
    out.append([f"BLD-{i:04d}", f"P-B{1000+i*7:05d}", age, sex, date, r["modality"], r["exam_name"],
                r["text"], f, lv, sev, ac])
OUT = Path(__file__).resolve().parents[1] / "second_author_reports.csv"
with open(OUT, "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow("report_id,patient_id,age,sex,exam_date,modality,exam_name,text,gold_finding,gold_levels,gold_severity,gold_acuity".split(","))
    w.writerows(out)
from collections import Counter
print(Counter(o[8] for o in out)); print(Counter(o[5] for o in out))
print(max(len(o[7].splitlines()) for o in out))
