"""The entity list is read once and kept until something writes to the entities table —
whoever writes it (the entity service, the mention form's "new entity", a dataset import)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event

from annotator.paths import resolve_paths
from annotator.services.workspace import open_workspace


def test_entities_are_read_again_only_after_a_write(tmp_path: Path) -> None:
    workspace = open_workspace(resolve_paths(data_dir=tmp_path / "data"))
    database, entities = workspace.database, workspace.entities
    selects: list[str] = []

    def count(_conn, _cursor, statement, *_rest) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT") and "FROM entities" in statement:
            selects.append(statement)

    event.listen(database.engine, "before_cursor_execute", count)
    izium = entities.create("Izium", "GPE", ["Izyum"])
    assert [e.name for e in entities.all()] == ["Izium"]
    reads = len(selects)
    for _ in range(5):
        assert [m.entity.name for m in entities.complete("Izum")] == ["Izium"]
    assert len(selects) == reads  # kept

    # A copy is handed out: changing it changes nothing that is kept.
    entities.all()[0].aliases.append("Izum")
    assert entities.all()[0].aliases == ["Izyum"]

    # Writes from elsewhere are seen too.
    workspace.annotations.create_entity("Kharkiv", "GPE")
    assert sorted(e.name for e in entities.all()) == ["Izium", "Kharkiv"]
    entities.rename(izium.id, "Izium (Kharkiv Oblast)")
    assert sorted(e.name for e in entities.all()) == ["Izium (Kharkiv Oblast)", "Kharkiv"]
    assert len(selects) > reads
    workspace.close()
