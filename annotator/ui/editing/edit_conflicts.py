"""Two saves of the same annotation met: both versions side by side, and the user chooses.

Someone else saved the claim or mention after the user's edit began; nothing of the user's
was stored. The dialog shows, for each field the two differ in, the user's value and theirs
with who saved it and when, and offers: keep mine (stored over theirs, knowingly), take
theirs, or merge by hand (an editable field prefilled with the user's text, for text fields).
Closing it decides nothing: theirs stays shown and the status bar says what yours was.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.models import Claim, Claimant, Evidence, Mention, Review
from annotator.domain.schemes import Schemes
from annotator.services.annotating import AnnotationService
from annotator.services.annotation_changes import Annotation, Change, SaveConflict
from annotator.ui.common import dialogs
from annotator.ui.common.messages import in_window_language
from annotator.ui.common.scheme_labels import status_label
from annotator.ui.common.translation import translate
from annotator.ui.editing.kept_edits import KeptEdits
from annotator.ui.editing.shown_article import ShownArticle
from annotator.ui.editing.undo_commands import ReplaceAnnotationCommand

# Fields whose two values can be merged by hand as text.
MERGEABLE = frozenset({"claim_reviewed", "justification", "tags", "claimant"})
# A mention's or claim's bounds change three fields at once: shown as one row, the quote.
_BOUNDS = frozenset({"start", "end"})


class Keep(Enum):
    MINE = "mine"
    THEIRS = "theirs"
    MERGED = "merged"


@dataclass(frozen=True, slots=True)
class Resolution:
    keep: Keep
    values: Annotation  # what to store (mine or merged over theirs), or theirs


def field_name(name: str) -> str:
    names = {
        "claim_reviewed": translate("EditConflicts", "Claim"),
        "claimant": translate("EditConflicts", "Claimant"),
        "claim_date": translate("EditConflicts", "Claim date"),
        "status": translate("EditConflicts", "Status"),
        "justification": translate("EditConflicts", "Justification"),
        "checkworthy": translate("EditConflicts", "Check-worthy"),
        "tags": translate("EditConflicts", "Tags"),
        "mention_ids": translate("EditConflicts", "Linked mentions"),
        "evidence": translate("EditConflicts", "Evidence"),
        "review": translate("EditConflicts", "Review"),
        "quote": translate("EditConflicts", "Words"),
        "type": translate("EditConflicts", "Type"),
        "entity_id": translate("EditConflicts", "Entity"),
    }
    return names.get(name, name)


def value_text(value: object, names: dict[str, str]) -> str:
    """A stored value as the user reads it; ids named by ``names`` (entities, statuses)."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return translate("EditConflicts", "yes") if value else translate("EditConflicts", "no")
    if isinstance(value, Claimant):
        return value.name or "—"
    if isinstance(value, Review):
        return " · ".join(v for v in (value.url, value.published_at) if v) or "—"
    if isinstance(value, list):
        if value and isinstance(value[0], Evidence):
            return "\n".join(e.title or e.url for e in value)
        return ", ".join(names.get(str(v), str(v)) for v in value)
    return names.get(str(value), str(value))


def shown_fields(conflict: SaveConflict) -> list[str]:
    fields = set(conflict.differ)
    if fields & _BOUNDS:
        fields = (fields - _BOUNDS) | {"quote"}
    return sorted(fields - {"mention_ids"}) or sorted(conflict.differ)


def merged(conflict: SaveConflict, typed: dict[str, str]) -> Annotation:
    """Theirs with the user's fields, the merged ones as typed."""
    result = copy.deepcopy(conflict.mine)
    for name, text in typed.items():
        if name == "tags":
            setattr(
                result, name, list(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))
            )
        elif name == "claimant" and isinstance(result, Claim):
            kept = next(
                (
                    c
                    for c in (conflict.mine, conflict.theirs)
                    if isinstance(c, Claim) and c.claimant.name == text.strip()
                ),
                None,
            )
            result.claimant = (
                copy.deepcopy(kept.claimant) if kept else Claimant(text.strip() or None)
            )
        elif name == "claim_reviewed":
            setattr(result, name, text.strip() or None)
        else:
            setattr(result, name, text)
    return result


