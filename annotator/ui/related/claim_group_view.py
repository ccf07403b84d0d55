"""A claim's group: the claims of other articles confirmed to be the same claim, each with its
verdict, and a banner when those verdicts disagree. It shows and asks; the related-claims panel
does the writing."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.claim_groups import ClaimBrief, ClaimGroup
from annotator.domain.schemes import Schemes
from annotator.ui.common.span_styles import status_color, swatch
from annotator.ui.common.translation import translate
from annotator.ui.related.related_claims_rows import elide, status_label

CLAIM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 2


def disagreement_text(group: ClaimGroup, schemes: Schemes) -> str:
    """“Final verdicts disagree: False in “…”, Mostly true in “…”” — which verdict where."""
    final = {s.id for s in schemes.statuses if s.final}
    parts = [
        translate("ClaimGroupView", "{0} in “{1}”").format(
            status_label(schemes, m.status), elide(m.article_title, 34)
        )
        for m in group.members
        if m.status in final
    ]
    return translate("ClaimGroupView", "Final verdicts disagree: {0}").format(", ".join(parts))


def member_item(member: ClaimBrief, schemes: Schemes, selected_id: str | None) -> QListWidgetItem:
    this = translate("ClaimGroupView", "  (this claim)") if member.claim_id == selected_id else ""
    item = QListWidgetItem(
        f"{status_label(schemes, member.status)} — {elide(member.article_title, 40)}{this}\n"
        f"“{elide(member.quote, 62)}”"
    )
    item.setIcon(swatch(status_color(member.status)))
    item.setToolTip(
        f"{member.article_title}\n\n“{' '.join(member.quote.split())}”\n\n"
        + translate("ClaimGroupView", "Double-click or press Enter to open it in its article.")
    )
    item.setData(CLAIM_ID_ROLE, member.claim_id)
    item.setData(ARTICLE_ID_ROLE, member.article_id)
    return item


class WarningBanner(QFrame):
    """An icon and a sentence on an amber ground: seen without being looked for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disagreementWarning")
        self.setStyleSheet(
            "#disagreementWarning { background: #fff4d6; border: 1px solid #e0a800;"
            " border-radius: 4px; } #disagreementWarning QLabel { color: #5a4300; }"
        )
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(20, 20)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setObjectName("disagreementText")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(icon)
        layout.addWidget(self.text, 1)


class ClaimGroupView(QWidget):
    open_requested = Signal(str, str)  # article id, claim id
    unlink_requested = Signal(str)  # claim id to take out of the group
    apply_requested = Signal()  # the selected claim's verdict for the whole group

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.claim_id: str | None = None
        heading = QLabel(self.tr("<b>Same claim in other articles</b>"))
        heading.setObjectName("formHeading")
        self.warning = WarningBanner()
        self.no_group = QLabel(self.tr("Not linked to a claim of another article yet."))
        self.no_group.setWordWrap(True)
        self.members = QListWidget()
        self.members.setObjectName("groupMembers")
        self.members.setAccessibleName(self.tr("Same claim in other articles"))
        self.members.setAccessibleDescription(
            self.tr("The claims of the group with their verdicts; Enter opens one")
        )
        # As tall as its rows and as wide as the panel, long lines elided: the claim page
        # scrolls as a whole, and a list scrolling inside it hides its members.
        self.members.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.members.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.members.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.open_button = QPushButton(self.tr("O&pen"))
        self.open_button.setToolTip(
            self.tr("Open the chosen claim in its article (or double-click it)")
        )
        self.unlink_button = QPushButton(self.tr("Unl&ink"))
        self.unlink_button.setToolTip(
            self.tr(
                "Take the chosen claim out of the group; it may be suggested again. Edit › Undo "
                "(Ctrl+Z) takes it back."
            )
        )
        self.apply_button = QPushButton(self.tr("Appl&y this claim's status to the group"))
        self.apply_button.setObjectName("applyGroupStatus")
        self.apply_button.setToolTip(
            self.tr(
                "Give every claim of the group this claim's verdict, in all their articles "
                "(Ctrl+Shift+G). Edit › Undo (Ctrl+Z) takes it back."
            )
        )
        buttons = QHBoxLayout()
        for button in (self.open_button, self.unlink_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (heading, self.warning, self.no_group, self.members):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.members.itemActivated.connect(self._open)
        self.members.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.open_button.clicked.connect(lambda: self._open(self.members.currentItem()))
        self.unlink_button.clicked.connect(self._unlink)
        self.apply_button.clicked.connect(self.apply_requested)

    def show_group(self, group: ClaimGroup | None, schemes: Schemes, claim_id: str | None) -> None:
        self.claim_id = claim_id
        members = group.members if group else []
        self.members.clear()
        for member in members:
            self.members.addItem(member_item(member, schemes, claim_id))
        grouped = len(members) > 1
        for widget in (self.members, self.open_button, self.unlink_button):
            widget.setVisible(grouped)
        self.no_group.setVisible(not grouped)
        self.apply_button.setEnabled(grouped)
        disagree = group is not None and group.disagreement
        self.warning.setVisible(disagree)
        if group is not None and disagree:
            self.warning.text.setText(disagreement_text(group, schemes))
        if grouped:
            rows = sum(self.members.sizeHintForRow(r) for r in range(self.members.count()))
            self.members.setFixedHeight(rows + 2 * self.members.frameWidth() + 2)
            # The first other claim is current, so Open is one key press away.
            first_other = next(i for i, m in enumerate(members) if m.claim_id != claim_id)
            # Current but not selected: no highlight shouting before the user turns to the list.
            self.members.setCurrentRow(first_other, QItemSelectionModel.SelectionFlag.NoUpdate)
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.members.currentItem()
        self.open_button.setEnabled(item is not None and item.data(CLAIM_ID_ROLE) != self.claim_id)
        self.unlink_button.setEnabled(item is not None)

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is None or item.data(CLAIM_ID_ROLE) == self.claim_id:
            return
        article_id, claim_id = item.data(ARTICLE_ID_ROLE), item.data(CLAIM_ID_ROLE)
        # Later, not now: opening the claim refills this list, and the list is still inside
        # its double-click handler, which would go on with a deleted item (a crash).
        QTimer.singleShot(0, self, lambda: self.open_requested.emit(article_id, claim_id))

    def _unlink(self) -> None:
        item = self.members.currentItem()
        if item is not None:
            self.unlink_requested.emit(item.data(CLAIM_ID_ROLE))
