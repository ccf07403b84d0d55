"""Full-text search over titles and texts (FTS5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.storage.repositories.article_repository import ArticleRepository
from tests.conftest import SEEDS
from tests.helpers import new_workspace

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)


def test_search_finds_articles_by_words_in_their_text_and_title(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path)
    workspace.import_paths([SEEDS])
    try:
        with workspace.database.reading() as session:
            articles = ArticleRepository(session)

            def sources(query: str) -> set[str]:
                ids = articles.search_ids(query)
                return {s.source[:3] for s in articles.summaries(ids=ids)}

            assert sources("Rogov") == {"000"}
            assert sources("izyum") == {"002"}  # case-insensitive
            assert sources("north korean soldiers") == {"003", "004"}
            assert sources("counteroff") >= {"001"}  # a prefix finds the word
            # FTS5 syntax typed by a user is taken literally, never as an (invalid) query.
            assert sources('"Kursk*: (') == sources("Kursk") != set()
            assert sources("Kursk OR NEAR") == set()
            assert sources("   ") == set()
    finally:
        workspace.close()
