"""Merge: two annotators' exports of the seeds, made on two machines, into one collection."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.services.importing.import_report import Outcome
from annotator.services.workspace import Workspace
from tests.helpers import exported, new_workspace, write_json

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)


def annotate_seeds_as(folder: Path, name: str, words: list[str]) -> Path:
    """One machine: the seeds imported on their own, ``name`` marks the words as GPE mentions
    and the first sentence of each article as a claim, then exports."""
    workspace = new_workspace(folder / name, demo=True)
    try:
        me = workspace.annotations.annotator(None, name)
        items = []
        for summary in workspace.article_summaries(0, 100):
            article = workspace.annotations.open_article(summary.id).article
            for word in words:
                start = article.text.find(word)
                if start >= 0:
                    items.append(
                        workspace.annotations.new_mention(
                            article, start, start + len(word), "GPE", me.id
                        )
                    )
            end = article.text.find(".") + 1
            if end > 0:
                items.append(workspace.annotations.new_claim(article, 0, end, me.id))
        workspace.annotations.add_annotations(items)
        target = folder / f"{name}.json"
        workspace.export(target)
        return target
    finally:
        workspace.close()


def test_two_annotators_exports_of_the_seeds_merge_into_one_collection(tmp_path: Path) -> None:
    olena = annotate_seeds_as(tmp_path, "Olena", ["Izium", "Kharkiv"])
    petro = annotate_seeds_as(tmp_path, "Petro", ["Izium", "Kupiansk", "Ukraine"])
    olena_ids = {a["id"] for a in json.loads(olena.read_text(encoding="utf-8"))["articles"]}

    workspace: Workspace = new_workspace(tmp_path / "editor")
    try:
        first, second = workspace.import_paths([olena, petro]).results
        assert first.outcome is Outcome.IMPORTED and first.articles == 5
        assert second.outcome is Outcome.IMPORTED and second.articles == 0
        # Petro's machine gave the seeds other ids: each merge is named in the report.
        assert second.reason.count("merged into existing article") == 5
        assert all(article_id in second.reason for article_id in olena_ids)

        merged = exported(workspace, tmp_path)
        assert {a["id"] for a in merged["articles"]} == olena_ids
        assert sorted(a["name"] for a in merged["annotators"]) == ["Olena", "Petro"]
        names = {a["id"]: a["name"] for a in merged["annotators"]}
        by_author = {"Olena": 0, "Petro": 0}
        for article in merged["articles"]:
            for span in [*article["mentions"], *article["claims"]]:
                by_author[names[span["created_by"]]] += 1
                assert article["text"][span["start"] : span["end"]] == span["quote"]
        exported_counts = {}
        for name, path in (("Olena", olena), ("Petro", petro)):
            document = json.loads(path.read_text(encoding="utf-8"))
            exported_counts[name] = sum(
                len(a["mentions"]) + len(a["claims"]) for a in document["articles"]
            )
        assert by_author == exported_counts

        # Idempotent: the same two files again add nothing.
        again = workspace.import_paths([olena, petro]).results
        assert [r.outcome for r in again] == [Outcome.DUPLICATE, Outcome.DUPLICATE]
        after = exported(workspace, tmp_path, "again.json")
        merged.pop("exported_at"), after.pop("exported_at")
        assert after == merged
    finally:
        workspace.close()


def test_a_span_id_with_different_content_refuses_the_whole_file(tmp_path: Path) -> None:
    olena = annotate_seeds_as(tmp_path, "Olena", ["Izium"])
    document = json.loads(olena.read_text(encoding="utf-8"))
    workspace = new_workspace(tmp_path / "editor")
    try:
        workspace.import_paths([olena])
        before = exported(workspace, tmp_path, "before.json")
        tampered = next(a for a in document["articles"] if a["mentions"])
        tampered["claims"].append(
            {**tampered["claims"][0], "id": "00000000-0000-0000-0000-00000000c0de"}
        )
        mention = tampered["mentions"][0]
        first_word = tampered["text"].split()[0]
        mention.update(start=0, end=len(first_word), quote=first_word)
        (result,) = workspace.import_paths([write_json(tmp_path / "other.json", document)]).results
        assert result.outcome is Outcome.REFUSED
        assert f"mention {mention['id']} is already stored with different content" in result.reason
        after = exported(workspace, tmp_path, "after.json")
        before.pop("exported_at"), after.pop("exported_at")
        assert after == before  # the new claim of that file was not imported either
    finally:
        workspace.close()
