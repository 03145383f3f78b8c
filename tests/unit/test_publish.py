"""Publishing: formula-safe cells, owner-only files, atomic and idempotent publication."""

from __future__ import annotations

import csv
import os
import stat
from pathlib import Path

import pytest

from vfx_finder.publish import (
    AtomicFile,
    Publication,
    SafeCsvWriter,
    move_into_place,
    remove_temporaries,
    safe_cell,
    sha256_file,
)

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x","y")'])
def test_safe_cell_neutralises_every_formula_start(value):
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize(
    "value, expected", [("Dr Smith", "Dr Smith"), ("", ""), (None, ""), (12, "12"), ("'=x", "'=x")]
)
def test_safe_cell_leaves_plain_values(value, expected):
    assert safe_cell(value) == expected


def test_safe_csv_writer_is_atomic_owner_only_and_neutralised(tmp_path):
    old = os.umask(0o022)
    try:
        final = tmp_path / "x.csv"
        w = SafeCsvWriter(final, ["a", "b"])
        w.write({"a": "=cmd|' /C calc'!A0", "b": "ok"})
        assert not final.exists()  # nothing visible before commit
        w.commit()
        assert mode(final) == 0o600
        rows = list(csv.reader(final.open(newline="", encoding="utf-8-sig")))
        assert rows == [["a", "b"], ["'=cmd|' /C calc'!A0", "ok"]]
        assert list(tmp_path.glob(".*.tmp")) == []
    finally:
        os.umask(old)


def test_discard_leaves_nothing(tmp_path):
    w = SafeCsvWriter(tmp_path / "x.csv", ["a"])
    w.write({"a": 1})
    w.discard()
    assert list(tmp_path.iterdir()) == []


def test_publication_manifest_and_idempotent_move(tmp_path):
    pub = Publication(tmp_path, "R-test")
    w = pub.csv("worklist.csv", ["a"])
    w.write({"a": "1"})
    r = pub.csv("report_findings.csv", ["a"])
    r.write({"a": "2"})
    pub.json("summary.json", {"k": 1})
    manifest = pub.manifest()
    assert [e["name"] for e in manifest][-1] == "worklist.csv"  # moved last
    for e in manifest:
        assert Path(e["tmp"]).name.startswith(f".{e['name']}.R-test.")
        assert sha256_file(e["tmp"]) == e["sha256"]
        assert mode(e["tmp"]) == 0o600
    assert move_into_place(manifest) == []
    assert move_into_place(manifest) == []  # again: already moved, recognised by hash
    assert (tmp_path / "worklist.csv").read_bytes() == b"\xef\xbb\xbfa\r\n1\r\n"  # UTF-8 BOM for Excel
    # a final file that is not the recorded one is reported as missing
    (tmp_path / "summary.json").write_text("{}")
    assert move_into_place(manifest) == ["summary.json"]


def test_remove_temporaries_only_touches_the_tagged_run(tmp_path):
    a = AtomicFile(tmp_path / "w.csv", tag="R-a")
    b = AtomicFile(tmp_path / "w.csv", tag="R-b")
    a.finish(), b.finish()
    assert remove_temporaries(tmp_path, "R-a") == 1
    assert not a.tmp.exists() and b.tmp.exists()


# ---------------------------------------------------------------------------------------------- end to end
HOSTILE = [
    {
        "report_id": "X1",
        "patient_id": "@SUM(1+1)",
        "age": "71",
        "exam_date": "2026-01-05",
        "sex": "-F",
        "exam_name": "+CT chest",
        "referrer": '=HYPERLINK("http://evil.example","click")',
        "text": "Wedge compression fracture of T12.",
    },
    {
        "report_id": "=X2",
        "patient_id": "P2",
        "age": "80",
        "exam_date": "2026-01-06",
        "referrer": "-2+3+cmd|' /C calc'!A0",
        "text": "Possible fracture of L2 cannot be excluded.",
    },
    {
        "report_id": "X3",
        "patient_id": "P3",
        "age": "80",
        "exam_date": "2026-01-06",
        "referrer": "\tDr Tab",
        "text": "Normal spine. No fracture.",
    },
    {
        "report_id": "@X4",
        "patient_id": "P4",
        "age": "80",
        "exam_date": "2026-01-06",
        "referrer": "Dr B",
        "nhs_number": "1234567890",
        "text": "=bad row",
    },
    {  # no text: rejected, so rejected.csv carries a hostile id (a bad NHS number is no longer rejected)
        "report_id": "+X5",
        "patient_id": "-P5",
        "text": "",
    },
]
HEADER = ["report_id", "patient_id", "nhs_number", "age", "sex", "exam_date", "exam_name", "referrer", "text"]


def test_formula_in_any_input_field_is_inert_in_every_csv(tmp_path, write_csv):
    from vfx_finder.run import run

    out = tmp_path / "out"
    result = run([write_csv(HOSTILE, header=HEADER)], out, workers=1)
    assert result.worklist_rows == 2
    seen_referrers = set()
    for name in ("worklist.csv", "referrer_alerts.csv", "report_findings.csv", "rejected.csv"):
        with (out / name).open(newline="", encoding="utf-8-sig") as fh:
            rows = list(csv.reader(fh))
        assert len(rows) > 1, name
        for row in rows:
            for cell in row:
                assert not cell.startswith(DANGEROUS), (name, cell)
        if name == "referrer_alerts.csv":
            seen_referrers = {r[0] for r in rows[1:]}
    assert seen_referrers == {'\'=HYPERLINK("http://evil.example","click")', "'-2+3+cmd|' /C calc'!A0"}


