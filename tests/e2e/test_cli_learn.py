"""``annotator learn``: a desk's own claims teach the suggestions, and the model travels in
the database."""

from __future__ import annotations

import json
import logging
import random
import sqlite3
import uuid
from pathlib import Path

import pytest

from annotator.domain.text import canonicalize, text_sha256
from annotator.storage.repositories.learning_repository import MODEL_KEY
from tests.helpers import dataset_document, write_json

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)

# This desk checks reports of strikes on places, worded plainly, with no figures and no
# attribution: the cue rules and the shipped model pass them by. Its other sentences carry
# figures that are not claims (times, page numbers of the live blog).
PLACES = ["the depot", "the bridge", "the rail yard", "the school", "the dam", "the port"]
TOWNS = ["Izium", "Kupiansk", "Balakliia", "Lyman", "Siversk", "Bakhmut", "Kherson"]
WEAPONS = ["Drones", "Shahed drones", "Glide bombs", "Cruise missiles", "Rockets"]
VERBS = ["hit", "destroyed", "struck", "damaged", "levelled"]
FILLERS = [
    "Updates to this page follow as the day goes on at {n}:00.",
    "Scroll down to entry {n} of the live page for the morning summary.",
    "Our correspondent will be back with more at {n}:30 tonight.",
    "Thanks for following along with us through part {n} of the day.",
    "We paused the live page for {n} minutes to check the sound.",
]


def claim_sentence(rng: random.Random) -> str:
    return (
        f"{rng.choice(WEAPONS)} {rng.choice(VERBS)} {rng.choice(PLACES)} "
        f"near {rng.choice(TOWNS)} overnight."
    )


def desk_dataset(articles: int, claims_per_article: int, seed: int = 7) -> dict:
    """Articles marked done, each with its strike reports annotated as claims."""
    rng = random.Random(seed)
    texts, spans = [], []
    for _ in range(articles):
        lines, marks = [], []
        offset = 0
        for i in range(claims_per_article * 2):
            if i % 2 == 0:
                line = claim_sentence(rng)
                marks.append((offset, offset + len(line)))
            else:
                line = rng.choice(FILLERS).format(n=rng.randint(2, 59))
            lines.append(line)
            offset += len(line) + 1
        texts.append("\n".join(lines))
        spans.append(marks)
    document = dataset_document(texts, annotate=False)
    for number, (article, marks) in enumerate(zip(document["articles"], spans, strict=True)):
        article["status"] = "done"
        text = article["text"]
        assert text == canonicalize(text) and article["text_sha256"] == text_sha256(text)
        for k, (start, end) in enumerate(marks):
            article["claims"].append(
                {
                    "id": str(uuid.UUID(int=10_000 + number * 100 + k)),
                    "start": start,
                    "end": end,
                    "quote": text[start:end],
                    "claim_reviewed": None,
                    "claimant": {"name": None, "entity_id": None},
                    "claim_date": None,
                    "status": "unverified",
                    "justification": "",
                    "checkworthy": None,
                    "tags": [],
                    "mention_ids": [],
                    "evidence": [],
                    "review": {"url": None, "published_at": None},
                    "created_by": "00000000-0000-0000-0000-0000000000aa",
                    "created_at": "2026-11-20T10:00:00Z",
                    "updated_at": "2026-11-20T10:00:00Z",
                }
            )
    return document


def new_article(folder: Path, text: str) -> Path:
    path = folder / "new-report.txt"
    path.write_text(text, encoding="utf-8")
    return path


def claims_suggested(run_cli, db: Path) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    result = run_cli("suggest", "--json", "--db", db)
    assert result.code == 0, result.err
    return {s["quote"]: s for s in json.loads(result.out) if s["kind"] == "claim"}


