"""CoNLL tokens of the mentions, one token a line: CoNLL-2003 out and in, CoNLL-U in.

Export: the CoNLL-2003 layout that spaCy's ``spacy convert -c ner`` and most NER tools read:
``token<TAB>tag`` a line, a blank line between the text's lines, ``-DOCSTART- -X- O O``
before each article, nothing else (no comment: the converters would take it for a token).
Tags are IOB2, or the scheme the article came in. Tokens are runs of letters, digits and
marks, or single grapheme clusters (an emoji with its ZWJ sequence or a flag stays one
token): ``factcheck-annotator word-or-grapheme v1``. Where mentions overlap, the outermost
(longest, then earliest) wins; the others, and mentions whose edges cut a token, are named in
the notes. Claims are not written (CoNLL has one label per token).

Import: CoNLL-2003 (``-DOCSTART-`` between documents, 2 to 4 columns, the token first and
its tag last, IOB1, IOB2 or BIOES/BILOU) and CoNLL-U (``# newdoc``, ``# text``, multiword
tokens, ``SpaceAfter=No`` and an ``NER=`` tag in MISC). The text is made from the tokens:
single spaces between tokens (or the sentence's own ``# text``), a line per sentence, so
every offset is exact by construction. The other columns (POS, chunks, lemmas, syntax) are
counted and left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, TextIO

import regex

from annotator.domain.errors import InputRefused, said
from annotator.services.formats.peers import foreign_values as values
from annotator.services.formats.peers.foreign_dataset import ForeignDataset, ForeignSpan
from annotator.services.formats.peers.foreign_export import records_of, writable

NAME = "conll"
TOKENIZER = "factcheck-annotator word-or-grapheme v1: [\\p{L}\\p{N}\\p{M}_]+ | one grapheme"
DOCSTART = "-DOCSTART- -X- O O"
SCHEME = "scheme"  # the tag scheme an article came in (IOB1, IOB2, BIOES)
_TOKEN = regex.compile(r"[\p{L}\p{N}\p{M}_]+|(?=\S)\X")
_SUFFIXES = (".conll", ".conllu", ".conll03", ".iob", ".bio")


def tokens(text: str) -> list[tuple[int, int]]:
    """The tokens' (start, end); none holds a character Python counts as whitespace (the
    readers split columns on it)."""
    found = []
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        piece = match.group()
        if not any(ch.isspace() for ch in piece):
            found.append((start, end))
            continue
        for part in re.finditer(r"\S+", piece):
            found.append((start + part.start(), start + part.end()))
    return found


# --- writing ------------------------------------------------------------------------------


def _tags(article: dict[str, Any], spans: list[tuple[int, int]], notes: list[str]) -> list[str]:
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
        label = "_".join(mention["type"].split())
        if label != mention["type"]:
            notes.append(f"{where}: its type written {label!r} (a tag holds no space)")
        tags[first] = f"B-{label}"
        for index in range(first + 1, last + 1):
            tags[index] = f"I-{label}"
    return tags


def _in_scheme(tags: list[str], scheme: str) -> list[str]:
    """IOB2 tags written in the scheme an article came in."""
    if scheme == "IOB1":
        return [
            t if not t.startswith("B-") or (i and tags[i - 1][2:] == t[2:]) else "I-" + t[2:]
            for i, t in enumerate(tags)
        ]
    if scheme == "BIOES":
        out = []
        for i, tag in enumerate(tags):
            ends = i + 1 == len(tags) or tags[i + 1] != "I-" + tag[2:]
            if tag.startswith("B-"):
                out.append(("S-" if ends else "B-") + tag[2:])
            elif tag.startswith("I-"):
                out.append(("E-" if ends else "I-") + tag[2:])
            else:
                out.append(tag)
        return out
    return tags


def export(
    head: dict[str, Any], articles: Iterable[dict[str, Any]], stream: TextIO, options: dict
) -> list[str]:
    notes: list[str] = []
    for article in (writable(a, notes) for a in articles):
        text = article["text"]
        spans = tokens(text)
        scheme = records_of(article, NAME)[0].get(SCHEME, "IOB2")
        tags = _in_scheme(_tags(article, spans, notes), str(scheme))
        stream.write(f"{DOCSTART}\n")
        previous_end = 0
        for (start, end), tag in zip(spans, tags, strict=True):
            between = text[previous_end:start]
            if previous_end == 0 or "\n" in between or "\u2028" in between:
                stream.write("\n")  # a line of the text is a "sentence"
            stream.write(f"{text[start:end]}\t{tag}\n")
            previous_end = end
        stream.write("\n")
    return notes


# --- reading ------------------------------------------------------------------------------


def detect(name: str, text: str) -> bool:
    head = text.lstrip()[:200]
    return name.lower().endswith(_SUFFIXES) or head.startswith("-DOCSTART-")


class _Document:
    """A document being read: its text made from tokens, its spans, its tag scheme."""

    def __init__(self, doc_id: str | None) -> None:
        self.doc_id = doc_id
        self.lines: list[str] = []
        self.length = 0  # of the text so far, with the line breaks between lines
        self.spans: list[ForeignSpan] = []
        self.schemes: set[str] = set()
        self.sentences = 0

    def sentence(self, text: str) -> int:
        """Add a sentence's text; where it starts in the document's text."""
        base = self.length + (1 if self.lines else 0)
        self.lines.append(text)
        self.length = base + len(text)
        self.sentences += 1
        return base

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def _entities(
    tagged: list[tuple[str, int, int]], where: str
) -> tuple[list[tuple[int, int, str]], set[str]]:
    """Spans of a sentence's tags, whatever the scheme (IOB1, IOB2, BIOES, BILOU)."""
    found: list[list[Any]] = []  # [start, end, label], the end growing
    schemes: set[str] = set()
    current: list[Any] | None = None
    for tag, start, end in tagged:
        if tag == "O" or tag == "_":
            current = None
            continue
        prefix, _, label = tag.partition("-")
        if not label or prefix not in {"B", "I", "E", "S", "L", "U"}:
            raise InputRefused(said("{where}: {tag!r} is not an IOB tag", where=where, tag=tag))
        if prefix in {"E", "S", "L", "U"}:
            schemes.add("BIOES")
        elif prefix == "I" and (current is None or current[2] != label):
            schemes.add("IOB1")
        elif prefix == "B":
            schemes.add("IOB2" if current is None or current[2] != label else "IOB1")
        continues = prefix in {"I", "E", "L"} and current is not None and current[2] == label
        if continues and current is not None:
            current[1] = end
        else:
            current = [start, end, label]
            found.append(current)
        if prefix in {"E", "S", "L", "U"}:
            current = None
    return [(s, e, label) for s, e, label in found], schemes


