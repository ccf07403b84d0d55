"""Statistics for View › Statistics and `stats --json`: top entities and verdict counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.services.statistics import EntityCount
from tests.helpers import dataset_document, new_workspace, write_json

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)

IZIUM, ROGOV, BRIGADE = (f"00000000-0000-0000-0000-0000000000e{n}" for n in range(3))


def test_top_entities_count_linked_mentions_most_first(tmp_path: Path) -> None:
    document = dataset_document(["Rogov", "Izium", "Izyum", "Izum", "Rogov again"])
    document["entities"] = [
        {"id": IZIUM, "name": "Izium", "type": "GPE", "aliases": ["Izyum", "Izum"], "note": ""},
        {"id": ROGOV, "name": "Rogov", "type": "PERSON", "aliases": [], "note": ""},
        {"id": BRIGADE, "name": "3rd Brigade", "type": "MIL_UNIT", "aliases": [], "note": ""},
    ]
    links = [ROGOV, IZIUM, IZIUM, IZIUM, ROGOV]
    for article, entity_id in zip(document["articles"], links, strict=True):
        article["mentions"][0]["entity_id"] = entity_id
    document["articles"][4]["claims"][0]["status"] = "unverified"
    document["articles"][3]["claims"][0]["review"]["url"] = None
    workspace = new_workspace(tmp_path / "data")
    try:
        workspace.import_paths([write_json(tmp_path / "d.json", document)])
        stats = workspace.stats()
    finally:
        workspace.close()
    # An entity nobody mentions is not "top"; ties would go by name.
    assert stats.top_entities == [
        EntityCount(IZIUM, "Izium", "GPE", 3),
        EntityCount(ROGOV, "Rogov", "PERSON", 2),
    ]
    assert stats.as_dict()["top_entities"][0] == {
        "id": IZIUM,
        "name": "Izium",
        "type": "GPE",
        "mentions": 3,
    }
    assert (stats.claims, stats.claims_final, stats.claims_publishable) == (5, 4, 3)
    as_dict = stats.as_dict()
    # The existing keys of `stats --json` are a contract: still there, same meaning.
    for key in (
        "database",
        "articles",
        "articles_by_status",
        "mentions",
        "mentions_by_type",
        "claims",
        "claims_by_status",
        "entities",
        "annotators",
    ):
        assert key in as_dict
    assert as_dict["claims_by_status"]["false"] == 4 and as_dict["entities"] == 3
