"""Documents in the window: a PDF that needs a password asks for it (again when it is wrong,
never when skipped), its pages cited beside a selection ("p. 7"), a web archive's page says
when it was captured, an e-mail's attachment is listed under its letter."""

from __future__ import annotations

from pathlib import Path

from tests import material_files as files
from tests import material_mail_and_web as mail_web
from tests.qt.test_material_in_window import open_titled


def test_a_password_pdf_dropped_on_the_window_asks_for_its_password(
    open_window, tmp_path: Path, dialog_log
) -> None:  # type: ignore[no-untyped-def]
    locked = tmp_path / "statement.pdf"
    locked.write_bytes(files.encrypted(files.statement_pdf(), "секрет", "AES-256"))
    dialog_log.answers.extend(["wrong", "секрет"])
    window = open_window(tmp_path / "data", demo=False)
    window.files.import_paths([locked])  # as a drop does
    first, second = dialog_log.named("ask_password")
    assert first[1].startswith("statement.pdf is protected (encrypted with a password")
    assert "the password given does not open it" in second[1]
    (report,) = dialog_log.named("show_report")
    assert report[1].startswith("new: 1 article from 1 file; 0 already present; 0 refused")

    open_titled(window, "Заява про ціни")
    header = window.view.header
    assert "Прес-служба МЗС, Олена Коваль" in header.source.text()
    assert "2024-03-01 08:15 UTC" in header.source.text()
    view = window.view
    start = view.text.index("Цитата.")
    view.select_span(start, start + len("Цитата."))
    assert header.where.text() == "Selection: p. 7"
    view.select_span(view.text.index("40 %"), view.text.index("Друга сторінка") + 5)
    assert header.where.text() == "Selection: pp. 1–2"


def test_a_skipped_password_leaves_the_file_refused(
    open_window, tmp_path: Path, dialog_log
) -> None:  # type: ignore[no-untyped-def]
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(files.encrypted(files.pdf(["Secret page"]), "pw"))
    window = open_window(tmp_path / "data", demo=False)
    window.files.import_paths([locked])  # no answer: the question is skipped
    assert len(dialog_log.named("ask_password")) == 1
    (report,) = dialog_log.named("show_report")
    assert "1 refused" in report[1]
    assert window.workspace.article_summaries(0, 10) == []


def test_a_web_archive_page_says_when_it_was_captured(
    open_window, tmp_path: Path, dialog_log
) -> None:  # type: ignore[no-untyped-def]
    crawl = mail_web.warc(tmp_path / "crawl.warc.gz")
    window = open_window(tmp_path / "data", demo=False)
    window.files.import_paths([crawl])
    assert dialog_log.named("ask_password") == []
    open_titled(window, "Заява мера")
    header = window.view.header
    assert "https://news.example/statement" in header.source.text()
    window.view.collapse_selection(5)
    assert header.where.text() == "Here: captured 2024-03-01 08:16:00 UTC"
