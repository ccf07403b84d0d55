"""Changes of stored annotations, and the conflict of two saves of the same one.

A change names the fields it changes, the values the user gave them, and the annotation as the
user saw it when the edit began (``seen``: its version, and the values it replaces). It is
stored only over that very version: when someone else saved the annotation since, the save
is a conflict (SaveConflict), never a silent overwrite, and the user chooses what to keep
(docs/design/storage.md, "Saves on a shared database").

Pure functions of domain records: the window uses them to build changes, the annotating
service to store them.
"""

from __future__ import annotations

import copy
import dataclasses
import uuid
from dataclasses import dataclass

from annotator.domain.errors import AnnotatorError, EditConflict
from annotator.domain.models import Article, Claim, Claimant, Mention, Origin
from annotator.domain.schemes import DEFAULT_CLAIM_STATUS
from annotator.domain.text import validate_span
from annotator.domain.timestamps import now_timestamp

Annotation = Mention | Claim

# Written by the database on every save, never an edit of the user's.
NOT_EDITS = frozenset({"updated_at", "version"})


class EditRefused(AnnotatorError):
    """An edit that would break a rule (a span outside the text, an unknown type …)."""


def check_span(text: str, start: int, end: int) -> None:
    try:
        validate_span(text, start, end, text[start:end])
    except AnnotatorError as error:
        raise EditRefused(str(error)) from None


def new_mention(
    article: Article,
    start: int,
    end: int,
    entity_type: str,
    created_by: str | None,
    origin: Origin = Origin.MANUAL,
) -> Mention:
    """A mention of the article not stored yet, with its id: undo and redo store this very
    one. Refused (EditRefused) when the span does not fit the text."""
    check_span(article.text, start, end)
    return Mention(
        id=str(uuid.uuid4()),
        article_id=article.id,
        start=start,
        end=end,
        quote=article.text[start:end],
        type=entity_type,
        origin=origin,
        created_by=created_by,
        created_at=now_timestamp(),
    )


def new_claim(
    article: Article,
    start: int,
    end: int,
    created_by: str | None,
    origin: Origin = Origin.MANUAL,
) -> Claim:
    """A claim of the article not stored yet, as new_mention."""
    check_span(article.text, start, end)
    stamp = now_timestamp()
    return Claim(
        id=str(uuid.uuid4()),
        article_id=article.id,
        start=start,
        end=end,
        quote=article.text[start:end],
        status=DEFAULT_CLAIM_STATUS,
        claimant=Claimant(),
        origin=origin,
        created_by=created_by,
        created_at=stamp,
        updated_at=stamp,
    )


@dataclass(frozen=True, slots=True)
class Change:
    """``fields`` of ``edited`` to store over the version of ``seen``."""

    seen: Annotation
    edited: Annotation
    fields: frozenset[str]


class SaveConflict(EditConflict):
    """Someone else saved the annotation since the user's edit began: nothing was stored.

    ``theirs`` is the annotation as stored now, saved last by ``who`` (a name, "" when not
    known) at ``when``; ``mine`` is theirs with the user's fields, what keeping mine stores;
    ``differ`` the fields whose values the two differ in (those to choose between)."""

    def __init__(
        self,
        message: str,
        *,
        change: Change,
        theirs: Annotation,
        who: str,
        when: str,
    ) -> None:
        super().__init__(message)
        self.change = change
        self.theirs = theirs
        self.mine = patched(theirs, change.edited, change.fields)
        self.differ = frozenset(
            name for name in change.fields if getattr(theirs, name) != getattr(self.mine, name)
        )
        self.who = who
        self.when = when


def changed_fields(before: Annotation, after: Annotation) -> frozenset[str]:
    """The fields the user changed from ``before`` to ``after``."""
    return frozenset(
        f.name
        for f in dataclasses.fields(before)
        if f.name not in NOT_EDITS and getattr(before, f.name) != getattr(after, f.name)
    )


def patched(current: Annotation, source: Annotation, names: frozenset[str]) -> Annotation:
    """``current`` with the values of ``names`` taken from ``source``."""
    result = copy.deepcopy(current)
    for name in names:
        setattr(result, name, copy.deepcopy(getattr(source, name)))
    return result


def rebased(seen: Annotation, shown: Annotation | None, fields: frozenset[str]) -> Annotation:
    """What a change was based on, once the window shows a newer version ``shown``: that
    version when it left these fields as the user saw them (the user has it before their
    eyes, and their edit replaces nothing new), else still ``seen`` — a save over someone
    else's new values of these fields is then a conflict."""
    if shown is None or shown.version == seen.version:
        return seen
    if all(getattr(shown, name) == getattr(seen, name) for name in fields):
        return shown
    return seen
