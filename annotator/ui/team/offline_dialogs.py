"""The dialogs of File › Take articles offline… (which articles, into which file) and of
File › Bring work back… (what came back: counts per outcome and the conflicts).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from annotator.services.team.offline import CheckinReport, Outcome
from annotator.ui.common import dialogs
from annotator.ui.common.accessibility import describe_buttons
from annotator.ui.common.quotes import shortened
from annotator.ui.common.report_dialog import Place, PlaceList

# Which articles go offline: the one open, all, or those still to do.
OPEN_ARTICLE, ALL_ARTICLES, TODO_ARTICLES = "open", "all", "todo"


class CheckoutDialog(QDialog):
    def __init__(
        self, open_title: str | None, suggested: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkoutDialog")
        self.setWindowTitle(self.tr("Take Articles Offline"))
        intro = QLabel(
            self.tr(
                "The articles chosen are copied, with their annotations, into a file of their "
                "own to work on without the server. Bring the work back with File › Bring work "
                "back…"
            )
        )
        intro.setWordWrap(True)
        self.choice = QButtonGroup(self)
        if open_title:  # one line, however long the headline
            open_title = shortened(open_title, 60)
        self.open_article = QRadioButton(
            self.tr("The article open now: {0}").format(open_title)
            if open_title
            else self.tr("The article open now")
        )
        self.open_article.setEnabled(open_title is not None)
        self.all_articles = QRadioButton(self.tr("All articles"))
        self.todo_articles = QRadioButton(self.tr("The articles still to do"))
        for button, key in (
            (self.open_article, OPEN_ARTICLE),
            (self.all_articles, ALL_ARTICLES),
            (self.todo_articles, TODO_ARTICLES),
        ):
            button.setProperty("choice", key)
            self.choice.addButton(button)
        (self.open_article if open_title else self.todo_articles).setChecked(True)
        self.open_article.setToolTip(self.tr("Only the article open in the window"))
        self.all_articles.setToolTip(self.tr("Every article of the team database"))
        self.todo_articles.setToolTip(self.tr("The articles nobody has started yet"))
        self.target = QLineEdit(str(suggested))
        self.target.setObjectName("checkoutTarget")
        self.target.setAccessibleName(self.tr("Into the file"))
        self.target.setAccessibleDescription(
            self.tr("A new database file for the articles taken offline")
        )
        browse = QPushButton(self.tr("&Choose…"))
        browse.setToolTip(self.tr("Choose the file in a dialog"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.target, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Into the file"), where)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        take = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        take.setText(self.tr("Take &offline"))
        take.setToolTip(self.tr("Copy the articles chosen into the file"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.target.textChanged.connect(
            lambda text: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                bool(text.strip())
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for button in (self.open_article, self.all_articles, self.todo_articles):
            layout.addWidget(button)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        describe_buttons(self)
        self.setMinimumWidth(520)

    def chosen(self) -> str:
        checked = self.choice.checkedButton()
        assert checked is not None  # one of the exclusive group is always checked
        return str(checked.property("choice"))

    def target_path(self) -> Path:
        return Path(self.target.text().strip()).expanduser()

    def _browse(self) -> None:
        path = dialogs.choose_checkout_target(self, self.target_path())
        if path is not None:
            self.target.setText(str(path))


class CheckinReportDialog(QDialog):
    """The counts per outcome and, for the editor, every conflict with where both are: each
    annotation named by its words and its article; a double-click (or Enter) goes there."""

    go_to = Signal(str, str)  # article id, annotation id

    def __init__(
        self,
        report: CheckinReport,
        destination: str,
        titles: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ):
        """``titles``: the articles' titles by id, those the window knows."""
        super().__init__(parent)
        self.setObjectName("checkinReport")
        self.setWindowTitle(self.tr("Work Brought Back"))
        self.titles = titles or {}
        conflicts = report.count(Outcome.CONFLICT)
        self.summary = QLabel(
            self.tr(
                "Brought back to {0}: new articles: {1}; annotations: {2} added, "
                "{3} updated, {4} unchanged, {5} in conflict."
            ).format(
                destination,
                report.articles_added,
                report.count(Outcome.ADDED),
                report.count(Outcome.UPDATED),
                report.count(Outcome.UNCHANGED),
                conflicts,
            )
        )
        self.summary.setObjectName("checkinSummary")
        self.summary.setWordWrap(True)
        note = QLabel(
            self.tr(
                "Changed on both sides since they were taken offline: both versions are kept. "
                "The server's stays as it was; yours is stored beside it as a new claim or "
                "mention (claims tagged “checkin-conflict”) for the editor to choose."
            )
            if conflicts
            else self.tr("No conflicts: everything came back.")
        )
        note.setWordWrap(True)
        self.details = PlaceList()
        self.details.setObjectName("checkinDetails")
        for line, place in self._lines(report):
            self.details.add_line(line, place)
        self.details.go_to.connect(self.go_to)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy"))
        copy.setToolTip(self.tr("Copy the whole report to the clipboard"))
        copy.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(
                f"{self.summary.text()}\n\n{self.details.text()}"
            )
        )
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(note)
        layout.addWidget(self.details, 1)
        layout.addWidget(QLabel(self.tr("Double-click a line, or press Enter, to go there.")))
        layout.addWidget(buttons)
        describe_buttons(self)
        self.resize(760, 440)

    def _lines(self, report: CheckinReport) -> list[tuple[str, Place]]:
        """The conflicts first (the editor's list), then every other annotation."""
        words = {
            Outcome.ADDED: self.tr("added"),
            Outcome.UPDATED: self.tr("updated"),
            Outcome.UNCHANGED: self.tr("unchanged"),
            Outcome.CONFLICT: self.tr("conflict"),
        }
        kinds = {"mention": self.tr("mention"), "claim": self.tr("claim")}
        ordered = sorted(report.annotations, key=lambda a: a.outcome is not Outcome.CONFLICT)
        lines = []
        for item in ordered:
            kind, quote = kinds.get(item.kind, item.kind), shortened(item.quote, 60)
            line = f"{words[item.outcome]}: {kind} “{quote}”"
            title = self.titles.get(item.article_id)
            if title:
                line += " " + self.tr("in “{0}”").format(shortened(title, 50))
            if item.kept_as:
                line += " " + self.tr("(the server's version kept; yours stored beside it)")
            lines.append((line, Place(item.article_id, item.id)))
        return lines
