"""Renaming, re-spelling, merging and deleting canonical entities, as steps of the one history.

An entity change reaches across articles; it goes on the window's one history all the same
(Edit › Undo). Each change keeps the snapshot the service returned, and its undo
hands it back: update, unmerge or restore; redo makes the change again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from annotator.domain.models import Entity
from annotator.services.entities.entity_service import EntityOverview, EntityService, clean_aliases
from annotator.ui.common import dialogs
from annotator.ui.editing.article_controller import ArticleController
from annotator.ui.editing.cross_article_commands import CrossArticleCommand
from annotator.ui.entities.entity_table_model import plural

T = TypeVar("T")


class EntityEdits(QObject):
    changed = Signal(str)  # what was done or undone, for the status bar
    failed = Signal(str)  # a change that did not reach the database, and why

    def __init__(
        self,
        service: EntityService,
        controller: ArticleController,
        parent: QWidget,
        type_label: Callable[[str], str],
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.controller = controller
        self.parent_widget = parent
        self.type_label = type_label

    # --- changes ---------------------------------------------------------------------------

    def rename(self, entity: Entity) -> None:
        name = dialogs.ask_text(
            self.parent_widget,
            self.tr("Rename entity"),
            self.tr("New name for “{0}”:").format(entity.name),
            entity.name,
        )
        name = " ".join((name or "").split())
        if not name or name == entity.name:
            return
        self._apply(
            self.tr("Rename entity “{0}” to “{1}”").format(entity.name, name),
            lambda: self.service.rename(entity.id, name),
            self.service.update,
            self.tr("Renamed “{0}” to “{1}” in every article.").format(entity.name, name),
        )

    def edit_aliases(self, entity: Entity) -> None:
        text = dialogs.ask_text(
            self.parent_widget,
            self.tr("Aliases of {0}").format(entity.name),
            self.tr(
                "Other spellings, separated by commas\n(completion and suggestions find them):"
            ),
            ", ".join(entity.aliases),
        )
        if text is None:
            return
        aliases = clean_aliases(entity.name, text.split(","))
        if aliases == entity.aliases:
            return
        self._apply(
            self.tr("Edit the aliases of “{0}”").format(entity.name),
            lambda: self.service.set_aliases(entity.id, aliases),
            self.service.update,
            self.tr("Aliases of “{0}”: {1}.").format(
                entity.name, ", ".join(aliases) or self.tr("none")
            ),
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
            self.tr("Merge into…"),
            self.tr("Keep which entity? “{0}” becomes one of its aliases:").format(gone.name),
            list(choices),
        )
        kept = choices.get(chosen or "")
        if kept is None:
            return
        spellings = "“" + "”, “".join([gone.name, *gone.aliases]) + "”"
        question = self.tr(
            "Merge “{0}” into “{1}”?\n\n"
            "Its mentions ({2}, in {3}) will follow and name “{1}”, "
            "and {4} will become aliases of “{1}”. "
            "“{0}” is then deleted (Edit › Undo brings it back)."
        ).format(
            gone.name,
            kept.name,
            merged.mention_count,
            plural(len(merged.articles), "article"),
            spellings,
        )
        if not dialogs.confirm(self.parent_widget, self.tr("Merge entities"), question):
            return
        self._apply(
            self.tr("Merge entity “{0}” into “{1}”").format(gone.name, kept.name),
            lambda: self.service.merge(kept.id, gone.id),
            self.service.unmerge,
            self.tr("Merged “{0}” into “{1}”.").format(gone.name, kept.name),
        )

    def delete(self, overview: EntityOverview) -> None:
        entity = overview.entity
        question = self.tr(
            "Delete the entity “{0}”?\n\n"
            "Its mentions ({1}) stay in their articles, no longer linked to an entity."
        ).format(entity.name, overview.mention_count)
        if not dialogs.confirm(self.parent_widget, self.tr("Delete entity"), question):
            return
        self._apply(
            self.tr("Delete entity “{0}”").format(entity.name),
            lambda: self.service.delete(entity.id),
            self.service.restore,
            self.tr("Deleted “{0}”; its mentions are kept, unlinked.").format(entity.name),
        )

    # --- the history ---------------------------------------------------------------------

    def _apply(
        self,
        description: str,
        change: Callable[[], T],
        undo: Callable[[T], object],
        message: str,
    ) -> None:
        """Write first (the command's first redo); only a change that reached the database
        stays in the history."""
        undone = self.tr("Undone: {0}.").format(description)
        self.controller.push(
            CrossArticleCommand(
                description,
                change,
                undo,
                self.failed.emit,
                after_apply=lambda _snapshot: self.changed.emit(message),
                after_revert=lambda _result: self.changed.emit(undone),
            )
        )
