"""The claim form's fields: each widget with its label, accessible name and description.

ClaimForm (claim_form.py) shows a claim in them and saves what is typed. Their strings are in
the "ClaimFields" translation context: PySide's ``self.tr()`` looks a string up under the
widget's class and each of its bases, so a ClaimForm finds them there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from annotator.ui.annotations.evidence_box import EvidenceBox
from annotator.ui.annotations.form_fields import GrowingTextEdit


class ClaimFields(QWidget):
    """The fields of a claim in a form layout, empty until ClaimForm shows a claim."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quote = QLabel()
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quote.setObjectName("claimQuote")
        # Several lines: a restatement is read whole, not scrolled sideways.
        self.claim_reviewed = GrowingTextEdit(min_lines=2, max_lines=6)
        self.claim_reviewed.setObjectName("claimRestatement")
        self.claim_reviewed.setPlaceholderText(self.tr("The claim in one short, neutral sentence"))
        self.claimant = QComboBox()
        self.claimant.setEditable(True)
        self.claimant.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        claimant_edit = self.claimant.lineEdit()
        assert claimant_edit is not None  # an editable combo box has one
        self.claimant_edit = claimant_edit
        self.claimant_edit.setPlaceholderText(self.tr("Who made the claim: pick a mention or type"))
        self.claim_date = QLineEdit()
        self.claim_date.setPlaceholderText(self.tr("YYYY-MM-DD or DD.MM.YYYY"))
        self.status = QComboBox()
        self.status.setObjectName("claimStatus")
        self.justification = QPlainTextEdit()
        self.justification.setPlaceholderText(self.tr("Why this verdict: what the evidence shows"))
        self.justification.setTabChangesFocus(True)
        self.justification.setMinimumHeight(70)
        # Room for the related claims below without scrolling; the box scrolls itself.
        self.justification.setMaximumHeight(120)
        self.evidence_box = EvidenceBox()
        # The names the tests and the keyboard story know the evidence widgets by.
        box = self.evidence_box
        self.evidence, self.add_evidence, self.edit_evidence = box.list, box.add, box.edit
        self.remove_evidence, self.open_evidence = box.remove, box.open
        self.review_url = QLineEdit()
        self.review_url.setPlaceholderText(self.tr("https://… the published fact-check"))
        self.review_date = QLineEdit()
        self.review_date.setPlaceholderText(self.tr("YYYY-MM-DD or DD.MM.YYYY"))
        self.checkworthy = QCheckBox(self.tr("Worth checking"))
        self.checkworthy.setTristate(True)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("casualties, Kharkiv offensive, …"))

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A narrow panel puts a field under its label rather than clipping either.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        heading = QLabel(self.tr("<b>Claim</b>"))
        heading.setObjectName("formHeading")
        form.addRow(heading)
        form.addRow(self.tr("Quote"), self.quote)
        form.addRow(self.tr("C&laim"), self.claim_reviewed)
        form.addRow(self.tr("Claima&nt"), self.claimant)
        form.addRow(self.tr("Claim &date"), self.claim_date)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("&Justification"), self.justification)
        form.addRow(self.tr("Eviden&ce"), self.evidence_box)
        form.addRow(self.tr("Review &URL"), self.review_url)
        form.addRow(self.tr("Revie&w date"), self.review_date)
        form.addRow("", self.checkworthy)
        form.addRow(self.tr("&Tags"), self.tags)
        self._name_fields()

    def _name_fields(self) -> None:
        """Each field named by its role and described, as a screen reader says it (a box is
        never named by the value it shows: "Status", not "Unverified")."""
        described = (
            (self.claim_reviewed, self.tr("Claim"),
             self.tr("The claim restated in one short, neutral sentence")),
            (self.claimant, self.tr("Claimant"),
             self.tr("Who made the claim: one of the article's mentions, or a name typed")),
            (self.claim_date, self.tr("Claim date"),
             self.tr("When the claim was made: YYYY-MM-DD or DD.MM.YYYY")),
            (self.status, self.tr("Status"),
             self.tr("The claim's verdict; Alt+1 to Alt+9 set it from the article")),
            (self.justification, self.tr("Justification"),
             self.tr("Why this verdict: what the evidence shows")),
            (self.evidence, self.tr("Evidence"),
             self.tr("The sources for the verdict, each with its stance; Enter edits one")),
            (self.review_url, self.tr("Review URL"),
             self.tr("The address of the published fact-check")),
            (self.review_date, self.tr("Review date"),
             self.tr("When the fact-check was published: YYYY-MM-DD or DD.MM.YYYY")),
            (self.checkworthy, self.tr("Worth checking"),
             self.tr("Checked: worth checking; empty: not; half-checked: not decided yet")),
            (self.tags, self.tr("Tags"), self.tr("Words to group claims by, separated by commas")),
        )  # fmt: skip
        for field, name, description in described:
            field.setAccessibleName(name)
            field.setAccessibleDescription(description)
        for button, description in (
            (self.add_evidence, self.tr("Add a source: its address, title, stance and excerpt")),
            (self.edit_evidence, self.tr("Edit the chosen source")),
            (self.remove_evidence, self.tr("Remove the chosen source from the evidence")),
        ):
            button.setToolTip(description)
