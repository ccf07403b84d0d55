"""Where a sentence stands: its neighbours and, in a transcript, who says it.

Whether a sentence is worth checking depends on more than its own words. The CheckThat! lab's
best runs on debates looked at the sentences around it (claims come in runs: "So Ford is
leaving. Their small car division is leaving. Thousands of jobs leaving Michigan."), at its
numbers and names, and at who is speaking: moderators ask, candidates claim, and a turn's first
sentence after a question is often the answer's thesis. This module describes those as
**signals**, numbers between 0 and 1 that a model weighs beside the sentence's words
(domain.checkworthiness.model).

**Speakers.** A transcript gives each turn a line that starts with the speaker's name and a
colon: ``TRUMP: So Ford is leaving.`` (the CheckThat! import writes debates so), ``LESLEY
STAHL: …`` or ``Lesley Stahl: …``. A name is one to four words in capitals, or two to four
capitalised words (one capitalised word is too often "Update:" or "Note:"); a few labels of
news pages in capitals ("UPDATE:", "BREAKING:", "WATCH:") are not speakers. A line without a
name continues the last speaker's turn. A text with fewer than two such lines (a label, a
quote) has no speakers, and the speaker signals are all 0 (news articles). The name and its
colon are not part of the sentence: the model does not read "TRUMP" as a word of the claim, and
a suggested claim starts where the speaker's words start.

Every signal is a plain function of the sentences, their speakers and each sentence's
**lexical score** (the model's logit from the words alone, turned into a probability): the
shipped trainer, ``annotator learn`` and the scorer compute them here, one and the same way.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from annotator.domain.sentences import sentence_spans

# One to four capitalised words, then a colon and the words spoken: "TRUMP", "LESLEY STAHL",
# "MR. SCHWAB", "Q", "Lesley Stahl", "Mitch McConnell". A single word counts only in capitals.
_SPEAKER = re.compile(r"(?P<name>[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,3}):[ \t]+(?=\S)")
_NOT_SPEAKERS = frozenset(
    (
        *("UPDATE", "UPDATED", "BREAKING", "BREAKING NEWS", "WATCH", "READ", "READ MORE"),
        *("NOTE", "EDITOR'S NOTE", "CORRECTION", "LIVE", "VIDEO", "PHOTO", "PHOTOS"),
        *("EXCLUSIVE", "ANALYSIS", "OPINION", "COMMENTARY", "SOURCE", "SOURCES", "CREDIT"),
        *("TAGS", "TOPICS", "RELATED", "SEE ALSO", "WARNING", "ALERT", "FACT CHECK", "CLAIM"),
        *("VERDICT", "RATING", "THE FACTS", "THE CLAIM", "OUR RATING", "THE VERDICT"),
    )
)

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_MONEY = re.compile(
    r"[$€£¥₴₽%]|\b(?:dollars?|euros?|pounds?|percent|per cent|cents?|"
    r"thousands?|millions?|billions?|trillions?)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_WORD = re.compile(r"\w+")
_PRONOUNS = frozenset({"I"})

# The signals a model may weigh; their names are keys of the model file (add, never rename).
SENTENCE_SIGNALS: tuple[str, ...] = (
    *("first", "last", "previous", "next", "numbers", "money", "year", "names"),
    *("question", "words", "short"),
)
SPEAKER_SIGNALS = (
    *("turn_start", "turn_end", "speaker_questions", "speaker_share"),
    *("speaker_score", "answer"),
)
SIGNALS = SENTENCE_SIGNALS + SPEAKER_SIGNALS


@dataclass(frozen=True, slots=True)
class SentenceUnit:
    """A sentence of a text, without its speaker's name; ``speaker`` None outside transcripts."""

    start: int
    end: int
    speaker: str | None


def speaker_of(line: str) -> tuple[str, int] | None:
    """The speaker who begins this line and where their words start, or None."""
    found = _SPEAKER.match(line)
    if found is None:
        return None
    name = found.group("name")
    if name.upper() in _NOT_SPEAKERS or (" " not in name and not name.isupper()):
        return None
    return name, found.end()


