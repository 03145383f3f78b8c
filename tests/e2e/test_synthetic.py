"""Tests for scripts/make_synthetic.py (the synthetic report generator).

The generator is run as a subprocess (it is a script, not part of the package).
Everything is small so the whole file runs in a few seconds.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "make_synthetic.py"

CANON = [
    "report_id",
    "patient_id",
    "nhs_number",
    "date_of_birth",
    "age",
    "sex",
    "exam_date",
    "modality",
    "exam_name",
    "referrer",
    "report_status",
    "text",
]
GOLD = ["gold_finding", "gold_levels", "gold_severity", "gold_acuity"]
FINDINGS = {"fracture", "possible_fracture", "excluded", "non_fracture_deformity", "no_fracture"}
LEVELS = (
    [f"C{i}" for i in range(1, 8)]
    + [f"T{i}" for i in range(1, 13)]
    + [f"L{i}" for i in range(1, 6)]
    + [f"S{i}" for i in range(1, 6)]
)
ORDER = {lv: i for i, lv in enumerate(LEVELS)}
# Independent definition of "the report has spine content" (exam name or text).
SPINE_RE = re.compile(
    r"spin|vertebr|\b[TLDCS]-?\d{1,2}\b|lumbar|thoracolumbar|"
    r"(?:mid|lower|upper)[- ]thoracic|sacr|schmorl|scheuermann|kyphos|STIR|\bVFA\b",
    re.IGNORECASE,
)


def run(*args):
    subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], check=True, capture_output=True)


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        rdr = csv.DictReader(f)
        return rdr.fieldnames, list(rdr)


def nhs_valid(s):
    if not re.fullmatch(r"\d{10}", s):
        return False
    total = sum(int(c) * w for c, w in zip(s[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(s[9])


@pytest.fixture(scope="module")
def gold_all(tmp_path_factory):
    out = tmp_path_factory.mktemp("gold") / "gold.csv"
    run("--n", 1500, "--seed", 11, "--mix", "all", "--gold", "--out", out)
    return read_csv(out)


@pytest.fixture(scope="module")
def formats(tmp_path_factory):
    d = tmp_path_factory.mktemp("formats")
    run("--n", 40, "--seed", 20261124, "--out", d / "reports.csv", "--formats", d)
    return d


def test_same_seed_is_byte_identical(tmp_path):
    for name in ("a", "b"):
        run(
            "--n",
            300,
            "--seed",
            123,
            "--gold",
            "--out",
            tmp_path / f"{name}.csv",
            "--formats",
            tmp_path / f"fmt_{name}",
        )
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    for rel in (
        "reports.jsonl",
        "reports.hl7",
        "reports_bundle.json",
        "reports.ndjson",
        "txt/metadata.csv",
        "txt/SYN-000007.txt",
    ):
        assert (tmp_path / "fmt_a" / rel).read_bytes() == (tmp_path / "fmt_b" / rel).read_bytes(), rel


def test_different_seed_differs(tmp_path):
    run("--n", 50, "--seed", 1, "--out", tmp_path / "a.csv")
    run("--n", 50, "--seed", 2, "--out", tmp_path / "b.csv")
    assert (tmp_path / "a.csv").read_bytes() != (tmp_path / "b.csv").read_bytes()


def test_smaller_n_is_a_prefix(tmp_path):
    run("--n", 60, "--seed", 5, "--gold", "--out", tmp_path / "small.csv")
    run("--n", 200, "--seed", 5, "--gold", "--out", tmp_path / "big.csv")
    _, small = read_csv(tmp_path / "small.csv")
    _, big = read_csv(tmp_path / "big.csv")
    assert small == big[:60]


def test_columns_and_no_gold_by_default(tmp_path):
    run("--n", 20, "--out", tmp_path / "plain.csv")
    cols, rows = read_csv(tmp_path / "plain.csv")
    assert cols == CANON
    assert len(rows) == 20


def test_gold_columns_valid(gold_all):
    cols, rows = gold_all
    assert cols == CANON + GOLD
    assert len(rows) == 1500
    counts = {}
    for r in rows:
        f = r["gold_finding"]
        assert f in FINDINGS
        counts[f] = counts.get(f, 0) + 1
        assert r["gold_severity"] in ("", "mild", "moderate", "severe")
        if f in ("fracture", "possible_fracture"):
            assert r["gold_acuity"] in ("acute", "chronic", "unspecified")
            levels = r["gold_levels"].split(";") if r["gold_levels"] else []
            assert all(lv in ORDER for lv in levels), r["gold_levels"]
            assert levels == sorted(set(levels), key=ORDER.get), r["gold_levels"]
        else:
            assert r["gold_levels"] == r["gold_severity"] == r["gold_acuity"] == "", r["report_id"]
    # the development mix is balanced: every class is well represented
    for f in FINDINGS:
        assert counts.get(f, 0) / len(rows) >= 0.05, counts
    assert 0.22 <= counts["fracture"] / len(rows) <= 0.38, counts
    # fracture reports usually name at least one level
    fx = [r for r in rows if r["gold_finding"] == "fracture"]
    assert sum(bool(r["gold_levels"]) for r in fx) / len(fx) > 0.8


def test_metadata_fields(gold_all):
    _, rows = gold_all
    nhs = [r["nhs_number"] for r in rows if r["nhs_number"]]
    valid = sum(nhs_valid(n) for n in nhs)
    assert valid / len(rows) >= 0.95  # mostly valid
    assert valid < len(nhs)  # but some deliberately invalid ones
    assert all(re.fullmatch(r"\d{10}", n) for n in nhs)
    ids = [r["report_id"] for r in rows]
    assert ids[0] == "SYN-000001" and len(set(ids)) == len(ids)
    for r in rows:
        dob = dt.date.fromisoformat(r["date_of_birth"])
        exam = dt.date.fromisoformat(r["exam_date"])
        age = exam.year - dob.year - ((exam.month, exam.day) < (dob.month, dob.day))
        assert int(r["age"]) == age and 18 <= age <= 100
        assert dt.date(2025, 1, 1) <= exam <= dt.date(2026, 11, 20)
        assert r["sex"] in ("F", "M")
        assert r["report_status"] in ("F", "P", "C")
        assert r["text"].strip()
    assert sum(int(r["age"]) >= 50 for r in rows) / len(rows) > 0.7
    statuses = {r["report_status"] for r in rows}
    assert statuses == {"F", "P", "C"}
    # some patients have repeat imaging
    per_patient = {}
    for r in rows:
        per_patient[r["patient_id"]] = per_patient.get(r["patient_id"], 0) + 1
    assert any(n >= 2 for n in per_patient.values())


def test_mixed_is_mostly_without_spine_content(tmp_path):
    run("--n", 1000, "--seed", 3, "--mix", "mixed", "--gold", "--out", tmp_path / "m.csv")
    _, rows = read_csv(tmp_path / "m.csv")
    no_spine = [r for r in rows if not SPINE_RE.search(r["exam_name"] + "\n" + r["text"])]
    share = len(no_spine) / len(rows)
    assert 0.63 <= share <= 0.77, share
    assert all(r["gold_finding"] == "no_fracture" for r in no_spine)


def test_spine_mix_is_spine_only(tmp_path):
    run("--n", 400, "--seed", 4, "--mix", "spine", "--gold", "--out", tmp_path / "s.csv")
    _, rows = read_csv(tmp_path / "s.csv")
    assert all(SPINE_RE.search(r["exam_name"] + "\n" + r["text"]) for r in rows)


def unescape_hl7(s):
    return re.sub(r"\\([FSTRE])\\", lambda m: {"F": "|", "S": "^", "T": "&", "R": "~", "E": "\\"}[m.group(1)], s)


def test_formats_exist_with_right_counts(formats):
    d = formats
    _, rows = read_csv(d / "reports.csv")
    assert len(rows) == 40
    by_id = {r["report_id"]: r for r in rows}

    jl = [json.loads(x) for x in (d / "reports.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(jl) == 40 and set(jl[0]) == set(CANON)
    assert [x["report_id"] for x in jl] == list(by_id)
    assert all(x["text"] == by_id[x["report_id"]]["text"] for x in jl)

    txts = sorted((d / "txt").glob("*.txt"))
    assert len(txts) == 40
    assert txts[0].read_text(encoding="utf-8").rstrip("\n") == by_id[txts[0].stem]["text"]
    mcols, meta = read_csv(d / "txt" / "metadata.csv")
    assert len(meta) == 40 and "text" not in mcols and mcols[0] == "report_id"

    hl7 = (d / "reports.hl7").read_bytes().decode("utf-8")  # keep the \r separators
    segs = [s for s in hl7.split("\r") if s]
    assert "\n" not in hl7
    assert segs[0].startswith("FHS|^~\\&|") and segs[1].startswith("BHS|")
    assert segs[-2] == "BTS|40" and segs[-1] == "FTS|1"
    msgs, cur = [], None
    for s in segs:
        if s.startswith("MSH|"):
            cur = {"MSH": s, "OBX": []}
            msgs.append(cur)
        elif s.startswith(("PID|", "OBR|")):
            cur[s[:3]] = s
        elif s.startswith("OBX|"):
            cur["OBX"].append(s)
    assert len(msgs) == 40
    for m in msgs:
        assert "ORU^R01" in m["MSH"]
        obr = m["OBR"].split("|")
        rec = by_id[obr[2]]
        assert obr[3] == rec["report_id"] and obr[25] == rec["report_status"]
        assert obr[7][:8] == rec["exam_date"].replace("-", "") and len(obr[7]) == 12
        pid = m["PID"].split("|")
        assert pid[3].startswith(rec["patient_id"] + "^^^") and "^MR" in pid[3]
        if rec["nhs_number"]:
            assert f"~{rec['nhs_number']}^^^NHS^NH" in pid[3]
        assert pid[7] == rec["date_of_birth"].replace("-", "") and pid[8] == rec["sex"]
        text = "\n".join(unescape_hl7(o.split("|")[5]) for o in m["OBX"])
        assert text == rec["text"]

    bundle = json.loads((d / "reports_bundle.json").read_text(encoding="utf-8"))
    assert bundle["resourceType"] == "Bundle" and bundle["type"] == "collection"
    res = [e["resource"] for e in bundle["entry"]]
    patients = {p["id"]: p for p in res if p["resourceType"] == "Patient"}
    reports = [r for r in res if r["resourceType"] == "DiagnosticReport"]
    assert len(reports) == 40
    for dr in reports:
        rec = by_id[dr["identifier"][0]["value"]]
        pid = dr["subject"]["reference"].split("/", 1)[1]
        assert patients[pid]["birthDate"] == rec["date_of_birth"]
        assert dr["status"] in ("final", "preliminary", "corrected")  # HL7 OBR-25 C is FHIR corrected
        assert base64.b64decode(dr["presentedForm"][0]["data"]).decode("utf-8") == rec["text"]

    nd = [json.loads(x) for x in (d / "reports.ndjson").read_text(encoding="utf-8").splitlines()]
    assert len(nd) == 40
    for dr in nd:
        assert dr["resourceType"] == "DiagnosticReport"
        assert dr["contained"][0]["resourceType"] == "Patient"
        assert dr["subject"]["reference"] == "#" + dr["contained"][0]["id"]
