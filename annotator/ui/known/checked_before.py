"""Checked before: the published fact-checks of the selected claim, from the library of known
fact-checks (File › Import of ClaimReview), in two places that one lookup feeds:

- a banner at the top of the claim form, only when one matches well enough to say so
  (ranking.CHECKED_BEFORE): who checked it, their verdict, and a button that opens it;
- a section at the top of the related claims: the best few, each with how well it matches,
  the claim as the fact-checker worded it, publisher, verdict, date and an "Open" button.

A link opens in the browser, and only a web address (http, https) ever does.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.models import Claim, Mention
from annotator.domain.sources.known_checks import KnownMatch
from annotator.domain.urls import is_web_url
from annotator.services.known.ranking import CHECKED_BEFORE
from annotator.ui.editing.article_controller import ArticleController
from annotator.ui.known.known_search import KnownChecksSearch, Lookup

# Weaker matches are listed too, under "Published fact-checks" (known_library.MIN_SCORE).
SHOWN_FROM = 0.3
GREEN = "#2e7d32"


def open_in_browser(address: str) -> bool:
    """Open a published fact-check in the browser; anything but a web page is refused (an
    imported feed can hold any address)."""
    url = QUrl(address.strip(), QUrl.ParsingMode.StrictMode)
    if not is_web_url(address) or url.scheme().lower() not in ("http", "https"):
        return False
    QDesktopServices.openUrl(url)
    return True


def _elide(text: str, length: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _verdict(match: KnownMatch) -> str:
    return match.check.rating


class MatchCard(QFrame):
    """One published fact-check: how well it matches, who, the verdict, when, its claim."""

    open_requested = Signal(str)  # the fact-check's address

    def __init__(self, match: KnownMatch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("knownCheckCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.url = match.check.url
        check = match.check
        publisher = escape(check.publisher or self.tr("Unknown publisher"))
        verdict = escape(_verdict(match) or self.tr("no rating given"))
        date = f" · {escape(check.published_at)}" if check.published_at else ""
        share = escape(self.tr("{0}% match").format(round(match.score * 100)))
        heading = QLabel(f"{share} · <b>{publisher}</b>: {verdict}{date}")
        heading.setObjectName("knownCheckHeading")
        heading.setWordWrap(True)
        claim = QLabel(f"“{escape(_elide(check.claim_reviewed, 170))}”")
        claim.setWordWrap(True)
        claim.setToolTip(check.claim_reviewed)
        # The site only: a whole address would not wrap, and widen the form past the panel.
        where = QLabel(escape(_elide(QUrl(check.url).host().removeprefix("www."), 40)))
        where.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        where.setToolTip(check.url)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("openKnownCheck")
        self.open_button.setToolTip(
            self.tr("Open the published fact-check in the browser: {0}").format(check.url)
        )
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.url))
        bottom = QHBoxLayout()
        bottom.addWidget(where, 1)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(heading)
        layout.addWidget(claim)
        layout.addLayout(bottom)


class CheckedBeforeBanner(QFrame):
    """The claim form's line: "Checked before — StopFake: False · 2022-05-06  [Open]"."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkedBeforeBanner")
        self.setStyleSheet(
            f"#checkedBeforeBanner {{ border: 1px solid {GREEN}; border-radius: 4px; }}"
        )
        self.text = QLabel()
        self.text.setObjectName("checkedBeforeText")
        self.text.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open fact-check"))
        self.open_button.setObjectName("openCheckedBefore")
        self.open_button.setToolTip(self.tr("Open the published fact-check in the browser"))
        self.url = ""
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.url))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button)
        self.hide()

    def show_match(self, match: KnownMatch | None) -> None:
        if match is None:
            self.url = ""
            self.hide()
            return
        check = match.check
        self.url = check.url
        verdict = _verdict(match) or self.tr("no rating given")
        date = f" · {check.published_at}" if check.published_at else ""
        self.text.setText(
            f"<span style='color:{GREEN}'>✔</span> <b>{escape(self.tr('Checked before'))}</b>"
            f" — {escape(check.publisher or self.tr('Unknown publisher'))}: "
            f"<b>{escape(verdict)}</b>{escape(date)}"
        )
        self.setToolTip(f"“{check.claim_reviewed}”\n{check.url}")
        self.show()


