"""Which check-worthiness model suggests claims, and learning one from this desk's own claims.

The shipped model (resources/models/, trained on ClaimBuster) is used until ``learn`` has
stored a model in the database; a stored model that cannot be read is ignored with a logged
warning. Learning takes the database's own annotations as examples:

- positives: the sentences inside claims whose ``checkworthy`` is not false (a claim shorter
  than its sentence gives the claim's quote);
- negatives: sentences of finished (``done``) articles outside every claim, sentences of
  claims marked not check-worthy, and rejected claim suggestions.

Each example keeps its signals in its article (its neighbours, its speaker in a transcript:
domain.checkworthiness.context). The learner (domain.checkworthiness.learning) starts from the
shipped model and learns what the desk's examples add to it, so the shipped knowledge stays:
a desk with few examples keeps nearly the shipped model, one with thousands gets what they
show. Its quality is estimated by 5-fold cross-validation before it is stored, and the shipped
model's held-out ClaimBuster sentences say whether the general knowledge survived.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from annotator.domain.checkworthiness import LinearModel, ModelUnreadable, is_boilerplate
from annotator.domain.checkworthiness.context import sentence_units
from annotator.domain.checkworthiness.context import signals as context_signals
from annotator.domain.checkworthiness.learning import Example, train
from annotator.domain.checkworthiness.model import features as model_features
from annotator.domain.checkworthiness.model import logistic
from annotator.domain.errors import AnnotatorError
from annotator.domain.timestamps import now_timestamp
from annotator.resources import resource_path
from annotator.storage.database import Database
from annotator.storage.repositories.learning_repository import AnnotatedText, LearningRepository

log = logging.getLogger(__name__)

MIN_POSITIVES = 50
MIN_NEGATIVES = 50
FOLDS = 5
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


@cache
def held_out_runs() -> tuple[tuple[tuple[str, ...], tuple[int, ...]], ...]:
    """ClaimBuster's test split as shipped (runs of consecutive sentences and their labels):
    sentences the shipped model never learned from."""
    path = resource_path("models", "checkworthiness-reference.json")
    runs = json.loads(path.read_text(encoding="utf-8"))
    return tuple(
        (tuple(run["sentences"]), tuple(run["labels"])) for run in runs if run["split"] == "test"
    )


# --- examples ------------------------------------------------------------------------------


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def _inside(span: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    return any(_overlap(span, other) > 0 for other in spans)


def examples_from(texts: Iterable[AnnotatedText], base: LinearModel | None = None) -> list[Example]:
    """A sentence, 1 or 0, and its signals in its article (computed with ``base``'s lexical
    scores, by default the shipped model's) for every annotated article, in a stable order.
    A transcript's speaker names are not part of the sentences."""
    base = base or shipped_model()
    examples: list[Example] = []
    for article in texts:
        text = article.text
        claimed = [(s, e) for s, e, _ in article.claims]
        units = [u for u in sentence_units(text) if text[u.start : u.end].strip()]
        spans = [(u.start, u.end) for u in units]
        sentences = [text[s:e] for s, e in spans]
        lexical = [logistic(base.lexical(_counts(s))) for s in sentences]
        found = context_signals(sentences, [u.speaker for u in units], lexical)

        for start, end, checkworthy in article.claims:
            label = 0 if checkworthy is False else 1
            inside = [i for i, span in enumerate(spans) if _inside(span, [(start, end)])]
            for i in inside:
                s, e = spans[i]
                examples.append(Example(text[max(s, start) : min(e, end)], label, found[i]))
            if not inside:
                examples.append(
                    Example(text[start:end], label, _signals_of((start, end), spans, found))
                )
        for start, end in article.rejected:
            if not _inside((start, end), claimed):
                examples.append(
                    Example(text[start:end], 0, _signals_of((start, end), spans, found))
                )
        if article.done:
            for i, (s, e) in enumerate(spans):
                if not _inside((s, e), claimed) and not is_boilerplate(sentences[i]):
                    examples.append(Example(sentences[i], 0, found[i]))
    return [e for e in examples if e.sentence.strip()]


def _signals_of(
    span: tuple[int, int], spans: list[tuple[int, int]], found: list[dict[str, float]]
) -> dict[str, float]:
    """The signals of the sentence that ``span`` overlaps most, or none."""
    best = max(range(len(spans)), key=lambda i: _overlap(span, spans[i]), default=None)
    return found[best] if best is not None and _overlap(span, spans[best]) > 0 else {}


def _counts(sentence: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for name in model_features(sentence):
        counts[name] = counts.get(name, 0) + 1
    return counts


def example_scores(model: LinearModel, examples: list[Example]) -> list[float]:
    """Each example's probability by ``model``, with the signals the example carries."""
    return [logistic(model.logit(_counts(e.sentence), e.signals)) for e in examples]


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
    examples: list[Example],
    base: LinearModel | None,
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
        held = [i for i, f in enumerate(folds) if f == fold]
        model = train(training, base)
        for i, score in zip(held, example_scores(model, [examples[i] for i in held]), strict=True):
            scores[i] = score
        if progress is not None:
            progress(fold + 1, FOLDS)
    return scores


def held_out_quality(model: LinearModel) -> float:
    """Mean average precision of ``model`` over the shipped held-out ClaimBuster runs taken
    together as one ranking (sentences the shipped model never learned from)."""
    scores: list[float] = []
    labels: list[int] = []
    for sentences, run_labels in held_out_runs():
        scores += model.score_sentences(list(sentences))
        labels += run_labels
    return average_precision(scores, labels)


# --- the service ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LearnReport:
    positives: int
    negatives: int
    before: Quality  # the model in use until now, on the same examples
    after: Quality  # the new model, cross-validated
    seconds: float
    previous: str  # "shipped" or "learned"
    # average precision on ClaimBuster's held-out sentences: shipped, then learned
    general: tuple[float, float] = (0.0, 0.0)

    def as_dict(self) -> dict[str, object]:
        return {
            "positives": self.positives,
            "negatives": self.negatives,
            "before": {"model": self.previous, **self.before.as_dict()},
            "after": {"model": "learned", **self.after.as_dict()},
            "folds": FOLDS,
            "seconds": round(self.seconds, 2),
            "starts_from": "shipped",
            "general": {
                "data": "ClaimBuster test split (held out from the shipped model)",
                "shipped_average_precision": round(self.general[0], 4),
                "learned_average_precision": round(self.general[1], 4),
            },
        }

    def lines(self) -> list[str]:
        return [
            f"learned from {self.positives} check-worthy and {self.negatives} other sentences "
            f"in {self.seconds:.1f} s, starting from the shipped model",
            f"before ({self.previous} model): {self.before.line()}",
            f"after ({FOLDS}-fold cross-validated): {self.after.line()}",
            f"general claims (ClaimBuster, held out): average precision "
            f"{self.general[0]:.2f} shipped, {self.general[1]:.2f} learned",
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

    def examples(self) -> list[Example]:
        with self.database.reading() as session:
            return examples_from(LearningRepository(session).annotated_texts())

    def learn(
        self, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
    ) -> LearnReport:
        """Train on the database's annotations starting from the shipped model, store the
        model. NotEnoughExamples (nothing changed) when there are fewer than MIN_POSITIVES or
        MIN_NEGATIVES; LearningCancelled (nothing changed) when ``cancelled()`` turns true
        before the model is stored."""
        began = time.perf_counter()
        examples = self.examples()
        positives = sum(e.label for e in examples)
        negatives = len(examples) - positives
        if positives < MIN_POSITIVES or negatives < MIN_NEGATIVES:
            raise NotEnoughExamples(
                f"too few examples to learn from: {positives} check-worthy sentences (claims) "
                f"and {negatives} others; at least {MIN_POSITIVES} and {MIN_NEGATIVES} are "
                "needed (mark claims, and mark finished articles done); the model in use stays"
            )
        total = FOLDS + 1
        labels = [e.label for e in examples]
        previous_model, previous = self.current()
        before = quality(example_scores(previous_model, examples), labels)
        base = shipped_model()

        def fold_done(done: int, _folds: int) -> None:
            if progress is not None:
                progress(done, total)

        after = quality(cross_validated(examples, base, fold_done, cancelled), labels)
        model = train(
            examples,
            base,
            meta={
                "name": "learned",
                "trained_on": f"{len(examples)} annotated sentences of this database",
                "trained_at": now_timestamp(),
                "cross_validated": after.as_dict(),
            },
        )
        if cancelled is not None and cancelled():
            raise LearningCancelled("learning was cancelled; the model in use stays")
        general = (held_out_quality(base), held_out_quality(model))
        model.meta["general_average_precision"] = round(general[1], 4)
        with self.database.transaction() as session:
            LearningRepository(session).store_model(model.to_json())
        if progress is not None:
            progress(total, total)
        return LearnReport(
            positives, negatives, before, after, time.perf_counter() - began, previous, general
        )
