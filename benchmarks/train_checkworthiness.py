"""Train the shipped check-worthiness model from ClaimBuster (scikit-learn, development only).

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python benchmarks/train_checkworthiness.py [--data DIR]

Reads ``claimbuster_train.json`` and ``claimbuster_test.json`` (ClaimBuster, Arslan et al.,
ICWSM 2020, doi 10.5281/zenodo.3609356, CC BY 4.0; label 1 = check-worthy factual claim) from
DIR (default /work/shared/data/checkworthiness). The model is fitted on the training split
alone, in two steps:

1. **Words**: the k features (words and word pairs) most tied to the label (chi²), sublinear
   TF-IDF and a logistic regression: the lexical score L of a sentence.
2. **Context**: a logistic regression over L and the signals of domain.checkworthiness.context
   (the neighbours' lexical scores, numbers, money, years, names, a question, length), fitted
   on L as five models that did not see the sentence give it (stacking), the neighbours being
   the sentences of consecutive ids. ClaimBuster has no speakers: the speaker signals are left
   to ``annotator learn``.

k and the regression's C are chosen on the three 2016 presidential debates of CheckThat! 2019
(``checkthat2019_task1_train.csv``; ClaimBuster holds them, so the benchmark never evaluates
the shipped model on them): each setting is fitted on the training split without those
debates' sentences, and ranks the debates' lines (MAP, the lab's measure). Without the
CheckThat! file, 5-fold cross-validated average precision on ClaimBuster decides. Nothing is
chosen on the other 16 debates. The test split is scored once, at the end, for the record.

Writes ``resources/models/checkworthiness-claimbuster.json`` (the model) and
``resources/models/checkworthiness-reference.json``: runs of ClaimBuster sentences (the whole
test split, then training runs up to 1,000 sentences) with their labels and the probability
scikit-learn gives each in its run, which tests/unit/test_checkworthiness_model.py compares
with the pure-Python scorer and ``annotator learn`` uses as a held-out yardstick.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import numpy as np  # noqa: E402
from checkworthiness_data import (  # noqa: E402
    CHECKTHAT,
    DATA,
    IN_CLAIMBUSTER,
    Passage,
    claimbuster,
    debates,
    normalised,
)
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer  # noqa: E402
from sklearn.feature_selection import SelectKBest, chi2  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import average_precision_score, f1_score  # noqa: E402
from sklearn.model_selection import StratifiedKFold  # noqa: E402

from annotator.domain.checkworthiness.context import SENTENCE_SIGNALS, signals  # noqa: E402
from annotator.domain.checkworthiness.model import LinearModel, features, logistic  # noqa: E402

OUT = REPO / "resources" / "models"
GRID_FEATURES = (5000, 8000, 12000, 16000)
GRID_C = (0.3, 1.0, 3.0)
SIZE_TOLERANCE = 0.005
STACK_C = 1.0
FOLDS = 5
SEED = 13
REFERENCE_SENTENCES = 1000


class Lexical:
    """Step 1: chosen features, TF-IDF and a logistic regression over a sentence's words."""

    def __init__(self, texts: list[str], labels: list[int], k: int, c: float) -> None:
        counts = CountVectorizer(analyzer=features, min_df=2)
        matrix = counts.fit_transform(texts)
        selector = SelectKBest(chi2, k=min(k, matrix.shape[1])).fit(matrix, labels)
        names = counts.get_feature_names_out()[selector.get_support()]
        self.vectorizer = TfidfVectorizer(
            analyzer=features, vocabulary=list(names), sublinear_tf=True
        )
        x = self.vectorizer.fit_transform(texts)
        self.classifier = LogisticRegression(C=c, class_weight="balanced", max_iter=3000)
        self.classifier.fit(x, labels)

    def logits(self, texts: list[str]) -> np.ndarray:
        return self.classifier.decision_function(self.vectorizer.transform(texts))


def flat(passages: list[Passage]) -> tuple[list[str], list[int]]:
    return (
        [s for p in passages for s in p.sentences],
        [label for p in passages for label in p.labels],
    )


def stack_rows(passages: list[Passage], logits: np.ndarray) -> np.ndarray:
    """Per sentence [L, signals…] as the scorer computes them, from each sentence's L."""
    rows, at = [], 0
    for passage in passages:
        own = [float(z) for z in logits[at : at + len(passage.sentences)]]
        at += len(passage.sentences)
        found = signals(passage.sentences, passage.speakers, [logistic(z) for z in own])
        rows += [
            [z] + [s.get(name, 0.0) for name in SENTENCE_SIGNALS]
            for z, s in zip(own, found, strict=True)
        ]
    return np.array(rows)


class Stacked:
    """Step 2 over step 1: L and the context signals, fitted on out-of-fold L."""

    def __init__(self, passages: list[Passage], k: int, c: float) -> None:
        texts, labels = flat(passages)
        self.lexical = Lexical(texts, labels, k, c)
        out_of_fold = np.zeros(len(texts))
        folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
        for train, held in folds.split(texts, labels):
            part = Lexical([texts[i] for i in train], [labels[i] for i in train], k, c)
            out_of_fold[held] = part.logits([texts[i] for i in held])
        self.stacker = LogisticRegression(C=STACK_C, class_weight="balanced", max_iter=3000)
        self.stacker.fit(stack_rows(passages, out_of_fold), labels)

    def probabilities(self, passages: list[Passage]) -> np.ndarray:
        texts, _ = flat(passages)
        return self.stacker.predict_proba(stack_rows(passages, self.lexical.logits(texts)))[:, 1]

    def model(self, meta: dict[str, object]) -> LinearModel:
        names = self.lexical.vectorizer.get_feature_names_out()
        coefficients = [float(v) for v in self.stacker.coef_[0]]
        return LinearModel(
            idf={
                str(n): float(v) for n, v in zip(names, self.lexical.vectorizer.idf_, strict=True)
            },
            weights={
                str(n): float(v)
                for n, v in zip(names, self.lexical.classifier.coef_[0], strict=True)
            },
            bias=float(self.lexical.classifier.intercept_[0]),
            meta=meta,
            own=coefficients[0],
            offset=float(self.stacker.intercept_[0]),
            signals=dict(zip(SENTENCE_SIGNALS, coefficients[1:], strict=True)),
        )


