"""Where each canonical column comes from (HL7 v2, FHIR), and reader faults from issue 12.

Every input is a small hand-made file built in tmp_path.
"""

from __future__ import annotations

import base64
import json
import time
from pathlib import Path

import pytest

from vfx_finder.read import iter_records
from vfx_finder.read.records import Rejection, Report

NHS_OK = "9434765919"


def records(path: Path, fmt: str = "auto") -> list:
    return list(iter_records([path], fmt=fmt))


# =============================================================================================
# HL7 v2
# =============================================================================================
MSH = "MSH|^~\\&|RIS|HOSP|FLS|HOSP|202501151100||ORU^R01^ORU_R01|{acc}|P|2.5"
PID = f"PID|1||MRN1^^^HOSP^MR~{NHS_OK}^^^NHS^NH||{{name}}||19400203|F"


def obr(acc: str, *, obr16: str = "", obr32: str = "", status: str = "F") -> str:
    fields = ["OBR", "1", f"PL{acc}", acc, "XLSPI^XR Lumbar spine^LOCAL", "", "", "202501151030"]
    fields += [""] * 8 + [obr16] + [""] * 7 + ["XR", status] + [""] * 6 + [obr32]
    assert fields[16] == obr16 and fields[25] == status and fields[32] == obr32
    return "|".join(fields)


def hl7_file(path: Path, segments: list[str]) -> Path:
    path.write_bytes(("\r".join(segments) + "\r").encode("utf-8"))
    return path


def test_hl7_referrer_from_orc12_reporter_from_obr32_name_from_pid5(tmp_path):
    p = hl7_file(
        tmp_path / "m.hl7",
        [
            MSH.format(acc="A1"),
            PID.format(name="O\\S\\Brien^Mary^Anne^^Mrs"),
            "ORC|RE|PLA1|A1|||||||||G123^Patel^Ravi^^^Dr",
            obr("A1", obr16="C9^Smith^Jane^^^Dr", obr32="R7&Lee&Ann&&&Dr^20250115"),
            "OBX|1|TX|REP^Report||Wedge fracture of L1.||||||F",
        ],
    )
    (r,) = records(p)
    assert isinstance(r, Report)
    assert (r.referrer, r.reporter, r.patient_name) == ("Dr Ravi Patel", "Dr Ann Lee", "Mrs Mary Anne O^Brien")
    assert (r.date_of_birth, r.report_status) == ("1940-02-03", "final")


def test_hl7_referrer_falls_back_to_obr16(tmp_path):
    p = hl7_file(
        tmp_path / "m.hl7",
        [
            MSH.format(acc="A2"),
            PID.format(name="Doe^Ann"),
            "ORC|RE|PLA2|A2",
            obr("A2", obr16="C9^Smith^Jane^^^Dr", status="C"),
            "OBX|1|TX|REP^Report||Normal.||||||C",
        ],
    )
    (r,) = records(p)
    assert (r.referrer, r.reporter, r.patient_name, r.report_status) == ("Dr Jane Smith", "", "Ann Doe", "corrected")


@pytest.mark.parametrize(
    "code,word", [("F", "final"), ("C", "corrected"), ("P", "preliminary"), ("A", "amended"), ("S", "partial")]
)
def test_hl7_status_table_0123_as_words(tmp_path, code, word):
    p = hl7_file(
        tmp_path / "s.hl7",
        [MSH.format(acc="S1"), PID.format(name=""), obr("S1", status=code), "OBX|1|TX|R||x||||||F"],
    )
    (r,) = records(p)
    assert r.report_status == word


def test_hl7_bad_nhs_number_and_dob_named_not_rejected(tmp_path):
    p = hl7_file(
        tmp_path / "n.hl7",
        [
            MSH.format(acc="N1"),
            "PID|1||MRN1^^^HOSP^MR~N/A^^^NHS^NH||Doe^Ann||19401345|F",
            obr("N1"),
            "OBX|1|TX|R||Severe wedge fracture of T9.||||||F",
        ],
    )
    (r,) = records(p)
    assert isinstance(r, Report) and r.text == "Severe wedge fracture of T9."
    assert r.data_problems == "NHS number not 10 digits; date of birth unreadable"


