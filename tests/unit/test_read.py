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
    # a typo in an identifier never hides a fracture: read, with the problem named
    assert isinstance(bad, Report) and bad.text == "T12 fracture"
    assert (bad.nhs_number, bad.data_problems) == ("9434765918", "NHS number fails the check digit")
    assert bad.patient_id == "report:R1"  # an invalid NHS number never links patients
    assert good.nhs_number == "9434765919" and good.data_problems == ""
    assert good.patient_id == "9434765919"  # falls back to the NHS number


@pytest.mark.parametrize(
    "nhs,problem",
    [
        ("N/A", "NHS number not 10 digits"),
        ("Unknown", "NHS number not 10 digits"),
        ("0", "NHS number not 10 digits"),
        ("943476591", "NHS number not 10 digits"),
        ("9434765910", "NHS number fails the check digit"),
        ("", ""),  # a missing NHS number is not a problem: many sites send only a hospital number
    ],
)
def test_identifier_problems_never_drop_a_report(tmp_path, nhs, problem):
    p = tmp_path / "a.csv"
    p.write_text(f"report_id,patient_id,nhs_number,text\nR1,H1,{nhs},Severe wedge fracture of T9.\n", encoding="utf-8")
    (r,) = _records(p)
    assert isinstance(r, Report)
    assert (r.report_id, r.patient_id, r.text) == ("R1", "H1", "Severe wedge fracture of T9.")
    assert r.data_problems == problem


def test_unreadable_dates_named_not_rejected(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text(
        "report_id,date_of_birth,exam_date,nhs_number,text\n"
        "R1,31/02/1940,yesterday,0,T12 fracture\n"
        "R2,03/02/1940,2025-01-15,,ok\n",
        encoding="utf-8",
    )
    r1, r2 = _records(p)
    assert isinstance(r1, Report)
    assert r1.data_problems == "NHS number not 10 digits; date of birth unreadable; exam date unreadable"
    assert isinstance(r2, Report) and r2.data_problems == ""


def test_nul_bytes_removed_and_named(tmp_path):
    p = tmp_path / "a.csv"
    p.write_bytes(b"report_id,patient_name,text\nR\x001,Ann\x00 Doe,T12\x00 fracture\n")
    (r,) = _records(p)
    assert isinstance(r, Report)
    assert (r.report_id, r.patient_name, r.text) == ("R1", "Ann Doe", "T12 fracture")
    assert r.data_problems == "NUL bytes removed"


def test_duplicate_report_id_named_on_the_later_record(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text("report_id,text\nR1,first\nR2,other\nR1,second\n", encoding="utf-8")
    a, b, c = _records(p)
    assert [r.report_id for r in (a, b, c)] == ["R1", "R2", "R1"]
    assert [r.data_problems for r in (a, b, c)] == ["", "", "duplicate report_id in this file"]
    q = tmp_path / "b.csv"
    q.write_text("report_id,text\nR1,again\n", encoding="utf-8")
    recs = list(iter_records([p, q]))
    assert recs[-1].data_problems == ""  # only within one file


def test_patient_name_and_reporter_columns(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text("report_id,patient_name,reporter,report_status,text\nR1,Ann Doe,Dr Rad,F,x\n", encoding="utf-8")
    (r,) = _records(p)
    assert (r.patient_name, r.reporter, r.report_status, r.extra) == ("Ann Doe", "Dr Rad", "final", {})


def test_headerless_csv_error_carries_no_report_content(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text(
        "R1,9434765919,1940-02-03,Dr Who,Severe wedge fracture of T9 in an 80-year-old\n"
        "R2,9434765919,1940-02-03,Dr Who,Normal\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as e:
        _records(p)
    assert str(e.value) == (
        "a.csv: missing required column 'report_id' (the first row has 5 fields and does not look like a header "
        "row); map your column with --columns report_id=YOUR_COLUMN"
    )


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


def _strptime_date(value: str):
    """The reference: every layout through strptime (what parse_date did before its ISO fast path)."""
    import datetime as dt
    import re

    from vfx_finder.read.validate import DATE_FORMATS

    value = (value or "").strip()
    head = value[:10] if re.match(r"\d{4}-\d{2}-\d{2}", value) else value
    head = value[:8] if re.fullmatch(r"\d{12,14}", value) else head

    def read(fmt):
        try:
            return dt.datetime.strptime(head, fmt).date()
        except ValueError:
            return None

    return next((d for d in map(read, DATE_FORMATS) if d is not None), None) if value else None


@pytest.mark.parametrize("year", ["0000", "0001", "1899", "1900", "2024", "2025", "9999"])
def test_parse_date_iso_fast_path_agrees_with_strptime(year):
    from vfx_finder.read.validate import parse_date

    for month in ["00", "01", "02", "09", "12", "13"]:
        for day in ["00", "01", "28", "29", "30", "31", "32"]:
            for tail in ["", "T10:20:30", " 10:20", "Z", "garbage"]:
                value = f"{year}-{month}-{day}{tail}"
                assert parse_date(value) == _strptime_date(value), value
    for value in ["16/06/2025", "20250616", "202506161020", "16 Jun 2025", "2025/06/16", "", "  ", "16.06.2025"]:
        assert parse_date(value) == _strptime_date(value), value
