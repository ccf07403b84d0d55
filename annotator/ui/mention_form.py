"""The form of the selected mention: its entity type and the canonical entity it names."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from annotator.domain.models import Entity, Mention
from annotator.domain.schemes import Schemes
from annotator.ui.span_styles import entity_color

NO_ENTITY = "— not linked —"


def swatch(color: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(color)
    return QIcon(pixmap)


class MentionForm(QWidget):
    edited = Signal(object, str, str)  # the changed mention, what changed, the field
    entity_requested = Signal(str, str)  # a new entity's name and type, typed by the user

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mentionForm")
        self.mention: Mention | None = None
        self._loading = False
        self.quote = QLabel()
        self.quote.setWordWrap(True)
        self.quote.setObjectName("mentionQuote")
        self.type = QComboBox()
        self.type.setObjectName("mentionType")
        self.entity = QComboBox()
        self.entity.setEditable(True)
        self.entity.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.entity.lineEdit().setPlaceholderText("Type a name and press Enter to create it")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QLabel("<b>Entity mention</b>"))
        form.addRow("Quote", self.quote)
        form.addRow("&Type", self.type)
        form.addRow("&Entity", self.entity)
        self.type.activated.connect(lambda _i: self._save_type())
        self.entity.activated.connect(lambda _i: self._save_entity())
        self.entity.lineEdit().returnPressed.connect(self._save_entity)

    def show_mention(self, mention: Mention, schemes: Schemes, entities: list[Entity]) -> None:
        self._loading = True
        try:
            self.mention = copy.deepcopy(mention)
            self.quote.setText(mention.quote)
            self.type.clear()
            for entity_type in schemes.entity_types:
                shortcut = f"  ({entity_type.shortcut})" if entity_type.shortcut else ""
                self.type.addItem(
                    swatch(entity_color(entity_type.color)),
                    f"{entity_type.label}{shortcut}",
                    entity_type.id,
                )
            self.type.setCurrentIndex(self.type.findData(mention.type))
            self.entity.clear()
            self.entity.addItem(NO_ENTITY, None)
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
            self.edited.emit(after, "Type", "type")

    def _save_entity(self) -> None:
        if self.mention is None or self._loading:
            return
        name = " ".join(self.entity.currentText().split())
        index = self.entity.findText(name, Qt.MatchFlag.MatchExactly)
        if index < 0 and name and name != NO_ENTITY:
            self.entity_requested.emit(name, self.mention.type)
            return
        after = copy.deepcopy(self.mention)
        after.entity_id = self.entity.itemData(index) if index >= 0 else None
        if after != self.mention:
            self.mention = after
            self.edited.emit(after, "Entity", "entity_id")

    def link_entity(self, entity: Entity) -> None:
        """A newly created entity: add it to the choices and link the mention to it."""
        self.entity.addItem(entity.name, entity.id)
        self.entity.setCurrentIndex(self.entity.count() - 1)
        self._save_entity()
