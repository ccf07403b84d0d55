"""Progress per annotator: each annotator's own "finished", in `annotator stats`,
in the article list's data and through export, import, checkout and the Trash."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from annotator.domain.models import ArticleStatus
from annotator.services.importing.import_report import Outcome
from tests.helpers import exported, new_workspace, write_json
from tests.team_fixture import IVAN, OLENA, PETRO, annotator_export, write_exports

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)


def _rogov(workspace) -> str:  # type: ignore[no-untyped-def]
    return workspace.article_summaries(0, 10, search="Rogov")[0].id


def test_stats_give_each_annotators_progress(tmp_path: Path, run_cli) -> None:
    data = tmp_path / "data"
    workspace = new_workspace(data)
    try:
        workspace.import_paths(write_exports(tmp_path / "usb", with_ivan=True))
        ivan_article = workspace.article_summaries(0, 10, search="Odesa")[0].id
        workspace.annotations.set_article_status(ivan_article, ArticleStatus.DONE, IVAN.id)
        # Petro finished his part of the shared article; Olena has not: the article stays
        # in progress for everybody, and only Petro's own mark says "finished".
        rogov = _rogov(workspace)
        workspace.annotations.set_article_status(rogov, ArticleStatus.DONE, PETRO.id)
        workspace.annotations.set_article_status(rogov, ArticleStatus.IN_PROGRESS)
        workspace.adjudication.accept_agreed(workspace.adjudication.editor("Maria"))
    finally:
        workspace.close()

    result = run_cli("stats", "--json", "--data-dir", data)
    assert result.code == 0, result.err
    progress = json.loads(result.out)["annotators_progress"]
    # Maria's adjudicated spans are not a layer of her own: she is not listed.
    assert progress == [
        {"id": IVAN.id, "name": "Ivan", "articles": 1, "articles_done": 1,
         "articles_finished": 1, "mentions": 1, "claims": 0},
        {"id": OLENA.id, "name": "Olena", "articles": 1, "articles_done": 0,
         "articles_finished": 0, "mentions": 5, "claims": 3},
        {"id": PETRO.id, "name": "Petro", "articles": 1, "articles_done": 0,
         "articles_finished": 1, "mentions": 5, "claims": 4},
    ]  # fmt: skip

    table = run_cli("stats", "--data-dir", data).out
    assert "Progress per annotator" in table
    assert "Petro" in table
    assert "1 articles (0 done), 1 marked finished, 5 mentions, 4 claims" in table
    assert "1 articles (0 done), 0 marked finished, 5 mentions, 3 claims" in table


def test_reopening_takes_back_only_ones_own_mark(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path / "data")
    try:
        workspace.import_paths(write_exports(tmp_path / "usb"))
        rogov = _rogov(workspace)
        workspace.annotations.set_article_status(rogov, ArticleStatus.DONE, OLENA.id)
        workspace.annotations.set_article_status(rogov, ArticleStatus.DONE, PETRO.id)
        layers = workspace.article_layers([rogov])[rogov]
        assert [(layer.name, bool(layer.finished_at)) for layer in layers] == [
            ("Olena", True),
            ("Petro", True),
        ]
        workspace.annotations.set_article_status(rogov, ArticleStatus.IN_PROGRESS, OLENA.id)
        layers = workspace.article_layers([rogov])[rogov]
        assert [(layer.name, bool(layer.finished_at)) for layer in layers] == [
            ("Olena", False),
            ("Petro", True),
        ]
        assert layers[0].claims == 3 and layers[1].mentions == 5
    finally:
        workspace.close()


def test_finished_marks_travel_on_a_usb_stick(tmp_path: Path) -> None:
    """Olena marks her article finished at home; the editor's database learns it on import,
    merged into the article it already holds under another id."""
    home = new_workspace(tmp_path / "olena")
    try:
        home.import_paths([write_json(tmp_path / "olena.json", annotator_export(OLENA))])
        home.annotations.set_article_status(_rogov(home), ArticleStatus.DONE, OLENA.id)
        document = exported(home, tmp_path, "olena-done.json")
    finally:
        home.close()
    [article] = document["articles"]
    assert [m["annotator_id"] for m in article["finished_by"]] == [OLENA.id]

    editor = new_workspace(tmp_path / "editor")
    try:
        editor.import_paths([write_json(tmp_path / "petro.json", annotator_export(PETRO))])
        report = editor.import_paths([tmp_path / "olena-done.json"])
        assert "merged into existing article" in report.results[0].reason
        rogov = _rogov(editor)
        finished = [
            layer.name for layer in editor.article_layers([rogov])[rogov] if layer.finished_at
        ]
        assert finished == ["Olena"]
        # Importing the same file again adds nothing.
        again = editor.import_paths([tmp_path / "olena-done.json"])
        assert again.results[0].outcome is Outcome.DUPLICATE
        # The editor's own export carries the mark on.
        [out] = exported(editor, tmp_path, "all.json")["articles"]
        assert [m["annotator_id"] for m in out["finished_by"]] == [OLENA.id]
    finally:
        editor.close()


def test_a_bad_finished_mark_refuses_the_file(tmp_path: Path) -> None:
    document = annotator_export(OLENA)
    broken = copy.deepcopy(document)
    broken["articles"][0]["finished_by"] = [{"annotator_id": OLENA.id}]
    workspace = new_workspace(tmp_path / "data")
    try:
        report = workspace.import_paths([write_json(tmp_path / "broken.json", broken)])
        assert report.refused, "a finished mark without its time must refuse the file"
        assert "finished_at" in report.refused[0].reason
        assert workspace.article_count() == 0
    finally:
        workspace.close()


def test_a_restored_article_keeps_who_finished_it(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path / "data")
    try:
        workspace.import_paths(write_exports(tmp_path / "usb"))
        rogov = _rogov(workspace)
        workspace.annotations.set_article_status(rogov, ArticleStatus.DONE, PETRO.id)
        workspace.removal.remove([rogov])
        assert workspace.article_layers([rogov]) == {}
        assert workspace.removal.restore([rogov]) == 1
        finished = [
            layer.name for layer in workspace.article_layers([rogov])[rogov]
            if layer.finished_at
        ]  # fmt: skip
        assert finished == ["Petro"]
    finally:
        workspace.close()


def test_finished_offline_comes_back_with_checkin(db_target: str, tmp_path: Path, run_cli) -> None:
    """A reporter takes the article into the field, finishes it there; checkin tells the
    team database (on PostgreSQL and, for comparison, on a SQLite file)."""
    from tests.unit.test_team_server import workspace_on

    team_file = db_target
    team = workspace_on(team_file, tmp_path / "editor")
    team.import_paths([write_json(tmp_path / "olena.json", annotator_export(OLENA))])
    rogov = _rogov(team)
    team.close()

    offline = tmp_path / "field" / "trip.sqlite3"
    assert run_cli("checkout", "--from", team_file, "--to", offline).code == 0
    local = workspace_on(str(offline), tmp_path / "reporter")
    local.annotations.set_article_status(rogov, ArticleStatus.DONE, OLENA.id)
    local.close()
    result = run_cli("checkin", offline, "--to", team_file)
    assert result.code == 0, result.err

    team = workspace_on(team_file, tmp_path / "editor")
    try:
        [layer] = team.article_layers([rogov])[rogov]
        assert layer.name == "Olena" and layer.finished_at
    finally:
        team.close()
