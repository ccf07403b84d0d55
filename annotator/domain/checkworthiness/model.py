"""The check-worthiness model: a sentence's words and its context, weighed by a linear model.

One description of a sentence's features serves everything: the trainer of the shipped model
(benchmarks/train_checkworthiness.py hands ``features`` to scikit-learn as its analyzer), the
pure-Python learner of ``annotator learn`` (services.suggestions.claim_model) and the scorer
here. So the scores of the shipped model are the trainer's own, to the last digit (a test
proves it).

**Words.** Features of a sentence, lower-cased after Unicode NFKC: its words (``\\w+`` runs,
digits turned into ``0`` so "1,200" and "3,400" share a shape) and punctuation marks, and its
word pairs. Per feature an inverse document frequency and a weight; the sentence's vector is the
sublinear TF-IDF (1 + log tf) · idf of its known features, L2-normalised; its **lexical
score** L is the bias plus the weights' dot product with it (a logit).

**Context.** The sentence's place among its neighbours and, in a transcript, its speaker are
**signals** (domain.checkworthiness.context), computed from the sentences around it and their
lexical scores. The score of sentence *i* is the logistic of

    offset + own · L(i) + extra(i) + Σ signal weight · signal(i)

where ``extra`` is a second bag of words with its own idf and weights: the words a desk's own
claims taught (``annotator learn`` keeps the shipped model's L as it is and learns ``extra``,
the offset and the signal weights, starting from the shipped ones). A model of format 1 has
words alone (own 1, offset 0, no signals): such a model stored by an older version still works.
No numpy: a sentence scores in ~0.1 ms.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from annotator.domain.checkworthiness.context import signals as context_signals

FORMAT = "factcheck-annotator/checkworthiness-model"
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)

_TOKEN = re.compile(r"\w+|[^\w\s]")
_DIGIT = re.compile(r"\d")

Counts = Counter[str] | dict[str, int]


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


def vector(counts: Counts, idf: Mapping[str, float]) -> dict[str, float]:
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


@dataclass(eq=False, slots=True)
class Bag:
    """A bag of words weighed: per feature an idf and a weight."""

    idf: dict[str, float]
    weights: dict[str, float]
    # per feature (idf, idf · weight): one look-up per feature when scoring
    _table: dict[str, tuple[float, float]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        weights = self.weights
        self._table = {n: (v, v * weights.get(n, 0.0)) for n, v in self.idf.items()}

    def dot(self, counts: Counts) -> float:
        """The same as ``vector`` then a dot product with the weights, in one pass:
        Σ tf·idf·w / ‖tf·idf‖ (0 when no feature is known)."""
        table = self._table
        squares = dot = 0.0
        for name, count in counts.items():
            entry = table.get(name)
            if entry is not None:
                tf = 1.0 + math.log(count) if count > 1 else 1.0
                value = tf * entry[0]
                squares += value * value
                dot += tf * entry[1]
        return dot / math.sqrt(squares) if squares else 0.0

    def as_json(self) -> dict[str, list[float]]:
        return {
            n: [_short(self.idf[n]), _short(self.weights.get(n, 0.0))] for n in sorted(self.idf)
        }


@dataclass(eq=False, slots=True)
class LinearModel:
    """The lexical part (per feature an idf and a weight, and a bias), how much of it counts,
    the weights of the context signals, a desk's own bag of words, and what it was trained on
    and how good it is. Compared by identity: the suggestions cache by the model in use."""

    idf: dict[str, float]
    weights: dict[str, float]
    bias: float
    meta: dict[str, object] = field(default_factory=dict)
    own: float = 1.0
    offset: float = 0.0
    signals: dict[str, float] = field(default_factory=dict)
    extra: Bag | None = None
    words: Bag = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.words = Bag(self.idf, self.weights)

    @property
    def reads_context(self) -> bool:
        return bool(self.signals)

    def lexical(self, counts: Counts) -> float:
        """The logit of the words alone (L)."""
        return self.bias + self.words.dot(counts)

    def score(self, sentence: str) -> float:
        """The probability (0–1) that a sentence standing alone is a check-worthy claim."""
        return self.score_sentences([sentence])[0]

    def score_sentences(
        self, sentences: Sequence[str], speakers: Sequence[str | None] | None = None
    ) -> list[float]:
        """The probability of each sentence of a text, in its context (``sentences`` in
        reading order; ``speakers`` None outside transcripts)."""
        counts = [Counter(features(s)) for s in sentences]
        lexical = [self.lexical(c) for c in counts]
        if not self.reads_context:
            return [logistic(self._logit(c, z, {})) for c, z in zip(counts, lexical, strict=True)]
        found = context_signals(
            sentences, speakers or [None] * len(sentences), [logistic(z) for z in lexical]
        )
        return [
            logistic(self._logit(c, z, s)) for c, z, s in zip(counts, lexical, found, strict=True)
        ]

    def logit(self, counts: Counts, signals: Mapping[str, float]) -> float:
        """The score's logit for a sentence's features and signals (as the learner sees it)."""
        return self._logit(counts, self.lexical(counts), signals)

    def _logit(self, counts: Counts, lexical: float, signals: Mapping[str, float]) -> float:
        z = self.offset + self.own * lexical
        if self.extra is not None:
            z += self.extra.dot(counts)
        weights = self.signals
        for name, value in signals.items():
            z += weights.get(name, 0.0) * value
        return z

    # --- the file format (compact JSON) -----------------------------------------------------

    def to_json(self) -> str:
        document: dict[str, object] = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "meta": self.meta,
            "bias": self.bias,
            "own": self.own,
            "offset": self.offset,
            "signals": dict(sorted(self.signals.items())),
            # feature → [idf, weight], to 10 significant digits
            "features": self.words.as_json(),
        }
        if self.extra is not None:
            document["extra"] = self.extra.as_json()
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
        if document.get("format_version") not in READABLE_VERSIONS:
            raise ModelUnreadable(f"unknown model version {document.get('format_version')!r}")
        try:
            bias = float(document["bias"])
            idf, weights = _bag(document["features"])
            own = float(document.get("own", 1.0))
            offset = float(document.get("offset", 0.0))
            signals = {str(k): float(v) for k, v in (document.get("signals") or {}).items()}
            extra = Bag(*_bag(document["extra"])) if document.get("extra") else None
            meta = document.get("meta") or {}
            if not isinstance(meta, dict):
                raise TypeError("meta is not an object")
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ModelUnreadable(f"malformed model: {error}") from error
        numbers = [bias, own, offset, *idf.values(), *weights.values(), *signals.values()]
        if extra is not None:
            numbers += [*extra.idf.values(), *extra.weights.values()]
        if not all(math.isfinite(v) for v in numbers):
            raise ModelUnreadable("malformed model: a number is not finite")
        return cls(idf, weights, bias, meta, own, offset, signals, extra)


def _short(value: float) -> float:
    """10 significant digits: a third of a model file's size, and no score moves by 1e-9."""
    return float(f"{value:.10g}")


def _bag(features: Mapping[str, Sequence[float]]) -> tuple[dict[str, float], dict[str, float]]:
    idf: dict[str, float] = {}
    weights: dict[str, float] = {}
    for name, (inverse, weight) in features.items():
        idf[str(name)] = float(inverse)
        weights[str(name)] = float(weight)
    return idf, weights