def test_learn_from_the_desks_claims_then_suggest_what_it_checks(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "desk.sqlite3"
    dataset = write_json(tmp_path / "desk.json", desk_dataset(articles=12, claims_per_article=6))
    assert run_cli("import", dataset, "--db", db).code == 0
    report = "Glide bombs damaged the rail yard near Siversk overnight."
    fresh = new_article(tmp_path, f"Morning summary.\n{report}\nMore at 9:30 tonight, stay tuned.")
    assert run_cli("import", fresh, "--db", db).code == 0
    assert report not in claims_suggested(run_cli, db)  # the shipped model passes it by

    result = run_cli("learn", "--json", "--db", db)

    assert result.code == 0, result.err
    quality = json.loads(result.out)
    assert quality["positives"] == 72 and quality["negatives"] == 72
    assert quality["before"]["model"] == "shipped" and quality["after"]["model"] == "learned"
    assert quality["after"]["average_precision"] > 0.95 > quality["before"]["average_precision"]
    assert quality["after"]["f1"] > quality["before"]["f1"]
    # learning starts from the shipped model and says what it kept of its general knowledge
    assert quality["starts_from"] == "shipped" and quality["folds"] == 5
    general = quality["general"]
    assert general["learned_average_precision"] > general["shipped_average_precision"] - 0.1
    suggested = claims_suggested(run_cli, db)
    assert report in suggested
    assert suggested[report]["reason"].startswith("model 0.")
    assert not any("More at 9:30" in quote for quote in suggested)

    text = run_cli("learn", "--db", db)  # again, as people read it
    assert text.code == 0
    assert "learned from 72 check-worthy and 72 other sentences" in text.out
    assert "before (learned model)" in text.out and "cross-validated" in text.out


@pytest.mark.sqlite_only(reason="edits the SQLite file behind the program's back")
def test_learn_with_too_few_claims_says_how_many_and_keeps_the_model(  # type: ignore[no-untyped-def]
    run_cli, tmp_path: Path
) -> None:
    db = tmp_path / "desk.sqlite3"
    dataset = write_json(tmp_path / "desk.json", desk_dataset(articles=12, claims_per_article=6))
    assert run_cli("import", dataset, "--db", db).code == 0
    assert run_cli("learn", "--db", db).code == 0
    with sqlite3.connect(db) as connection:
        (stored,) = connection.execute(
            "SELECT value FROM preferences WHERE key = ?", (MODEL_KEY,)
        ).fetchone()
    small = tmp_path / "small.sqlite3"
    few = write_json(tmp_path / "few.json", desk_dataset(articles=3, claims_per_article=4))
    assert run_cli("import", few, "--db", small).code == 0

    result = run_cli("learn", "--db", small)

    assert result.code == 2
    assert "12 check-worthy sentences" in result.err and "at least 50" in result.err
    assert result.out == ""
    with sqlite3.connect(small) as connection:
        rows = connection.execute("SELECT 1 FROM preferences WHERE key = ?", (MODEL_KEY,))
        assert rows.fetchall() == []
    # a database that has a model keeps it when a later learn finds too few examples
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE articles SET status = 'todo'")
        connection.execute("DELETE FROM claims WHERE rowid % 10 != 0")
    assert run_cli("learn", "--db", db).code == 2
    with sqlite3.connect(db) as connection:
        (kept,) = connection.execute(
            "SELECT value FROM preferences WHERE key = ?", (MODEL_KEY,)
        ).fetchone()
    assert kept == stored


@pytest.mark.sqlite_only(reason="edits the SQLite file behind the program's back")
def test_a_corrupt_stored_model_is_ignored_with_a_warning(run_cli, tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "desk.sqlite3"
    seeds = write_json(tmp_path / "one.json", desk_dataset(articles=1, claims_per_article=2))
    assert run_cli("import", seeds, "--db", db).code == 0
    report = "Rockets struck the port near Kherson overnight, officials said, killing 12 people."
    assert run_cli("import", new_article(tmp_path, report), "--db", db).code == 0
    shipped = claims_suggested(run_cli, db)[report]
    with sqlite3.connect(db) as connection:
        connection.execute(
            "INSERT INTO preferences (key, value) VALUES (?, ?)", (MODEL_KEY, '{"format": 1')
        )

    with caplog.at_level(logging.WARNING):
        again = claims_suggested(run_cli, db)[report]

    assert again == shipped
    assert "unreadable" in caplog.text and "shipped model" in caplog.text
    config = run_cli("config", "--db", db)
    assert config.code == 0 and MODEL_KEY not in config.out


def test_cancelled_learning_stores_nothing(tmp_path: Path) -> None:
    from annotator.services.suggestions.claim_model import LearningCancelled
    from tests.helpers import new_workspace

    workspace = new_workspace(tmp_path / "data")
    try:
        dataset = write_json(tmp_path / "desk.json", desk_dataset(12, 6))
        assert workspace.import_paths([dataset]).articles_added == 12
        models = workspace.suggestions.models
        steps: list[tuple[int, int]] = []
        with pytest.raises(LearningCancelled, match="model in use stays"):
            models.learn(lambda done, total: steps.append((done, total)), lambda: len(steps) >= 2)
        assert steps == [(1, 6), (2, 6)]
        assert models.current()[1] == "shipped"
        report = models.learn()
        assert models.current()[1] == "learned" and report.previous == "shipped"
    finally:
        workspace.close()
