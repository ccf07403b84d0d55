"""brat standoff folders: a .txt and an .ann per article, and annotation.conf.

brat standoff, a folder: ``<article id>.txt`` with ``<article id>.ann`` per article and one
``annotation.conf``. ``T`` lines are spans (``T1<TAB>LABEL start end<TAB>quote``, a span over a
line break as fragments ``s e;s e``), ``A`` lines a claim's status, ``R`` lines a claim's
claimant (the mention of the claimant's entity in the same article).

Offsets are code points. A folder is read back when it holds ``.ann`` files beside their
``.txt``; a span whose quote does not match its text is refused, never shifted.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import Any

from annotator.domain.errors import InputRefused, said
from annotator.domain.models import Origin
from annotator.services.formats.peers.foreign_dataset import (
    CLAIM_LABEL,
    FolderOut,
    ForeignDataset,
)

CLAIM_TYPE = "Claim"
CONFIG = "annotation.conf"
FOLDER_SUFFIXES = (".txt", ".ann")  # the files of a folder an import reads


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut at line breaks (brat draws one line per fragment); blank pieces dropped."""
    found, begin = [], start
    for index in range(start, end + 1):
        if index == end or text[index] in "\n\u2028\u2029":
            if text[begin:index].strip():
                found.append((begin, index))
            begin = index + 1
    return found or [(start, end)]


def _t_line(number: int, label: str, text: str, start: int, end: int) -> str:
    parts = fragments(text, start, end)
    where = ";".join(f"{s} {e}" for s, e in parts)
    quote = " ".join(text[s:e] for s, e in parts)
    return f"T{number}\t{label} {where}\t{quote}"


def export(
    head: dict[str, Any], articles: Iterable[dict[str, Any]], out: FolderOut, options: dict
) -> list[str]:
    statuses = [s["id"] for s in head["schemes"]["statuses"]]
    types = [t["id"] for t in head["schemes"]["entity_types"]]
    for article in articles:
        text = article["text"]
        lines: list[str] = []
        number = relation = 0
        by_entity: dict[str, str] = {}
        for mention in article["mentions"]:
            number += 1
            lines.append(_t_line(number, mention["type"], text, mention["start"], mention["end"]))
            if mention["entity_id"]:
                by_entity.setdefault(mention["entity_id"], f"T{number}")
        for attribute, claim in enumerate(article["claims"], start=1):
            number += 1
            lines.append(_t_line(number, CLAIM_TYPE, text, claim["start"], claim["end"]))
            lines.append(f"A{attribute}\tStatus T{number} {claim['status']}")
            target = by_entity.get(claim["claimant"]["entity_id"] or "")
            if target is not None:
                relation += 1
                lines.append(f"R{relation}\tClaimant Arg1:T{number} Arg2:{target}")
            elif claim["claimant"]["name"]:
                lines.append(
                    f"#{number}\tAnnotatorNotes T{number}\tclaimant: {claim['claimant']['name']}"
                )
        out.write(f"{article['id']}.txt", text)
        out.write(f"{article['id']}.ann", "\n".join(lines) + ("\n" if lines else ""))
    out.write(
        CONFIG,
        "[entities]\n"
        + "".join(f"{t}\n" for t in types)
        + f"{CLAIM_TYPE}\n\n[relations]\nClaimant\tArg1:{CLAIM_TYPE}, Arg2:<ENTITY>\n\n"
        "[events]\n\n[attributes]\n"
        f"Status\tArg:{CLAIM_TYPE}, Value:{'|'.join(statuses)}\n",
    )
    return []


def detect_folder(names: Iterable[str]) -> bool:
    names = set(names)
    return any(n.endswith(".ann") and n[: -len(".ann")] + ".txt" in names for n in names)


def _span(text: str, where: str, field: str, quote: str) -> tuple[int, int]:
    try:
        parts = [tuple(int(x) for x in piece.split()) for piece in field.split(";")]
        start, end = parts[0][0], parts[-1][1]
    except (ValueError, IndexError):
        raise InputRefused(
            said("{where}: offsets {field!r} are not 'start end'", where=where, field=field)
        ) from None
    if not 0 <= start < end <= len(text):
        raise InputRefused(
            said("{where}: {start}–{end} lies outside the text", where=where, start=start, end=end)
        )
    joined = " ".join(text[s:e] for s, e in parts)
    if joined != quote and text[start:end] != quote:
        raise InputRefused(
            said(
                "{where}: says {quote!r} but the text holds {joined!r}; not shifted",
                where=where,
                quote=quote,
                joined=joined,
            )
        )
    between = [text[a[1] : b[0]] for a, b in itertools.pairwise(parts)]
    if any(piece.strip() for piece in between):
        raise InputRefused(
            said("{where}: a discontinuous span with text between its fragments", where=where)
        )
    return start, end


def read_folder(files: dict[str, str], options: dict) -> tuple[dict[str, Any], list[str]]:
    built = ForeignDataset()
    dropped: dict[str, int] = {}
    for name in sorted(files):
        if not name.endswith(".ann"):
            continue
        stem = name[: -len(".ann")]
        text = files.get(stem + ".txt")
        if text is None:
            continue
        spans: dict[str, tuple[int, int, str]] = {}
        statuses: dict[str, str] = {}
        claimants: dict[str, str] = {}
        for number, line in enumerate(files[name].split("\n"), start=1):
            if not line.strip():
                continue
            where = said("{name} line {number}", name=name, number=number)
            parts = line.split("\t")
            kind = parts[0][:1]
            if kind == "T" and len(parts) >= 3:
                label, _, field = parts[1].partition(" ")
                start, end = _span(text, where, field, parts[2])
                spans[parts[0]] = (start, end, CLAIM_LABEL if label == CLAIM_TYPE else label)
            elif kind == "A" and parts[1].startswith("Status "):
                _, target, *value = parts[1].split(" ")
                statuses[target] = value[0] if value else "unverified"
            elif kind == "R" and parts[1].startswith("Claimant "):
                args = dict(a.split(":", 1) for a in parts[1].split(" ")[1:] if ":" in a)
                claimants[args.get("Arg1", "")] = args.get("Arg2", "")
            elif kind == "#" and len(parts) >= 3 and parts[2].startswith("claimant: "):
                claimants.setdefault(parts[1].split(" ")[-1], "name:" + parts[2][10:])
            else:
                dropped[kind] = dropped.get(kind, 0) + 1
        details = {}
        for key, (start, end, label) in spans.items():
            if label != CLAIM_LABEL:
                continue
            who = claimants.get(key, "")
            name_ = who[5:] if who.startswith("name:") else None
            if who in spans:
                s, e, _ = spans[who]
                name_ = text[s:e]
            details[(start, end)] = {"status": statuses.get(key), "claimant": name_}
        built.add_article(
            text,
            "",
            options.get("source", ""),
            name,
            [(s, e, label, None, Origin.IMPORT) for s, e, label in spans.values()],
            details,
        )
    for kind, count in sorted(dropped.items()):
        built.notes.append(f"{count} brat line(s) of kind {kind!r} dropped (not read)")
    return built.document(), built.notes
