"""Which sentences teach ``annotator learn`` what, and how the model and the cues combine."""

from __future__ import annotations

from annotator.domain.checkworthiness import (
    MODEL_THRESHOLD,
    ClaimCandidate,
    LinearModel,
    assess,
    assess_in_context,
    assess_with_model,
    claim_candidates,
)
from annotator.domain.checkworthiness.context import sentence_units
from annotator.resources import seeds_dir
from annotator.services.suggestions.claim_model import examples_from, quality, shipped_model
from annotator.storage.repositories.learning_repository import AnnotatedText

TEXT = (
    "Rockets hit the depot near Izium overnight, officials said.\n"
    "Thanks for reading our live page today.\n"
    "The mayor said 12 people were killed and 40 wounded.\n"
    "Our reporter will be back tomorrow morning with more."
)


def span_of(sentence: str) -> tuple[int, int]:
    start = TEXT.index(sentence)
    return start, start + len(sentence)


def test_claims_are_positives_and_the_rest_of_a_done_article_negatives():
    first = span_of("Rockets hit the depot near Izium overnight, officials said.")
    examples = examples_from([AnnotatedText("a", TEXT, True, [(*first, None)])])
    assert [(e.sentence, e.label) for e in examples] == [
        ("Rockets hit the depot near Izium overnight, officials said.", 1),
        ("Thanks for reading our live page today.", 0),
        ("The mayor said 12 people were killed and 40 wounded.", 0),
        ("Our reporter will be back tomorrow morning with more.", 0),
    ]


def test_an_unfinished_article_gives_only_its_claims_and_rejections():
    rejected = span_of("Thanks for reading our live page today.")
    claim = span_of("The mayor said 12 people were killed")  # part of a sentence
    not_worthy = span_of("Our reporter will be back tomorrow morning with more.")
    article = AnnotatedText("a", TEXT, False, [(*claim, True), (*not_worthy, False)], [rejected])
    assert sorted((e.sentence, e.label) for e in examples_from([article])) == [
        ("Our reporter will be back tomorrow morning with more.", 0),
        ("Thanks for reading our live page today.", 0),
        ("The mayor said 12 people were killed", 1),
    ]


def test_the_model_and_the_cues_give_one_score_and_one_reason():
    sentence = "The mayor said 12 people were killed and 40 wounded."
    combined = assess_with_model(sentence, shipped_model())
    probability = shipped_model().score(sentence)
    assert combined.reason.startswith(f"model {probability:.2f}; ")
    assert combined.reason.endswith(assess(sentence).reason)
    assert combined.score == round(0.8 * probability + 0.2 * assess(sentence).score, 3)
    # boilerplate stays out whatever a model says
    eager = LinearModel({"w:©": 1.0}, {"w:©": 50.0}, 5.0)
    assert assess_with_model("© 2024 The Daily News. All rights reserved.", eager).score == 0


def test_claim_candidates_with_the_model_name_it_in_their_reasons():
    found = claim_candidates(TEXT, model=shipped_model())
    quotes = [TEXT[c.start : c.end] for c in found]
    assert "The mayor said 12 people were killed and 40 wounded." in quotes
    assert "Thanks for reading our live page today." not in quotes
    assert all(c.reason.startswith("model 0.") and c.score >= 0.5 for c in found)


def test_quality_measures():
    measured = quality([0.9, 0.8, 0.3, 0.2], [1, 0, 1, 0])
    assert measured.average_precision == (1 / 1 + 2 / 3) / 2
    assert (measured.precision, measured.recall, measured.f1) == (0.5, 0.5, 0.5)


def test_passing_by_hopeless_sentences_changes_no_candidate():
    """claim_candidates skips the cues where the model's score cannot reach the threshold:
    the result is the same as assessing every sentence in its context."""
    model = shipped_model()
    for path in sorted(seeds_dir().glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        units = sentence_units(text)
        sentences = [text[u.start : u.end] for u in units]
        assessed = assess_in_context(sentences, [u.speaker for u in units], model)
        for threshold in (0.3, MODEL_THRESHOLD, 0.7):
            every = [
                ClaimCandidate(u.start, u.end, a.score, a.reason)
                for u, a in zip(units, assessed, strict=True)
                if a.score >= threshold and a.score > 0
            ]
            assert claim_candidates(text, threshold, model) == every
            assert every  # the seeds hold claims at every threshold tried


TRANSCRIPT = (
    "COOPER: Why would you get the nomination?\n"
    "KASICH: Well, a couple of reasons, Anderson.\n"
    "KASICH: First of all, in virtually every national poll, I am the only one that beats "
    "Hillary Clinton consistently.\n"
    "KASICH: In fact, in the last poll that came out I was up 11 points."
)


def test_a_transcripts_speakers_are_not_part_of_its_sentences():
    units = sentence_units(TRANSCRIPT)
    assert [TRANSCRIPT[u.start : u.end] for u in units][:2] == [
        "Why would you get the nomination?",
        "Well, a couple of reasons, Anderson.",
    ]
    assert [u.speaker for u in units] == ["COOPER", "KASICH", "KASICH", "KASICH"]
    found = claim_candidates(TRANSCRIPT, 0.3, shipped_model())
    assert found and not any(TRANSCRIPT[c.start : c.end].startswith("KASICH") for c in found)
    # news text is no transcript: a single "Name: …" line, or labels of news pages
    assert {u.speaker for u in sentence_units("UPDATE: More at 9.\nNOTE: Rockets hit.")} == {None}
    assert {u.speaker for u in sentence_units("Zelensky: we will win.\nHe said so.")} == {None}


def test_a_sentence_scores_in_its_context():
    model = shipped_model()
    claim = "Thousands of jobs are leaving Michigan and Ohio."
    alone = model.score(claim)
    after_a_claim = model.score_sentences(
        ["Ford is moving 4,000 jobs to Mexico, the company said.", claim]
    )[1]
    after_chatter = model.score_sentences(["Thank you, thank you all.", claim])[1]
    assert after_a_claim > after_chatter
    assert alone != after_a_claim


def test_examples_carry_their_signals_in_the_article():
    lines = TRANSCRIPT.split("\n")
    claim = lines[2][len("KASICH: ") :]
    start = TRANSCRIPT.index(claim)
    examples = examples_from(
        [AnnotatedText("a", TRANSCRIPT, True, [(start, start + len(claim), True)])]
    )
    by_sentence = {e.sentence: e for e in examples}
    assert by_sentence[claim].label == 1
    assert by_sentence["Why would you get the nomination?"].signals["question"] == 1.0
    assert by_sentence["Well, a couple of reasons, Anderson."].signals["answer"] == 1.0
    assert "turn_start" in by_sentence["Well, a couple of reasons, Anderson."].signals
    assert not any(e.sentence.startswith(("COOPER", "KASICH")) for e in examples)