def test_hl7_nul_bytes_never_reach_the_report_id(tmp_path):
    p = hl7_file(
        tmp_path / "z.hl7",
        [MSH.format(acc="Z1"), PID.format(name="Doe^Ann"), obr("Z\x001"), "OBX|1|TX|R||a\x00b||||||F"],
    )
    (r,) = records(p)
    assert isinstance(r, Report)
    assert (r.report_id, r.text, r.data_problems) == ("Z1", "ab", "NUL bytes removed")


def test_hl7_duplicate_accession_named_on_the_later_report(tmp_path):
    segs = []
    for _ in range(2):
        segs += [MSH.format(acc="D1"), PID.format(name="Doe^Ann"), obr("D1"), "OBX|1|TX|R||x||||||F"]
    first, second = records(hl7_file(tmp_path / "d.hl7", segs))
    assert (first.data_problems, second.data_problems) == ("", "duplicate report_id in this file")


def test_hl7_unescaped_line_breaks_read_in_linear_time(tmp_path):
    """Issue 12: 80k unescaped lines took 3.4 s, 160k 15 s, 200k over 180 s (quadratic)."""

    def write(n: int) -> Path:
        body = "\n".join(f"line {i} of the report" for i in range(n))
        return hl7_file(
            tmp_path / f"l{n}.hl7", [MSH.format(acc="L1"), PID.format(name="Doe^Ann"), obr("L1"), f"OBX|1|TX|R||{body}"]
        )

    timings = {}
    for n in (20_000, 80_000):
        p = write(n)
        start = time.process_time()  # CPU time: other load on the machine does not count
        (r,) = records(p, "hl7")
        timings[n] = time.process_time() - start
        assert isinstance(r, Report) and r.text.count("\n") == n - 1
    # 4x the lines: linear reading takes about 4x the time; the quadratic reader took 16x or more
    assert timings[80_000] < 10 * max(timings[20_000], 0.05), timings


# =============================================================================================
# FHIR
# =============================================================================================
def b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def diag(rid: str, **extra) -> dict:
    res = {
        "resourceType": "DiagnosticReport",
        "id": rid.lower(),
        "identifier": [{"value": rid}],
        "status": "final",
        "code": {"text": "CT Chest"},
        "subject": {"reference": "Patient/pat1"},
        "effectiveDateTime": "2025-03-04T10:20:00Z",
        "performer": [{"display": "Dr Radiologist"}],
        "presentedForm": [{"contentType": "text/plain", "data": b64("Wedge fracture of T12.")}],
    }
    res.update(extra)
    return res


PATIENT = {
    "resourceType": "Patient",
    "id": "pat1",
    "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": NHS_OK}],
    "name": [{"family": "Doe", "given": ["Ann", "B"], "prefix": ["Mrs"]}],
    "birthDate": "1941-05-06",
}
GP = {"resourceType": "Practitioner", "id": "gp1", "name": [{"prefix": ["Dr"], "given": ["Ravi"], "family": "Patel"}]}
REQUEST = {
    "resourceType": "ServiceRequest",
    "id": "sr1",
    "status": "completed",
    "intent": "order",
    "subject": {"reference": "Patient/pat1"},
    "requester": {"reference": "Practitioner/gp1"},
}


def bundle(*resources: dict) -> dict:
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [{"fullUrl": f"urn:uuid:{r['resourceType']}-{r['id']}", "resource": r} for r in resources],
    }


def write_json(path: Path, obj) -> Path:
    path.write_text(json.dumps(obj), encoding="utf-8")
    return path


