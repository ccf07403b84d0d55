"""View › Several annotators › Agreement: the figures per annotator pair and the list of
disagreements.

Top: a matrix of the annotators (mentions exact F1 above the diagonal, claim-status kappa
below). Middle: the chosen pair's figures per entity type and for claims. Bottom: every
disagreement of that pair; double-click (or Enter) opens it in the window.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.services.agreement.agreement_service import AgreementReport, PairAgreement


def figure(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def _shade(value: float | None) -> QColor:
    """Green for agreement, red for its lack, grey for no figure."""
    if value is None:
        return QColor("#eeeeee")
    value = max(0.0, min(1.0, value))
    return QColor.fromHsl(int(120 * value), 150, 225)


def _table(rows: int, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(rows, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _cell(text: str, color: QColor | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if color is not None:
        item.setBackground(color)
        item.setForeground(QColor("#1b1b1b"))
    return item


class AgreementView(QDialog):
    # article id, start, end: the window opens the article there
    open_disagreement = Signal(str, int, int)

    def __init__(
        self, report: AgreementReport, titles: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agreementView")
        self.setWindowTitle(self.tr("Agreement"))
        self.report, self.titles = report, titles
        self.names = {a.id: a.name for a in report.annotators}
        heading = QLabel(
            self.tr(
                "<b>{0}</b> annotators · <b>{1}</b> articles annotated by two or more · "
                "Krippendorff's α (nominal): claim status <b>{2}</b>, mention type <b>{3}</b>"
            ).format(
                len(report.annotators),
                report.articles,
                figure(report.alpha_claim_status),
                figure(report.alpha_mention_type),
            )
        )
        heading.setWordWrap(True)

        people = [a.name for a in report.annotators]
        self.matrix = _table(len(people), people, "agreementMatrix")
        self.matrix.setVerticalHeaderLabels(people)
        self.matrix.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectItems)
        self.matrix.setToolTip(
            self.tr(
                "Above the diagonal: mentions, exact F1. Below: claim status, Cohen's kappa. "
                "Click a cell to see that pair."
            )
        )
        index = {a.id: i for i, a in enumerate(report.annotators)}
        for pair in report.pairs:
            i, j = index[pair.a], index[pair.b]
            f1 = pair.mentions.exact_f1
            kappa = pair.claim_status.cohen_kappa
            self.matrix.setItem(i, j, _cell(f"F1 {figure(f1)}", _shade(f1)))
            self.matrix.setItem(j, i, _cell(f"κ {figure(kappa)}", _shade(kappa)))
        for i in range(len(people)):
            self.matrix.setItem(i, i, _cell("", QColor("#dddddd")))
        self.matrix.horizontalHeader().setStretchLastSection(False)
        self.matrix.setMaximumHeight(40 + 32 * max(2, len(people)))
        self.matrix.currentCellChanged.connect(lambda row, column, *_: self._choose(row, column))

        self.pair_title = QLabel()
        self.details = _table(0, ["", self.tr("exact F1"), self.tr("overlap F1"), self.tr("kappa"),
                                  self.tr("observed"), self.tr("counts")],
                              "agreementDetails")  # fmt: skip
        self.disagreements = _table(
            0, [self.tr("Article"), self.tr("Kind"), self.tr("Text"), "A", "B"], "disagreementList"
        )
        self.details.verticalHeader().hide()
        self.disagreements.verticalHeader().hide()
        self.disagreements.setToolTip(
            self.tr("Double-click or press Enter to open it in the window")
        )
        self.disagreements.cellActivated.connect(self._open)
        self.disagreements.cellDoubleClicked.connect(self._open)

        split = QSplitter()
        split.setOrientation(split.orientation().Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.matrix)
        top_layout.addWidget(self.pair_title)
        top_layout.addWidget(self.details)
        split.addWidget(top)
        split.addWidget(self.disagreements)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(980, 720)
        self.pair: PairAgreement | None = None
        if report.pairs:
            self.show_pair(report.pairs[0])

    def _choose(self, row: int, column: int) -> None:
        if row < 0 or column < 0 or row == column:
            return
        ids = [a.id for a in self.report.annotators]
        wanted = {ids[row], ids[column]}
        for pair in self.report.pairs:
            if {pair.a, pair.b} == wanted:
                self.show_pair(pair)

    def show_pair(self, pair: PairAgreement) -> None:
        self.pair = pair
        a, b = self.names[pair.a], self.names[pair.b]
        self.pair_title.setText(
            self.tr("<b>{0}</b> (A) × <b>{1}</b> (B) — {2} articles in common").format(
                a, b, pair.articles
            )
        )
        m, c = pair.mentions, pair.claims
        mentions, claims = self.tr("Mentions"), self.tr("Claims")
        rows = [
            (mentions, m.exact_f1, m.overlap_f1, None, None, f"{m.n_a} / {m.n_b}"),
            *(
                (f"  {t}", v.exact_f1, None, None, None, f"{v.n_a} / {v.n_b}")
                for t, v in (m.by_type or {}).items()
            ),
            (self.tr("Mention type (same offsets)"), None, None, pair.mention_type.cohen_kappa,
             pair.mention_type.observed, f"n = {pair.mention_type.n}"),
            (claims, c.exact_f1, c.overlap_f1, None, None, f"{c.n_a} / {c.n_b}"),
            (self.tr("Claim status (same offsets)"), None, None, pair.claim_status.cohen_kappa,
             pair.claim_status.observed, f"n = {pair.claim_status.n}"),
        ]  # fmt: skip
        self.details.setRowCount(len(rows))
        for r, (label, exact, overlap, kappa, observed, counts) in enumerate(rows):
            self.details.setItem(r, 0, _cell(label))
            for col, value in ((1, exact), (2, overlap), (3, kappa), (4, observed)):
                color = _shade(value) if value is not None else None
                self.details.setItem(r, col, _cell(figure(value), color))
            self.details.setItem(r, 5, _cell(counts))
        self.details.resizeColumnsToContents()
        self.disagreements.setRowCount(len(pair.disagreements))
        self.disagreements.setHorizontalHeaderLabels(
            [self.tr("Article"), self.tr("Kind"), self.tr("Text"), a, b]
        )
        for r, d in enumerate(pair.disagreements):
            quote = " ".join(d.quote.split())
            values = [self.titles.get(d.article_id, d.article_id), d.kind, quote,
                      d.a_value or "—", d.b_value or "—"]  # fmt: skip
            for col, text in enumerate(values):
                self.disagreements.setItem(r, col, _cell(text))
        self.disagreements.resizeColumnsToContents()
        self.disagreements.setColumnWidth(2, min(self.disagreements.columnWidth(2), 360))

    def _open(self, row: int, _column: int = 0) -> None:
        if self.pair is None or not 0 <= row < len(self.pair.disagreements):
            return
        found = self.pair.disagreements[row]
        self.open_disagreement.emit(found.article_id, found.start, found.end)
