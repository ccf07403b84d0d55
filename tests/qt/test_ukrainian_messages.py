"""What the layers below the window say reaches a Ukrainian fact-checker in Ukrainian: the
import report's reasons, a database refused with its advice; the command line keeps its
English, and with no translator the window says the English of before."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.domain.errors import DatabaseUnusable
from annotator.paths import resolve_paths
from annotator.services.workspace import open_workspace
from annotator.storage.database import open_database
from annotator.ui.common.messages import in_window_language
from annotator.ui.jobs import import_report_text
from tests.helpers import dataset_document, write_json
from tests.qt.conftest import DialogLog
from tests.qt.test_ukrainian_window import CYRILLIC, ukrainian  # noqa: F401 (a fixture)


def files_to_import(folder: Path) -> list[Path]:
    folder.mkdir()
    binary = folder / "scan.txt"
    binary.write_bytes(b"\x00\x01\x02 PK\x03\x04" * 40)
    empty = folder / "empty.txt"
    empty.write_bytes(b"")
    article = folder / "izium.txt"
    article.write_text("Izium was liberated on 10 September 2022.\n", encoding="utf-8")
    return [binary, empty, article]


def report_of(dialog_log: DialogLog) -> tuple[str, str]:
    (call,) = [args for name, args in dialog_log.calls if name == "show_report"]
    _title, summary, details = call
    return summary, details


def test_the_import_report_speaks_ukrainian(
    ukrainian: None,  # noqa: F811
    open_window,
    dialog_log: DialogLog,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(tmp_path / "data")
    window.files.import_paths(files_to_import(tmp_path / "in"))
    summary, details = report_of(dialog_log)
    assert summary.startswith("3 файли, додано: 1 стаття")
    assert "відхилено: 2" in summary
    lines = dict(line.rsplit("/", 1)[1].split(": ", 1) for line in details.splitlines())
    assert lines["empty.txt"] == "файл порожній"
    assert lines["scan.txt"].startswith("це не текстовий файл")
    assert lines["izium.txt"] == "імпортовано — 1 стаття"


def test_without_a_translator_the_window_says_what_the_command_line_says(
    open_window, dialog_log: DialogLog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(tmp_path / "data")
    paths = files_to_import(tmp_path / "in")
    window.files.import_paths(paths)
    _summary, details = report_of(dialog_log)
    # The same files imported by the services alone, as the command line does.
    workspace = open_workspace(resolve_paths(data_dir=tmp_path / "cli"), demo=False)
    try:
        report = workspace.import_paths(paths)
    finally:
        workspace.close()
    cli_lines = [
        result.line().replace(str(result.path), result.path.name) for result in report.results
    ]
    window_lines = [line.replace(str(tmp_path / "in") + "/", "") for line in details.splitlines()]
    assert window_lines == cli_lines


def test_a_refused_database_is_explained_in_ukrainian_with_its_advice(
    ukrainian: None,  # noqa: F811
    tmp_path: Path,
) -> None:
    not_ours = tmp_path / "notes.db"
    not_ours.write_text("shopping list", encoding="utf-8")
    try:
        open_database(not_ours)
    except DatabaseUnusable as error:
        refused = error
    said_in_ukrainian = in_window_language(refused)
    assert said_in_ukrainian == (
        f"{not_ours} — не база даних Fact-Check Annotator (це взагалі не файл SQLite). "
        "Вкажіть у --db базу даних анотатора або нову назву файлу, щоб її створити."
    )
    assert str(refused).startswith(f"{not_ours} is not a Fact-Check Annotator database")
    assert not set(str(refused)) & CYRILLIC  # the command line's English is untouched


def test_a_refused_line_of_a_real_fever_file_is_named_in_ukrainian(
    ukrainian: None,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The place in a message (line 2) is a message too, translated with it."""
    real = Path(__file__).resolve().parents[2].parent / "shared/data/formats"
    sample = real / "fever_paper_test_sample3.jsonl"
    if not sample.is_file():
        pytest.skip(f"{sample} is absent (../shared/data)")
    first, *_ = sample.read_text(encoding="utf-8").splitlines()
    broken = tmp_path / "fever.jsonl"
    broken.write_text(f"{first}\n{{not json\n", encoding="utf-8")
    workspace = open_workspace(resolve_paths(data_dir=tmp_path / "data"), demo=False)
    try:
        (result,) = workspace.import_paths([broken]).results
    finally:
        workspace.close()
    assert result.reason.startswith("line 2: not valid JSON")  # the command line's English
    assert in_window_language(result.reason).startswith("рядок 2: некоректний JSON")


def test_an_import_warning_is_said_in_ukrainian(ukrainian: None, tmp_path: Path) -> None:  # noqa: F811
    """A page with only a caption is imported with a warning; the report line says it."""
    page = tmp_path / "caption.html"
    page.write_text(
        "<html><head><title>Izium</title></head><body><article><p>Photo: the liberated "
        "city of Izium in September.</p></article></body></html>",
        encoding="utf-8",
    )
    workspace = open_workspace(resolve_paths(data_dir=tmp_path / "data"), demo=False)
    try:
        (result,) = workspace.import_paths([page]).results
    finally:
        workspace.close()
    assert result.warning.startswith("little text extracted")
    assert import_report_text.line(result).endswith(
        "видобуто мало тексту (слів: 8): перевірте, чи сторінка містить статтю"
    )


def test_an_exports_warnings_are_said_in_ukrainian(
    ukrainian: None,  # noqa: F811
    open_window,
    dialog_log: DialogLog,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    document = dataset_document(["Rogov said it", "Izium fell"])
    first, second = (article["claims"][0] for article in document["articles"])
    first["review"]["published_at"] = None
    second["status"] = "unverified"
    window = open_window(tmp_path / "data", demo=False)
    window.files.import_paths([write_json(tmp_path / "d.json", document)])
    window.workspace.preferences.set("organization.name", "Харківська редакція")
    dialog_log.export_target = (tmp_path / "reviews.jsonld", "claimreview")
    window.actions_by_name["export"].trigger()
    _title, summary, details = dialog_log.named("show_report")[-1]
    assert summary.splitlines()[1:] == ["Пропущені твердження: 1", "Попередження: 2"]
    lines = details.splitlines()
    assert lines[0] == "Пропущені твердження:"
    assert lines[1].startswith(f"твердження {second['id']} у «")
    assert lines[1].endswith("»: його статус «Unverified» — не остаточний вердикт")
    warnings = lines[lines.index("Попередження:") + 1 :]
    assert warnings[0].startswith(f"твердження {first['id']} у «")
    assert warnings[0].endswith(
        "»: немає дати перевірки (datePublished): укажіть дату опублікованої перевірки"
    )
    assert warnings[1].startswith("організація не має веб-адреси (author.url у ClaimReview)")
