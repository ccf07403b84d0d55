"""CoNLL IOB2 tokens of the mentions, one token a line.

CoNLL IOB2: one token a line (``token<TAB>tag``), a blank line between sentences' lines,
``-DOCSTART-`` before each article; the tokeniser is named in the file's first comment.

Tokens are runs of letters, digits and marks, or single grapheme clusters (an emoji with its
ZWJ sequence or a flag stays one token). Where mentions overlap, the outermost (longest,
then earliest) wins; the others, and mentions whose edges cut a token, are named in the notes.
Claims are not written (CoNLL has one label per token).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

import regex

TOKENIZER = "factcheck-annotator word-or-grapheme v1: [\\p{L}\\p{N}\\p{M}_]+ | one grapheme"
_TOKEN = regex.compile(r"[\p{L}\p{N}\p{M}_]+|(?=\S)\X")


def tokens(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _TOKEN.finditer(text) if not m.group().isspace()]


def export(
    head: dict[str, Any], articles: Iterable[dict[str, Any]], stream: TextIO, options: dict
) -> list[str]:
    notes: list[str] = []
    stream.write(f"# tokenizer: {TOKENIZER}\n# offsets of the source: code points\n")
    for article in articles:
        text = article["text"]
        spans = tokens(text)
        tags = ["O"] * len(spans)
        starts = {s: i for i, (s, _e) in enumerate(spans)}
        ends = {e: i for i, (_s, e) in enumerate(spans)}
        chosen = sorted(article["mentions"], key=lambda m: (m["start"] - m["end"], m["start"]))
        for mention in chosen:
            first, last = starts.get(mention["start"]), ends.get(mention["end"])
            where = f"article {article['id']}: mention {mention['quote']!r} ({mention['type']})"
            if first is None or last is None:
                notes.append(f"{where} does not fall on token edges; left out")
                continue
            if any(tag != "O" for tag in tags[first : last + 1]):
                notes.append(f"{where} overlaps a longer mention; left out")
                continue
            tags[first] = f"B-{mention['type']}"
            for index in range(first + 1, last + 1):
                tags[index] = f"I-{mention['type']}"
        stream.write(f"\n-DOCSTART-\tO\n# article_id = {article['id']}\n\n")
        previous_end = 0
        for (start, end), tag in zip(spans, tags, strict=True):
            if "\n" in text[previous_end:start] or "\u2028" in text[previous_end:start]:
                stream.write("\n")  # a line break in the text ends a "sentence"
            stream.write(f"{text[start:end]}\t{tag}\n")
            previous_end = end
    return notes
