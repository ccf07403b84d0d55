"""Holds the import report as the window says it: the summary and one line per file, in the
window's language, with the reasons of the layers below translated too (the command line
prints the report's own English lines).

May import: services.importing.import_report, ui.common.
"""

from __future__ import annotations

from annotator.services.importing.import_report import (
    FileResult,
    ImportReport,
    Outcome,
    one_line,
    shown_path,
)
from annotator.ui.common.messages import in_window_language
from annotator.ui.common.translation import plural, translate


def summary(report: ImportReport) -> str:
    parts = [
        translate("ImportReport", "new: {0} from {1}").format(
            plural(report.articles_added, "article"), plural(len(report.results), "file")
        ),
        translate("ImportReport", "{0} already present").format(report.duplicates),
        translate("ImportReport", "{0} refused").format(len(report.refused)),
    ]
    if report.known_added:
        parts.append(
            translate("ImportReport", "published fact-checks in the library: {0}").format(
                report.known_added
            )
        )
    if report.warned:
        parts.append(
            translate("ImportReport", "{0} to check (see the warnings)").format(len(report.warned))
        )
    if report.skipped:
        parts.append(
            translate("ImportReport", "other files skipped: {0}").format(len(report.skipped))
        )
    if report.set_aside:
        parts.append(
            translate("ImportReport", "links or special files not read: {0}").format(
                len(report.set_aside)
            )
        )
    if report.cancelled:
        parts.append(translate("ImportReport", "cancelled before the end"))
    return "; ".join(parts)


def line(result: FileResult) -> str:
    shown = shown_path(result.path)
    # Escaped after translating: the file's own values (an id with a line break) stay on
    # the one line whatever the language put around them.
    reason = one_line(in_window_language(result.reason)) if result.reason else ""
    if result.outcome is Outcome.REFUSED:
        return translate("ImportReport", "{0}: {1}").format(shown, reason)
    if result.outcome is Outcome.DUPLICATE:
        return translate("ImportReport", "{0}: already in the database ({1})").format(shown, reason)
    counts = plural(result.articles, "article")
    if result.mentions or result.claims:
        counts += f", {plural(result.mentions, 'mention')}, {plural(result.claims, 'claim')}"
    if result.known:
        known = translate("ImportReport", "published fact-checks: {0}").format(result.known)
        counts = f"{counts}, {known}" if result.articles else known
    text = translate("ImportReport", "{0}: imported {1}").format(shown, counts)
    for extra in (reason, in_window_language(result.warning) if result.warning else ""):
        if extra:
            text += f"; {extra}"
    return text


def details(report: ImportReport) -> str:
    text = "\n".join(line(result) for result in report.results)
    if report.skipped:
        text += "\n\n" + translate("ImportReport", "Skipped (not article files):") + "\n"
        text += "\n".join(shown_path(path) for path in report.skipped)
    if report.set_aside:
        # Links out of the folder, pipes and devices: named with the reason, in the
        # window's language.
        text += "\n\n" + translate("ImportReport", "Not read:") + "\n"
        text += "\n".join(
            translate("ImportReport", "{0}: {1}").format(
                shown_path(item.path), one_line(in_window_language(item.reason))
            )
            for item in report.set_aside
        )
    return text
