"""The window's strings go through Qt's translation, and the Ukrainian catalogue keeps up.

Two nets: a scan of annotator/ui for string literals handed straight to a widget (setText,
QAction, dialogs.show_info …) without tr()/translate(); and pyside6-lupdate run afresh over
annotator/ui, whose every message must be in resources/i18n/annotator_uk.ts, translated, with
the same placeholders, and compiled into the committed .qm.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from annotator.ui.common import translation

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "annotator" / "ui"
TS = ROOT / "resources" / "i18n" / "annotator_uk.ts"
EN_TS = TS.with_name("annotator_en.ts")
QM = TS.with_suffix(".qm")
TOOLS = Path(sys.executable).parent

# Calls whose string arguments reach the screen.
SINKS = {
    "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setWindowTitle",
    "setPlaceholderText", "setTitle", "setLabelText", "addMenu", "addAction", "QAction",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton", "addRow",
    "addItem", "addItems", "addTab", "setTabText", "showMessage", "information", "warning",
    "critical", "question", "setIconText", "setHorizontalHeaderLabels", "setHeaderLabels",
    "show_error", "show_info", "confirm", "choose_action", "show_report", "show_about",
    "ask_text", "choose_item", "setAccessibleName", "setAccessibleDescription",
    "setSpecialValueText", "setSuffix",
    "setPrefix", "QTableWidgetItem", "QListWidgetItem", "_action", "QMessageBox", "QMenu",
    "setButtonText", "getOpenFileNames", "getSaveFileName", "getExistingDirectory", "getText",
    "getItem", "report_failure", "insertItem", "setItemText", "QDockWidget", "setHtml", "make",
    "add_line", "add_heading", "add_section", "ReportDialog", "name",
    "QProgressDialog", "QToolBar", "getColor", "change", "AdjudicationStep",
}  # fmt: skip
WORD = re.compile(r"[A-Za-z]{2,}")
# Key sequences are not words: "Ctrl+Shift+F", "Alt+Left", "F3", "Backspace".
KEYS = re.compile(
    r"^(?:(?:Ctrl|Alt|Shift|Meta)\+)*(?:F\d+|Backspace|Return|Enter|Esc|Space|Tab|Delete|Left"
    r"|Right|Up|Down|PgUp|PgDown|Home|End|.)$"
)
TAGS = re.compile(r"<[^>]*>|&\w+;")  # markup around translated text is not prose
FILE_NAME = re.compile(r"[\w-]+\.\w+")  # "dataset.json", offered as the export's name


def _prose(text: str) -> bool:
    text = TAGS.sub(" ", text).strip()
    return bool(WORD.search(text)) and not KEYS.match(text) and not FILE_NAME.fullmatch(text)


def _untranslated(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _prose(node.value)
    if isinstance(node, ast.JoinedStr):
        return _prose("".join(v.value if isinstance(v, ast.Constant) else "1" for v in node.values))
    if isinstance(node, ast.BinOp):
        return _untranslated(node.left) or _untranslated(node.right)
    if isinstance(node, ast.List | ast.Tuple):
        return any(_untranslated(e) for e in node.elts)
    if isinstance(node, ast.IfExp):
        return _untranslated(node.body) or _untranslated(node.orelse)
    return False


def bare_strings(source: str, filename: str = "<string>") -> list[str]:
    """Where a literal meant for the screen is passed without tr()/translate()."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in SINKS:
            continue
        for argument in [*node.args, *(k.value for k in node.keywords)]:
            if _untranslated(argument):
                segment = ast.get_source_segment(source, argument) or ""
                found.append(f"{filename}:{argument.lineno}: {segment[:70]}")
    return found


