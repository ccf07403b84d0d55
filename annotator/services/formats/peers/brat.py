"""brat standoff folders: a .txt and an .ann per article, and annotation.conf.

brat standoff, a folder: ``<document>.txt`` with ``<document>.ann`` per article and one
``annotation.conf``. ``T`` lines are spans (``T1<TAB>LABEL start end<TAB>quote``, a span over a
line break as fragments ``s e;s e``), ``A`` lines a claim's status, ``R`` lines a claim's
claimant (the mention of the claimant's entity in the same article).

Offsets are code points (of the .txt as it is: a text with CR line ends is mapped onto its
canonical form). The document's name is the article's source id, and each span keeps its
``T`` id; every other line (events, other attributes and relations, normalisations, notes,
spans broken by text between their fragments) is kept as the article's extra data and
written back, with the ids it names, by a brat export. An empty ``.ann`` is a document
without annotations. A span whose quote does not match its text is refused, never shifted.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from typing import Any

from annotator.domain.errors import InputRefused, said
from annotator.services.formats.peers import foreign_values as values
from annotator.services.formats.peers.foreign_dataset import (
    CLAIM_LABEL,
    ForeignDataset,
    ForeignSpan,
)
from annotator.services.formats.peers.foreign_export import (
    FolderOut,
    records_of,
    unique_name,
    writable,
)

NAME = "brat"
CLAIM_TYPE = "Claim"
CONFIG = "annotation.conf"
FOLDER_SUFFIXES = (".txt", ".ann")  # the files of a folder an import reads
LINES = "lines"  # the lines kept as they are, in the record
_FRAGMENT = re.compile(r"^(\d+) (\d+)$")
_BREAKS = re.compile("[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")  # one .ann line each
_SAFE_NAME = re.compile(r"^[\w][\w.\-]*(/[\w][\w.\-]*)*$")


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut at line breaks (brat draws one line per fragment); blank pieces dropped."""
    found, begin = [], start
    for index in range(start, end + 1):
        if index == end or text[index] in "\n\u2028\u2029":
            if text[begin:index].strip():
                found.append((begin, index))
            begin = index + 1
    return found or [(start, end)]


# --- reading ------------------------------------------------------------------------------


def detect_folder(names: Iterable[str]) -> bool:
    names = set(names)
    return any(n.endswith(".ann") and n[: -len(".ann")] + ".txt" in names for n in names)


def _fragments(field: str, where: str) -> list[tuple[int, int]]:
    parts = []
    for piece in field.split(";"):
        found = _FRAGMENT.match(piece)
        if found is None:
            raise InputRefused(
                said(
                    "{where}: offsets {field!r} are not 'start end' (';' between fragments)",
                    where=where,
                    field=field[:60],
                )
            )
        parts.append((int(found.group(1)), int(found.group(2))))
    return parts


def _span(text: str, where: str, field: str, quote: str) -> tuple[int, int] | None:
    """The span's (start, end), or None for fragments with text between them."""
    parts = _fragments(field, where)
    start, end = parts[0][0], parts[-1][1]
    if not all(0 <= s <= e <= len(text) for s, e in parts) or start >= end:
        raise InputRefused(
            said("{where}: {start}–{end} lies outside the text", where=where, start=start, end=end)
        )
    joined = " ".join(text[s:e] for s, e in parts)
    if quote not in (joined, text[start:end], _BREAKS.sub(" ", joined)):
        raise InputRefused(
            said(
                "{where}: says {quote!r} but the text holds {joined!r}; not shifted",
                where=where,
                quote=quote[:60],
                joined=joined[:60],
            )
        )
    between = [text[a[1] : b[0]] for a, b in itertools.pairwise(parts)]
    return None if any(piece.strip() for piece in between) else (start, end)


