"""`annotator stats` counts in SQL: the same figures as counting every row;
and so does the article list's progress per annotator, read by the same repository.

A varied collection (three annotators, an editor's adjudicated spans, spans nobody owns,
every status, review URLs present, blank and missing, linked entities with ties, articles
done and marked finished) is imported, and its statistics are compared with the same figures
worked out in plain Python from the dataset that was imported. On SQLite and PostgreSQL.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from annotator.domain.schemes import Schemes
from annotator.domain.text import text_sha256
from annotator.services.formats.dataset_v1 import header
from annotator.services.statistics import TOP_ENTITIES
from tests.helpers import new_workspace, write_json

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)

STAMP = "2026-11-20T10:00:00Z"
ANNOTATORS = {
    "00000000-0000-0000-0000-00000000a001": "Olena",
    "00000000-0000-0000-0000-00000000a002": "Petro",
    "00000000-0000-0000-0000-00000000a003": "Ivan",
    "00000000-0000-0000-0000-00000000a004": "Maria",  # the editor: adjudicated spans only
    "00000000-0000-0000-0000-00000000a005": "Anna",  # finished marks, no spans of her own
}
EDITOR = "00000000-0000-0000-0000-00000000a004"
ANNA = "00000000-0000-0000-0000-00000000a005"
OWNERS = [*list(ANNOTATORS)[:3], None]  # None: spans from a tool, nobody's layer


def _collection(seed: int) -> dict[str, Any]:
    """A format-v1 dataset of 40 articles with spans of every kind of owner and origin."""
    rng = random.Random(seed)
    schemes = Schemes.defaults()
    types = [t.id for t in schemes.entity_types]
    statuses = [s.id for s in schemes.statuses]
    # Five entities named so that two tie on their count and are ordered by name.
    entities = [
        {"id": str(uuid.UUID(int=0xE000 + n)), "name": name, "type": "GPE", "aliases": [],
         "note": ""}
        for n, name in enumerate(["Izium", "Kharkiv", "Bakhmut", "Odesa", "Unmentioned"])
    ]  # fmt: skip
    articles = []
    for number in range(40):
        words = [f"word{number}x{i}" for i in range(30)]
        text = " ".join(words) + "\n"
        mentions, claims = [], []
        for i in range(rng.randrange(0, 6)):
            owner = rng.choice(OWNERS)
            origin = rng.choice(["manual", "manual", "suggestion", "import"])
            if rng.random() < 0.2:
                owner, origin = EDITOR, "adjudicated"
            start = text.index(words[i])
            entity = rng.choice([None, None, *[e["id"] for e in entities[:4]]])
            mentions.append(
                {"id": str(uuid.uuid4()), "start": start, "end": start + len(words[i]),
                 "quote": words[i], "type": rng.choice(types), "entity_id": entity,
                 "origin": origin, "created_by": owner, "created_at": STAMP}
            )  # fmt: skip
        for i in range(rng.randrange(0, 4)):
            owner = rng.choice(OWNERS)
            origin = "manual"
            if rng.random() < 0.2:
                owner, origin = EDITOR, "adjudicated"
            start = text.index(words[10 + i])
            url = rng.choice([None, "https://factcheck.example/" + str(number), ""])
            claims.append(
                {"id": str(uuid.uuid4()), "start": start, "end": start + len(words[10 + i]),
                 "quote": words[10 + i], "claim_reviewed": None,
                 "claimant": {"name": None, "entity_id": None}, "claim_date": None,
                 "status": rng.choice(statuses), "justification": "", "checkworthy": None,
                 "tags": [], "mention_ids": [], "evidence": [],
                 "review": {"url": url, "published_at": None},
                 "origin": origin, "created_by": owner, "created_at": STAMP,
                 "updated_at": STAMP}
            )  # fmt: skip
        article: dict[str, Any] = {
            "id": str(uuid.UUID(int=5000 + number)),
            "title": words[0],
            "text": text,
            "text_sha256": text_sha256(text),
            "source": f"case-{number}.txt",
            "url": None,
            "publisher": None,
            "authors": [],
            "published_at": None,
            "language": "und",
            "imported_at": f"2026-11-20T10:{number:02d}:00Z",
            "status": rng.choice(["todo", "in_progress", "done", "done"]),
            "mentions": mentions,
            "claims": claims,
        }
        finishers = [a for a in ANNOTATORS if a != EDITOR and rng.random() < 0.25]
        if finishers:
            article["finished_by"] = [{"annotator_id": a, "finished_at": STAMP} for a in finishers]
        articles.append(article)
    head = header(schemes, [], [], exported_at=STAMP)
    head["annotators"] = [{"id": key, "name": name} for key, name in ANNOTATORS.items()]
    head["entities"] = entities
    return {**head, "articles": articles}


def _counted_by_hand(document: dict[str, Any]) -> dict[str, Any]:
    """The statistics of a dataset, worked out row by row in Python."""
    schemes = Schemes.defaults()
    final = {s.id for s in schemes.statuses if s.final}
    articles = document["articles"]
    mentions = [m for a in articles for m in a["mentions"]]
    claims = [c for a in articles for c in a["claims"]]
    linked = Counter(m["entity_id"] for m in mentions if m["entity_id"])
    by_id = {e["id"]: e for e in document["entities"]}
    top = sorted(linked.items(), key=lambda item: (-item[1], by_id[item[0]]["name"], item[0]))
    progress: dict[str, dict[str, Any]] = {}

    def entry(annotator_id: str) -> dict[str, Any]:
        return progress.setdefault(
            annotator_id,
            {"id": annotator_id, "name": ANNOTATORS[annotator_id], "articles": 0,
             "articles_done": 0, "articles_finished": 0, "mentions": 0, "claims": 0},
        )  # fmt: skip

    for article in articles:
        owners = set()
        for kind in ("mentions", "claims"):
            for span in article[kind]:
                if span["created_by"] is not None and span["origin"] != "adjudicated":
                    entry(span["created_by"])[kind] += 1
                    owners.add(span["created_by"])
        for owner in owners:
            entry(owner)["articles"] += 1
            entry(owner)["articles_done"] += article["status"] == "done"
        for mark in article.get("finished_by", []):
            entry(mark["annotator_id"])["articles_finished"] += 1
    return {
        "articles": len(articles),
        "articles_by_status": {
            s: sum(a["status"] == s for a in articles) for s in ("todo", "in_progress", "done")
        },
        "mentions": len(mentions),
        "mentions_by_type": {
            t.id: sum(m["type"] == t.id for m in mentions) for t in schemes.entity_types
        },
        "claims": len(claims),
        "claims_by_status": {
            s.id: sum(c["status"] == s.id for c in claims) for s in schemes.statuses
        },
        "entities": len(document["entities"]),
        "annotators": len(ANNOTATORS),
        "top_entities": [
            {"id": key, "name": by_id[key]["name"], "type": by_id[key]["type"], "mentions": n}
            for key, n in top[:TOP_ENTITIES]
        ],
        "claims_final": sum(c["status"] in final for c in claims),
        "claims_publishable": sum(
            bool(c["status"] in final and (c["review"]["url"] or "").strip()) for c in claims
        ),
        "annotators_progress": sorted(progress.values(), key=lambda e: (e["name"], e["id"])),
        "known_fact_checks": 0,  # a dataset brings articles, never published fact-checks
    }


@pytest.mark.parametrize("seed", [1, 2])
def test_stats_are_the_figures_of_every_row_counted_by_hand(tmp_path: Path, seed: int) -> None:
    document = _collection(seed)
    expected = _counted_by_hand(document)
    assert expected["annotators_progress"] and expected["top_entities"]  # a real comparison
    assert any(e["id"] == ANNA and e["articles"] == 0 for e in expected["annotators_progress"])
    workspace = new_workspace(tmp_path / "data")
    try:
        report = workspace.import_paths([write_json(tmp_path / "c.json", document)])
        assert not report.refused, [r.line() for r in report.results]
        stats = workspace.stats().as_dict()
        ids = [a["id"] for a in document["articles"]]
        layers = workspace.article_layers(ids)
    finally:
        workspace.close()
    assert stats.pop("database")
    assert stats == expected
    assert {a: [asdict(layer) for layer in of] for a, of in layers.items()} == _layers_by_hand(
        document
    )


def _layers_by_hand(document: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Per article, who has spans of their own in it or marked it finished, and how many."""
    found: dict[str, list[dict[str, Any]]] = {}
    for article in document["articles"]:
        layers: dict[str, dict[str, Any]] = {}
        owners = [
            (kind, span["created_by"])
            for kind in ("mentions", "claims")
            for span in article[kind]
            if span["created_by"] is not None and span["origin"] != "adjudicated"
        ]
        marks = [(m["annotator_id"], m["finished_at"]) for m in article.get("finished_by", [])]
        for annotator_id in [owner for _, owner in owners] + [owner for owner, _ in marks]:
            layers.setdefault(
                annotator_id,
                {"id": annotator_id, "name": ANNOTATORS[annotator_id], "mentions": 0,
                 "claims": 0, "finished_at": None},
            )  # fmt: skip
        for kind, owner in owners:
            layers[owner][kind] += 1
        for owner, stamp in marks:
            layers[owner]["finished_at"] = stamp
        if layers:
            found[article["id"]] = sorted(layers.values(), key=lambda e: (e["name"], e["id"]))
    return found


def test_an_empty_collection_lists_every_scheme_entry_at_zero(tmp_path: Path) -> None:
    workspace = new_workspace(tmp_path / "data")
    try:
        stats = workspace.stats()
    finally:
        workspace.close()
    assert stats.articles == stats.mentions == stats.claims == stats.claims_final == 0
    assert stats.articles_by_status == {"todo": 0, "in_progress": 0, "done": 0}
    assert list(stats.claims_by_status) == [s.id for s in Schemes.defaults().statuses]
    assert set(stats.mentions_by_type.values()) == {0}
    assert stats.top_entities == [] and stats.annotators_progress == []
