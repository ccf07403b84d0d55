"""Suggestions across scripts: the reason names the match, a new form is offered as an alias,
and the language of an imported article is recorded and listed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.domain.models import Entity
from annotator.services.suggestions.suggestion_service import MENTION
from tests.helpers import new_workspace
from tests.unit.test_suggestions import add_entities, import_text

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)

UKRAINIAN = "Бої під Ізюмом тривають. В Ізюмі тихо, повідомив голова громади. Я купив ізюм."
RUSSIAN = "В Изюме тихо, сообщил глава администрации. Из Харькова выехали автобусы."


def test_suggestions_say_how_a_name_was_found_and_offer_the_new_form(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path / "data")
    try:
        add_entities(workspace, Entity("e-izium", "Izium", "GPE", ["Izyum"]))
        article_id = import_text(workspace, tmp_path, "uk.txt", UKRAINIAN)
        found = [s for s in workspace.suggestions.for_article(article_id) if s.kind == MENTION]
        assert [(s.quote, s.entity_id) for s in found] == [
            ("Ізюмом", "e-izium"),
            ("Ізюмі", "e-izium"),
        ]
        assert found[0].reason == "inflected form of “Ізюм”, transliteration of “Izium”"
        assert found[0].new_alias == "Ізюм"
        assert workspace.article_summary(article_id).language == "uk"  # type: ignore[union-attr]
    finally:
        workspace.close()


def test_the_command_line_gives_the_entity_reason_and_new_alias(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    workspace = new_workspace(data)
    try:
        add_entities(
            workspace,
            Entity("e-izium", "Izium", "GPE", ["Izyum"]),
            Entity("e-kharkiv", "Kharkiv", "GPE", ["Kharkov"]),
        )
        article_id = import_text(workspace, tmp_path, "ru.txt", RUSSIAN)
    finally:
        workspace.close()
    result = run_cli("suggest", "--json", "--article", article_id, "--data-dir", data)
    assert result.code == 0, result.err
    mentions = [s for s in json.loads(result.out) if s["kind"] == MENTION]
    assert [(s["quote"], s["entity_id"], s["new_alias"]) for s in mentions] == [
        ("Изюме", "e-izium", "Изюм"),
        ("Харькова", "e-kharkiv", "Харьков"),
    ]
    assert mentions[0]["reason"] == "inflected form of “Изюм”, transliteration of “Izium”"
    assert mentions[1]["reason"] == "inflected form of “Харьков”, transliteration of “Kharkov”"
