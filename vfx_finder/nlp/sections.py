"""Section detection from patterns/sections.json, registered as ``vfx_sections``.

A header is a rule literal at the start of a line (optionally numbered, any case)
followed by a colon or a dash, or alone on its line; or, within a line, after a
sentence end and followed by a colon. ``doc._.vfx_sections`` holds
``(start_char, category, header_text)`` in text order; text before the first
header is in section ``None`` (treated as the body).

Two forms real reports use without a clean header:

- a misspelt header at the start of a line ("Clinical inormation:", "Clincal
  history:", "Impresion:") is read as the header it is closest to: one edit
  (insertion, deletion, substitution, swap) for titles of 7 to 11 letters, two
  for longer ones; shorter titles must be exact;
- a header-less first line that is the clinical question ("Severe back pain,
  ?fracture (clinical details)", "Hx osteoporosis, back pain. ?wedge fracture")
  is a ``clinical_question`` section up to the end of the sentence holding its
  last question cue. It must have a question cue ("?", query, r/o, rule out,
  exclude, evaluate / assess for, "(clinical details)"), a clinical-context word
  (pain, fall, trauma, history, known, osteoporosis, ...), no description of the
  images ("seen", "noted", "there is", "appearances", ...), and more report text
  after it. Otherwise the line stays in the body. The cue, context and
  description wordings are policy (patterns/wording.json: question_cue,
  clinical_context, describes_images).
"""

import bisect
import functools
import re
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from vfx_finder.nlp.sentences import doc_text
from vfx_finder.policy import load_policy

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


class QuestionCues(NamedTuple):
    """The compiled clinical-question wordings (patterns/wording.json)."""

    question_cue: re.Pattern
    clinical_context: re.Pattern
    describes_images: re.Pattern
    question_end: re.Pattern


def compile_question_cues(sources: dict[str, str] | None = None) -> QuestionCues:
    """QuestionCues from the wording sources (default: the bundled wording.json)."""
    if sources is None:
        sources = load_policy().wording_source
    description = sources["describes_images"]
    # the next line continues the clinical question when it is a question ("?fracture") that does not
    # go on to describe the images ("? wedging of D11. Not clearly demonstrated ..." is a finding)
    not_a_question_line = (
        r"(?![ \t]*(?:\?|query\b|q\b|r/o\b|rule\s+out\b|to\s+exclude\b|exclude\b)(?![^\n]*" + description + r"))"
    )
    question_end = re.compile(
        r"\n[ \t]*\n|(?<=[.?!:])[ \t]*\n"
        + not_a_question_line
        + r"(?=[ \t]*\S)|\n"
        + not_a_question_line
        + r"(?=[ \t]*[A-Z0-9(\[*\-\u2022])"
        # a hedged finding on its own line: "? wedging of D11 and D12. Not clearly demonstrated ..."
        + r"|\n(?=[ \t]*(?:\?|query\b)[^\n]*"
        + description
        + r")",
    )
    return QuestionCues(
        re.compile(sources["question_cue"], re.IGNORECASE),
        re.compile(sources["clinical_context"], re.IGNORECASE),
        re.compile(description, re.IGNORECASE),
        question_end,
    )


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _question_end(text: str, start: int, title_end: int, next_start: int, cues: QuestionCues) -> int | None:
    """Where a clinical-question section stops when no header follows: the end of its paragraph or line.

    Reports often give the indication on one line and go straight on to findings with
    no header; the question then ends at the end of that statement (a line ending in
    . ? ! or followed by a capitalised line), never later than a blank line.
    """
    rest = re.compile(r"[ \t:\-]*").match(text, title_end).end()
    if rest >= len(text) or text[rest] == "\n":
        # block style: the header stands on its own line; the section runs to a blank line
        if _BLANK_LINE.match(text, rest):
            return rest + 1  # "Comparison 2/3/2022" then a blank line: nothing in the section
        m = _BLANK_LINE.search(text, rest + 1, next_start)
        return m.end() if m else None
    m = cues.question_end.search(text, rest + 1, next_start)
    return m.end() if m else None


_INLINE_SENTENCE_END = re.compile(r"(?<=[.!?])[ \t]+(?=\S)|\n")
_CONTINUES_COMPARISON = re.compile(
    r"(?:which|this|that|it|these|they)\s+(?:showed|shows|demonstrated|demonstrates|revealed|reveals|confirmed|"
    r"confirms|was|were|is|are)\b",
    re.IGNORECASE,
)


def _comparison_end(text: str, title_end: int, end: int) -> int:
    """An inline "Comparison: CT 2023. New wedge fracture of T10." covers only its own sentence.

    A next sentence that goes on about the prior study ("This showed ...") stays in it; any other
    sentence, on the same line or below, is back in the body. A header alone on its line keeps ``end``.
    """
    rest = re.compile(r"[ \t:\-]*").match(text, title_end).end()
    if rest >= len(text) or text[rest] == "\n":
        return end
    pos = rest
    while (m := _INLINE_SENTENCE_END.search(text, pos, end)) is not None:
        if text[m.start()] == "\n" or not _CONTINUES_COMPARISON.match(text, m.end()):
            return m.end() if text[m.start()] != "\n" else m.start() + 1
        pos = m.end()
    return end


