"""The dialogs of File › Take articles offline… (which articles, into which file) and of
File › Bring work back… (what came back: counts per outcome and the conflicts).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from annotator.services.team.offline import CheckinReport, Outcome
from annotator.ui.common import dialogs

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
        if open_title and len(open_title) > 60:  # one line, however long the headline
            open_title = open_title[:59] + "…"
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
        self.target = QLineEdit(str(suggested))
        self.target.setObjectName("checkoutTarget")
        browse = QPushButton(self.tr("&Choose…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.target, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Into the file"), where)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Take &offline"))
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
    """The counts per outcome and, for the editor, every conflict with where both are."""

    def __init__(self, report: CheckinReport, destination: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("checkinReport")
        self.setWindowTitle(self.tr("Work Brought Back"))
        conflicts = report.count(Outcome.CONFLICT)
        self.summary = QLabel(
            self.tr(
                "Brought back to {0}: {1} new article(s); annotations: {2} added, "
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
        self.details = QPlainTextEdit("\n".join(self._lines(report)))
        self.details.setObjectName("checkinDetails")
        self.details.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(
                f"{self.summary.text()}\n\n{self.details.toPlainText()}"
            )
        )
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(note)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def _lines(self, report: CheckinReport) -> list[str]:
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
            quote = item.quote if len(item.quote) <= 60 else item.quote[:59] + "…"
            line = f"{words[item.outcome]}: {kinds.get(item.kind, item.kind)} “{quote}”"
            if item.kept_as:
                line += " " + self.tr("(the server's kept as {0}; yours stored as {1})").format(
                    item.id, item.kept_as
                )
            lines.append(line)
        return lines
