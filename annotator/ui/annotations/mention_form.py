"""The form of the selected mention: its entity type and the canonical entity it names.

The Entity field completes fuzzily as the user types ("Izyum" offers "Izium (alias Izyum)");
choosing a completion links the mention, Enter on a name that is no entity yet creates one.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QWidget,
)

from annotator.domain.language.folding import fold
from annotator.domain.models import Entity, Mention
from annotator.domain.schemes import Schemes
from annotator.services.entities.entity_service import EntityMatch
from annotator.ui.common.scheme_labels import type_label
from annotator.ui.common.span_styles import entity_color, swatch
from annotator.ui.common.translation import QT_TRANSLATE_NOOP

NO_ENTITY = QT_TRANSLATE_NOOP("MentionForm", "— not linked —")
ENTITY_ID_ROLE = Qt.ItemDataRole.UserRole + 20
ENTITY_NAME_ROLE = Qt.ItemDataRole.UserRole + 21

# What was typed and the mention's type → the entities that fit, best first.
Completion = Callable[[str, str], list[EntityMatch]]


def completion_label(match: EntityMatch) -> str:
    """'Izium (alias Izyum)' when the typed text fits an alias rather than the name."""
    if fold(match.matched) == fold(match.entity.name):
        return match.entity.name
    return f"{match.entity.name} (alias {match.matched})"


class MentionForm(QWidget):
    edited = Signal(object, str, str)  # the changed mention, what changed, the field
    entity_requested = Signal(str, str)  # a new entity's name and type, typed by the user

    def __init__(self, complete: Completion | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mentionForm")
        self.mention: Mention | None = None
        self.complete = complete
        self._loading = False
        self.quote = QLabel()
        self.quote.setWordWrap(True)
        self.quote.setObjectName("mentionQuote")
        self.type = QComboBox()
        self.type.setObjectName("mentionType")
        self.entity = QComboBox()
        self.entity.setEditable(True)
        self.entity.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        entity_edit = self.entity.lineEdit()
        assert entity_edit is not None  # an editable combo box has one
        self.entity_edit = entity_edit
        self.entity_edit.setPlaceholderText(self.tr("Type a name and press Enter to create it"))
        self._build_completer()
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QLabel(self.tr("<b>Entity mention</b>")))
        form.addRow(self.tr("Quote"), self.quote)
        form.addRow(self.tr("&Type"), self.type)
        form.addRow(self.tr("&Entity"), self.entity)
        self.type.activated.connect(lambda _i: self._save_type())
        self.entity.activated.connect(lambda _i: self._save_entity())
        self.entity_edit.returnPressed.connect(self._save_entity)

    def _build_completer(self) -> None:
        self.completions = QStandardItemModel(self)
        self.completer = QCompleter(self.completions, self)
        self.completer.setObjectName("entityCompleter")
        # The service has already matched fuzzily; a Qt filter would hide "Izium" for "Izyum".
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(ENTITY_NAME_ROLE)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.entity_edit.setCompleter(self.completer)
        # A click in the popup. The index picks the signal's QModelIndex overload, which
        # PySide6's stubs do not list (they type a signal without its overloads).
        by_index = self.completer.activated[QModelIndex]  # type: ignore[index]
        by_index.connect(self._choose)
        # Enter and Tab reach the popup first: decide there between "the highlighted entity"
        # and "the name as typed" (QCompleter would otherwise link its current row even when
        # the user never chose it, and the line edit would also report Enter).
        self._popup().installEventFilter(self)
        self.entity_edit.textEdited.connect(self._offer)

    def _popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None  # a completer makes its popup when first asked
        return popup

    def show_mention(self, mention: Mention, schemes: Schemes, entities: list[Entity]) -> None:
        self._loading = True
        try:
            self._popup().hide()
            self.mention = copy.deepcopy(mention)
            self.quote.setText(mention.quote)
            self.type.clear()
            for entity_type in schemes.entity_types:
                shortcut = f"  ({entity_type.shortcut})" if entity_type.shortcut else ""
                self.type.addItem(
                    swatch(entity_color(entity_type.color)),
                    f"{type_label(entity_type)}{shortcut}",
                    entity_type.id,
                )
            self.type.setCurrentIndex(self.type.findData(mention.type))
            self.entity.clear()
            self.entity.addItem(self.tr(NO_ENTITY), None)
            for entity in entities:
                if entity.type == mention.type or entity.id == mention.entity_id:
                    self.entity.addItem(entity.name, entity.id)
            index = self.entity.findData(mention.entity_id) if mention.entity_id else 0
            self.entity.setCurrentIndex(max(index, 0))
        finally:
            self._loading = False

    def _save_type(self) -> None:
        if self.mention is None or self._loading:
            return
        after = copy.deepcopy(self.mention)
        after.type = self.type.currentData()
        if after != self.mention:
            self.mention = after
            self.edited.emit(after, self.tr("Type"), "type")

    def _save_entity(self) -> None:
        if self.mention is None or self._loading:
            return
        name = " ".join(self.entity.currentText().split())
        index = self.entity.findText(name, Qt.MatchFlag.MatchExactly)
        if index < 0 and name and name != self.tr(NO_ENTITY):
            self.entity_requested.emit(name, self.mention.type)
            return
        self._link(self.entity.itemData(index) if index >= 0 else None)

    def _link(self, entity_id: str | None) -> None:
        if self.mention is None:
            return
        after = copy.deepcopy(self.mention)
        after.entity_id = entity_id
        if after != self.mention:
            self.mention = after
            self.edited.emit(after, self.tr("Entity"), "entity_id")

    def link_entity(self, entity: Entity) -> None:
        """A newly created entity: add it to the choices and link the mention to it."""
        self.entity.addItem(entity.name, entity.id)
        self.entity.setCurrentIndex(self.entity.count() - 1)
        self._save_entity()

    # --- completion ------------------------------------------------------------------------

    def _offer(self, text: str) -> None:
        """Typed text: the entities of the mention's type that fit it, misspelt or not."""
        if self.mention is None or self.complete is None or self._loading:
            return
        matches = self.complete(text, self.mention.type) if text.strip() else []
        self.completions.clear()
        for match in matches:
            item = QStandardItem(completion_label(match))
            item.setData(match.entity.id, ENTITY_ID_ROLE)
            item.setData(match.entity.name, ENTITY_NAME_ROLE)
            item.setToolTip(match.entity.note or match.entity.name)
            item.setEditable(False)
            self.completions.appendRow(item)
        # The line edit asks the completer to show its popup right after this signal; with
        # nothing to offer, the popup stays hidden.

    def _choose(self, index: QModelIndex | QPersistentModelIndex) -> None:
        entity_id, name = index.data(ENTITY_ID_ROLE), index.data(ENTITY_NAME_ROLE)
        if self.mention is None or not entity_id:
            return
        self._popup().hide()
        row = self.entity.findData(entity_id)
        if row < 0:
            self.entity.addItem(name, entity_id)
            row = self.entity.count() - 1
        self._loading = True  # the combo's own signals must not save the half-typed text
        try:
            self.entity.setCurrentIndex(row)
        finally:
            self._loading = False
        self._link(entity_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        popup = self.completer.popup()
        if watched is popup and isinstance(event, QKeyEvent):
            key = event.key()
            if event.type() == QEvent.Type.KeyPress and key in (
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
                Qt.Key.Key_Tab,
            ):
                # Only a row the user moved to counts as chosen; the row Qt makes current
                # for the typed prefix does not ("Kharkiv" must not become "Kharkiv Oblast").
                chosen = popup.currentIndex() if popup.selectionModel().hasSelection() else None
                popup.hide()
                if chosen is not None and chosen.isValid():
                    self._choose(chosen)
                elif key == Qt.Key.Key_Tab:
                    self.focusNextChild()
                else:
                    self._save_entity()
                return True
        return super().eventFilter(watched, event)
