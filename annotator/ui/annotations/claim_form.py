"""The form of the selected claim. Every edit saves itself: there is no Save button.

Line fields save when editing finishes (Enter, Tab, leaving the field), the justification
after a pause in typing, choices at once. Each save is one undo step; consecutive edits of one
text field merge into one. The fields themselves, laid out and named, are in claim_fields.py.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from annotator.domain.errors import InputRefused
from annotator.domain.models import Claim, Claimant, Mention
from annotator.domain.schemes import Schemes
from annotator.domain.timestamps import parse_typed_date
from annotator.domain.urls import web_address
from annotator.ui.annotations.claim_fields import ClaimFields
from annotator.ui.annotations.form_fields import GrowingTextEdit, attach_calendar
from annotator.ui.common.messages import in_window_language
from annotator.ui.common.scheme_labels import status_label

# Who can make a claim: people, organisations (a military unit is one), groups — never a
# place, a date or a weapon. Typed names of the article's claims come too.
CLAIMANT_TYPES = {"PERSON", "ORG", "NORP", "MIL_UNIT"}
TYPING_PAUSE_MS = 700
_INVALID = "border: 1px solid #c62828;"


class ClaimForm(ClaimFields):
    # The changed claim, what changed, the field, and the claim as it was when this edit
    # began when the claim has been shown anew since (None: as shown now): a save is never
    # based on a colleague's version the user did not see before typing.
    edited = Signal(object, str, str, object)
    problem = Signal(str)  # a value that cannot be saved, said in words

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # the fields, laid out and named
        self.setObjectName("claimForm")
        self.claim: Claim | None = None
        self._seen: dict[str, Claim] = {}  # field → the claim its unsaved edit began on
        self._mentions: list[Mention] = []
        self._loading = False

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._save_justification)
        self._connect()

    def _connect(self) -> None:
        # Line fields save when editing finishes; flush() saves those edited but not left yet.
        self._line_savers: list[tuple[QLineEdit | GrowingTextEdit, Callable[[], bool]]] = [
            (
                self.claim_reviewed,
                lambda: self._save(
                    "claim_reviewed", self.claim_reviewed.text().strip() or None, self.tr("Claim")
                ),
            ),
            (self.claimant_edit, self._save_claimant),
            (
                self.claim_date,
                lambda: self._save_date(self.claim_date, "claim_date", self.tr("Claim date")),
            ),
            (self.review_url, self._save_review_url),
            (
                self.review_date,
                lambda: self._save_date(self.review_date, "review_date", self.tr("Review date")),
            ),
            (self.tags, self._save_tags),
        ]
        for field, save in self._line_savers:
            field.editingFinished.connect(partial(self._save_line, field, save))
        savers = dict(self._line_savers)
        for date_field in (self.claim_date, self.review_date):
            attach_calendar(date_field, partial(self._save_line, date_field, savers[date_field]))
        self.claimant.activated.connect(
            lambda _index: self._save_line(self.claimant_edit, self._save_claimant)
        )
        self.status.activated.connect(
            lambda _index: self._save("status", self.status.currentData(), self.tr("Status"))
        )
        self.justification.textChanged.connect(self._typing_started)
        self.checkworthy.clicked.connect(self._save_checkworthy)
        self.evidence_box.changed.connect(self._save_evidence)
        self.evidence_box.problem.connect(self.problem)

    # --- showing -----------------------------------------------------------------------------

    def show_claim(
        self,
        claim: Claim,
        mentions: list[Mention],
        schemes: Schemes,
        typed_names: list[str] | None = None,
    ) -> None:
        """``typed_names``: claimants typed by name in the article's claims, offered again."""
        refresh = self.claim is not None and self.claim.id == claim.id
        if not refresh:
            self.flush()  # what is typed belongs to the claim shown until now
        # A refresh shows the same claim changed elsewhere (a status shortcut, an undo, a
        # save of another field): what is typed but not saved yet stays in its field, to be
        # saved on top of the claim as it is now, and a field showing its value already is
        # left alone, so the cursor of someone still typing does not jump.
        keep = self._unsaved_fields() if refresh else set()
        if not refresh:
            self._seen.clear()
        elif self.claim is not None:
            for key in self._keys_of(keep):
                self._seen.setdefault(key, self.claim)
        self._loading = True
        try:
            self.claim = copy.deepcopy(claim)
            self._mentions = mentions
            self.quote.setText(" ".join(claim.quote.split()))
            self._set_line(self.claim_reviewed, claim.claim_reviewed, keep)
            typed_claimant = self.claimant.currentText()
            self.claimant.clear()
            offered: set[str] = set()
            for mention in mentions:
                name = " ".join(mention.quote.split())
                if mention.type in CLAIMANT_TYPES and name not in offered:
                    offered.add(name)
                    self.claimant.addItem(name, mention.id)
            for name in typed_names or []:
                if name not in offered:
                    offered.add(name)
                    self.claimant.addItem(name, None)
            if self.claimant_edit in keep:
                self.claimant.setEditText(typed_claimant)
                self.claimant_edit.setModified(True)
            else:
                self.claimant.setEditText(claim.claimant.name or "")
            self._set_line(self.claim_date, claim.claim_date, keep)
            self.status.clear()
            for status in schemes.statuses:
                self.status.addItem(status_label(status), status.id)
            self.status.setCurrentIndex(self.status.findData(claim.status))
            if self.justification not in keep and (
                self.justification.toPlainText() != claim.justification
            ):
                self.justification.setPlainText(claim.justification)
            self._set_line(self.review_url, claim.review.url, keep)
            self._set_line(self.review_date, claim.review.published_at, keep)
            self.checkworthy.setCheckState(
                Qt.CheckState.PartiallyChecked
                if claim.checkworthy is None
                else Qt.CheckState.Checked
                if claim.checkworthy
                else Qt.CheckState.Unchecked
            )
            self._set_line(self.tags, ", ".join(claim.tags), keep)
            # The same claim again (a save, an undo): the chosen source stays chosen.
            self.evidence_box.show_items(
                claim.evidence, self.evidence.currentRow() if refresh else -1
            )
            for field in (self.claim_date, self.review_date, self.review_url):
                if field not in keep:
                    field.setStyleSheet("")
        finally:
            self._loading = False
        if self.justification not in keep:
            self._typing.stop()

    def _unsaved_fields(self) -> set[QWidget]:
        unsaved: set[QWidget] = {field for field, _ in self._line_savers if field.isModified()}
        if self._typing.isActive():
            unsaved.add(self.justification)
        return unsaved

    def _keys_of(self, fields: set[QWidget]) -> list[str]:
        claimant_edit = self.claimant.lineEdit()  # the claimant box is editable: it has one
        keys: dict[QWidget | None, str] = {
            self.claim_reviewed: "claim_reviewed",
            claimant_edit: "claimant",
            self.claim_date: "claim_date",
            self.review_url: "review_url",
            self.review_date: "review_date",
            self.tags: "tags",
            self.justification: "justification",
        }
        return [keys[field] for field in fields if field in keys]

    @staticmethod
    def _set_line(
        field: QLineEdit | GrowingTextEdit, value: str | None, keep: set[QWidget]
    ) -> None:
        if field not in keep and field.text() != (value or ""):
            field.setText(value or "")
            field.setCursorPosition(0)  # the start of a long text, not its end

    # --- saving ------------------------------------------------------------------------------

    def _changed(self) -> Claim | None:
        return copy.deepcopy(self.claim) if self.claim and not self._loading else None

    def _emit(self, after: Claim, what: str, field: str) -> None:
        seen = self._seen.pop(field, None)
        if after != self.claim:
            self.claim = copy.deepcopy(after)
            self.edited.emit(after, what, field, seen)

    def _save(self, field: str, value: object, what: str) -> bool:
        after = self._changed()
        if after is not None:
            setattr(after, field, value)
            self._emit(after, what, field)
        return True

    def _save_line(self, field: QLineEdit | GrowingTextEdit, save: Callable[[], bool]) -> None:
        """Save a line field; one whose value is refused stays "modified", still unsaved."""
        field.setModified(False)
        if not save():
            field.setModified(True)

    def _save_claimant(self) -> bool:
        after = self._changed()
        if after is None:
            return True
        name = " ".join(self.claimant.currentText().split()) or None
        index = self.claimant.findText(name or "", Qt.MatchFlag.MatchExactly)
        mention_id = self.claimant.itemData(index) if index >= 0 else None
        mention = next((m for m in self._mentions if m.id == mention_id), None)
        after.claimant = Claimant(name, mention.entity_id if mention else None)
        if mention is not None and mention.id not in after.mention_ids:
            after.mention_ids.append(mention.id)
        self._emit(after, self.tr("Claimant"), "claimant")
        return True

    def _save_date(self, field_widget: QLineEdit, field: str, what: str) -> bool:
        after = self._changed()
        if after is None:
            return True
        value = field_widget.text().strip() or None
        if value is not None:
            try:
                value = parse_typed_date(value, what.lower())
            except InputRefused as error:
                field_widget.setStyleSheet(_INVALID)
                self.problem.emit(self.tr("{0} — not saved").format(in_window_language(error)))
                return False
            if field_widget.text() != value:  # shown as it is stored
                field_widget.setText(value)
        field_widget.setStyleSheet("")
        if field == "review_date":
            after.review.published_at = value
        else:
            after.claim_date = value
        self._emit(after, what, field)
        return True

    def _save_review_url(self) -> bool:
        after = self._changed()
        if after is None:
            return True
        typed = self.review_url.text().strip()
        value = web_address(typed)  # the one rule of domain/urls.py, as Preferences
        if value is not None and value != self.review_url.text():
            self.review_url.setText(value)  # the https:// it was typed without
        if typed and value is None:
            self.review_url.setStyleSheet(_INVALID)
            self.problem.emit(
                self.tr("The review URL must be a full web address (https://…) — not saved")
            )
            return False
        self.review_url.setStyleSheet("")
        after.review.url = value
        self._emit(after, self.tr("Review URL"), "review_url")
        return True

    def _save_checkworthy(self) -> None:
        state = self.checkworthy.checkState()
        value = (
            None if state == Qt.CheckState.PartiallyChecked else (state == Qt.CheckState.Checked)
        )
        self._save("checkworthy", value, self.tr("Check-worthiness"))

    def _save_tags(self) -> bool:
        tags = list(dict.fromkeys(t.strip() for t in self.tags.text().split(",") if t.strip()))
        return self._save("tags", tags, self.tr("Tags"))

    def _typing_started(self) -> None:
        if not self._loading:
            self._typing.start()

    def _save_justification(self) -> None:
        self._typing.stop()
        self._save("justification", self.justification.toPlainText(), self.tr("Justification"))

    def flush(self) -> None:
        """Save what is typed but not saved yet: the justification before its pause, a line
        field not left yet (another claim is shown, another article opens, the window
        closes)."""
        if self._typing.isActive():
            self._save_justification()
        for field, save in self._line_savers:
            if field.isModified():
                self._save_line(field, save)

    def _save_evidence(self, evidence: list, what: str) -> None:
        after = self._changed()
        if after is None:  # no claim shown (or one being shown): nothing to change
            self.evidence_box.show_items(self.claim.evidence if self.claim else [])
            return
        after.evidence = evidence
        self._emit(after, what, "evidence")
