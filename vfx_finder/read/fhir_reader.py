"""FHIR R4 DiagnosticReport reader: a Bundle, a single resource, or NDJSON (bulk export).

Layouts
-------
* NDJSON (one resource per line): streamed line by line. Patient, Practitioner and ServiceRequest lines of
  the same file are indexed first (a cheap pass that parses only lines naming those types and
  keeps a few strings per resource), so a report may reference a Patient anywhere in the file.
  Location: "line N" (a Bundle on a line: "line N, entry K").
* A Bundle (or a single DiagnosticReport) as one JSON document: the file is loaded with
  ``json.load`` (a JSON document cannot be streamed with the standard library), so memory
  peaks at the parsed document, typically 2-4x the file size; entries are released as they
  are read. Split very large exports into NDJSON instead. Location: "entry K" (1-based
  position in Bundle.entry) or "resource".

Mapping (DiagnosticReport -> canonical column)
----------------------------------------------
report_id      identifier of type ACSN (accession), else the first identifier value, else id
text           presentedForm: the first text/plain attachment (base64, charset honoured, else
               UTF-8 / Windows-1252), else the first text/html one stripped to text; plus
               ``conclusion`` (appended as "Conclusion: ..." unless already in the text; alone
               when there is no presentedForm); the narrative (text.div) as a last resort
patient_id     subject Patient (contained "#id", a Bundle / file entry by fullUrl or Patient/id):
               identifier of type MR, else its first non-NHS identifier, else the NHS number,
               else the Patient id; subject.identifier when the subject is a logical reference
nhs_number     Patient.identifier with system https://fhir.nhs.uk/Id/nhs-number
patient_name   Patient.name: its text, else "Prefix Given Family Suffix"
date_of_birth  Patient.birthDate
sex            Patient.gender (female F, male M, other O, unknown U)
exam_date      effectiveDateTime, else effectivePeriod.start, else issued (YYYY-MM-DD)
exam_name      code.text, else the first coding display, else its code
modality       category: a DICOM coding's code, else the category text / code (generic RAD ignored)
referrer       the requesting clinician: basedOn ServiceRequest (contained "#id", or in the Bundle /
               file) -> requester display, else the referenced Practitioner's name; never performer
reporter       performer display (or the referenced Practitioner's name), else resultsInterpreter
report_status  status as is (final, amended, corrected, preliminary...); cancelled and
               entered-in-error are rejected

Every DiagnosticReport is validated with fhir.resources (R4B model, which accepts R4
DiagnosticReports) and the columns are read from the validated model's attributes; an
invalid one is rejected with a short reason (field path and message, never report text).
Patients, Practitioners and ServiceRequests are validated with their models too; an invalid
one is not used. A document nested deeper than the recursion limit is parsed again in a
big-stack thread, so a deeply nested entry is rejected alone; Bundles nested more than 32 deep
are rejected. Resources other than DiagnosticReport (Patient, Practitioner, Observation,
...) are context, not reports, and are not counted.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import threading
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

from vfx_finder.errors import InputError
from vfx_finder.read.detect import BOM, SNIFF_BYTES, decode_text
from vfx_finder.read.jsonl_reader import BadLine, json_lines
from vfx_finder.read.records import Record, Rejection, Report

NHS_SYSTEM = "https://fhir.nhs.uk/id/nhs-number"  # compared case-insensitively
UNUSABLE_STATUS = {"cancelled", "entered-in-error"}
SEX = {"female": "F", "male": "M", "other": "O", "unknown": "U"}
GENERIC_CATEGORY = {"RAD", "IMG", "LAB", "RADIOLOGY", "IMAGING", "DIAGNOSTIC IMAGING"}
_FIX = "give a FHIR R4 Bundle, DiagnosticReport or NDJSON export, or choose the right --format"

_MODELS: dict[str, type] = {}


def _model(kind: str):
    """The fhir.resources R4B model class of a resource type (imported once, on first use)."""
    if kind not in _MODELS:
        from fhir.resources.R4B import get_fhir_model_class

        _MODELS[kind] = get_fhir_model_class(kind)
    return _MODELS[kind]


def _validated(resource: dict):
    """The validated model of a Patient / Practitioner / ServiceRequest; None when it is not valid."""
    try:
        return _model(resource["resourceType"]).model_validate(resource)
    except Exception:  # noqa: BLE001 - pydantic ValidationError and anything fhir.resources raises
        return None


# ---------------------------------------------------------------------------------------------
# Reading validated models
# ---------------------------------------------------------------------------------------------
def _s(value: object) -> str:
    """A stripped string, '' for anything that is not a string."""
    return value.strip() if isinstance(value, str) else ""


def _dict(value: object) -> dict:
    """The value when it is a dict, else {}."""
    return value if isinstance(value, dict) else {}


def _date(value: object) -> str:
    """YYYY-MM-DD of a FHIR date / dateTime / instant (a partial date is returned as written)."""
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()[:10]
    text = _s(value if isinstance(value, str) else str(value or ""))
    m = re.match(r"^(\d{4}-\d{2}-\d{2})", text)
    return m.group(1) if m else text


def _human_name(names) -> str:
    """A HumanName as written: its text, else "Prefix Given Family Suffix"."""
    for name in names or []:
        if _s(name.text):
            return _s(name.text)
        parts = [*(name.prefix or []), *(name.given or []), name.family, *(name.suffix or [])]
        joined = " ".join(_s(p) for p in parts if _s(p))
        if joined:
            return joined
    return ""


def _codes(concept) -> set[str]:
    """The upper-cased codes of a CodeableConcept."""
    return {_s(c.code).upper() for c in (concept.coding or [])} if concept is not None else set()


def _patient_fields(patient, *, contained: bool) -> dict[str, str]:
    """The canonical patient columns of a validated Patient model."""
    nhs = mr = other = ""
    for ident in patient.identifier or []:
        value = _s(ident.value)
        if not value:
            continue
        if _s(ident.system).rstrip("/").lower() == NHS_SYSTEM:
            nhs = nhs or value
            continue
        if "MR" in _codes(ident.type) or (ident.type is not None and _s(ident.type.text).upper() in ("MR", "MRN")):
            mr = mr or value
        other = other or value
    own_id = "" if contained else _s(patient.id)
    gender = _s(patient.gender).lower()
    return {
        "patient_id": mr or other or nhs or own_id,
        "nhs_number": nhs,
        "date_of_birth": _date(patient.birthDate) if patient.birthDate else "",
        "sex": SEX.get(gender, gender),
        "patient_name": _human_name(patient.name),
    }


class _Index:
    """Patients, Practitioners and ServiceRequests of a Bundle or NDJSON file, by fullUrl and Type/id.

    Each resource is validated with its fhir.resources model and only a few strings are kept;
    an invalid one is not indexed (a report pointing to it keeps the reference's id).
    """

    KINDS = ("Patient", "Practitioner", "ServiceRequest")

    def __init__(self) -> None:
        self.patients: dict[str, dict[str, str]] = {}
        self.practitioners: dict[str, str] = {}
        #: ServiceRequest -> its requester (display, reference)
        self.requests: dict[str, tuple[str, str]] = {}

    def add(self, resource: dict, full_url: str = "") -> None:
        """Index a Patient, Practitioner or ServiceRequest by its fullUrl and Type/id."""
        model = _validated(resource)
        if model is None:
            return
        kind = resource["resourceType"]
        rid = _s(model.id)
        keys = [k for k in (full_url, f"{kind}/{rid}" if rid else "") if k]
        if kind == "Patient":
            value: object = _patient_fields(model, contained=False)
            table: dict = self.patients
        elif kind == "Practitioner":
            value, table = _human_name(model.name), self.practitioners
        else:
            req = model.requester
            value = (_s(req.display), _s(req.reference)) if req is not None else ("", "")
            table = self.requests
        for k in keys:
            table[k] = value

    @staticmethod
    def _keys(ref: str) -> list[str]:
        keys = [ref]
        m = re.search(r"([A-Za-z]+/[A-Za-z0-9\-.]{1,64})(?:/_history/[^/]*)?$", ref)
        if m and m.group(1) != ref:
            keys.append(m.group(1))
        return keys

    def _find(self, table: dict, ref: str):
        for k in self._keys(ref):
            if k in table:
                return table[k]
        return None

    def patient(self, ref: str) -> dict[str, str] | None:
        """The canonical fields of the Patient a reference points to (None when not in the file)."""
        return self._find(self.patients, ref)

    def practitioner(self, ref: str) -> str:
        """The name of the Practitioner a reference points to ('' when not in the file)."""
        return self._find(self.practitioners, ref) or ""

    def request(self, ref: str) -> tuple[str, str] | None:
        """(display, reference) of the requester of the ServiceRequest a reference points to."""
        return self._find(self.requests, ref)


class _HTMLText(HTMLParser):
    """text/html -> plain text: block elements start new lines, script / style dropped."""

    BLOCK = {
        "p",
        "div",
        "br",
        "li",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "ul",
        "ol",
        "pre",
        "blockquote",
        "section",
        "article",
        "header",
        "footer",
        "dt",
        "dd",
        "hr",
        "title",
        "body",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.pre = 0

    def handle_starttag(self, tag, attrs):
        """Open a block (new line), a cell (space) or a skipped element."""
        if tag in ("script", "style", "head"):
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append("\n")
            if tag == "pre":
                self.pre += 1
        elif tag in ("td", "th"):
            self.out.append(" ")

    def handle_startendtag(self, tag, attrs):
        """<br/> and <hr/> start a new line."""
        if tag in ("br", "hr"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        """Close a block (new line) or a skipped element."""
        if tag in ("script", "style", "head"):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.out.append("\n")
            if tag == "pre":
                self.pre = max(0, self.pre - 1)

    def handle_data(self, data):
        """Keep text (whitespace squashed outside <pre>), unless inside script / style / head."""
        if self.skip:
            return
        self.out.append(data if self.pre else re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    """Plain text of an HTML attachment or narrative: block elements start lines, scripts and styles dropped."""
    parser = _HTMLText()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient; be safe on pathological input
        pass
    lines = [re.sub(r"[ \t\f\v\u00a0]+", " ", line).strip() for line in "".join(parser.out).split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


# ---------------------------------------------------------------------------------------------
# One DiagnosticReport
# ---------------------------------------------------------------------------------------------
class _Reject(Exception):
    """A DiagnosticReport that cannot be used: the reason, never report text."""


def _attachment_text(att) -> tuple[str, str] | None:
    """(mime, text) of a text Attachment with inline data; None for other attachments."""
    mime, _, params = _s(att.contentType).lower().partition(";")
    mime = mime.strip() or "text/plain"
    if mime not in ("text/plain", "text/html", "application/xhtml+xml") or att.data is None:
        return None  # not text, or a url-only attachment: nothing inline to read
    raw = att.data if isinstance(att.data, bytes) else str(att.data).encode("latin-1")
    m = re.search(r"charset\s*=\s*\"?([A-Za-z0-9_\-:.]+)", params)
    text = None
    if m:
        try:
            text = raw.decode(m.group(1))
        except (LookupError, UnicodeError, ValueError, TypeError):
            text = None
    if text is None:
        text = decode_text(raw)
    if text is None:
        raise _Reject("unknown text encoding in presentedForm (neither UTF-8 nor Windows-1252)")
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        raise _Reject("presentedForm is not text (contains NUL bytes)")
    return mime, text


def _report_text(report) -> str:
    """presentedForm text (plain before HTML), plus the conclusion; the narrative as a last resort."""
    plain: str | None = None
    html: str | None = None
    for att in report.presentedForm or []:
        got = _attachment_text(att)
        if got is None:
            continue
        mime, text = got
        if mime == "text/plain":
            plain = text if plain is None else plain
        else:
            html = text if html is None else html
    text = plain if plain is not None else (html_to_text(html) if html is not None else "")
    conclusion = _s(report.conclusion)
    if conclusion:
        squash = lambda s: re.sub(r"\s+", " ", s).strip().lower()  # noqa: E731
        if not text.strip():
            text = conclusion
        elif squash(conclusion) not in squash(text):
            text = f"{text.rstrip()}\n\nConclusion: {conclusion}"
    if not text.strip() and report.text is not None and _s(report.text.div):
        text = html_to_text(report.text.div)
    return text


def _error_reason(err: Exception) -> str:
    """A short reason from a validation error: the field path and the message, never the input."""
    errors = getattr(err, "errors", None)
    if callable(errors):
        try:
            first = errors(include_input=False, include_url=False)[0]
            parts = [str(p) for p in first.get("loc", ()) if p not in ("DiagnosticReport",)]
            if parts[:1] == ["presentedForm"] and parts[-1:] == ["data"]:
                return "invalid base64 in presentedForm"
            msg = str(first.get("msg", "invalid")).removeprefix("Value error, ")
            return f"invalid DiagnosticReport ({'.'.join(parts) or 'resource'}: {msg})"[:200]
        except Exception:  # noqa: BLE001
            pass
    return f"invalid DiagnosticReport ({type(err).__name__})"


def _raw_report_id(res: dict) -> str:
    """The report id of a resource that did not validate (for its rejection line only)."""
    idents = res.get("identifier")
    for ident in idents if isinstance(idents, list) else []:
        if isinstance(ident, dict) and _s(ident.get("value")):
            return _s(ident["value"])
    return _s(res.get("id"))


def _report_id(report) -> str:
    """identifier of type ACSN, else the first identifier value, else the resource id."""
    first = ""
    for ident in report.identifier or []:
        value = _s(ident.value)
        if not value:
            continue
        if "ACSN" in _codes(ident.type):
            return value
        first = first or value
    return first or _s(report.id)


def _contained(report) -> dict[str, object]:
    """The contained resources by local reference ("#id")."""
    return {"#" + _s(c.id): c for c in report.contained or [] if _s(c.id)}


def _subject(report, index: _Index, contained: dict[str, object]) -> dict[str, str]:
    """The patient columns from the subject: contained or indexed Patient, else the reference's identifier or id."""
    subject = report.subject
    if subject is None:
        return {}
    ref = _s(subject.reference)
    if ref.startswith("#"):
        pat = contained.get(ref)
        if pat is not None and pat.get_resource_type() == "Patient":
            return _patient_fields(pat, contained=True)
    elif ref:
        found = index.patient(ref)
        if found is not None:
            return found
    ident = subject.identifier
    value = _s(ident.value) if ident is not None else ""
    if value:
        if _s(ident.system).rstrip("/").lower() == NHS_SYSTEM:
            return {"patient_id": value, "nhs_number": value}
        return {"patient_id": value}
    m = re.search(r"Patient/([A-Za-z0-9\-.]{1,64})(?:/_history/[^/]*)?$", ref)
    return {"patient_id": m.group(1)} if m else {}


def _person(display: str, target: str, index: _Index, contained: dict[str, object]) -> str:
    """The name behind a Reference: its display, else the contained or indexed Practitioner's name."""
    if display:
        return display
    if target.startswith("#"):
        person = contained.get(target)
        return _human_name(getattr(person, "name", None)) if person is not None else ""
    return index.practitioner(target) if target else ""


def _referrer(report, index: _Index, contained: dict[str, object]) -> str:
    """The requesting clinician: ``basedOn`` ServiceRequest.requester (contained or in the file); never performer."""
    for based in report.basedOn or []:
        target = _s(based.reference)
        requester: tuple[str, str] | None = None
        if target.startswith("#"):
            request = contained.get(target)
            if request is not None and request.get_resource_type() == "ServiceRequest" and request.requester:
                requester = (_s(request.requester.display), _s(request.requester.reference))
        elif target:
            requester = index.request(target)
        name = _person(*requester, index, contained) if requester else ""
        if name:
            return name
    return ""


def _reporter(report, index: _Index, contained: dict[str, object]) -> str:
    """The reporting clinician: ``performer``, else ``resultsInterpreter``."""
    for ref in [*(report.performer or []), *(report.resultsInterpreter or [])]:
        name = _person(_s(ref.display), _s(ref.reference), index, contained)
        if name:
            return name
    return ""


def _modality(report) -> str:
    """category: a DICOM coding's code, else the category text / code (a generic RAD is ignored)."""
    texts: list[str] = []
    codes: list[str] = []
    for cat in report.category or []:
        for coding in cat.coding or []:
            code = _s(coding.code)
            if code and "dicom" in _s(coding.system).lower():
                return code
            if code:
                codes.append(code)
        if _s(cat.text):
            texts.append(_s(cat.text))
    for value in texts + codes:
        if value.upper() not in GENERIC_CATEGORY:
            return value
    return ""


def _exam_name(report) -> str:
    """code.text, else the first coding display, else its code."""
    code = report.code
    if _s(code.text):
        return _s(code.text)
    codings = code.coding or []
    return next((_s(c.display) for c in codings if _s(c.display)), "") or next(
        (_s(c.code) for c in codings if _s(c.code)), ""
    )


def _exam_date(report) -> str:
    """effectiveDateTime, else effectivePeriod.start, else issued (YYYY-MM-DD)."""
    period_start = report.effectivePeriod.start if report.effectivePeriod is not None else None
    for value in (report.effectiveDateTime, period_start, report.issued):
        if value:
            return _date(value)
    return ""


def diagnostic_report(res: dict, *, name: str, where: str, index: _Index) -> Record:
    """Validate one DiagnosticReport with fhir.resources and map the model onto a Report, or a Rejection saying why not."""
    try:
        report = _model("DiagnosticReport").model_validate(res)
    except Exception as err:  # noqa: BLE001 - pydantic ValidationError and anything fhir.resources raises
        status = _s(res.get("status")).lower()
        reason = f"report status is {status}" if status in UNUSABLE_STATUS else _error_reason(err)
        return Rejection(name, where, f"{where}: {reason}", _raw_report_id(res))
    report_id = _report_id(report)
    contained = _contained(report)
    subject = _subject(report, index, contained)
    patient_id = subject.get("patient_id", "")
    status = _s(report.status).lower()
    if status in UNUSABLE_STATUS:
        return Rejection(name, where, f"{where}: report status is {status}", report_id, patient_id)
    try:
        text = _report_text(report)
    except _Reject as why:
        return Rejection(name, where, f"{where}: {why}", report_id, patient_id)
    if not text.strip():
        return Rejection(
            name,
            where,
            f"{where}: no report text (no text/plain or text/html presentedForm, no conclusion)",
            report_id,
            patient_id,
        )
    data = {
        "report_id": report_id,
        "text": text,
        **subject,
        "exam_date": _exam_date(report),
        "modality": _modality(report),
        "exam_name": _exam_name(report),
        "referrer": _referrer(report, index, contained),
        "reporter": _reporter(report, index, contained),
        "report_status": status,
    }
    return Report.from_mapping(data, source=f"{name}:{where}")


# ---------------------------------------------------------------------------------------------
# Layouts
# ---------------------------------------------------------------------------------------------
#: Bundles nested deeper than this inside one another are rejected, not followed
MAX_BUNDLE_DEPTH = 32


def _bundle(obj: dict, *, name: str, prefix: str, index: _Index, depth: int = 0) -> Iterator[Record]:
    """The records of a Bundle's entries, in entry order (Patients, Practitioners, ServiceRequests indexed first)."""
    entries = obj.get("entry")
    if entries is None:
        return
    if not isinstance(entries, list):
        yield Rejection(name, prefix or "Bundle", f"{prefix + ': ' if prefix else ''}Bundle.entry is not a list")
        return
    for entry in entries:
        entry = _dict(entry)
        res = _dict(entry.get("resource"))
        if res.get("resourceType") in _Index.KINDS:
            index.add(res, _s(entry.get("fullUrl")))
    for k, entry in enumerate(entries, start=1):
        entries[k - 1] = None  # release each entry once read
        where = f"{prefix}, entry {k}" if prefix else f"entry {k}"
        if not isinstance(entry, dict) or not isinstance(entry.get("resource"), dict):
            yield Rejection(name, where, f"{where}: no resource in this Bundle entry")
            continue
        yield from _resource(entry["resource"], name=name, where=where, index=index, depth=depth)


def _resource(res: dict, *, name: str, where: str, index: _Index, depth: int = 0) -> Iterator[Record]:
    """A report for a DiagnosticReport, the reports of a nested Bundle, a rejection for a non-resource;
    other resources (Patient, Practitioner, ...) yield nothing here (they feed the index)."""
    kind = res.get("resourceType")
    if kind == "DiagnosticReport":
        try:
            yield diagnostic_report(res, name=name, where=where, index=index)
        except RecursionError:
            yield Rejection(name, where, f"{where}: the resource is nested too deeply to read")
    elif kind == "Bundle":
        if depth >= MAX_BUNDLE_DEPTH:
            yield Rejection(name, where, f"{where}: Bundles nested more than {MAX_BUNDLE_DEPTH} deep")
            return
        yield from _bundle(res, name=name, prefix=where, index=index, depth=depth + 1)
    elif not isinstance(kind, str) or not kind:
        yield Rejection(name, where, f"{where}: not a FHIR resource (no resourceType)")


def _load_document(text: str) -> object:
    """``json.loads``; a document nested deeper than the recursion limit is parsed again in a thread
    with a large stack, so one deeply nested entry is rejected on its own instead of the whole file."""
    try:
        return json.loads(text)
    except RecursionError:
        pass
    done: dict[str, object] = {}

    def work() -> None:
        """Parse in the big-stack thread, keeping the result or the error."""
        try:
            done["obj"] = json.loads(text)
        except (ValueError, RecursionError) as err:
            done["err"] = err

    old_limit, old_stack = sys.getrecursionlimit(), threading.stack_size()
    sys.setrecursionlimit(max(old_limit, 200_000))
    threading.stack_size(1 << 29)
    try:
        thread = threading.Thread(target=work, name="vfx-deep-json")
        thread.start()
        thread.join()
    finally:
        threading.stack_size(old_stack)
        sys.setrecursionlimit(old_limit)
    if "err" in done:
        raise done["err"]  # type: ignore[misc]
    return done["obj"]


def _looks_like_ndjson(path: Path) -> bool:
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
    if head.startswith(BOM):
        head = head[len(BOM) :]
    lines = head.split(b"\n")
    if len(lines) < 2:
        return False  # one very long line: a JSON document
    if len(head) < SNIFF_BYTES and sum(1 for ln in lines if ln.strip()) == 1:
        return False  # the whole file is one line: a JSON document (a compact Bundle or one resource)
    for line in lines[:-1][:20]:  # complete lines only
        if not line.strip():
            continue
        try:
            if isinstance(json.loads(line.decode("utf-8", errors="replace")), dict):
                return True
        except (ValueError, RecursionError):
            continue
    return False


def _ndjson(path: Path) -> Iterator[Record]:
    name = path.name
    index = _Index()
    # pass 1: Patients, Practitioners, ServiceRequests anywhere in the file
    with path.open("rb") as fh:
        for raw in fh:
            if (b'"Patient"' in raw or b'"Practitioner"' in raw or b'"ServiceRequest"' in raw) and (
                b'"DiagnosticReport"' not in raw
            ):
                text = decode_text(raw)
                try:
                    obj = json.loads(text) if text is not None else None
                except (ValueError, RecursionError):
                    continue
                if isinstance(obj, dict) and obj.get("resourceType") in _Index.KINDS:
                    index.add(obj)
    first = True
    for lineno, item in json_lines(path, what="FHIR NDJSON", fix=_FIX):
        where = f"line {lineno}"
        if isinstance(item, BadLine):
            yield Rejection(name, where, item.reason)
            continue
        kind = item.get("resourceType")
        if first:
            first = False
            if not isinstance(kind, str):
                raise InputError(
                    f"{name}: not FHIR (line {lineno} has no resourceType); {_FIX} (JSON Lines: --format jsonl)"
                )
        yield from _resource(item, name=name, where=where, index=index)


def _document(path: Path) -> Iterator[Record]:
    name = path.name
    raw = path.read_bytes()
    text = decode_text(raw)
    del raw
    if text is None:
        raise InputError(f"{name}: unknown text encoding (neither UTF-8 nor Windows-1252); {_FIX}")
    if not text.strip():
        return  # an empty file: no reports
    try:
        obj = _load_document(text)
    except json.JSONDecodeError as err:
        raise InputError(f"{name}: invalid JSON (line {err.lineno}, column {err.colno}: {err.msg}); {_FIX}") from None
    except (ValueError, RecursionError):
        raise InputError(f"{name}: invalid JSON; {_FIX}") from None
    del text
    if not isinstance(obj, dict):
        raise InputError(f"{name}: not FHIR (the file is a JSON {type(obj).__name__}, not a resource); {_FIX}")
    kind = obj.get("resourceType")
    if kind == "Bundle":
        yield from _bundle(obj, name=name, prefix="", index=_Index())
    elif kind == "DiagnosticReport":
        yield diagnostic_report(obj, name=name, where="resource", index=_Index())
    elif isinstance(kind, str) and kind:
        raise InputError(f"{name}: a FHIR {kind[:40]} resource, not a Bundle or DiagnosticReport; {_FIX}")
    else:
        raise InputError(f"{name}: not FHIR (no resourceType); {_FIX} (JSON Lines: --format jsonl)")


def read_fhir(path: Path, *, columns: dict[str, str]) -> Iterator[Record]:
    """Yield a Report or a Rejection for every DiagnosticReport of ``path`` (``columns`` does not apply)."""
    if _looks_like_ndjson(path):
        return _ndjson(path)
    return _document(path)
