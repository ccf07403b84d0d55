"""Right side: the annotations of the open article and the form of the selected one."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.errors import AnnotatorError
from annotator.domain.language.folding import fold
from annotator.domain.models import Claim, Mention
from annotator.services.article_document import ArticleDocument
from annotator.ui.annotations.annotation_table_model import (
    ANNOTATION_ID_ROLE,
    KIND,
    LABEL,
    POSITION,
    TEXT,
    AnnotationTableModel,
)
from annotator.ui.annotations.claim_form import ClaimForm
from annotator.ui.annotations.mention_form import MentionForm
from annotator.ui.common.messages import in_window_language
from annotator.ui.common.translation import QT_TRANSLATE_NOOP, translate
from annotator.ui.editing.article_controller import ArticleController
from annotator.ui.evidence.evidence_edits import EvidenceEdits
from annotator.ui.known.checked_before import CheckedBefore
from annotator.ui.related.related_claims_panel import RelatedClaimsPanel

# The pages of the form area, in the order they are added.
HINT_PAGE, CLAIM_PAGE, MENTION_PAGE = 0, 1, 2
EMPTY_HINT = QT_TRANSLATE_NOOP(
    "AnnotationPanel",
    "<p><b>No annotation selected.</b></p>"
    "<p>Select words in the article, then press <b>C</b> for a claim or "
    "<b>1</b>–<b>9</b> for an entity mention. Click a highlight to open its form.</p>",
)


def typed_claimants(claims: list[Claim]) -> list[str]:
    """The claimants typed by name in these claims (linked to no mention), in order, once."""
    names: dict[str, None] = {}
    for claim in claims:
        name = claim.claimant.name
        if name and claim.claimant.entity_id is None:
            names.setdefault(" ".join(name.split()), None)
    return list(names)


class AnnotationPanel(QWidget):
    focus_article = Signal()
    notice = Signal(str)  # something done on the user's behalf, for the status bar

    def __init__(self, controller: ArticleController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.model = AnnotationTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("annotationTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(POSITION, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Column widths from a sample of rows: measuring all 5,000 of a big article would
        # call the model for every cell.
        header.setResizeContentsPrecision(40)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        metrics = self.table.fontMetrics()
        widths = {
            # The longer of the two kinds in the window's language ("Твердження" is wider).
            KIND: max(
                metrics.horizontalAdvance(translate("AnnotationTableModel", kind))
                for kind in ("Mention", "Claim")
            )
            + 44,
            LABEL: metrics.horizontalAdvance("Country / city / reg") + 16,
        }
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(POSITION, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)

        self.claim_form = ClaimForm()
        self.evidence_files = EvidenceEdits(controller, self)
        self.claim_form.evidence_box.set_files(self.evidence_files)
        self.mention_form = MentionForm(controller.workspace.entities.complete)
        hint = QLabel(self.tr(EMPTY_HINT))
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignTop)
        hint.setContentsMargins(12, 12, 12, 12)
        self._hint = hint
        self.forms = QStackedWidget()
        self.forms.addWidget(hint)  # HINT_PAGE
        # The claim page scrolls as one: the form, then the claims of other articles it may be.
        self.related_claims = RelatedClaimsPanel(controller)
        # Published fact-checks of the claim: a banner over the form, a section over related.
        self.checked_before = CheckedBefore(controller, self)
        self.related_claims.add_above(self.checked_before.section)
        claim_page = QWidget()
        claim_layout = QVBoxLayout(claim_page)
        claim_layout.setContentsMargins(0, 0, 0, 0)
        claim_layout.addWidget(self.checked_before.banner)
        claim_layout.addWidget(self.claim_form)
        claim_layout.addWidget(self.related_claims)
        claim_layout.addStretch()
        self._form_pages = (self._scrolling(claim_page), self._scrolling(self.mention_form))
        for form_page in self._form_pages:  # CLAIM_PAGE, MENTION_PAGE
            self.forms.addWidget(form_page)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("annotationSplitter")
        # The annotations, and beside them in a tab the suggestions list (added by the window).
        self.tabs = QTabWidget()
        self.tabs.setObjectName("annotationTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.table, self.tr("Annotations"))
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.forms)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([250, 500])
        self.splitter = splitter
        # The split a form had, given back when a form opens after the hint (see _show_page).
        self._form_split: list[int] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._form_shows: str | None = None
        self._connect()

    @staticmethod
    def _scrolling(form: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidget(form)
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        # Never sideways: focusing a field would scroll the labels out of sight ("ustification").
        sideways = area.horizontalScrollBar()
        sideways.valueChanged.connect(lambda value: sideways.setValue(0) if value else None)
        return area

    def _connect(self) -> None:
        c = self.controller
        c.article_opened.connect(self._article_opened)
        c.article_completed.connect(lambda _mentions, _claims: self._article_completed())
        c.annotation_added.connect(self.model.add)
        c.annotation_removed.connect(self.model.remove)
        c.annotation_changed.connect(self._annotation_changed)
        c.selection_changed.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.claim_form.edited.connect(c.change)
        # A refused value (a date that is no date) is a change not saved: the status bar says so.
        self.claim_form.problem.connect(c.report_failure)
        self.claim_form.evidence_box.attach_requested.connect(
            lambda paths: self.evidence_files.attach(c.selected_id, paths)
        )
        self.mention_form.edited.connect(self._mention_edited)
        self.mention_form.entity_requested.connect(self._create_entity)

    # --- following the controller ------------------------------------------------------------

    def _article_opened(self, document: ArticleDocument | None) -> None:
        text = document.article.text if document else ""
        schemes = self.controller.schemes
        if document is not None and not document.loaded and self.model.in_reading_order():
            # A long article whose later annotations are not read yet: their rows are
            # counted now and read when the table first shows one (or idle time reads them).
            mentions, claims = document.part_so_far()
            total = self.controller.count("mention") + self.controller.count("claim")
            so_far: list[Mention | Claim] = [*mentions, *claims]
            self.model.set_annotations(so_far, schemes, text, total=total, more=document.complete)
        else:
            annotations: list[Mention | Claim] = (
                [*document.mentions, *document.claims] if document else []
            )
            self.model.set_annotations(annotations, schemes, text)
        self._show_page(HINT_PAGE)

    def _article_completed(self) -> None:
        document = self.controller.document
        if document is not None:
            mentions, claims = document.part_so_far()
            self.model.fill([*mentions, *claims])

    def _annotation_changed(self, annotation: Mention | Claim) -> None:
        self.model.replace(annotation)
        if annotation.id == self.controller.selected_id:
            self._show_form(annotation)

    def _selection_changed(self, annotation_id: str | None) -> None:
        annotation = self.controller.annotation(annotation_id)
        if annotation is None:
            self.table.selectionModel().clearSelection()
            self._show_page(HINT_PAGE)
            return
        row = self.model.row_of(annotation.id)
        if row is not None:
            index = self.model.index(row, 0)
            if self.table.currentIndex().row() != index.row():
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            self.table.scrollTo(index)
        self._show_form(annotation)

    def _show_form(self, annotation: Mention | Claim) -> None:
        if annotation.id != self._form_shows:
            # Another annotation: its form opens at its top, wherever the last one was left.
            self._form_shows = annotation.id
            for form_page in self._form_pages:
                form_page.verticalScrollBar().setValue(0)
        document = self.controller.document
        if isinstance(annotation, Claim):
            self.claim_form.show_claim(
                annotation,
                document.mentions if document else [],
                self.controller.schemes,
                typed_claimants(document.claims if document else []),
            )
            self._show_page(CLAIM_PAGE)
        else:
            self.mention_form.show_mention(
                annotation, self.controller.schemes, self.controller.workspace.entities.all()
            )
            self._show_page(MENTION_PAGE)

    def _show_page(self, page: int) -> None:
        """With nothing selected the form area holds only a short hint, so the tabs above it
        (the annotations, the suggestions) take the room; a form opening afterwards gets back
        the share it had, or the one the user dragged it to."""
        previous = self.forms.currentIndex()
        self.forms.setCurrentIndex(page)
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if total <= 0:  # not laid out yet: the first article's open comes back here
            return
        if page == HINT_PAGE:
            if previous != HINT_PAGE:
                self._form_split = sizes
            hint = self._hint
            height = max(hint.heightForWidth(self.forms.width()), hint.minimumSizeHint().height())
            height = min(height + 8, total // 2)
            self.splitter.setSizes([total - height, height])
        elif previous == HINT_PAGE:
            above, below = self._form_split or (1, 2)
            top = round(total * above / max(above + below, 1))
            self.splitter.setSizes([top, total - top])

    def split_state(self) -> QByteArray:
        """The split as the user set it for the forms, not the hint's, to keep in the settings."""
        if self.forms.currentIndex() != HINT_PAGE or not self._form_split:
            return self.splitter.saveState()
        shown = self.splitter.sizes()
        self.splitter.setSizes(self._form_split)
        state = self.splitter.saveState()
        self.splitter.setSizes(shown)
        return state

    def restore_split(self, state: QByteArray) -> None:
        if self.splitter.restoreState(state):
            self._form_split = self.splitter.sizes()
            if self.forms.currentIndex() == HINT_PAGE:
                self._show_page(HINT_PAGE)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.controller.select(current.data(ANNOTATION_ID_ROLE))

    def _create_entity(self, name: str, entity_type: str) -> None:
        try:
            entity = self.controller.workspace.entities.create(name, entity_type)
        except Exception as error:  # reported to the user, the form stays
            self.controller.report_failure(in_window_language(error))
            return
        self.mention_form.link_entity(entity)

    def _mention_edited(self, mention: Mention, what: str, field: str) -> None:
        if self.controller.change(mention, what, field) and field == "entity_id":
            self._learn_alias(mention)

    def _learn_alias(self, mention: Mention) -> None:
        """A mention linked to an entity under a spelling the entity does not know yet: the
        spelling becomes an alias, so completion and suggestions find "Izyum" next time."""
        entities = self.controller.workspace.entities
        entity = entities.get(mention.entity_id) if mention.entity_id else None
        quote = " ".join(mention.quote.split())
        if entity is None or fold(quote) in {fold(s) for s in [entity.name, *entity.aliases]}:
            return
        try:
            entities.set_aliases(entity.id, [*entity.aliases, quote])
        except AnnotatorError as error:
            self.controller.report_failure(in_window_language(error))
            return
        self.notice.emit(self.tr("“{0}” is now an alias of {1}.").format(quote, entity.name))

    def add_tab(self, widget: QWidget, title: str) -> None:
        self.tabs.addTab(widget, title)

    def set_tab_title(self, widget: QWidget, title: str) -> None:
        index = self.tabs.indexOf(widget)
        if index >= 0:
            self.tabs.setTabText(index, title)

    def show_tab(self, widget: QWidget) -> None:
        """Bring a tab forward and give it the keyboard (F7, F8)."""
        self.tabs.setCurrentWidget(widget)
        widget.setFocus()

    def focus_form(self) -> None:
        """After C: straight into the claim's restatement, keyboard only."""
        if self.forms.currentIndex() == CLAIM_PAGE:
            self.claim_form.claim_reviewed.setFocus()
        elif self.forms.currentIndex() == MENTION_PAGE:
            self.mention_form.type.setFocus()