def _document(
    built: ForeignDataset, name: str, stem: str, text: str, annotations: str, source: str
) -> int:
    """One document as an article; the lines it kept as they are."""
    spans: dict[str, ForeignSpan] = {}
    kept: list[str] = []
    statuses: dict[str, str] = {}
    claimants: dict[str, str] = {}
    for number, line in enumerate(annotations.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        where = said("{name} line {number}", name=name, number=number)
        values.check_string(line, where)
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0] or not parts[1].strip():
            raise InputRefused(
                said("{where}: not a brat annotation (ID<TAB>annotation)", where=where)
            )
        ident, kind, body = parts[0], parts[0][:1], parts[1].split(" ")
        if kind == "T":
            if len(parts) < 3 or len(body) < 2:
                raise InputRefused(said("{where}: a T line needs a type, offsets and its text",
                                        where=where))  # fmt: skip
            quote = "\t".join(parts[2:])  # a quote may hold a tab
            found = _span(text, where, parts[1].partition(" ")[2], quote)
            if found is None:
                kept.append(line)  # discontinuous: not a span the program can show
                continue
            label = CLAIM_LABEL if body[0] == CLAIM_TYPE else body[0]
            values.string(label, where)
            spans[ident] = ForeignSpan(found[0], found[1], label, source_id=ident)
        elif kind == "A" and body[0] == "Status" and len(body) >= 2:
            statuses[body[1]] = body[2] if len(body) > 2 else "unverified"
        elif kind == "R" and body[0] == "Claimant":
            args = dict(a.split(":", 1) for a in body[1:] if ":" in a)
            claimants[args.get("Arg1", "")] = args.get("Arg2", "")
        elif kind == "#" and len(parts) >= 3 and parts[2].startswith("claimant: "):
            claimants.setdefault(body[-1], "name:" + parts[2][10:])
        else:
            kept.append(line)
    for key, span in spans.items():
        if span.label != CLAIM_LABEL:
            continue
        who = claimants.get(key, "")
        claimant = who[5:] if who.startswith("name:") else None
        if who in spans:
            claimant = text[spans[who].start : spans[who].end]
        span.details = {"status": statuses.get(key), "claimant": claimant}
    built.add_article(
        text,
        name,
        list(spans.values()),
        source=source,
        record={LINES: kept} if kept else {},
        record_id=stem,
    )
    return len(kept)


