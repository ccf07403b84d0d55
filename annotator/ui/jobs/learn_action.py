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
from annotator.ui.common.translation import QT_TRANSLATE_NOOP, translate
from annotator.ui.jobs.workers import Cancelled, Progress, run_with_progress

TITLE = QT_TRANSLATE_NOOP("LearnAction", "Learning from your claims")


class LearnAction:
    def __init__(
        self, parent: QWidget, workspace: Workspace, after_learning: Callable[[], None]
    ) -> None:
        self.parent, self.workspace, self.after_learning = parent, workspace, after_learning

    def learn(self) -> None:
        models = self.workspace.suggestions.models

        def job(progress: Progress, cancelled: Cancelled) -> LearnReport:
            def step(done: int, total: int) -> None:
                label = (
                    translate("LearnAction", "checking on part {0} of {1}").format(done + 1, FOLDS)
                    if done < FOLDS
                    else translate("LearnAction", "training on everything")
                )
                progress(done, total, label)

            progress(0, FOLDS + 1, translate("LearnAction", "reading your claims"))
            return models.learn(step, cancelled)

        ok, outcome = run_with_progress(self.parent, translate("LearnAction", TITLE), job)
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
        summary = translate(
            "LearnAction",
            "Suggestions now use a model learned from {0} check-worthy and "
            "{1} other sentences of this database. Average precision: "
            "{2} before, {3} now.",
        ).format(
            report.positives,
            report.negatives,
            f"{before.average_precision:.2f}",
            f"{after.average_precision:.2f}",
        )
        line = translate("LearnAction", "{0}: {1} before → {2} now")
        details = "\n".join(
            line.format(name, f"{old:.2f}", f"{new:.2f}")
            for name, old, new in (
                (
                    translate("LearnAction", "Average precision"),
                    before.average_precision,
                    after.average_precision,
                ),
                (
                    translate("LearnAction", "F1 (sentences scoring 0.5 or more)"),
                    before.f1,
                    after.f1,
                ),
                (translate("LearnAction", "Precision"), before.precision, after.precision),
                (translate("LearnAction", "Recall"), before.recall, after.recall),
            )
        )
        details += "\n\n" + translate(
            "LearnAction",
            "Before: the {0} model, scored on these sentences. Now: the new "
            "model, each sentence scored by a model trained without it ({1}-fold "
            "cross-validated).",
        ).format(report.previous, FOLDS)
        details += "\n\n" + translate(
            "LearnAction",
            "Learned in {0} s. The model is stored in the database and "
            "travels with it; learn again as you add claims.",
        ).format(f"{report.seconds:.1f}")
        dialogs.show_report(
            self.parent, translate("LearnAction", "Learned from your claims"), summary, details
        )
