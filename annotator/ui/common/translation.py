"""Holds the window's language: which one is chosen, and the translators that speak it.

The window follows the system's language (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``)
unless File › Preferences names one; the choice is kept in the user's settings and applied at
start. English is the source language: it needs no translator. Ukrainian loads our
``resources/i18n/annotator_uk.qm`` and Qt's own ``qtbase_uk.qm`` (the buttons of standard
dialogs). The command line never loads a translator: its messages stay English.

May import: Qt, annotator.resources.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator

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
    """Our catalogue and Qt's for ``language``, those that exist (none for English)."""
    if language not in TRANSLATED:
        return []
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
    for path in qm_files(language):
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


# Literal comments: lupdate skips a call whose comment is a variable.
_COUNTED = {
    ("article", "one"): lambda: translate("Counts", "{0} article(s)", "one"),
    ("article", "few"): lambda: translate("Counts", "{0} article(s)", "few"),
    ("article", "many"): lambda: translate("Counts", "{0} article(s)", "many"),
    ("claim", "one"): lambda: translate("Counts", "{0} claim(s)", "one"),
    ("claim", "few"): lambda: translate("Counts", "{0} claim(s)", "few"),
    ("claim", "many"): lambda: translate("Counts", "{0} claim(s)", "many"),
    ("mention", "one"): lambda: translate("Counts", "{0} mention(s)", "one"),
    ("mention", "few"): lambda: translate("Counts", "{0} mention(s)", "few"),
    ("mention", "many"): lambda: translate("Counts", "{0} mention(s)", "many"),
    ("annotation", "one"): lambda: translate("Counts", "{0} annotation(s)", "one"),
    ("annotation", "few"): lambda: translate("Counts", "{0} annotation(s)", "few"),
    ("annotation", "many"): lambda: translate("Counts", "{0} annotation(s)", "many"),
    ("entity", "one"): lambda: translate("Counts", "{0} entity(ies)", "one"),
    ("entity", "few"): lambda: translate("Counts", "{0} entity(ies)", "few"),
    ("entity", "many"): lambda: translate("Counts", "{0} entity(ies)", "many"),
    ("annotator", "one"): lambda: translate("Counts", "{0} annotator(s)", "one"),
    ("annotator", "few"): lambda: translate("Counts", "{0} annotator(s)", "few"),
    ("annotator", "many"): lambda: translate("Counts", "{0} annotator(s)", "many"),
    ("file", "one"): lambda: translate("Counts", "{0} file(s)", "one"),
    ("file", "few"): lambda: translate("Counts", "{0} file(s)", "few"),
    ("file", "many"): lambda: translate("Counts", "{0} file(s)", "many"),
}


def plural(count: int, noun: str) -> str:
    """'1 claim', '3 claims' — in Ukrainian with the right one of its three plural forms.

    pyside6-lupdate does not mark Python's translate(…, n) as plural ("numerus"), so each
    Ukrainian form is a message of its own, told apart by its comment: "one" (1, 21, 31…),
    "few" (2–4, 22–24…), "many" (the rest). Untranslated (English), the noun takes its
    English plural.
    """
    english = f"{count} {noun}" if count == 1 else f"{count} {_english_plural(noun)}"
    message = _COUNTED.get((noun, ukrainian_plural_form(count)))
    if message is None:
        return english
    translated = message()
    return english if "(" in translated else translated.format(count)


def ukrainian_plural_form(count: int) -> str:
    """The plural category of ``count`` in Ukrainian (CLDR): one, few or many."""
    tens, units = count % 100, count % 10
    if units == 1 and tens != 11:
        return "one"
    if 2 <= units <= 4 and not 12 <= tens <= 14:
        return "few"
    return "many"


def _english_plural(noun: str) -> str:
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
