"""A long read (an export, the related-claims search) must never block a save in the window."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from annotator.domain.models import ArticleStatus
from annotator.services.annotating import AnnotationService
from annotator.services.importing.importer import Importer
from annotator.storage.database import open_database
from annotator.storage.rows import ArticleRow
from tests.conftest import SEEDS
from tests.helpers import database_at

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)


def test_a_save_goes_through_while_a_long_read_is_open(tmp_path: Path) -> None:
    database = open_database(database_at(tmp_path / "db.sqlite3"))
    Importer(database).import_paths([SEEDS])
    service = AnnotationService(database)
    with database.reading() as session:
        article_id = session.scalars(select(ArticleRow.id).order_by(ArticleRow.id)).first()
    saved = threading.Event()
    failure: list[BaseException] = []

    def save() -> None:
        try:
            service.set_article_status(article_id, ArticleStatus.DONE)
            saved.set()
        except BaseException as error:
            failure.append(error)

    with database.reading() as session:
        # The read transaction is open and has seen the table; the export would be streaming now.
        assert session.scalar(select(func.count()).select_from(ArticleRow)) == 5
        writer = threading.Thread(target=save)
        writer.start()
        # Well under the 5 s busy timeout: a reader holding the write lock would fail this.
        assert saved.wait(timeout=3), f"the save waited for the reader: {failure}"
    writer.join()
    assert not failure
    with database.reading() as session:
        assert session.get(ArticleRow, article_id).status == ArticleStatus.DONE.value
    assert database.integrity_check() == ["ok"]
    database.close()
