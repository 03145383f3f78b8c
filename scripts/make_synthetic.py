#!/usr/bin/env python3
"""Seeded, deterministic generator of synthetic radiology reports with gold labels.

Used to build the demo / development data of vfx-finder (vertebral fracture
finder).  Everything here is invented: patients, identifiers (NHS numbers are in
the 999 test range), referrers and report text.  Gold labels follow
docs/LABELLING.md and are computed from what the generator *chose to say*
(mention by mention), never by running the pipeline.

    python scripts/make_synthetic.py --n 400 --seed 20261124 --out reports.csv [--gold]
        [--formats DIR] [--mix all|mixed|spine]

Determinism: one random.Random(seed) drives everything; dates are drawn from a
fixed window (exam dates 2025-01-01..2026-11-20).  The stream of reports does not
depend on --n, so `--n 60` gives exactly the first 60 reports of `--n 400`.
Output is streamed row by row (memory stays flat for --n 1000000).

Standard library only.
"""
from __future__ import annotations

import argparse
import base64
import csv
import datetime as dt
import heapq
import json
import os
import random
import re
import sys

START = dt.date(2025, 1, 1)
END = dt.date(2026, 11, 20)
SPAN_DAYS = (END - START).days

CANON_COLS = ["report_id", "patient_id", "nhs_number", "date_of_birth", "age", "sex",
              "exam_date", "modality", "exam_name", "referrer", "report_status", "text"]
GOLD_COLS = ["gold_finding", "gold_levels", "gold_severity", "gold_acuity"]

LEVELS = ([f"C{i}" for i in range(1, 8)] + [f"T{i}" for i in range(1, 13)]
          + [f"L{i}" for i in range(1, 6)] + [f"S{i}" for i in range(1, 6)])
IDX = {lv: i for i, lv in enumerate(LEVELS)}
ORDW = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
        "ninth", "tenth", "eleventh", "twelfth"]
