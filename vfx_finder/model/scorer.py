"""The second reader at run time: a compact linear scorer in Python and numpy (no scikit-learn, SciPy or pandas).

``train`` writes, beside ``model.skops`` (the scikit-learn Pipeline: the source of truth for
training, evaluation and the card), ``scorer.json.gz``: what the fitted Pipeline computes, as
data: per TF-IDF vectoriser its terms in feature order with their idf and logistic-regression
coefficient, the one-hot rule-feature coefficients, the intercept and the sigmoid calibration.
``LinearScorer`` reproduces ``Pipeline.predict_proba`` from it (tests/unit/test_model.py: every
training and held-out report within 1e-6; the Pipeline computes its TF-IDF in float32, this in
float64) with scikit-learn's analysers (word ``(?u)\\b\\w+\\b`` 1-2-grams, ``char_wb`` 3-5-grams),
sublinear tf (1 + ln count), idf, l2 norm per vectoriser, the dot with the coefficients, then
``p = 1 / (1 + exp(a * f + b))``. Loading it is a gzipped JSON read (no pickle, nothing executed).
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import chain
from pathlib import Path

import numpy as np

from vfx_finder.model.errors import ModelError
from vfx_finder.model.features import RULE_COLUMNS, TEXT_COLUMN, rule_features, spine_window

SCORER_FILE = "scorer.json.gz"
FORMAT = "vfx-finder linear scorer 1"
#: words whose char n-gram features are cached per process (radiology wording repeats; bounded memory)
WORD_CACHE_SIZE = 50_000


class _Vectoriser:
    """One fitted TF-IDF vectoriser as data: vocabulary -> feature index, idf and coefficient per feature."""

    def __init__(self, spec: Mapping, where: str) -> None:
        self.name = str(spec["name"])
        self.analyzer = spec["analyzer"]
        lo, hi = (int(n) for n in spec["ngram_range"])
        self.ngram_range = (lo, hi)
        terms, idf, coef = spec["terms"], spec["idf"], spec["coef"]
        if not (len(terms) == len(idf) == len(coef)) or self.analyzer not in ("word", "char_wb") or lo < 1 or hi < lo:
            raise ModelError(f"scorer file {where} is inconsistent (vectoriser {self.name}); retrain the model")
        if self.analyzer == "word" and (lo, hi) != (1, 2):
            raise ModelError(f"scorer file {where}: word n-grams other than 1-2 are not supported; retrain the model")
        self.terms: list[str] = [str(t) for t in terms]
        self.vocabulary = {t: i for i, t in enumerate(self.terms)}
        if len(self.vocabulary) != len(self.terms):
            raise ModelError(f"scorer file {where} repeats a term (vectoriser {self.name}); retrain the model")
        self.idf = [float(x) for x in idf]
        self.coef = [float(x) for x in coef]
        self.idf_array = np.asarray(self.idf, dtype=float)
        self.coef_array = np.asarray(self.coef, dtype=float)
        self.token_pattern = re.compile(spec.get("token_pattern") or r"(?u)\b\w+\b")
        self._words: dict[str, tuple[int, ...]] = {}

    # --- scikit-learn's analysers (sklearn.feature_extraction.text), counting only in-vocabulary terms

    def _word_ids(self, doc: str) -> list[int]:
        vocab = self.vocabulary
        tokens = self.token_pattern.findall(doc.lower())
        grams = chain(tokens, (f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)))
        return [j for j in map(vocab.get, grams) if j is not None]

    def _char_word(self, word: str) -> tuple[int, ...]:
        """In-vocabulary ids of one word's char_wb n-grams (sklearn's ``_char_wb_ngrams`` for one word)."""
        vocab = self.vocabulary
        lo, hi = self.ngram_range
        w = " " + word + " "
        w_len = len(w)
        out: list[int] = []
        for n in range(lo, hi + 1):
            offset = 0
            j = vocab.get(w[0:n])
            if j is not None:
                out.append(j)
            while offset + n < w_len:
                offset += 1
                j = vocab.get(w[offset : offset + n])
                if j is not None:
                    out.append(j)
            if offset == 0:  # a short word (w_len < n) counts once
                break
        return tuple(out)

    def _char_ids(self, doc: str) -> list[tuple[int, ...]]:
        cache = self._words
        out = []
        # sklearn first folds runs of whitespace into one space, then splits on whitespace: the same words
        for w in doc.lower().split():
            ids = cache.get(w)
            if ids is None:
                if len(cache) >= WORD_CACHE_SIZE:
                    cache.clear()
                ids = cache[w] = self._char_word(w)
            out.append(ids)
        return out

    def counts(self, doc: str) -> Counter:
        """Feature index -> count of the in-vocabulary n-grams of ``doc``."""
        if self.analyzer == "word":
            return Counter(self._word_ids(doc))
        return Counter(chain.from_iterable(self._char_ids(doc)))

    def weights(self, doc: str) -> dict[int, float]:
        """Feature index -> l2-normalised sublinear TF-IDF weight (the vectoriser's ``transform`` row)."""
        idf = self.idf
        raw = {j: (1.0 + math.log(c)) * idf[j] for j, c in self.counts(doc).items()}
        norm = math.sqrt(math.fsum(w * w for w in raw.values()))
        return {j: w / norm for j, w in raw.items()} if norm > 0 else {}

    def decisions(self, docs: Sequence[str]) -> np.ndarray:
        """This vectoriser's share of the linear decision function for each of ``docs`` (one numpy pass)."""
        ids: list[int] = []
        counts: list[int] = []
        lengths: list[int] = []
        for doc in docs:
            c = self.counts(doc) if doc else {}
            ids.extend(c.keys())
            counts.extend(c.values())
            lengths.append(len(c))
        n = len(docs)
        if not ids:
            return np.zeros(n)
        j = np.fromiter(ids, dtype=np.intp, count=len(ids))
        doc_of = np.repeat(np.arange(n), lengths)
        w = (1.0 + np.log(np.fromiter(counts, dtype=float, count=len(counts)))) * self.idf_array[j]
        sq = np.bincount(doc_of, weights=w * w, minlength=n)
        dot = np.bincount(doc_of, weights=w * self.coef_array[j], minlength=n)
        return np.divide(dot, np.sqrt(sq), out=np.zeros(n), where=sq > 0)


class LinearScorer:
    """A second reader loaded from ``scorer.json.gz``: probabilities and evidence phrases without scikit-learn."""

    def __init__(self, data: Mapping, where: str = "scorer") -> None:
        if data.get("format") != FORMAT:
            raise ModelError(f"scorer file {where} is not a '{FORMAT}' file; retrain the model")
        try:
            self.vectorisers = [_Vectoriser(v, where) for v in data["vectorisers"]]
            rules = data["rules"]
            self.rule_columns = tuple(rules["columns"])
            if self.rule_columns != RULE_COLUMNS or len(rules["categories"]) != len(rules["coef"]):
                raise ModelError(f"scorer file {where} has other rule features than this version; retrain the model")
            self.rule_coef: list[dict[str, float]] = []
            for cats, coefs in zip(rules["categories"], rules["coef"], strict=True):
                if len(cats) != len(coefs):
                    raise ModelError(f"scorer file {where} is inconsistent (rule features); retrain the model")
                self.rule_coef.append({str(c): float(x) for c, x in zip(cats, coefs, strict=True)})
            self.intercept = float(data["intercept"])
            cal = data["calibration"]
            if cal.get("method") != "sigmoid":
                raise ModelError(f"scorer file {where}: only sigmoid calibration is supported; retrain the model")
            self.a, self.b = float(cal["a"]), float(cal["b"])
        except (KeyError, TypeError, ValueError) as err:
            raise ModelError(f"scorer file {where} is incomplete ({type(err).__name__}); retrain the model") from None
        names = [v.name for v in self.vectorisers]
        self._word = self.vectorisers[names.index("word")] if "word" in names else None

    def decisions(self, windows: Sequence[str], rules: Sequence[Mapping[str, str]]) -> np.ndarray:
        """The logistic regression's decision function for spine windows and their rule features."""
        f = np.full(len(windows), self.intercept)
        for v in self.vectorisers:
            f += v.decisions(windows)
        for i, r in enumerate(rules):
            for col, coef in zip(self.rule_columns, self.rule_coef, strict=True):
                f[i] += coef.get(r[col], 0.0)  # an unknown category is ignored (OneHotEncoder handle_unknown)
        return f

    def calibrate(self, f: np.ndarray) -> np.ndarray:
        """The sigmoid calibration ``1 / (1 + exp(a * f + b))`` (overflow-safe, as scipy's expit)."""
        z = self.a * np.asarray(f, dtype=float) + self.b
        e = np.exp(-np.abs(z))
        return np.where(z <= 0, 1.0 / (1.0 + e), e / (1.0 + e))

    def probabilities(self, texts: Sequence[str], rows: Sequence[Mapping[str, str]]) -> np.ndarray:
        """Probabilities that reports (parallel texts and rule decision rows) are case-finding positive."""
        if len(texts) != len(rows):
            raise ValueError("texts and rows differ in length")
        return self.calibrate(self.decisions([spine_window(t) for t in texts], [rule_features(r) for r in rows]))

    def probabilities_of_features(self, records: Sequence[Mapping[str, str]]) -> np.ndarray:
        """Probabilities for model input rows (``features.report_features``: spine_text plus the r_* columns)."""
        return self.calibrate(self.decisions([r[TEXT_COLUMN] for r in records], records))

    def top_phrases(self, text: str, k: int = 5) -> list[str]:
        """The ``k`` word n-grams present in the report's spine sentences that push its score up most."""
        window = spine_window(text)
        if not window or self._word is None:
            return []
        v = self._word
        contrib = [(w * v.coef[j], j) for j, w in v.weights(window).items()]
        contrib.sort(key=lambda t: (-t[0], t[1]))  # as the Pipeline's: by weight, ties by feature index
        return [v.terms[j] for c, j in contrib[:k] if c > 0]


def write_scorer(data: Mapping, path: Path) -> None:
    """Write scorer data as gzipped JSON (byte-identical for identical data: no timestamp in the gzip header)."""
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    Path(path).write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))


def read_scorer(path: Path) -> LinearScorer:
    """A ``LinearScorer`` from a ``scorer.json.gz`` file (JSON only: nothing in it is executed)."""
    path = Path(path)
    try:
        data = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    except (OSError, EOFError, ValueError, UnicodeDecodeError) as err:
        raise ModelError(f"scorer file {path} is unreadable ({type(err).__name__}); retrain the model") from None
    if not isinstance(data, dict):
        raise ModelError(f"scorer file {path} is not a '{FORMAT}' file; retrain the model")
    return LinearScorer(data, str(path))
