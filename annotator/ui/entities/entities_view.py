"""View › Entities: every canonical entity, where it is mentioned, and the edits that reach
across articles (rename, aliases, merge, delete), undone with Edit › Undo like any other.

A dock rather than a dialog: a fact-checker keeps it open beside the article and jumps from
mention to mention, article to article.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.models import Claim, Mention
from annotator.services.article_document import ArticleDocument
from annotator.services.entities.entity_service import EntityOverview, EntityService
from annotator.ui.common.scheme_labels import type_label_of
from annotator.ui.editing.article_controller import ArticleController
from annotator.ui.entities.entity_edits import EntityEdits
from annotator.ui.entities.entity_table_model import (
    ALIASES,
    ARTICLES,
    ENTITY_ID_ROLE,
    MENTIONS,
    NAME,
    TYPE,
    EntityFilterProxy,
    EntityTableModel,
    plural,
)

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 40
MENTION_ID_ROLE = Qt.ItemDataRole.UserRole + 41


class EntitiesDock(QDockWidget):
    """Every canonical entity: rename, merge, delete, and go to its mentions.

    It works on the entity service and the open article's controller, both passed in;
    ``open_article`` shows an article that is not open, and ``message`` and ``failed``
    tell the window's status bar what happened.
    """

    message = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        service: EntityService,
        controller: ArticleController,
        open_article: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Entities"))
        self.setObjectName("entitiesDock")
        self.controller = controller
        self._open_article = open_article
        self.service = service
        self.model = EntityTableModel(self)
        self.proxy = EntityFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.edits = EntityEdits(self.service, self.controller, self, self._type_label)

        self.filter = QLineEdit()
        self.filter.setObjectName("entityFilter")
        self.filter.setPlaceholderText(self.tr("Filter by name or alias — Izyum finds Izium"))
        self.filter.setClearButtonEnabled(True)
        self.table = self._entity_table()
        self.mentions_label = QLabel()
        self.mentions_label.setWordWrap(True)
        self.mentions = QListWidget()
        self.mentions.setObjectName("entityMentions")
        self.mentions.setToolTip(self.tr("Double-click or press Enter to go to the mention"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.aliases_button = QPushButton(self.tr("Aliases…"))
        self.merge_button = QPushButton(self.tr("Merge into…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self._layout()
        self._refresh_soon = QTimer(self, singleShot=True, interval=150)
        self._linked_claimants: set[str] = set()  # claims of the open article naming an entity
        self._connect()
        self.hide()  # View › Entities shows it; restoreState shows it if it was open

    def float_beside(self, window: QMainWindow) -> None:
        """Added to the window as a window of its own: docked beside the text it squeezed the
        article to a sliver."""
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        self.setAllowedAreas(Qt.DockWidgetArea.NoDockWidgetArea)
        self.setFloating(True)
        # Opening it leaves the keys with the article: tagging goes on; a click moves there.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.resize(760, 520)
        # A layout saved by an older version docked it.
        self.topLevelChanged.connect(lambda floating: None if floating else self.setFloating(True))

    # --- building --------------------------------------------------------------------------

    def _entity_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("entityTable")
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        metrics = table.fontMetrics()
        # A typical name, and most type labels beside their swatch: the dock must leave the
        # article room to breathe; a longer label is elided and its tooltip shows it whole.
        widths = {
            NAME: metrics.horizontalAdvance("Maksym Strelnyk") + 20,
            TYPE: metrics.horizontalAdvance("Organisation") + 44,
            MENTIONS: metrics.horizontalAdvance("Mentions") + 22,
            ARTICLES: metrics.horizontalAdvance("Articles") + 22,
        }
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(ALIASES, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(metrics.horizontalAdvance("Aliases") + 24)
        return table

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.rename_button, self.aliases_button, self.merge_button):
            buttons.addWidget(button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("entitiesSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(_stacked(QWidget(), self.filter, self.table, buttons))
        splitter.addWidget(_stacked(QWidget(), self.mentions_label, self.mentions))
        splitter.setSizes([320, 320])
        body = _stacked(_Body(), splitter, margin=6)
        self.setWidget(body)

    def _connect(self) -> None:
        self.filter.textChanged.connect(lambda _text: self._apply_filter())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._entity_chosen())
        # Enter or double-click on an entity: on to its mentions, to jump from there.
        self.table.activated.connect(lambda _index: self._focus_mentions())
        self.mentions.itemActivated.connect(
            lambda item: self.go_to(item.data(ARTICLE_ID_ROLE), item.data(MENTION_ID_ROLE))
        )
        self.rename_button.clicked.connect(self.rename)
        self.aliases_button.clicked.connect(self.edit_aliases)
        self.merge_button.clicked.connect(self.merge)
        self.delete_button.clicked.connect(self.delete)
        self.edits.changed.connect(self._after_change)
        self.edits.failed.connect(self.failed)
        # Tagging, linking and deleting mentions, and linking claimants, change the counts:
        # follow them while shown (not every keystroke in a claim's justification).
        controller = self.controller
        controller.annotation_added.connect(self._annotation_touched)
        controller.annotation_changed.connect(self._annotation_touched)
        controller.annotation_removed.connect(lambda _id: self._refresh_if_shown())
        controller.article_opened.connect(self._article_opened)
        controller.article_completed.connect(lambda _mentions, claims: self._claims_read(claims))
        self._refresh_soon.timeout.connect(self.refresh)
        self.visibilityChanged.connect(lambda visible: self.refresh() if visible else None)

    # --- reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read every entity, keeping the selected one selected."""
        selected = self.current_entity_id()
        self.model.set_entities(self.service.overview(), self.controller.schemes)
        self._apply_filter(keep=selected)

    def _article_opened(self, document: ArticleDocument | None) -> None:
        # What is read so far: a long article's other claims come with article_completed.
        claims = document.part_so_far()[1] if document is not None else []
        self._linked_claimants = {c.id for c in claims if c.claimant.entity_id}

    def _claims_read(self, claims: list[Claim]) -> None:
        self._linked_claimants.update(c.id for c in claims if c.claimant.entity_id)

    def _annotation_touched(self, annotation: Mention | Claim | None) -> None:
        if isinstance(annotation, Claim):
            if annotation.claimant.entity_id:
                self._linked_claimants.add(annotation.id)
            elif annotation.id in self._linked_claimants:
                self._linked_claimants.discard(annotation.id)  # its claimant was unlinked
            else:
                return
        self._refresh_if_shown()

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self._refresh_soon.start()

    def _apply_filter(self, keep: str | None = None) -> None:
        keep = keep or self.current_entity_id()
        text = self.filter.text()
        if text.strip():
            matches = self.service.complete(text, None, max(self.model.rowCount(), 1))
            self.proxy.show_only({m.entity.id for m in matches})
        else:
            self.proxy.show_only(None)
        if not self.select_entity(keep):
            self._select_row(0)
        self._entity_chosen()

    def current_entity_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ENTITY_ID_ROLE) if index.isValid() else None

    def current(self) -> EntityOverview | None:
        index = self.proxy.mapToSource(self.table.currentIndex())
        return self.model.overview_at(index.row()) if index.isValid() else None

    def select_entity(self, entity_id: str | None) -> bool:
        row = self.model.row_of(entity_id) if entity_id else None
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, NAME))
        if not index.isValid():
            return False
        self._select_row(index.row())
        return True

    def _select_row(self, row: int) -> None:
        if not 0 <= row < self.proxy.rowCount():
            self.table.selectionModel().clear()
            return
        self.table.selectionModel().setCurrentIndex(
            self.proxy.index(row, NAME),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _entity_chosen(self) -> None:
        overview = self.current()
        shown = self.mentions.currentItem()
        keep = shown.data(MENTION_ID_ROLE) if shown is not None else None
        self.mentions.clear()
        for button in (self.rename_button, self.aliases_button, self.delete_button):
            button.setEnabled(overview is not None)
        self.merge_button.setEnabled(overview is not None and self.model.rowCount() > 1)
        if overview is None:
            self.mentions_label.setText(self.tr("Select an entity to see where it is mentioned."))
            return
        found = self.service.mentions_of(overview.entity.id)
        self.mentions_label.setText(
            self.tr("<b>{0}</b>: {1} — double-click one or press Enter to go there").format(
                escape(overview.entity.name), plural(len(found), "mention")
            )
        )
        for article_id, title, mention, sentence in found:
            short = title if len(title) <= 48 else title[:47] + "…"
            context = sentence if len(sentence) <= 140 else sentence[:139] + "…"
            item = QListWidgetItem(f"{short} · {mention.quote} — {context}")
            item.setToolTip(f"{title}\n{sentence}")
            item.setData(ARTICLE_ID_ROLE, article_id)
            item.setData(MENTION_ID_ROLE, mention.id)
            self.mentions.addItem(item)
            if mention.id == keep:
                self.mentions.setCurrentItem(item)

    def _type_label(self, type_id: str) -> str:
        return type_label_of(self.controller.schemes, type_id)

    # --- going to a mention ----------------------------------------------------------------

    def _focus_mentions(self) -> None:
        if self.mentions.count():
            self.mentions.setFocus()
            if self.mentions.currentItem() is None:
                self.mentions.setCurrentRow(0)

    def go_to(self, article_id: str, mention_id: str) -> None:
        """Open the mention's article (unless it is open) and select the mention."""
        document = self.controller.document
        is_open = document is not None and document.article.id == article_id
        if not is_open:
            self._open_article(article_id)
        self.controller.select(mention_id)

    # --- changing --------------------------------------------------------------------------

    def rename(self) -> None:
        if (overview := self.current()) is not None:
            self.edits.rename(overview.entity)

    def edit_aliases(self) -> None:
        if (overview := self.current()) is not None:
            self.edits.edit_aliases(overview.entity)

    def merge(self) -> None:
        if (overview := self.current()) is not None:
            others = [e for e in self.model.entities() if e.id != overview.entity.id]
            self.edits.merge(overview, others)

    def delete(self) -> None:
        if (overview := self.current()) is not None:
            self.edits.delete(overview)

    def _after_change(self, message: str) -> None:
        self.refresh()
        # Mention forms name entities, and merges and deletes relink mentions: re-read them.
        self.controller.refresh_article()
        self.message.emit(message)


class _Body(QWidget):
    """Its size hint sets the dock's first width (then the saved window state does)."""

    def sizeHint(self) -> QSize:
        return QSize(520, 640)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, 320)


def _stacked(parent: QWidget, *parts: QWidget | QHBoxLayout, margin: int = 0) -> QWidget:
    """``parent`` with ``parts`` one above the other, ``margin`` pixels from its edges."""
    layout = QVBoxLayout(parent)
    layout.setContentsMargins(margin, margin, margin, margin)
    for part in parts:
        if isinstance(part, QWidget):
            layout.addWidget(part)
        else:
            layout.addLayout(part)
    return parent
