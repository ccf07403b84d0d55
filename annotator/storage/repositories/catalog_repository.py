"""Schemes, annotators and canonical entities: the small tables the annotations refer to."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, func, insert, select, update

from annotator.domain.models import Annotator, Entity
from annotator.domain.schemes import EntityType, Schemes, Status
from annotator.storage.repositories.repository_base import Repository, columns_of, existing_ids
from annotator.storage.row_mapping import (
    annotator_from,
    entity_from,
    entity_type_from,
    entity_type_values,
    entity_values,
    status_from,
    status_values,
)
from annotator.storage.rows import AnnotatorRow, EntityRow, EntityTypeRow, StatusRow


class SchemeRepository(Repository):
    def load(self) -> Schemes:
        types = self.session.execute(
            select(*columns_of(EntityTypeRow)).order_by(EntityTypeRow.position)
        ).mappings()
        statuses = self.session.execute(
            select(*columns_of(StatusRow)).order_by(StatusRow.position)
        ).mappings()
        return Schemes([entity_type_from(r) for r in types], [status_from(r) for r in statuses])

    def is_empty(self) -> bool:
        return not self.session.scalar(select(func.count()).select_from(EntityTypeRow))

    def has_entity_type(self, type_id: str) -> bool:
        """One row looked up, not the schemes read (checked on every mention written)."""
        query = select(EntityTypeRow.id).where(EntityTypeRow.id == type_id)
        return self.session.connection().execute(query).first() is not None

    def add_entity_types(self, types: Iterable[EntityType]) -> None:
        start = self._next_position(EntityTypeRow)
        rows = [entity_type_values(t, start + i) for i, t in enumerate(types)]
        if rows:
            self.session.execute(insert(EntityTypeRow), rows)

    def add_statuses(self, statuses: Iterable[Status]) -> None:
        start = self._next_position(StatusRow)
        rows = [status_values(s, start + i) for i, s in enumerate(statuses)]
        if rows:
            self.session.execute(insert(StatusRow), rows)

    def replace_entity_type(self, entity_type: EntityType) -> None:
        self.session.execute(
            update(EntityTypeRow)
            .where(EntityTypeRow.id == entity_type.id)
            .values(label=entity_type.label, color=entity_type.color, shortcut=entity_type.shortcut)
        )

    def replace_status(self, status: Status) -> None:
        self.session.execute(
            update(StatusRow)
            .where(StatusRow.id == status.id)
            .values(label=status.label, final=status.final, rating_value=status.rating_value)
        )

    def replace_all(self, schemes: Schemes) -> None:
        """Make the schemes exactly these; only for a database that nothing refers to yet."""
        self.session.execute(delete(EntityTypeRow))
        self.session.execute(delete(StatusRow))
        self.add_entity_types(schemes.entity_types)
        self.add_statuses(schemes.statuses)

    def ensure_defaults(self) -> bool:
        """Give a new database the default schemes; True when it had none."""
        if not self.is_empty():
            return False
        defaults = Schemes.defaults()
        self.add_entity_types(defaults.entity_types)
        self.add_statuses(defaults.statuses)
        return True

    def _next_position(self, row_class: type[EntityTypeRow] | type[StatusRow]) -> int:
        current = self.session.scalar(select(func.max(row_class.position)))
        return 0 if current is None else current + 1


class AnnotatorRepository(Repository):
    def all(self) -> list[Annotator]:
        rows = self.session.execute(
            select(*columns_of(AnnotatorRow)).order_by(AnnotatorRow.name, AnnotatorRow.id)
        ).mappings()
        return [annotator_from(r) for r in rows]

    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        return existing_ids(self.session, AnnotatorRow, ids)

    def get(self, annotator_id: str) -> Annotator | None:
        row = (
            self.session.execute(
                select(*columns_of(AnnotatorRow)).where(AnnotatorRow.id == annotator_id)
            )
            .mappings()
            .first()
        )
        return annotator_from(row) if row else None

    def by_name(self, name: str) -> Annotator | None:
        row = (
            self.session.execute(
                select(*columns_of(AnnotatorRow))
                .where(AnnotatorRow.name == name)
                .order_by(AnnotatorRow.id)
                .limit(1)
            )
            .mappings()
            .first()
        )
        return annotator_from(row) if row else None

    def add_many(self, annotators: Iterable[Annotator]) -> None:
        rows = [{"id": a.id, "name": a.name} for a in annotators]
        if rows:
            self.session.execute(insert(AnnotatorRow), rows)


class EntityRepository(Repository):
    def all(self) -> list[Entity]:
        rows = self.session.execute(
            select(*columns_of(EntityRow)).order_by(EntityRow.name, EntityRow.id)
        ).mappings()
        return [entity_from(r) for r in rows]

    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        return existing_ids(self.session, EntityRow, ids)

    def add_many(self, entities: Iterable[Entity]) -> None:
        rows = [entity_values(e) for e in entities]
        if rows:
            self.session.execute(insert(EntityRow), rows)

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(EntityRow)) or 0

    def get(self, entity_id: str) -> Entity | None:
        row = (
            self.session.execute(select(*columns_of(EntityRow)).where(EntityRow.id == entity_id))
            .mappings()
            .first()
        )
        return entity_from(row) if row else None
