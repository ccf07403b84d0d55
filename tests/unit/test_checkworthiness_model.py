"""The shipped check-worthiness model: the pure-Python scorer gives scikit-learn's scores,
each sentence in its context."""

from __future__ import annotations

import json
import math

import pytest

from annotator.domain.checkworthiness import LinearModel, ModelUnreadable, features
from annotator.domain.checkworthiness.model import Bag
from annotator.resources import resource_path

MODEL = resource_path("models", "checkworthiness-claimbuster.json")
REFERENCE = resource_path("models", "checkworthiness-reference.json")


def test_the_scorer_reproduces_the_trainers_scores_on_1000_sentences_in_context():
    model = LinearModel.from_json(MODEL.read_text(encoding="utf-8"))
    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
    assert sum(len(run["sentences"]) for run in reference) == 1000
    scores = [s for run in reference for s in model.score_sentences(run["sentences"])]
    expected = [s for run in reference for s in run["scores"]]
    assert max(abs(a - b) for a, b in zip(scores, expected, strict=True)) < 1e-9
    # the sample is not degenerate: confident claims and non-claims, sentences with neighbours
    assert min(expected) < 0.1 < 0.9 < max(expected)
    assert sum(len(run["sentences"]) > 1 for run in reference) > 50
    # and the neighbours count: the same sentences alone score otherwise
    alone = [
        model.score(s) for run in reference for s in run["sentences"] if len(run["sentences"]) > 1
    ]
    in_runs = [s for run in reference if len(run["sentences"]) > 1 for s in run["scores"]]
    assert max(abs(a - b) for a, b in zip(alone, in_runs, strict=True)) > 0.01


def test_scores_are_deterministic():
    model = LinearModel.from_json(MODEL.read_text(encoding="utf-8"))
    again = LinearModel.from_json(MODEL.read_text(encoding="utf-8"))
    text = ["MADDOW: Why?", "We created 200,000 jobs in Ohio last year.", "That is a fact."]
    assert model.score_sentences(text, ["MADDOW", "CLINTON", "CLINTON"]) == again.score_sentences(
        text, ["MADDOW", "CLINTON", "CLINTON"]
    )


def test_the_shipped_model_is_compact_and_credits_claimbuster():
    assert MODEL.stat().st_size <= 500 * 1024
    model = LinearModel.from_json(MODEL.read_text(encoding="utf-8"))
    assert "10.5281/zenodo.3609356" in str(model.meta["credit"])
    assert "CC BY 4.0" in str(model.meta["credit"])
    notice = resource_path("models", "README.md").read_text(encoding="utf-8")
    assert "10.5281/zenodo.3609356" in notice and "CC BY 4.0" in notice


def test_features_are_words_with_digits_as_zeros_and_word_pairs():
    assert features("Unemployment fell to 4.5%!") == [
        *("w:unemployment", "w:fell", "w:to", "w:0", "w:.", "w:0", "w:%", "w:!"),
        *("b:unemployment fell", "b:fell to", "b:to 0", "b:0 .", "b:. 0", "b:0 %", "b:% !"),
    ]


def test_a_model_survives_its_file_format():
    model = LinearModel({"w:a": 1.5, "w:b": 2.0}, {"w:a": 0.7, "w:b": -1.2}, 0.1, {"name": "x"})
    again = LinearModel.from_json(model.to_json())
    assert again.score("a b a") == model.score("a b a")
    assert again.meta == {"name": "x"}
    learned = LinearModel(
        {"w:a": 1.5},
        {"w:a": 0.7},
        0.1,
        {},
        1.5,
        -0.2,
        {"previous": 0.9, "turn_start": -0.3},
        Bag({"w:b": 2.0}, {"w:b": 0.4}),
    )
    text, speakers = ["a b", "b a a", "c"], ["X", "Y", "Y"]
    assert LinearModel.from_json(learned.to_json()).score_sentences(
        text, speakers
    ) == learned.score_sentences(text, speakers)


def test_a_model_of_the_first_format_is_read_as_words_alone():
    first = json.dumps(
        {
            "format": "factcheck-annotator/checkworthiness-model",
            "format_version": 1,
            "meta": {},
            "bias": 0.1,
            "features": {"w:a": [1.5, 0.7]},
        }
    )
    model = LinearModel.from_json(first)
    assert model.score_sentences(["a", "b"]) == [model.score("a"), model.score("b")]
    assert model.score("a") == pytest.approx(1 / (1 + math.exp(-(0.1 + 0.7))))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[]",
        '{"format": "something else"}',
        '{"format": "factcheck-annotator/checkworthiness-model", "format_version": 99}',
        '{"format": "factcheck-annotator/checkworthiness-model", "format_version": 1,'
        ' "bias": 0, "features": {"w:a": [1]}}',
        '{"format": "factcheck-annotator/checkworthiness-model", "format_version": 1,'
        ' "bias": NaN, "features": {}}',
    ],
)
def test_an_unreadable_model_is_refused_with_a_reason(text):
    with pytest.raises(ModelUnreadable):
        LinearModel.from_json(text)
