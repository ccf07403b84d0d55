"""File › Import and Export in the window: chosen in dialogs or dropped on the window, run
in a worker thread, reported file by file in a dialog whose text can be copied."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from annotator.domain.errors import AnnotatorError
from annotator.services.exporting.exporter import ExportCancelled, ExportSummary
from annotator.services.formats import registry
from annotator.services.importing.import_report import ImportReport
from annotator.services.workspace import Workspace
from annotator.ui.common import dialogs
from annotator.ui.common.messages import say
from annotator.ui.common.translation import translate
from annotator.ui.editing.article_controller import ArticleController
from annotator.ui.jobs import import_report_text
from annotator.ui.jobs.workers import Cancelled, Progress, run_with_progress


class FileActions:
    def __init__(
        self, parent: QWidget, workspace: Workspace, after_import: Callable[[], None]
    ) -> None:
        self.parent, self.workspace, self.after_import = parent, workspace, after_import

    def import_files(self) -> None:
        paths = dialogs.choose_import_files(self.parent)
        if paths:
            self.import_paths(paths)

    def import_folder(self) -> None:
        folder = dialogs.choose_import_folder(self.parent)
        if folder is not None:
            self.import_paths([folder])

    def import_paths(self, paths: list[Path]) -> None:
        def job(progress: Progress, cancelled: Cancelled) -> ImportReport:
            return self.workspace.import_paths(
                paths, lambda done, total, path: progress(done, total, path.name), cancelled
            )

        ok, outcome = run_with_progress(self.parent, translate("FileActions", "Importing"), job)
        if not ok:
            dialogs.show_error(self.parent, translate("FileActions", "Import failed"), say(outcome))
            return
        self.after_import()
        dialogs.show_report(
            self.parent,
            translate("FileActions", "Import report"),
            import_report_text.summary(outcome),
            import_report_text.details(outcome),
        )

    def reread_with_encoding(self, controller: ArticleController) -> None:
        """File › Re-read with encoding…: the open article's file read again in an encoding
        the user picks, when its encoding was a guess and it has no annotations yet."""
        document = controller.document
        title = translate("FileActions", "Re-read with encoding")
        if document is None:
            dialogs.show_info(
                self.parent, title, translate("FileActions", "Open an article first.")
            )
            return
        article = document.article
        reason = self.workspace.rereading.why_not(article.id)
        if reason is not None:
            dialogs.show_info(
                self.parent,
                title,
                translate("FileActions", "This article cannot be re-read: {0}.").format(reason),
            )
            return
        encoding = dialogs.choose_item(
            self.parent,
            title,
            translate("FileActions", "Read {0} (now read as {1}) as:").format(
                article.source, article.encoding
            ),
            self.workspace.rereading.encodings(article.id),
        )
        if encoding is None:
            return
        try:
            self.workspace.rereading.reread(article.id, encoding)
        except AnnotatorError as error:
            dialogs.show_error(self.parent, title, say(error))
            return
        if controller.stack is not None:
            controller.stack.clear()  # its steps were made on the old text
        controller.open_article(article.id)
        self.after_import()

    def export(self) -> None:
        choice = dialogs.choose_export_target(self.parent)
        if choice is None:
            return
        target, format_ = choice
        layer = self._choose_layer(format_)
        if layer is None:
            return

        def job(progress: Progress, cancelled: Cancelled) -> ExportSummary:
            return self.workspace.export(
                target,
                format_,
                lambda done, total: progress(done, total, ""),
                cancelled,
                layer=layer,
            )

        ok, outcome = run_with_progress(self.parent, translate("FileActions", "Exporting"), job)
        if ok:
            self._report_export(outcome, format_)
        elif isinstance(outcome, ExportCancelled):
            dialogs.show_info(
                self.parent, translate("FileActions", "Export cancelled"), str(outcome)
            )
        elif isinstance(outcome, AnnotatorError | OSError):
            dialogs.show_error(
                self.parent,
                translate("FileActions", "Export failed"),
                translate(
                    "FileActions", "{0}\nThe previous file, if any, was left as it was."
                ).format(outcome),
            )
        else:
            raise outcome

    def _choose_layer(self, format_: str) -> str | None:
        """With several annotators, which annotations a dataset goes out with (as the CLI's
        --layer); None when the question is cancelled. Asked only when two or more annotators
        have annotations: someone working alone never sees it."""
        annotators = self.workspace.agreement.team()
        if format_ not in ("json", "jsonl") or len(annotators) < 2:
            return "all"
        choices = {
            translate("FileActions", "All annotations"): "all",
            translate("FileActions", "The adjudicated layer"): "adjudicated",
        }
        own = translate("FileActions", "{0}'s own annotations")
        choices.update({own.format(a.name): a.id for a in annotators})
        answer = dialogs.choose_item(
            self.parent,
            translate("FileActions", "Export the dataset"),
            translate("FileActions", "Which annotations?"),
            list(choices),
        )
        return choices.get(answer) if answer is not None else None

    def _report_export(self, summary: ExportSummary, format_: str) -> None:
        what_format = registry.BY_NAME[format_].title
        if registry.BY_NAME[format_].claims_only:
            what = translate("FileActions", "{0} claims written to {1} as {2}").format(
                summary.records, summary.path, what_format
            )
        else:
            what = translate(
                "FileActions", "{0} articles, {1} claims and {2} mentions written to {3} as {4}"
            ).format(summary.articles, summary.claims, summary.mentions, summary.path, what_format)
        if summary.notes:
            dialogs.show_report(
                self.parent,
                translate("FileActions", "Export finished"),
                translate("FileActions", "{0}. Not carried:").format(what),
                "\n".join(summary.notes),
            )
            return
        if summary.skipped:
            # ClaimReview leaves out claims without a final verdict or a published review:
            # say which, so they can be finished or knowingly left.
            dialogs.show_report(
                self.parent,
                translate("FileActions", "Export finished"),
                translate("FileActions", "{0}. Claims left out: {1}").format(
                    what, len(summary.skipped)
                ),
                "\n".join(item.line() for item in summary.skipped),
            )
        else:
            dialogs.show_info(self.parent, translate("FileActions", "Export finished"), what)
