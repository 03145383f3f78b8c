"""Section detection from patterns/sections.json, registered as ``vfx_sections``.

A header is a rule literal at the start of a line (optionally numbered, any case)
followed by a colon or a dash, or alone on its line; or, within a line, after a
sentence end and followed by a colon. ``doc._.vfx_sections`` holds
``(start_char, category, header_text)`` in text order; text before the first
header is in section ``None`` (treated as the body).
"""

import bisect
import re

from spacy.language import Language
from spacy.tokens import Doc

from vfx_finder.nlp.sentences import doc_text

if not Doc.has_extension("vfx_sections"):
    Doc.set_extension("vfx_sections", default=None)


_HEADER_SUFFIX = (
    r"(?:[ \t]*(?:\([^)\n]{0,40}\)|by\s+[^:\n]{1,40}?|dated?\s+[^:\n]{1,30}?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}))?"
)


def _alt(lits) -> str:
    return "|".join(re.escape(lit).replace(r"\ ", r"\s+") for lit in sorted(lits, key=len, reverse=True))


def compile_sections(rules: list[dict]) -> tuple[list[re.Pattern], dict[str, str]]:
    """Header patterns: 'Title:' (or a title alone on its line), and line prefixes such as 'Referred with'."""
    category = {r["literal"].lower(): r["category"] for r in rules}
    headers = {r["literal"].lower() for r in rules if not r.get("prefix")}
    prefixes = {r["literal"].lower() for r in rules if r.get("prefix")}
    patterns = [
        re.compile(
            r"(?:^|(?<=\n)|(?<=[.!?])[ \t]+)[ \t]*(?:\d{1,2}[.)][ \t]*)?[*#>\-\u2022 \t]*"
            r"(?P<title>" + _alt(headers) + r")" + _HEADER_SUFFIX + r"[ \t]*(?:(?P<colon>[:\-])|(?=[ \t]*(?:\n|$)))",
            re.IGNORECASE,
        )
    ]
    if prefixes:
        patterns.append(
            re.compile(r"(?:^|(?<=\n))[ \t]*(?P<title>" + _alt(prefixes) + r")\b(?P<colon>)", re.IGNORECASE)
        )
    return patterns, category


_NOT_A_QUESTION_LINE = r"(?![ \t]*(?:\?|query\b|q\b|r/o\b|rule\s+out\b|to\s+exclude\b|exclude\b))"
_QUESTION_END = re.compile(
    r"\n[ \t]*\n|(?<=[.?!:])[ \t]*\n" + _NOT_A_QUESTION_LINE + r"(?=[ \t]*\S)|\n" + _NOT_A_QUESTION_LINE
    + r"(?=[ \t]*[A-Z0-9(\[*\-\u2022])",
)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _question_end(text: str, start: int, title_end: int, next_start: int) -> int | None:
    """Where a clinical-question section stops when no header follows: the end of its paragraph or line.

    Reports often give the indication on one line and go straight on to findings with
    no header; the question then ends at the end of that statement (a line ending in
    . ? ! or followed by a capitalised line), never later than a blank line.
    """
    rest = re.compile(r"[ \t:\-]*").match(text, title_end).end()
    if rest >= len(text) or text[rest] == "\n":
        # block style: the header stands on its own line; the section runs to a blank line
        m = _BLANK_LINE.search(text, rest + 1, next_start)
        return m.end() if m else None
    m = _QUESTION_END.search(text, rest + 1, next_start)
    return m.end() if m else None


def find_sections(text: str, patterns: list[re.Pattern], category: dict[str, str]) -> list[tuple[int, str, str]]:
    out = []
    matches = sorted((m for p in patterns for m in p.finditer(text)), key=lambda m: m.start("title"))
    for m in matches:
        title = m.group("title")
        line_start = m.start() == 0 or text[m.start() - 1] == "\n" or text[: m.start()].endswith(("\n", "\n "))
        if m.group("colon") is None and not line_start:
            continue
        # a bare word at line start with no colon is a header only when it is alone on its line
        cat = category.get(re.sub(r"\s+", " ", title.lower()))
        if cat is None:
            continue
        out.append((m.start("title"), cat, title, m.end()))
    result: list[tuple[int, str | None, str]] = []
    for i, (start, cat, title, title_end) in enumerate(out):
        result.append((start, cat, title))
        if cat == "clinical_question":
            nxt = out[i + 1][0] if i + 1 < len(out) else len(text)
            end = _question_end(text, start, title_end, nxt)
            if end is not None and end < nxt:
                result.append((end, None, ""))
    return result


def section_at(sections: list[tuple[int, str, str]], char: int) -> str | None:
    if not sections:
        return None
    starts = [s[0] for s in sections]
    i = bisect.bisect_right(starts, char) - 1
    return sections[i][1] if i >= 0 else None


@Language.factory("vfx_sections", assigns=["doc._.vfx_sections"], default_config={"rules": []})
def make_sections(nlp: Language, name: str, *, rules: list[dict]) -> "Sectionizer":
    return Sectionizer(rules=rules)


class Sectionizer:
    def __init__(self, *, rules: list[dict]) -> None:
        self.patterns, self.category = compile_sections(rules)

    def __call__(self, doc: Doc) -> Doc:
        doc._.vfx_sections = find_sections(doc_text(doc), self.patterns, self.category)
        return doc
