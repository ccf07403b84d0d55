"""Messages of the services and storage (``said``): the same English on the command line as
before, a template the window translates, and a catalogue the translators get that follows
the code."""

from __future__ import annotations

import pickle
import string
import xml.etree.ElementTree as ET

import pytest

from annotator.domain.errors import (
    DatabaseUnusable,
    InputRefused,
    TranslatableMessage,
    message_of,
    said,
)
from annotator.storage.database import open_database
from tests.conftest import REPO


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_a_said_message_is_the_english_string_and_remembers_its_template() -> None:
    message = said("{path} is read-only.", path="/tmp/a.db")
    assert message == "/tmp/a.db is read-only."
    assert isinstance(message, str) and message.template == "{path} is read-only."
    assert message.values == {"path": "/tmp/a.db"}
    again = pickle.loads(pickle.dumps(message))  # as a worker process hands it back
    assert (
        isinstance(again, TranslatableMessage)
        and again.template == message.template
        and again == message
    )


def test_an_error_keeps_its_message_whole_with_its_advice() -> None:
    plain = InputRefused(said("file is empty"))
    assert str(plain) == "file is empty" and message_of(plain).template == "file is empty"
    advised = DatabaseUnusable(said("{path} is read-only.", path="x.db"), said("Copy it."))
    assert str(advised) == "x.db is read-only. Copy it."  # the command line, as before
    whole = message_of(advised)
    assert whole == str(advised) and isinstance(whole, TranslatableMessage)
    assert whole.values["message"].template == "{path} is read-only."
    assert whole.values["advice"].template == "Copy it."
    # Errors made otherwise read exactly as str() always did.
    assert message_of(FileNotFoundError(2, "No such file")) == "[Errno 2] No such file"
    assert message_of(InputRefused("made without said")) == "made without said"


def test_a_real_refusal_carries_its_template(tmp_path) -> None:  # type: ignore[no-untyped-def]
    not_ours = tmp_path / "notes.db"
    not_ours.write_text("shopping list", encoding="utf-8")
    with pytest.raises(DatabaseUnusable) as refused:
        open_database(not_ours)
    whole = message_of(refused.value)
    assert whole.values["message"].template == (
        "{path} is not a Fact-Check Annotator database (it is not an SQLite file at all)."
    )
    assert str(refused.value).startswith(f"{not_ours} is not a Fact-Check Annotator database")


def test_the_catalogue_for_the_translators_follows_the_code() -> None:
    import docs.message_catalogue as generator

    written = (REPO / "annotator/ui/common/message_catalogue.py").read_text(encoding="utf-8")
    assert written == generator.catalogue(), "run .venv/bin/python docs/message_catalogue.py"
    assert "{path} is read-only." in generator.templates()


def test_every_translation_keeps_the_placeholders_of_its_message() -> None:
    """A translation that renamed or dropped a {value} would raise at the worst moment (the
    window falls back to English then, but the translator should hear of it first)."""
    tree = ET.parse(REPO / "resources/i18n/annotator_uk.ts")
    checked = 0
    for context in tree.getroot():
        for message in context.findall("message"):
            source = message.find("source").text or ""
            translation = message.find("translation").text or ""
            if "{" in source and translation:
                assert placeholders(translation) == placeholders(source), source
                checked += 1
    assert checked > 150
