"""View › Several annotators › Adjudicate this article: one article, two annotators'
versions side by side, the editor's choice per place going into the adjudicated layer.

Each row is a *place* (a mention or a claim at one set of offsets): the left and the right
annotator's version there, and the adjudicated one. Disputed rows are tinted; the keys step
through them: N next disagreement, 1 accept left, 2 accept right, X reject, E edit the
adjudicated value, Ctrl+Z / Ctrl+Shift+Z undo and redo. Every step is one transaction, and
goes on the window's one history: Edit › Undo takes it back after the view is closed too.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.models import Annotator, Claim, Mention
from annotator.domain.schemes import EntityType, Schemes, Status
from annotator.services.agreement.adjudication import AdjudicationService, Place, adjudicated_copy
from annotator.ui.common.accessibility import describe_buttons
from annotator.ui.common.scheme_labels import status_label, type_label
from annotator.ui.team.adjudication_step import AdjudicationStep, Key

DISPUTED = QColor("#fde2e1")
AGREED = QColor("#e3f4e5")
RESOLVED = QColor("#e8eef9")
COLUMNS = ("Kind", "Text", "left", "right", "Adjudicated")


class AdjudicationView(QDialog):
    failed = Signal(str)

    def __init__(
        self,
        service: AdjudicationService,
        article_id: str,
        title: str,
        annotators: Sequence[Annotator],
        editor: Annotator,
        schemes: Schemes,
        history: QUndoStack | None = None,
        written: Callable[[str, Key, Mention | Claim | None, bool], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``history``: the window's one history, where the steps stay after the view closes;
        ``written``: told of every step done, undone or redone, the view open or not (it
        passes them on to ``show_written`` while the view is open). TeamActions gives both;
        without them the view keeps its own history."""
        super().__init__(parent)
        self.setObjectName("adjudicationView")
        self.setWindowTitle(self.tr("Adjudicate — {0}").format(title))
        self.service, self.article_id, self.editor = service, article_id, editor
        self.annotators = list(annotators)
        self.schemes = schemes
        self.undo_stack = history if history is not None else QUndoStack(self)
        self.written = written or self.show_written
        self.places: list[Place] = []

        self.left = QComboBox()
        self.right = QComboBox()
        self.left.setAccessibleName(self.tr("Left annotator"))
        self.left.setAccessibleDescription(self.tr("Whose version shows in the left column"))
        self.right.setAccessibleName(self.tr("Right annotator"))
        self.right.setAccessibleDescription(self.tr("Whose version shows in the right column"))
        for combo, index in ((self.left, 0), (self.right, 1)):
            for annotator in self.annotators:
                combo.addItem(annotator.name, annotator.id)
            combo.setCurrentIndex(min(index, len(self.annotators) - 1))
            combo.currentIndexChanged.connect(self.reload)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Left:")))
        chooser.addWidget(self.left)
        chooser.addWidget(QLabel(self.tr("Right:")))
        chooser.addWidget(self.right)
        chooser.addStretch(1)
        self.summary = QLabel()
        chooser.addWidget(self.summary)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("adjudicationTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move within it
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Places to adjudicate"))
        self.table.setAccessibleDescription(
            self.tr("Each place of the article with both versions and the adjudicated one")
        )
        self.table.currentCellChanged.connect(lambda *_: self._show_current())
        self.context = QLabel()
        self.context.setWordWrap(True)
        self.context.setTextFormat(Qt.TextFormat.RichText)
        self.context.setObjectName("adjudicationContext")

        self.edit_value = QComboBox()
        self.edit_value.setObjectName("adjudicatedValue")
        self.edit_value.setPlaceholderText(self.tr("choose to edit"))
        self.edit_value.setMinimumWidth(180)
        self.edit_value.setAccessibleName(self.tr("Adjudicated value"))
        self.edit_value.setAccessibleDescription(
            self.tr("The type or status the adjudicated layer takes for the chosen place")
        )
        self.edit_value.activated.connect(lambda _i: self.edit_current())
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        tips = {
            "next": self.tr("Go to the next place where the two versions differ"),
            "left": self.tr("The left version goes into the adjudicated layer"),
            "right": self.tr("The right version goes into the adjudicated layer"),
            "reject": self.tr("Neither version goes into the adjudicated layer"),
            "undo": self.tr("Take back the last adjudication step"),
            "redo": self.tr("Do again what was taken back"),
        }
        for name, label, keys, slot in (
            ("next", self.tr("&Next disagreement"), ["N", "F8"], self.next_disagreement),
            ("left", self.tr("Accept &left"), ["1"], lambda: self.accept_side(0)),
            ("right", self.tr("Accept &right"), ["2"], lambda: self.accept_side(1)),
            ("reject", self.tr("Re&ject"), ["X"], self.reject_current),
            ("undo", self.tr("&Undo"), ["Ctrl+Z"], self.undo),
            ("redo", self.tr("Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"], self.redo),
        ):
            button = QPushButton(f"{label.replace('&', '')}  ({keys[0]})")
            button.setToolTip(tips[name])
            button.clicked.connect(slot)
            button.setAutoDefault(False)
            self.buttons[name] = button
            bar.addWidget(button)
            action = QAction(label, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(slot)
            self.addAction(action)
        edit_key = QAction(self.tr("Edit the adjudicated value"), self)
        edit_key.setShortcut(QKeySequence("E"))
        edit_key.triggered.connect(self.edit_value.setFocus)
        self.addAction(edit_key)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Adjudicated value (E):")))
        bar.addWidget(self.edit_value)

        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.context)
        layout.addLayout(bar)
        describe_buttons(self)
        self.resize(1000, 620)
        self.reload()

    # --- reading ------------------------------------------------------------------------------

    def side_ids(self) -> list[str]:
        return [self.left.currentData(), self.right.currentData()]

    def reload(self) -> None:
        sides = self.side_ids()
        names = [self.left.currentText(), self.right.currentText()]
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Text"), *names, self.tr("Adjudicated")]
        )
        self.places = self.service.places(self.article_id, sides)
        self.table.setRowCount(len(self.places))
        for row, place in enumerate(self.places):
            self._fill(row, place)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 380))
        self._update_summary()
        if self.places:
            self.table.setCurrentCell(0, 0)
            self.next_disagreement(from_row=-1)

    def _label(self, place: Place, value: str | None) -> str:
        if value is None:
            return "—"
        found: EntityType | Status | None
        if place.kind == "mention":
            found = next((t for t in self.schemes.entity_types if t.id == value), None)
        else:
            found = next((s for s in self.schemes.statuses if s.id == value), None)
        return (
            (type_label(found) if isinstance(found, EntityType) else status_label(found))
            if found is not None
            else value
        )

    def _fill(self, row: int, place: Place) -> None:
        sides = self.side_ids()
        values = [
            self.tr("Mention") if place.kind == "mention" else self.tr("Claim"),
            " ".join(place.quote.split()),
            *(self._label(place, Place.value_of(place.versions.get(a))) for a in sides),
            self.tr("rejected")
            if place.rejected
            else self._label(place, Place.value_of(place.adjudicated)),
        ]
        disputed = self.disputed(place)
        tint = RESOLVED if place.resolved and disputed else DISPUTED if disputed else AGREED
        made: list[QTableWidgetItem] = []
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            made.append(item)
            item.setBackground(tint)
            item.setForeground(QColor("#1b1b1b"))
            if column in (2, 3) and disputed:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(row, column, item)
        tip = "\n".join(
            f"{a.name}: {self._label(place, Place.value_of(place.versions.get(a.id)))}"
            for a in self.annotators
        )
        made[1].setToolTip(tip)

    def disputed(self, place: Place) -> bool:
        return not place.agreed(self.side_ids())

    def show_written(
        self, article_id: str, key: Key, into: Mention | Claim | None, rejected: bool
    ) -> None:
        """A step was done, undone or redone: its row shows it."""
        if article_id != self.article_id:
            return
        place = next((p for p in self.places if (p.kind, p.start, p.end) == key), None)
        if place is not None:
            place.adjudicated, place.rejected = into, rejected
            self.refresh_row(place)

    def undo(self) -> None:
        """Ctrl+Z here takes back adjudication steps only; the window's edits before them are
        for Edit › Undo in the window."""
        stack = self.undo_stack
        if isinstance(stack.command(stack.index() - 1), AdjudicationStep):
            stack.undo()

    def redo(self) -> None:
        stack = self.undo_stack
        if isinstance(stack.command(stack.index()), AdjudicationStep):
            stack.redo()

    def _step(
        self, place: Place, added: Mention | Claim | None, text: str, rejected: bool = False
    ) -> None:
        self.undo_stack.push(
            AdjudicationStep(
                self.service, place, added, text, self.written, self.failed.emit, rejected
            )
        )

    def refresh_row(self, place: Place) -> None:
        if place in self.places:
            row = self.places.index(place)
            self._fill(row, place)
            if row == self.table.currentRow():
                self._show_current()
        self._update_summary()

    def _update_summary(self) -> None:
        disputed = [p for p in self.places if self.disputed(p)]
        open_ = sum(1 for p in disputed if not p.resolved)
        self.summary.setText(
            self.tr(
                "%n place(s) · {0} disputed · {1} still open · adjudicating as {2}",
                "",
                len(self.places),
            ).format(len(disputed), open_, self.editor.name)
        )

    def current(self) -> Place | None:
        row = self.table.currentRow()
        return self.places[row] if 0 <= row < len(self.places) else None

    def _show_current(self) -> None:
        place = self.current()
        self.edit_value.clear()
        if place is None:
            self.context.clear()
            return
        text = self.service.article_text(self.article_id)
        before = text[max(0, place.start - 120) : place.start]
        after = text[place.end : place.end + 120]
        self.context.setText(
            f"…{_html(before)}<b style='background:#ffe9a8'>{_html(place.quote)}</b>{_html(after)}…"
        )
        choices = (
            [(t.id, type_label(t)) for t in self.schemes.entity_types]
            if place.kind == "mention"
            else [(s.id, status_label(s)) for s in self.schemes.statuses]
        )
        for value, label in choices:
            self.edit_value.addItem(label, value)
        current = Place.value_of(place.adjudicated)
        self.edit_value.setCurrentIndex(
            next((i for i, (v, _) in enumerate(choices) if v == current), -1)
        )

    # --- the editor's steps --------------------------------------------------------------------

    def next_disagreement(self, from_row: int | None = None) -> None:
        start = self.table.currentRow() if from_row is None else from_row
        count = len(self.places)
        for offset in range(1, count + 1):
            row = (start + offset) % count if start >= 0 else offset - 1
            place = self.places[row]
            if self.disputed(place) and not place.resolved:
                self.table.setCurrentCell(row, 1)
                return
        self.summary.setText(self.summary.text() + self.tr(" · every disagreement is resolved"))

    def accept_side(self, side: int) -> None:
        place = self.current()
        if place is None:
            return
        annotator_id = self.side_ids()[side]
        version = place.versions.get(annotator_id)
        if version is None:
            # Accepting "nothing here" is a rejection of the other version.
            self.reject_current()
            return
        same = [v for v in place.versions.values() if Place.value_of(v) == Place.value_of(version)]
        sources = [version, *(v for v in same if v is not version)]
        made = adjudicated_copy(sources, self.editor.id)
        name = self.left.currentText() if side == 0 else self.right.currentText()
        self._step(place, made, self.tr("Accept {0}'s version").format(name))
        self.next_disagreement()

    def reject_current(self) -> None:
        place = self.current()
        if place is None:
            return
        self._step(place, None, self.tr("Reject"), rejected=True)
        self.next_disagreement()

    def edit_current(self) -> None:
        place = self.current()
        value = self.edit_value.currentData()
        if place is None or value is None or value == Place.value_of(place.adjudicated):
            return
        base = place.adjudicated
        if base is None:
            versions = list(place.versions.values())
            if not versions:
                return
            base = adjudicated_copy(versions, self.editor.id)
        made = copy.deepcopy(base)
        made.id = adjudicated_copy([base], self.editor.id).id
        made.adjudicated_from = list(base.adjudicated_from)
        if isinstance(made, Mention):
            made.type = value
        else:
            made.status = value
        self._step(place, made, self.tr("Edit the adjudicated value"))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ")
