"""Writing a format-v1 document out as another tool's file: records, spans' extra data, NULs.

An article imported from a file of format ``name`` keeps that file's records under its extra
data (foreign_dataset.py), and each span says its record: an export of the same format writes
every record back. ``FolderOut`` is what the folder formats (brat, INCEpTION) write their
files into.
"""

from __future__ import annotations

from typing import Any, Protocol

from annotator.services.formats.peers.foreign_dataset import CLAIM_LABEL


class FolderOut(Protocol):
    """The folder an export of a folder format fills, one text file at a time (the exporter
    gives one written atomically: services/exporting/atomic_file.py)."""

    def write(self, name: str, text: str) -> None: ...


def unique_name(name: str, used: set[str], reserved: str) -> str:
    """``name``, or ``name-2``, ``name-3`` …: never one already ``used`` (case aside, as on
    the file systems that ignore it) nor the folder format's own ``reserved`` file; the name
    chosen is added to ``used``."""
    candidate, number = name, 1
    while candidate.lower() in used or candidate == reserved:
        number += 1
        candidate = f"{name}-{number}"
    used.add(candidate.lower())
    return candidate


def records_of(article: dict[str, Any], name: str) -> list[dict[str, Any]]:
    """The records of format ``name`` an article came from (at least one, maybe empty)."""
    kept = (article.get("extra") or {}).get(name)
    return (
        [r if isinstance(r, dict) else {} for r in kept]
        if isinstance(kept, list) and kept
        else [{}]
    )


def span_extra(span: dict[str, Any], name: str) -> dict[str, Any]:
    """A span's extra data of format ``name`` (empty when it has none)."""
    kept = (span.get("extra") or {}).get(name)
    return kept if isinstance(kept, dict) else {}


def record_of(span: dict[str, Any], name: str, count: int) -> int:
    """Which of its article's ``count`` records a span belongs to (the first by default)."""
    number = span_extra(span, name).get("record", 0)
    return number if type(number) is int and 0 <= number < count else 0


def writable(article: dict[str, Any], notes: list[str]) -> dict[str, Any]:
    """The article with every NUL character made U+FFFD (one for one: no offset moves): no
    reader takes NUL as text, so an export holding one would not import back."""
    if not _has_nul(article):
        return article
    notes.append(f"article {article['id']}: NUL characters written as U+FFFD")
    return _without_nul(article)


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_nul(v) for v in value)
    return False


def _without_nul(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd")
    if isinstance(value, dict):
        return {_without_nul(k): _without_nul(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_nul(v) for v in value]
    return value


def spans_of(article: dict[str, Any]) -> list[tuple[int, int, str]]:
    """An exported article's spans as (start, end, label): mentions by type, claims CLAIM."""
    spans = [(m["start"], m["end"], m["type"]) for m in article["mentions"]]
    spans += [(c["start"], c["end"], CLAIM_LABEL) for c in article["claims"]]
    return sorted(spans)


def claim_details(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What a span-only format cannot say of a claim (status, claimant, date), carried beside
    its spans by offsets: doccano's ``claims`` key, Label Studio's ``data.claims``."""
    return [
        {
            "start": c["start"],
            "end": c["end"],
            "status": c["status"],
            "claimant": c["claimant"]["name"],
            "claim_date": c["claim_date"],
        }
        for c in claims
    ]