def _edits_within(a: str, b: str, limit: int) -> bool:
    """Whether a and b are at most ``limit`` edits apart (optimal string alignment: swaps count once)."""
    if abs(len(a) - len(b)) > limit:
        return False
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return False
        prev2, prev = prev, cur
    return prev[-1] <= limit


_LINE_HEADER = re.compile(r"^[ \t]*(?P<title>[A-Za-z][A-Za-z ]{5,38})[ \t]*(?P<colon>:)", re.MULTILINE)


def _misspelt_headers(text: str, category: dict[str, str], known: set[int]) -> list[tuple[int, str, str, int]]:
    """'Clinical inormation:' at the start of a line -> the header it is one or two edits from."""
    out = []
    headers = None
    for m in _LINE_HEADER.finditer(text):
        if m.start("title") in known:
            continue
        title = re.sub(r"\s+", " ", m.group("title").lower()).strip()
        if title in category or len(title) < 7:
            continue
        if headers is None:
            headers = tuple(sorted(category.items()))
        cat = _closest_header(title, headers)
        if cat is not None:
            out.append((m.start("title"), cat, m.group("title").rstrip(), m.end()))
    return out


@functools.lru_cache(maxsize=4096)
def _closest_header(title: str, headers: tuple[tuple[str, str], ...]) -> str | None:
    """The category of the headers within 1 edit (2 from 12 letters) of ``title``, if they agree on one."""
    limit = 1 if len(title) < 12 else 2
    hits = {
        cat
        for h, cat in headers
        if len(h) >= 7 and (h[0] == title[0] or h[-1] == title[-1]) and _edits_within(title, h, limit)
    }
    return hits.pop() if len(hits) == 1 else None


_SENTENCE_END = re.compile(r"(?<=[.!])[ \t]+(?=\S)")


def _question_first_line(text: str, first_header: int, cues: QuestionCues) -> tuple[int, int] | None:
    """(start, end) of a header-less clinical question on the report's first line, or None."""
    start = len(text) - len(text.lstrip())
    if start >= first_header:
        return None
    nl = text.find("\n", start)
    line_end = min(nl if nl >= 0 else len(text), first_header)
    if not text[line_end:].strip():
        return None  # nothing after it: the line is the report
    line = text[start:line_end]
    found = list(cues.question_cue.finditer(line))
    if not found:
        return None
    m = _SENTENCE_END.search(line, found[-1].end())
    end = m.start() if m else len(line.rstrip())
    question = line[:end]
    if not cues.clinical_context.search(question) or cues.describes_images.search(question):
        return None
    return start, start + end


def find_sections(
    text: str, patterns: list[re.Pattern], category: dict[str, str], cues: QuestionCues | None = None
) -> list[tuple[int, str, str]]:
    """(start, category, header) of every section of the text, in order (None: back in the body)."""
    cues = cues or _default_cues()
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
    out = sorted(out + _misspelt_headers(text, category, {o[0] for o in out}))
    result: list[tuple[int, str | None, str]] = []
    question = _question_first_line(text, out[0][0] if out else len(text), cues)
    if question is not None:
        result += [(question[0], "clinical_question", ""), (question[1], None, "")]
    for i, (start, cat, title, title_end) in enumerate(out):
        result.append((start, cat, title))
        if cat in ("clinical_question", "history_question", "comparison", "family_history"):
            # short sections: "Comparison: CT 2024." or "Family history: mother, hip fracture." ends with
            # its line, then the report (or note) goes on
            nxt = out[i + 1][0] if i + 1 < len(out) else len(text)
            end = _question_end(text, start, title_end, nxt, cues)
            if cat == "comparison":
                end = _comparison_end(text, title_end, end if end is not None else nxt)
            if end is not None and end < nxt:
                result.append((end, None, ""))
    return result


@functools.lru_cache(maxsize=1)
def _default_cues() -> QuestionCues:
    return compile_question_cues()


def section_at(sections: list[tuple[int, str, str]], char: int) -> str | None:
    """The section category at a character offset (None: the body)."""
    if not sections:
        return None
    starts = [s[0] for s in sections]
    i = bisect.bisect_right(starts, char) - 1
    return sections[i][1] if i >= 0 else None


@Language.factory("vfx_sections", assigns=["doc._.vfx_sections"], default_config={"rules": [], "question_cues": {}})
def make_sections(nlp: Language, name: str, *, rules: list[dict], question_cues: dict) -> "Sectionizer":
    """The vfx_sections component (sections.json rules, wording.json clinical-question cues)."""
    return Sectionizer(rules=rules, question_cues=question_cues or None)


class Sectionizer:
    """Sets ``doc._.vfx_sections`` (see the module docstring)."""

    def __init__(self, *, rules: list[dict], question_cues: dict | None = None) -> None:
        self.patterns, self.category = compile_sections(rules)
        self.cues = compile_question_cues(question_cues)

    def __call__(self, doc: Doc) -> Doc:
        """Find the report's section headers and record them on the doc."""
        doc._.vfx_sections = find_sections(doc_text(doc), self.patterns, self.category, self.cues)
        return doc
