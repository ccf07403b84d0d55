"""Any dataset this program wrote imports back: the article-file size limit is for article
files, not for datasets."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.services.importing import decoding, importer
from tests.helpers import dataset_document, exported, new_workspace, write_json

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)

ARTICLE_LIMIT = 20_000  # bytes; the real limit is 50 MiB, too large to write in a unit test


@pytest.fixture
def small_article_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decoding, "MAX_FILE_BYTES", ARTICLE_LIMIT)
    monkeypatch.setattr(importer, "MAX_FILE_BYTES", ARTICLE_LIMIT)


@pytest.mark.usefixtures("small_article_limit")
@pytest.mark.parametrize("name", ["big.json", "big.jsonl"])
def test_an_export_larger_than_the_article_limit_imports_back(tmp_path: Path, name: str) -> None:
    source = new_workspace(tmp_path / "source")
    texts = [
        f"Article {n}: Rogov said the brigade lost {n} vehicles near Izium. " * 6 for n in range(50)
    ]
    source.import_paths([write_json(tmp_path / "in.json", dataset_document(texts))])
    document = exported(source, tmp_path)
    target_file = tmp_path / name
    source.export(target_file, format="jsonl" if name.endswith("jsonl") else "json")
    source.close()
    assert target_file.stat().st_size > ARTICLE_LIMIT

    empty = new_workspace(tmp_path / "empty")
    report = empty.import_paths([target_file])
    assert [r.line() for r in report.refused] == []
    assert report.articles_added == len(document["articles"]) == 50
    empty.close()


@pytest.mark.usefixtures("small_article_limit")
def test_an_article_file_over_the_limit_is_still_refused_with_the_reason(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    big.write_text("Rogov said so. " * 2_000, encoding="utf-8")
    workspace = new_workspace(tmp_path / "data")
    report = workspace.import_paths([big])
    workspace.close()
    assert [r.reason for r in report.refused] == ["file is too large (0 MB; the limit is 0 MB)"]
