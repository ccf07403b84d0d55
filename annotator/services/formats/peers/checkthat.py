"""CLEF CheckThat! check-worthiness TSV: tweets and debate lines.

CLEF CheckThat! check-worthiness TSV: tweets (task 1: topic_id, tweet_id, tweet_url,
tweet_text, claim, check_worthiness) and debates (task 5: line_number, speaker, text, label).

Tweets: one short article per tweet; a tweet marked ``claim`` 1 gets a claim over its whole
text with ``checkworthy`` from ``check_worthiness``. A debate: one article, a line
``SPEAKER: text`` per row; a line labelled 1 gets a check-worthy claim over its text, the
speaker as claimant. Export writes the tweets layout: one row per claim.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any, TextIO

from annotator.domain.errors import InputRefused, said
from annotator.domain.models import Origin
from annotator.domain.text import canonicalize
from annotator.services.formats.peers.foreign_dataset import (
    CLAIM_LABEL,
    ForeignDataset,
    Span,
    whole_text_claim,
)

TWEET_COLUMNS = ("topic_id", "tweet_id", "tweet_url", "tweet_text", "claim", "check_worthiness")


def _rows(text: str) -> list[list[str]]:
    return [
        row for row in csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE) if row
    ]


def _is_debate(rows: list[list[str]]) -> bool:
    return bool(rows) and all(
        len(r) == 4 and r[0].strip().isdigit() and r[3].strip() in {"0", "1"} for r in rows[:20]
    )


def detect(name: str, text: str) -> bool:
    rows = _rows(text[:20000].rsplit("\n", 1)[0] if len(text) > 20000 else text)
    return bool(rows) and (tuple(rows[0][:6]) == TWEET_COLUMNS or _is_debate(rows))


def read(text: str, options: dict) -> tuple[dict[str, Any], list[str]]:
    rows = _rows(text)
    built = ForeignDataset()
    source = options.get("source", "")
    if rows and tuple(rows[0][:6]) == TWEET_COLUMNS:
        for number, row in enumerate(rows[1:], start=2):
            where = said("line {number}", number=number)
            if len(row) < 6:
                raise InputRefused(
                    said(
                        "{where}: expected 6 columns, found {row_count}",
                        where=where,
                        row_count=len(row),
                    )
                )
            topic, tweet_id, url, body, is_claim, worthy = row[:6]
            tweet = {"checkworthy": worthy.strip() == "1", "tags": [f"topic:{topic}"]}
            if is_claim.strip() == "1":
                whole_text_claim(
                    built, body, where, source, tweet, title=f"Tweet {tweet_id}", url=url
                )
            else:
                built.add_article(
                    canonicalize(body).strip(), f"Tweet {tweet_id}", source, where, [], url=url
                )
        built.notes.append("tweets without a claim are imported as articles without claims")
        return built.document(), built.notes
    if not _is_debate(rows):
        raise InputRefused(said("not a CheckThat! TSV (tweets with a header, or debate lines)"))
    lines: list[str] = []
    spans: list[Span] = []
    details: dict[tuple[int, int], dict[str, Any]] = {}
    offset = 0
    for row in rows:
        speaker, spoken, label = row[1].strip(), canonicalize(row[2]).strip(), row[3].strip()
        line = f"{speaker}: {spoken}"
        if label == "1" and spoken:
            start = offset + len(speaker) + 2
            spans.append((start, start + len(spoken), CLAIM_LABEL, None, Origin.IMPORT))
            details[(start, start + len(spoken))] = {"claimant": speaker, "checkworthy": True}
        lines.append(line)
        offset += len(line) + 1
    built.add_article("\n".join(lines), source or "Debate", source, "debate", spans, details)
    built.notes.append("lines labelled 0 carry no claim; their label is not kept")
    return built.document(), built.notes


def export(
    head: dict[str, Any], articles: Iterable[dict[str, Any]], stream: TextIO, options: dict
) -> list[str]:
    writer = csv.writer(
        stream, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\"
    )
    writer.writerow(TWEET_COLUMNS)
    for article in articles:
        for claim in article["claims"]:
            topic = next((t[6:] for t in claim["tags"] if t.startswith("topic:")), article["title"])
            writer.writerow(
                [
                    " ".join(topic.split()),
                    claim["id"],
                    article["url"] or "",
                    " ".join(claim["quote"].split()),
                    1,
                    1 if claim["checkworthy"] else 0,
                ]
            )
    return []
