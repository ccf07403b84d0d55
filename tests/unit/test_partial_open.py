"""An article read in two parts: the annotations of its beginning first, the rest
when first asked for. Whoever asks gets exactly what one whole read gives, on SQLite and on
PostgreSQL (which is always read whole: a later read could find the server away)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from annotator.domain.models import Article, Claim, Evidence, Mention
from annotator.domain.text import text_sha256
from annotator.domain.timestamps import now_timestamp
from annotator.services.workspace import Workspace
from annotator.storage.repositories.annotation_repository import AnnotationRepository
from annotator.storage.repositories.article_repository import ArticleRepository
from tests.seed_steps import seeded_workspace

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    ws = seeded_workspace(tmp_path / "data")
    yield ws
    ws.close()


def stored_article(workspace: Workspace) -> tuple[Article, list[Mention], list[Claim]]:
    """Three hundred lines, a mention on each line's name and a claim on every tenth line;
    tags, evidence and links on a few, so every column comes back through the fast path."""
    lines = [f"{i:03d} Рогов 😀 said the brigade lost ten soldiers near Izium." for i in range(300)]
    text = "\n".join(lines)
    article = Article(
        str(uuid.uuid4()), "Lines", text, text_sha256(text), imported_at=now_timestamp()
    )
    mentions, claims = [], []
    for i in range(300):
        start = text.index("Рогов", i * (len(lines[0]) + 1))
        mentions.append(
            Mention(
                str(uuid.uuid4()),
                article.id,
                start,
                start + 5,
                "Рогов",
                "PERSON",
                created_at=now_timestamp(),
                adjudicated_from=["x"] if i == 250 else [],
            )
        )
        if i % 10 == 0:
            begin = text.index("the brigade", start)
            claims.append(
                Claim(
                    str(uuid.uuid4()),
                    article.id,
                    begin,
                    begin + 11,
                    "the brigade",
                    tags=["war", "losses"] if i > 150 else [],
                    mention_ids=[mentions[-1].id],
                    evidence=[Evidence(str(uuid.uuid4()), "https://example.org")]
                    if i == 290
                    else [],
                    checkworthy=True if i == 280 else None,
                    created_at=now_timestamp(),
                    updated_at=now_timestamp(),
                )
            )
    with workspace.database.transaction() as session:
        ArticleRepository(session).add_many([article])
        AnnotationRepository(session).add_mentions(mentions)
        AnnotationRepository(session).add_claims(claims)
    return article, mentions, claims


def test_the_rest_read_later_is_exactly_what_one_whole_read_gives(workspace: Workspace) -> None:
    article, mentions, claims = stored_article(workspace)
    whole = workspace.annotations.open_article(article.id)
    assert whole is not None and whole.loaded
    assert (whole.mentions, whole.claims) == (mentions, claims)

    document = workspace.annotations.open_article(article.id, first_part=1000)

    assert document is not None
    assert (document.count("mention"), document.count("claim")) == (300, 30)
    if workspace.database.is_server:
        assert document.loaded  # the team database is read whole
    else:
        read_mentions, read_claims = document.part_so_far()
        assert not document.loaded
        assert read_mentions == [m for m in mentions if m.start < 1000]
        assert read_claims == [c for c in claims if c.start < 1000]
    assert document.mentions == mentions  # asking reads the rest
    assert document.claims == claims
    assert document.loaded


def test_an_annotator_left_out_stays_out_of_the_rest(workspace: Workspace) -> None:
    article, mentions, _claims = stored_article(workspace)
    document = workspace.annotations.open_article(article.id, first_part=1000)
    assert document is not None
    told: list[int] = []
    document.on_complete = lambda more, _c: told.append(len(more))

    document.keep_only(lambda a: a.start % 2 == 0)

    expected = [m for m in mentions if m.start % 2 == 0]
    assert document.mentions == expected
    if not workspace.database.is_server:
        assert told == [len([m for m in expected if m.start >= 1000])]