def read(text: str, options: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    documents: list[_Document] = [_Document(None)]
    left_out = 0
    sentence: list[tuple[int, list[str]]] = []
    said_text: str | None = None
    conllu = False

    def close() -> None:
        nonlocal said_text
        if sentence:
            _sentence(documents[-1], sentence, said_text, conllu)
        sentence.clear()
        said_text = None

    for number, line in enumerate(text.split("\n"), start=1):
        line = line.removesuffix("\r")
        stripped = line.strip()
        if not stripped:
            close()
            continue
        if stripped.startswith("#") and not _is_token_line(line):
            found = re.match(r"#\s*(newdoc|text)\b\s*(?:id\s*)?=?\s?(.*)$", stripped)
            if found and found.group(1) == "newdoc":
                close()
                conllu = True
                documents.append(_Document(found.group(2).strip() or None))
            elif found and found.group(1) == "text" and "=" in stripped:
                close()
                conllu = True
                said_text = line.split("=", 1)[1].removeprefix(" ")
            continue
        cells = line.split("\t") if "\t" in line else line.split()
        if cells[0] == "-DOCSTART-":
            close()
            documents.append(_Document(None))
            continue
        if len(cells) < 2:
            raise InputRefused(
                said("line {number}: a token without its tag (one column)", number=number)
            )
        conllu = conllu or (len(cells) == 10 and cells[0].replace("-", "").isdigit())
        left_out += max(0, len(cells) - 2) if not conllu else 0
        sentence.append((number, cells))
    close()
    built = ForeignDataset(NAME)
    source = options.get("source", "")
    for index, document in enumerate(d for d in documents if d.lines):
        where = said("document {number}", number=index + 1)
        schemes = sorted(document.schemes)
        scheme = "BIOES" if "BIOES" in schemes else "IOB1" if "IOB1" in schemes else "IOB2"
        record = {SCHEME: scheme} if document.schemes and scheme != "IOB2" else {}
        built.add_article(
            document.text, where, document.spans, source=source, record=record,
            record_id=values.optional_string(document.doc_id, where),
        )  # fmt: skip
    document_ = built.document()
    if not document_["articles"]:
        raise InputRefused(said("no token in the file: not a CoNLL file"))
    if left_out:
        built.notes.append(
            f"{left_out} cell(s) of columns between the token and its tag (POS, chunks) left out"
        )
    if conllu:
        built.notes.append("CoNLL-U: lemmas, features and syntax left out")
    return document_, built.notes


def _is_token_line(line: str) -> bool:
    """A line that starts with "#" is a token when its first tab-separated cell is one word
    (a hashtag, "#1", a lone "#": what a tweet holds and our export writes as ``#tag\tO``);
    a comment (``# text = …``, ``# newdoc``) has no tab, or spaces before its first tab."""
    first, tab, _rest = line.partition("\t")
    return bool(tab) and bool(first) and not any(c.isspace() for c in first)


def _sentence(
    document: _Document, rows: list[tuple[int, list[str]]], given: str | None, conllu: bool
) -> None:
    """One sentence: its text (``# text`` or the tokens spaced), its tokens' spans."""
    words: list[tuple[int, str, str, bool]] = []  # line, form, tag, space after
    skip_to = 0
    for number, cells in rows:
        values.check_string("\t".join(cells), said("line {number}", number=number))
        if conllu and len(cells) >= 10:
            ident = cells[0]
            if "." in ident:
                continue  # an empty node: no surface text
            if "-" in ident:  # a multiword token: its form is the surface
                last = ident.split("-", 1)[1]
                skip_to = int(last) if last.isdigit() else skip_to
                words.append((number, cells[1], _ner(cells[9]), "SpaceAfter=No" not in cells[9]))
                continue
            if ident.isdigit() and int(ident) <= skip_to:
                continue
            words.append((number, cells[1], _ner(cells[9]), "SpaceAfter=No" not in cells[9]))
        else:
            words.append((number, cells[0], cells[-1], True))
    text, positions = _placed(words, given)
    base = document.sentence(text)
    tagged = [
        (tag, base + s, base + e) for (_, _, tag, _), (s, e) in zip(words, positions, strict=True)
    ]
    where = said("line {number}", number=rows[0][0])
    spans, schemes = _entities(tagged, where)
    document.schemes |= schemes
    document.spans.extend(ForeignSpan(s, e, label) for s, e, label in spans)


def _ner(misc: str) -> str:
    for item in misc.split("|"):
        key, _, value = item.partition("=")
        if key in ("NER", "NE", "Entity") and value:
            return value
    return "O"


def _placed(
    words: list[tuple[int, str, str, bool]], given: str | None
) -> tuple[str, list[tuple[int, int]]]:
    """The sentence's text and each word's place in it: found in the given text, in order,
    or the words joined by one space (none where SpaceAfter=No)."""
    positions = []
    if given is not None:
        at = 0
        for number, form, _tag, _space in words:
            found = given.find(form, at)
            if found < 0:
                raise InputRefused(
                    said(
                        "line {number}: the token {form!r} is not in the sentence's # text",
                        number=number,
                        form=form[:40],
                    )
                )
            positions.append((found, found + len(form)))
            at = found + len(form)
        return given, positions
    parts: list[str] = []
    length = 0
    for _number, form, _tag, space in words:
        positions.append((length, length + len(form)))
        parts.append(form + (" " if space else ""))
        length += len(form) + (1 if space else 0)
    return "".join(parts).rstrip(" "), positions
