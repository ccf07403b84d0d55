"""Material imported as a fact-checker does it: by the command line, files and folders, its
provenance (passages included) stored, exported and read back; a refused file changes
nothing; importing the same file again adds nothing."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.domain.text import text_sha256
from annotator.services.importing.import_report import Outcome
from annotator.services.workspace import Workspace
from annotator.storage import migrate
from tests import material_samples as samples
from tests.helpers import exported, new_workspace, without_export_time

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = new_workspace(tmp_path / "data")
    yield ws
    ws.close()


def by_source(document: dict) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for article in document["articles"]:
        found.setdefault(article["source"], []).append(article)
    return found


def test_a_channel_export_is_stored_with_its_provenance_and_exported(
    workspace: Workspace, tmp_path: Path
) -> None:
    export = samples.write_json(tmp_path / "export", samples.channel_export())
    report = workspace.import_paths([export], telegram_channels={"": "frontnews"})
    (result,) = report.results
    assert result.outcome is Outcome.IMPORTED and result.articles == 5
    assert "1 post(s) with media only" in result.reason
    document = exported(workspace, tmp_path)  # valid against the schema
    articles = {a["url"]: a for a in document["articles"]}
    first = articles["https://t.me/frontnews/4521"]
    assert first["text"] == samples.ENTITY_PLAIN
    assert first["publisher"] == samples.CHANNEL
    assert first["published_at"] == "2024-03-01T08:15:30Z"
    assert first["source"] == "result.json"
    assert first["language"] == "uk"
    assert first["passages"] == [
        {"start": 0, "kind": "post", "label": "4521 · 2024-03-01 08:15 UTC"}
    ]
    assert articles["https://t.me/frontnews/4527"]["authors"] == ["Олена Коваль"]


def test_importing_the_same_export_again_adds_nothing(workspace: Workspace, tmp_path: Path) -> None:
    export = samples.write_json(tmp_path / "export", samples.channel_export())
    assert workspace.import_paths([export]).articles_added == 5
    again = workspace.import_paths([export])
    (result,) = again.results
    assert again.articles_added == 0
    assert result.outcome is Outcome.DUPLICATE
    assert "its 5 articles were imported before" in result.line()
    # A later export of the same channel: only its new post is added.
    later = samples.channel_export()
    later["messages"].append(
        dict(
            later["messages"][1],
            id=4530,
            text="Новий допис.",
            text_entities=[{"type": "plain", "text": "Новий допис."}],
        )
    )
    path = samples.write_json(tmp_path / "later", later)
    (result,) = workspace.import_paths([path]).results
    assert result.articles == 1
    assert "5 already in the database (same text)" in result.reason


def test_a_folder_finds_every_kind_and_skips_what_is_not_material(
    workspace: Workspace, tmp_path: Path
) -> None:
    folder = tmp_path / "received"
    samples.write_json(folder / "ChatExport_2024-03-01", samples.channel_export())
    samples.write_html_export(folder / "ChatExport_html")
    (folder / "video.srt").write_bytes(samples.SRT_CP1252)
    (folder / "news.vtt").write_text(samples.VTT, encoding="utf-8")
    (folder / "photos").mkdir()
    (folder / "photos" / "photo_1.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a photo")
    report = workspace.import_paths([folder])
    sources = {r.path.name: r for r in report.results}
    assert set(sources) == {
        "result.json",
        "messages.html",
        "messages2.html",
        "video.srt",
        "news.vtt",
    }
    assert not report.refused, [r.line() for r in report.refused]
    assert sources["video.srt"].articles == 1
    # The HTML export holds the JSON export's posts: the same texts are not added twice.
    assert sources["messages.html"].articles + sources["messages2.html"].articles < 5
    assert {p.name for p in report.skipped} == {"style.css", "photo_1.jpg"}
    document = exported(workspace, tmp_path)
    subtitles = by_source(document)["video.srt"][0]
    assert [p["label"] for p in subtitles["passages"]] == [
        "00:00:01.000",
        "00:12:04.250",
        "01:02:03.000",
    ]


def test_a_refused_file_changes_nothing_and_the_rest_goes_on(
    workspace: Workspace, tmp_path: Path
) -> None:
    broken = tmp_path / "result.json"
    broken.write_text('{"name": "x", "messages": [{"id": 1, "type": "message", "text": 5}]}')
    good = tmp_path / "talk.srt"
    good.write_bytes(samples.SRT_CP1252)
    not_subtitles = tmp_path / "empty.vtt"
    not_subtitles.write_text("WEBVTT\n\nNOTE nothing\n")
    before = exported(workspace, tmp_path, "before.json")["articles"]
    report = workspace.import_paths([broken, good, not_subtitles])
    refused = {r.path.name: r.line() for r in report.refused}
    assert set(refused) == {"result.json", "empty.vtt"}
    assert refused["result.json"].endswith(
        "result.json: the chat, message 1 (id 1): text is neither a string nor a list"
    )
    assert "holds no spoken text" in refused["empty.vtt"]
    assert all("\n" not in line for line in refused.values())
    after = exported(workspace, tmp_path, "after.json")["articles"]
    assert len(after) == len(before) + 1


def test_passages_survive_export_and_import_into_an_empty_database(
    workspace: Workspace, tmp_path: Path
) -> None:
    (tmp_path / "talk.vtt").write_text(samples.VTT, encoding="utf-8")
    export = samples.write_json(tmp_path / "e", samples.channel_export())
    workspace.import_paths([export, tmp_path / "talk.vtt"])
    first = exported(workspace, tmp_path, "first.json")
    assert any(a.get("passages") for a in first["articles"])
    other = new_workspace(tmp_path / "other")
    try:
        (result,) = other.import_paths([tmp_path / "first.json"]).results
        assert result.outcome is Outcome.IMPORTED, result.line()
        second = exported(other, tmp_path, "second.json")
    finally:
        other.close()
    assert without_export_time(second) == without_export_time(first)


def test_a_dataset_with_a_passage_outside_its_text_is_refused(
    workspace: Workspace, tmp_path: Path
) -> None:
    text = "Короткий текст."
    article = {
        "id": "a1b2c3d4-0000-4000-8000-000000000001",
        "title": "t",
        "text": text,
        "text_sha256": text_sha256(text),
        "source": "x",
        "url": None,
        "publisher": None,
        "authors": [],
        "published_at": None,
        "language": "uk",
        "status": "todo",
        "mentions": [],
        "claims": [],
        "passages": [
            {"start": 0, "kind": "page", "label": "1"},
            {"start": 99, "kind": "page", "label": "2"},
        ],
    }
    document = exported(workspace, tmp_path, "empty.json")
    document["articles"] = [article]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    (result,) = workspace.import_paths([path]).results
    assert result.outcome is Outcome.REFUSED
    assert "passages[1]: start 99 lies outside the text (length 15)" in result.reason
    del article["passages"]  # a file written before passages existed still imports
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    (result,) = workspace.import_paths([path]).results
    assert result.outcome is Outcome.IMPORTED
    assert "passages" not in exported(workspace, tmp_path)["articles"][0]


def test_the_command_line_takes_the_channel_and_never_exits_3(
    run_cli,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    db = tmp_path / "a.sqlite3"
    export = samples.write_json(tmp_path / "e", samples.full_account_export())
    broken = tmp_path / "b.srt"
    broken.write_bytes(b"not subtitles at all\n")
    result = run_cli(
        "import", export, broken, "--db", db, "--telegram-channel", f"{samples.CHANNEL}=@frontnews"
    )
    assert result.code == 1
    assert result.err.strip().endswith(
        "b.srt: not a SubRip file: it must begin with a cue "
        "number, then a timing line such as 00:00:01,000 --> "
        "00:00:02,000"
    )
    out = tmp_path / "out.json"
    assert run_cli("export", "-o", out, "--db", db).code == 0
    urls = {a["url"] for a in json.loads(out.read_text(encoding="utf-8"))["articles"]}
    assert "https://t.me/frontnews/4521" in urls and None in urls
    bad = run_cli("import", export, "--db", db, "--telegram-channel", "not a name")
    assert bad.code == 2 and "not a Telegram username" in bad.err


@pytest.mark.sqlite_only(reason="the upgrade of a SQLite file of an earlier revision")
def test_an_older_database_gains_passages_and_keeps_its_articles(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    migrate.upgrade(path, "0012")
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO articles (id, title, text, text_sha256, source, authors, language, "
            "imported_at, status) VALUES ('a', 't', 'Текст', ?, 's', '[]', 'uk', "
            "'2026-01-01T00:00:00Z', 'todo')",
            (text_sha256("Текст"),),
        )
    migrate.upgrade(path, migrate.HEAD_REVISION)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM article_passages").fetchone() == (0,)
        assert connection.execute("SELECT text FROM articles").fetchone() == ("Текст",)


def test_an_article_back_from_the_trash_keeps_its_passages(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "talk.srt"
    path.write_bytes(samples.SRT_CP1252)
    workspace.import_paths([path])
    (before,) = exported(workspace, tmp_path, "before.json")["articles"]
    workspace.removal.remove([before["id"]])
    assert exported(workspace, tmp_path, "gone.json")["articles"] == []
    assert workspace.removal.restore([before["id"]]) == 1
    (after,) = exported(workspace, tmp_path, "after.json")["articles"]
    assert after["passages"] == before["passages"] and len(after["passages"]) == 3