def test_no_string_reaches_the_window_without_going_through_translation() -> None:
    found = [
        line
        for path in sorted(UI.rglob("*.py"))
        for line in bare_strings(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    ]
    assert found == [], "mark these with self.tr() or translate():\n" + "\n".join(found)


def test_the_scan_catches_bare_strings_and_leaves_marked_ones_and_keys_alone() -> None:
    """The net has no hole where the window's usual mistakes go."""
    bare = """
menu = bar.addMenu("&File")
self.setWindowTitle(f"Adjudicate — {title}")
dialogs.show_info(self, "Export finished", "Saved " + name)
button = QPushButton("Same claim" if same else "Not the same")
table.setHorizontalHeaderLabels(["Article", "Kind"])
"""
    assert len(bare_strings(bare)) == 6
    marked = """
menu = bar.addMenu(translate("WindowActions", "&File"))
self.setWindowTitle(self.tr("Adjudicate — {0}").format(title))
action = _action(window, self.tr("&Next article"), "Ctrl+PgDown", slot)
action = _action(window, label, f"Alt+{number}", slot)
label.setText(f"<b>{escape(name)}</b>")
"""
    assert bare_strings(marked) == []


def _messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (c.findtext("name") or "", m.findtext("source") or "", m.findtext("comment") or ""): m
        for c in root.iter("context")
        for m in c.iter("message")
    }


def _fresh_ts(tmp_path: Path) -> Path:
    fresh = tmp_path / "fresh.ts"
    sources = [str(path) for path in sorted(UI.rglob("*.py"))]
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *sources, "-locations", "none", "-no-obsolete",
         "-source-language", "en", "-target-language", "uk", "-ts", str(fresh)],
        check=True, capture_output=True,
    )  # fmt: skip
    return fresh


def test_every_marked_string_is_in_the_ukrainian_catalogue_and_translated(tmp_path: Path) -> None:
    """lupdate over today's code finds nothing the committed .ts lacks, and the .ts keeps
    nothing the code no longer says. To refresh it: the same lupdate command on the .ts, then
    translate the new messages (Qt Linguist, or by hand) and run pyside6-lrelease."""
    wanted = _messages(_fresh_ts(tmp_path))
    committed = _messages(TS)
    assert len(wanted) > 400  # the scan saw the window, not an empty folder
    assert sorted(set(wanted) - set(committed)) == [], "new strings: update the .ts"
    assert sorted(set(committed) - set(wanted)) == [], "strings gone from the code"
    problems = []
    for key, message in committed.items():
        target = message.find("translation")
        forms = _forms(message)
        if target is None or target.get("type") or not all(forms):
            problems.append(f"not translated: {key}")
            continue
        source = key[1]
        for text in forms:
            if sorted(re.findall(r"\{\d\}", source)) != sorted(re.findall(r"\{\d\}", text)):
                problems.append(f"placeholders differ: {source!r} → {text!r}")
            if "&nbsp;" not in source and source.count("&") != text.count("&"):
                problems.append(f"accelerator lost or doubled: {source!r} → {text!r}")
        if message.get("numerus") == "yes" and (
            len(forms) != 3 or not all("%n" in f for f in forms)
        ):
            problems.append(f"Ukrainian needs its three forms, each with %n: {source!r}")
    assert problems == []


def _forms(message: ET.Element) -> list[str]:
    """The translation, or each of its plural forms."""
    target = message.find("translation")
    if target is None:
        return [""]
    if message.get("numerus") == "yes":
        return [form.text or "" for form in target.findall("numerusform")] or [""]
    return [target.text or ""]


# A count set before a plural noun ("{0} claims", "6 article(s)") reads wrong for one: such
# messages count with %n, whose forms the catalogues give (Qt's numerus).
COUNTED_NOUN = re.compile(
    r"\(s\)|\(ies\)|\{\d\}(?:</b>)? (?:articles|claims|mentions|suggestions|changes|places"
    r"|annotations|entities|files|annotators|sources|items)\b"
)


