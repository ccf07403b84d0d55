"""The system keyring for team databases' passwords, when the optional ``keyring`` package is
installed and the user asked to be remembered; otherwise nothing is ever stored.

May import: the standard library and the optional ``keyring`` package only.
"""

from __future__ import annotations

import importlib
from types import ModuleType

SERVICE = "factcheck-annotator"


def _keyring() -> ModuleType | None:
    try:
        return importlib.import_module("keyring")
    except Exception:  # not installed, or no usable backend on this system
        return None


def keyring_available() -> bool:
    return _keyring() is not None


def stored_password(location: str) -> str | None:
    """The password remembered for ``location`` (a URL without password), if any."""
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        found = keyring.get_password(SERVICE, location)
    except Exception:  # a locked or broken keyring: as if nothing were stored
        return None
    return found if isinstance(found, str) and found else None


def remember_password(location: str, password: str) -> bool:
    """Into the system keyring; False when there is none or it refused."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(SERVICE, location, password)
    except Exception:
        return False
    return True


def forget_password(location: str) -> None:
    keyring = _keyring()
    if keyring is None:
        return
    try:
        keyring.delete_password(SERVICE, location)
    except Exception:  # nothing stored, or the keyring refused: nothing to forget
        return
