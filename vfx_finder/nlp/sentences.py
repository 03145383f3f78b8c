"""A fast sentence splitter fit for radiology text, registered as the ``vfx_sentences`` component.

Boundaries: blank lines; a line break after a line that ends in . : ; ! ? or
before a line that starts like a new statement (capital, digit, bullet, header);
". " / "! " / "? " before a capital or digit (not after a lone list number or a
common abbreviation); section headers ("FINDINGS:"). Lines wrapped mid-sentence
(next line starting in lower case) stay together. It costs a few microseconds
per report, where PyRuSH's pure-Python rules cost milliseconds.
"""

import re

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

_ABBREV = {
    "dr",
    "mr",
    "mrs",
    "ms",
    "prof",
    "e.g",
    "i.e",
    "eg",
    "ie",
    "vs",
    "approx",
    "etc",
    "cf",
    "fig",
    "st",
    "ref",
    "c.f",
    "incl",
    "dept",
}
_END_PUNCT = re.compile(r"(?<=[\w)\]\"'%][.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Za-z0-9?])")
_LIST_NUMBER = re.compile(r"\s*\(?\d{1,2}[.)]")
_INLINE_NUMBER = re.compile(r"(?:^|[:.;!?]\s)\s*\(?\d{1,2}[.)]$")
_SEMICOLON = re.compile(r";\s+(?=\S)")
_HEADER = re.compile(r"(?<=[a-z0-9.!?;,)\]])\s+(?=[A-Z][A-Za-z /]{2,40}:\s)")
# a line ending in one of these words continues on the next line ("History of\nT12 fracture")
_OPEN_END = re.compile(
    r"\b(?:of|the|a|an|and|or|with|at|in|to|for|from|by|on|than|as|is|are|was|were|no|not|without|"
    r"involving|including|seen|noted|demonstrating|showing)$",
    re.IGNORECASE,
)
_LINE_START_NEW = re.compile(r"[A-Z0-9\-*\u2022>?#(\[]")
# a form field answered no ("Previous fragility fracture: No") ends its line: "no" there is an answer,
# not an open end ("there is no / fracture")
_FIELD_ANSWER = re.compile(r":[ \t]*(?:no|not\s+known)$", re.IGNORECASE)


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per doc (spaCy joins every token on each access)."""
    text = doc.user_data.get("vfx_text")
    if text is None:
        text = doc.user_data["vfx_text"] = doc.text
    return text


_SPACES = re.compile(r"[ \t\f\v\u00a0]+")


def join_wrapped_lines(text: str) -> str:
    """Normalise whitespace without moving statements: CRLF / CR to LF, runs of spaces and tabs to
    one space, and a line break inside a sentence (a wrapped line) to a space.

    Wrapped lines are common in HL7 OBX text and fixed-width exports ("a fracture cannot be
    / excluded"); spaCy would keep the line break as a token and break multi-word ConText
    triggers. Line breaks that start a new statement (see ``boundaries``) are kept.
    """
    text = _SPACES.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    if "\n" not in text:
        return text
    lines = text.split("\n")
    out = [lines[0].rstrip()]
    prev_content = lines[0].strip()
    for line in lines[1:]:
        stripped = line.strip()
        joined = (
            stripped
            and prev_content
            and prev_content[-1] not in ".:;!?"
            and (
                not _LINE_START_NEW.match(stripped)
                or (_OPEN_END.search(prev_content) and not _FIELD_ANSWER.search(prev_content))
            )
            and not _HEADER_LINE.match(stripped)
        )
        if joined:
            out[-1] = out[-1] + " " + stripped
        else:
            out.append(line.rstrip() if stripped else "")
        prev_content = stripped
    return "\n".join(out)


_HEADER_LINE = re.compile(r"[A-Za-z][A-Za-z /]{1,40}:")


def boundaries(text: str) -> list[int]:
    """Character offsets where a new sentence starts (always includes 0 for non-empty text)."""
    starts = {0}
    # line-based boundaries
    pos = 0
    lines = text.split("\n")
    prev_content = ""
    for i, line in enumerate(lines):
        stripped = line.strip()
        if i > 0 and stripped:
            first = len(line) - len(line.lstrip())
            if (
                not prev_content
                or prev_content[-1] in ".:;!?"
                or (_LINE_START_NEW.match(stripped) and not _OPEN_END.search(prev_content))
            ):
                starts.add(pos + first)
        if stripped:
            prev_content = stripped
        else:
            prev_content = ""
        pos += len(line) + 1
    # in-line full stops
    for m in _END_PUNCT.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        word = re.search(r"([A-Za-z.]+)[.!?][\"')\]]*$", before)
        if word and word.group(1).lower().rstrip(".") in _ABBREV:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _LIST_NUMBER.fullmatch(text, line_start, m.start()) or _INLINE_NUMBER.search(before):
            # "1. Wedge fracture", "IMPRESSION: 1. Old fracture": a list number, not a sentence end
            continue
        decimal = re.search(r"\d\.$", before) and text[m.end() : m.end() + 1].isdigit()
        if decimal:
            continue
        starts.add(m.end())
    # clauses joined by a semicolon are separate statements for context scope
    for m in _SEMICOLON.finditer(text):
        starts.add(m.end())
    # "Findings: ... Conclusion: ..." on one line
    for m in _HEADER.finditer(text):
        starts.add(m.end())
    return sorted(s for s in starts if s < len(text))


@Language.factory(
    "vfx_sentences",
    assigns=["token.is_sent_start", "doc.sents"],
    default_config={},
)
def make_sentences(nlp: Language, name: str) -> "RadiologySentencizer":
    """The vfx_sentences component."""
    return RadiologySentencizer()


class RadiologySentencizer:
    """Sets sentence starts at radiology sentence boundaries (see :func:`boundaries`)."""

    def __call__(self, doc: Doc) -> Doc:
        """Split the doc into sentences by the radiology splitter's rules."""
        n = len(doc)
        if not n:
            return doc
        starts = boundaries(doc_text(doc))
        # Each sentence starts at the first token at or after its boundary offset (as before), set in
        # one call: ``tok.is_sent_start = ...`` checks doc.has_annotation("DEP") -- a scan of every
        # token -- on each assignment, which made this loop quadratic in the report length.
        idx = doc.to_array(IDX)
        first = numpy.searchsorted(idx, numpy.asarray(starts, dtype=idx.dtype), side="left")
        sent_start = numpy.full(n, -1, dtype="int64").view("uint64")  # -1: not a sentence start
        sent_start[first[first < n]] = 1
        sent_start[0] = 1
        doc.from_array([SENT_START], sent_start.reshape(-1, 1))
        return doc
