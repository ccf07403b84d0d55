"""Telegram posts, however exported (JSON or HTML), made articles: one article per post that
has text, an album's posts joined into one; service messages skipped; posts with media only
counted for the report.

Each article keeps its chat's name as publisher, its author (the post's signature, or its
sender when that is not the chat itself), its date, and one passage per post whose label
a citation can use: ``4521 · 2024-03-01 08:15 UTC · forwarded from X · in reply to 4519``.
A post's address ``https://t.me/<username>/<id>`` is made only when the user gave the
channel's public username; none is invented.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

from annotator.domain.errors import InputRefused, said
from annotator.domain.titles import guess_title
from annotator.services.importing.article_files import ArticleDraft
from annotator.services.importing.material.reading import (
    MaterialRead,
    ReadOptions,
    TextBuilder,
    one_line_label,
)

_USERNAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")
_USERNAME_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?(?:t\.me|telegram\.me)/", re.IGNORECASE)


@dataclass(slots=True)
class Post:
    id: int
    text: str  # as written: entities' texts joined, links as they stand
    # "2024-03-01T08:15:30Z" when the moment is known (date_unixtime, a zone in the HTML),
    # else the exporting computer's local time with no zone: "2024-03-01T10:15:30".
    date: str | None = None
    sender: str | None = None  # ``from``: the channel itself, or a member of a group
    signature: str | None = None  # ``author``: a channel post's signature
    forwarded_from: str | None = None
    reply_to: int | None = None
    media: bool = False  # a photo, a file, a poll … (not imported)

    @property
    def local_time(self) -> bool:
        return self.date is not None and not self.date.endswith("Z")


@dataclass(slots=True)
class Chat:
    name: str
    posts: list[Post] = field(default_factory=list)
    service: int = 0  # service messages (joined, pinned, created …): skipped


def telegram_username(value: str) -> str:
    """A channel's public username as the user may give it (``name``, ``@name``,
    ``t.me/name``, ``https://t.me/name``), checked; InputRefused when it cannot be one."""
    name = _USERNAME_PREFIX.sub("", value.strip()).lstrip("@").strip("/")
    if not _USERNAME.match(name):
        raise InputRefused(
            said(
                "{value!r} is not a Telegram username (5 to 32 letters, digits or _, as in "
                "t.me/NAME)",
                value=value[:60],
            )
        )
    return name


def utc_from_unixtime(value: object) -> str | None:
    """``date_unixtime`` (seconds, written as a string) as a UTC timestamp; None when absent
    or not a number of seconds in range."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    try:
        seconds = int(value)
        moment = datetime.fromtimestamp(seconds, UTC)
    except (ValueError, OverflowError, OSError):
        return None
    if not 1970 <= moment.year <= 9999:
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def drafts_of(chats: list[Chat], name: str, options: ReadOptions) -> MaterialRead:
    """The articles of every chat of one file, and the file's report notes."""
    read = MaterialRead()
    media_only = service = local = 0
    no_address: list[str] = []
    for chat in chats:
        username = options.telegram_username(chat.name)
        service += chat.service
        for group in _albums(chat.posts):
            draft = _draft(group, chat.name, username, name)
            if draft is None:
                media_only += sum(1 for p in group if p.media)
                continue
            read.drafts.append(draft)
            local += group[0].local_time
        if username is None and chat.posts and chat.name not in no_address:
            no_address.append(chat.name)
    if media_only:
        read.notes.append(said("{count} post(s) with media only, not imported", count=media_only))
    if service:
        read.notes.append(said("{count} service message(s) skipped", count=service))
    if local:
        read.notes.append(
            said(
                "dates are the exporting computer's local time (an older export without "
                "date_unixtime): kept as the day only"
            )
        )
    if no_address and read.drafts:
        read.notes.append(
            said(
                "posts have no address: give the channel's public username "
                "(--telegram-channel NAME) to link each post"
            )
        )
    return read


def _albums(posts: list[Post]) -> list[list[Post]]:
    """Posts grouped: an album is a run of posts with media sent together (same sender,
    same second); the export does not mark albums, so that is how they are told."""
    groups: list[list[Post]] = []
    for post in posts:
        last = groups[-1][-1] if groups else None
        if (
            last is not None
            and post.media
            and last.media
            and post.date is not None
            and post.date == last.date
            and post.sender == last.sender
            and post.forwarded_from == last.forwarded_from
        ):
            groups[-1].append(post)
        else:
            groups.append([post])
    return groups


def _draft(group: list[Post], chat: str, username: str | None, name: str) -> ArticleDraft | None:
    builder = TextBuilder("\n\n")
    for post in group:
        builder.add(post.text, "post", _label(post))
    if not builder:
        return None
    first = group[0]
    text = builder.text
    sender = first.sender if first.sender and first.sender != chat else None
    author = first.signature or sender
    return ArticleDraft(
        title=guess_title(text, fallback=f"Post {first.id}"),
        text=text,
        source=name,
        url=f"https://t.me/{username}/{first.id}" if username else None,
        publisher=one_line_label(chat, 200) or None,
        authors=[one_line_label(author, 200)] if author else [],
        published_at=_published(first.date),
        passages=builder.passages,
    )


def _published(date: str | None) -> str | None:
    if date is None:
        return None
    return date if date.endswith("Z") else date[:10]  # a local time's zone is unknown


def _label(post: Post) -> str:
    parts = [str(post.id)]
    if post.date is not None:
        shown = post.date[:16].replace("T", " ")
        parts.append(f"{shown} UTC" if post.date.endswith("Z") else f"{shown} local time")
    if post.forwarded_from:
        parts.append(f"forwarded from {one_line_label(post.forwarded_from)}")
    if post.reply_to is not None:
        parts.append(f"in reply to {post.reply_to}")
    return " · ".join(parts)