def test_outputs_and_state_are_owner_only(tmp_path, write_csv):
    from vfx_finder.run import run

    old = os.umask(0o022)
    try:
        out = tmp_path / "out"
        state = tmp_path / "st" / "state.sqlite"
        run([write_csv(HOSTILE, header=HEADER)], out, workers=1, state_path=state)
        assert mode(out) == 0o700
        files = [p for p in out.iterdir()]
        assert {p.name for p in files} == {
            "worklist.csv",
            "worklist.xlsx",
            "worklist.html",
            "second_reader.csv",
            "referrer_alerts.csv",
            "report_findings.csv",
            "rejected.csv",
            "summary.json",
        }
        for p in files + [state, Path(str(state) + ".lock")]:
            assert mode(p) == 0o600, (p, oct(mode(p)))
        for side in ("-wal", "-shm"):
            p = Path(str(state) + side)
            if p.exists():
                assert mode(p) == 0o600
        assert mode(state.parent) == 0o700
        # the run's scratch file is gone
        assert [p.name for p in state.parent.iterdir() if ".stage-" in p.name] == []
    finally:
        os.umask(old)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("\uff1dcmd()", "'\uff1dcmd()"),  # full-width =
        ("\uff0b1", "'\uff0b1"),
        ("\uff0d1", "'\uff0d1"),
        ("\uff20SUM(A1)", "'\uff20SUM(A1)"),
        (" =cmd()", "' =cmd()"),  # leading space before a formula
        ("\n=cmd()", "'\n=cmd()"),
        ("Dr A;=cmd()", "Dr A;'=cmd()"),  # ';'-separated formula (Excel in a ';' locale)
        ("Dr A; @SUM(1)", "Dr A; '@SUM(1)"),
        ("T12;L1", "T12;L1"),
        ("R1\x00=x", "R1=x"),  # NUL bytes never reach an output
        ("\x00=x", "'=x"),
    ],
)
def test_safe_cell_catches_full_width_leading_blank_semicolon_and_nul(value, expected):
    assert safe_cell(value) == expected


def test_every_csv_starts_with_a_bom_and_round_trips_accented_names(tmp_path):
    w = SafeCsvWriter(tmp_path / "w.csv", ["referrer"])
    w.write({"referrer": "Dr \u00d3 Brien"})
    w.commit()
    raw = (tmp_path / "w.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig") == "referrer\r\nDr \u00d3 Brien\r\n"


def test_out_that_is_a_file_or_unwritable_is_one_line(tmp_path):
    from vfx_finder.errors import UsageError
    from vfx_finder.publish import ensure_out_dir

    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(UsageError) as err:
        ensure_out_dir(f)
    assert str(err.value) == f"--out {f} is a file, not a folder; give a folder for the output files"
    with pytest.raises(UsageError) as err:  # a folder that cannot be created (under a file)
        ensure_out_dir(f / "out")
    assert str(err.value) == (
        f"cannot create the --out folder {f / 'out'} (Not a directory); give a folder you can write"
    )


def _reference_highlight(text, sentences, flags=()):
    """What highlight did before its fast path: a regex per sentence, a flag per character."""
    import re

    from vfx_finder.publish.html import Segment
    from vfx_finder.publish.xlsx import deciding_spans

    n = len(text)
    mark, bold, flag = [False] * n, [False] * n, [False] * n
    for s in sentences:
        clipped = s.endswith("\u2026")
        tokens = s.rstrip("\u2026").split()
        if clipped and len(tokens) > 1:
            tokens = tokens[:-1]
        m = re.search(r"\s+".join(re.escape(t) for t in tokens), text) if tokens else None
        if m is None:
            continue
        for i in range(m.start(), m.end()):
            mark[i] = True
        for a, b in deciding_spans(m.group(0)):
            for i in range(m.start() + a, m.start() + b):
                bold[i] = True
    for f in flags:
        if f.source == "report":
            for i in range(max(0, f.start), min(n, f.end)):
                flag[i] = True
    out, start = [], 0
    for i in range(1, n + 1):
        if i == n or (mark[i], bold[i], flag[i]) != (mark[start], bold[start], flag[start]):
            out.append(Segment(text[start:i], mark[start], bold[start], flag[start]))
            start = i
    return out


def test_highlight_agrees_with_the_regex_reference(corpus_texts):
    """Evidence sentences (whole, whitespace-collapsed, clipped, absent) and triage words marked as before."""
    import re

    from vfx_finder.aggregate.triage import triage_flags
    from vfx_finder.publish.html import highlight

    for k, text in enumerate(corpus_texts[:1500]):
        parts = [p for p in re.split(r"(?<=[.!?])\s+|\n+", text) if p.strip()]
        sentences = [" ".join(p.split()) for p in parts[k % 3 :: 3]]
        sentences += [p[: 10 + k % 40] + "\u2026" for p in parts[1::4]]
        sentences += ["not in this report at all", "", "\u2026"]
        flags = triage_flags(text)
        assert highlight(text, sentences, flags) == _reference_highlight(text, sentences, flags), k
