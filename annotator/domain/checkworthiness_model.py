"""A linear check-worthiness model in pure Python: features, TF-IDF weighting and scoring.

One description of a sentence's features serves everything: the trainer of the shipped model
(benchmarks/train_checkworthiness.py hands ``features`` to scikit-learn as its analyzer), the
pure-Python trainer of ``annotator learn`` (services.suggestions) and the scorer here. So the
scores of the shipped model are the trainer's own, to the last digit (a test proves it).

Features of a sentence, lower-cased after Unicode NFKC: its words (``\\w+`` runs, digits turned
into ``0`` so "1,200" and "3,400" share a shape) and punctuation marks, and its word pairs.
A model keeps, per feature, an inverse document frequency and a weight; a sentence's vector is
the sublinear TF-IDF (1 + log tf) · idf of its known features, L2-normalised, and its score is
the logistic of the weights' dot product plus the bias. No numpy: a sentence scores in ~0.1 ms.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

FORMAT = "factcheck-annotator/checkworthiness-model"
FORMAT_VERSION = 1

_TOKEN = re.compile(r"\w+|[^\w\s]")
_DIGIT = re.compile(r"\d")


class ModelUnreadable(ValueError):
    """The stored model is not a check-worthiness model this version can read."""


def tokens(sentence: str) -> list[str]:
    """Lower-cased words and punctuation marks, digits replaced by 0."""
    text = unicodedata.normalize("NFKC", sentence).lower()
    return [_DIGIT.sub("0", token) for token in _TOKEN.findall(text)]


def features(sentence: str) -> list[str]:
    """The feature names of a sentence, with repetitions (term frequencies)."""
    words = tokens(sentence)
    found = [f"w:{word}" for word in words]
    found += [f"b:{a} {b}" for a, b in pairwise(words)]
    return found


def vector(counts: Counter[str] | dict[str, int], idf: dict[str, float]) -> dict[str, float]:
    """Sublinear TF-IDF over the features in ``idf``, L2-normalised (empty if none is known)."""
    values = {
        name: (1.0 + math.log(count)) * idf[name] for name, count in counts.items() if name in idf
    }
    norm = math.sqrt(sum(v * v for v in values.values()))
    if norm == 0.0:
        return {}
    return {name: v / norm for name, v in values.items()}


def logistic(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@dataclass(slots=True)
class LinearModel:
    """Per feature an idf and a weight; a bias; and what it was trained on and how good it is."""

    idf: dict[str, float]
    weights: dict[str, float]
    bias: float
    meta: dict[str, object] = field(default_factory=dict)

    def score(self, sentence: str) -> float:
        """The probability (0–1) that the sentence is a check-worthy factual claim."""
        return self.score_features(Counter(features(sentence)))

    def score_features(self, counts: Counter[str] | dict[str, int]) -> float:
        x = vector(counts, self.idf)
        weights = self.weights
        return logistic(self.bias + sum(v * weights.get(name, 0.0) for name, v in x.items()))

    # --- the file format (compact JSON) -----------------------------------------------------

    def to_json(self) -> str:
        names = sorted(self.idf)
        document = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "meta": self.meta,
            "bias": self.bias,
            # feature → [idf, weight], rounded where the scores do not feel it
            "features": {n: [self.idf[n], self.weights.get(n, 0.0)] for n in names},
        }
        return json.dumps(document, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> LinearModel:
        """Raises ModelUnreadable when ``text`` is not a model of this format."""
        try:
            document = json.loads(text)
        except (ValueError, TypeError) as error:
            raise ModelUnreadable(f"not JSON: {error}") from error
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise ModelUnreadable("not a check-worthiness model")
        if document.get("format_version") != FORMAT_VERSION:
            raise ModelUnreadable(f"unknown model version {document.get('format_version')!r}")
        try:
            bias = float(document["bias"])
            idf: dict[str, float] = {}
            weights: dict[str, float] = {}
            for name, (inverse, weight) in document["features"].items():
                idf[str(name)] = float(inverse)
                weights[str(name)] = float(weight)
            meta = document.get("meta") or {}
            if not isinstance(meta, dict):
                raise TypeError("meta is not an object")
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ModelUnreadable(f"malformed model: {error}") from error
        if not all(math.isfinite(v) for v in (bias, *idf.values(), *weights.values())):
            raise ModelUnreadable("malformed model: a number is not finite")
        return cls(idf, weights, bias, meta)
