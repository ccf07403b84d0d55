"""Holds the window's language: which one is chosen, and the translators that speak it.

The window follows the system's language (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``)
unless File › Preferences names one; the choice is kept in the user's settings and applied at
start. English is the source language: its catalogue ``annotator_en.qm`` holds only the
plural forms of counted messages ("%n claim(s)"). Ukrainian loads our
``resources/i18n/annotator_uk.qm`` and Qt's own ``qtbase_uk.qm`` (the buttons and labels of
standard dialogs; what that catalogue lacks, ours carries under Qt's own contexts). The
command line never loads a translator: its messages stay English.

May import: Qt, annotator.resources.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)

from annotator.resources import resource_path

# Module-level code marks its strings with translate("Context", "…"): pyside6-lupdate finds
# calls by this name, and the context keeps the .ts grouped by where a string appears.
translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for the translators (pyside6-lupdate finds calls by this name) and
    returns it as it is, translated later by ``translate(context, source)``. Qt's own is
    typed to return ``object``; this one says it returns the string it was given."""
    return source


SETTING = "ui/language"
SYSTEM = ""
ENGLISH = "en"
UKRAINIAN = "uk"
# Each language named in itself, so that someone who cannot read the current one finds theirs.
LANGUAGES = {ENGLISH: "English", UKRAINIAN: "Українська"}
TRANSLATED = frozenset({UKRAINIAN})


def chosen_language(settings: QSettings) -> str:
    """The language chosen in Preferences: "en", "uk", or "" for the system's."""
    value = settings.value(SETTING, SYSTEM)
    return value if isinstance(value, str) and value in LANGUAGES else SYSTEM


def system_language(environ: dict[str, str] | os._Environ[str] | None = None) -> str:
    """The first language of the environment we have a translation for, else English.

    ``LANGUAGE`` (a list such as ``uk:en``) comes first, as in gettext; then the locale.
    """
    environ = os.environ if environ is None else environ
    wanted: list[str] = environ.get("LANGUAGE", "").split(":")
    wanted += [environ.get(name, "") for name in ("LC_ALL", "LC_MESSAGES", "LANG")]
    for entry in wanted:
        code = entry.split(".")[0].split("_")[0].split("@")[0].lower()
        if code in TRANSLATED:
            return code
        if code in {ENGLISH}:
            return ENGLISH
    return ENGLISH


def effective_language(choice: str, environ: dict[str, str] | None = None) -> str:
    return choice if choice in LANGUAGES else system_language(environ)


def qm_files(language: str) -> list[Path]:
    """Our catalogue and Qt's for ``language``, those that exist. English, the source
    language, has a catalogue of plural forms only ("%n claim(s)": 1 claim, 2 claims)."""
    if language not in TRANSLATED:
        english = resource_path("i18n", "annotator_en.qm")
        return [english] if english.is_file() else []
    ours = resource_path("i18n", f"annotator_{language}.qm")
    return [path for path in (ours, qt_catalogue(language)) if path is not None and path.is_file()]


def qt_catalogue(language: str) -> Path | None:
    """Qt's ``qtbase_<language>.qm``: beside Qt's libraries in a wheel, in a frozen bundle
    wherever PyInstaller put PySide6 (QLibraryInfo answers for both)."""
    import PySide6

    folders = [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        Path(PySide6.__file__).resolve().parent / "Qt" / "translations",
        Path(PySide6.__file__).resolve().parent / "translations",  # Windows wheels
    ]
    for folder in folders:
        candidate = folder / f"qtbase_{language}.qm"
        if candidate.is_file():
            return candidate
    return None


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load and install the catalogues of ``language``; the list keeps them alive (Qt holds
    only a pointer). A catalogue that does not load leaves its strings English."""
    installed = []
    # Qt's own widgets (the calendar's months, its first day of the week) follow the locale.
    if language == UKRAINIAN:
        QLocale.setDefault(QLocale(QLocale.Language.Ukrainian, QLocale.Country.Ukraine))
    elif QLocale().language() != QLocale.Language.English:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    for path in qm_files(language):
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


class Counts(QObject):
    """'1 claim', '3 claims' — with Qt's plural forms (%n): the English catalogue
    (annotator_en.ts, plural messages only) says one and other, the Ukrainian one its three
    forms (1, 21: стаття; 2–4, 22: статті; 5–20, 25: статей)."""

    def of(self, count: int, noun: str) -> str:
        # One literal call per noun: lupdate finds only literal messages.
        if noun == "article":
            return self.tr("%n article(s)", "", count)
        if noun == "claim":
            return self.tr("%n claim(s)", "", count)
        if noun == "mention":
            return self.tr("%n mention(s)", "", count)
        if noun == "annotation":
            return self.tr("%n annotation(s)", "", count)
        if noun == "entity":
            return self.tr("%n entity(ies)", "", count)
        if noun == "annotator":
            return self.tr("%n annotator(s)", "", count)
        if noun == "file":
            return self.tr("%n file(s)", "", count)
        if noun == "suggestion":
            return self.tr("%n suggestion(s)", "", count)
        if noun == "evidence file":
            return self.tr("%n evidence file(s)", "", count)
        raise ValueError(f"no plural forms for {noun!r}")


_counts: Counts | None = None


def plural(count: int, noun: str) -> str:
    """``count`` of ``noun`` ("article", "claim", "mention", "annotation", "entity",
    "annotator", "file", "suggestion", "evidence file") in the window's language, its plural
    form chosen by the catalogue."""
    global _counts
    if _counts is None:
        _counts = Counts()
    return _counts.of(count, noun)
