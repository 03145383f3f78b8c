"""Fuzz tests (hypothesis) for every reader.

Arbitrary bytes and structurally broken messages must never crash a reader: a file yields
only Report / Rejection records, or raises InputError for the whole file. And nothing is
silently dropped: every message / line / entry / file that could be a report gives exactly
one record, so read = processed + rejected holds by construction.
"""

from __future__ import annotations

import base64
import csv
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from vfx_finder.errors import InputError
from vfx_finder.read import iter_records
from vfx_finder.read.records import Rejection, Report

#: VFX_FUZZ_EXAMPLES=5000 for a long local run; the suite keeps it bounded
FUZZ = settings(
    max_examples=int(os.environ.get("VFX_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def consume(paths: list[Path], fmt: str) -> list | None:
    """All records of ``paths`` (checked to be Report / Rejection), or None when the file raised InputError."""
    try:
        recs = list(iter_records(paths, fmt=fmt))
    except InputError as err:
        assert str(err) and "\n" not in str(err)
        return None
    for r in recs:
        assert isinstance(r, (Report, Rejection)), type(r)
        if isinstance(r, Rejection):
            assert r.reason and r.source_file and r.location
        else:
            assert r.report_id.strip() and r.text.strip() and r.source
    return recs


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


# =============================================================================================
# arbitrary bytes, every reader
# =============================================================================================
PREFIXES = [
    b"",
    b"MSH|^~\\&|",
    b"FHS|^~\\&|\rBHS|^~\\&|\r",
    b'{"resourceType": "Bundle", "entry": [',
    b'{"resourceType": "DiagnosticReport"',
    b'{"report_id": "R1", "text": "',
    b"report_id,text\n",
    b"\xef\xbb\xbf",
]
arbitrary = st.builds(lambda pre, body: pre + body, st.sampled_from(PREFIXES), st.binary(max_size=600))


@pytest.mark.parametrize(
    "fmt,name", [("hl7", "x.hl7"), ("fhir", "x.json"), ("jsonl", "x.jsonl"), ("csv", "x.csv"), ("auto", "x.dat")]
)
@FUZZ
@given(data=arbitrary)
def test_arbitrary_bytes_never_crash(tmp_path, fmt, name, data):
    consume([write(tmp_path, name, data)], fmt)


@FUZZ
@given(files=st.lists(st.binary(max_size=200), min_size=1, max_size=4), meta=arbitrary)
def test_arbitrary_txt_folder_never_crashes(tmp_path, files, meta):
    folder = tmp_path / "reports"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    for i, body in enumerate(files):
        (folder / f"R{i}.txt").write_bytes(body)
    (folder / "metadata.csv").write_bytes(meta)
    recs = consume([folder], "txt")
    if recs is not None:  # every .txt file gives exactly one record
        per_file = [
            r for r in recs if (r.source if isinstance(r, Report) else r.source_file).split(":")[0].endswith(".txt")
        ]
        assert len(per_file) == len(files)


# =============================================================================================
# HL7: structurally broken messages
# =============================================================================================
GOOD_MSH = "MSH|^~\\&|RIS|HOSP|FLS|HOSP|20250115||ORU^R01^ORU_R01|{n}|P|2.5"
SEGMENTS = [
    GOOD_MSH,
    GOOD_MSH,
    "MSH|^~\\&|RIS|HOSP|FLS|HOSP|20250115||ADT^A01|1|P|2.5",
    "MSH|^~\\&",
    "MSH|",
    "MSH#^~\\&#R#H#F#H#2025##ORU^R01#7#P#2.5",
    "MSH|~|\\&||||||ORU",
    "PID|1||MRN1^^^HOSP^MR~9434765919^^^NHS^NH||Doe^Ann||19400203|F",
    "PID|1||~~~^^^&&&||||99999999|",
    "PID",
    "OBR|1|PL1|ACC1|X^XR Spine|||202501151030|||||||||C1^Lee^Ann^^^Dr||||||||XR|F",
    "OBR|1|PL1|ACC1|X^XR Spine|||202501151030||||||||||||||||XR|C",
    "OBR|1|PL2||X|||2025||||||||||||||||||P",
    "OBR|1",
    "OBR|||||||||||||||||||||||||||||||||||||||||||||||||",
    "OBX|1|TX|||Wedge fracture of L1.||||||F",
    "OBX|2|FT|||Line\\.br\\two \\F\\ \\X41\\ \\XZZ\\ \\.sp99999999\\ \\H\\x\\N\\||||||F",
    "OBX|3|TX|||\\unterminated||||||F",
    "OBX|4|NM|||42||||||F",
    "OBX|5|TX|||||||||D",
    "OBX",
    "NTE|1||a note",
    "ZDS|1.2.3",
    "BHS|^~\\&",
    "BTS|1",
    "FTS|1",
    "free text line without a segment id",
]
segment = st.one_of(
    st.sampled_from(SEGMENTS),
    st.builds(lambda t: "OBX|1|TX|||" + t + "||||||F", st.text(max_size=40)),
    st.builds(lambda t: "OBR|1||" + t, st.text(max_size=30)),
    st.builds(
        lambda codes: "OBX|1|FT|||" + "x".join(f"\\{c}\\" for c in codes) + "||||||F",
        st.lists(
            st.one_of(
                st.sampled_from([".sp", ".sk", ".in", "X", "C", "M", "Z", "H", "N", "E"]), st.text(max_size=3)
            ).flatmap(lambda head: st.text(max_size=6).map(lambda tail: head + tail)),
            max_size=5,
        ),
    ),
    st.text(max_size=30),
)


@FUZZ
@given(
    segs=st.lists(segment, min_size=1, max_size=14),
    sep=st.sampled_from(["\r", "\n", "\r\n", "\n\r"]),
    encoding=st.sampled_from(["utf-8", "cp1252"]),
    cut=st.one_of(st.none(), st.integers(min_value=0, max_value=2000)),
)
def test_hl7_broken_messages(tmp_path, segs, sep, encoding, cut):
    text = sep.join([GOOD_MSH.format(n=0)] + [s.format(n=i) if "{n}" in s else s for i, s in enumerate(segs)]) + sep
    data = text.encode(encoding, errors="replace")
    if cut is not None:
        data = data[:cut]
    recs = consume([write(tmp_path, "f.hl7", data)], "hl7")
    if recs is None:
        return
    # every message (a line starting MSH + separator) gives at least one record
    lines = [ln.strip(b"\x0b\x1c") for ln in re.split(rb"[\r\n]+", data)]
    n_msgs = sum(1 for ln in lines if re.match(rb"MSH[^A-Za-z0-9\s]", ln))
    seen = {
        int(m.group(1))
        for r in recs
        for m in [re.match(r"message (\d+)", r.location if isinstance(r, Rejection) else r.source.split(":", 1)[1])]
        if m
    }
    assert seen == set(range(1, n_msgs + 1))


# =============================================================================================
# JSONL: broken lines
# =============================================================================================
json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
CANON = ["report_id", "text", "patient_id", "nhs_number", "date_of_birth", "age", "sex", "exam_date", "report_status"]
record_obj = st.dictionaries(
    st.sampled_from(CANON) | st.text(max_size=6), json_value | st.text(max_size=30), max_size=6
)
jsonl_line = st.one_of(
    record_obj.map(lambda o: json.dumps(o).encode()),
    json_value.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=40).filter(lambda b: b"\n" not in b),
    st.just(b""),
    st.just(b'{"report_id": "R1", "text": "fracture \xe9 \x81"}'),
)


@FUZZ
@given(lines=st.lists(jsonl_line, min_size=1, max_size=12))
def test_jsonl_broken_lines(tmp_path, lines):
    data = b"\n".join([b'{"report_id": "R0", "text": "Normal."}'] + lines) + b"\n"
    recs = consume([write(tmp_path, "f.jsonl", data)], "jsonl")
    assert recs is not None  # the first line is a JSON object: never a whole-file error
    non_blank = [ln for ln in data.split(b"\n") if ln.strip()]
    assert len(recs) == len(non_blank)


# =============================================================================================
# FHIR: broken resources in a Bundle and in NDJSON
# =============================================================================================
DR_KEYS = [
    "status",
    "code",
    "subject",
    "effectiveDateTime",
    "effectivePeriod",
    "issued",
    "identifier",
    "category",
    "performer",
    "resultsInterpreter",
    "presentedForm",
    "conclusion",
    "contained",
    "text",
    "id",
    "resourceType",
]


def base_dr(i: int) -> dict:
    return {
        "resourceType": "DiagnosticReport",
        "id": f"d{i}",
        "identifier": [{"value": f"ACC{i}"}],
        "status": "final",
        "code": {"text": "CT Chest"},
        "subject": {"reference": "#p"},
        "contained": [{"resourceType": "Patient", "id": "p", "birthDate": "1940-01-01", "gender": "female"}],
        "effectiveDateTime": "2025-01-02",
        "presentedForm": [{"contentType": "text/plain", "data": base64.b64encode(b"Wedge fracture L1.").decode()}],
    }


presented = st.one_of(
    json_value,
    st.lists(
        st.fixed_dictionaries(
            {},
            optional={
                "contentType": st.sampled_from(
                    ["text/plain", "text/html", "text/plain; charset=bogus", "application/pdf", ""]
                )
                | json_value,
                "data": st.binary(max_size=60).map(lambda b: base64.b64encode(b).decode())
                | st.text(max_size=20)
                | json_value,
            },
        ),
        max_size=3,
    ),
)
mutation = st.lists(st.tuples(st.sampled_from(DR_KEYS), st.one_of(json_value, presented, st.just(None))), max_size=4)


def mutate(res: dict, changes: list) -> dict:
    for key, value in changes:
        if value is None:
            res.pop(key, None)
        else:
            res[key] = value
    return res


entry = st.one_of(
    mutation.map(lambda ch: ("dr", ch)),
    json_value.map(lambda v: ("raw", v)),
)


@FUZZ
@given(entries=st.lists(entry, min_size=1, max_size=6), ndjson=st.booleans())
@example(entries=[("dr", [("identifier", True)])], ndjson=False)  # found by this test: a TypeError, not a rejection
@example(entries=[("dr", [("identifier", {"value": "X"})])], ndjson=True)
def test_fhir_broken_resources(tmp_path, entries, ndjson):
    resources = [mutate(base_dr(i), v) if kind == "dr" else v for i, (kind, v) in enumerate(entries)]
    if ndjson:
        lines = [json.dumps(base_dr(99))] + [json.dumps(r) for r in resources]
        p = write(tmp_path, "f.ndjson", ("\n".join(lines) + "\n").encode())
    else:
        b = {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": r} for r in resources]}
        p = write(tmp_path, "f.json", json.dumps(b).encode())
    recs = consume([p], "fhir")
    assert recs is not None
    # every DiagnosticReport gives exactly one record at its own location
    expected = [
        i
        for i, r in enumerate(resources, start=1)
        if isinstance(r, dict) and r.get("resourceType") == "DiagnosticReport"
    ]
    where = [(r.location if isinstance(r, Rejection) else r.source.split(":", 1)[1]) for r in recs]
    if ndjson:
        assert set(f"line {i + 1}" for i in expected) <= set(where)
    else:
        assert set(f"entry {i}" for i in expected) <= set(where)
    assert len(where) == len(set(where))


# =============================================================================================
# end to end: read = processed + rejected through run()
# =============================================================================================
@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(
    hl7_segs=st.lists(segment, max_size=10),
    jsonl_lines=st.lists(jsonl_line, max_size=6),
    fhir_entries=st.lists(entry, max_size=4),
)
def test_run_counts_hold_on_broken_inputs(tmp_path, hl7_segs, jsonl_lines, fhir_entries):
    from vfx_finder.run import run

    hl7_text = "\r".join(
        [GOOD_MSH.format(n=0), "OBR|1||A0", "OBX|1|TX|||Normal.||||||F"]
        + [s.format(n=9) if "{n}" in s else s for s in hl7_segs]
    )
    paths = [
        write(tmp_path, "a.hl7", (hl7_text + "\r").encode("utf-8")),
        write(tmp_path, "b.jsonl", b"\n".join([b'{"report_id": "J0", "text": "Normal."}'] + jsonl_lines) + b"\n"),
        write(
            tmp_path,
            "c.json",
            json.dumps(
                {
                    "resourceType": "Bundle",
                    "entry": [
                        {"resource": mutate(base_dr(i), v) if k == "dr" else v} for i, (k, v) in enumerate(fhir_entries)
                    ],
                }
            ).encode(),
        ),
    ]
    expected = sum(len(consume([p], "auto")) for p in paths)
    out = tmp_path / "out"
    shutil.rmtree(out, ignore_errors=True)
    result = run(paths, out, fmt="auto", workers=1, progress=False)
    c = result.counts
    assert c["read"] == c["processed"] + c["rejected"] == expected
    with (out / "rejected.csv").open(newline="", encoding="utf-8-sig") as fh:
        assert sum(1 for _ in csv.DictReader(fh)) == c["rejected"]
