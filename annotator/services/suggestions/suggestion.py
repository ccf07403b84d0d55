"""Holds what a suggestion is and what finding one works with: the two kinds, a Suggestion,
the open ones after edits (SuggestionDelta), an article's annotations and rejections
(Annotated), the compiled entity names and what the rules find in a text (Found).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

from annotator.domain.checkworthiness import ClaimCandidate
from annotator.domain.errors import AnnotatorError
from annotator.domain.language.name_matching import NameMatch, NameMatcher
from annotator.domain.models import Entity

MENTION, CLAIM = "mention", "claim"
KINDS = (MENTION, CLAIM)


class UnknownArticle(AnnotatorError):
    """No article has this id."""


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A span the user may accept or reject. ``type`` and ``entity_id`` are None for claims."""

    article_id: str
    kind: str
    start: int
    end: int
    quote: str
    type: str | None
    entity_id: str | None
    score: float
    reason: str
    # A form of the entity's name that is not yet one of its aliases (Ізюм, Izyum):
    # accepting the suggestion offers to add it.
    new_alias: str | None = None

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(slots=True)
class SuggestionDelta:
    """The open suggestions after some edits, and which of them closed or (re)opened. ``whole``:
    they were computed from scratch, so ``closed`` and ``opened`` say nothing. ``number``: the
    answer from scratch they follow from (the next edits are taken in since that one)."""

    suggestions: list[Suggestion]
    closed: list[Suggestion] = field(default_factory=list)
    opened: list[Suggestion] = field(default_factory=list)
    whole: bool = True
    number: int | None = None


class EntityNames:
    """The entities of one run, compiled once into a single pattern (never one per entity)."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        entities = list(entities)
        self.matcher = NameMatcher(entities)
        self.types = {entity.id: entity.type for entity in entities}


@dataclass(slots=True)
class Annotated:
    """What an article already holds: spans of its mentions and claims, rejected suggestions."""

    mentions: list[tuple[int, int]] = field(default_factory=list)
    claims: list[tuple[int, int]] = field(default_factory=list)
    rejected: set[tuple[str, int, int]] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class Found:
    """Everything the rules find in a text, before what is annotated or rejected is left out.
    It depends only on the text and the entities, so the window keeps it while annotating."""

    names: list[NameMatch]
    claims: list[ClaimCandidate]
