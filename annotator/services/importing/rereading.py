"""Re-reading an article in another encoding, when the guess at import was wrong.

Only an article whose encoding was guessed keeps its file's bytes, and only one without
annotations may change its text: offsets into the old text would otherwise point at the
wrong words. The new text is canonical as at import, and one transaction replaces the old.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from annotator.domain.errors import InputRefused, said
from annotator.domain.models import Article
from annotator.domain.text import text_sha256
from annotator.services.importing.article_files import (
    HTML_SUFFIXES,
    read_html_article,
    read_text_article,
)
from annotator.services.importing.encoding_guess import guess_encoding
from annotator.storage.database import Database
from annotator.storage.repositories.article_originals import ArticleOriginalRepository
from annotator.storage.repositories.article_repository import ArticleRepository

# Offered after the guess and its rivals: the legacy encodings newsrooms meet most.
COMMON_ENCODINGS = (
    "utf-8",
    "cp1252",
    "iso8859-1",
    "cp1250",
    "iso8859-2",
    "cp1251",
    "koi8-r",
    "koi8-u",
    "iso8859-5",
    "cp1254",
    "iso8859-9",
    "cp1253",
    "iso8859-7",
    "cp1257",
    "iso8859-13",
    "cp1255",
    "cp1256",
    "shift_jis",
    "euc_jp",
    "iso2022_jp",
    "gb18030",
    "big5",
    "euc_kr",
    "iso2022_kr",
    "mac-roman",
)


class ArticleRereader:
    def __init__(self, database: Database) -> None:
        self.database = database

    def why_not(self, article_id: str) -> str | None:
        """Why this article cannot be re-read; None when it can."""
        with self.database.reading() as session:
            originals = ArticleOriginalRepository(session)
            if originals.get(article_id) is None:
                return (
                    "only an article whose encoding was guessed at import can be re-read "
                    "(its file was kept)"
                )
            if originals.annotation_count(article_id):
                return "it has annotations: their offsets would point at other words"
        return None

    def encodings(self, article_id: str) -> list[str]:
        """The encodings to offer: the current one, the guess's rivals, the common ones."""
        with self.database.reading() as session:
            data = ArticleOriginalRepository(session).get(article_id)
            article = ArticleRepository(session).get(article_id)
        offered: list[str] = []
        if article is not None and article.encoding:
            offered.append(article.encoding)
        if data is not None:
            guess = guess_encoding(data)
            if guess is not None:
                offered += [guess.encoding, *guess.candidates]
        offered += COMMON_ENCODINGS
        names = [codecs.lookup(name).name for name in offered]
        return list(dict.fromkeys(names))

    def reread(self, article_id: str, encoding: str) -> Article:
        """Replace the article's text by its file read in ``encoding``; InputRefused if not."""
        reason = self.why_not(article_id)
        if reason is not None:
            raise InputRefused(said("cannot re-read this article: {reason}", reason=reason))
        with self.database.transaction() as session:
            articles = ArticleRepository(session)
            originals = ArticleOriginalRepository(session)
            article = articles.get(article_id)
            data = originals.get(article_id)
            assert article is not None and data is not None  # why_not checked both
            source = Path(article.source or "article.txt")
            reader = (
                read_html_article if source.suffix.lower() in HTML_SUFFIXES else read_text_article
            )
            draft = reader(source, data, encoding)
            sha = text_sha256(draft.text)
            other = articles.ids_by_sha256([sha]).get(sha)
            if other is not None and other != article_id:
                raise InputRefused(
                    said(
                        "read that way, its text is the same as another article's (already "
                        "imported)"
                    )
                )
            originals.replace_text(article_id, draft.title, draft.text, sha, draft.encoding)
            updated = articles.get(article_id)
        assert updated is not None
        return updated
