"""Preferences travel with the database: known keys only, values checked before storing."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.services.formats.claimreview import Organization
from annotator.services.preferences import PreferenceRefused
from annotator.services.workspace import Workspace
from tests.helpers import new_workspace

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    ws = new_workspace(tmp_path / "data")
    yield ws
    ws.close()


def test_set_get_and_list(workspace: Workspace) -> None:
    prefs = workspace.preferences
    assert prefs.all() == {} and prefs.get("organization.name") is None
    assert prefs.set("organization.name", "  Kyiv Fact Check ") == "Kyiv Fact Check"
    prefs.set("organization.url", "https://kyivfactcheck.example/")
    prefs.set("organization.name", "Kyiv Fact Check — Ізюм desk")  # replaced, not added
    assert prefs.all() == {
        "organization.name": "Kyiv Fact Check — Ізюм desk",
        "organization.url": "https://kyivfactcheck.example/",
    }
    assert prefs.organization() == Organization(
        "Kyiv Fact Check — Ізюм desk", "https://kyivfactcheck.example/"
    )


def test_an_empty_value_removes_the_setting(workspace: Workspace) -> None:
    workspace.preferences.set("organization.url", "https://a.example")
    assert workspace.preferences.set("organization.url", "  ") == ""
    assert workspace.preferences.all() == {}


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("organisation.name", "X", "unknown setting 'organisation.name'"),
        ("organization.url", "javascript:alert(1)", "http:// or https://"),
        ("organization.url", "ftp://factcheck.example", "http:// or https://"),
        ("organization.name", "two\nlines", "one line"),
        ("organization.name", "x" * 501, "longer than 500"),
    ],
)
def test_unknown_keys_and_bad_values_are_refused_and_nothing_is_stored(
    workspace: Workspace, key: str, value: str, message: str
) -> None:
    with pytest.raises(PreferenceRefused, match=message):
        workspace.preferences.set(key, value)
    assert workspace.preferences.all() == {}


def test_overrides_are_checked_and_win_over_stored_values(workspace: Workspace) -> None:
    prefs = workspace.preferences
    assert prefs.organization() is None
    assert prefs.organization(url="https://a.example") is None  # a url alone names no one
    prefs.set("organization.name", "Stored")
    prefs.set("organization.url", "https://stored.example")
    assert prefs.organization(name="Given") == Organization("Given", "https://stored.example")
    assert prefs.organization(url="https://given.example") == Organization(
        "Stored", "https://given.example"
    )
    with pytest.raises(PreferenceRefused):
        prefs.organization(url="not a url")
    assert prefs.get("organization.name") == "Stored"


def test_preferences_survive_reopening_the_database(tmp_path: Path) -> None:
    first = new_workspace(tmp_path / "data")
    first.preferences.set("organization.name", "Desk")
    first.close()
    again = new_workspace(tmp_path / "data")
    try:
        assert again.preferences.get("organization.name") == "Desk"
    finally:
        again.close()