def test_counts_are_plural_messages_never_a_number_before_a_plural_noun(tmp_path: Path) -> None:
    wanted = ET.parse(_fresh_ts(tmp_path)).getroot()
    # The services' messages (context "Messages") are the command line's English, made with
    # said(): they count as it does; the window's own say their counts in plural messages.
    wrong = [
        m.findtext("source")
        for context in wanted.iter("context")
        if context.findtext("name") != "Messages"
        for m in context.iter("message")
        if m.get("numerus") != "yes" and COUNTED_NOUN.search(m.findtext("source") or "")
    ]
    assert wrong == [], 'count these with self.tr("%n …", "", n) or plural()'


def test_english_says_its_plurals_from_its_catalogue(tmp_path: Path) -> None:
    """The English catalogue holds every plural message of the code (lupdate -pluralonly),
    each with its singular and its plural, compiled into the committed .qm."""
    fresh = tmp_path / "en.ts"
    sources = [str(path) for path in sorted(UI.rglob("*.py"))]
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *sources, "-locations", "none", "-no-obsolete",
         "-pluralonly", "-source-language", "en", "-target-language", "en", "-ts", str(fresh)],
        check=True, capture_output=True,
    )  # fmt: skip
    wanted, committed = _messages(fresh), _messages(EN_TS)
    assert len(wanted) >= 20
    assert sorted(set(wanted) ^ set(committed)) == [], "refresh resources/i18n/annotator_en.ts"
    for key, message in committed.items():
        one, other = _forms(message)
        assert "%n" in one and "%n" in other and "(s)" not in one + other, key
        assert one != other, key
    compiled = tmp_path / "annotator_en.qm"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), "-silent", str(EN_TS), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert EN_TS.with_suffix(".qm").read_bytes() == compiled.read_bytes()


def test_the_committed_qm_is_compiled_from_the_committed_ts(tmp_path: Path) -> None:
    compiled = tmp_path / "annotator_uk.qm"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), "-silent", str(TS), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert QM.read_bytes() == compiled.read_bytes(), "run pyside6-lrelease on the .ts"


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "uk_UA.UTF-8"}, "uk"),
        ({"LANGUAGE": "uk", "LANG": "C.UTF-8"}, "uk"),
        ({"LANGUAGE": "de:uk:en", "LANG": "de_DE.UTF-8"}, "uk"),  # the first one we speak
        ({"LANGUAGE": "en_GB:uk", "LANG": "uk_UA.UTF-8"}, "en"),
        ({"LC_ALL": "uk_UA.UTF-8", "LANG": "en_US.UTF-8"}, "uk"),
        ({"LANG": "ru_RU.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_window_follows_the_system_language(environ: dict[str, str], language: str) -> None:
    assert translation.effective_language(translation.SYSTEM, environ) == language


def test_a_language_chosen_in_preferences_wins_over_the_system() -> None:
    assert translation.effective_language("en", {"LANGUAGE": "uk"}) == "en"
    assert translation.effective_language("uk", {"LANG": "en_US.UTF-8"}) == "uk"


@pytest.mark.parametrize(
    ("language", "counted"),
    [
        ("en", {1: "1 article", 2: "2 articles", 21: "21 articles", 0: "0 articles"}),
        ("uk", {1: "1 стаття", 21: "21 стаття", 2: "2 статті", 22: "22 статті", 4: "4 статті",
                5: "5 статей", 11: "11 статей", 12: "12 статей", 14: "14 статей",
                25: "25 статей", 111: "111 статей", 0: "0 статей"}),
    ],
)  # fmt: skip
def test_counts_take_the_plural_form_of_their_language(
    qapp: QCoreApplication, language: str, counted: dict[int, str]
) -> None:
    before = QLocale()
    installed = translation.install_translators(qapp, language)
    try:
        assert {n: translation.plural(n, "article") for n in counted} == counted
        assert translation.plural(3, "entity") == (
            "3 entities" if language == "en" else "3 сутності"
        )
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
