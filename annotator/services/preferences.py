"""Preferences that travel with the data: stored in the database, not in the user's profile.

A team that passes a database around keeps the organisation its ClaimReview exports name as
their author. Only known keys can be set, each checked before it is stored.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from annotator.domain.errors import AnnotatorError, said
from annotator.domain.urls import web_address

# The command line's parser lists the known keys; building it must load neither the storage
# nor the ClaimReview format (and with it the domain's records).
if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from annotator.services.formats.claimreview import Organization
    from annotator.storage.database import Database
    from annotator.storage.repositories.preference_repository import PreferenceRepository

ORGANIZATION_NAME = "organization.name"
ORGANIZATION_URL = "organization.url"
EVIDENCE_MAX_FILE_MB = "evidence.max_file_mb"
DEFAULT_EVIDENCE_MAX_FILE_MB = 512  # a phone's screen recording fits; a film does not
# The lowest check-worthiness score of a suggested claim sentence (unset: the scoring's own
# default); `annotator suggest --min-score` overrides it for one run.
SUGGESTION_MIN_SCORE = "suggestions.min_score"

MAX_LENGTH = 500


class PreferenceRefused(AnnotatorError):
    """An unknown preference key, or a value that key does not accept; nothing was stored."""


BOOKKEEPING_PREFIX = "team."


def _check_name(value: str) -> str | None:
    if any(ord(c) < 32 for c in value):
        return "a name is one line, without control characters"
    return None


def _check_url(value: str) -> str | None:
    if web_address(value) is None:
        return "expected an http:// or https:// address, such as https://factcheck.example.org"
    return None


def _check_megabytes(value: str) -> str | None:
    if not value.isdigit() or not 1 <= int(value) <= 100_000:
        return "expected a whole number of megabytes from 1 to 100000, such as 512"
    return None


def _check_score(value: str) -> str | None:
    try:
        score = float(value)
    except ValueError:
        return "expected a number from 0 to 1, such as 0.5"
    if not 0.0 <= score <= 1.0:
        return "expected a number from 0 to 1 (0 lists every sentence)"
    return None


# key → (what it is for, a check returning the reason a value is refused)
KNOWN_PREFERENCES: dict[str, tuple[str, Callable[[str], str | None]]] = {
    ORGANIZATION_NAME: (
        "the fact-checking organisation named as author of ClaimReview exports",
        _check_name,
    ),
    ORGANIZATION_URL: ("the organisation's web address, for ClaimReview exports", _check_url),
    EVIDENCE_MAX_FILE_MB: (
        f"the largest file attached as evidence, in MB (default {DEFAULT_EVIDENCE_MAX_FILE_MB})",
        _check_megabytes,
    ),
    SUGGESTION_MIN_SCORE: (
        "the lowest score of a suggested claim sentence, 0 to 1 (0: every sentence)",
        _check_score,
    ),
}


def checked_value(key: str, value: str) -> str:
    """The value as it will be stored (trimmed); PreferenceRefused when the key or it is wrong.

    An empty value is allowed: setting it removes the preference.
    """
    if key not in KNOWN_PREFERENCES:
        known = ", ".join(KNOWN_PREFERENCES)
        raise PreferenceRefused(
            said("unknown setting {key!r}; the settings are: {known}", key=key, known=known)
        )
    value = value.strip()
    if not value:
        return ""
    if len(value) > MAX_LENGTH:
        raise PreferenceRefused(
            said(
                "{key}: the value is longer than {MAX_LENGTH} characters",
                key=key,
                MAX_LENGTH=MAX_LENGTH,
            )
        )
    reason = KNOWN_PREFERENCES[key][1](value)
    if reason is not None:
        raise PreferenceRefused(
            said("{key}: {value!r} is not accepted: {reason}", key=key, value=value, reason=reason)
        )
    if key == ORGANIZATION_URL:  # typed as the claim form takes it: factcheck.example.org
        return web_address(value) or value
    return value


def organization_from(
    values: dict[str, str], name: str | None = None, url: str | None = None
) -> Organization | None:
    """The organisation from stored ``values``, with ``name``/``url`` (checked) taking
    precedence; None when there is no name."""
    if name is not None:
        name = checked_value(ORGANIZATION_NAME, name)
    if url is not None:
        url = checked_value(ORGANIZATION_URL, url)
    chosen_name = name or values.get(ORGANIZATION_NAME, "")
    if not chosen_name:
        return None
    from annotator.services.formats.claimreview import Organization

    return Organization(chosen_name, url or values.get(ORGANIZATION_URL) or None)


def _repository(session: Session) -> PreferenceRepository:
    from annotator.storage.repositories.preference_repository import PreferenceRepository

    return PreferenceRepository(session)


class PreferenceService:
    def __init__(self, database: Database) -> None:
        self.database = database

    def get(self, key: str) -> str | None:
        """The stored value of a known key, None when it is not set."""
        checked_value(key, "")
        with self.database.reading() as session:
            return _repository(session).get(key)

    def set(self, key: str, value: str) -> str:
        """Store ``value`` (an empty one removes the setting); returns what was stored."""
        return self.set_all({key: value})[key]

    def set_all(self, values: dict[str, str]) -> dict[str, str]:
        """Store every value, or none: each is checked before the one transaction that stores
        them all, so a refused web address leaves the organisation's name as it was too."""
        checked = {key: checked_value(key, value) for key, value in values.items()}
        with self.database.transaction() as session:
            repository = _repository(session)
            for key, value in checked.items():
                if value:
                    repository.set(key, value)
                else:
                    repository.delete(key)
        return checked

    def all(self) -> dict[str, str]:
        """Every stored preference, by key (keys of newer versions included), but not stored
        models (not settings) nor the program's own bookkeeping (``team.*``: where a
        checked-out file came from)."""
        with self.database.reading() as session:
            stored = _repository(session).all()
        return {
            k: v
            for k, v in stored.items()
            if not k.startswith(BOOKKEEPING_PREFIX) and not k.startswith("model:")
        }

    def suggestion_min_score(self) -> float | None:
        """The stored lowest score of claim suggestions; None: the scoring's own default."""
        value = self.all().get(SUGGESTION_MIN_SCORE)
        try:
            return float(value) if value else None
        except ValueError:  # written by hand into the database: the default, not a crash
            return None

    def organization(self, name: str | None = None, url: str | None = None) -> Organization | None:
        """The organisation for a ClaimReview export; ``name``/``url`` override the stored
        ones for this export only (they are checked, never stored)."""
        return organization_from(self.all(), name, url)
