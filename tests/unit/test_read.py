"""The CSV reader and the shared record checks."""

from __future__ import annotations

import pytest

from vfx_finder.errors import InputError
from vfx_finder.read import iter_records
from vfx_finder.read.records import Rejection, Report
from vfx_finder.read.validate import nhs_number_valid


def _records(path, **kw):
    return list(iter_records([path], **kw))


def test_utf8_bom_and_windows_1252(tmp_path):
    p = tmp_path / "a.csv"
    p.write_bytes("\ufeffreport_id,text\nR1,Caf\u00e9 T12 fracture\n".encode("utf-8"))
    (r,) = _records(p)
    assert isinstance(r, Report) and r.report_id == "R1" and r.text == "Caf\u00e9 T12 fracture"
    p.write_bytes(b"report_id,text\nR1,Caf\xe9 \x93quoted\x94\n")
    (r,) = _records(p)
    assert r.text == "Caf\u00e9 \u201cquoted\u201d"


def test_multiline_text_and_line_numbers(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text('report_id,text\nR1,"line one\nline two"\nR2,\n', encoding="utf-8")
    recs = _records(p)
    assert isinstance(recs[0], Report) and recs[0].text == "line one\nline two"
    assert recs[0].source == "a.csv:lines 2-3"
    assert isinstance(recs[1], Rejection) and recs[1].location == "line 4" and recs[1].reason == "empty report text"


def test_wrong_field_count_is_rejected(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text("report_id,text\nR1,ok,extra\nR2,fine\n", encoding="utf-8")
    recs = _records(p)
    assert isinstance(recs[0], Rejection) and recs[0].reason == "broken CSV row: 3 fields where the header has 2"
    assert recs[0].report_id == "R1"
    assert isinstance(recs[1], Report)


def test_nhs_number_check_digit(tmp_path):
    assert nhs_number_valid("943 476 5919")
    assert nhs_number_valid("9434765919")
    assert not nhs_number_valid("9434765918")
    assert not nhs_number_valid("12345")
    p = tmp_path / "a.csv"
    p.write_text("report_id,nhs_number,text\nR1,9434765918,T12 fracture\nR2,943 476 5919,ok\n", encoding="utf-8")
    bad, good = _records(p)
    assert isinstance(bad, Rejection) and bad.reason.startswith("invalid NHS number")
    assert good.nhs_number == "9434765919"
    assert good.patient_id == "9434765919"  # falls back to the NHS number


def test_empty_file_and_missing_column(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="the file is empty"):
        _records(p)
    p.write_text("id,text\n1,x\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        _records(p)
    assert str(e.value) == (
        "a.csv: missing required column 'report_id' (found: id, text); map your column with --columns report_id=YOUR_COLUMN"
    )


def test_streaming_does_not_read_ahead(tmp_path):
    p = tmp_path / "big.csv"
    with p.open("w", encoding="utf-8") as fh:
        fh.write("report_id,text\n")
        for i in range(5000):
            fh.write(f"R{i},report {i}\n")
    it = iter_records([p])
    first = next(it)
    assert first.report_id == "R0"
