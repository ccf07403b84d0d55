"""Holds one article as the window reads it (ArticleDocument: its text, its annotations, read
whole or first only those of its beginning) and what tells one stored state of it from another
(ArticleState). AnnotationService in annotating makes both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from annotator.domain.models import Article, Claim, Mention
from annotator.domain.speed.collector import collection_paused


class ArticleDocument:
    """One article as the window shows it: text, annotations and the schemes to draw them.

    A long article may come with only the annotations of its beginning read
    (``AnnotationService.open_article(..., first_part=N)``): the rest is read the first time
    ``mentions`` or ``claims`` is asked for (or ``complete()`` is called), so whoever asks
    always gets them all. ``part_so_far`` shows what is read without reading more."""

    __slots__ = (
        "_claims",
        "_kept",
        "_mentions",
        "_rest",
        "article",
        "loaded_until",
        "on_complete",
        "totals",
    )

    def __init__(
        self,
        article: Article,
        mentions: list[Mention] | None = None,
        claims: list[Claim] | None = None,
        rest: Callable[[], tuple[list[Mention], list[Claim]]] | None = None,
        loaded_until: int | None = None,
        totals: dict[tuple[str, str | None], int] | None = None,
    ) -> None:
        self.article = article
        self._mentions = mentions if mentions is not None else []
        self._claims = claims if claims is not None else []
        self._rest = rest
        # Every annotation starting before this code point is read (the whole text once
        # complete); ``totals``: how many there are in all, by kind and annotator.
        self.loaded_until = len(article.text) if rest is None else (loaded_until or 0)
        self.totals = totals or {}
        self._kept: Callable[[Mention | Claim], bool] | None = None
        # Called with the annotations read by ``complete()`` (the window shows them).
        self.on_complete: Callable[[list[Mention], list[Claim]], None] | None = None

    @property
    def loaded(self) -> bool:
        return self._rest is None

    @property
    def mentions(self) -> list[Mention]:
        self.complete()
        return self._mentions

    @mentions.setter
    def mentions(self, value: list[Mention]) -> None:
        self._mentions = value

    @property
    def claims(self) -> list[Claim]:
        self.complete()
        return self._claims

    @claims.setter
    def claims(self, value: list[Claim]) -> None:
        self._claims = value

    def part_so_far(self) -> tuple[list[Mention], list[Claim]]:
        """The annotations read until now (all of them once complete), reading nothing."""
        return self._mentions, self._claims

    def keep_only(self, shown: Callable[[Mention | Claim], bool]) -> None:
        """Leave out the annotations ``shown`` refuses, now and in the part still to read."""
        self._mentions = [m for m in self._mentions if shown(m)]
        self._claims = [c for c in self._claims if shown(c)]
        if self._rest is not None:
            self._kept = shown

    def count(self, kind: str, shown: Callable[[str | None], bool] | None = None) -> int:
        """How many mentions (``kind`` "mention") or claims there are, read or not; with
        ``shown``, of the annotators it accepts."""
        if self.loaded:
            items = self._mentions if kind == "mention" else self._claims
            return len(items)
        return sum(
            n for (k, who), n in self.totals.items() if k == kind and (shown is None or shown(who))
        )

    def complete(self) -> None:
        """Read the rest of the annotations now, if some are still unread."""
        rest = self._rest
        if rest is None:
            return
        self._rest = None
        with collection_paused():  # thousands of records made at once, all living on
            mentions, claims = rest()
        if self._kept is not None:
            mentions = [m for m in mentions if self._kept(m)]
            claims = [c for c in claims if self._kept(c)]
        self._mentions.extend(mentions)
        self._claims.extend(claims)
        self.loaded_until = len(self.article.text)
        if self.on_complete is not None:
            self.on_complete(mentions, claims)


@dataclass(frozen=True, slots=True)
class ArticleState:
    """What tells one stored article from another state of it: its status, and the version
    and owner of each of its annotations (a change made elsewhere changes one of them)."""

    status: str | None
    versions: dict[str, tuple[int, str | None]]  # annotation id → (version, created_by)

    @staticmethod
    def of(document: ArticleDocument) -> ArticleState:
        annotations: list[Mention | Claim] = [*document.mentions, *document.claims]
        return ArticleState(
            str(document.article.status),
            {a.id: (a.version, a.created_by) for a in annotations},
        )

    def without(self, hidden: set[str]) -> ArticleState:
        """Leaving out the annotations of hidden layers, as the window leaves them out."""
        return ArticleState(
            self.status, {k: v for k, v in self.versions.items() if v[1] not in hidden}
        )