class CheckedBeforeSection(QWidget):
    """The related claims' first part: the best published fact-checks of the claim."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkedBeforeSection")
        self.heading = QLabel()
        self.heading.setObjectName("formHeading")
        self.status = QLabel()
        self.status.setObjectName("checkedBeforeStatus")
        self.status.setWordWrap(True)
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.cards: list[MatchCard] = []
        self.card_box = QVBoxLayout()
        self.card_box.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addLayout(self.card_box)
        self.show_state(None)

    def show_state(self, message: str | None, checked: bool = False) -> None:
        """A message instead of cards (looking, nothing found, an empty library)."""
        self._set_cards([])
        self.heading.setText(self._heading(checked))
        self.status.setText(message or "")
        self.status.setVisible(bool(message))

    def show_matches(self, matches: list[KnownMatch]) -> None:
        shown = [m for m in matches if m.score >= SHOWN_FROM]
        checked = any(m.score >= CHECKED_BEFORE for m in shown)
        self.heading.setText(self._heading(checked))
        self._set_cards([MatchCard(m) for m in shown])
        self.status.setText(self.tr("No published fact-check of this claim in the library."))
        self.status.setVisible(not shown)

    def _heading(self, checked: bool) -> str:
        words = self.tr("Checked before") if checked else self.tr("Published fact-checks")
        return f"<b>{escape(words)}</b>"

    def _set_cards(self, cards: list[MatchCard]) -> None:
        for card in self.cards:
            card.hide()
            card.deleteLater()
        self.cards = cards
        for card in cards:
            card.open_requested.connect(self.open_requested)
            self.card_box.addWidget(card)


class CheckedBefore(QObject):
    """Follows the selected claim, looks it up, and shows what it found in both places."""

    message = Signal(str)  # for the status bar: a link that could not be opened

    def __init__(self, controller: ArticleController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.library = controller.workspace.known
        self.search = KnownChecksSearch(controller.workspace, self)
        self.banner = CheckedBeforeBanner()
        self.section = CheckedBeforeSection()
        self.lookup: Lookup | None = None
        self.matches: list[KnownMatch] = []
        controller.selection_changed.connect(self._selection_changed)
        controller.annotation_changed.connect(self._annotation_changed)
        self.search.found.connect(self._found)
        self.search.failed.connect(self._failed)
        self.banner.open_requested.connect(self.open)
        self.section.open_requested.connect(self.open)

    def _selection_changed(self, annotation_id: str | None) -> None:
        claim = self.controller.annotation(annotation_id)
        self.show_claim(claim if isinstance(claim, Claim) else None)

    def _annotation_changed(self, annotation: Mention | Claim) -> None:
        """The claim's words changed (its restatement, its bounds): look it up again."""
        lookup = self.lookup
        if not isinstance(annotation, Claim) or lookup is None or annotation.id != lookup.claim_id:
            return
        if (annotation.quote, annotation.claim_reviewed) != (lookup.quote, lookup.claim_reviewed):
            self.show_claim(annotation)

    def show_claim(self, claim: Claim | None) -> None:
        self.matches = []
        self.banner.show_match(None)
        if claim is None:
            self.lookup = None
            self.search.request(None)
            return
        self.lookup = Lookup(claim.id, claim.quote, claim.claim_reviewed)
        if self.library.is_empty():
            self.search.request(None)
            self.section.show_state(
                self.tr(
                    "The library of known fact-checks is empty. File › Import a ClaimReview "
                    "feed or saved fact-check pages to see whether a claim was checked before."
                )
            )
            return
        self.section.show_state(self.tr("Looking in the library of known fact-checks…"))
        self.search.request(self.lookup)

    def refresh(self) -> None:
        """The library changed (an import): the selected claim is looked up again."""
        lookup = self.lookup
        claim = self.controller.annotation(lookup.claim_id) if lookup is not None else None
        if isinstance(claim, Claim):
            self.show_claim(claim)

    def _found(self, lookup: Lookup, matches: list[KnownMatch]) -> None:
        if lookup != self.lookup:
            return
        self.matches = matches
        best = matches[0] if matches and matches[0].score >= CHECKED_BEFORE else None
        self.banner.show_match(best)
        self.section.show_matches(matches)

    def _failed(self, lookup: Lookup, message: str) -> None:
        if lookup == self.lookup:
            self.section.show_state(
                self.tr("The library of known fact-checks could not be searched: {0}").format(
                    message
                )
            )

    def open(self, address: str) -> None:
        if not open_in_browser(address):
            self.message.emit(
                self.tr("Only web addresses (http, https) are opened; this one is not: {0}").format(
                    address
                )
            )

    def shutdown(self) -> None:
        self.search.shutdown()
