"""Entity types and verification statuses (docs/design/data-model.md).

Schemes live in the database so they travel with the data; these are the defaults a new
database starts with. Ids never change when labels do.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class EntityType:
    id: str
    label: str
    color: str
    shortcut: str | None = None


@dataclass(slots=True)
class Status:
    id: str
    label: str
    final: bool
    rating_value: int | None = None


# Shortcuts 1–9 in this order (PERSON=1, ORG=2, MIL_UNIT=3 …), then Quantity 0, Weapon W.
# Colours: a qualitative palette chosen to stay distinct from each other and readable as a
# background under dark text.
DEFAULT_ENTITY_TYPES: tuple[EntityType, ...] = (
    EntityType("PERSON", "Person", "#f4a261", "1"),
    EntityType("ORG", "Organisation", "#8ecae6", "2"),
    EntityType("MIL_UNIT", "Military unit", "#e9c46a", "3"),
    EntityType("NORP", "Nationality / group", "#cdb4db", "4"),
    EntityType("GPE", "Country / city / region", "#90be6d", "5"),
    EntityType("LOC", "Location", "#b7e4c7", "6"),
    EntityType("FAC", "Facility", "#ffafcc", "7"),
    EntityType("EVENT", "Event", "#f28482", "8"),
    EntityType("DATE", "Date", "#a3c4f3", "9"),
    EntityType("QUANTITY", "Quantity", "#ffd6a5", "0"),
    EntityType("WEAPON", "Weapon", "#bdb2ff", "W"),
)

DEFAULT_STATUSES: tuple[Status, ...] = (
    Status("unverified", "Unverified", False, None),
    Status("in_progress", "In progress", False, None),
    Status("true", "True", True, 5),
    Status("mostly_true", "Mostly true", True, 4),
    Status("mixed", "Mixed", True, 3),
    Status("mostly_false", "Mostly false", True, 2),
    Status("false", "False", True, 1),
    Status("misleading", "Misleading", True, 2),
    Status("unproven", "Unproven", True, None),
)

DEFAULT_CLAIM_STATUS = "unverified"


@dataclass(slots=True)
class Schemes:
    entity_types: list[EntityType]
    statuses: list[Status]

    @classmethod
    def defaults(cls) -> Schemes:
        return cls(
            entity_types=[
                EntityType(e.id, e.label, e.color, e.shortcut) for e in DEFAULT_ENTITY_TYPES
            ],
            statuses=[Status(s.id, s.label, s.final, s.rating_value) for s in DEFAULT_STATUSES],
        )

    def entity_type_ids(self) -> set[str]:
        return {t.id for t in self.entity_types}

    def status_ids(self) -> set[str]:
        return {s.id for s in self.statuses}

    def entity_type_for_shortcut(self, key: str) -> EntityType | None:
        return next((t for t in self.entity_types if t.shortcut == key), None)
