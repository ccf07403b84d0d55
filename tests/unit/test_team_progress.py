"""Progress per annotator in `annotator stats` (issue 12)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import new_workspace
from tests.team_fixture import IVAN, OLENA, PETRO, write_exports


def test_stats_give_each_annotators_progress(tmp_path: Path, run_cli) -> None:
    data = tmp_path / "data"
    workspace = new_workspace(data)
    try:
        workspace.import_paths(write_exports(tmp_path / "usb", with_ivan=True))
        ivan_article = workspace.article_summaries(0, 10, search="Odesa")[0].id
        from annotator.domain.models import ArticleStatus

        workspace.annotations.set_article_status(ivan_article, ArticleStatus.DONE)
        workspace.adjudication.accept_agreed(workspace.adjudication.editor("Maria"))
    finally:
        workspace.close()

    result = run_cli("stats", "--json", "--data-dir", data)
    assert result.code == 0, result.err
    progress = json.loads(result.out)["annotators_progress"]
    # Maria's adjudicated spans are not a layer of her own: she is not listed.
    assert progress == [
        {"id": IVAN.id, "name": "Ivan", "articles": 1, "articles_done": 1, "mentions": 1,
         "claims": 0},
        {"id": OLENA.id, "name": "Olena", "articles": 1, "articles_done": 0, "mentions": 5,
         "claims": 3},
        {"id": PETRO.id, "name": "Petro", "articles": 1, "articles_done": 0, "mentions": 5,
         "claims": 4},
    ]  # fmt: skip

    table = run_cli("stats", "--data-dir", data).out
    assert "Progress per annotator" in table
    assert "Petro" in table and "1 articles (0 done), 5 mentions, 4 claims" in table
