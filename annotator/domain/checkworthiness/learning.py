"""Learning a check-worthiness model from a desk's examples, starting from the shipped one.

The shipped model knows what check-worthy sentences look like in general (ClaimBuster); a desk
knows its own beat. Learning keeps the shipped model's lexical score L as it is and learns, on
the desk's examples, what to add (domain.checkworthiness.model):

    offset + own · L(i) + extra(i) + Σ signal weight · signal(i)

``own`` stays the shipped one; ``extra`` (a bag of the desk's own words, with its own idf)
starts at 0, the offset and the signal weights start at the shipped ones, and an L2 penalty
pulls each towards where it started (λ/2 ‖θ − θ_shipped‖² per example), so what the desk's
examples do not show stays as shipped, and what they show (its beat's words, a transcript's
speakers) is learned. The speaker signals start at 0
(ClaimBuster has no speakers) and are learned from the desk's transcripts.

Without a base (``base=None``) the learner learns words alone from scratch and replaces the
shipped knowledge: what ``annotator learn`` did before, kept for the benchmark's comparison.

The learner is a sparse logistic regression trained by stochastic gradient descent with
balanced classes, in pure Python: a few thousand sentences take seconds.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from annotator.domain.checkworthiness.context import SIGNALS
from annotator.domain.checkworthiness.model import Bag, LinearModel, features, vector

EPOCHS = 12
# The L2 penalty per example, towards where each weight started. Stronger than the old
# learner's 1e-4 (a desk's words should correct the shipped model, not drown it); weak enough
# that 72 claims of one beat teach it that beat (tests/e2e/test_cli_learn.py).
L2 = 3e-4
REPLACING_L2 = 1e-4  # the learner without a base, as it was
MIN_DF = 2
MAX_FEATURES = 30_000
SEED = 13
BIAS_RATE = 0.1  # the offset moves at a tenth of the rate of the weights
# the signal weights move at a hundredth of the rate of the words: a signal is in every
# sentence, a word in few, and at the words' rate they swing from one example to the next
DENSE_RATE = 0.01

Progress = Callable[[int, int], None]  # done, total


@dataclass(frozen=True, slots=True)
class Example:
    """A sentence, 1 if it is worth checking, and its signals in its text."""

    sentence: str
    label: int
    signals: Mapping[str, float] = field(default_factory=dict)


def train(
    examples: list[Example],
    base: LinearModel | None,
    progress: Progress | None = None,
    meta: dict[str, object] | None = None,
) -> LinearModel:
    """A model learned from ``examples`` starting from ``base`` (see the module docstring)."""
    counted = [Counter(features(e.sentence)) for e in examples]
    frequency: Counter[str] = Counter()
    for counts in counted:
        frequency.update(counts.keys())
    kept = [name for name, df in frequency.most_common(MAX_FEATURES) if df >= MIN_DF]
    n = len(examples)
    idf = {name: math.log((1 + n) / (1 + frequency[name])) + 1.0 for name in kept}
    vectors = [list(vector(counts, idf).items()) for counts in counted]
    labels = [e.label for e in examples]
    positives = sum(labels)
    class_weight = {1: n / (2 * max(1, positives)), 0: n / (2 * max(1, n - positives))}
    if base is None:
        fixed = [0.0] * n
        prior: dict[str, float] = {}
        signal_rows: list[list[tuple[str, float]]] = [[] for _ in examples]
        offset = 0.0
    else:
        fixed = [base.own * base.lexical(counts) for counts in counted]
        prior = {name: base.signals.get(name, 0.0) for name in SIGNALS}
        signal_rows = [[(k, v) for k, v in e.signals.items() if k in prior] for e in examples]
        offset = base.offset
    dense = dict(prior)
    l2 = L2 if base is not None else REPLACING_L2

    weights: dict[str, float] = {}
    scale = 1.0  # the true weights are scale · weights (lazy L2 decay, Bottou's trick)
    order = list(range(n))
    shuffle = random.Random(SEED).shuffle
    step = 0
    for epoch in range(EPOCHS):
        shuffle(order)
        for i in order:
            x, s, label = vectors[i], signal_rows[i], labels[i]
            eta = 1.0 / (l2 * (step + 1000))
            step += 1
            z = offset + fixed[i] + scale * sum(v * weights.get(f, 0.0) for f, v in x)
            z += sum(dense[k] * v for k, v in s)
            p = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
            gradient = (p - label) * class_weight[label]
            scale *= 1.0 - eta * l2
            if scale < 1e-9:
                weights = {f: w * scale for f, w in weights.items()}
                scale = 1.0
            for k in dense:  # pulled towards the shipped weights
                dense[k] -= eta * l2 * (dense[k] - prior[k])
            if gradient:
                for f, v in x:
                    weights[f] = weights.get(f, 0.0) - eta * gradient * v / scale
                for k, v in s:
                    dense[k] -= eta * gradient * v * DENSE_RATE
                offset -= eta * gradient * BIAS_RATE
        if progress is not None:
            progress(epoch + 1, EPOCHS)
    final = {f: w * scale for f, w in weights.items() if w}
    meta = dict(meta or {}, positives=positives)
    extra = Bag({f: idf[f] for f in final}, final)
    if base is None:
        return LinearModel(extra.idf, extra.weights, offset, meta)
    signals = {k: v for k, v in dense.items() if v}
    meta["starts_from"] = str(base.meta.get("name", "shipped"))
    return LinearModel(base.idf, base.weights, base.bias, meta, base.own, offset, signals, extra)
