"""An article records the encoding it was read with; one whose encoding was guessed, and
that has no annotations yet, can be re-read in another."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.domain.errors import InputRefused
from annotator.services.workspace import Workspace
from tests.helpers import new_workspace

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)

AMBIGUOUS = b"Report from the border post\n\nThe patrol met Jan Pa\xb9ek near the bridge.\n"


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = new_workspace(tmp_path / "data")
    yield ws
    ws.close()


def import_bytes(workspace: Workspace, folder: Path, name: str, data: bytes) -> str:
    path = folder / name
    path.write_bytes(data)
    report = workspace.import_paths([path])
    assert report.articles_added == 1, [r.line() for r in report.results]
    (summary,) = [s for s in workspace.article_summaries(0, 100) if s.source == name]
    return summary.id


def exported_articles(workspace: Workspace, folder: Path) -> dict[str, dict]:
    target = folder / "out.json"
    workspace.export(target)
    articles = json.loads(target.read_text(encoding="utf-8"))["articles"]
    return {a["source"]: a for a in articles}


def test_each_article_records_the_encoding_it_was_read_with(
    workspace: Workspace, tmp_path: Path
) -> None:
    import_bytes(workspace, tmp_path, "utf8.txt", "Zpráva z hranice\n\nVše v pořádku.".encode())
    import_bytes(
        workspace,
        tmp_path,
        "polish.txt",
        "Raport\n\nMieszkańcy zauważyli, że żołnierze przeszli przez wieś nocą.".encode(
            "iso-8859-2"
        ),
    )
    articles = exported_articles(workspace, tmp_path)
    assert articles["utf8.txt"]["encoding"] == "utf-8"
    assert articles["polish.txt"]["encoding"] == "iso8859-2"


def test_a_guessed_article_without_annotations_is_re_read_in_another_encoding(
    workspace: Workspace, tmp_path: Path
) -> None:
    article_id = import_bytes(workspace, tmp_path, "post.txt", AMBIGUOUS)
    assert workspace.rereading.why_not(article_id) is None
    offered = workspace.rereading.encodings(article_id)
    assert {"iso8859-2", "cp1250"} <= set(offered[:3])
    for encoding, letters in (("iso8859-2", "Pašek"), ("cp1250", "Paąek")):
        article = workspace.rereading.reread(article_id, encoding)
        assert article.encoding == encoding
        assert f"Jan {letters} near" in article.text
        assert exported_articles(workspace, tmp_path)["post.txt"]["encoding"] == encoding


def test_an_annotated_article_is_not_re_read(workspace: Workspace, tmp_path: Path) -> None:
    article_id = import_bytes(workspace, tmp_path, "post.txt", AMBIGUOUS)
    document = workspace.annotations.open_article(article_id)
    assert document is not None
    mention = workspace.annotations.new_mention(document.article, 0, 6, "ORG", None)
    workspace.annotations.add_mention(mention)
    assert "annotations" in (workspace.rereading.why_not(article_id) or "")
    with pytest.raises(InputRefused, match="annotations"):
        workspace.rereading.reread(article_id, "cp1250")
    again = workspace.annotations.open_article(article_id)
    assert again is not None and again.article.text == document.article.text


def test_an_article_read_as_utf8_keeps_no_file_to_re_read(
    workspace: Workspace, tmp_path: Path
) -> None:
    article_id = import_bytes(workspace, tmp_path, "a.txt", "Plain UTF-8 — no guess.".encode())
    assert "guessed" in (workspace.rereading.why_not(article_id) or "")


def test_suggestions_follow_an_article_re_read_in_another_encoding(
    workspace: Workspace, tmp_path: Path
) -> None:
    """The window asks for suggestions after every edit and the service keeps the article's
    findings between asks: a re-read text must renew them, not show the old text's names."""
    article_id = import_bytes(workspace, tmp_path, "post.txt", AMBIGUOUS)
    workspace.entities.create("Jan Pašek", "PERSON", [])

    def suggested_names() -> list[str]:
        return [
            s.quote for s in workspace.suggestions.for_article(article_id) if s.kind == "mention"
        ]

    workspace.rereading.reread(article_id, "cp1250")
    assert suggested_names() == []  # "Jan Paąek": not his name
    workspace.rereading.reread(article_id, "iso8859-2")
    assert suggested_names() == ["Jan Pašek"]
