"""A suggested related claim with its two answers, and the words the related-claims panel
writes with. The card shows; the panel decides."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.schemes import Schemes
from annotator.services.related.related_claims import RelatedCandidate
from annotator.ui.common.quotes import shortened
from annotator.ui.common.scheme_labels import status_label_of
from annotator.ui.common.span_styles import status_color
from annotator.ui.common.translation import translate


def elide(text: str, length: int) -> str:
    """Whitespace folded, cut after a word with “…”: quotes run to several lines otherwise."""
    return shortened(text, length)


def status_label(schemes: Schemes, status_id: str) -> str:
    return status_label_of(schemes, status_id)


def _status_html(schemes: Schemes, status_id: str) -> str:
    color = status_color(status_id).name()
    return f"<span style='color:{color}'>■</span> <b>{escape(status_label(schemes, status_id))}</b>"


class CandidateCard(QFrame):
    """One suggested claim: how alike, where, what it says, why, and the two answers."""

    same = Signal(str)  # the candidate's claim id
    not_same = Signal(str)

    def __init__(
        self,
        candidate: RelatedCandidate,
        schemes: Schemes,
        entity_names: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("relatedCandidate")
        self.claim_id = candidate.claim_id
        self.brief = candidate.claim
        self.setFrameShape(QFrame.Shape.StyledPanel)
        brief, similarity = candidate.claim, candidate.similarity
        title = escape(elide(brief.article_title, 52))
        heading = QLabel(f"<b>{round(similarity.score * 100)}%</b> &nbsp;{title}")
        heading.setToolTip(brief.article_title)
        quote = QLabel(
            f"“{escape(elide(brief.quote, 150))}” &nbsp;{_status_html(schemes, brief.status)}"
        )
        quote.setWordWrap(True)
        quote.setToolTip(" ".join(brief.quote.split()))
        why = QLabel(self._why(candidate, entity_names))
        why.setWordWrap(True)
        why.setObjectName("relatedWhy")
        why.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.same_button = QPushButton(self.tr("Same claim"))
        self.same_button.setToolTip(
            self.tr(
                "Confirm: this is the same claim as the selected one. Both join one group and "
                "are shown together with their verdicts. Edit › Undo (Ctrl+Z) takes it back."
            )
        )
        self.not_same_button = QPushButton(self.tr("Not the same"))
        self.not_same_button.setToolTip(
            self.tr(
                "Dismiss: a different claim. It is not suggested again for this claim. "
                "Edit › Undo (Ctrl+Z) takes it back."
            )
        )
        self.same_button.clicked.connect(lambda: self.same.emit(self.claim_id))
        self.not_same_button.clicked.connect(lambda: self.not_same.emit(self.claim_id))
        buttons = QHBoxLayout()
        buttons.addWidget(self.same_button)
        buttons.addWidget(self.not_same_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        for widget in (heading, quote, why):
            layout.addWidget(widget)
        layout.addLayout(buttons)

    @staticmethod
    def _why(candidate: RelatedCandidate, entity_names: dict[str, str]) -> str:
        similarity = candidate.similarity
        reasons = [
            translate("CandidateCard", "wording {0}% alike").format(round(similarity.text * 100))
        ]
        if similarity.shared_numbers:
            figures = ", ".join(similarity.shared_numbers)
            reasons.append(translate("CandidateCard", "same figures: {0}").format(figures))
        if similarity.shared_entity_ids:
            names = ", ".join(entity_names.get(e, e) for e in similarity.shared_entity_ids)
            reasons.append(translate("CandidateCard", "same entities: {0}").format(names))
        return translate("CandidateCard", "Why: {0}").format("; ".join(reasons))
