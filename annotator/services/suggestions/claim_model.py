"""Which check-worthiness model suggests claims, and learning one from this desk's own claims.

The shipped model (resources/models/, trained on ClaimBuster) is used until ``learn`` has
stored a model in the database; a stored model that cannot be read is ignored with a logged
warning. Learning takes the database's own annotations as examples:

- positives: the sentences inside claims whose ``checkworthy`` is not false (a claim shorter
  than its sentence gives the claim's quote);
- negatives: sentences of finished (``done``) articles outside every claim, sentences of
  claims marked not check-worthy, and rejected claim suggestions.

The learner is a sparse logistic regression trained by stochastic gradient descent, in pure
Python, over the features of domain.checkworthiness: a few thousand sentences take
seconds. Its quality is estimated by 5-fold cross-validation before it is stored.
"""

from __future__ import annotations

import logging
import math
import random
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from annotator.domain.checkworthiness import (
    LinearModel,
    ModelUnreadable,
    features,
    is_boilerplate,
    vector,
)
from annotator.domain.errors import AnnotatorError
from annotator.domain.sentences import sentence_spans
from annotator.domain.timestamps import now_timestamp
from annotator.resources import resource_path
from annotator.storage.database import Database
from annotator.storage.repositories.learning_repository import AnnotatedText, LearningRepository

log = logging.getLogger(__name__)

MIN_POSITIVES = 50
MIN_NEGATIVES = 50
FOLDS = 5
EPOCHS = 12
L2 = 1e-4
MIN_DF = 2
MAX_FEATURES = 30_000
SEED = 13

Progress = Callable[[int, int], None]  # done, total


class NotEnoughExamples(AnnotatorError):
    """Too few annotated sentences to learn from; the model in use stays."""


class LearningCancelled(AnnotatorError):
    """The user stopped learning; the model in use stays."""


@cache
def shipped_model() -> LinearModel:
    """The model trained on ClaimBuster that ships with the program."""
    path = resource_path("models", "checkworthiness-claimbuster.json")
    return LinearModel.from_json(path.read_text(encoding="utf-8"))


# --- examples ------------------------------------------------------------------------------


