"""File › Import and Export in the window: chosen in dialogs or dropped on the window, run
in a worker thread, reported file by file in a dialog whose text can be copied."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from annotator.domain.errors import AnnotatorError
from annotator.services.exporting.claim_exports import OrganizationMissing
from annotator.services.exporting.exporter import ExportCancelled, ExportSummary
from annotator.services.formats import registry
from annotator.services.importing.import_report import ImportReport
from annotator.services.workspace import Workspace
from annotator.ui.common import dialogs
from annotator.ui.common.messages import in_window_language
from annotator.ui.common.translation import plural, translate
from annotator.ui.editing.article_controller import ArticleController
from annotator.ui.jobs import import_report_text
from annotator.ui.jobs.export_report import export_failure, export_report
from annotator.ui.jobs.telegram_channels import TelegramChannelsDialog
from annotator.ui.jobs.workers import Cancelled, Progress, run_with_progress


class FileActions:
    def __init__(
        self,
        parent: QWidget,
        workspace: Workspace,
        after_import: Callable[[], None],
        open_claim: Callable[[str, str], object] | None = None,
        edit_preferences: Callable[[], object] | None = None,
    ) -> None:
        """``open_claim``: a claim named in a report, shown in the window (article, claim);
        ``edit_preferences``: File › Preferences, where the organisation is named."""
        self.parent, self.workspace, self.after_import = parent, workspace, after_import
        self.open_claim, self.edit_preferences = open_claim, edit_preferences

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
        self._export_to(target, format_, layer)

    def _export_to(self, target: Path, format_: str, layer: str) -> None:
        bundle = format_ == dialogs.BUNDLE  # the dataset with its evidence files, zipped

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
        elif isinstance(outcome, OrganizationMissing):
            if self._name_the_organisation():
                self._export_to(target, format_, layer)  # the same file, now with its author
        elif isinstance(outcome, AnnotatorError | OSError):
            dialogs.show_error(
                self.parent,
                translate("FileActions", "Export failed"),
                export_failure(outcome, target),
            )
        else:
            raise outcome

    def _name_the_organisation(self) -> bool:
        """ClaimReview names the organisation as the author: where to set it, in the window's
        words (File › Preferences), and the way there. True when it is set now."""
        answer = dialogs.choose_action(
            self.parent,
            translate("FileActions", "Who publishes these fact-checks?"),
            translate(
                "FileActions",
                "A ClaimReview export names your organisation as the author of every "
                "fact-check, and none is set yet. Name it in File › Preferences…, then the "
                "export goes on. Nothing was written.",
            ),
            [translate("FileActions", "Open Preferences…")],
        )
        if answer != 0 or self.edit_preferences is None:
            return False
        self.edit_preferences()
        return bool(self.workspace.preferences.all().get("organization.name"))

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
            what = translate("FileActions", "{0}, {1} and {2} written to {3}").format(
                plural(summary.articles, "article"),
                plural(summary.claims, "claim"),
                plural(summary.records, "evidence file"),
                summary.path,
            )
            dialogs.show_info(self.parent, translate("FileActions", "Export finished"), what)
            return
        what_format = in_window_language(registry.BY_NAME[format_].title)
        if registry.BY_NAME[format_].claims_only:
            what = translate("FileActions", "{0} written to {1} as {2}").format(
                plural(summary.records, "claim"), summary.path, what_format
            )
        else:
            what = translate("FileActions", "{0}, {1} and {2} written to {3} as {4}").format(
                plural(summary.articles, "article"),
                plural(summary.claims, "claim"),
                plural(summary.mentions, "mention"),
                summary.path,
                what_format,
            )
        title = translate("FileActions", "Export finished")
        report = export_report(summary, title, what, self.parent)
        if report is None:
            dialogs.show_info(self.parent, title, what)
            return
        if self.open_claim is not None:
            report.go_to.connect(self.open_claim)
        dialogs.show_beside(report)
