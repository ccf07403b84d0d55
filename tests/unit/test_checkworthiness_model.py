"""The shipped check-worthiness model: the pure-Python scorer gives scikit-learn's scores."""

from __future__ import annotations

import json

import pytest

from annotator.domain.checkworthiness import LinearModel, ModelUnreadable, features
from annotator.resources import resource_path

MODEL = resource_path("models", "checkworthiness-claimbuster.json")
REFERENCE = resource_path("models", "checkworthiness-reference.json")


def test_the_scorer_reproduces_the_trainers_scores_on_1000_sentences():
    model = LinearModel.from_json(MODEL.read_text(encoding="utf-8"))
    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
    assert len(reference) == 1000
    differences = [abs(model.score(row["text"]) - row["score"]) for row in reference]
    assert max(differences) < 1e-9
    # the sample is not degenerate: it holds confident claims and confident non-claims
    assert min(r["score"] for r in reference) < 0.1 < 0.9 < max(r["score"] for r in reference)


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
