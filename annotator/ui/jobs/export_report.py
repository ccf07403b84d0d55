"""Holds what the window says after an export: the report of what went out, with the claims
left out and the warnings named by their words and their article (a double-click goes
there), and a failure said about the folder the user chose, never a temporary file.
"""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtWidgets import QWidget

from annotator.domain.errors import TranslatableMessage, said
from annotator.services.exporting.exporter import ExportSummary
from annotator.services.formats.claimreview import SkippedClaim
from annotator.ui.common.messages import in_window_language
from annotator.ui.common.quotes import shortened
from annotator.ui.common.report_dialog import Place, ReportDialog
from annotator.ui.common.translation import translate

Line = tuple[str, Place | None]


def export_report(
    summary: ExportSummary, title: str, what: str, parent: QWidget | None = None
) -> ReportDialog | None:
    """The report of an export that has something to say beyond ``what`` went out (the
    claims left out, warnings, what a format could not carry); None when it has not."""
    sections = export_report_sections(summary)
    if not sections:
        return None
    counts = "\n".join(f"{heading}: {len(lines)}" for heading, lines in sections)
    dialog = ReportDialog(title, f"{what}.\n{counts}", parent)
    for heading, lines in sections:
        dialog.add_section(heading, lines)
    return dialog


def export_report_sections(summary: ExportSummary) -> list[tuple[str, list[Line]]]:
    """What the command line prints on stderr after an export, for the window's report: the
    claims left out (ClaimReview publishes final verdicts only), the warnings (what Google
    recommends and an item lacks, an organisation without a web address) and what a foreign
    format could not carry. Each heading with its lines; the empty ones left out."""
    sections: list[tuple[str, list[Line]]] = [
        (translate("FileActions", "Claims left out"), [_claim_line(i) for i in summary.skipped]),
        (
            translate("FileActions", "Warnings"),
            [_claim_line(item) for item in summary.recommendations]
            + [(in_window_language(warning), None) for warning in summary.warnings],
        ),
        (
            translate("FileActions", "Not carried"),
            [(in_window_language(note), None) for note in summary.notes],
        ),
    ]
    return [(heading, lines) for heading, lines in sections if lines]


def _claim_line(item: SkippedClaim) -> Line:
    """A claim by its words and its article, and why; its id only when its words are not
    known (a report made by an older version)."""
    if not item.quote:
        return in_window_language(item.line()), None
    reason = item.reason
    if isinstance(reason, TranslatableMessage) and "status" in reason.values:
        # A status named by its label: the default ones in the window's language.
        label = translate("Schemes", str(reason.values["status"]))
        reason = said(reason.template, **{**reason.values, "status": label})
    text = translate("FileActions", "“{0}” in “{1}”: {2}").format(
        shortened(item.quote, 90),
        shortened(item.article_title, 60),
        in_window_language(reason),
    )
    return text, Place(item.article_id, item.claim_id) if item.article_id else None


# Why a folder takes no file, in the user's words rather than the system's English.
_WHY_NOT = {
    errno.EACCES: lambda: translate("FileActions", "you may not write into it"),
    errno.EPERM: lambda: translate("FileActions", "you may not write into it"),
    errno.EROFS: lambda: translate("FileActions", "it is on a read-only disk"),
    errno.ENOSPC: lambda: translate("FileActions", "the disk is full"),
    errno.ENOENT: lambda: translate("FileActions", "it does not exist"),
}


def export_failure(error: BaseException, target: Path) -> str:
    """Why the export failed, about what the user chose: the folder that takes no file (the
    writer's temporary file there is no business of theirs), or the error itself."""
    kept = translate("FileActions", "The previous file, if any, was left as it was.")
    if isinstance(error, OSError):
        why = _WHY_NOT.get(error.errno or 0)
        reason = why() if why is not None else (error.strerror or str(error))
        return (
            translate(
                "FileActions", "Nothing could be written into the folder {0}: {1}. {2}"
            ).format(target.parent, reason, kept)
            + "\n"
            + translate("FileActions", "Choose another folder, or make this one writable.")
        )
    return f"{in_window_language(error)}\n{kept}"
