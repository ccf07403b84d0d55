"""Annotating the seed articles from tests the way a user would: find the words, mark them."""

from __future__ import annotations

from pathlib import Path

from annotator.domain.models import Article, Claim, Mention
from annotator.services.workspace import Workspace
from tests.helpers import new_workspace, span


def seeded_workspace(folder: Path) -> Workspace:
    """A new database holding the five seed articles (the first-start demo collection)."""
    return new_workspace(folder, demo=True)


def seed_article(workspace: Workspace, number: str) -> Article:
    """The seed article whose file name starts with ``number`` ("003")."""
    for summary in workspace.article_summaries(0, 1000):
        if summary.source.startswith(number):
            document = workspace.annotations.open_article(summary.id)
            assert document is not None
            return document.article
    raise AssertionError(f"no seed article {number}")


def mark_claim(workspace: Workspace, article: Article, words: str, occurrence: int = 0) -> Claim:
    start, end = span(article.text, words, occurrence)
    claim = workspace.annotations.new_claim(article, start, end, created_by=None)
    workspace.annotations.add_claim(claim)
    return claim


def mark_mention(
    workspace: Workspace, article: Article, words: str, entity_type: str, occurrence: int = 0
) -> Mention:
    start, end = span(article.text, words, occurrence)
    mention = workspace.annotations.new_mention(article, start, end, entity_type, created_by=None)
    workspace.annotations.add_mention(mention)
    return mention
