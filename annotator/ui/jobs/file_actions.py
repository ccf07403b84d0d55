"""File › Import and Export in the window: chosen in dialogs or dropped on the window, run
in a worker thread, reported file by file in a dialog whose text can be copied."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from annotator.domain.errors import AnnotatorError
from annotator.services.exporting.exporter import ExportCancelled, ExportSummary
from annotator.services.formats import registry
from annotator.services.importing.import_report import ImportReport
from annotator.services.workspace import Workspace
from annotator.ui.common import dialogs
from annotator.ui.common.messages import in_window_language
from annotator.ui.common.translation import translate
from annotator.ui.editing.article_controller import ArticleController
from annotator.ui.jobs import import_report_text
from annotator.ui.jobs.telegram_channels import TelegramChannelsDialog
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
        channels = self._telegram_channels(paths)
        if channels is None:
            return
        report = self._run_import(paths, channels, None)
        if report is None:
            return
        self._with_passwords(report, channels)
        self.after_import()
        dialogs.show_report(
            self.parent,
            translate("FileActions", "Import report"),
            import_report_text.summary(report),
            import_report_text.details(report),
        )

    def _run_import(
        self, paths: list[Path], channels: dict[str, str], password: str | None
    ) -> ImportReport | None:
        """The import run off the UI thread; None (the error shown) when it failed."""

        def job(progress: Progress, cancelled: Cancelled) -> ImportReport:
            return self.workspace.import_paths(
                paths,
                lambda done, total, path: progress(done, total, path.name),
                cancelled,
                telegram_channels=channels,
                password=password,
            )

        ok, outcome = run_with_progress(self.parent, translate("FileActions", "Importing"), job)
        if not ok:
            dialogs.show_error(
                self.parent, translate("FileActions", "Import failed"), in_window_language(outcome)
            )
            return None
        return outcome

    def _with_passwords(self, report: ImportReport, channels: dict[str, str]) -> None:
        """Each file refused for want of a password (an encrypted PDF) asked for it and read
        again, until it opens or the user skips it; its line in ``report`` replaced."""
        for index, result in enumerate(report.results):
            while result.needs_password:
                password = dialogs.ask_password(
                    self.parent,
                    translate("FileActions", "Password"),
                    translate("FileActions", "{0} is protected ({1}).\nIts password:").format(
                        result.path.name, in_window_language(result.reason)
                    ),
                )
                if password is None:
                    break
                again = self._run_import([result.path], channels, password)
                if again is None or len(again.results) != 1:
                    break
                result = report.results[index] = again.results[0]

    def _telegram_channels(self, paths: list[Path]) -> dict[str, str] | None:
        """The public usernames of the Telegram channels among ``paths``, asked for when there
        are some; None when the user cancels the import."""
        chats = self.workspace.telegram_chats_among(paths)
        if not chats:
            return {}
        dialog = TelegramChannelsDialog(chats, self.parent)
        if dialogs.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.usernames()

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
            dialogs.show_error(self.parent, title, in_window_language(error))
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
        bundle = format_ == dialogs.BUNDLE  # the dataset with its evidence files, zipped
        layer = self._choose_layer("json" if bundle else format_)
        if layer is None:
            return

        def job(progress: Progress, cancelled: Cancelled) -> ExportSummary:
            return self.workspace.export(
                target,
                None if bundle else format_,
                lambda done, total: progress(done, total, ""),
                cancelled,
                layer=layer,
                with_evidence=bundle,
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
        if format_ == dialogs.BUNDLE:
            what = translate(
                "FileActions", "{0} articles, {1} claims and {2} evidence files written to {3}"
            ).format(summary.articles, summary.claims, summary.records, summary.path)
            dialogs.show_info(self.parent, translate("FileActions", "Export finished"), what)
            return
        what_format = registry.BY_NAME[format_].title
        if registry.BY_NAME[format_].claims_only:
            what = translate("FileActions", "{0} claims written to {1} as {2}").format(
                summary.records, summary.path, what_format
            )
        else:
            what = translate(
                "FileActions", "{0} articles, {1} claims and {2} mentions written to {3} as {4}"
            ).format(summary.articles, summary.claims, summary.mentions, summary.path, what_format)
        title = translate("FileActions", "Export finished")
        sections = export_report_sections(summary)
        if not sections:
            dialogs.show_info(self.parent, title, what)
            return
        counts = "\n".join(f"{heading}: {len(lines)}" for heading, lines in sections)
        details = "\n\n".join(f"{heading}:\n" + "\n".join(lines) for heading, lines in sections)
        dialogs.show_report(self.parent, title, f"{what}.\n{counts}", details)


def export_report_sections(summary: ExportSummary) -> list[tuple[str, list[str]]]:
    """What the command line prints on stderr after an export, for the window's report: the
    claims left out (ClaimReview publishes final verdicts only), the warnings (what Google
    recommends and an item lacks, an organisation without a web address) and what a foreign
    format could not carry. Each heading with its lines; the empty ones left out."""
    sections = [
        (
            translate("FileActions", "Claims left out"),
            [in_window_language(item.line()) for item in summary.skipped],
        ),
        (
            translate("FileActions", "Warnings"),
            [in_window_language(item.line()) for item in summary.recommendations]
            + [in_window_language(warning) for warning in summary.warnings],
        ),
        (
            translate("FileActions", "Not carried"),
            [in_window_language(note) for note in summary.notes],
        ),
    ]
    return [(heading, lines) for heading, lines in sections if lines]
