"""Fact-checks published elsewhere (schema.org ClaimReview), kept in a library of their own.

A known fact-check is someone else's verdict, never an annotation of ours: it is not attached
to an article, and it is read-only. One record per claim a review checks (a page may review
several); its review URL says where the verdict was published. The rating is optional: many
feeds give only a textual verdict, some none at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class KnownFactCheck:
    url: str  # the published review: re-importing this address replaces its records
    claim_reviewed: str
    rating_name: str | None = None  # alternateName (the verdict as words), else name
    rating_value: float | None = None
    best_rating: float | None = None
    worst_rating: float | None = None
    publisher: str | None = None  # the fact-checking organisation (the review's author)
    publisher_url: str | None = None
    published_at: str | None = None  # YYYY-MM-DD
    language: str | None = None  # BCP-47 as the review gives it
    claimant: str | None = None  # who made the claim (itemReviewed.author)
    appearances: tuple[str, ...] = field(default_factory=tuple)  # where the claim was seen
    title: str | None = None  # the review's headline, when it has one
    source: str = ""  # the file it came from
    imported_at: str = ""
    id: int | None = None  # the library's own row number; None until stored

    def rating_dict(self) -> dict[str, object] | None:
        """The rating as ClaimReview gives it, None when the review gives none."""
        parts: dict[str, object] = {
            "name": self.rating_name,
            "value": self.rating_value,
            "best": self.best_rating,
            "worst": self.worst_rating,
        }
        return parts if any(v is not None for v in parts.values()) else None

    @property
    def rating(self) -> str:
        """The verdict as a reader says it: "False", "False (1/5)", "2/6"; "" if none."""
        value = _number(self.rating_value)
        if value is None:
            return self.rating_name or ""
        scale = ""
        if self.best_rating is not None:
            scale = f"/{_number(self.best_rating)}"
            if self.worst_rating is not None and self.worst_rating not in (0, 1):
                scale += f" from {_number(self.worst_rating)}"
        score = f"{value}{scale}"
        return f"{self.rating_name} ({score})" if self.rating_name else score


def _number(value: float | None) -> str | None:
    if value is None:
        return None
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


@dataclass(frozen=True, slots=True)
class KnownMatch:
    """A known fact-check found for a text, and how well it matches (0–1)."""

    check: KnownFactCheck
    score: float

    def as_dict(self) -> dict[str, object]:
        check = self.check
        return {
            "url": check.url,
            "claim_reviewed": check.claim_reviewed,
            "rating": check.rating_dict(),
            "publisher": check.publisher,
            "date": check.published_at,
            "score": round(self.score, 4),
        }