def mean_average_precision(passages: list[Passage], scores: np.ndarray) -> float:
    """Per passage the average precision of its ranking, then the mean (the lab's MAP)."""
    values, at = [], 0
    for passage in passages:
        part = scores[at : at + len(passage.labels)]
        at += len(passage.labels)
        values.append(average_precision_score(passage.labels, part))
    return float(np.mean(values))


def choose_settings(training: list[Passage], data: Path) -> tuple[int, float, str]:
    path = data / CHECKTHAT
    if path.is_file():
        dev = [p for name, p in sorted(debates(path).items()) if name in IN_CLAIMBUSTER]
        seen = {normalised(s) for p in dev for s in p.sentences}
        every_text, every_label = flat(training)
        kept = [i for i, s in enumerate(every_text) if normalised(s) not in seen]
        texts, labels = [every_text[i] for i in kept], [every_label[i] for i in kept]
        how = "MAP on the 3 CheckThat! debates in ClaimBuster, fitted without their sentences"
        dev_texts, _ = flat(dev)

        def measure(k: int, c: float) -> float:
            return mean_average_precision(dev, Lexical(texts, labels, k, c).logits(dev_texts))
    else:
        how = "5-fold cross-validated average precision on ClaimBuster"
        texts, labels = flat(training)

        def measure(k: int, c: float) -> float:
            folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
            values = []
            for train, held in folds.split(texts, labels):
                part = Lexical([texts[i] for i in train], [labels[i] for i in train], k, c)
                scores = part.logits([texts[i] for i in held])
                values.append(average_precision_score([labels[i] for i in held], scores))
            return float(np.mean(values))

    measured = {}
    for k in GRID_FEATURES:
        for c in GRID_C:
            measured[k, c] = measure(k, c)
            print(f"features {k:>5}  C {c:>4}: {measured[k, c]:.4f}", flush=True)
    # the smallest model (then the one measured best) within SIZE_TOLERANCE of the best: a few
    # thousandths of MAP on three debates are noise, and every feature is shipped
    best = max(measured.values())
    k, c = min(
        (key for key, value in measured.items() if value >= best - SIZE_TOLERANCE),
        key=lambda key: (key[0], -measured[key]),
    )
    return k, c, f"{how}: {measured[k, c]:.4f} (best {best:.4f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    training = claimbuster(args.data / "claimbuster_train.json")
    test = claimbuster(args.data / "claimbuster_test.json")
    k, c, chosen_by = choose_settings(training, args.data)
    print(f"chosen: features {k}, C {c} ({chosen_by})", flush=True)

    stacked = Stacked(training, k, c)
    test_texts, test_labels = flat(test)
    probabilities = stacked.probabilities(test)
    words_alone = stacked.lexical.logits(test_texts)
    record = {
        "f1": round(float(f1_score(test_labels, probabilities >= 0.5)), 4),
        "average_precision": round(float(average_precision_score(test_labels, probabilities)), 4),
        "average_precision_words_alone": round(
            float(average_precision_score(test_labels, words_alone)), 4
        ),
    }
    print(f"ClaimBuster test split: {record}")
    model = stacked.model(
        {
            "name": "ClaimBuster",
            "trained_on": "ClaimBuster crowd-sourced sentences, training split "
            f"({len(flat(training)[0])} sentences in {len(training)} runs of consecutive ids)",
            "credit": "ClaimBuster dataset, Arslan et al., ICWSM 2020, "
            "doi 10.5281/zenodo.3609356, CC BY 4.0",
            "settings": {"features": k, "C": c, "context_C": STACK_C, "class_weight": "balanced"},
            "chosen_by": chosen_by,
            "claimbuster_test": record,
            "threshold": 0.5,
        }
    )
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / "checkworthiness-claimbuster.json"
    path.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"wrote {path} ({path.stat().st_size / 1024:.0f} KB, {len(model.idf)} features)")
    print(f"context: own {model.own:.3f}, offset {model.offset:.3f}, signals {model.signals}")

    # the test split, then training runs, up to REFERENCE_SENTENCES, with scikit-learn's scores
    sample = list(test)
    for passage in training:
        if sum(len(p.sentences) for p in sample) + len(passage.sentences) > REFERENCE_SENTENCES:
            continue
        sample.append(passage)
    scores = stacked.probabilities(sample)
    reference, at = [], 0
    for passage in sample:
        part = scores[at : at + len(passage.sentences)]
        at += len(passage.sentences)
        reference.append(
            {
                "split": "test" if passage in test else "train",
                "sentences": passage.sentences,
                "labels": passage.labels,
                "scores": [float(v) for v in part],
            }
        )
    reference_path = OUT / "checkworthiness-reference.json"
    lines = (json.dumps(run, ensure_ascii=False, separators=(",", ":")) for run in reference)
    reference_path.write_text("[\n" + ",\n".join(lines) + "\n]\n", encoding="utf-8")
    print(f"wrote {reference_path} ({at} sentences in {len(reference)} runs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
