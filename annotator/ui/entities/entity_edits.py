"""Renaming, re-spelling, merging and deleting canonical entities, with their own undo.

An entity change reaches across articles, so it cannot go on an article's undo stack (only the
open article's stack is active, DESIGN §10). Each change keeps the snapshot the service
returned, and "Undo last entity change" hands it back: update, unmerge or restore.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from annotator.domain.errors import AnnotatorError
from annotator.domain.models import Entity
from annotator.services.entities.entity_service import EntityOverview, EntityService, clean_aliases
from annotator.ui.common import dialogs
from annotator.ui.entities.entity_table_model import plural

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class EntityChange:
    description: str  # "Rename “Izium”": the undo button's tooltip names it
    undo: Callable[[], object]


class EntityEdits(QObject):
    changed = Signal(str)  # what was done or undone, for the status bar
    failed = Signal(str)  # a change that did not reach the database, and why

    def __init__(
        self, service: EntityService, parent: QWidget, type_label: Callable[[str], str]
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.parent_widget = parent
        self.type_label = type_label
        self.history: list[EntityChange] = []

    # --- changes ---------------------------------------------------------------------------

    def rename(self, entity: Entity) -> None:
        name = dialogs.ask_text(
            self.parent_widget, "Rename entity", f"New name for “{entity.name}”:", entity.name
        )
        name = " ".join((name or "").split())
        if not name or name == entity.name:
            return
        self._apply(
            f"Rename “{entity.name}” to “{name}”",
            lambda: self.service.rename(entity.id, name),
            self.service.update,
            f"Renamed “{entity.name}” to “{name}” in every article.",
        )

    def edit_aliases(self, entity: Entity) -> None:
        text = dialogs.ask_text(
            self.parent_widget,
            f"Aliases of {entity.name}",
            "Other spellings, separated by commas\n(completion and suggestions find them):",
            ", ".join(entity.aliases),
        )
        if text is None:
            return
        aliases = clean_aliases(entity.name, text.split(","))
        if aliases == entity.aliases:
            return
        self._apply(
            f"Edit the aliases of “{entity.name}”",
            lambda: self.service.set_aliases(entity.id, aliases),
            self.service.update,
            f"Aliases of “{entity.name}”: {', '.join(aliases) or 'none'}.",
        )

    def merge(self, merged: EntityOverview, others: list[Entity]) -> None:
        """Merge ``merged`` into the entity the user chooses to keep."""
        gone = merged.entity
        # The same type first: merging a place into a person is possible but rarely meant.
        others = sorted(others, key=lambda e: (e.type != gone.type, e.name.casefold(), e.id))
        choices: dict[str, Entity] = {}
        for entity in others:
            label = base = f"{entity.name} — {self.type_label(entity.type)}"
            number = 2
            while label in choices:  # two entities of one name and type: still two choices
                label, number = f"{base} ({number})", number + 1
            choices[label] = entity
        chosen = dialogs.choose_item(
            self.parent_widget,
            "Merge into…",
            f"Keep which entity? “{gone.name}” becomes one of its aliases:",
            list(choices),
        )
        kept = choices.get(chosen or "")
        if kept is None:
            return
        spellings = "“" + "”, “".join([gone.name, *gone.aliases]) + "”"
        question = (
            f"Merge “{gone.name}” into “{kept.name}”?\n\n"
            f"Its mentions ({merged.mention_count}, in {plural(len(merged.articles), 'article')}) "
            f"will follow and name “{kept.name}”, "
            f"and {spellings} will become aliases of “{kept.name}”. "
            f"“{gone.name}” is then deleted (Undo last entity change brings it back)."
        )
        if not dialogs.confirm(self.parent_widget, "Merge entities", question):
            return
        self._apply(
            f"Merge “{gone.name}” into “{kept.name}”",
            lambda: self.service.merge(kept.id, gone.id),
            self.service.unmerge,
            f"Merged “{gone.name}” into “{kept.name}”.",
        )

    def delete(self, overview: EntityOverview) -> None:
        entity = overview.entity
        question = (
            f"Delete the entity “{entity.name}”?\n\n"
            f"Its mentions ({overview.mention_count}) stay in their articles, "
            "no longer linked to an entity."
        )
        if not dialogs.confirm(self.parent_widget, "Delete entity", question):
            return
        self._apply(
            f"Delete “{entity.name}”",
            lambda: self.service.delete(entity.id),
            self.service.restore,
            f"Deleted “{entity.name}”; its mentions are kept, unlinked.",
        )

    # --- undo ------------------------------------------------------------------------------

    def undo(self) -> None:
        if not self.history:
            return
        change = self.history.pop()
        try:
            change.undo()
        except AnnotatorError as error:
            self.failed.emit(f"Could not undo “{change.description}”: {error}")
            return
        self.changed.emit(f"Undone: {change.description}.")

    def _apply(
        self,
        description: str,
        change: Callable[[], T],
        undo: Callable[[T], object],
        message: str,
    ) -> None:
        """Write first; only a change that reached the database becomes undoable (STYLE.md)."""
        try:
            snapshot = change()
        except AnnotatorError as error:
            self.failed.emit(str(error))
            return
        self.history.append(EntityChange(description, lambda: undo(snapshot)))
        self.changed.emit(message)