def sentence_units(text: str) -> list[SentenceUnit]:
    """The sentences of ``text`` in reading order, each without its speaker's name and with
    its speaker (domain.sentences splits; see the module's docstring for speakers)."""
    spans = sentence_spans(text)
    turns: list[tuple[int, int, str]] = []  # line start, words' start, speaker
    position = 0
    for line in text.split("\n"):
        found = speaker_of(line)
        if found is not None:
            turns.append((position, position + found[1], found[0]))
        position += len(line) + 1
    if len(turns) < 2:  # one such line is a label or a quote, not a transcript
        return [SentenceUnit(start, end, None) for start, end in spans]
    units: list[SentenceUnit] = []
    turn = -1
    for start, end in spans:
        while turn + 1 < len(turns) and turns[turn + 1][0] <= start:
            turn += 1
        speaker = turns[turn][2] if turn >= 0 else None
        if turn >= 0 and turns[turn][0] == start:  # the line's first sentence: drop the name
            start = turns[turn][1]
            if start >= end:
                continue
        units.append(SentenceUnit(start, end, speaker))
    return units


def sentence_signals(sentence: str) -> dict[str, float]:
    """The signals of a sentence's own make: numbers, money, years, names, a question, length.
    Only signals that are not 0 are given."""
    found: dict[str, float] = {}
    numbers = len(_NUMBER.findall(sentence))
    if numbers:
        found["numbers"] = min(numbers, 3) / 3
    if _MONEY.search(sentence):
        found["money"] = 1.0
    if _YEAR.search(sentence):
        found["year"] = 1.0
    words = _WORD.findall(sentence)
    # capitalised words after the first: names of people, places, bodies (a rough count)
    names = sum(1 for w in words[1:] if w[0].isupper() and w not in _PRONOUNS)
    if names:
        found["names"] = min(names, 4) / 4
    if sentence.rstrip().rstrip("\"'’”»)]").endswith("?"):
        found["question"] = 1.0
    found["words"] = min(len(words), 40) / 40
    if len(words) < 6:
        found["short"] = 1.0
    return found


def signals(
    sentences: Sequence[str], speakers: Sequence[str | None], lexical: Sequence[float]
) -> list[dict[str, float]]:
    """Each sentence's signals in its text: its own (``sentence_signals``), its neighbours'
    lexical scores (probabilities 0–1), and in a transcript its speaker's turn and habits.

    ``lexical`` holds every sentence's probability from its words alone. Only signals that are
    not 0 are given."""
    count = len(sentences)
    own = [sentence_signals(s) for s in sentences]
    transcript = any(speaker is not None for speaker in speakers)
    if transcript:
        lines: Counter[str | None] = Counter(speakers)
        asking: Counter[str | None] = Counter()
        scores: dict[str | None, float] = {}
        for speaker, found, score in zip(speakers, own, lexical, strict=True):
            asking[speaker] += "question" in found
            scores[speaker] = scores.get(speaker, 0.0) + score
    result = []
    for i in range(count):
        found = own[i]
        if i == 0:
            found["first"] = 1.0
        elif lexical[i - 1]:
            found["previous"] = lexical[i - 1]
        if i == count - 1:
            found["last"] = 1.0
        elif lexical[i + 1]:
            found["next"] = lexical[i + 1]
        speaker = speakers[i]
        if transcript and speaker is not None:
            if i == 0 or speakers[i - 1] != speaker:
                found["turn_start"] = 1.0
                if i > 0 and "question" in own[i - 1]:
                    found["answer"] = 1.0
            if i == count - 1 or speakers[i + 1] != speaker:
                found["turn_end"] = 1.0
            said = lines[speaker]
            if asking[speaker]:
                found["speaker_questions"] = asking[speaker] / said
            found["speaker_share"] = min(1.0, 3 * said / count)
            found["speaker_score"] = scores[speaker] / said
        result.append(found)
    return result
