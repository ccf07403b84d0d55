"""Editing the schemes: entity types (label, colour, shortcut) and statuses (label, final,
rating value). Ids never change, so every stored annotation keeps its meaning."""

from __future__ import annotations

import re

from annotator.domain.errors import AnnotatorError, said
from annotator.domain.schemes import (
    ID_CHARACTERS,
    LABEL_CHARACTERS,
    EntityType,
    Schemes,
    Status,
)
from annotator.storage.database import Database
from annotator.storage.repositories.catalog_repository import SchemeRepository

# 1–9 and 0, then letters the window does not use for itself (C claim, B boundaries,
# N next suggestion): more than nine types can have a key (Quantity 0, Weapon W).
SHORTCUTS = (*"1234567890", *"QWERTYUIOPASDFGHJKLZXVM")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


class SchemeRefused(AnnotatorError):
    """A scheme edit that would break a rule; the message says which and how to fix it."""


def check(schemes: Schemes) -> None:
    """Raise SchemeRefused for the first rule the schemes break."""
    seen: dict[str, str] = {}
    labels = [t.label for t in schemes.entity_types] + [s.label for s in schemes.statuses]
    for label in labels:
        if len(label) > LABEL_CHARACTERS:
            raise SchemeRefused(
                said(
                    "A label has at most {limit} characters; “{start}…” has {length}.",
                    limit=LABEL_CHARACTERS,
                    start=label[:40],
                    length=len(label),
                )
            )
    for entity_type in schemes.entity_types:
        if not entity_type.label.strip():
            raise SchemeRefused(said("Entity type {id} needs a label.", id=entity_type.id))
        if not _COLOR.match(entity_type.color):
            raise SchemeRefused(
                said("{label}: the colour must look like #a1b2c3.", label=entity_type.label)
            )
        key = entity_type.shortcut
        if key is None:
            continue
        if key not in SHORTCUTS:
            raise SchemeRefused(
                said(
                    "{label}: shortcuts are the keys 1 to 9, 0, or a letter other than C, B and N.",
                    label=entity_type.label,
                )
            )
        if key in seen:
            raise SchemeRefused(
                said(
                    "The shortcut {key} is already used by {used_by}; give {label} another key or "
                    "none.",
                    key=key,
                    used_by=seen[key],
                    label=entity_type.label,
                )
            )
        seen[key] = entity_type.label
    for status in schemes.statuses:
        if not status.label.strip():
            raise SchemeRefused(said("Status {id} needs a label.", id=status.id))
        if status.rating_value is not None and not 1 <= status.rating_value <= 5:
            raise SchemeRefused(
                said("{label}: a rating value is from 1 to 5, or none.", label=status.label)
            )
        if status.rating_value is not None and not status.final:
            raise SchemeRefused(
                said("{label}: only a final status can carry a rating.", label=status.label)
            )


def new_id(label: str, taken: set[str]) -> str:
    """An id for a new entry, from its label: PERSON-like for types, snake_case for statuses
    is the caller's choice of case; ids are never reused or changed afterwards."""
    # Room for a number after it ("_12"): an id fits the dataset format's ids.
    base = re.sub(r"[^A-Za-z0-9]+", "_", label)[: ID_CHARACTERS - 4].strip("_") or "ITEM"
    candidate, number = base, 2
    while candidate in taken or candidate.upper() in {t.upper() for t in taken}:
        candidate, number = f"{base}_{number}", number + 1
    return candidate


class SchemeService:
    def __init__(self, database: Database) -> None:
        self.database = database

    def load(self) -> Schemes:
        with self.database.reading() as session:
            return SchemeRepository(session).load()

    def save(self, schemes: Schemes) -> Schemes:
        """Store edited schemes in one transaction: entries are updated by id, new ones added;
        none is removed (annotations may use it). Returns what is stored."""
        check(schemes)
        with self.database.transaction() as session:
            repository = SchemeRepository(session)
            current = repository.load()
            known_types = current.entity_type_ids()
            known_statuses = current.status_ids()
            missing = (known_types - {t.id for t in schemes.entity_types}) | (
                known_statuses - {s.id for s in schemes.statuses}
            )
            if missing:
                raise SchemeRefused(
                    said(
                        "{names} cannot be removed: annotations may use it.",
                        names=", ".join(sorted(missing)),
                    )
                )
            # Shortcuts are unique in the database: clear the ones that move first.
            for entity_type in current.entity_types:
                repository.replace_entity_type(
                    EntityType(entity_type.id, entity_type.label, entity_type.color, None)
                )
            for entity_type in schemes.entity_types:
                if entity_type.id in known_types:
                    repository.replace_entity_type(entity_type)
            repository.add_entity_types(t for t in schemes.entity_types if t.id not in known_types)
            for status in schemes.statuses:
                if status.id in known_statuses:
                    repository.replace_status(status)
            repository.add_statuses(s for s in schemes.statuses if s.id not in known_statuses)
            return repository.load()


def blank_entity_type(label: str, schemes: Schemes) -> EntityType:
    return EntityType(new_id(label, schemes.entity_type_ids()).upper(), label, "#cccccc", None)


def blank_status(label: str, schemes: Schemes) -> Status:
    return Status(new_id(label, schemes.status_ids()).lower(), label, True, None)
