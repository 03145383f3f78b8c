"""Unit tests for the JSONL, txt-folder, HL7 v2 and FHIR readers and format auto-detection.

Every input is a small hand-made file built in tmp_path.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from vfx_finder.errors import InputError
from vfx_finder.read import detect_format, iter_records
from vfx_finder.read.records import Rejection, Report

NHS_OK = "9434765919"  # valid mod-11 check digit
NHS_OK2 = "4010232137"


def records(path: Path, fmt: str, columns: dict | str | None = None) -> list:
    return list(iter_records([path], fmt=fmt, columns=columns))


def split(recs: list) -> tuple[list[Report], list[Rejection]]:
    return [r for r in recs if isinstance(r, Report)], [r for r in recs if isinstance(r, Rejection)]


# =============================================================================================
# JSONL
# =============================================================================================
def write_lines(path: Path, lines: list, *, encoding: str = "utf-8", bom: bool = False) -> Path:
    body = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + body.encode(encoding))
    return path


def test_jsonl_good_records_and_types(tmp_path):
    p = write_lines(
        tmp_path / "r.jsonl",
        [
            {"report_id": "R1", "text": "Wedge fracture of L1.", "age": 81, "nhs_number": NHS_OK, "site": "A"},
            "",
            {"report_id": "R2", "text": "Normal.", "age": 70.0, "sex": None, "tags": ["x", 1]},
        ],
        bom=True,
    )
    reports, rejected = split(records(p, "jsonl"))
    assert rejected == []
    assert [r.report_id for r in reports] == ["R1", "R2"]
    assert reports[0].age == "81" and reports[0].nhs_number == NHS_OK
    assert reports[0].source == "r.jsonl:line 1"
    assert reports[0].extra == {"site": "A"}
    assert reports[1].source == "r.jsonl:line 3"  # the blank line 2 is not a record
    assert reports[1].age == "70" and reports[1].sex == ""
    assert reports[1].extra == {"tags": '["x", 1]'}


def test_jsonl_columns_mapping(tmp_path):
    p = write_lines(tmp_path / "r.jsonl", [{"ACC": "A1", "Report_Text": "Normal spine.", "MRN": "P9"}])
    (r,) = records(p, "jsonl", columns="report_id=ACC,text=report_text,patient_id=MRN")
    assert isinstance(r, Report)
    assert (r.report_id, r.text, r.patient_id) == ("A1", "Normal spine.", "P9")


def test_jsonl_broken_lines_each_rejected_with_reason(tmp_path):
    p = tmp_path / "r.jsonl"
    p.write_bytes(
        b'{"report_id": "R1", "text": "ok"}\n'
        b'{"report_id": "R2", "text": "unterminated\n'
        b'["not", "an", "object"]\n'
        b'{"report_id": "R4", "text": {"nested": 1}}\n'
        b'{"report_id": "R5", "text": "caf\xe9 cp1252"}\n'
        b'{"report_id": "R6", "text": "\x81\x8d"}\n'
        b'{"report_id": "", "text": "no id"}\n'
        b'{"report_id": "R8", "text": "  "}\n'
    )
    recs = records(p, "jsonl")
    assert len(recs) == 8  # one record per non-blank line: nothing dropped
    by_loc = {r.location: r.reason for r in recs if isinstance(r, Rejection)}
    assert by_loc == {
        "line 2": "invalid JSON on line 2",
        "line 3": "line 3 is not a JSON object (found list)",
        "line 4": "line 4: 'text' is a JSON dict, not a string or number",
        "line 6": "unknown text encoding on line 6 (neither UTF-8 nor Windows-1252)",
        "line 7": "missing report_id",
        "line 8": "empty report text",
    }
    reports, _ = split(recs)
    assert [r.report_id for r in reports] == ["R1", "R5"]
    assert reports[1].text == "café cp1252"
    rej4 = next(r for r in recs if isinstance(r, Rejection) and r.location == "line 4")
    assert rej4.report_id == "R4" and rej4.source_file == "r.jsonl"


def test_jsonl_not_json_at_all_is_an_input_error(tmp_path):
    p = tmp_path / "reports.jsonl"
    p.write_text("report_id,text\nR1,Normal\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"reports\.jsonl: not JSON Lines"):
        records(p, "jsonl")


def test_jsonl_empty_file_has_no_records(tmp_path):
    p = tmp_path / "empty.jsonl"
    p.write_bytes(b"\n\n")
    assert records(p, "jsonl") == []


# =============================================================================================
# txt folder
# =============================================================================================
@pytest.fixture
def txt_folder(tmp_path):
    d = tmp_path / "reports"
    (d / "sub").mkdir(parents=True)
    (d / "R1.txt").write_bytes(b"\xef\xbb\xbfWedge fracture of T12.\n")
    (d / "R2.TXT").write_bytes("Caf\u00e9 normal spine.\r\n".encode("cp1252"))
    (d / "sub" / "R3.txt").write_text("Normal.", encoding="utf-8")
    (d / "R4.txt").write_bytes(b"binary\x00junk")
    (d / "R5.txt").write_bytes(b"bad \x81\x8d bytes")
    (d / "R6.txt").write_bytes(b"   \n")
    (d / "notes.docx").write_bytes(b"ignored")
    (d / "metadata.csv").write_text(
        "ACCESSION,patient_id,nhs_number,date_of_birth,sex,exam_date,modality,site\n"
        f"R1,P1,{NHS_OK},1940-02-03,F,2025-01-02,XR,north\n"
        "R2,P2,,1950-01-01,M,2025-02-03,CT,south\n"
        "R9,P9,,,,,,orphan\n"
        "R1,P1dup,,,,,,dup\n"
        "R7,too,few\n",
        encoding="utf-8",
    )
    return d


def test_txt_folder_reports_metadata_and_rejections(txt_folder):
    recs = records(txt_folder, "txt", columns="report_id=ACCESSION")
    reports, rejected = split(recs)
    by_id = {r.report_id: r for r in reports}
    assert sorted(by_id) == ["R1", "R2", "R3"]
    r1 = by_id["R1"]
    assert r1.text == "Wedge fracture of T12."  # BOM and the final newline dropped
    assert (r1.patient_id, r1.nhs_number, r1.date_of_birth, r1.sex, r1.exam_date, r1.modality) == (
        "P1",
        NHS_OK,
        "1940-02-03",
        "F",
        "2025-01-02",
        "XR",
    )
    assert r1.extra == {"site": "north"}
    assert r1.source == "reports/R1.txt:file"
    assert by_id["R2"].text == "Café normal spine."  # Windows-1252
    assert by_id["R3"].source == "reports/sub/R3.txt:file"
    assert by_id["R3"].patient_id == "report:R3"  # no metadata row: the report stands alone
    reasons = {(r.source_file, r.location, r.report_id): r.reason for r in rejected}
    assert reasons == {
        (
            "reports/metadata.csv",
            "line 5",
            "R1",
        ): "duplicate report_id in metadata.csv (first on line 2); this row is ignored",
        ("reports/metadata.csv", "line 6", "R7"): "broken CSV row in metadata.csv: 3 fields where the header has 8",
        ("reports/R4.txt", "file", "R4"): "not a text file (contains NUL bytes)",
        ("reports/R5.txt", "file", "R5"): "unknown text encoding (neither UTF-8 nor Windows-1252)",
        ("reports/R6.txt", "file", "R6"): "empty report text",
        ("reports/metadata.csv", "line 4", "R9"): "no text file R9.txt for this metadata.csv row",
    }


def test_txt_folder_without_reports_is_an_input_error(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no .txt report files"):
        records(tmp_path / "empty", "txt")


def test_txt_metadata_without_report_id_column_is_an_input_error(tmp_path):
    d = tmp_path / "f"
    d.mkdir()
    (d / "A.txt").write_text("Normal.", encoding="utf-8")
    (d / "metadata.csv").write_text("id,sex\nA,F\n", encoding="utf-8")
    with pytest.raises(InputError, match="missing required column 'report_id'"):
        records(d, "txt")


def test_txt_single_file(tmp_path):
    p = tmp_path / "ACC-1.txt"
    p.write_text("Crush fracture L2.\n", encoding="utf-8")
    (r,) = records(p, "txt")
    assert (r.report_id, r.text, r.source) == ("ACC-1", "Crush fracture L2.", "ACC-1.txt:file")


# =============================================================================================
# HL7 v2
# =============================================================================================
def hl7_message(
    acc: str,
    *,
    status: str = "F",
    text_lines: tuple[str, ...] = ("Wedge fracture of L1.",),
    pid3: str = f"MRN1^^^HOSP^MR~{NHS_OK}^^^NHS^NH",
    vtype: str = "TX",
    msg_type: str = "ORU^R01^ORU_R01",
    extra_obr: str = "",
) -> list[str]:
    obr = ["OBR", "1", f"PL{acc}", acc, "XLSPI^XR Lumbar spine^LOCAL", "", "", "202501151030"] + [""] * 8
    obr += ["C123^Smith^Jane^^^Dr"] + [""] * 7 + ["XR", status]
    segs = [
        f"MSH|^~\\&|RIS|HOSP|FLS|HOSP|202501151100||{msg_type}|{acc}|P|2.5",
        f"PID|1||{pid3}||Doe^Ann||19400203|F",
        "|".join(obr),
    ]
    segs += [f"OBX|{i}|{vtype}|REP^Report||{line}||||||{status}" for i, line in enumerate(text_lines, 1)]
    if extra_obr:
        segs.append(extra_obr)
    return segs


def write_hl7(
    path: Path, messages: list[list[str]], *, sep: str = "\r", envelope: bool = False, encoding="utf-8"
) -> Path:
    segs: list[str] = []
    if envelope:
        segs += ["FHS|^~\\&|RIS|HOSP|FLS|HOSP|20250115", "BHS|^~\\&|RIS|HOSP|FLS|HOSP|20250115"]
    for m in messages:
        segs += m
    if envelope:
        segs += [f"BTS|{len(messages)}", "FTS|1"]
    path.write_bytes((sep.join(segs) + sep).encode(encoding))
    return path


def test_hl7_single_message_mapping(tmp_path):
    p = write_hl7(tmp_path / "one.hl7", [hl7_message("ACC1", text_lines=("Line one.", "", "Line three."))])
    (r,) = records(p, "hl7")
    assert isinstance(r, Report)
    assert r.report_id == "ACC1"
    assert r.text == "Line one.\n\nLine three."
    assert (r.patient_id, r.nhs_number, r.date_of_birth, r.sex) == ("MRN1", NHS_OK, "1940-02-03", "F")
    assert (r.exam_name, r.exam_date, r.modality, r.referrer, r.report_status) == (
        "XR Lumbar spine",
        "2025-01-15",
        "XR",
        "Dr Jane Smith",
        "final",  # HL7 table 0123 code F as a word
    )
    assert (r.patient_name, r.reporter, r.data_problems) == ("Ann Doe", "", "")
    assert r.source == "one.hl7:message 1"


@pytest.mark.parametrize("sep", ["\r", "\n", "\r\n"])
def test_hl7_segment_separators(tmp_path, sep):
    msgs = [hl7_message("A1"), hl7_message("A2", text_lines=("Normal.", "Second line."))]
    p = write_hl7(tmp_path / "m.hl7", msgs, sep=sep)
    reports, rejected = split(records(p, "hl7"))
    assert rejected == []
    assert [(r.report_id, r.text, r.patient_id) for r in reports] == [
        ("A1", "Wedge fracture of L1.", "MRN1"),
        ("A2", "Normal.\nSecond line.", "MRN1"),
    ]
    assert [r.source for r in reports] == ["m.hl7:message 1", "m.hl7:message 2"]


def test_hl7_batch_file(tmp_path):
    msgs = [hl7_message(f"B{i}") for i in range(1, 4)]
    p = write_hl7(tmp_path / "batch.hl7", msgs, envelope=True, sep="\r\n")
    reports, rejected = split(records(p, "hl7"))
    assert rejected == []
    assert [r.report_id for r in reports] == ["B1", "B2", "B3"]
    assert reports[2].source == "batch.hl7:message 3"


def test_hl7_escapes_undone(tmp_path):
    line = r"A\F\B\S\C\T\D\R\E\E\F\.br\Next line \X48454C4C4F\ \XC3A9\ \H\bold\N\ end"
    p = write_hl7(tmp_path / "e.hl7", [hl7_message("E1", text_lines=(line,), vtype="FT")])
    (r,) = records(p, "hl7")
    assert r.text == "A|B^C&D~E\\F\nNext line HELLO é bold end"


def test_hl7_corrected_supersedes_earlier_final(tmp_path):
    msgs = [
        hl7_message("ACC1", status="F", text_lines=("Possible fracture L1.",)),
        hl7_message("ACC2", status="F"),
        hl7_message("ACC1", status="C", text_lines=("Corrected: wedge fracture of L1.",)),
    ]
    p = write_hl7(tmp_path / "c.hl7", msgs)
    recs = records(p, "hl7")
    assert len(recs) == 3  # read = processed + rejected
    first, second, third = recs
    assert isinstance(first, Rejection)
    assert (first.location, first.report_id, first.reason) == (
        "message 1",
        "ACC1",
        "superseded by corrected report (OBR-25 C) in message 3",
    )
    assert isinstance(second, Report) and second.report_id == "ACC2"
    assert isinstance(third, Report) and third.report_status == "corrected"
    assert third.text == "Corrected: wedge fracture of L1."


def test_hl7_preliminary_is_processed_and_marked(tmp_path):
    p = write_hl7(tmp_path / "p.hl7", [hl7_message("P1", status="P")])
    (r,) = records(p, "hl7")
    assert isinstance(r, Report) and r.report_status == "preliminary"


def test_hl7_nhs_number_by_assigning_authority_and_type(tmp_path):
    msgs = [
        hl7_message("N1", pid3=f"{NHS_OK2}^^^NHS"),  # authority NHS, first repetition
        hl7_message("N2", pid3=f"H55^^^HOSP^PI~{NHS_OK}^^^NHSE^NH"),  # type NH
        hl7_message("N3", pid3="H66^^^HOSP^MR"),
    ]
    p = write_hl7(tmp_path / "n.hl7", msgs)
    got = [(r.patient_id, r.nhs_number) for r in records(p, "hl7")]
    assert got == [(NHS_OK2, NHS_OK2), ("H55", NHS_OK), ("H66", "")]


def test_hl7_broken_messages_each_rejected(tmp_path):
    no_text = hl7_message("X2", vtype="NM")
    no_obr = [s for s in hl7_message("X3") if not s.startswith(("OBR", "OBX"))]
    adt = hl7_message("X4", msg_type="ADT^A01")
    no_acc = [s.replace("|PLX5|X5|", "|||") for s in hl7_message("X5")]
    empty_text = hl7_message("X6", text_lines=("", ""))
    msgs = [hl7_message("X1"), no_text, no_obr, adt, no_acc, empty_text]
    p = write_hl7(tmp_path / "bad.hl7", msgs)
    recs = records(p, "hl7")
    assert len(recs) == 6
    reasons = {r.location: r.reason for r in recs if isinstance(r, Rejection)}
    assert reasons == {
        "message 2": "HL7 message 2: no OBX text (no TX, FT or ST result; found NM)",
        "message 3": "HL7 message 3: no OBR segment (an ORU^R01 report needs OBR and OBX)",
        "message 4": "HL7 message 4: message type ADT^A01 is not ORU^R01 (observation result)",
        "message 5": "HL7 message 5: no accession number (OBR-3 filler / OBR-2 placer order number)",
        "message 6": "HL7 message 6: the OBX text is empty",
    }


def test_hl7_placer_used_when_no_filler_and_multiple_obr_groups(tmp_path):
    msg = hl7_message("F1")
    second_obr = "OBR|2|PLACER2||XCHES^XR Chest|||20250116"
    msg += [second_obr, "OBX|1|TX|||No fracture.||||||F"]
    p = write_hl7(tmp_path / "g.hl7", [msg])
    recs = records(p, "hl7")
    assert [(r.report_id, r.source, r.text) for r in recs] == [
        ("F1", "g.hl7:message 1, OBR 1", "Wedge fracture of L1."),
        ("PLACER2", "g.hl7:message 1, OBR 2", "No fracture."),
    ]
    assert recs[1].exam_date == "2025-01-16" and recs[1].patient_id == "MRN1"


def test_hl7_unescaped_line_break_inside_obx_is_kept(tmp_path):
    msg = hl7_message("L1", text_lines=("First line\nsecond line of the same OBX",))
    p = write_hl7(tmp_path / "l.hl7", [msg])
    (r,) = records(p, "hl7")
    assert r.text == "First line\nsecond line of the same OBX"


def test_hl7_windows_1252_message_and_orphan_segments(tmp_path):
    p = tmp_path / "w.hl7"
    body = "\r".join(
        ["FHS|^~\\&|RIS", "PID|1||ORPHAN", "OBX|1|TX|||stray"] + hl7_message("W1", text_lines=("Caf\u00e9 fracture.",))
    )
    p.write_bytes((body + "\r").encode("cp1252"))
    recs = records(p, "hl7")
    assert isinstance(recs[0], Rejection)
    assert (recs[0].location, recs[0].reason) == ("segment 2", "HL7 segments outside any message (no MSH before them)")
    assert isinstance(recs[1], Report) and recs[1].text == "Café fracture."


def test_hl7_streams_across_chunk_boundaries(tmp_path, monkeypatch):
    from vfx_finder.read import hl7_reader

    msgs = [hl7_message(f"S{i}", text_lines=(f"Report {i} line a.", f"Line b {i}.")) for i in range(20)]
    p = write_hl7(tmp_path / "s.hl7", msgs, sep="\r\n", envelope=True)
    whole = [(r.report_id, r.text) for r in records(p, "hl7")]
    monkeypatch.setattr(hl7_reader, "CHUNK", 7)
    chunked = [(r.report_id, r.text) for r in records(p, "hl7")]
    assert chunked == whole and len(whole) == 20


def test_hl7_not_hl7_is_an_input_error(tmp_path):
    p = tmp_path / "reports.hl7"
    p.write_text("report_id,text\nR1,Normal\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"reports\.hl7: not an HL7 v2 file .*MSH, FHS or BHS"):
        records(p, "hl7")


# =============================================================================================
# FHIR
# =============================================================================================
def b64(text: str, encoding: str = "utf-8") -> str:
    return base64.b64encode(text.encode(encoding)).decode("ascii")


def patient(pid: str = "pat1", *, nhs: str = NHS_OK, mrn: str = "MRN7") -> dict:
    return {
        "resourceType": "Patient",
        "id": pid,
        "identifier": [
            {"system": "https://fhir.nhs.uk/Id/nhs-number", "value": nhs},
            {
                "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                "system": "urn:hosp:mrn",
                "value": mrn,
            },
        ],
        "gender": "female",
        "name": [{"family": "Doe", "given": ["Ann"]}],
        "birthDate": "1941-05-06",
    }


def diag(rid: str, *, text: str | None = "Wedge fracture of T12.", subject: str = "Patient/pat1", **extra) -> dict:
    res = {
        "resourceType": "DiagnosticReport",
        "id": rid.lower(),
        "identifier": [{"system": "urn:hosp:acc", "value": rid}],
        "status": "final",
        "category": [{"coding": [{"system": "http://dicom.nema.org/resources/ontology/DCM", "code": "CT"}]}],
        "code": {"coding": [{"system": "urn:hosp:exam", "code": "CCHES", "display": "CT Chest"}]},
        "subject": {"reference": subject},
        "effectiveDateTime": "2025-03-04T10:20:00Z",
        "performer": [{"display": "Dr A Jones"}],
    }
    if text is not None:
        res["presentedForm"] = [{"contentType": "text/plain", "data": b64(text)}]
    res.update(extra)
    return res


def bundle(*resources: dict) -> dict:
    entries = []
    for r in resources:
        entry = {"resource": r}
        if isinstance(r, dict) and r.get("id"):
            entry["fullUrl"] = f"http://example.org/fhir/{r['resourceType']}/{r['id']}"
        entries.append(entry)
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}


def write_json(path: Path, obj, *, indent: int | None = 2) -> Path:
    path.write_text(json.dumps(obj, indent=indent), encoding="utf-8")
    return path


def test_fhir_bundle_with_patient_entry(tmp_path):
    p = write_json(tmp_path / "b.json", bundle(diag("ACC9"), patient()))  # the Patient after the report
    (r,) = records(p, "fhir")
    assert isinstance(r, Report)
    assert (r.report_id, r.text, r.source) == ("ACC9", "Wedge fracture of T12.", "b.json:entry 1")
    assert (r.patient_id, r.nhs_number, r.date_of_birth, r.sex) == ("MRN7", NHS_OK, "1941-05-06", "F")
    assert (r.exam_date, r.exam_name, r.modality, r.reporter, r.report_status) == (
        "2025-03-04",
        "CT Chest",
        "CT",
        "Dr A Jones",  # performer: the reporting radiologist, never the referrer
        "final",
    )
    assert (r.referrer, r.patient_name) == ("", "Ann Doe")


def test_fhir_compact_one_line_bundle_is_a_document(tmp_path):
    p = tmp_path / "compact.json"
    p.write_text(json.dumps(bundle(patient(), diag("K1"))) + "\n", encoding="utf-8")
    (r,) = records(p, "fhir")
    assert r.source == "compact.json:entry 2" and r.patient_id == "MRN7"


def test_fhir_contained_patient_and_single_resource(tmp_path):
    res = diag("C1", subject="#p", contained=[patient("p", nhs=NHS_OK2, mrn="MRN8")])
    p = write_json(tmp_path / "dr.json", res)
    (r,) = records(p, "fhir")
    assert (r.patient_id, r.nhs_number, r.sex, r.source) == ("MRN8", NHS_OK2, "F", "dr.json:resource")


def test_fhir_html_presented_form_and_conclusion(tmp_path):
    html = (
        "<html><head><style>p{}</style></head><body><h1>CT Chest</h1><p>Mild wedge &amp; loss of height"
        "<br/>at T12.</p><script>alert(1)</script><ul><li>No other   finding.</li></ul></body></html>"
    )
    res = diag(
        "H1",
        text=None,
        presentedForm=[{"contentType": "text/html; charset=utf-8", "data": b64(html)}],
        conclusion="Osteoporotic fracture T12.",
    )
    only_conclusion = diag("H2", text=None, conclusion="No fracture.")
    p = write_json(tmp_path / "h.json", bundle(res, only_conclusion, patient()))
    r1, r2 = records(p, "fhir")
    assert (
        r1.text
        == "CT Chest\n\nMild wedge & loss of height\nat T12.\n\nNo other finding.\n\nConclusion: Osteoporotic fracture T12."
    )
    assert r2.text == "No fracture."


def test_fhir_plain_text_preferred_over_html_rendition(tmp_path):
    forms = [
        {"contentType": "text/html", "data": b64("<p>HTML copy</p>")},
        {"contentType": "text/plain; charset=windows-1252", "data": b64("Plain caf\u00e9", "cp1252")},
        {"contentType": "application/pdf", "data": b64("%PDF")},
    ]
    p = write_json(tmp_path / "x.json", diag("X1", text=None, presentedForm=forms, subject="Patient/none"))
    (r,) = records(p, "fhir")
    assert r.text == "Plain café"
    assert r.patient_id == "none"  # an unresolved Patient/id reference still identifies the patient


@pytest.mark.parametrize(
    "status,code",
    [("final", "final"), ("amended", "amended"), ("corrected", "corrected"), ("preliminary", "preliminary")],
)
def test_fhir_status_mapping(tmp_path, status, code):
    p = write_json(tmp_path / "s.json", diag("S1", status=status))
    (r,) = records(p, "fhir")
    assert isinstance(r, Report) and r.report_status == code


def test_fhir_broken_entries_each_rejected(tmp_path):
    bad_b64 = diag("E2", text=None, presentedForm=[{"contentType": "text/plain", "data": "@@not base64@@"}])
    bad_date = diag("E3", effectiveDateTime="2025-13-45")
    no_status = diag("E4")
    del no_status["status"]
    no_text = diag("E5", text=None)
    withdrawn = diag("E6", status="entered-in-error")
    b = bundle(diag("E1"), bad_b64, bad_date, no_status, no_text, withdrawn, patient())
    b["entry"].append({"fullUrl": "urn:x"})
    p = write_json(tmp_path / "e.json", b)
    recs = records(p, "fhir")
    assert len(recs) == 7  # 6 reports + the entry without a resource; the Patient is not a report
    reasons = {r.location: r.reason for r in recs if isinstance(r, Rejection)}
    assert reasons["entry 2"] == "entry 2: invalid base64 in presentedForm"
    assert reasons["entry 3"].startswith("entry 3: invalid DiagnosticReport (effectiveDateTime:")
    assert reasons["entry 4"].startswith("entry 4: invalid DiagnosticReport (status:")
    assert reasons["entry 5"] == "entry 5: no report text (no text/plain or text/html presentedForm, no conclusion)"
    assert reasons["entry 6"] == "entry 6: report status is entered-in-error"
    assert reasons["entry 8"] == "entry 8: no resource in this Bundle entry"
    assert "Wedge" not in " ".join(reasons.values())  # never report text in reasons


def test_fhir_ndjson_streamed_with_patient_lines(tmp_path):
    p = tmp_path / "DiagnosticReport.ndjson"
    lines = [
        json.dumps(diag("N1")),
        "{not json",
        json.dumps(patient()),
        json.dumps(diag("N2", subject="#pp", contained=[patient("pp", mrn="MRN2")])),
        "[1, 2]",
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    recs = records(p, "fhir")
    assert len(recs) == 4
    assert recs[0].report_id == "N1" and recs[0].patient_id == "MRN7" and recs[0].source.endswith(":line 1")
    assert (recs[1].location, recs[1].reason) == ("line 2", "invalid JSON on line 2")
    assert recs[2].report_id == "N2" and recs[2].patient_id == "MRN2"
    assert (recs[3].location, recs[3].reason) == ("line 5", "line 5 is not a JSON object (found list)")


def test_fhir_practitioner_reference_gives_referrer(tmp_path):
    prac = {
        "resourceType": "Practitioner",
        "id": "dr1",
        "name": [{"prefix": ["Dr"], "given": ["Ann"], "family": "Lee"}],
    }
    res = diag("P1", performer=[{"reference": "Practitioner/dr1"}])
    p = write_json(tmp_path / "p.json", bundle(res, patient(), prac))
    (r,) = records(p, "fhir")
    assert (r.reporter, r.referrer) == ("Dr Ann Lee", "")


@pytest.mark.parametrize(
    "content,match",
    [
        ('{"resourceType": "Patient", "id": "x"}', "a FHIR Patient resource, not a Bundle or DiagnosticReport"),
        ('{"foo": 1}', "not FHIR"),
        ("[1, 2, 3]", "not FHIR"),
        ("{broken", "invalid JSON"),
        ("report_id,text\nR1,x\n", "invalid JSON"),
    ],
)
def test_fhir_unreadable_file_is_an_input_error(tmp_path, content, match):
    p = tmp_path / "f.json"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=match):
        records(p, "fhir")


def test_fhir_ndjson_without_resource_type_is_an_input_error(tmp_path):
    p = tmp_path / "r.ndjson"
    p.write_text('{"report_id": "R1", "text": "x"}\n{"report_id": "R2", "text": "y"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="--format jsonl"):
        records(p, "fhir")


# =============================================================================================
# auto-detection
# =============================================================================================
@pytest.mark.parametrize(
    "name,content,expected",
    [
        ("a.txt", b"MSH|^~\\&|RIS\r", "hl7"),
        ("a.dat", b"\xef\xbb\xbfFHS|^~\\&|RIS\n", "hl7"),
        ("a.csv", b"BHS|^~\\&|RIS\r\n", "hl7"),
        ("a.json", b'{\n  "resourceType": "Bundle",\n  "entry": []\n}\n', "fhir"),
        ("a.data", b'{"resourceType": "DiagnosticReport", "status": "final"}\n{"resourceType": "Patient"}\n', "fhir"),
        ("a.json", b'{"report_id": "R1", "text": "x"}\n{"report_id": "R2", "text": "y"}\n', "jsonl"),
        ("a.ndjson", b"", "fhir"),
        ("a.jsonl", b"", "jsonl"),
        ("a.hl7", b"", "hl7"),
        ("a.json", b"", "fhir"),
        ("a.csv", b"report_id,text\nR1,x\n", "csv"),
        ("a.tsv", b"report_id\ttext\n", "csv"),
        ("a", b"report_id,text\nR1,x\n", "csv"),
        ("a.txt", b"report_id,text\nR1,x\n", "csv"),
        ("a.txt", b"Wedge fracture of L1.\n", "txt"),
    ],
)
def test_detect_format(tmp_path, name, content, expected):
    p = tmp_path / name
    p.write_bytes(content)
    assert detect_format(p) == expected


def test_detect_format_folder(tmp_path):
    assert detect_format(tmp_path) == "txt"


def test_auto_format_reads_each_kind(tmp_path):
    hl7_path = write_hl7(tmp_path / "m.dat", [hl7_message("A1")])
    fhir_path = write_json(tmp_path / "b.json", bundle(diag("F1"), patient()))
    jsonl_path = write_lines(tmp_path / "r.jsonl", [{"report_id": "J1", "text": "Normal."}])
    got = [r.report_id for r in iter_records([hl7_path, fhir_path, jsonl_path], fmt="auto")]
    assert got == ["A1", "F1", "J1"]
