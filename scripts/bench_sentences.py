#!/usr/bin/env python3
"""Time sentence splitting choices on real-looking reports (the synthetic dev set by default).

    python scripts/bench_sentences.py [--input data/synthetic/dev_reports.csv] [--n 1000]

Compares: vfx_sentences (the project's radiology splitter), spaCy's rule-based
sentencizer, and PyRuSH (medspaCy's default), each after spaCy's tokenizer. Prints
ms per report and how many sentence starts each finds.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", default=str(ROOT / "data" / "synthetic" / "dev_reports.csv"))
    ap.add_argument("--n", type=int, default=1000)
    args = ap.parse_args()
    from loguru import logger

    logger.disable("PyRuSH")
    import medspacy  # noqa: F401  registers medspacy_pyrush
    import spacy

    import vfx_finder.nlp.sentences  # noqa: F401  registers vfx_sentences

    with open(args.input, newline="", encoding="utf-8") as fh:
        texts = [row["text"] for _, row in zip(range(args.n), csv.DictReader(fh))]
    choices = {}
    nlp = spacy.blank("en")
    nlp.add_pipe("vfx_sentences")
    choices["vfx_sentences"] = nlp
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    choices["spacy sentencizer"] = nlp
    nlp = spacy.blank("en")
    nlp.add_pipe("medspacy_pyrush")
    choices["PyRuSH (medspaCy default)"] = nlp
    tok = spacy.blank("en")
    t0 = time.perf_counter()
    for t in texts:
        tok(t)
    base = (time.perf_counter() - t0) / len(texts) * 1000
    print(f"{len(texts)} reports from {args.input}; tokenizer alone {base:.3f} ms/report")
    for name, nlp in choices.items():
        for t in texts[:20]:
            nlp(t)
        t0 = time.perf_counter()
        starts = 0
        for t in texts:
            starts += sum(1 for tok_ in nlp(t) if tok_.is_sent_start)
        ms = (time.perf_counter() - t0) / len(texts) * 1000
        print(f"{name:<28} {ms:7.3f} ms/report (splitting {ms - base:6.3f})  sentences {starts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
