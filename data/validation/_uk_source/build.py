import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import csv, random, collections, datetime
R=[]
for p in ['part1.py','part2.py','part3.py']: exec(open(pathlib.Path(__file__).resolve().parent / p).read())
rng=random.Random(20260417)
rng.shuffle(R)
ids=set()
rows=[]
for i,r in enumerate(R,1):
    while True:
        pid='RBB'+str(rng.randint(1000000,9999999))
        if pid not in ids: ids.add(pid); break
    d=r['exam_date']
    if not d:
        d=(datetime.date(2026,1,5)+datetime.timedelta(days=rng.randint(0,300))).isoformat()
    rows.append([f'BB-{i:04d}',pid,r['age'],r['sex'],d,r['modality'],r['exam_name'],r['text'],
                 r['gold_finding'],r['gold_levels'],r['gold_severity'],r['gold_acuity']])
with open(str(__import__("pathlib").Path(__file__).resolve().parents[1] / "uk_author_reports.csv"),'w',newline='',encoding='utf-8') as f:
    w=csv.writer(f)
    w.writerow('report_id,patient_id,age,sex,exam_date,modality,exam_name,text,gold_finding,gold_levels,gold_severity,gold_acuity'.split(','))
    w.writerows(rows)
print(len(rows), collections.Counter(r[8] for r in rows))
