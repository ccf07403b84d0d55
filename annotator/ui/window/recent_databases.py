"""File › Open Recent: the databases opened last, local files and team URLs, in the settings.

A team URL is kept without any password (one with a password is never kept); a local file
that is gone shows greyed out until it is opened again or falls off the end of the list.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QSettings

KEY = "databases/recent"
MAX_RECENT = 8
SERVER_SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")


def is_team(location: str) -> bool:
    return location.lower().startswith(SERVER_SCHEMES)


def holds_password(location: str) -> bool:
    try:
        return is_team(location) and urlsplit(location).password is not None
    except ValueError:
        return True  # not readable as a URL: not kept either


def recent(settings: QSettings) -> list[str]:
    value = settings.value(KEY, [])
    items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return [str(item) for item in items if str(item) and not holds_password(str(item))]


def remember(settings: QSettings, location: str) -> None:
    """``location`` first in the list, once; the oldest beyond eight drop off."""
    if not location or holds_password(location):
        return
    kept = [item for item in recent(settings) if item != location]
    settings.setValue(KEY, [location, *kept][:MAX_RECENT])


def forget(settings: QSettings, location: str) -> None:
    settings.setValue(KEY, [item for item in recent(settings) if item != location])


def missing(location: str) -> bool:
    """A local database file that is not there (any more); a team database may be anywhere."""
    return not is_team(location) and not Path(location).is_file()


def label(location: str) -> str:
    """The menu's text: the file's name and folder, or the team URL as it is."""
    if is_team(location):
        return location
    path = Path(location)
    return f"{path.name} — {path.parent}"