def test_fhir_referrer_from_bundled_service_request_requester(tmp_path):
    res = diag("F1", basedOn=[{"reference": "ServiceRequest/sr1"}])
    (r,) = records(write_json(tmp_path / "b.json", bundle(res, PATIENT, GP, REQUEST)))
    assert isinstance(r, Report)
    assert (r.referrer, r.reporter) == ("Dr Ravi Patel", "Dr Radiologist")
    assert (r.patient_name, r.date_of_birth, r.nhs_number) == ("Mrs Ann B Doe", "1941-05-06", NHS_OK)


def test_fhir_referrer_from_contained_service_request(tmp_path):
    request = dict(REQUEST, id="req", requester={"display": "Dr Jo Green, GP"})
    res = diag("F2", contained=[request], basedOn=[{"reference": "#req"}], performer=None)
    del res["performer"]
    (r,) = records(write_json(tmp_path / "c.json", res))
    assert (r.referrer, r.reporter) == ("Dr Jo Green, GP", "")


def test_fhir_results_interpreter_is_reporter_never_referrer(tmp_path):
    res = diag("F3", resultsInterpreter=[{"reference": "Practitioner/gp1"}])
    del res["performer"]
    p = tmp_path / "x.ndjson"
    p.write_text("\n".join(json.dumps(x) for x in (res, GP, PATIENT)) + "\n", encoding="utf-8")
    (r,) = records(p)
    assert (r.referrer, r.reporter, r.patient_name) == ("", "Dr Ravi Patel", "Mrs Ann B Doe")


def test_fhir_bad_nhs_number_named_not_rejected(tmp_path):
    patient = dict(PATIENT, identifier=[{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9434765910"}])
    (r,) = records(write_json(tmp_path / "b.json", bundle(diag("F4"), patient)))
    assert isinstance(r, Report) and r.data_problems == "NHS number fails the check digit"


def _deep_extension(n: int) -> str:
    return '[{"url":"http://x","extension":[' * n + "]}]" * n


def test_fhir_resource_nested_10000_deep_rejects_that_record_only(tmp_path):
    good = json.dumps(diag("G1"))
    bad = json.dumps(diag("G2"))[:-1] + ', "extension": ' + _deep_extension(10_000) + "}"
    doc = tmp_path / "deep.json"
    entries = ", ".join('{"resource": ' + r + "}" for r in (good, bad, good.replace('"G1"', '"G3"')))
    doc.write_text('{"resourceType": "Bundle", "type": "collection", "entry": [' + entries + "]}", encoding="utf-8")
    recs = records(doc)
    assert [type(r).__name__ for r in recs] == ["Report", "Rejection", "Report"]
    assert recs[1].location == "entry 2" and recs[1].reason.startswith("entry 2: ")
    nd = tmp_path / "deep.ndjson"
    nd.write_text("\n".join([good, bad, good]) + "\n", encoding="utf-8")
    recs = records(nd)
    assert [type(r).__name__ for r in recs] == ["Report", "Rejection", "Report"]
    assert (recs[1].location, recs[1].reason) == ("line 2", "line 2 is nested too deeply to read")


def test_fhir_bundles_nested_10000_deep_reject_that_entry_only(tmp_path):
    inner = json.dumps(diag("N9"))
    nested = '{"resourceType":"Bundle","type":"collection","entry":[{"resource":' * 10_000 + inner + "}]}" * 10_000
    doc = tmp_path / "nested.json"
    entries = '{"resource":' + json.dumps(diag("N1")) + '},{"resource":' + nested + "}"
    doc.write_text('{"resourceType":"Bundle","type":"collection","entry":[' + entries + "]}", encoding="utf-8")
    recs = records(doc)
    assert [type(r).__name__ for r in recs] == ["Report", "Rejection"]
    assert recs[1].reason.endswith(": Bundles nested more than 32 deep")
    assert isinstance(recs[1], Rejection) and "Wedge" not in recs[1].reason
