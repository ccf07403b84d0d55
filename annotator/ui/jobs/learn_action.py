"""Annotate › Suggestions › Learn from my claims: training in a worker thread with progress,
then the quality before and after, in a report whose text can be copied."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from annotator.services.suggestions.claim_model import (
    FOLDS,
    LearningCancelled,
    LearnReport,
    NotEnoughExamples,
)
from annotator.services.workspace import Workspace
from annotator.ui.common import dialogs
from annotator.ui.common.translation import translate
from annotator.ui.jobs.workers import run_with_progress

TITLE = "Learning from your claims"


class LearnAction:
    def __init__(
        self, parent: QWidget, workspace: Workspace, after_learning: Callable[[], None]
    ) -> None:
        self.parent, self.workspace, self.after_learning = parent, workspace, after_learning

    def learn(self) -> None:
        models = self.workspace.suggestions.models

        def job(progress, cancelled):  # type: ignore[no-untyped-def]
            def step(done: int, total: int) -> None:
                label = (
                    f"checking on part {done + 1} of {FOLDS}"
                    if done < FOLDS
                    else "training on everything"
                )
                progress(done, total, label)

            progress(0, FOLDS + 1, "reading your claims")
            return models.learn(step, cancelled)

        ok, outcome = run_with_progress(self.parent, TITLE, job)
        if ok:
            self.after_learning()
            self._report(outcome)
        elif isinstance(outcome, NotEnoughExamples):
            dialogs.show_info(
                self.parent,
                translate("LearnAction", "Not enough claims yet"),
                str(outcome).capitalize(),
            )
        elif isinstance(outcome, LearningCancelled):
            dialogs.show_info(
                self.parent,
                translate("LearnAction", "Learning cancelled"),
                str(outcome).capitalize(),
            )
        else:
            raise outcome

    def _report(self, report: LearnReport) -> None:
        before, after = report.before, report.after
        summary = (
            f"Suggestions now use a model learned from {report.positives} check-worthy and "
            f"{report.negatives} other sentences of this database. Average precision: "
            f"{before.average_precision:.2f} before, {after.average_precision:.2f} now."
        )
        details = "\n".join(
            f"{name}: {old:.2f} before → {new:.2f} now"
            for name, old, new in (
                ("Average precision", before.average_precision, after.average_precision),
                ("F1 (sentences scoring 0.5 or more)", before.f1, after.f1),
                ("Precision", before.precision, after.precision),
                ("Recall", before.recall, after.recall),
            )
        )
        details += (
            f"\n\nBefore: the {report.previous} model, scored on these sentences. Now: the new "
            f"model, each sentence scored by a model trained without it ({FOLDS}-fold "
            "cross-validated)."
        )
        details += (
            f"\n\nLearned in {report.seconds:.1f} s. The model is stored in the database and "
            "travels with it; learn again as you add claims."
        )
        dialogs.show_report(
            self.parent, translate("LearnAction", "Learned from your claims"), summary, details
        )