def read_folder(files: dict[str, str], options: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    built = ForeignDataset(NAME)
    kept = empty = 0
    for name in sorted(files):
        if not name.endswith(".ann"):
            continue
        stem = name[: -len(".ann")]
        text = files.get(stem + ".txt")
        if text is None:
            continue
        if not text.strip():
            empty += 1
            continue
        kept += _document(built, name, stem, text, files[name], options.get("source", ""))
    document = built.document()
    if not document["articles"] and not empty:
        raise InputRefused(said("no brat document (a .txt with its .ann) in the folder"))
    notes = built.notes
    if empty:
        notes.append(f"{empty} document(s) with an empty text left out (nothing to annotate)")
    if kept:
        notes.append(
            f"{kept} brat line(s) (events, other attributes and relations, notes, "
            "discontinuous spans) kept as they are in the articles' extra data, written back "
            "by a brat export"
        )
    return document, notes


# --- writing ------------------------------------------------------------------------------


def _t_line(ident: str, label: str, text: str, start: int, end: int) -> str:
    parts = fragments(text, start, end)
    where = ";".join(f"{s} {e}" for s, e in parts)
    quote = _BREAKS.sub(" ", " ".join(text[s:e] for s, e in parts))  # the line stays one line
    return f"{ident}\t{label} {where}\t{quote}"


class _Ids:
    """Fresh ids of each kind (T, A, R, #) above those the kept lines and spans use."""

    def __init__(self, taken: Iterable[str]) -> None:
        self.next: dict[str, int] = {}
        for ident in taken:
            number = ident[1:]
            if number.isdigit():
                self.next[ident[:1]] = max(self.next.get(ident[:1], 1), int(number) + 1)

    def __call__(self, kind: str) -> str:
        number = self.next.get(kind, 1)
        self.next[kind] = number + 1
        return f"{kind}{number}"


def _lines(article: dict[str, Any], kept: list[str]) -> list[str]:
    text = article["text"]
    spans = [(m, m["type"]) for m in article["mentions"]]
    spans += [(c, CLAIM_TYPE) for c in article["claims"]]
    from_brat = bool((article.get("extra") or {}).get(NAME))
    own = {s["id"]: s.get("source_id") if from_brat else None for s, _ in spans}
    taken = [line.split("\t", 1)[0] for line in kept]
    taken += [i for i in own.values() if isinstance(i, str) and i.startswith("T")]
    fresh = _Ids(taken)
    ident: dict[str, str] = {}
    for span, _ in spans:
        given = own[span["id"]]
        usable = isinstance(given, str) and given.startswith("T") and given not in ident.values()
        ident[span["id"]] = given if isinstance(given, str) and usable else fresh("T")
    lines = [_t_line(ident[s["id"]], label, text, s["start"], s["end"]) for s, label in spans]
    by_entity: dict[str, str] = {}
    for mention in article["mentions"]:
        if mention["entity_id"]:
            by_entity.setdefault(mention["entity_id"], ident[mention["id"]])
    for claim in article["claims"]:
        target = ident[claim["id"]]
        lines.append(f"{fresh('A')}\tStatus {target} {claim['status']}")
        claimant = by_entity.get(claim["claimant"]["entity_id"] or "")
        if claimant is not None:
            lines.append(f"{fresh('R')}\tClaimant Arg1:{target} Arg2:{claimant}")
        elif claim["claimant"]["name"]:
            name = " ".join(claim["claimant"]["name"].split())
            lines.append(f"{fresh('#')}\tAnnotatorNotes {target}\tclaimant: {name}")
    return lines + kept


def _name(article: dict[str, Any], used: set[str]) -> str:
    """The document's name: its brat name when it came from brat, else the article's id."""
    given = article.get("source_id") if (article.get("extra") or {}).get(NAME) else None
    name = given if isinstance(given, str) and _SAFE_NAME.match(given) else article["id"]
    return unique_name(name, used, CONFIG[: -len(".conf")])


def export(
    head: dict[str, Any], articles: Iterable[dict[str, Any]], out: FolderOut, options: dict
) -> list[str]:
    notes: list[str] = []
    statuses = [s["id"] for s in head["schemes"]["statuses"]]
    types = [t["id"] for t in head["schemes"]["entity_types"]]
    used: set[str] = set()
    for article in (writable(a, notes) for a in articles):
        records = records_of(article, NAME)
        kept = [line for r in records for line in r.get(LINES) or [] if isinstance(line, str)]
        ids = {s.get("source_id") for s in (*article["mentions"], *article["claims"])}
        present = [line for line in kept if _refers_to_known(line, ids, kept)]
        if len(present) < len(kept):
            notes.append(
                f"article {article['id']}: {len(kept) - len(present)} kept brat line(s) left "
                "out: a span they name was removed"
            )
        lines = _lines(article, present)
        name = _name(article, used)
        out.write(f"{name}.txt", article["text"])
        out.write(f"{name}.ann", "\n".join(lines) + ("\n" if lines else ""))
    out.write(
        CONFIG,
        "[entities]\n"
        + "".join(f"{t}\n" for t in types)
        + f"{CLAIM_TYPE}\n\n[relations]\nClaimant\tArg1:{CLAIM_TYPE}, Arg2:<ENTITY>\n\n"
        "[events]\n\n[attributes]\n"
        f"Status\tArg:{CLAIM_TYPE}, Value:{'|'.join(statuses)}\n",
    )
    return notes


_REFERENCE = re.compile(r"(?<![\w])([TERAMN#*]\d+)(?![\w])")


def _refers_to_known(line: str, ids: set[Any], kept: list[str]) -> bool:
    """Whether every T id a kept line names is still a span (or itself a kept line)."""
    own = {other.split("\t", 1)[0] for other in kept}
    fields = line.split("\t")
    named = _REFERENCE.findall(fields[1]) if len(fields) > 1 else []
    return all(ident in ids or ident in own for ident in named if ident.startswith("T"))
