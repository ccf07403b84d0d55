"""Editing schemes: labels and colours change, ids stay, shortcut clashes are refused."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from annotator.services.schemes import (
    SchemeRefused,
    SchemeService,
    blank_entity_type,
    blank_status,
)
from tests.conftest import SEEDS
from tests.helpers import dataset_document, exported, new_workspace, write_json

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)


def test_relabelling_keeps_ids_and_annotations(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path / "data")
    try:
        workspace.import_paths([write_json(tmp_path / "d.json", dataset_document(["Rogov"]))])
        service = SchemeService(workspace.database)
        schemes = service.load()
        schemes.entity_types[0].label = "Human being"
        schemes.entity_types[0].color = "#123456"
        schemes.statuses[6].label = "Fake"
        stored = service.save(schemes)
        assert stored.entity_types[0].id == "PERSON" and stored.entity_types[0].label == (
            "Human being"
        )
        document = exported(workspace, tmp_path)
        assert document["articles"][0]["mentions"][0]["type"] == "PERSON"
        assert document["articles"][0]["claims"][0]["status"] == "false"
        assert document["schemes"]["statuses"][6]["label"] == "Fake"
    finally:
        workspace.close()


def test_a_shortcut_clash_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path / "data")
    try:
        service = SchemeService(workspace.database)
        before = service.load()
        clash = copy.deepcopy(before)
        clash.entity_types[1].shortcut = "1"  # ORG takes PERSON's key
        with pytest.raises(SchemeRefused, match="shortcut 1 is already used by Person"):
            service.save(clash)
        assert service.load() == before
    finally:
        workspace.close()


def test_shortcuts_can_be_swapped_and_new_types_added(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path / "data")
    try:
        workspace.import_paths([SEEDS])
        service = SchemeService(workspace.database)
        schemes = service.load()
        schemes.entity_types[0].shortcut, schemes.entity_types[1].shortcut = "2", "1"
        drone = blank_entity_type("Drone model", schemes)
        schemes.entity_types.append(drone)
        stored = service.save(schemes)
        assert [t.shortcut for t in stored.entity_types[:2]] == ["2", "1"]
        assert stored.entity_types[-1].id == "DRONE_MODEL"
        with pytest.raises(SchemeRefused, match="cannot be removed"):
            service.save(type(schemes)(stored.entity_types[1:], stored.statuses))
    finally:
        workspace.close()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s: setattr(s.entity_types[0], "color", "red"), "colour"),
        (lambda s: setattr(s.entity_types[0], "shortcut", "C"), "other than C, B and N"),
        (lambda s: setattr(s.statuses[2], "rating_value", 9), "from 1 to 5"),
        (lambda s: setattr(s.statuses[0], "rating_value", 3), "only a final status"),
        (lambda s: setattr(s.statuses[0], "label", " "), "needs a label"),
    ],
)
def test_impossible_values_are_refused(tmp_path: Path, change, message: str) -> None:  # type: ignore[no-untyped-def]
    workspace = new_workspace(tmp_path / "data")
    try:
        service = SchemeService(workspace.database)
        schemes = service.load()
        change(schemes)
        with pytest.raises(SchemeRefused, match=message):
            service.save(schemes)
    finally:
        workspace.close()


def test_a_mention_of_a_type_not_in_the_schemes_is_refused_and_not_stored(tmp_path: Path) -> None:
    from annotator.services.annotating import EditRefused

    workspace = new_workspace(tmp_path / "data")
    try:
        workspace.import_paths([write_json(tmp_path / "d.json", dataset_document(["Rogov"]))])
        annotations = workspace.annotations
        article_id = workspace.article_summaries(0, 10)[0].id
        document = annotations.open_article(article_id)
        known = annotations.new_mention(document.article, 0, 2, "PERSON", None)
        alien = annotations.new_mention(document.article, 2, 5, "ALIEN", None)
        with pytest.raises(EditRefused, match="unknown entity type 'ALIEN'"):
            annotations.add_annotations([known, alien])  # one transaction: neither stored
        after = annotations.open_article(article_id)
        assert len(after.mentions) == len(document.mentions)
        annotations.add_annotations([known])
        assert len(annotations.open_article(article_id).mentions) == len(document.mentions) + 1
    finally:
        workspace.close()


def test_a_long_label_makes_an_id_that_exports_and_imports_back(tmp_path: Path) -> None:
    # A type or status added in the window takes its id from its label; the id must fit the
    # dataset format's ids (36 characters) and the database's, so the export imports back.
    label = "Multiple-launch rocket system or other long-range artillery piece"
    workspace = new_workspace(tmp_path / "data")
    try:
        workspace.import_paths([SEEDS])
        service = SchemeService(workspace.database)
        schemes = service.load()
        schemes.entity_types.append(blank_entity_type(label, schemes))
        schemes.entity_types.append(blank_entity_type(label, schemes))  # a second, told apart
        schemes.statuses.append(blank_status(label, schemes))
        stored = service.save(schemes)
        added = [t.id for t in stored.entity_types if t.label == label]
        assert len(set(added)) == 2 and all(len(i) <= 36 for i in added)
        assert all(len(s.id) <= 36 for s in stored.statuses)
        out = tmp_path / "out.json"
        workspace.export(out)
    finally:
        workspace.close()
    again = new_workspace(tmp_path / "again")
    try:
        report = again.import_paths([out])
        assert [r.line() for r in report.refused] == []
        labels = [t.label for t in SchemeService(again.database).load().entity_types]
        assert labels.count(label) == 2
    finally:
        again.close()


def test_a_label_longer_than_the_database_keeps_is_refused_with_its_limit(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path / "data")
    try:
        service = SchemeService(workspace.database)
        before = service.load()
        for kind in ("type", "status"):
            schemes = copy.deepcopy(before)
            entry = schemes.entity_types[0] if kind == "type" else schemes.statuses[0]
            entry.label = "Person " * 40  # 280 characters
            with pytest.raises(SchemeRefused, match="at most 200 characters"):
                service.save(schemes)
        assert service.load() == before
    finally:
        workspace.close()