ORDN = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "12th"]
REGION = {"C": "cervical", "T": "thoracic", "L": "lumbar", "S": "sacral"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
SEV_RANK = {None: 0, "mild": 1, "moderate": 2, "severe": 3}
PRECEDENCE = ["fracture", "possible_fracture", "excluded", "non_fracture_deformity", "no_fracture"]
KIND2FINDING = {"fracture": "fracture", "possible": "possible_fracture", "excluded": "excluded",
                "nfd": "non_fracture_deformity"}

# Where fragility fractures happen (peaks mid-thoracic and thoraco-lumbar junction).
FRAG_WEIGHT = {"T3": 0.5, "T4": 1, "T5": 2, "T6": 4, "T7": 7, "T8": 8, "T9": 5, "T10": 4,
               "T11": 7, "T12": 12, "L1": 12, "L2": 7, "L3": 5, "L4": 3, "L5": 2}

# --------------------------------------------------------------------------------------
# Exams.  kind drives the wording; lo/hi = vertebrae usually visible.
# --------------------------------------------------------------------------------------
EXAMS = {
    "xr_t": dict(mod="XR", code="XTSPI", name="XR Thoracic spine", lo="T1", hi="L1", kind="xr_spine"),
    "xr_l": dict(mod="XR", code="XLSPI", name="XR Lumbar spine", lo="T12", hi="L5", kind="xr_spine"),
    "xr_tl": dict(mod="XR", code="XTLSP", name="XR Thoracolumbar spine", lo="T5", hi="L4", kind="xr_spine"),
    "cxr_lat": dict(mod="XR", code="XCHPL", name="XR Chest PA and lateral", lo="T4", hi="T12", kind="cxr"),
    "cxr": dict(mod="XR", code="XCHES", name="XR Chest", lo="T4", hi="T12", kind="cxr"),
    "ct_chest": dict(mod="CT", code="CCHES", name="CT Chest", lo="T1", hi="L1", kind="ct_chest"),
    "ct_cap": dict(mod="CT", code="CCAPC", name="CT Chest abdomen pelvis with contrast", lo="T1", hi="L5", kind="ct_cap"),
    "ct_ap": dict(mod="CT", code="CABPE", name="CT Abdomen and pelvis", lo="T10", hi="L5", kind="ct_ap"),
    "ctpa": dict(mod="CT", code="CCTPA", name="CT Pulmonary angiogram", lo="T2", hi="T12", kind="ctpa"),
    "ct_kub": dict(mod="CT", code="CKUBN", name="CT KUB", lo="T11", hi="L5", kind="ct_kub"),
    "ct_tsp": dict(mod="CT", code="CTSPI", name="CT Thoracic spine", lo="T1", hi="L1", kind="ct_spine"),
    "ct_lsp": dict(mod="CT", code="CLSPI", name="CT Lumbar spine", lo="T11", hi="L5", kind="ct_spine"),
    "mr_l": dict(mod="MR", code="MLSPI", name="MRI Lumbar spine", lo="T11", hi="L5", kind="mri"),
    "mr_t": dict(mod="MR", code="MTSPI", name="MRI Thoracic spine", lo="T2", hi="L1", kind="mri"),
    "mr_w": dict(mod="MR", code="MWSPI", name="MRI Whole spine", lo="T1", hi="L5", kind="mri"),
    "dxa": dict(mod="DXA", code="NDXAV", name="DXA Bone densitometry with VFA", lo="T4", hi="L4", kind="dxa"),
    # no-spine exams
    "xr_knee": dict(mod="XR", code="XKNEE", name="XR Knee", kind="limb"),
    "xr_hip": dict(mod="XR", code="XHIPB", name="XR Hip", kind="limb"),
    "xr_wrist": dict(mod="XR", code="XWRIS", name="XR Wrist", kind="limb"),
    "xr_shoulder": dict(mod="XR", code="XSHOU", name="XR Shoulder", kind="limb"),
    "xr_ankle": dict(mod="XR", code="XANKL", name="XR Ankle", kind="limb"),
    "ct_head": dict(mod="CT", code="CHEAD", name="CT Head", kind="ct_head"),
}
for _k, _e in EXAMS.items():
    _e["key"] = _k

# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------

def nhs_check_digit(body9: str):
    s = sum(int(c) * w for c, w in zip(body9, range(10, 1, -1)))
    c = 11 - (s % 11)
    if c == 11:
        return 0
    if c == 10:
        return None
    return c


def age_on(dob: dt.date, when: dt.date) -> int:
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


def a_an(phrase: str) -> str:
    w = phrase.lstrip("(").split(" ", 1)[0]
    if not w:
        return "a"
    c = w[0]
    if c in "LSFHMNRX" and len(w) > 1 and w[1].isdigit():
        return "an"
    if c.isdigit():
        return "an" if (w.startswith("8") or w.startswith("11") or w.startswith("18")) else "a"
    if c.lower() in "aeio" or (c.lower() == "u" and not w.lower().startswith(("uni", "use", "usu"))):
        return "an"
    return "a"


def cap(s: str) -> str:
    if not s:
        return s
    if s[0] == "?":
        return s
    return s[0].upper() + s[1:]


def fmt_date(d: dt.date, style: str) -> str:
    if style == "uk1":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "uk2":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "us1":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "us2":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    return d.isoformat()


def hl7_escape(s: str) -> str:
    return (s.replace("\\", "\\E\\").replace("|", "\\F\\").replace("^", "\\S\\")
            .replace("&", "\\T\\").replace("~", "\\R\\"))


US_SPELL = [("oedema", "edema"), ("Oedema", "Edema"), ("haem", "hem"), ("Haem", "Hem"),
            ("tumour", "tumor"), ("Tumour", "Tumor"), ("oesoph", "esoph"), ("anaem", "anem"),
            ("paediatric", "pediatric"), ("calibre", "caliber"), ("centre", "center"),
            ("remodelling", "remodeling"), ("orthopaed", "orthoped"), ("Orthopaed", "Orthoped"),
            ("ischaem", "ischem")]

# Words that typos must never touch (fracture vocabulary, context cues, anatomy...).
PROTECT_RE = re.compile(
    r"fract|wedg|collaps|compress|height|plana|deform|endplat|biconcav|codfish|crush|osteopor|"
    r"insuffic|fragil|schmorl|scheuer|limbus|degener|remodel|butterfl|hemivert|block|variant|"
    r"physiolog|metast|myelom|tumou?r|lesion|lytic|sclerot|patholog|infect|discit|osteomy|traum|"
    r"collision|ladder|height|diving|speed|transvers|spinous|process|pars|lamina|facet|possib|"
    r"probab|likel|exclud|query|suspic|represent|equivoc|could|suggest|cannot|acute|recent|fresh|"
    r"oedema|edema|chronic|healed|establ|longstand|long-stand|unchang|stable|again|previous|known|"
    r"mild|minor|slight|moder|severe|marked|grade|genant|vertebr|thorac|lumbar|dorsal|cervic|sacr|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|maintain|"
    r"preserv|intact|normal|without|further|change|clinic|history|indicat|addend|correct|review|"
    r"rib|femur|femoral|hip|radius|wrist|clavic|humer|pelvi|disc|lobe|lobar|cord|thecal|spin|STIR|"
    r"signal|marrow|persist|should|consider|conclu|impression|opinion|finding|report|compar|"
    r"techni|error|new|old|node|junction|level|body|bodies|identif|evident|evidence|appear|"
    r"consistent|keeping|noted|note|seen|present|there|which|since|rather|inclus|demonstr|"
    r"anterior|superior|inferior|loss|reduc|nerve|root|canal|stenos|ramus|rami|neck|spine|"
    r"indeterm|interval|develop|progress|confirm|secondary|related|due|cause|injur|mechanism|"
    r"question|clinical|concern|recommend|suspect|exclu|rule|assess|referr|liaison|lower|upper|mid|stand",
    re.IGNORECASE)

# Regex for "this report has spine content" (used by the tests, exported for reuse).
SPINE_CONTENT_RE = re.compile(
    r"spin|vertebr|\b[TLDCS]-?\d{1,2}\b|lumbar|thoracolumbar|(?:mid|lower|upper)[- ]thoracic|sacr|schmorl|scheuermann|"
    r"kyphos|STIR|\bVFA\b", re.IGNORECASE)


# --------------------------------------------------------------------------------------
# Phrase banks
# --------------------------------------------------------------------------------------
SURNAMES = ["Smith", "Jones", "Patel", "Williams", "Brown", "Taylor", "Khan", "Davies", "Evans",
            "Wilson", "Thomas", "Roberts", "Johnson", "Lewis", "Walker", "Robinson", "Wood",
            "Thompson", "White", "Watson", "Jackson", "Wright", "Green", "Harris", "Cooper",
            "King", "Lee", "Martin", "Clarke", "James", "Morgan", "Hughes", "Edwards", "Hill",
            "Moore", "Clark", "Harrison", "Scott", "Young", "Morris", "Hall", "Ward", "Turner",
            "Carter", "Phillips", "Mitchell", "Ahmed", "Okafor", "Nguyen", "Kowalski", "O'Brien",
            "Murphy", "Campbell", "Kelly", "Singh", "Chowdhury", "Adeyemi", "Rossi", "Fraser",
            "Macdonald", "Begum", "Ali", "Hussain", "Shah", "Chen", "Wang", "Fernandes", "Mensah"]
ROLES = ["GP", "GP", "GP", "GP", "ED", "Orthopaedics", "Respiratory", "Oncology", "Rheumatology",
         "Care of the Elderly", "Urology", "General Surgery", "Acute Medicine", "Gastroenterology",
         "Spinal Surgery", "Endocrinology", "Pain Clinic", "Physiotherapy"]
RADIOLOGISTS = ["Dr P Hart", "Dr S Iqbal", "Dr M O'Neill", "Dr R Fischer", "Dr L Chandra",
                "Dr E Novak", "Dr T Baptiste", "Dr H Lindqvist", "Dr J Osei", "Dr K Yamamoto"]

COUNT_NOUNS = [  # (singular, plural, weight, pct_prefix_ok)
    ("compression fracture", "compression fractures", 8, True),
    ("wedge compression fracture", "wedge compression fractures", 5, True),
    ("wedge fracture", "wedge fractures", 6, True),
    ("fracture", "fractures", 5, False),
    ("vertebral fracture", "vertebral fractures", 3, False),
    ("vertebral body fracture", "vertebral body fractures", 2, False),
    ("vertebral compression fracture", "vertebral compression fractures", 2, True),
    ("crush fracture", "crush fractures", 1.5, True),
    ("osteoporotic fracture", "osteoporotic fractures", 2, False),
    ("osteoporotic-like fracture", "osteoporotic-like fractures", 1, False),
    ("osteoporotic compression fracture", "osteoporotic compression fractures", 1.5, True),
    ("insufficiency fracture", "insufficiency fractures", 1, False),
    ("fragility fracture", "fragility fractures", 1, False),
    ("compression deformity", "compression deformities", 2, True),
    ("wedge deformity", "wedge deformities", 2, True),
    ("fracture deformity", "fracture deformities", 1.5, False),
    ("wedge fracture deformity", "wedge fracture deformities", 1, True),
    ("biconcave deformity", "biconcave deformities", 1.2, False),
    ("biconcave (codfish) deformity", "biconcave (codfish) deformities", 0.6, False),
    ("codfish deformity", "codfish deformities", 0.4, False),
    ("endplate fracture", "endplate fractures", 1.2, False),
    ("superior endplate fracture", "superior endplate fractures", 1.2, False),
    ("inferior endplate fracture", "inferior endplate fractures", 0.5, False),
]
COUNT_W = [c[2] for c in COUNT_NOUNS]
MASS_NOUNS = [  # (noun, weight, level-prefix ok)
    ("loss of height", 5, False), ("height loss", 3, True), ("reduction in height", 1.5, False),
    ("reduced height", 1.5, False), ("anterior wedging", 4, False), ("wedging", 2.5, True),
    ("collapse", 3, True), ("partial collapse", 1.5, False), ("loss of anterior height", 1.5, False),
    ("anterior height loss", 1, False), ("superior endplate depression", 1.2, False),
    ("endplate depression", 0.8, False), ("vertebral collapse", 0.8, False),
]
MASS_W = [m[1] for m in MASS_NOUNS]
SEV_WORD = {"mild": ["mild", "mild", "minor", "slight"], "moderate": ["moderate"],
            "severe": ["severe", "severe", "marked"]}
SEV_ADV = {"mild": ["mildly", "slightly"], "moderate": ["moderately"], "severe": ["severely", "markedly"]}
PCT = {"mild": [20, 20, 21, 22, 22, 23, 24], "moderate": [27, 28, 30, 30, 30, 32, 33, 35, 35, 38],
       "severe": [42, 45, 45, 50, 50, 55, 60, 60, 65, 70, 75, 80]}
GENANT = {"mild": 1, "moderate": 2, "severe": 3}
ACU_PRE = {"acute": ["acute", "acute", "new", "new", "recent", "fresh", "acute-appearing"],
           "chronic": ["old", "old", "chronic", "healed", "established", "longstanding",
                       "long-standing", "old healed"]}
ACU_PRE_MASS = {"acute": ["acute", "new", "recent"], "chronic": ["old", "chronic", "established", "longstanding"]}

# Region phrases for mentions with no numbered level.
REGIONS_T = [("mid thoracic", "in the mid thoracic spine", "of a mid thoracic vertebral body"),
             ("mid-thoracic", "in the mid-thoracic spine", "of a mid-thoracic vertebra"),
             ("lower thoracic", "in the lower thoracic spine", "of a lower thoracic vertebral body"),
             ("upper thoracic", "in the upper thoracic spine", "of an upper thoracic vertebra"),
             ("thoracolumbar junction", "at the thoracolumbar junction", "at the thoracolumbar junction")]
REGIONS_L = [("upper lumbar", "in the upper lumbar spine", "of an upper lumbar vertebral body"),
             ("lumbar", "in the lumbar spine", "of a lumbar vertebral body"),
             ("thoracolumbar junction", "at the thoracolumbar junction", "at the thoracolumbar junction")]


# Filler pools: a tuple holds mutually exclusive alternatives (one is chosen).
CHEST_POOL = [("The lungs are clear.", "Mild centrilobular emphysema.", "Bibasal atelectasis.",
               "Mild bronchial wall thickening.", "Subsegmental atelectasis at the left base."),
              ("No pulmonary nodules.", "A 4 mm nodule in the right upper lobe, unchanged."),
              "No pleural or pericardial effusion.", "No mediastinal or hilar lymphadenopathy.",
              ("Heart size is normal.", "Coronary artery calcification."),
              "The thoracic aorta is of normal calibre.", "The thyroid is unremarkable.", "Small hiatus hernia."]
ABDO_POOL = [("The liver is of normal size and attenuation.", "Several simple liver cysts."),
             ("The gallbladder is unremarkable.", "Gallstones without cholecystitis."),
             "The pancreas and spleen are normal.", "The adrenal glands are normal.",
             ("The kidneys enhance symmetrically.", "Simple left renal cyst."), "No hydronephrosis.",
             "The bladder is unremarkable.", "No free fluid or free gas.", "No lymphadenopathy.",
             "Sigmoid diverticulosis.", "Atherosclerotic calcification of the aorta.",
             "The lung bases are clear.", "Normal appendix."]
PELVIS_F = [("The uterus and adnexa are unremarkable.", "Small uterine fibroid.")]
PELVIS_M = [("The prostate is enlarged.", "The prostate is unremarkable.")]


class Ctx:
    """Per-report rendering context."""
    __slots__ = ("exam", "kind", "hdr", "D", "dash", "datefmt", "has_prior", "prior", "prior_date",
                 "us", "layout", "sex", "add_date")


class Gen:
    def __init__(self, seed: int, mix: str):
        self.r = random.Random(seed)
        self.mix = mix
        self.pending = []          # heap of (due_index, seq, patient)
        self.seq = 0
        self.pat_counter = 0
        r = self.r
        self.nhs_a = r.choice([370373, 482719, 613297, 791843, 917459])
        self.nhs_b = r.randrange(10 ** 6)
        self.nhs_j = 0
        self.pid_off = r.randrange(10 ** 7)

    # ---------------- small random helpers ----------------
    def ch(self, seq):
        return seq[int(self.r.random() * len(seq))]

    def p(self, prob):
        return self.r.random() < prob

    def wch(self, pairs):
        total = 0.0
        for _, w in pairs:
            total += w
        x = self.r.random() * total
        for item, w in pairs:
            x -= w
            if x < 0:
                return item
        return pairs[-1][0]

    # ---------------- identifiers ----------------
    def new_nhs(self) -> str:
        while True:
            body = "999" + f"{(self.nhs_j * self.nhs_a + self.nhs_b) % 10 ** 6:06d}"
            self.nhs_j += 1
            c = nhs_check_digit(body)
            if c is not None:
                break
        x = self.r.random()
        if x < 0.005:
            return ""
        if x < 0.015:  # deliberately invalid check digit
            bad = (c + 1 + self.r.randrange(9)) % 10
            return body + str(bad)
        return body + str(c)

    def referrer(self) -> str:
        r = self.r
        ini = self.ch("ABCDEFGHIJKLMNPRSTW")
        sur = self.ch(SURNAMES)
        role = self.ch(ROLES)
        title = "Mr" if role in ("Orthopaedics", "Spinal Surgery", "General Surgery", "Urology") and self.p(0.5) else "Dr"
        fmt = r.random()
        if fmt < 0.6:
            s = f"{title} {ini} {sur}, {role}"
        elif fmt < 0.8:
            s = f"{title} {ini} {sur} ({role})"
        elif fmt < 0.92:
            s = f"{sur.upper()}, {ini} ({title})"
        else:
            s = f"{title} {ini}. {sur}"
        if self.p(0.005):
            s = self.ch("=+@") + s
        return s

    # ---------------- patients & scheduling ----------------
    def new_patient(self, cls: str, sub: str) -> dict:
        r = self.r
        k = self.pat_counter
        self.pat_counter += 1
        pid = f"P{(k * 7919 + self.pid_off) % 10 ** 7:07d}"
        if cls in ("fracture", "possible"):
            age = int(r.triangular(58, 99, 82)) if self.p(0.9) else r.randint(35, 57)
        elif cls == "excluded" and sub == "trauma":
            age = r.randint(18, 90)
        elif cls == "excluded":
            age = r.randint(45, 92)
        else:
            age = int(r.triangular(50, 99, 72)) if self.p(0.8) else r.randint(18, 49)
        age = max(18, min(age, 98))
        if cls in ("fracture", "possible", "nfd"):
            sex = "F" if self.p(0.68) else "M"
        else:
            sex = "F" if self.p(0.52) else "M"
        nrep = 1
        if self.p(0.15):
            nrep = self.wch([(2, 6), (3, 3), (4, 1)])
        room = SPAN_DAYS - (nrep - 1) * 200
        first = START + dt.timedelta(days=r.randrange(room + 1))
        anchor = first.replace(year=first.year - age) if not (first.month == 2 and first.day == 29) \
            else dt.date(first.year - age, 2, 28)
        dob = anchor - dt.timedelta(days=r.randint(1, 364))
        return dict(pid=pid, nhs=self.new_nhs(), dob=dob, sex=sex, remaining=nrep - 1,
                    next_date=first, known=[], prior_spine=False, last_date=None, last_exam=None,
                    known_sev={})

    # ---------------- class mix ----------------
    def draw_class(self):
        """Returns (class, subtype, spine_related)."""
        mix = self.mix
        if mix == "mixed":
            if self.p(0.70):
                return "no_fracture", "nospine", False
            return self.draw_spine_class_realistic()
        if mix == "spine":
            return self.draw_spine_class_realistic()
        # "all": balanced development mix
        cls = self.wch([("fracture", 26), ("possible", 12.5), ("excluded", 10), ("nfd", 11.2),
                        ("no_fracture", 40.3)])
        if cls == "no_fracture":
            if self.p(0.36):
                return "no_fracture", "nospine", False
            return "no_fracture", self.draw_nofx_sub(), True
        return cls, self.draw_sub(cls), True

    def draw_spine_class_realistic(self):
        cls = self.wch([("fracture", 33), ("possible", 9), ("excluded", 5), ("nfd", 12),
                        ("no_fracture", 41)])
        if cls == "no_fracture":
            return cls, self.draw_nofx_sub(), True
        return cls, self.draw_sub(cls), True

    def draw_sub(self, cls):
        if cls == "excluded":
            return self.wch([("path", 5), ("trauma", 4), ("posterior", 3)])
        return ""

    def draw_nofx_sub(self):
        return self.wch([("normal", 30), ("question", 16), ("hypothetical", 11), ("nonvert", 12),
                         ("words", 14), ("mets", 6), ("dxa_normal", 7), ("trauma_neg", 4)])

    def stream(self):
        """Infinite stream of report records (dicts)."""
        i = 0
        while True:
            if self.pending and self.pending[0][0] <= i:
                _, _, pat = heapq.heappop(self.pending)
                cls, sub, spine = self.draw_class()
                rec = self.make_followup(pat, cls, sub, spine)
            else:
                cls, sub, spine = self.draw_class()
                pat = self.new_patient(cls, sub)
                rec = self.make_record(pat, cls, sub, spine)
            if pat["remaining"] > 0:
                pat["remaining"] -= 1
                pat["next_date"] = pat["last_date"] + dt.timedelta(days=self.r.randint(35, 200))
                if pat["next_date"] > END:
                    pat["next_date"] = END
                self.seq += 1
                heapq.heappush(self.pending, (i + self.r.randint(2, 80), self.seq, pat))
            i += 1
            rec["report_id"] = f"SYN-{i:06d}"
            yield rec

    def make_followup(self, pat, cls, sub, spine):
        if pat["known"]:
            # A patient with a known fracture: describe it again (maybe with a new level),
            # or an unrelated study with no spine content.
            if cls == "fracture" or (cls in ("possible", "excluded", "nfd") and self.p(0.5)) or \
                    (cls == "no_fracture" and spine and self.p(0.4)):
                return self.make_record(pat, "fracture", "followup", True)
            if self.mix == "spine":
                return self.make_record(pat, cls, sub or self.draw_nofx_sub(), True) if cls != "excluded" \
                    else self.make_record(pat, "fracture", "followup", True)
            return self.make_record(pat, "no_fracture", "nospine", False)
        if cls == "excluded":  # do not let a known patient become a trauma / tumour case
            cls, sub = "possible", ""
        return self.make_record(pat, cls, sub, spine)

    # ---------------- report assembly ----------------
    def make_record(self, pat, cls, sub, spine):
        r = self.r
        exam_date = pat["next_date"]
        ctx = Ctx()
        ctx.sex = pat["sex"]
        ctx.hdr = self.wch([("uk", 55), ("us", 22), ("none", 23)])
        ctx.us = ctx.hdr == "us" and self.p(0.85)
        ctx.D = self.p(0.07) and ctx.hdr != "us"
        ctx.dash = "\u2013" if self.p(0.03) else "-"
        ctx.datefmt = (self.ch(["us1", "us2", "iso"]) if ctx.hdr == "us"
                       else self.ch(["uk1", "uk1", "uk2", "iso"]))
        ctx.layout = "lines" if self.p(0.6) else "para"
        if pat["last_date"] is not None:
            prior_date = pat["last_date"]
            prior_exam = pat["last_exam"]
        else:
            prior_date = exam_date - dt.timedelta(days=r.randint(60, 1500))
            prior_exam = None
        ctx.prior_date = prior_date
        ctx.add_date = exam_date + dt.timedelta(days=r.randint(0, 6))
        if spine:
            rep = self.spine_report(ctx, pat, cls, sub, prior_exam)
        else:
            rep = self.nospine_report(ctx, pat)
        exam = rep["exam"]
        text = self.layout(ctx, rep, exam)
        text = self.noise(ctx, text)
        gold = self.gold(rep["mentions"])
        status = rep.get("status") or self.wch([("F", 91), ("P", 5), ("C", 4)])
        # patient history update
        pat["last_date"] = exam_date
        pat["last_exam"] = exam
        if spine:
            pat["prior_spine"] = True
        for m in rep["mentions"]:
            if m["kind"] == "fracture" and m["levels"]:
                for lv in m["levels"]:
                    if lv not in pat["known"]:
                        pat["known"].append(lv)
                    pat["known_sev"][lv] = m.get("sev")
        pat["known"].sort(key=IDX.get)
        return {
            "patient_id": pat["pid"], "nhs_number": pat["nhs"],
            "date_of_birth": pat["dob"].isoformat(), "age": str(age_on(pat["dob"], exam_date)),
            "sex": pat["sex"], "exam_date": exam_date.isoformat(), "modality": exam["mod"],
            "exam_name": exam["name"], "exam_code": exam["code"], "referrer": self.referrer(),
            "report_status": status, "text": text,
            "exam_time": f"{r.randint(8, 19):02d}{r.randrange(60):02d}",
            "gold_finding": gold[0], "gold_levels": gold[1], "gold_severity": gold[2],
            "gold_acuity": gold[3], "spine_related": spine,
        }

    @staticmethod
    def gold(mentions):
        kinds = {m["kind"] for m in mentions}
        finding = "no_fracture"
        for k in ("fracture", "possible", "excluded", "nfd"):
            if k in kinds:
                finding = KIND2FINDING[k]
                break
        if finding not in ("fracture", "possible_fracture"):
            return finding, "", "", ""
        pos = [m for m in mentions if m["kind"] in ("fracture", "possible")]
        levels = sorted({lv for m in pos for lv in m["levels"]}, key=IDX.get)
        sev = None
        for m in pos:
            if SEV_RANK[m.get("sev")] > SEV_RANK[sev]:
                sev = m.get("sev")
        acus = {m.get("acu") for m in pos}
        acu = "acute" if "acute" in acus else ("chronic" if "chronic" in acus else "unspecified")
        return finding, ";".join(levels), sev or "", acu

    # ------------------------------------------------------------------
    # Level helpers
    # ------------------------------------------------------------------
    def lname(self, ctx, lv):
        if ctx.D and lv[0] == "T":
            return "D" + lv[1:]
        return lv

    def pick_levels(self, exam, n=1, avoid=(), contiguous=True, frag=True):
        lo, hi = IDX[exam.get("lo", "T4")], IDX[exam.get("hi", "L5")]
        cands = [lv for lv in LEVELS[lo:hi + 1] if lv not in avoid]
        if frag:
            pairs = [(lv, FRAG_WEIGHT.get(lv, 0.3)) for lv in cands]
        else:
            pairs = [(lv, 1.0) for lv in cands]
        if not pairs:
            return []
        for _ in range(12):
            start = self.wch(pairs)
            if n == 1:
                return [start]
            if contiguous:
                i = IDX[start]
                if self.p(0.5):
                    i -= n - 1
                block = LEVELS[max(i, lo):max(i, lo) + n]
                if len(block) == n and all(b in cands for b in block) and IDX[block[-1]] <= hi:
                    return block
            else:
                chosen = {start}
                for _ in range(30):
                    chosen.add(self.wch(pairs))
                    if len(chosen) == n:
                        break
                out = sorted(chosen, key=IDX.get)
                if len(out) == n and any(IDX[b] - IDX[a] > 1 for a, b in zip(out, out[1:])):
                    return out
        return [self.wch(pairs)]

    def lv_pre(self, ctx, lvs):
        """Level expression usable before a noun ("T12", "T11-L1", "T6, T7 and T8")."""
        names = [self.lname(ctx, lv) for lv in lvs]
        if len(names) == 1:
            return names[0]
        contig = all(IDX[b] - IDX[a] == 1 for a, b in zip(lvs, lvs[1:]))
        if contig and len(names) >= 3 and self.p(0.6):
            return f"{names[0]}{ctx.dash}{names[-1]}"
        if contig and len(names) == 2 and self.p(0.3):
            return f"{names[0]}{ctx.dash}{names[1]}"
        return self.join_list(names)

    def join_list(self, names):
        if len(names) == 2:
            return f"{names[0]} {self.ch(['and', 'and', 'and', '&'])} {names[1]}"
        return ", ".join(names[:-1]) + " and " + names[-1]

    def lv_words(self, ctx, lv, numeric=None):
        num = int(lv[1:])
        region = "dorsal" if (ctx.D and lv[0] == "T") else REGION[lv[0]]
        if numeric is None:
            numeric = self.p(0.25)
        ordw = ORDN[num - 1] if numeric else ORDW[num - 1]
        return ordw, region

    def lv_loc(self, ctx, lvs, mass=False, simple=False):
        """Locative phrase: "of T12", "at the T12 level", "of the twelfth thoracic vertebra"."""
        names = [self.lname(ctx, lv) for lv in lvs]
        if len(names) == 1:
            n = names[0]
            x = self.r.random()
            if simple:
                return self.ch([f"of {n}", f"at {n}", f"at the {n} level", f"involving {n}", f"of {n}"])
            if x < 0.26:
                return f"of {n}"
            if x < 0.42:
                return f"at {n}"
            if x < 0.58:
                return f"of the {n} vertebral body"
            if x < 0.66:
                return f"of the {n} vertebra"
            if x < 0.72:
                return f"at the {n} level"
            if x < 0.76:
                return f"at the level of {n}"
            if x < 0.80:
                return f"involving {n}"
            if x < 0.84:
                return f"of {n} vertebral body"
            ordw, region = self.lv_words(ctx, lvs[0])
            return f"of the {ordw} {region} {self.ch(['vertebra', 'vertebral body'])}"
        contig = all(IDX[b] - IDX[a] == 1 for a, b in zip(lvs, lvs[1:]))
        x = self.r.random()
        if simple:
            lst = self.lv_pre(ctx, lvs)
            return self.ch([f"of {lst}", f"at {lst}", f"involving {lst}"])
        if contig and len(names) >= 3 and x < 0.45:
            return self.ch([f"from {names[0]} to {names[-1]}", f"of {names[0]}{ctx.dash}{names[-1]}",
                            f"at {names[0]}{ctx.dash}{names[-1]}", f"of {names[0]} to {names[-1]}",
                            f"involving {names[0]}{ctx.dash}{names[-1]}"])
        if (len(names) == 2 and lvs[0][0] == lvs[1][0] and x > 0.85):
            numeric = self.p(0.25)
            o1, region = self.lv_words(ctx, lvs[0], numeric)
            o2, _ = self.lv_words(ctx, lvs[1], numeric)
            return f"of the {o1} and {o2} {region} vertebrae"
        lst = self.lv_pre(ctx, lvs)
        return self.ch([f"of {lst}", f"at {lst}", f"of the {lst} vertebral bodies",
                        f"involving {lst}", f"at {lst}"])

    def lv_subj(self, ctx, lvs):
        names = [self.lname(ctx, lv) for lv in lvs]
        if len(names) == 1:
            n = names[0]
            x = self.r.random()
            if x < 0.45:
                return n
            if x < 0.85:
                return f"The {n} vertebral body"
            ordw, region = self.lv_words(ctx, lvs[0])
            return f"The {ordw} {region} vertebral body"
        lst = self.lv_pre(ctx, lvs)
        return self.ch([lst, f"The {lst} vertebral bodies"])

    # ------------------------------------------------------------------
    # Mention rendering
    # ------------------------------------------------------------------
    def since(self, ctx, pre=" since "):
        if ctx.has_prior:
            return pre + self.prior_ref(ctx)
        return ""

    def prior_ref(self, ctx):
        d = fmt_date(ctx.prior_date, ctx.datefmt)
        return self.ch([f"the previous study of {d}", f"{d}", f"the prior examination ({d})",
                        "the previous study", f"the study of {d}", "the prior imaging"])

    def sev_expr(self, ctx, sev, plural, allow_plana=True):
        if not sev:
            return None
        opts = [("word", 5), ("pct", 3), ("genant", 6 if ctx.kind == "dxa" else 1.2)]
        if sev == "severe" and not plural and allow_plana:
            opts.append(("plana", 1.0))
        k = self.wch(opts)
        if k == "word":
            return ("word", self.ch(SEV_WORD[sev]))
        if k == "pct":
            return ("pct", self.ch(PCT[sev]))
        if k == "genant":
            return ("genant", GENANT[sev])
        return ("plana", None)

    def sev_post(self, ctx, se, sev, mass=False):
        k, v = se
        if k == "word":
            return self.ch([f" ({v})", f", {v} in severity", f", {v} in degree"])
        if k == "pct":
            opts = [f" with approximately {v}% loss of height", f" with ~{v}% height loss",
                    f" (approximately {v}% height loss)", f" with {v}% loss of anterior vertebral body height",
                    f", with around {v}% height reduction", f" resulting in {v}% loss of height",
                    f" ({v}% compression)", f" with about {v}% anterior height loss"]
            if mass:
                opts += [f" of approximately {v}%", f" ({v}%)", f" of about {v}%"]
            return self.ch(opts)
        if k == "genant":
            w = "mild" if v == 1 else "moderate" if v == 2 else "severe"
            if ctx.kind == "dxa":
                return self.ch([f" (Genant grade {v})", f", Genant grade {v}", f" (grade {v}, {w})",
                                f" - Genant {v}", f" (Genant grade {v}, {w})"])
            return self.ch([f" (Genant grade {v})", f", Genant grade {v}", f" (Genant {v})",
                            f" (Genant grade {v}, {w})"])
        return ""

    def acu_post(self, ctx, acu):
        mr = ctx.kind == "mri"
        if acu == "acute":
            opts = [", which appears acute", ", which appears recent", " of recent onset"]
            if ctx.has_prior:
                opts += [f", new since {self.prior_ref(ctx)}", f", which is new compared with {self.prior_ref(ctx)}",
                         f" (new since {self.prior_ref(ctx)})",
                         f", not present on {self.prior_ref(ctx)} and therefore new"]
            if mr:
                opts += [" with marrow oedema on STIR", " with associated bone marrow oedema",
                         " with oedema on the STIR sequence", " with high STIR signal in keeping with marrow oedema",
                         " with marrow oedema, in keeping with an acute injury"] * 2
            return self.ch(opts)
        opts = [", which appears chronic", ", which appears old", " (healed)", " which is longstanding"]
        if ctx.has_prior:
            opts += [f", unchanged from {self.prior_ref(ctx)}", f", unchanged since {self.prior_ref(ctx)}",
                     " which is unchanged", f", stable compared with {self.prior_ref(ctx)}",
                     " as previously reported", " (unchanged)"]
        if mr:
            opts += [" without marrow oedema, in keeping with a chronic fracture",
                     " with no marrow oedema on STIR, consistent with an old injury",
                     " with normal STIR signal, in keeping with a chronic fracture"]
        return self.ch(opts)

    def build_np(self, ctx, m, allow_lvl_pre=True, acu_mode=None, sev_mode=None, force_count=None):
        """Build the noun phrase of a positive (or hedged) vertebral fracture mention.

        Returns dict(np=..., det=..., mass=bool, plural=bool, noun=short noun for conclusion).
        Attributes rendered must exactly match m['sev'] / m['acu'] (acu may be suppressed
        with acu_mode='none' when the frame carries the acuity).
        """
        lvs = m["levels"]
        region = m.get("region")
        plural = len(lvs) > 1
        se = m.get("_se")
        if se is None and m.get("sev"):
            se = self.sev_expr(ctx, m["sev"], plural, allow_plana=region is None)
            m["_se"] = se
        acu = m.get("acu")
        if acu_mode is None:
            acu_mode = ("pre" if self.p(0.6) else "post") if acu else "none"
        if se and se[0] == "plana":
            pre = self.lv_pre(ctx, lvs) if lvs else region[0]
            acu_adj = self.ch(ACU_PRE_MASS[acu]) + " " if acu and acu_mode == "pre" else ""
            if lvs:
                core = self.ch([f"{acu_adj}{pre} vertebra plana", f"{acu_adj}vertebra plana at {pre}",
                                f"{acu_adj}complete collapse of {pre} (vertebra plana)",
                                f"{acu_adj}collapse of {pre} to vertebra plana"])
            else:
                core = f"{acu_adj}vertebra plana {region[1]}"
            post = self.acu_post(ctx, acu) if acu and acu_mode == "post" else ""
            return dict(np=core + post, det="", mass=True, plural=False, noun="vertebra plana")
        use_mass = force_count is False or (force_count is None and self.p(0.33))
        if se and se[0] == "genant":
            use_mass = False if force_count is not False else use_mass
        if use_mass:
            noun, _, lvpre_ok = MASS_NOUNS[self.r.choices(range(len(MASS_NOUNS)), MASS_W)[0]]
            if se and se[0] == "pct" and self.p(0.25):
                noun, lvpre_ok = "compression", False
        else:
            ci = self.r.choices(range(len(COUNT_NOUNS)), COUNT_W)[0]
            sing, plur, _, pct_ok = COUNT_NOUNS[ci]
            noun = plur if plural else sing
            lvpre_ok = True
        parts = []
        if acu and acu_mode == "pre":
            parts.append(self.ch(ACU_PRE_MASS[acu] if use_mass else ACU_PRE[acu]))
        sev_post = ""
        if se:
            k, v = se
            sev_pre_ok = True
            if k == "word":
                where = "pre" if self.p(0.8) else "post"
            elif k == "pct":
                where = "pre" if ((use_mass or pct_ok) and self.p(0.4)) or noun == "compression" else "post"
            else:
                where = "pre" if (not use_mass and self.p(0.4)) else "post"
            if sev_mode:
                where = sev_mode
            if noun == "compression":
                where = "pre"
            if where == "pre" and sev_pre_ok:
                if k == "word":
                    parts.append(v)
                elif k == "pct":
                    parts.append(f"{v}%")
                else:
                    parts.append(self.ch([f"Genant grade {v}", f"grade {v}"]) if ctx.kind == "dxa"
                                 else f"Genant grade {v}")
            else:
                sev_post = self.sev_post(ctx, se, m["sev"], mass=use_mass)
        loc = ""
        if lvs:
            if allow_lvl_pre and lvpre_ok and self.p(0.4):
                parts.append(self.lv_pre(ctx, lvs))
            else:
                loc = " " + self.lv_loc(ctx, lvs, mass=use_mass, simple="vertebra" in noun)
        else:
            if lvpre_ok and self.p(0.5) and region[0] != "lumbar":
                parts.append(region[0])
            else:
                loc = " " + (region[1] if self.p(0.5) else region[2])
        parts.append(noun)
        np = " ".join(parts) + loc + sev_post
        if acu and acu_mode == "post":
            np += self.acu_post(ctx, acu)
        det = "" if (use_mass or plural) else a_an(np)
        short = "fractures" if plural else "fracture"
        if not use_mass and "deformit" in noun:
            short = noun.split(" (")[0] if self.p(0.5) else short
        return dict(np=np, det=det, mass=use_mass, plural=plural and not use_mass, noun=short)

    def a_np(self, d):
        return (d["det"] + " " + d["np"]) if d["det"] else d["np"]

    def fracture_sentence(self, ctx, m):
        """One asserted fragility fracture mention -> findings sentence."""
        acu = m.get("acu")
        kind = ctx.kind
        lvs = m["levels"]
        # subject form ("T12 is wedged ...")
        if lvs and not m.get("region") and self.p(0.16):
            return self.subject_sentence(ctx, m)
        # frame carries acuity?
        frame_acu = acu is not None and self.p(0.35)
        if frame_acu:
            d = self.build_np(ctx, m, acu_mode="none")
        else:
            d = self.build_np(ctx, m)
        is_ = "are" if d["plural"] else "is"
        anp = self.a_np(d)
        np0 = d["np"]
        if frame_acu and acu == "chronic":
            opts = [f"{cap('the ' + np0)} {is_} again seen.", f"{cap('the ' + np0)} {is_} again noted.",
                    f"The known {np0} {is_} unchanged.", f"No change in the known {np0}.",
                    f"Stable appearance of the {np0}.", f"The previously reported {np0} {is_} stable.",
                    f"{cap('the ' + np0)} {is_} unchanged{self.since(ctx)}.",
                    f"No new fracture. The old {np0} {is_} unchanged.",
                    f"Again demonstrated {is_} the {np0}.", f"Unchanged {np0}{self.since(ctx)}.",
                    f"Known {np0}, unchanged.", f"{cap(anp)}, previously reported, {is_} unchanged."]
            if not d["mass"]:
                opts += [f"No further loss of height of the known {np0}.",
                         f"No new vertebral fracture; the known {np0} {is_} stable."]
            return self.ch(opts)
        if frame_acu and acu == "acute":
            new = "new " if not d["mass"] else "new "
            opts = [f"There {is_} {('a ' if d['det'] else '')}{new}{np0}{self.since(ctx)}.",
                    f"Interval development of {('a ' if d['det'] else '')}{new}{np0}{self.since(ctx)}.",
                    f"{cap(anp)} {is_} new{self.since(ctx)}.",
                    f"{cap(('an ' if d['det'] else '') + 'acute ' + np0)}."]
            if kind == "mri":
                opts += [f"{cap(anp)} with marrow oedema on STIR, in keeping with an acute injury.",
                         f"STIR hyperintense marrow oedema in keeping with {('an ' if d['det'] else '')}acute {np0}."]
            return self.ch(opts)
        opts = [(f"There {is_} {anp}.", 5), (f"{cap(anp)}.", 6), (f"{cap(anp)} {is_} noted.", 2),
                (f"{cap(anp)} {is_} seen.", 2), (f"{cap(anp)} {is_} present.", 1.5),
                (f"{cap(anp)} {is_} demonstrated.", 1), (f"{cap(anp)} {is_} identified.", 1),
                (f"Incidental note is made of {anp}.", 1.5 if kind not in ("xr_spine", "mri", "dxa") else 0.3),
                (f"Note is made of {anp}.", 1), (f"Appearances are in keeping with {anp}.", 1),
                (f"Features are consistent with {anp}.", 0.8), (f"Also noted {is_} {anp}.", 0.6)]
        if kind in ("ct_chest", "ct_cap", "ct_ap", "ctpa", "ct_kub"):
            opts += [(f"Sagittal reformats show {anp}.", 1.5), (f"Incidental {np0}.", 1)]
        if kind in ("cxr",):
            opts += [(f"On the lateral view there {is_} {anp}.", 2), (f"Incidental {np0}.", 1)]
        if kind == "dxa":
            opts += [(f"VFA shows {anp}.", 3)]
        return self.wch(opts)

    def subject_sentence(self, ctx, m):
        lvs = m["levels"]
        subj = self.lv_subj(ctx, lvs)
        plural = len(lvs) > 1
        is_ = "are" if plural else "is"
        sev = m.get("sev")
        se = None
        if sev:
            se = self.sev_expr(ctx, sev, plural, allow_plana=False)
            m["_se"] = se
        base = self.ch(["wedged", "compressed", "reduced in height", "wedged anteriorly", "collapsed"])
        if se and se[0] == "word":
            pred = f"{self.ch(SEV_ADV[sev])} {base}"
        elif se and se[0] == "pct":
            pred = self.ch([f"reduced in height by approximately {se[1]}%",
                            f"wedged with {se[1]}% anterior height loss",
                            f"compressed by about {se[1]}%"])
        elif se:
            pred = f"{base} (Genant grade {se[1]})"
        else:
            pred = base
        acu = m.get("acu")
        post = self.acu_post(ctx, acu) if acu else ""
        if acu == "acute" and self.p(0.3):
            return f"{subj} {is_} {pred}, in keeping with an acute fracture."
        if acu == "chronic" and self.p(0.3):
            return f"{subj} {is_} {pred}, in keeping with an old fracture."
        if not acu and self.p(0.3):
            return f"{subj} {is_} {pred}, in keeping with a {self.ch(['fracture', 'compression fracture', 'wedge fracture'])}."
        return f"{subj} {is_} {pred}{post}."

    def fracture_concl(self, ctx, m):
        lvs = m["levels"]
        plural = len(lvs) > 1
        noun = self.ch(["fracture", "compression fracture", "wedge fracture", "vertebral fracture",
                        "osteoporotic fracture", "fracture deformity", "wedge compression fracture"])
        if plural:
            noun = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
        where = self.lv_pre(ctx, lvs) if lvs else m["region"][0]
        acu = m.get("acu")
        adj = []
        if acu and self.p(0.7):
            adj.append(self.ch(ACU_PRE[acu][:6]))
        sev = m.get("sev")
        sev_post = ""
        se = m.get("_se")
        if sev and self.p(0.5):
            if se and se[0] == "genant" and self.p(0.7):
                sev_post = f" (Genant grade {se[1]})"
            elif se and se[0] == "plana":
                sev_post = " (vertebra plana)"
            else:
                adj.append(self.ch(SEV_WORD[sev]))
        core = " ".join(adj + [where, noun]) + sev_post
        if where == "thoracolumbar junction":
            core = " ".join(adj + [noun]) + " at the thoracolumbar junction" + sev_post
        return cap(core) + "."

    # --- possible fracture ---
    def possible_sentence(self, ctx, m):
        lvs = m["levels"]
        kind = ctx.kind
        acu = m.get("acu")
        if kind == "mri" and acu == "acute" and lvs and self.p(0.6):
            m["sev"] = None  # this wording states no severity
            loc = self.lv_pre(ctx, lvs)
            return self.ch([f"Subtle STIR hyperintensity at the superior endplate of {loc}, possibly representing an acute endplate fracture.",
                            f"Faint marrow oedema at {loc}; an acute fracture cannot be excluded.",
                            f"Oedema on STIR at {loc} may represent an early acute compression fracture."])
        if lvs and self.p(0.18):
            m["sev"] = m["acu"] = None  # this wording states neither severity nor age
            loc = self.lv_pre(ctx, lvs)
            return self.ch([f"Irregularity of the superior endplate of {loc}; a fracture cannot be excluded.",
                            f"Equivocal loss of height of {loc}.",
                            f"Equivocal fracture at {loc}.",
                            f"{cap(loc)} may be minimally wedged, ?early fracture.",
                            f"Subtle endplate irregularity at {loc}, suspicious for an early fracture.",
                            f"Possible subtle loss of height at {loc}."])
        d = self.build_np(ctx, m, force_count=None if self.p(0.5) else True)
        np0, anp = d["np"], self.a_np(d)
        is_ = "are" if d["plural"] else "is"
        opts = [f"Possible {np0}.", f"{cap(anp)} cannot be excluded.", f"{cap(anp)} {is_} not excluded.",
                f"{cap(anp)} cannot be entirely excluded.", f"Appearances are suspicious for {anp}.",
                f"Appearances may represent {anp}.", f"This may represent {anp}.",
                f"This could represent {anp}.", f"Query {np0}.", f"?{np0}.", f"Probable {np0}.",
                f"Likely {np0}.", f"Findings are suggestive of {anp}.", f"Suspected {np0}.",
                f"There is possible {np0}." if d["mass"] else f"There is a possible {np0}.",
                f"Possible {np0}, although this may be projectional.",
                f"{cap(anp)} is suspected but not confirmed."]
        return self.ch(opts)

    def possible_concl(self, ctx, m):
        lvs = m["levels"]
        where = self.lv_pre(ctx, lvs) if lvs else m["region"][0]
        noun = self.ch(["fracture", "compression fracture", "wedge fracture", "vertebral fracture"])
        if len(lvs) > 1:
            noun += "s"
        if where == "thoracolumbar junction":
            return self.ch([f"Possible {noun} at the thoracolumbar junction.",
                            f"{cap(noun)} at the thoracolumbar junction cannot be excluded."])
        return self.ch([f"Possible {where} {noun}.", f"{where} {noun} cannot be excluded.",
                        f"?{where} {noun}.", f"Equivocal {where} {noun}.",
                        f"Possible {where} {noun} - consider MRI if it would change management.",
                        f"Query {where} {noun}."])

    # --- excluded ---
    def excluded_sentences(self, ctx, m, sub):
        lvs = m["levels"]
        loc = self.lv_pre(ctx, lvs)
        if sub == "path":
            f = self.ch([
                f"Pathological fracture of {loc} secondary to metastatic disease.",
                f"Collapse of the {loc} vertebral body with a destructive lytic lesion, in keeping with a pathological fracture.",
                f"Lytic lesion in {loc} with associated pathological collapse, likely myeloma.",
                f"Compression fracture of {loc} related to the known myeloma.",
                f"Sclerotic metastasis in {loc} with a pathological compression fracture.",
                f"Destructive lesion with collapse of {loc}, consistent with metastatic disease.",
                f"Collapse of {loc} with endplate destruction and paravertebral soft tissue, in keeping with discitis/osteomyelitis.",
                f"{cap(loc)} pathological fracture through a lytic metastasis.",
                f"Tumour infiltration of {loc} with pathological collapse.",
            ])
            c = self.ch([f"Pathological {loc} fracture.", f"Metastatic disease with pathological collapse of {loc}.",
                         f"{cap(loc)} pathological fracture; oncology team informed."])
        elif sub == "trauma":
            f = self.ch([
                f"Acute burst fracture of {loc} with mild retropulsion.",
                f"Acute compression fracture of {loc}, in keeping with the mechanism of injury.",
                f"Acute wedge fracture of {loc} following the road traffic collision.",
                f"There is an acute fracture of {loc} with approximately 30% loss of height.",
                f"Acute traumatic fracture of the {loc} vertebral body.",
                f"Flexion-distraction injury at {loc} with a fracture through the vertebral body.",
                f"Acute {loc} compression fracture.",
            ])
            c = self.ch([f"Acute traumatic {loc} fracture.", f"Acute {loc} fracture in the context of high-energy trauma.",
                         f"Acute {loc} burst fracture; spinal team informed.", f"Acute {loc} fracture."])
        else:  # posterior elements
            side = self.ch(["left", "right"])
            pl = len(lvs) > 1
            t = self.ch(["tp", "tp", "tp", "sp", "pars", "lamina", "facet"])
            if t == "tp":
                f = self.ch([f"Fractures of the {side} {loc} transverse process{'es' if pl else ''}.",
                             f"Acute fracture{'s' if pl else ''} of the {side} transverse process{'es' if pl else ''} of {loc}.",
                             f"Undisplaced {side} {loc} transverse process fracture{'s' if pl else ''}."])
                c = self.ch([f"{side.capitalize()} {loc} transverse process fracture{'s' if pl else ''} only.",
                             f"Transverse process fracture{'s' if pl else ''} only."])
            elif t == "sp":
                f = f"Undisplaced fracture{'s' if pl else ''} of the {loc} spinous process{'es' if pl else ''}."
                c = self.ch([f"{cap(loc)} spinous process fracture{'s' if pl else ''}.", "Spinous process fracture only."])
            elif t == "pars":
                f = f"Bilateral pars interarticularis fractures at {loc}."
                c = self.ch([f"{cap(loc)} pars fractures.", f"Bilateral {loc} pars interarticularis fractures."])
            elif t == "lamina":
                f = f"Fracture of the {side} {loc} lamina{'e' if pl else ''}."
                c = f"{cap(loc)} laminar fracture{'s' if pl else ''}, posterior elements only."
            else:
                f = f"Fracture of the {side} inferior articular facet{'s' if pl else ''} of {loc}."
                c = f"{cap(loc)} facet fracture{'s' if pl else ''}; vertebral bodies intact."
            f += " " + self.ch(["The vertebral bodies are intact.", "Vertebral body heights are maintained.",
                                "No vertebral body fracture.", "No vertebral body height loss."])
        return f, c

    # --- non-fracture deformity ---
    def nfd_sentences(self, ctx, m, cause):
        lvs = m["levels"]
        loc = self.lv_pre(ctx, lvs) if lvs else None
        many = len(lvs) > 1
        if cause == "schmorl":
            f = self.ch([
                f"Schmorl's node{'s' if many else ''} at {loc}." if loc else "Multiple Schmorl's nodes in the lower thoracic spine.",
                f"Small Schmorl's node{'s' if many else ''} indenting the superior endplate{'s' if many else ''} of {loc}." if loc else "Schmorl's nodes at several levels.",
                f"Schmorl node{'s' if many else ''} at {loc}, with no loss of vertebral body height." if loc else "Scattered Schmorl nodes.",
                f"Endplate irregularity at {loc} due to Schmorl's node{'s' if many else ''}." if loc else "Multiple Schmorl's nodes.",
            ])
            c = self.ch(["Schmorl's nodes. No vertebral fracture.", "Schmorl's nodes only.",
                         "No fracture; Schmorl's nodes."])
        elif cause == "scheuermann":
            f = self.ch([
                f"Mild anterior wedging of {loc} with endplate irregularity and Schmorl's nodes, in keeping with Scheuermann's disease.",
                f"Appearances of Scheuermann's disease with wedging of {loc}.",
                f"Wedging of {loc} with undulating endplates, consistent with old Scheuermann's disease rather than fracture.",
            ])
            c = self.ch(["Scheuermann's disease.", "Changes of Scheuermann's disease; no acute fracture.",
                         "Appearances in keeping with Scheuermann's disease."])
        elif cause == "limbus":
            f = self.ch([f"Limbus vertebra at the anterosuperior corner of {loc}.",
                         f"Small limbus vertebra at {loc}, a developmental variant."])
            c = self.ch(["Limbus vertebra, a normal variant.", "No fracture. Limbus vertebra."])
        elif cause == "degenerative":
            f = self.ch([
                f"Degenerative endplate remodelling at {loc}.",
                f"Mild degenerative wedging of {loc}.",
                f"Apparent loss of height of {loc} is due to degenerative endplate remodelling rather than fracture.",
                f"Anterior wedging of {loc} with osteophytes, in keeping with degenerative change rather than fracture.",
                f"Degenerative remodelling of the {loc} endplates with minor wedging.",
            ])
            c = self.ch(["Degenerative changes. No fracture.", "Degenerative endplate remodelling; no fracture.",
                         "Degenerative wedging, not a fracture."])
        elif cause == "congenital":
            f = self.ch([f"Butterfly vertebra at {loc}.", f"Hemivertebra at {loc} (congenital).",
                         f"Congenital block vertebra at {loc}.", f"Developmental butterfly vertebra at {loc}.",
                         f"Hemivertebra at {loc} with a mild scoliosis."])
            c = self.ch(["Congenital vertebral anomaly; no fracture.", "Developmental vertebral anomaly.",
                         "No fracture. Congenital segmentation anomaly."])
        else:  # normal variant
            f = self.ch([f"Slight wedging of {loc} is likely physiological.",
                         f"Mild anterior wedging at {loc} is physiological and not a fracture.",
                         f"Short vertebral height of {loc}, a normal variant.",
                         f"Minor wedging of {loc} is within normal limits, a normal variant.",
                         f"Slight wedge shape of {loc} is a normal variant."])
            c = self.ch(["Normal variant. No fracture.", "No fracture.", "Physiological wedging only."])
        return f, c

    # ------------------------------------------------------------------
    # Spine report scenarios
    # ------------------------------------------------------------------
    def choose_exam(self, cls, sub):
        if cls == "excluded":
            if sub == "trauma":
                return self.ch(["ct_tsp", "ct_lsp", "ct_lsp", "xr_l", "xr_t", "ct_cap", "mr_w"])
            if sub == "path":
                return self.ch(["ct_cap", "ct_cap", "mr_w", "mr_t", "mr_l", "ct_ap", "ct_chest", "xr_t"])
            return self.ch(["ct_ap", "ct_lsp", "ct_cap", "xr_l", "ct_lsp"])
        if self.mix == "mixed":
            pairs = [("xr_t", 3), ("xr_l", 4), ("cxr_lat", 7), ("cxr", 4), ("ct_chest", 8), ("ct_cap", 8),
                     ("ct_ap", 10), ("ctpa", 6), ("ct_kub", 4), ("mr_l", 2), ("mr_t", 1), ("dxa", 2)]
        else:
            pairs = [("xr_t", 9), ("xr_l", 9), ("xr_tl", 3), ("cxr_lat", 6), ("cxr", 2), ("ct_chest", 6),
                     ("ct_cap", 7), ("ct_ap", 7), ("ctpa", 4), ("ct_kub", 2), ("mr_l", 6), ("mr_t", 4),
                     ("mr_w", 3), ("dxa", 8)]
        if cls == "no_fracture" and sub == "dxa_normal":
            return "dxa"
        if cls == "no_fracture" and sub == "trauma_neg":
            return self.ch(["ct_tsp", "ct_lsp", "xr_l", "xr_t"])
        if cls == "no_fracture" and sub == "words":
            pairs = [p for p in pairs if p[0] != "dxa"]
        return self.wch(pairs)

    def spine_report(self, ctx, pat, cls, sub, prior_exam):
        r = self.r
        if sub == "followup":
            ekey = self.ch(["xr_t", "xr_l", "ct_cap", "ct_chest", "ct_ap", "mr_t", "mr_l", "dxa", "cxr_lat"])
            if pat["last_exam"] is not None and pat["last_exam"].get("lo") and self.p(0.5):
                ekey = pat["last_exam"]["key"]
        else:
            ekey = self.choose_exam(cls, sub)
        exam = EXAMS[ekey]
        ctx.exam = exam
        ctx.kind = exam["kind"]
        kind = ctx.kind
        mentions = []
        find = []       # (sentence) spine-related sentences in findings
        concl = []
        indication = None
        status = None
        addendum = None
        ctx.has_prior = (pat["last_date"] is not None) or self.p(0.45)
        region_ok = kind not in ("dxa",)

        def add_frac(levels=None, n=None, acu=None, sev="draw", region=None, avoid=()):
            if levels is None and region is None:
                if n is None:
                    n = self.wch([(1, 82), (2, 11), (3, 7)])
                levels = self.pick_levels(exam, n, avoid=avoid, contiguous=self.p(0.75))
                if not levels:
                    return None
            if sev == "draw":
                sev = self.wch([(None, 30), ("mild", 25), ("moderate", 27), ("severe", 18)])
            if acu == "draw":
                opts = [(None, 45), ("chronic", 30), ("acute", 25)]
                if kind == "mri":
                    opts = [(None, 15), ("chronic", 30), ("acute", 55)]
                if not ctx.has_prior and kind != "mri":
                    opts = [(None, 60), ("chronic", 22), ("acute", 18)]
                acu = self.wch(opts)
            m = dict(kind="fracture", levels=levels or [], sev=sev, acu=acu, region=region)
            mentions.append(m)
            return m

        def used_levels():
            return {lv for m in mentions for lv in m["levels"]}

        def region_for():
            lo = exam.get("lo", "T4")
            return self.ch(REGIONS_L if IDX[lo] >= IDX["T11"] else REGIONS_T)

        # ---------------- positives ----------------
        if cls == "fracture":
            if sub == "followup" and pat["known"]:
                known = [lv for lv in pat["known"] if IDX[exam["lo"]] <= IDX[lv] <= IDX[exam["hi"]]] or pat["known"]
                ctx.has_prior = True
                progressed = self.p(0.08)
                ksev = pat["known_sev"].get(known[0])
                if progressed and len(known) == 1:
                    newsev = "severe"
                    m = dict(kind="fracture", levels=[known[0]], sev=newsev, acu="chronic", region=None)
                    mentions.append(m)
                    old = self.ch(PCT["mild"] + PCT["moderate"])
                    now = self.ch(PCT["severe"])
                    lv = self.lname(ctx, known[0])
                    find.append(self.ch([
                        f"Further loss of height of the known {lv} compression fracture, now approximately {now}% (previously {old}%).",
                        f"The known {lv} fracture has progressed, now with {now}% height loss (previously {old}%).",
                    ]))
                    concl.append(f"Progressive collapse of the known {lv} fracture, now severe.")
                else:
                    m = dict(kind="fracture", levels=known, sev=ksev if self.p(0.5) else None, acu="chronic", region=None)
                    mentions.append(m)
                    find.append(self.fracture_sentence(ctx, m))
                    if self.p(0.5):
                        concl.append(self.fracture_concl(ctx, m))
                if self.p(0.4):
                    m2 = add_frac(n=1, acu="acute", avoid=used_levels())
                    if m2 is not None:
                        find.append(self.fracture_sentence(ctx, m2))
                        concl.insert(0, self.fracture_concl(ctx, m2))
                elif self.p(0.4):
                    find.append(self.ch(["No new vertebral fracture.", "No new fracture.",
                                         "No further vertebral fractures.", "No new compression fracture is seen."]))
                if sub == "followup" and not pat["known"]:
                    pass
            else:
                nm = self.wch([(1, 75), (2, 19), (3, 6)])
                for j in range(nm):
                    if region_ok and j == 0 and self.p(0.09):
                        m = add_frac(region=region_for(), acu="draw")
                    else:
                        m = add_frac(avoid=used_levels(), acu="draw")
                    if m is None:
                        continue
                    find.append(self.fracture_sentence(ctx, m))
                    if self.p(0.75):
                        concl.append(self.fracture_concl(ctx, m))
            if self.p(0.1):
                # a hedged mention at another level
                lv = self.pick_levels(exam, 1, avoid=used_levels())
                if lv:
                    mp = dict(kind="possible", levels=lv, sev=None, acu=None, region=None)
                    mentions.append(mp)
                    find.append(self.possible_sentence(ctx, mp))
            if concl and self.p(0.45):
                concl.append(self.ch([
                    "Recommend bone health assessment and referral to the Fracture Liaison Service.",
                    "Consider referral to the Fracture Liaison Service.",
                    "Suggest assessment for osteoporosis (FRAX / DXA).",
                    "Appearances would be in keeping with osteoporosis; suggest bone health assessment.",
                    "FLS referral recommended.", "Consider DXA and bone protection.",
                ]))
        elif cls == "possible":
            nm = 1 if self.p(0.85) else 2
            for j in range(nm):
                if region_ok and self.p(0.08):
                    levels, region = [], region_for()
                else:
                    levels, region = self.pick_levels(exam, 1 if self.p(0.85) else 2, avoid=used_levels()), None
                acu = "acute" if (kind == "mri" and self.p(0.4)) else None
                sev = self.wch([(None, 70), ("mild", 22), ("moderate", 8)])
                m = dict(kind="possible", levels=levels, sev=sev, acu=acu, region=region)
                mentions.append(m)
                find.append(self.possible_sentence(ctx, m))
                if self.p(0.7):
                    concl.append(self.possible_concl(ctx, m))
            if self.p(0.35):
                find.append(self.ch([
                    "If clinically indicated, MRI would help to confirm or exclude a fracture.",
                    "Correlation with a lateral view / previous imaging is suggested.",
                    "If there is ongoing clinical concern, MRI is recommended.",
                    "Comparison with previous imaging would be helpful.",
                ]))
        elif cls == "excluded":
            n = 2 if (sub == "posterior" and self.p(0.4)) or (sub == "path" and self.p(0.2)) else 1
            lo = exam.get("lo")
            lvs = self.pick_levels(exam, n, contiguous=True, frag=sub != "posterior")
            if sub == "posterior":
                lvs = [lv for lv in lvs if lv[0] == "L"] or self.pick_levels(EXAMS["xr_l"], n, frag=False)
                lvs = [lv for lv in lvs if lv[0] in "TL"] or ["L2"]
            m = dict(kind="excluded", levels=lvs, sub=sub)
            mentions.append(m)
            f, c = self.excluded_sentences(ctx, m, sub)
            find.append(f)
            concl.append(c)
            if sub == "trauma":
                indication = self.ch([
                    "RTC, high-speed, back pain.", "Road traffic collision, thoracolumbar pain.",
                    "Fall from ladder (approx 3 m), back pain.", "Fall from height (first floor window).",
                    "Diving injury, back pain.", "Motorcyclist vs car, back pain.",
                    "MVC, restrained driver, back pain.", "Fell from roof, lumbar tenderness.",
                    "High-speed RTC, trauma call.", "Fall from scaffolding, back pain."])
            elif sub == "path":
                indication = self.ch([
                    "Known metastatic breast cancer, back pain.", "Known myeloma, back pain.",
                    "Prostate cancer, rising PSA, back pain.", "Staging lung cancer.",
                    "Fever, back pain, raised CRP ?discitis.", "Weight loss, back pain, ?malignancy.",
                    "Renal cell carcinoma, new thoracic pain."])
            else:
                indication = self.ch(["RTC, left flank pain.", "Fall from a ladder, back pain.",
                                      "Fall from height, loin pain.", "Trauma call, motorbike collision.",
                                      "Adolescent athlete, low back pain ?spondylolysis."
                                      if pat["dob"].year > 1990 else "RTC, back pain."])
        elif cls == "nfd":
            causes = self.wch([("schmorl", 40), ("degenerative", 22), ("scheuermann", 12), ("variant", 12),
                               ("congenital", 8), ("limbus", 6)])
            n = 1
            if causes in ("schmorl", "scheuermann"):
                n = self.ch([1, 2, 2, 3])
            lvs = self.pick_levels(exam, n, contiguous=True, frag=False)
            if causes == "limbus":
                lvs = self.pick_levels(EXAMS["xr_l"], 1, frag=False) if kind in ("xr_spine", "mri", "ct_ap", "ct_cap", "ct_spine", "ct_kub") else lvs
            if causes == "schmorl" and self.p(0.15):
                lvs = []
            m = dict(kind="nfd", levels=lvs, cause=causes)
            mentions.append(m)
            f, c = self.nfd_sentences(ctx, m, causes)
            find.append(f)
            concl.append(c)
            if self.p(0.3) and "fracture" not in f:
                find.append(self.ch(["No vertebral fracture.", "Vertebral body heights are otherwise maintained.",
                                     "No compression fracture."]))

        # ---------------- no fracture variants ----------------
        if cls == "no_fracture":
            f, c, ind = self.nofx_spine(ctx, exam, sub, mentions)
            find += f
            concl += c
            indication = ind or indication

        # ---------------- add-ons (any class) ----------------
        if cls in ("fracture", "possible", "nfd") and self.p(0.08):
            lv = self.pick_levels(exam, 1, avoid=used_levels())
            if lv:
                mentions.append(dict(kind="neg", levels=lv))
                n = self.lname(ctx, lv[0])
                find.append(self.ch([f"No fracture of {n}.", f"{n} is intact.",
                                     f"No fracture is seen at {n}.", f"{n} is normal in height."]))
        if cls in ("fracture", "possible", "nfd", "excluded") and self.p(0.07):
            find.append(self.nonvert_sentence(ctx, kind))
        if cls in ("fracture", "possible", "nfd") and self.p(0.08) and kind in ("xr_spine", "mri", "ct_ap", "ct_kub", "ct_cap"):
            find.append(self.ch(["Loss of disc height at L4/5.", "Disc space narrowing at L5/S1.",
                                 "Reduced disc height at L3/4 and L4/5.", "No cord compression."
                                 if kind == "mri" else "Loss of disc height at L5/S1."]))
        if cls == "nfd" and self.p(0.15) and kind in ("xr_spine", "mri"):
            find.append(self.ch(["If symptoms persist, MRI could be considered to exclude an occult fracture.",
                                 "Should there be clinical concern for fracture, MRI is more sensitive."]))

        if indication is None:
            indication = self.indication(ctx, kind, cls, pat)
        if cls in ("fracture", "possible", "nfd") and self.p(0.25) and kind in ("xr_spine", "mri", "dxa"):
            q = self.ch(["?vertebral fracture", "?wedge fracture", "?osteoporotic collapse", "query fracture",
                         "?crush fracture", "r/o compression fracture" if ctx.hdr == "us" else "?compression fracture"])
            indication = indication.rstrip(".") + ", " + q + "."
            mentions.append(dict(kind="question", levels=[]))

        # ---------------- addendum ----------------
        if self.p(0.07):
            addendum, status = self.addendum(ctx, exam, mentions, pat)

        filler = self.filler(ctx, exam, pat, cls)
        if cls == "excluded" or sub == "mets":
            filler = [f for f in filler if "destructive" not in f]
        return dict(exam=exam, indication=indication, technique=self.technique(ctx, exam),
                    comparison=self.comparison(ctx, prior_exam), filler=filler, spine=find,
                    concl=concl, addendum=addendum, mentions=mentions, status=status,
                    main_concl=self.main_concl(ctx, kind, filler))

    def nonvert_sentence(self, ctx, kind):
        if kind == "mri":
            side = self.ch(["left", "right"])
            return self.ch([f"Healing fracture of the posterior {side} {self.ch(ORDN[7:11])} rib.",
                            f"Incidental old fracture of the posterior {side} {self.ch(ORDN[8:11])} rib."])
        if kind in ("cxr", "ct_chest", "ctpa", "xr_spine") or (kind == "ct_cap" and self.p(0.5)):
            side = self.ch(["left", "right"])
            return self.ch([f"Healing fracture of the {side} {self.ch(ORDN[4:10])} rib.",
                            f"Old healed {side} clavicle fracture.",
                            f"Fractures of the {side} {self.ch(ORDN[5:8])} and {self.ch(ORDN[8:11])} ribs.",
                            f"Healed {side} rib fractures.",
                            f"Partly imaged {side} proximal humeral fracture."])
        return self.ch(["Healed fracture of the left superior pubic ramus.",
                        "Old healed right intertrochanteric fracture with dynamic hip screw in situ.",
                        "Partly imaged left neck of femur fracture.",
                        "Fractures of the right superior and inferior pubic rami.",
                        "Healed fracture of the right iliac wing."])

    def nofx_spine(self, ctx, exam, sub, mentions):
        kind = exam["kind"]
        find, concl = [], []
        ind = None
        neg_generic = ["No vertebral fracture.", "No vertebral compression fracture is seen.",
                       "Vertebral body heights are maintained.", "Vertebral body heights are preserved.",
                       "Normal vertebral body heights.", "No loss of vertebral body height.",
                       "No wedge deformity.", "No vertebral collapse.", "No acute fracture.",
                       "The vertebral bodies are of normal height and alignment.",
                       "No evidence of vertebral fracture.", "No compression deformity.",
                       "Normal alignment with no fracture.", "No spinal fracture.",
                       "Vertebral body heights and alignment are normal.", "Fracture excluded."]
        if ctx.hdr == "us":
            neg_generic += ["Negative for fracture.", "No acute osseous abnormality.",
                            "No compression deformity. Vertebral body heights are maintained."]
        if kind not in ("xr_spine", "mri", "ct_spine", "dxa"):
            # on a chest / abdomen study say explicitly that the spine is meant
            neg_generic = [s for s in neg_generic if re.search(r"vertebr|spin", s)] + [
                "The spine is intact with no fracture.", "No vertebral fracture or collapse.",
                "Sagittal reformats show no vertebral fracture.", "Thoracolumbar spine: no fracture.",
                "No acute fracture of the spine."]

        def neg_level():
            lv = self.pick_levels(exam, 1 if self.p(0.8) else 2)
            mentions.append(dict(kind="neg", levels=lv))
            n = self.lv_pre(ctx, lv)
            return self.ch([f"No fracture of {n}.", f"{n} is intact.", f"No fracture is seen at {n}.",
                            f"There is no evidence of a compression fracture at {n}.",
                            f"No loss of height of {n}.", f"{n} is of normal height.",
                            f"No fracture at {n} is demonstrated."]), lv

        if sub in ("normal", "question", "hypothetical", "trauma_neg"):
            if kind == "dxa":
                find.append(self.ch(["VFA: no vertebral fracture identified (T4-L4).",
                                     "VFA: vertebrae T4 to L4 are normal (Genant grade 0).",
                                     "Vertebral fracture assessment shows no fracture."]))
                mentions.append(dict(kind="neg", levels=[]))
            elif self.p(0.3):
                s, lv = neg_level()
                find.append(s)
            else:
                find.append(self.ch(neg_generic))
                mentions.append(dict(kind="neg", levels=[]))
            if kind in ("cxr",):
                find[-1] = self.ch(["The thoracic spine appears normal.", "On the lateral view the vertebral body heights are maintained.",
                                    "No vertebral fracture on the lateral view.", "Thoracic vertebral heights are preserved."])
            concl.append(self.ch(["No vertebral fracture.", "No fracture.", "Normal spine.",
                                  "No acute bony injury.", "No evidence of vertebral fracture.",
                                  "No acute abnormality."] if kind in ("xr_spine", "mri", "ct_spine", "dxa") else
                                 ["No vertebral fracture.", "No acute bony abnormality."]))
        if sub == "question":
            if self.p(0.4):
                lv = self.pick_levels(exam, 1)
                n = self.lname(ctx, lv[0])
                q = self.ch([f"query {n} fracture", f"?{n} fracture", f"?collapse {n}", f"tender over {n}, ?fracture",
                             f"?# {n}", f"?{n} wedge fracture"])
                # answer it explicitly most of the time
                if self.p(0.7):
                    find.append(self.ch([f"No fracture at {n}.", f"{n} is intact.", f"No fracture of {n} is seen."]))
                    mentions.append(dict(kind="neg", levels=lv))
            else:
                q = self.ch(["?vertebral fracture", "?wedge fracture", "?osteoporotic collapse", "?crush fracture",
                             "query vertebral fracture", "?compression fracture", "?# spine", "height loss ?vertebral fractures",
                             "assess for vertebral fracture", "r/o compression fracture"])
            base = self.ch(["Back pain", "Thoracic back pain", "Low back pain after a fall", "Osteoporosis",
                            "Fall at home, back pain", "Kyphosis and height loss", "Long-term steroids, back pain",
                            "Sudden onset back pain"])
            ind = f"{base}, {q}." if self.p(0.7) else f"{cap(q)}."
            mentions.append(dict(kind="question", levels=[]))
        elif sub == "hypothetical" and kind == "dxa":
            find.append(self.ch([
                "If there is clinical concern about a vertebral fracture, a lateral spine radiograph is suggested.",
                "Should height loss continue, spinal radiographs would help to exclude a vertebral fracture."]))
            mentions.append(dict(kind="hyp", levels=[]))
        elif sub == "hypothetical":
            find.append(self.ch([
                "If pain persists, MRI would help exclude an occult fracture.",
                "Should symptoms persist, consider MRI to exclude a vertebral fracture.",
                "If there is clinical concern for a fracture, MRI is recommended.",
                "Follow-up imaging could be considered if a fracture is suspected clinically.",
                "MRI would be more sensitive should a fracture need to be excluded.",
                "If symptoms persist, repeat radiographs in 2 weeks may reveal an occult fracture.",
                "In the event of ongoing pain, MRI may be used to exclude an acute compression fracture."]))
            mentions.append(dict(kind="hyp", levels=[]))
        elif sub == "trauma_neg":
            ind = self.ch(["RTC, back pain.", "Fall from ladder, back pain.", "Fall from height, back pain.",
                           "Trauma call, thoracolumbar tenderness."])
        elif sub == "nonvert":
            find.append(self.ch(neg_generic[:8]) if kind != "cxr" else "The thoracic spine appears normal.")
            find.append(self.nonvert_sentence(ctx, kind))
            mentions.append(dict(kind="nonvert", levels=[]))
            concl.append(self.ch(["No vertebral fracture.", "Non-vertebral fracture as described.",
                                  "Rib fractures as above; spine intact." if kind in ("cxr", "ct_chest", "ctpa") else
                                  "No vertebral fracture; see above."]))
        elif sub == "words":
            opts = []
            if kind in ("xr_spine", "mri", "ct_ap", "ct_cap", "ct_kub", "ct_spine"):
                opts += ["Loss of disc height at L4/5 and L5/S1.", "Disc space narrowing at L5/S1 with endplate sclerosis.",
                         "Mild loss of height of the L3/4 intervertebral disc.", "Reduced disc height at L4/5.",
                         "Multilevel degenerative change in the spine with loss of disc height and osteophytes."]
            if kind == "mri":
                opts += ["No cord compression.", "Disc bulge at L4-5 with compression of the thecal sac.",
                         "Compression of the traversing L5 nerve root by a disc extrusion at L4/5.",
                         "Moderate canal stenosis at L3/4 with thecal sac compression."]
            if kind in ("xr_spine",) and exam["key"] == "xr_t":
                opts += ["Loss of disc height at T8/9 and T9/10.", "Disc space narrowing in the mid thoracic spine."]
            if kind in ("cxr", "ct_chest", "ctpa", "ct_cap"):
                opts += ["Left lower lobe collapse.", "Partial collapse of the right middle lobe.",
                         "Collapse/consolidation of the left lower lobe.", "Right upper lobe collapse due to an obstructing lesion."]
            if not opts:
                opts = ["Loss of disc height at L4/5."]
            find.append(self.ch(opts))
            chest = kind in ("cxr", "ct_chest", "ctpa", "ct_cap") and "lobe" in find[-1]
            if self.p(0.7) or chest:
                find.append(self.ch(neg_generic) if kind != "cxr" else "Vertebral body heights are maintained.")
            mentions.append(dict(kind="words", levels=[]))
            concl.append(self.ch(["No vertebral fracture.", "No acute bony abnormality."] if chest else
                                 ["Degenerative change. No fracture.", "No vertebral fracture.",
                                  "No acute bony abnormality."]))
        elif sub == "mets":
            lv = self.pick_levels(exam, 1 if self.p(0.7) else 2, frag=False)
            n = self.lv_pre(ctx, lv)
            find.append(self.ch([f"Sclerotic lesion in {n} in keeping with a metastasis. No pathological fracture.",
                                 f"Lytic lesion in {n} without vertebral collapse.",
                                 f"Multiple lytic lesions of myeloma throughout the spine without vertebral collapse.",
                                 f"Typical haemangioma in the {n} vertebral body.",
                                 f"Metastatic deposit in {n}; vertebral body height is maintained."]))
            mentions.append(dict(kind="lesion", levels=lv))
            ind = self.ch(["Staging breast cancer.", "Known myeloma, restaging.", "Prostate cancer, bone pain.",
                           "Lung cancer staging.", "Weight loss ?malignancy."])
            concl.append(self.ch(["Bone metastasis without fracture.", "No pathological fracture.",
                                  "Lesion as described; no vertebral collapse."]))
        elif sub == "dxa_normal":
            find.append(self.ch(["VFA: no vertebral fracture identified (T4-L4).",
                                 "VFA: vertebrae T4 to L4 are normal (Genant grade 0).",
                                 "Vertebral fracture assessment: no vertebral deformity.",
                                 "VFA: no vertebral fracture. Vertebral heights preserved."]))
            mentions.append(dict(kind="neg", levels=[]))
            concl.append("No vertebral fracture on VFA.")
        return find, concl, ind

    # ------------------------------------------------------------------
    # Addenda
    # ------------------------------------------------------------------
    def addendum(self, ctx, exam, mentions, pat):
        pos = [m for m in mentions if m["kind"] in ("fracture", "possible") and m["levels"]]
        head = None
        x = self.r.random()
        if pos and x < 0.55:
            m = self.ch(pos)
            n = self.lv_pre(ctx, m["levels"])
            y = self.r.random()
            if y < 0.3 and len(m["levels"]) == 1:
                # level correction
                old = m["levels"][0]
                i = IDX[old] + self.ch([-1, 1])
                new = LEVELS[i] if 0 <= i < len(LEVELS) and LEVELS[i][0] in "TL" else LEVELS[IDX[old] - 1]
                if new in {lv for mm in mentions for lv in mm["levels"]}:
                    return self.plain_addendum(ctx, fls=m["kind"] == "fracture"), None
                m["levels"] = [new]
                nn, no = self.lname(ctx, new), self.lname(ctx, old)
                head = self.ch([f"Correction: the fracture is at {nn}, not {no} as stated above.",
                                f"Please note the level should read {nn} rather than {no}.",
                                f"On recounting from the sacrum, the fractured vertebra is {nn} (not {no})."])
                return head, "C"
            if y < 0.6:
                # retraction (fracture removed)
                mentions.remove(m)
                z = self.r.random()
                if z < 0.4:
                    head = self.ch([f"On review of the lateral view, the apparent loss of height at {n} is projectional; there is no fracture.",
                                    f"On further review the {n} appearance is due to patient positioning and no fracture is present.",
                                    f"Correction: there is no fracture at {n}."])
                elif z < 0.75:
                    mentions.append(dict(kind="nfd", levels=m["levels"], cause="schmorl"))
                    head = self.ch([f"Correction - the abnormality at {n} represents a Schmorl's node, not a fracture.",
                                    f"Following comparison with previous imaging, the {n} appearance is due to degenerative endplate remodelling rather than fracture."])
                else:
                    for mm in list(mentions):
                        if mm["kind"] in ("fracture", "possible"):
                            mentions.remove(mm)
                    head = self.ch(["This report was issued with an error. There is no vertebral fracture; the spine is normal.",
                                    "Correction: the vertebral findings described above refer to another patient. There is no vertebral fracture in this patient."])
                return head, "C"
            if y < 0.8 and m["kind"] == "possible":
                m["kind"] = "fracture"
                if self.p(0.5) and ctx.has_prior:
                    m["acu"] = "chronic"
                    head = f"Comparison with {self.prior_ref(ctx)} confirms an established compression fracture of {n}."
                else:
                    m["acu"] = "acute"
                    head = self.ch([f"MRI performed subsequently confirms an acute fracture of {n} with marrow oedema.",
                                    f"CT performed today confirms an acute fracture of {n}."])
                return head, "C"
            if y < 0.9 and m["kind"] == "fracture":
                m["kind"] = "excluded"
                head = self.ch([f"Further history provided: known myeloma. The {n} collapse is pathological, related to the myeloma.",
                                f"Clinical history clarified: the patient fell from a ladder. The {n} fracture is traumatic (high-energy mechanism)."])
                return head, "C"
            return self.plain_addendum(ctx, fls=m["kind"] == "fracture"), None
        if x < 0.75 and exam.get("lo") and not any(mm["kind"] == "excluded" for mm in mentions):
            # addition of a missed fracture
            avoid = {lv for mm in mentions for lv in mm["levels"]}
            lv = self.pick_levels(exam, 1, avoid=avoid)
            if not lv:
                return self.plain_addendum(ctx), None
            m = dict(kind="fracture", levels=lv, sev=self.ch([None, "mild", "moderate"]), acu=None, region=None)
            d = self.build_np(ctx, m, acu_mode="none", force_count=True)
            mentions.append(m)
            head = self.ch([f"On second review there is also {self.a_np(d)}.",
                            f"Additional finding: {self.a_np(d)}, not mentioned above.",
                            f"Please note there is {self.a_np(d)}, omitted from the original report."])
            return head, "C"
        return self.plain_addendum(ctx, fls=any(mm["kind"] == "fracture" for mm in mentions)), None

    def plain_addendum(self, ctx, fls=False):
        if fls and self.p(0.4):
            return self.ch(["Report sent to the Fracture Liaison Service.", "FLS notified of the vertebral fracture."])
        return self.ch(["Discussed with the referring clinician by telephone.",
                        "Images reviewed at the MDT; no change to the report.",
                        "The comparison study has been reviewed; no change to the conclusion.",
                        "Urgent finding communicated to the ward."])

    # ------------------------------------------------------------------
    # Sections
    # ------------------------------------------------------------------
    def indication(self, ctx, kind, cls, pat):
        if kind == "xr_spine" or kind == "ct_spine":
            return self.ch(["Back pain.", "Thoracic back pain after a minor fall.", "Sudden onset back pain lifting shopping.",
                            "Kyphosis, height loss 4 cm.", "Osteoporosis on alendronate, new back pain.",
                            "Fall from standing height, back pain.", "Long-term steroids, back pain.",
                            "Elderly, fell at home, tender thoracolumbar junction.", "Mechanical back pain for 6 weeks.",
                            "Chronic low back pain, worse recently.", "Low back pain radiating to the left leg.",
                            "Fall from standing, lumbar pain.", "Pain between the shoulder blades."])
        if kind == "mri":
            return self.ch(["Back pain, ?cause.", "Low back pain with sciatica.", "Acute back pain, osteoporosis.",
                            "Back pain not settling, ?acute fracture.", "Leg weakness, ?cord compression.",
                            "Night pain, history of breast cancer.", "Severe thoracic pain after coughing."])
        if kind == "dxa":
            return self.ch(["Early menopause, ?osteoporosis.", "Long-term steroids.", "Previous wrist fracture.",
                            "Height loss, kyphosis.", "FRAX above intervention threshold.",
                            "Monitoring on bisphosphonate.", "Rheumatoid arthritis on prednisolone."])
        return self.generic_indication(kind)

    def generic_indication(self, kind):
        pools = {
            "cxr": ["Cough, ?infection.", "Shortness of breath.", "Pre-operative assessment.", "Chest pain.",
                    "Fever, productive cough.", "Smoker, weight loss.", "Fall, chest wall pain."],
            "ct_chest": ["Lung nodule follow-up.", "Haemoptysis, smoker.", "Staging lung cancer.",
                         "Persistent cough, abnormal CXR.", "Interstitial lung disease follow-up."],
            "ct_cap": ["Weight loss, ?malignancy.", "Staging colorectal cancer.", "Sepsis, unknown source.",
                       "Raised CA-125.", "Lymphoma restaging.", "Iron deficiency anaemia, weight loss."],
            "ct_ap": ["Abdominal pain ?diverticulitis.", "RIF pain ?appendicitis.", "?Bowel obstruction.",
                      "Post-op ?collection.", "Abdominal pain and vomiting.", "Deranged LFTs, ?biliary obstruction."],
            "ctpa": ["?PE.", "Pleuritic chest pain, tachycardia, ?PE.", "Raised D-dimer, SOB.",
                     "Haemoptysis and leg swelling, ?PE."],
            "ct_kub": ["?Renal colic.", "Left loin pain, haematuria.", "Right loin pain, ?stone.",
                       "Known stones, recurrent pain."],
            "ct_head": ["Fall on anticoagulant.", "Confusion.", "Headache, ?SAH.", "Head injury, GCS 14."],
        }
        return self.ch(pools.get(kind, ["Pain."]))

    def technique(self, ctx, exam):
        kind = exam["kind"]
        if self.p(0.45):
            return None
        t = {
            "xr_spine": ["AP and lateral views.", "Lateral view only.", "AP and lateral radiographs."],
            "cxr": ["PA and lateral views." if exam["key"] == "cxr_lat" else "PA erect.",
                    "PA and lateral." if exam["key"] == "cxr_lat" else "AP sitting."],
            "ct_chest": ["Axial images of the chest with contrast. Sagittal reformats reviewed.",
                         "Non-contrast CT chest, thin sections."],
            "ct_cap": ["Portal venous phase CT of the chest, abdomen and pelvis. Sagittal and coronal reformats.",
                       "Contrast-enhanced CT chest, abdomen and pelvis."],
            "ct_ap": ["Portal venous phase CT abdomen and pelvis.", "CT abdomen and pelvis with IV contrast; coronal and sagittal reformats."],
            "ctpa": ["CT pulmonary angiogram.", "Contrast-enhanced CTPA; good opacification."],
            "ct_kub": ["Low-dose non-contrast CT KUB.", "Non-contrast CT of the urinary tract."],
            "ct_spine": ["Axial CT with sagittal and coronal reformats.", "Helical CT with multiplanar reformats."],
            "mri": ["Sagittal T1, T2 and STIR; axial T2.", "Sagittal T1, T2, STIR and axial T2 images.",
                    "Sagittal T1 and STIR, axial T2 through the lower levels."],
            "dxa": ["Hologic Horizon A. Lumbar spine, left hip and lateral VFA.",
                    "GE Lunar iDXA: lumbar spine, both hips, lateral vertebral fracture assessment (VFA)."],
            "limb": ["Two views.", "AP and lateral."],
            "ct_head": ["Non-contrast CT head."],
        }
        return self.ch(t.get(kind, ["Standard protocol."]))

    def comparison(self, ctx, prior_exam, spine=True):
        if not ctx.has_prior:
            if self.p(0.5):
                return None
            return self.ch(["None.", "No previous imaging.", "None available."])
        d = fmt_date(ctx.prior_date, ctx.datefmt)
        if prior_exam:
            name = prior_exam["name"]
        elif spine:
            name = self.ch(["CT", "XR", "MRI", "CT chest", "XR chest", "XR lumbar spine", "CT abdomen"])
        else:
            name = self.ch(["CT", "XR", "CT chest", "XR chest", "CT abdomen", ctx.exam["name"]])
        return self.ch([f"{name} {d}.", f"{d}.", f"{name} dated {d}.", f"Previous {name} of {d}."])

    def filler(self, ctx, exam, pat, cls):
        """Non-spine findings typical for the exam (some mention disc or sequence names)."""
        kind = exam["kind"]
        r = self.r
        sex = ctx.sex
        if kind == "xr_spine":
            pool = ["Normal alignment.", "Alignment is maintained.", "The pedicles are intact.",
                    "Paravertebral soft tissues are unremarkable.", "Mild multilevel degenerative change with small anterior osteophytes.",
                    "Generalised osteopenia.", "The bones appear osteopenic.", "Mild scoliosis convex to the right.",
                    "Aortic calcification noted.", "No destructive bony lesion."]
            if exam["key"] == "xr_l":
                pool += ["Facet joint arthropathy in the lower lumbar spine.", "Grade 1 anterolisthesis of L4 on L5.",
                         "The sacroiliac joints are unremarkable.", "No spondylolisthesis."]
            else:
                pool += ["Mild thoracic kyphosis.", "Exaggerated thoracic kyphosis.", "Costovertebral joints unremarkable."]
            k = r.randint(1, 3)
        elif kind == "cxr":
            pool = [("The lungs are clear.", "No focal consolidation.", "Hyperexpanded lungs in keeping with COPD.",
                     "Left basal atelectasis."), ("Heart size is normal.", "Cardiomegaly."),
                    ("No pleural effusion.", "Small left pleural effusion.", "Costophrenic angles are clear."),
                    "No pneumothorax.", ("Mediastinal contours are normal.", "Unfolded aorta.")]
            k = r.randint(2, 4)
        elif kind in ("ct_chest", "ctpa"):
            pool = CHEST_POOL + ([("No pulmonary embolus.", "No filling defect in the pulmonary arteries.",
                                   "Filling defects in the right lower lobe segmental arteries in keeping with pulmonary emboli."),
                                  "RV:LV ratio less than 1."] if kind == "ctpa" else [])
            k = r.randint(3, 5)
        elif kind in ("ct_ap", "ct_kub"):
            pool = ABDO_POOL + (PELVIS_F if sex == "F" else PELVIS_M)
            if kind == "ct_kub":
                pool = pool + [("No urinary tract calculus.", "A 4 mm calculus at the left vesicoureteric junction with mild hydroureter.",
                                "Non-obstructing 3 mm right lower pole renal calculus."), "Pelvic phleboliths."]
            k = r.randint(3, 6)
        elif kind == "ct_cap":
            pool = CHEST_POOL[:8] + ABDO_POOL + (PELVIS_F if sex == "F" else PELVIS_M)
            k = r.randint(4, 7)
        elif kind == "ct_spine":
            pool = ["Alignment is maintained.", "No prevertebral soft tissue swelling.", "The facet joints are congruent.",
                    "Small volume haemothorax on the partly imaged left side." if self.p(0.1) else "Partly imaged lung bases clear."]
            k = r.randint(1, 3)
        elif kind == "mri":
            pool = ["The cord is of normal calibre and signal.", "No significant foraminal stenosis.",
                    "Paraspinal muscles are normal.", "Normal alignment.", "Mild disc bulges without neural compromise."]
            if exam["key"] in ("mr_l", "mr_w"):
                pool += [self.ch(["Conus terminates normally at L1.", "Conus ends at the L1/2 level."]),
                         "Disc desiccation at L4/5 with a broad-based disc bulge causing mild canal stenosis.",
                         "Facet joint hypertrophy at L4/5.", "Small haemangioma in the L3 vertebral body.",
                         "Modic type 2 endplate change at L5/S1."]
            else:
                pool += ["Small central disc protrusion at T7/8 without cord compression.",
                         "Conus terminates normally.", "Small haemangioma in the T9 vertebral body."]
            k = r.randint(2, 4)
        elif kind == "dxa":
            ts = -r.randint(5, 35) / 10
            th = -r.randint(0, 30) / 10
            pool = []
            who = "osteoporosis" if min(ts, th) <= -2.5 else ("osteopenia" if min(ts, th) < -1 else "normal bone density")
            s = self.ch([f"Lumbar spine (L1-L4) T-score {ts:.1f}, Z-score {ts + 1.1:.1f}. Left total hip T-score {th:.1f}.",
                         f"L1-L4 BMD {0.6 + r.random() * 0.4:.3f} g/cm2, T-score {ts:.1f}. Femoral neck T-score {th:.1f}.",
                         f"Spine T-score {ts:.1f}; hip T-score {th:.1f}. WHO category: {who}."])
            extra = []
            if self.p(0.4):
                extra.append(f"FRAX 10-year probability of major osteoporotic fracture {r.randint(6, 35)}%, hip fracture {r.randint(1, 15)}.{r.randint(0, 9)}%.")
            return [s] + extra
        else:
            pool = ["Unremarkable."]
            k = 1
        return self.pick(pool, k)

    def pick(self, pool, k):
        """k distinct entries of a filler pool; a tuple entry contributes one of its alternatives."""
        k = min(k, len(pool))
        return [x if isinstance(x, str) else self.ch(x) for x in self.r.sample(pool, k)]

    def main_concl(self, ctx, kind, filler):
        if kind == "ctpa":
            return "Pulmonary emboli." if any("emboli" in f for f in filler) else self.ch(["No pulmonary embolus.", "No PE."])
        if kind in ("ct_chest", "ct_cap", "ct_ap", "ct_kub", "cxr"):
            return self.ch(["No other acute abnormality.", "No other significant abnormality.", None, None,
                            "No evidence of malignancy." if kind in ("ct_cap", "ct_chest") else None])
        return None


    # ------------------------------------------------------------------
    # Reports with no spine content at all (the bulk of a CT / CXR stream)
    # ------------------------------------------------------------------
    def nospine_report(self, ctx, pat):
        r = self.r
        sc = self.wch([("ct_ap", 20), ("ctpa", 13), ("cxr", 22), ("ct_kub", 8), ("knee", 6), ("hip", 6),
                       ("wrist", 5), ("shoulder", 3), ("ankle", 3), ("ct_head", 6), ("ct_chest", 5),
                       ("cxr_rib", 3)])
        ctx.has_prior = self.p(0.3)
        sex = ctx.sex
        abnormal = self.p(0.55)
        find, concl = [], []
        if sc == "ct_ap":
            exam = EXAMS["ct_ap"]
            sub = self.ch(["app", "app", "div", "sbo", "coll", "biliary"])
            ind = {"app": ["RIF pain, raised CRP, ?appendicitis.", "Right iliac fossa pain and fever.",
                           "Abdominal pain, vomiting, ?appendicitis."],
                   "div": ["LIF pain, ?diverticulitis.", "Left iliac fossa pain, raised inflammatory markers."],
                   "sbo": ["Distension and vomiting, ?small bowel obstruction.", "Previous laparotomy, colicky pain, ?SBO."],
                   "coll": ["Post-op day 5, ?collection.", "Spiking temperatures after anterior resection."],
                   "biliary": ["Deranged LFTs, ?biliary obstruction.", "Jaundice, weight loss."]}[sub]
            abn = {"app": ["The appendix is dilated (12 mm) with periappendiceal fat stranding, in keeping with acute appendicitis.",
                           "Thick-walled appendix with an appendicolith and adjacent free fluid, consistent with appendicitis."],
                   "div": ["Sigmoid diverticulitis with pericolic fat stranding. No abscess or free gas.",
                           "Complicated diverticulitis with a 3 cm pericolic abscess."],
                   "sbo": ["Dilated small bowel loops up to 4 cm with a transition point in the right iliac fossa, in keeping with adhesional obstruction.",
                           "Small bowel obstruction secondary to a left inguinal hernia."],
                   "coll": ["A 5 cm rim-enhancing pelvic collection adjacent to the anastomosis.",
                            "Small volume free fluid only, no drainable collection."],
                   "biliary": ["Dilated common bile duct (11 mm) with a distal obstructing stone.",
                               "Mass in the head of the pancreas with double duct dilatation."]}[sub]
            c_abn = {"app": "Acute appendicitis.", "div": "Acute sigmoid diverticulitis.", "sbo": "Small bowel obstruction.",
                     "coll": "Pelvic collection as described.", "biliary": "Biliary obstruction as described."}[sub]
            c_norm = {"app": "Normal appendix. No cause for pain identified.", "div": "No diverticulitis.",
                      "sbo": "No bowel obstruction.", "coll": "No collection.", "biliary": "No biliary dilatation."}[sub]
            pool = [x for x in ABDO_POOL if x != "Normal appendix."] + (PELVIS_F if sex == "F" else PELVIS_M)
            filler = self.pick(pool, r.randint(3, 6))
            if sub == "app" and not abnormal:
                filler.append("Normal appendix.")
        elif sc in ("ctpa", "ct_chest"):
            exam = EXAMS[sc]
            if sc == "ctpa":
                ind = ["?PE.", "Pleuritic chest pain, tachycardia, ?PE.", "Raised D-dimer, SOB.", "Haemoptysis and calf swelling."]
                abn = ["Filling defects within the right lower lobe segmental and subsegmental pulmonary arteries in keeping with acute pulmonary emboli.",
                       "Saddle embolus with extensive bilateral filling defects. RV:LV ratio 1.3 suggesting right heart strain.",
                       "Left lower lobe segmental pulmonary embolus. RV:LV ratio less than 1."]
                c_abn, c_norm = "Acute pulmonary emboli.", self.ch(["No pulmonary embolus.", "No PE. Right lower lobe collapse/consolidation."])
                filler = self.pick(CHEST_POOL, r.randint(2, 4))
                if not abnormal:
                    filler.insert(0, self.ch(["No pulmonary embolus to subsegmental level.", "Good opacification of the pulmonary arteries with no filling defect."]))
                if "collapse" in c_norm:
                    filler.append("Right lower lobe collapse/consolidation.")
            else:
                ind = ["Lung nodule follow-up.", "Haemoptysis, smoker.", "Persistent cough, abnormal CXR."]
                abn = ["A 14 mm spiculated nodule in the right upper lobe, suspicious for malignancy.",
                       "Left upper lobe mass with ipsilateral hilar lymphadenopathy.",
                       "Bilateral lower lobe reticulation and traction bronchiectasis in keeping with fibrosis."]
                c_abn, c_norm = "Findings as above; suggest respiratory MDT discussion.", "No significant abnormality. Stable nodule."
                filler = self.pick(CHEST_POOL, r.randint(3, 5))
        elif sc in ("cxr", "cxr_rib"):
            exam = EXAMS["cxr"]
            if sc == "cxr":
                ind = ["Cough, ?infection.", "Fever, productive cough.", "Shortness of breath.", "Pre-operative assessment.",
                       "Chest pain.", "?Pneumonia.", "Smoker, weight loss."]
                abn = ["Right lower zone consolidation in keeping with infection.", "Left lower lobe collapse.",
                       "Cardiomegaly with upper lobe venous diversion and small bilateral effusions.",
                       "Patchy bilateral airspace opacification.", "Right upper zone mass."]
                c_abn, c_norm = "Findings as described.", "No acute cardiopulmonary abnormality."
            else:
                ind = ["Fall, left chest wall pain.", "Fall, right-sided chest pain, ?rib fracture."]
                side = self.ch(["left", "right"])
                abn = [f"Acute fractures of the {side} {self.ch(ORDN[4:8])} and {self.ch(ORDN[8:11])} ribs. No pneumothorax.",
                       f"Displaced fracture of the {side} {self.ch(ORDN[5:10])} rib."]
                c_abn, c_norm = "Rib fractures as described.", "No rib fracture seen. No pneumothorax."
            filler = r.sample(["The lungs are clear.", "Heart size is normal.", "No pleural effusion.", "No pneumothorax.",
                               "Mediastinal contours are normal.", "Costophrenic angles are clear.", "Hyperexpanded lungs.",
                               "NG tube tip below the diaphragm.", "Unfolded aorta."], r.randint(2, 4))
        elif sc == "ct_kub":
            exam = EXAMS["ct_kub"]
            ind = ["?Renal colic.", "Left loin pain, haematuria.", "Right loin pain, ?stone."]
            side = self.ch(["left", "right"])
            abn = [f"A {r.randint(3, 9)} mm calculus in the {side} proximal ureter with mild hydronephrosis and perinephric stranding.",
                   f"A {r.randint(2, 6)} mm calculus at the {side} vesicoureteric junction with hydroureter."]
            c_abn, c_norm = "Obstructing ureteric calculus.", "No urinary tract calculus."
            filler = r.sample(["No renal calculi.", "Pelvic phleboliths.", "Normal appendix.", "The bladder is unremarkable.",
                               "Simple left renal cyst.", "The lung bases are clear.", "Sigmoid diverticulosis."], r.randint(2, 4))
        elif sc == "ct_head":
            exam = EXAMS["ct_head"]
            ind = ["Fall on anticoagulant.", "Confusion.", "Head injury, GCS 14.", "Headache, ?SAH."]
            abn = ["Acute left subdural haematoma measuring 8 mm with 3 mm midline shift.",
                   "Small right frontal contusion. No skull fracture.", "Undisplaced fracture of the left parietal bone."]
            c_abn, c_norm = "Acute intracranial finding as above.", "No acute intracranial abnormality."
            filler = r.sample(["No acute intracranial haemorrhage.", "Small vessel ischaemic changes.", "Age-appropriate involutional change.",
                               "The ventricles are normal in size.", "No skull fracture.", "Mucosal thickening in the maxillary sinuses."],
                              r.randint(2, 3))
            if abnormal:
                filler = [f for f in filler if "haemorrhage" not in f and "skull" not in f]
        else:
            exam = EXAMS["xr_" + sc]
            side = self.ch(["left", "right"])
            if sc == "knee":
                ind = ["Knee pain, ?OA.", "Twisting injury, swelling.", "Fall onto knee."]
                abn = ["Moderate medial compartment joint space narrowing with marginal osteophytes.",
                       "Tricompartmental osteoarthritis with loss of joint space.", "Undisplaced fracture of the lateral tibial plateau with lipohaemarthrosis."]
                c_abn, c_norm = "Findings as above.", "No fracture. Mild degenerative change."
                filler = r.sample(["Small joint effusion.", "No fracture.", "Chondrocalcinosis.", "Soft tissues unremarkable."], r.randint(1, 2))
            elif sc == "hip":
                ind = ["Fall, unable to weight bear, ?NOF fracture.", "Hip pain, ?OA.", "Fall at home, shortened externally rotated leg."]
                abn = [f"Displaced intracapsular fracture of the {side} femoral neck.",
                       f"Intertrochanteric fracture of the {side} femur.", "Fractures of the left superior and inferior pubic rami."]
                c_abn, c_norm = "Fracture as described.", "No fracture. Mild degenerative change of both hips."
                filler = r.sample(["Mild degenerative change of both hips.", "Vascular calcification.", "Osteopenia."], r.randint(1, 2))
            elif sc == "wrist":
                ind = ["FOOSH, ?scaphoid fracture.", "Fall onto outstretched hand.", "Wrist pain after a fall."]
                abn = ["Dorsally angulated fracture of the distal radius with an ulnar styloid fracture.",
                       "Undisplaced scaphoid waist fracture.", "Impacted distal radius fracture."]
                c_abn = "Fracture as described."
                c_norm = "No fracture seen. If clinical suspicion of scaphoid fracture persists, repeat imaging in 10-14 days is advised."
                filler = r.sample(["Soft tissue swelling.", "Osteopenia.", "Joint spaces preserved."], 1)
            elif sc == "shoulder":
                ind = ["Fall, shoulder pain.", "Reduced range of movement."]
                abn = [f"Fracture of the surgical neck of the {side} humerus.", "Anterior glenohumeral dislocation."]
                c_abn, c_norm = "As described.", "No fracture or dislocation."
                filler = r.sample(["Acromioclavicular joint degenerative change.", "No dislocation.", "Calcific tendinopathy."], 1)
            else:
                ind = ["Inversion injury.", "Fall, ankle swelling."]
                abn = ["Weber B fracture of the lateral malleolus.", "Avulsion fracture of the tip of the lateral malleolus."]
                c_abn, c_norm = "Fracture as described.", "No fracture."
                filler = r.sample(["Soft tissue swelling laterally.", "Ankle mortice congruent."], 1)
        ctx.exam = exam
        ctx.kind = exam["kind"]
        if abnormal:
            a = self.ch(abn)
            drop = {"No pneumothorax."} if "pneumothorax" in a else set()
            if sc == "cxr":
                drop.add("The lungs are clear.")
            if "fracture" in a:
                drop.add("No fracture.")
            filler = [a] + [f for f in filler if f not in drop]
            concl = [c_abn]
        else:
            concl = [c_norm]
        if sc in ("ct_ap", "ct_cap") and self.p(0.1):
            filler.append("No destructive bone lesion.")
        return dict(exam=exam, indication=self.ch(ind), technique=self.technique(ctx, exam),
                    comparison=self.comparison(ctx, None, spine=False), filler=filler, spine=[], concl=concl,
                    addendum=self.plain_addendum(ctx) if self.p(0.03) else None,
                    mentions=[], status=None, main_concl=None)

    # ------------------------------------------------------------------
    # Layout & noise
    # ------------------------------------------------------------------
    def layout(self, ctx, rep, exam):
        r = self.r
        hdr = ctx.hdr
        kind = exam["kind"]
        spine, filler = list(rep["spine"]), list(rep["filler"])
        # order findings
        if kind in ("xr_spine", "mri", "ct_spine"):
            if self.p(0.7):
                body = spine + filler
            else:
                body = filler + spine
        elif kind == "dxa":
            body = filler + (["VFA: " + spine[0]] + spine[1:] if spine and not spine[0].startswith(("VFA", "Vertebral fracture")) and self.p(0.5) else spine)
        else:
            if spine and self.p(0.2):
                body = spine + filler
            elif spine and kind.startswith("ct") and self.p(0.4):
                leads = ["Bones:", "Skeleton:", "Osseous structures:", "Bones and soft tissues:"]
                if not re.search(r"rib|clavic|humer|pubic|femur|femoral|iliac|lobe", " ".join(spine)):
                    leads.append("Spine:")
                lead = self.ch(leads)
                bony = [s for s in spine if SPINE_CONTENT_RE.search(s) or "fracture" in s]
                other = [s for s in spine if s not in bony]
                body = filler + other + ([lead + " " + " ".join(bony)] if bony else [])
            else:
                pos = r.randint(max(0, len(filler) - 2), len(filler))
                body = filler[:pos] + spine + filler[pos:]
        concl = []
        if rep.get("main_concl"):
            concl.append(rep["main_concl"])
        concl += rep["concl"]
        if kind in ("ct_chest", "ct_cap", "ct_ap", "ctpa", "ct_kub", "cxr") and rep["concl"] and rep["spine"] and self.p(0.25):
            concl = [c for c in concl if c not in rep["concl"]] or concl   # spine finding only in the body
        include_concl = bool(concl) and (hdr == "us" or self.p(0.8))
        if hdr == "none" and self.p(0.4):
            include_concl = False
        date_add = fmt_date(ctx.add_date, ctx.datefmt)
        lines = []
        title = None
        if self.p(0.3):
            title = self.ch([exam["name"].upper(), f"Examination: {exam['name']}", exam["name"]]) if hdr != "us" else f"EXAM: {exam['name'].upper()}"
        if hdr == "none":
            if title:
                lines.append(title)
            ind = rep["indication"].rstrip(".")
            if self.p(0.75):
                lines.append(self.ch([f"Referred with {ind[0].lower() + ind[1:] if not ind[:2].isupper() else ind}.",
                                      f"Clinical query: {ind}.", f"Request: {ind}.", f"{ind} (clinical details)."]))
            sent = body + (concl if include_concl else [])
            if ctx.layout == "lines":
                lines += sent
            else:
                lines.append(" ".join(sent))
        else:
            if hdr == "uk":
                H = dict(ind=self.ch(["Clinical details:", "Clinical history:", "History:", "Indication:",
                                      "Clinical information:", "Clinical indication:", "CLINICAL DETAILS:"]),
                         tech=self.ch(["Technique:", "Protocol:"]),
                         comp=self.ch(["Comparison:", "Previous imaging:", "Compared with:"]),
                         find=self.ch(["Findings:", "Report:", "Findings:", "FINDINGS:"]),
                         concl=self.ch(["Conclusion:", "Opinion:", "Impression:", "Comment:", "Summary:", "CONCLUSION:"]))
            else:
                H = dict(ind=self.ch(["INDICATION:", "HISTORY:", "CLINICAL HISTORY:", "INDICATION:"]),
                         tech="TECHNIQUE:", comp="COMPARISON:", find="FINDINGS:", concl="IMPRESSION:")
            inline = self.p(0.5)
            blank = self.p(0.5)

            def section(h, content_lines):
                if inline and len(content_lines) == 1:
                    lines.append(f"{h} {content_lines[0]}")
                else:
                    lines.append(h)
                    lines.extend(content_lines)
                if blank:
                    lines.append("")
            if title:
                lines.append(title)
                if blank:
                    lines.append("")
            section(H["ind"], [rep["indication"]])
            if rep["technique"]:
                section(H["tech"], [rep["technique"]])
            if rep["comparison"]:
                section(H["comp"], [rep["comparison"]])
            if ctx.layout == "lines":
                section(H["find"], body)
            else:
                section(H["find"], [" ".join(body)])
            if include_concl:
                if len(concl) > 1 and self.p(0.4):
                    cl = [f"{i + 1}. {c}" for i, c in enumerate(concl)]
                elif ctx.layout == "lines":
                    cl = concl
                else:
                    cl = [" ".join(concl)]
                section(H["concl"], cl)
        if self.p(0.35):
            rad = self.ch(RADIOLOGISTS)
            lines.append(self.ch([f"Reported by {rad}, Consultant Radiologist.", f"Electronically signed by {rad}.",
                                  f"{rad}, Consultant Radiologist", f"Dictated by {rad}."]))
        if rep.get("addendum"):
            while lines and lines[-1] == "":
                lines.pop()
            lines.append("")
            ah = self.ch(["Addendum:", "ADDENDUM:", f"Addendum ({date_add}):", f"Addendum by {self.ch(RADIOLOGISTS)}:",
                          "Supplementary report:"]) if hdr != "us" else self.ch(["ADDENDUM:", f"ADDENDUM ({date_add}):"])
            if self.p(0.5):
                lines.append(f"{ah} {rep['addendum']}")
            else:
                lines.append(ah)
                lines.append(rep["addendum"])
        while lines and lines[-1] == "":
            lines.pop()
        text = "\n".join(lines)
        if ctx.us:
            for a, b in US_SPELL:
                if a in text:
                    text = text.replace(a, b)
        return text

    _word_re = re.compile(r"[A-Za-z]{5,}")

    def noise(self, ctx, text):
        r = self.r
        x = r.random()
        if x < 0.09:
            # one or two typos in ordinary words (never in fracture / context vocabulary)
            lines = text.split("\n")
            for _ in range(r.randint(1, 2)):
                li = r.randrange(len(lines))
                line = lines[li]
                if line.endswith(":") or line.isupper():
                    continue
                words = [m for m in self._word_re.finditer(line) if not PROTECT_RE.search(m.group())]
                if not words:
                    continue
                m = self.ch(words)
                w = m.group()
                j = r.randrange(1, len(w) - 2)
                t = r.random()
                if t < 0.4:
                    w2 = w[:j] + w[j + 1] + w[j] + w[j + 2:]
                elif t < 0.7:
                    w2 = w[:j] + w[j + 1:]
                else:
                    w2 = w[:j] + w[j] + w[j:]
                lines[li] = line[:m.start()] + w2 + line[m.end():]
            text = "\n".join(lines)
        y = r.random()
        if y < 0.035:
            text = text.upper()
        elif y < 0.055:
            text = text.lower()
        if ctx.layout == "lines" and r.random() < 0.06:
            text = re.sub(r"\.(?=\n|$)", "", text)
        if r.random() < 0.03:
            text = text.replace(". ", ".  ", 2)
        return text


# --------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------
class CsvOut:
    def __init__(self, path, gold):
        self.f = open(path, "w", encoding="utf-8", newline="")
        self.w = csv.writer(self.f, lineterminator="\n")
        self.cols = CANON_COLS + (GOLD_COLS if gold else [])
        self.w.writerow(self.cols)

    def write(self, rec):
        self.w.writerow([rec[c] for c in self.cols])

    def close(self):
        self.f.close()


class FormatsOut:
    """Writes the same reports as JSONL, a folder of .txt, HL7 v2.5, a FHIR Bundle and FHIR ndjson."""

    def __init__(self, d, seed):
        os.makedirs(os.path.join(d, "txt"), exist_ok=True)
        self.d = d
        self.jsonl = open(os.path.join(d, "reports.jsonl"), "w", encoding="utf-8", newline="\n")
        self.meta_f = open(os.path.join(d, "txt", "metadata.csv"), "w", encoding="utf-8", newline="")
        self.meta = csv.writer(self.meta_f, lineterminator="\n")
        self.meta.writerow([c for c in CANON_COLS if c != "text"])
        self.hl7 = open(os.path.join(d, "reports.hl7"), "w", encoding="utf-8", newline="")
        self.bundle = open(os.path.join(d, "reports_bundle.json"), "w", encoding="utf-8", newline="\n")
        self.ndjson = open(os.path.join(d, "reports.ndjson"), "w", encoding="utf-8", newline="\n")
        ts = END.strftime("%Y%m%d") + "0000"
        self.n = 0
        self.hl7.write(f"FHS|^~\\&|SYNTH_RIS|SYNTH_HOSP|VFX_FINDER|FLS|{ts}||synthetic-{seed}.hl7\r")
        self.hl7.write(f"BHS|^~\\&|SYNTH_RIS|SYNTH_HOSP|VFX_FINDER|FLS|{ts}||BATCH-{seed}\r")
        self.bundle.write('{"resourceType": "Bundle", "id": "synthetic-%d", "type": "collection", "entry": [\n' % seed)
        self.first_entry = True
        self.seen_patients = set()

    STATUS = {"F": "final", "P": "preliminary", "C": "corrected"}

    def write(self, rec):
        self.n += 1
        canon = {c: rec[c] for c in CANON_COLS}
        canon["age"] = int(rec["age"])
        self.jsonl.write(json.dumps(canon, ensure_ascii=False) + "\n")
        rid = rec["report_id"]
        with open(os.path.join(self.d, "txt", rid + ".txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write(rec["text"] + "\n")
        self.meta.writerow([rec[c] for c in CANON_COLS if c != "text"])
        self.write_hl7(rec)
        self.write_fhir(rec)

    def write_hl7(self, rec):
        e = hl7_escape
        dtm = rec["exam_date"].replace("-", "") + rec["exam_time"]
        pid3 = f"{e(rec['patient_id'])}^^^SYNTH^MR"
        if rec["nhs_number"]:
            pid3 += f"~{rec['nhs_number']}^^^NHS^NH"
        seg = [f"MSH|^~\\&|SYNTH_RIS|SYNTH_HOSP|VFX_FINDER|FLS|{dtm}||ORU^R01^ORU_R01|{rec['report_id']}|P|2.5",
               f"PID|1||{pid3}||||{rec['date_of_birth'].replace('-', '')}|{rec['sex']}"]
        obr = ["OBR", "1", rec["report_id"], rec["report_id"], f"{e(rec['exam_code'])}^{e(rec['exam_name'])}",
               "", "", dtm] + [""] * 8 + [e(rec["referrer"])] + [""] * 7 + [rec["modality"], rec["report_status"]]
        seg.append("|".join(obr))
        for i, line in enumerate(rec["text"].split("\n"), 1):
            seg.append(f"OBX|{i}|TX|{e(rec['exam_code'])}^{e(rec['exam_name'])}|{i}|{e(line)}||||||{rec['report_status']}")
        self.hl7.write("\r".join(seg) + "\r")

    def patient(self, rec, pid_for_id):
        p = {"resourceType": "Patient", "id": pid_for_id, "identifier": []}
        if rec["nhs_number"]:
            p["identifier"].append({"system": "https://fhir.nhs.uk/Id/nhs-number", "value": rec["nhs_number"]})
        p["identifier"].append({"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                                "system": "urn:synthetic:mrn", "value": rec["patient_id"]})
        p["gender"] = "female" if rec["sex"] == "F" else "male" if rec["sex"] == "M" else "unknown"
        p["birthDate"] = rec["date_of_birth"]
        return p

    def diag(self, rec, subject_ref, contained=None):
        t = rec["exam_time"]
        dr = {"resourceType": "DiagnosticReport", "id": rec["report_id"]}
        # the referrer is the requester of the order the report is based on (not the performer)
        request = {"resourceType": "ServiceRequest", "id": "req", "status": "completed", "intent": "order",
                   "subject": {"reference": subject_ref}, "requester": {"display": rec["referrer"]}}
        dr["contained"] = ([contained] if contained else []) + [request]
        dr.update({
            "identifier": [{"system": "urn:synthetic:accession", "value": rec["report_id"]}],
            "status": self.STATUS.get(rec["report_status"], "final"),
            "category": [{"coding": [{"system": "urn:synthetic:modality", "code": rec["modality"]}], "text": rec["modality"]}],
            "code": {"coding": [{"system": "urn:synthetic:exam-code", "code": rec["exam_code"], "display": rec["exam_name"]}],
                     "text": rec["exam_name"]},
            "subject": {"reference": subject_ref},
            "effectiveDateTime": f"{rec['exam_date']}T{t[:2]}:{t[2:]}:00Z",
            "basedOn": [{"reference": "#req"}],
            "presentedForm": [{"contentType": "text/plain",
                               "data": base64.b64encode(rec["text"].encode("utf-8")).decode("ascii")}],
        })
        return dr

    def write_fhir(self, rec):
        entries = []
        pid = rec["patient_id"]
        if pid not in self.seen_patients:
            self.seen_patients.add(pid)
            entries.append({"fullUrl": f"http://example.org/fhir/Patient/{pid}", "resource": self.patient(rec, pid)})
        entries.append({"fullUrl": f"http://example.org/fhir/DiagnosticReport/{rec['report_id']}",
                        "resource": self.diag(rec, f"Patient/{pid}")})
        for en in entries:
            if not self.first_entry:
                self.bundle.write(",\n")
            self.first_entry = False
            self.bundle.write(json.dumps(en, ensure_ascii=False))
        self.ndjson.write(json.dumps(self.diag(rec, "#pat", self.patient(rec, "pat")), ensure_ascii=False) + "\n")

    def close(self):
        self.hl7.write(f"BTS|{self.n}\rFTS|1\r")
        self.bundle.write("\n]}\n")
        for f in (self.jsonl, self.meta_f, self.hl7, self.bundle, self.ndjson):
            f.close()


# --------------------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------------------
def main(argv=None):
    ap = argparse.ArgumentParser(description="Generate synthetic radiology reports with gold labels (deterministic).")
    ap.add_argument("--n", type=int, default=400, help="number of reports (default 400)")
    ap.add_argument("--seed", type=int, default=20261124, help="random seed (default 20261124)")
    ap.add_argument("--out", required=True, help="output CSV file")
    ap.add_argument("--gold", action="store_true", help="add gold_finding, gold_levels, gold_severity, gold_acuity")
    ap.add_argument("--formats", metavar="DIR", help="also write JSONL, txt folder, HL7 v2.5, FHIR Bundle and ndjson here")
    ap.add_argument("--mix", choices=["all", "mixed", "spine"], default="all",
                    help="all: balanced development mix; mixed: 70%% no spine content (CT/CXR stream); spine: spine-related only")
    a = ap.parse_args(argv)
    if a.n < 0:
        ap.error("--n must be >= 0")
    d = os.path.dirname(os.path.abspath(a.out))
    os.makedirs(d, exist_ok=True)
    gen = Gen(a.seed, a.mix)
    out = CsvOut(a.out, a.gold)
    fmt = FormatsOut(a.formats, a.seed) if a.formats else None
    stream = gen.stream()
    try:
        for _ in range(a.n):
            rec = next(stream)
            out.write(rec)
            if fmt:
                fmt.write(rec)
    finally:
        out.close()
        if fmt:
            fmt.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

