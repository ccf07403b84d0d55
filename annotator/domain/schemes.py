"""Entity types and verification statuses (docs/design/data-model.md).

Schemes live in the database so they travel with the data; these are the defaults a new
database starts with. Ids never change when labels do.
"""

from __future__ import annotations

from dataclasses import dataclass

LABEL_CHARACTERS = 200  # the longest label of a type or status (the database keeps no more)
ID_CHARACTERS = 36  # the longest id: a dataset's ids (format v1) are at most this long


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
# Colours: light enough to read dark text on, and told apart pairwise by their hue (30° or
# more apart) or, where hues are near (Organisation and Date, the two blues), by their
# lightness (1.25:1 or more), all at least ΔE 20 apart in CIELAB (tests/qt/test_colours_apart).
DEFAULT_ENTITY_TYPES: tuple[EntityType, ...] = (
    EntityType("PERSON", "Person", "#f0a060", "1"),
    EntityType("ORG", "Organisation", "#9fdcf2", "2"),
    EntityType("MIL_UNIT", "Military unit", "#ecc95e", "3"),
    EntityType("NORP", "Nationality / group", "#dcc4e6", "4"),
    EntityType("GPE", "Country / city / region", "#90be6d", "5"),
    EntityType("LOC", "Location", "#b7e4c7", "6"),
    EntityType("FAC", "Facility", "#ffafcc", "7"),
    EntityType("EVENT", "Event", "#f07a92", "8"),
    EntityType("DATE", "Date", "#86aee8", "9"),
    EntityType("QUANTITY", "Quantity", "#fde0b2", "0"),
    EntityType("WEAPON", "Weapon", "#b3a6fb", "W"),
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
