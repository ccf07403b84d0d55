"""Holds the labels of entity types and statuses as the window shows them: the default
schemes' labels in the window's language, a label the team wrote as they wrote it.

Only the label on screen changes: ids, stored labels and exports stay as they are. A default
type or status keeps its translation while its stored label is still the default one; renamed
in Schemes, it shows the new name.

May import: Qt, annotator.domain, ui.common.translation.
"""

from __future__ import annotations

from annotator.domain.schemes import (
    DEFAULT_ENTITY_TYPES,
    DEFAULT_STATUSES,
    EntityType,
    Schemes,
    Status,
)
from annotator.ui.common.translation import QT_TRANSLATE_NOOP, translate

# pyside6-lupdate reads the labels from here (the domain does not import Qt).
_MARKED = (
    QT_TRANSLATE_NOOP("Schemes", "Person"),
    QT_TRANSLATE_NOOP("Schemes", "Organisation"),
    QT_TRANSLATE_NOOP("Schemes", "Military unit"),
    QT_TRANSLATE_NOOP("Schemes", "Nationality / group"),
    QT_TRANSLATE_NOOP("Schemes", "Country / city / region"),
    QT_TRANSLATE_NOOP("Schemes", "Location"),
    QT_TRANSLATE_NOOP("Schemes", "Facility"),
    QT_TRANSLATE_NOOP("Schemes", "Event"),
    QT_TRANSLATE_NOOP("Schemes", "Date"),
    QT_TRANSLATE_NOOP("Schemes", "Quantity"),
    QT_TRANSLATE_NOOP("Schemes", "Weapon"),
    QT_TRANSLATE_NOOP("Schemes", "Unverified"),
    QT_TRANSLATE_NOOP("Schemes", "In progress"),
    QT_TRANSLATE_NOOP("Schemes", "True"),
    QT_TRANSLATE_NOOP("Schemes", "Mostly true"),
    QT_TRANSLATE_NOOP("Schemes", "Mixed"),
    QT_TRANSLATE_NOOP("Schemes", "Mostly false"),
    QT_TRANSLATE_NOOP("Schemes", "False"),
    QT_TRANSLATE_NOOP("Schemes", "Misleading"),
    QT_TRANSLATE_NOOP("Schemes", "Unproven"),
)
_DEFAULT_TYPES = {t.id: t.label for t in DEFAULT_ENTITY_TYPES}
_DEFAULT_STATUSES = {s.id: s.label for s in DEFAULT_STATUSES}


def type_label(entity_type: EntityType) -> str:
    if _DEFAULT_TYPES.get(entity_type.id) == entity_type.label:
        return translate("Schemes", entity_type.label)
    return entity_type.label


def status_label(status: Status) -> str:
    if _DEFAULT_STATUSES.get(status.id) == status.label:
        return translate("Schemes", status.label)
    return status.label


def type_label_of(schemes: Schemes, type_id: str) -> str:
    """The label of the type ``type_id``, or the id itself when the scheme lacks it."""
    found = next((t for t in schemes.entity_types if t.id == type_id), None)
    return type_label(found) if found is not None else type_id


def status_label_of(schemes: Schemes, status_id: str) -> str:
    found = next((s for s in schemes.statuses if s.id == status_id), None)
    return status_label(found) if found is not None else status_id
