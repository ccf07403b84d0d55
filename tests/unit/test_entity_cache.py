"""The entity list is read once and kept until something writes to the entities table —
whoever writes it (the entity service, the mention form's "new entity", a dataset import)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import statements_run
from tests.helpers import new_workspace

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)


def test_entities_are_read_again_only_after_a_write(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path / "data")
    database, entities = workspace.database, workspace.entities

    def selects(statements: list[str]) -> list[str]:
        return [
            s
            for s in statements
            if s.lstrip().upper().startswith("SELECT") and "FROM entities" in s
        ]

    with statements_run(database.engine) as statements:
        izium = entities.create("Izium", "GPE", ["Izyum"])
        assert [e.name for e in entities.all()] == ["Izium"]
        reads = len(selects(statements))
        for _ in range(5):
            assert [m.entity.name for m in entities.complete("Izum")] == ["Izium"]
        assert len(selects(statements)) == reads  # kept

        # A copy is handed out: changing it changes nothing that is kept.
        entities.all()[0].aliases.append("Izum")
        assert entities.all()[0].aliases == ["Izyum"]

        # Writes from elsewhere are seen too.
        workspace.annotations.create_entity("Kharkiv", "GPE")
        assert sorted(e.name for e in entities.all()) == ["Izium", "Kharkiv"]
        entities.rename(izium.id, "Izium (Kharkiv Oblast)")
        assert sorted(e.name for e in entities.all()) == ["Izium (Kharkiv Oblast)", "Kharkiv"]
        assert len(selects(statements)) > reads
    workspace.close()
