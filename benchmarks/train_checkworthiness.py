"""Train the shipped check-worthiness model from ClaimBuster (scikit-learn, development only).

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python benchmarks/train_checkworthiness.py [--data DIR]

Reads ``claimbuster_train.json`` and ``claimbuster_test.json`` (ClaimBuster, Arslan et al.,
ICWSM 2020, doi 10.5281/zenodo.3609356, CC BY 4.0; label 1 = check-worthy factual claim) from
DIR (default /work/shared/data/checkworthiness). Only the training split is used for fitting
and for choosing the settings (5-fold cross-validation on it); the test split is scored once,
at the end, for the record. The CheckThat! debates are never used here.

Writes ``resources/models/checkworthiness-claimbuster.json`` (the model: per feature its idf
and weight) and ``resources/models/checkworthiness-reference.json`` (1,000 sentences with the
probability scikit-learn gives them, which tests/unit/test_checkworthiness_model.py compares
with the pure-Python scorer). Features come from ``annotator.domain.checkworthiness``,
handed to scikit-learn as its analyzer, so tokenisation is one and the same.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer  # noqa: E402
from sklearn.feature_selection import SelectKBest, chi2  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import f1_score, precision_score, recall_score  # noqa: E402
from sklearn.model_selection import StratifiedKFold  # noqa: E402

from annotator.domain.checkworthiness import LinearModel, features  # noqa: E402

DATA = Path("/work/shared/data/checkworthiness")
OUT = REPO / "resources" / "models"
GRID_FEATURES = (3000, 5000, 8000)
GRID_C = (1.0, 3.0, 10.0)
SEED = 13


def load(path: Path) -> tuple[list[str], list[int]]:
    rows = json.loads(path.read_text(encoding="utf-8"))
    return [row["text"] for row in rows], [int(row["label"]) for row in rows]


def fit(texts: list[str], labels: list[int], k: int, c: float):
    """Choose the k strongest features (chi²), then TF-IDF + logistic regression over them."""
    counts = CountVectorizer(analyzer=features, min_df=2)
    matrix = counts.fit_transform(texts)
    selector = SelectKBest(chi2, k=min(k, matrix.shape[1])).fit(matrix, labels)
    names = counts.get_feature_names_out()[selector.get_support()]
    vectorizer = TfidfVectorizer(analyzer=features, vocabulary=list(names), sublinear_tf=True)
    x = vectorizer.fit_transform(texts)
    classifier = LogisticRegression(C=c, class_weight="balanced", max_iter=2000)
    classifier.fit(x, labels)
    return vectorizer, classifier


def cross_validated_f1(texts: list[str], labels: list[int], k: int, c: float) -> float:
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    scores = []
    for train, held in folds.split(texts, labels):
        vectorizer, classifier = fit([texts[i] for i in train], [labels[i] for i in train], k, c)
        predicted = classifier.predict(vectorizer.transform([texts[i] for i in held]))
        scores.append(f1_score([labels[i] for i in held], predicted))
    return sum(scores) / len(scores)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    train_texts, train_labels = load(args.data / "claimbuster_train.json")
    test_texts, test_labels = load(args.data / "claimbuster_test.json")

    best = None
    for k in GRID_FEATURES:
        for c in GRID_C:
            score = cross_validated_f1(train_texts, train_labels, k, c)
            print(f"features {k:>5}  C {c:>4}: cross-validated F1 {score:.3f}")
            if best is None or score > best[0]:
                best = (score, k, c)
    assert best is not None
    cv_f1, k, c = best
    vectorizer, classifier = fit(train_texts, train_labels, k, c)
    predicted = classifier.predict(vectorizer.transform(test_texts))
    test = {
        "f1": round(f1_score(test_labels, predicted), 4),
        "precision": round(precision_score(test_labels, predicted), 4),
        "recall": round(recall_score(test_labels, predicted), 4),
    }
    print(f"chosen: features {k}, C {c} (cross-validated F1 {cv_f1:.3f}); ClaimBuster test {test}")

    names = vectorizer.get_feature_names_out()
    model = LinearModel(
        idf={str(n): float(v) for n, v in zip(names, vectorizer.idf_, strict=True)},
        weights={str(n): float(v) for n, v in zip(names, classifier.coef_[0], strict=True)},
        bias=float(classifier.intercept_[0]),
        meta={
            "name": "ClaimBuster",
            "trained_on": "ClaimBuster crowd-sourced sentences, training split "
            f"({len(train_texts)} sentences)",
            "credit": "ClaimBuster dataset, Arslan et al., ICWSM 2020, "
            "doi 10.5281/zenodo.3609356, CC BY 4.0",
            "settings": {"features": k, "C": c, "class_weight": "balanced"},
            "cross_validated_f1": round(cv_f1, 4),
            "claimbuster_test": test,
            "threshold": 0.5,
        },
    )
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / "checkworthiness-claimbuster.json"
    path.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"wrote {path} ({path.stat().st_size / 1024:.0f} KB, {len(names)} features)")

    # 1,000 sentences and scikit-learn's probabilities, for the scorer's equality test
    sample = test_texts + train_texts[: 1000 - len(test_texts)]
    probabilities = classifier.predict_proba(vectorizer.transform(sample))[:, 1]
    reference = [
        {"text": text, "score": float(p)} for text, p in zip(sample, probabilities, strict=True)
    ]
    reference_path = OUT / "checkworthiness-reference.json"
    reference_path.write_text(
        json.dumps(reference, ensure_ascii=False, indent=0) + "\n", encoding="utf-8"
    )
    print(f"wrote {reference_path} ({len(reference)} sentences)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
