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

A linear model (domain.checkworthiness.model) scores sentences too, combined with the cues
by ``assess_with_model``; in a text, ``claim_candidates`` gives the model each sentence with
its neighbours and, in a transcript, its speaker (domain.checkworthiness.context), and a
suggested sentence never includes the speaker's name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from annotator.domain.checkworthiness.context import sentence_units
from annotator.domain.checkworthiness.model import LinearModel
from annotator.domain.claim_cues import CUES, Sentence

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
    cues alone, or by ``model`` (each sentence in its context) and the cues (threshold by
    default MODEL_THRESHOLD). A transcript's speaker names are not part of the sentences."""
    if threshold is None:
        threshold = THRESHOLD if model is None else MODEL_THRESHOLD
    units = sentence_units(text)
    sentences = [text[unit.start : unit.end] for unit in units]
    scored: list[Assessment | None]
    if model is None:
        scored = [assess(sentence) for sentence in sentences]
    else:
        scored = _assessed_with_model(sentences, [u.speaker for u in units], model, threshold)
    return [
        ClaimCandidate(unit.start, unit.end, assessment.score, assessment.reason)
        for unit, assessment in zip(units, scored, strict=True)
        if assessment is not None and assessment.score >= threshold and assessment.score > 0
    ]


def assess_in_context(
    sentences: list[str], speakers: list[str | None] | None, model: LinearModel
) -> list[Assessment]:
    """Every sentence of a text (in reading order) assessed by ``model`` in its context and
    by the cues, as suggestions score it, whatever its score."""
    speakers = speakers or [None] * len(sentences)
    probabilities = model.score_sentences(sentences, speakers)
    return [
        _excluded(sentence) or _combined(sentence, probability)
        for sentence, probability in zip(sentences, probabilities, strict=True)
    ]


def _assessed_with_model(
    sentences: list[str], speakers: list[str | None], model: LinearModel, threshold: float
) -> list[Assessment | None]:
    """Each sentence's model-and-cues assessment; None where it cannot reach ``threshold``."""
    probabilities = model.score_sentences(sentences, speakers)
    # A sentence whose probability cannot reach the threshold even with every cue (cues score
    # at most 1) is passed by without scanning for cues: most sentences are not claims, and
    # the cues cost twice what the model does. The margin covers rounding.
    reachable = (threshold - (1.0 - MODEL_SHARE) - 0.001) / MODEL_SHARE
    return [
        None
        if probability < reachable or _excluded(sentence) is not None
        else _combined(sentence, probability)
        for sentence, probability in zip(sentences, probabilities, strict=True)
    ]


def _shorten(value: str, limit: int = 30) -> str:
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1] + "…"