class ConflictDialog(QDialog):
    def __init__(
        self, conflict: SaveConflict, names: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editConflictDialog")
        self.conflict = conflict
        kind = (
            translate("EditConflicts", "mention")
            if isinstance(conflict.theirs, Mention)
            else translate("EditConflicts", "claim")
        )
        self.setWindowTitle(
            translate("EditConflicts", "Someone else saved this {0} first").format(kind)
        )
        who = conflict.who or translate("EditConflicts", "someone else")
        when = _when(conflict.when)
        quote = " ".join(conflict.theirs.quote.split())[:80]
        intro = QLabel(
            translate(
                "EditConflicts",
                "{0} saved the {1} “{2}” ({3}) after you began your edit. Yours is not saved "
                "yet. Choose which version to keep.",
            ).format(who, kind, quote, when)
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        heads = (
            translate("EditConflicts", "Yours (not saved)"),
            translate("EditConflicts", "Theirs — {0}, {1}").format(who, when),
            translate("EditConflicts", "Merged by hand"),
        )
        head_labels = []
        for column, head in enumerate(heads, start=1):
            label = QLabel(f"<b>{head}</b>")
            label.setWordWrap(True)
            grid.addWidget(label, 0, column)
            head_labels.append(label)
        merge_head = head_labels[2]
        self.merge_fields: dict[str, QPlainTextEdit] = {}
        fields = shown_fields(conflict)
        for row, name in enumerate(fields, start=1):
            grid.addWidget(QLabel(field_name(name)), row, 0, Qt.AlignmentFlag.AlignTop)
            mine_text = value_text(getattr(conflict.mine, name), names)
            theirs_text = value_text(getattr(conflict.theirs, name), names)
            for column, text in ((1, mine_text), (2, theirs_text)):
                box = _text_box(text, read_only=True)
                box.setAccessibleName(f"{heads[column - 1]}: {field_name(name)}")
                grid.addWidget(box, row, column)
            if name in MERGEABLE:
                editor = _text_box("" if mine_text == "—" else mine_text, read_only=False)
                editor.setAccessibleName(f"{heads[2]}: {field_name(name)}")
                self.merge_fields[name] = editor
                grid.addWidget(editor, row, 3)
        buttons = QDialogButtonBox()
        self.keep_mine = QPushButton(translate("EditConflicts", "&Keep mine"))
        self.keep_mine.setToolTip(translate("EditConflicts", "save yours over theirs"))
        self.take_theirs = QPushButton(translate("EditConflicts", "&Take theirs"))
        self.take_theirs.setToolTip(
            translate("EditConflicts", "leave theirs as it is; yours is dropped")
        )
        self.save_merged = QPushButton(translate("EditConflicts", "Save &merged"))
        self.save_merged.setToolTip(translate("EditConflicts", "save the text merged by hand"))
        can_merge = bool(self.merge_fields) and set(self.merge_fields) >= set(fields)
        self.save_merged.setEnabled(can_merge)
        merge_head.setVisible(bool(self.merge_fields))
        for button in (self.keep_mine, self.take_theirs, self.save_merged):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("EditConflicts", "Decide later")
        )
        buttons.rejected.connect(self.reject)
        self.choice: Resolution | None = None
        self.keep_mine.clicked.connect(lambda: self._choose(Keep.MINE, conflict.mine))
        self.take_theirs.clicked.connect(lambda: self._choose(Keep.THEIRS, conflict.theirs))
        self.save_merged.clicked.connect(
            lambda: self._choose(
                Keep.MERGED,
                merged(conflict, {n: f.toPlainText() for n, f in self.merge_fields.items()}),
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.resize(820, 120 + 110 * len(fields))

    def _choose(self, keep: Keep, values: Annotation) -> None:
        self.choice = Resolution(keep, values)
        self.accept()


def _text_box(text: str, *, read_only: bool) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setReadOnly(read_only)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(64)
    return box


def _when(stamp: str) -> str:
    """A stored time (ISO, UTC) in the user's local time, as the system writes it."""
    moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return stamp or "?"
    return moment.toLocalTime().toString("yyyy-MM-dd HH:mm")


def ask(parent: QWidget | None, conflict: SaveConflict, names: dict[str, str]) -> Resolution | None:
    """The user's choice for a conflict; None when they decide later (nothing is saved)."""
    dialog = ConflictDialog(conflict, names, parent)
    dialogs.run_dialog(dialog)
    return dialog.choice


class ConflictChoices:
    """Puts each save that met someone else's newer version to the user, once the step that
    met it is over, and stores the choice as a step of its own: theirs replaced knowingly by
    yours or by a merge, or theirs left as it is."""

    def __init__(
        self,
        shown: ShownArticle,
        kept: KeptEdits,
        service: AnnotationService,
        who_saves: Callable[[], str | None],
    ) -> None:
        self.shown, self.kept, self.service, self.who_saves = shown, kept, service, who_saves
        self._parent: QWidget | None = None
        self._schemes: Schemes | None = None
        # A conflict met by an undo or redo (not a push) is asked about once that step is
        # over, never from inside it.
        shown.conflict_met = lambda: QTimer.singleShot(
            0, lambda: self.settle(self._parent, self._schemes)
        )

    def settle(self, parent: QWidget | None, schemes: Schemes | None) -> None:
        self._parent, self._schemes = parent, schemes
        while self.shown.conflicts:
            conflict, what, field = self.shown.conflicts.pop(0)
            choice = ask(parent, conflict, self._names(schemes))
            if choice is None:  # decided later: theirs is shown, yours said in words
                yours = "; ".join(
                    f"{name} = {getattr(conflict.mine, name)!r}" for name in sorted(conflict.differ)
                )
                self.kept.report_failure(
                    translate("ArticleController", "{0}. Now showing theirs; yours: {1}").format(
                        f"{what}: {in_window_language(conflict)}", yours
                    )
                )
            elif choice.keep is Keep.THEIRS:
                self.shown.signals.saved.emit()
            else:
                change = Change(conflict.theirs, choice.values, conflict.change.fields)
                self.kept.push(
                    ReplaceAnnotationCommand(
                        self.shown, self.kept, self.service, change, what, field, self.who_saves()
                    )
                )

    def _names(self, schemes: Schemes | None) -> dict[str, str]:
        """Statuses and entities by id, as the dialog names them."""
        names = {s.id: status_label(s) for s in schemes.statuses} if schemes else {}
        names.update({entity.id: entity.name for entity in self.service.entities()})
        return names