def _inside(span: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    return any(min(span[1], e) - max(span[0], s) > 0 for s, e in spans)


def examples_from(texts: Iterable[AnnotatedText]) -> list[tuple[str, int]]:
    """(sentence, 1 or 0) for every annotated article, in a stable order."""
    examples: list[tuple[str, int]] = []
    for article in texts:
        text = article.text
        claimed = [(s, e) for s, e, _ in article.claims]
        sentences = [span for span in sentence_spans(text) if text[span[0] : span[1]].strip()]
        for start, end, checkworthy in article.claims:
            label = 0 if checkworthy is False else 1
            inside = [(s, e) for s, e in sentences if _inside((s, e), [(start, end)])]
            for s, e in inside or [(start, end)]:
                examples.append((text[max(s, start) : min(e, end)], label))
        for start, end in article.rejected:
            if not _inside((start, end), claimed):
                examples.append((text[start:end], 0))
        if article.done:
            for s, e in sentences:
                sentence = text[s:e]
                if not _inside((s, e), claimed) and not is_boilerplate(sentence):
                    examples.append((sentence, 0))
    return [(sentence, label) for sentence, label in examples if sentence.strip()]


# --- the learner ---------------------------------------------------------------------------


def train(
    examples: list[tuple[str, int]],
    progress: Progress | None = None,
    meta: dict[str, object] | None = None,
) -> LinearModel:
    """A logistic regression over sublinear TF-IDF features, by SGD with balanced classes."""
    counted = [(Counter(features(sentence)), label) for sentence, label in examples]
    frequency: Counter[str] = Counter()
    for counts, _ in counted:
        frequency.update(counts.keys())
    kept = [name for name, df in frequency.most_common(MAX_FEATURES) if df >= MIN_DF]
    n = len(counted)
    idf = {name: math.log((1 + n) / (1 + frequency[name])) + 1.0 for name in kept}
    vectors = [(list(vector(counts, idf).items()), label) for counts, label in counted]
    positives = sum(label for _, label in vectors)
    negatives = n - positives
    class_weight = {1: n / (2 * max(1, positives)), 0: n / (2 * max(1, negatives))}

    weights: dict[str, float] = {}
    scale = 1.0  # the true weights are scale · weights (lazy L2 decay, Bottou's trick)
    bias = 0.0
    order = list(range(n))
    shuffle = random.Random(SEED).shuffle
    step = 0
    for epoch in range(EPOCHS):
        shuffle(order)
        for i in order:
            x, label = vectors[i]
            eta = 1.0 / (L2 * (step + 1000))
            step += 1
            z = bias + scale * sum(v * weights.get(f, 0.0) for f, v in x)
            p = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
            gradient = (p - label) * class_weight[label]
            scale *= 1.0 - eta * L2
            if scale < 1e-9:
                weights = {f: w * scale for f, w in weights.items()}
                scale = 1.0
            if gradient:
                for f, v in x:
                    weights[f] = weights.get(f, 0.0) - eta * gradient * v / scale
                bias -= eta * gradient * 0.1
        if progress is not None:
            progress(epoch + 1, EPOCHS)
    final = {f: w * scale for f, w in weights.items() if w}
    return LinearModel(
        {f: idf[f] for f in final}, final, bias, dict(meta or {}, positives=positives)
    )


# --- quality -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Quality:
    """How well scores rank and separate the examples: average precision, and F1, precision
    and recall of the sentences scoring at least 0.5."""

    average_precision: float
    f1: float
    precision: float
    recall: float

    def as_dict(self) -> dict[str, float]:
        return {
            "average_precision": round(self.average_precision, 4),
            "f1": round(self.f1, 4),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
        }

    def line(self) -> str:
        return (
            f"average precision {self.average_precision:.2f}, F1 {self.f1:.2f} "
            f"(precision {self.precision:.2f}, recall {self.recall:.2f})"
        )


def average_precision(scores: list[float], labels: list[int]) -> float:
    """Mean of the precisions at the rank of each positive, best score first (ties: input
    order)."""
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    hits = 0
    total = 0.0
    for rank, i in enumerate(order, 1):
        if labels[i]:
            hits += 1
            total += hits / rank
    return total / hits if hits else 0.0


def quality(scores: list[float], labels: list[int], threshold: float = 0.5) -> Quality:
    chosen = [label for score, label in zip(scores, labels, strict=True) if score >= threshold]
    right = sum(chosen)
    positives = sum(labels)
    precision = right / len(chosen) if chosen else 0.0
    recall = right / positives if positives else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Quality(average_precision(scores, labels), f1, precision, recall)


def cross_validated(
    examples: list[tuple[str, int]],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[float]:
    """Each example's score by a model trained on the other folds."""
    folds = [i % FOLDS for i in range(len(examples))]
    random.Random(SEED).shuffle(folds)
    scores = [0.0] * len(examples)
    for fold in range(FOLDS):
        if cancelled is not None and cancelled():
            raise LearningCancelled("learning was cancelled; the model in use stays")
        training = [e for e, f in zip(examples, folds, strict=True) if f != fold]
        model = train(training)
        for i, f in enumerate(folds):
            if f == fold:
                scores[i] = model.score(examples[i][0])
        if progress is not None:
            progress(fold + 1, FOLDS)
    return scores


# --- the service ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LearnReport:
    positives: int
    negatives: int
    before: Quality  # the model in use until now, on the same examples
    after: Quality  # the new model, cross-validated
    seconds: float
    previous: str  # "shipped" or "learned"

    def as_dict(self) -> dict[str, object]:
        return {
            "positives": self.positives,
            "negatives": self.negatives,
            "before": {"model": self.previous, **self.before.as_dict()},
            "after": {"model": "learned", **self.after.as_dict()},
            "folds": FOLDS,
            "seconds": round(self.seconds, 2),
        }

    def lines(self) -> list[str]:
        return [
            f"learned from {self.positives} check-worthy and {self.negatives} other sentences "
            f"in {self.seconds:.1f} s",
            f"before ({self.previous} model): {self.before.line()}",
            f"after ({FOLDS}-fold cross-validated): {self.after.line()}",
        ]


class ClaimModels:
    """The model claim suggestions use: the learned one stored in the database, else the
    shipped one. Read again only after something wrote to the preferences."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self._cached: tuple[int, LinearModel, str] | None = None

    def current(self) -> tuple[LinearModel, str]:
        """The model and its origin, ``learned`` or ``shipped``."""
        written = self.database.writes.of("preferences")
        if self._cached is None or self._cached[0] != written:
            with self.database.reading() as session:
                body = LearningRepository(session).stored_model()
            model, origin = shipped_model(), "shipped"
            if body is not None:
                try:
                    model, origin = LinearModel.from_json(body), "learned"
                except ModelUnreadable as error:
                    log.warning(
                        "the learned claim model stored in the database is unreadable (%s); "
                        "using the shipped model",
                        error,
                    )
            self._cached = (written, model, origin)
        return self._cached[1], self._cached[2]

    def examples(self) -> list[tuple[str, int]]:
        with self.database.reading() as session:
            return examples_from(LearningRepository(session).annotated_texts())

    def learn(
        self, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
    ) -> LearnReport:
        """Train on the database's annotations, store the model. NotEnoughExamples (nothing
        changed) when there are fewer than MIN_POSITIVES or MIN_NEGATIVES; LearningCancelled
        (nothing changed) when ``cancelled()`` turns true before the model is stored."""
        began = time.perf_counter()
        examples = self.examples()
        positives = sum(label for _, label in examples)
        negatives = len(examples) - positives
        if positives < MIN_POSITIVES or negatives < MIN_NEGATIVES:
            raise NotEnoughExamples(
                f"too few examples to learn from: {positives} check-worthy sentences (claims) "
                f"and {negatives} others; at least {MIN_POSITIVES} and {MIN_NEGATIVES} are "
                "needed (mark claims, and mark finished articles done); the model in use stays"
            )
        total = FOLDS + 1
        labels = [label for _, label in examples]
        previous_model, previous = self.current()
        before = quality([previous_model.score(s) for s, _ in examples], labels)

        def fold_done(done: int, _folds: int) -> None:
            if progress is not None:
                progress(done, total)

        after = quality(cross_validated(examples, fold_done, cancelled), labels)
        model = train(
            examples,
            meta={
                "name": "learned",
                "trained_on": f"{len(examples)} annotated sentences of this database",
                "trained_at": now_timestamp(),
                "cross_validated": after.as_dict(),
            },
        )
        if cancelled is not None and cancelled():
            raise LearningCancelled("learning was cancelled; the model in use stays")
        with self.database.transaction() as session:
            LearningRepository(session).store_model(model.to_json())
        if progress is not None:
            progress(total, total)
        return LearnReport(
            positives, negatives, before, after, time.perf_counter() - began, previous
        )
