"""Which sentences of a news article are worth checking: transparent cue rules and a model.

A fact-checker looks first at sentences that say who claimed what ("said", "according to"),
carry figures (casualties, money, percentages), report harm or events, or hedge ("reportedly",
"allegedly": someone else's unverified word). Commentary ("this raises questions"),
speculation ("could", "would"), questions, headlines and site boilerplate are not claims.

Each cue (domain.claim_cues) is a named list of words with a weight; a sentence's score is the
sum of the weights of the cues it contains (each cue counted once), clamped to 0–1, and its
reason names the cues with the words that triggered them, so a user can see why it was
suggested. The weights and the threshold were tuned on the seed articles only; see
benchmarks/gold/README.md for the figures on articles they were not tuned on.

A linear model (the second half of this module) scores sentences too, combined with the cues
by ``assess_with_model``. One description of a sentence's features serves everything: the
trainer of the shipped model (benchmarks/train_checkworthiness.py hands ``features`` to
scikit-learn as its analyzer), the pure-Python trainer of ``annotator learn``
(services.suggestions) and the scorer here. So the scores of the shipped model are the
trainer's own, to the last digit (a test proves it).

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

from annotator.domain.claim_cues import CUES, Sentence
from annotator.domain.sentences import sentence_spans

# A sentence ends with terminal punctuation (and maybe closing quotes); headlines, captions of
# links and menu lines do not.
_CLOSERS = "\"'’”»)]"
_TERMINALS = ".!?…"


def _last_mark(sentence: str) -> str:
    """The last character before any closing quotes or brackets."""
    end = len(sentence)
    while end > 0 and (
        sentence[end - 1] in _CLOSERS or unicodedata.category(sentence[end - 1]) in ("Pf", "Pe")
    ):
        end -= 1
    return sentence[end - 1] if end else ""


HEADLINE_PENALTY = 0.5
QUESTION_PENALTY = 0.5
MIN_WORDS = 5
THRESHOLD = 0.35
# With a model: a sentence's score is MODEL_SHARE of the model's probability and the rest the
# cues' score (boilerplate and fragments stay out whatever the model says); fixed a priori,
# not tuned on any benchmark's test part.
MODEL_SHARE = 0.8
MODEL_THRESHOLD = 0.5

# Site furniture that scraped articles carry: never a claim, whatever cues it holds. Two
# scans per sentence: what furniture starts with, and what gives it away anywhere.
_BOILERPLATE_START = re.compile(
    r"leave a (?:reply|comment)"
    r"|(?:source|original|via) link\b"
    r"|(?:subscribe|sign up|register|log ?in|follow us|like us|share (?:this|on|it))\b"
    r"|(?:read more|related|see also|recommended|more from|also read|watch|listen|video"
    r"|live updates|photo|image|picture|credit|advertisement|sponsored|editor'?s note)\b"
    r"|(?:written|posted|published|reporting|edited|editing|compiled|produced) by\b"
    r"|(?:by|published|updated|posted)\b[^.!?]*$"
    r"|\[.*\]$",
    re.IGNORECASE,
)
_BOILERPLATE_ANYWHERE = re.compile(
    r"©|\bcopyright\b|\ball rights reserved\b|\bmay not be (?:re)?published\b"
    r"|\bcomments? (?:are|is) (?:closed|disabled)\b|\bclick here\b|\bnewsletter\b"
    r"|\bcookie|\bprivacy policy\b|\bterms of (?:use|service)\b"
    r"|\bctrl ?\+ ?enter\b|\bhighlight the text\b|\breaders like you\b"
    r"|\bsubscribe (?:now|today|to)\b|\bshare (?:it|this) with\b",
    re.IGNORECASE,
)
# Every match of _BOILERPLATE_ANYWHERE holds one of these: a substring test in the lower-cased
# sentence spares the regular expression on almost every sentence (it cost 35 µs each).
_BOILERPLATE_HINTS = (
    *("©", "copyright", "all rights", "may not be", "comment", "click here", "newsletter"),
    *("cookie", "privacy policy", "terms of", "ctrl", "highlight the text", "readers like"),
    *("subscribe", "share"),
)


@dataclass(frozen=True, slots=True)
class Assessment:
    score: float
    reason: str


@dataclass(frozen=True, slots=True)
class ClaimCandidate:
    start: int
    end: int
    score: float
    reason: str


def is_boilerplate(sentence: str) -> bool:
    if _BOILERPLATE_START.match(sentence):
        return True
    lower = sentence.lower()
    return any(hint in lower for hint in _BOILERPLATE_HINTS) and bool(
        _BOILERPLATE_ANYWHERE.search(sentence)
    )


def _excluded(sentence: str) -> Assessment | None:
    """Boilerplate and fragments: never a claim, whatever the cues or a model say."""
    if is_boilerplate(sentence):
        return Assessment(0.0, "site boilerplate")
    if len(sentence.split()) < MIN_WORDS:
        return Assessment(0.0, "too short to be a claim")
    return None


def assess(sentence: str) -> Assessment:
    """Score one sentence from 0 (not a claim) to 1 and name the cues that decided it."""
    excluded = _excluded(sentence)
    if excluded is not None:
        return excluded
    total = 0.0
    found: list[str] = []
    words = Sentence.of(sentence)
    for cue in CUES:
        trigger = cue.find(words)
        if trigger is not None:
            total += cue.weight
            found.append(f"{cue.name} “{_shorten(trigger)}”")
    last = _last_mark(sentence)
    if last == "?":
        total -= QUESTION_PENALTY
        found.append("a question")
    elif last not in _TERMINALS or not last:
        total -= HEADLINE_PENALTY
        found.append("no final punctuation (headline?)")
    score = round(min(1.0, max(0.0, total)), 3)
    return Assessment(score, "; ".join(found) if found else "no cues")


def _combined(sentence: str, probability: float) -> Assessment:
    cues = assess(sentence)
    score = round(MODEL_SHARE * probability + (1.0 - MODEL_SHARE) * cues.score, 3)
    reason = f"model {probability:.2f}" + ("" if cues.reason == "no cues" else f"; {cues.reason}")
    return Assessment(score, reason)


def assess_with_model(sentence: str, model: LinearModel) -> Assessment:
    """The model's probability combined with the cues; the reason starts with the model's
    ("model 0.91; figures “3,000”; attribution “said”")."""
    excluded = _excluded(sentence)
    if excluded is not None:
        return excluded
    return _combined(sentence, model.score(sentence))


def claim_candidates(
    text: str, threshold: float | None = None, model: LinearModel | None = None
) -> list[ClaimCandidate]:
    """Sentences of ``text`` scoring at least ``threshold``, in reading order; scored by the
    cues alone, or by ``model`` and the cues (threshold by default MODEL_THRESHOLD)."""
    if threshold is None:
        threshold = THRESHOLD if model is None else MODEL_THRESHOLD
    # With a model, a sentence whose probability cannot reach the threshold even with every
    # cue (cues score at most 1) is passed by without scanning for cues: most sentences are
    # not claims, and the cues cost twice what the model does. The margin covers rounding.
    reachable = (threshold - (1.0 - MODEL_SHARE) - 0.001) / MODEL_SHARE
    found = []
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        if model is None:
            assessment = assess(sentence)
        elif _excluded(sentence) is not None:
            continue
        else:
            probability = model.score(sentence)
            if probability < reachable:
                continue
            assessment = _combined(sentence, probability)
        if assessment.score >= threshold and assessment.score > 0:
            found.append(ClaimCandidate(start, end, assessment.score, assessment.reason))
    return found


def _shorten(value: str, limit: int = 30) -> str:
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1] + "…"


# --- the linear model -------------------------------------------------------------------

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
    # per feature (idf, idf · weight): one look-up per feature when scoring
    _table: dict[str, tuple[float, float]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        weights = self.weights
        self._table = {n: (v, v * weights.get(n, 0.0)) for n, v in self.idf.items()}

    def score(self, sentence: str) -> float:
        """The probability (0–1) that the sentence is a check-worthy factual claim."""
        return self.score_features(Counter(features(sentence)))

    def score_features(self, counts: Counter[str] | dict[str, int]) -> float:
        """The same as ``vector`` then a dot product with the weights, in one pass:
        Σ tf·idf·w / ‖tf·idf‖."""
        table = self._table
        squares = dot = 0.0
        for name, count in counts.items():
            entry = table.get(name)
            if entry is not None:
                tf = 1.0 + math.log(count) if count > 1 else 1.0
                value = tf * entry[0]
                squares += value * value
                dot += tf * entry[1]
        if squares == 0.0:
            return logistic(self.bias)
        return logistic(self.bias + dot / math.sqrt(squares))

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
