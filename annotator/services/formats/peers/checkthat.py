"""CLEF CheckThat! check-worthiness TSV: tweets and debate lines.

CLEF CheckThat! check-worthiness TSV: tweets (task 1: topic_id, tweet_id, tweet_url,
tweet_text, claim, check_worthiness) and debates (task 5: line_number, speaker, text, label).

Tweets: one short article per tweet, its tweet id the source id and its row (topic, id,
address, any further columns) the extra data; a tweet marked ``claim`` 1 gets a claim over
its whole text with ``checkworthy`` from ``check_worthiness``. A debate: one article, a line
``SPEAKER: text`` per row, its line numbers and speakers kept; a line labelled 1 gets a
check-worthy claim over its text, the speaker as claimant.

Export writes the debate layout when every article came from a debate, else the tweets
layout: a tweet as it came, and for an article made here one row per claim (its quote).
A TSV cell holds no tab, line break or control character: those are folded into spaces
(NUL and other controls into U+FFFD) and named in the export's notes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, TextIO

from annotator.domain.errors import InputRefused, said
from annotator.domain.text import canonicalize
from annotator.services.formats.peers import foreign_values as values
from annotator.services.formats.peers.foreign_dataset import (
    CLAIM_LABEL,
    ForeignDataset,
    ForeignSpan,
)
from annotator.services.formats.peers.foreign_export import records_of

NAME = "checkthat"
TWEET_COLUMNS = ("topic_id", "tweet_id", "tweet_url", "tweet_text", "claim", "check_worthiness")
DEBATE = "@debate"  # a debate article's record: its rows' (line_number, speaker)
_BREAKS = re.compile("[\t\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")


def _rows(text: str) -> list[tuple[int, list[str]]]:
    """(line number, cells) of each non-blank line. Split by hand: the TSV is unquoted
    (a quote is a character like any other), and a bare CR inside a line is text."""
    rows = []
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.removesuffix("\r")
        if line.strip():
            rows.append((number, line.split("\t")))
    return rows


def _is_debate(rows: list[tuple[int, list[str]]]) -> bool:
    return bool(rows) and all(
        len(r) == 4 and r[0].strip().isdigit() and r[3].strip() in {"0", "1"} for _, r in rows[:20]
    )


def detect(name: str, text: str) -> bool:
    rows = _rows(text[:20000].rsplit("\n", 1)[0] if len(text) > 20000 else text)
    return bool(rows) and (tuple(rows[0][1][:6]) == TWEET_COLUMNS or _is_debate(rows))


def read(text: str, options: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    rows = _rows(text)
    built = ForeignDataset(NAME)
    source = options.get("source", "")
    if rows and tuple(rows[0][1][:6]) == TWEET_COLUMNS:
        header = rows[0][1]
        for number, row in rows[1:]:
            _tweet(built, header, row, said("line {number}", number=number), source)
        return built.document(), built.notes
    if not _is_debate(rows):
        raise InputRefused(said("not a CheckThat! TSV (tweets with a header, or debate lines)"))
    lines, spans, kept = [], [], []
    offset = 0
    for number, row in rows:
        where = said("line {number}", number=number)
        speaker = values.check_string(row[1].strip(), where)
        spoken = canonicalize(values.check_string(row[2], where)).strip().replace("\n", " ")
        line = f"{speaker}: {spoken}"
        if row[3].strip() == "1" and spoken:
            start = offset + len(speaker) + 2
            details = {"claimant": speaker or None, "checkworthy": True}
            spans.append(ForeignSpan(start, start + len(spoken), CLAIM_LABEL, details=details))
        kept.append([row[0].strip(), speaker])
        lines.append(line)
        offset += len(line) + 1
    built.add_article(
        "\n".join(lines), "debate", spans, title=source or "Debate", source=source,
        record={DEBATE: kept},
    )  # fmt: skip
    return built.document(), built.notes


def _tweet(
    built: ForeignDataset, header: list[str], row: list[str], where: str, source: str
) -> None:
    if len(row) < 6:
        raise InputRefused(
            said("{where}: expected 6 columns, found {row_count}", where=where, row_count=len(row))
        )
    cells = {
        (header[i] if i < len(header) else f"column {i + 1}"): values.check_string(cell, where)
        for i, cell in enumerate(row)
    }
    body = canonicalize(cells["tweet_text"]).strip()
    tweet_id = cells["tweet_id"].strip() or None
    record = {k: v for k, v in cells.items() if k not in ("tweet_text", "claim")}
    spans = []
    if cells["claim"].strip() == "1":
        details = {
            "checkworthy": cells["check_worthiness"].strip() == "1",
            "tags": [f"topic:{cells['topic_id']}"],
        }
        spans.append(ForeignSpan(0, len(body), CLAIM_LABEL, source_id=tweet_id, details=details))
    built.add_article(
        body,
        where,
        spans,
        title=f"Tweet {tweet_id}",
        source=source,
        record=record,
        record_id=tweet_id,
        url=cells["tweet_url"].strip() or None,
    )


# --- writing ------------------------------------------------------------------------------


def _cell(value: Any, notes: list[str], where: str) -> str:
    """A value as one TSV cell: tabs and line breaks made spaces, other control characters
    U+FFFD (one for one, so nothing else moves)."""
    text = str(value if value is not None else "")
    cleaned = _CONTROLS.sub("\ufffd", _BREAKS.sub(" ", text))
    if cleaned != text:
        notes.append(
            f"{where}: tabs and line breaks written as spaces, control characters as U+FFFD "
            "(a TSV cell cannot hold them)"
        )
    return cleaned


def export(
    head: dict[str, Any], articles: Iterable[dict[str, Any]], stream: TextIO, options: dict
) -> list[str]:
    notes: list[str] = []
    rows: list[list[str]] = []
    debates: list[list[str]] = []
    tweets_only = False
    for article in articles:
        records = records_of(article, NAME)
        if DEBATE in records[0]:
            debates.extend(_debate_rows(article, records[0][DEBATE], notes))
            rows.extend(_claim_rows(article, notes))
        else:
            tweets_only = True
            rows.extend(_tweet_rows(article, records, notes))
    if debates and not tweets_only:
        for row in debates:
            stream.write("\t".join(row) + "\n")
        return list(dict.fromkeys(notes))
    if debates:
        notes.append("debate lines written as tweets (one row per claim): the file mixes both")
    stream.write("\t".join(TWEET_COLUMNS) + "\n")
    for row in rows:
        stream.write("\t".join(row) + "\n")
    return list(dict.fromkeys(notes))


def _tweet_rows(
    article: dict[str, Any], records: list[dict[str, Any]], notes: list[str]
) -> list[list[str]]:
    if not (article.get("extra") or {}).get(NAME):
        return _claim_rows(article, notes)
    whole = [c for c in article["claims"] if c["start"] == 0 and c["end"] == len(article["text"])]
    text = _cell(article["text"], notes, f"article {article['id']}")
    rows = []
    for number, record in enumerate(records):
        claim = next((c for c in whole if _record(c) == number), None)
        row = {
            **record,
            "tweet_url": record.get("tweet_url", article["url"] or ""),
            "tweet_text": text,
            "claim": "1" if claim else "0",
            "check_worthiness": "1" if claim and claim["checkworthy"] else "0",
        }
        rows.append([_cell(row.get(k, ""), notes, f"article {article['id']}") for k in _order(row)])
    return rows


def _order(row: dict[str, Any]) -> list[str]:
    return [*TWEET_COLUMNS, *(k for k in row if k not in TWEET_COLUMNS)]


def _record(claim: dict[str, Any]) -> int:
    number = ((claim.get("extra") or {}).get(NAME) or {}).get("record", 0)
    return number if type(number) is int else 0


def _claim_rows(article: dict[str, Any], notes: list[str]) -> list[list[str]]:
    """An article made here: one row per claim, its quote as the tweet's text."""
    rows = []
    for claim in article["claims"]:
        topic = next((t[6:] for t in claim["tags"] if t.startswith("topic:")), article["title"])
        where = f"claim {claim['id']}"
        if not claim["quote"].strip():
            notes.append(f"{where}: its quote is blank, no tweet's text; left out")
            continue
        rows.append(
            [
                _cell(topic, notes, where),
                _cell(claim["id"], notes, where),
                _cell(article["url"] or "", notes, where),
                _cell(claim["quote"], notes, where),
                "1",
                "1" if claim["checkworthy"] else "0",
            ]
        )
    return rows


def _debate_rows(article: dict[str, Any], kept: Any, notes: list[str]) -> list[list[str]]:
    """A debate article's lines back as rows: line number, speaker, text, label."""
    lines = article["text"].split("\n")
    claimed = {(c["start"], c["end"]) for c in article["claims"]}
    rows, offset = [], 0
    for index, line in enumerate(lines):
        number, speaker = (kept[index] if index < len(kept) else [str(index + 1), ""])[:2]
        spoken = line[len(speaker) + 2 :] if line.startswith(f"{speaker}: ") else line
        start = offset + len(line) - len(spoken)
        label = "1" if (start, start + len(spoken)) in claimed else "0"
        where = f"article {article['id']}"
        rows.append([_cell(number, notes, where), _cell(speaker, notes, where),
                     _cell(spoken, notes, where), label])  # fmt: skip
        offset += len(line) + 1
    return rows
