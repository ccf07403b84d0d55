"""The checks of a dataset's records that its JSON Schema cannot express, one record at a
time (services/importing/dataset_records.py)."""

from __future__ import annotations

import pytest

from annotator.domain.errors import InputRefused
from annotator.domain.models import Article, Claim, Evidence, Mention
from annotator.services.importing.dataset_records import DatasetArticle, check_unique_entry


def test_an_id_used_twice_is_named_first_in_file_order_and_kinds_may_share_one() -> None:
    def entry(article: str, mentions: list[str], claims: dict[str, list[str]]) -> DatasetArticle:
        return entry_of(article, mentions, list(claims.items()))

    def entry_of(
        article: str, mentions: list[str], claims: list[tuple[str, list[str]]]
    ) -> DatasetArticle:
        return DatasetArticle(
            Article(article, "T", "text", "h", "s"),
            [Mention(m, article, 0, 1, "t", "PERSON") for m in mentions],
            [
                Claim(c, article, 0, 1, "t", evidence=[Evidence(e) for e in found])
                for c, found in claims
            ],
        )

    # In a file's first article (no id of a later kind seen yet)
    with pytest.raises(InputRefused, match="id d is used twice"):
        check_unique_entry(entry("a1", ["d", "d"], {"c": ["e"]}), {})
    with pytest.raises(InputRefused, match="id c is used twice"):
        check_unique_entry(entry_of("a1", [], [("c", ["e"]), ("c", [])]), {})
    seen: dict[str, set[str]] = {}
    # One id for an article, a mention, a claim and a piece of evidence: one table each.
    check_unique_entry(entry("x", ["x", "m1"], {"x": ["x"], "c1": []}), seen)
    check_unique_entry(entry("a2", ["m2"], {"c2": ["e2"]}), seen)
    assert seen == {
        "article": {"x", "a2"},
        "mention": {"x", "m1", "m2"},
        "claim": {"x", "c1", "c2"},
        "evidence": {"x", "e2"},
    }
    refusals = [
        (entry("a3", ["m3", "m3"], {}), "id m3 is used twice (mention and mention)"),
        (entry("a3", ["m1"], {}), "id m1 is used twice (mention and mention)"),
        (entry("a2", [], {}), "id a2 is used twice (article and article)"),
        # the first in file order: claim c9's evidence e2 comes before claim c1
        (entry("a3", [], {"c9": ["e2"], "c1": []}), "id e2 is used twice (evidence and evidence)"),
    ]
    for refused, message in refusals:
        before = {kind: set(ids) for kind, ids in seen.items()}
        with pytest.raises(InputRefused) as raised:
            check_unique_entry(refused, seen)
        assert str(raised.value) == message
        assert seen == before  # a refused article adds none of its ids
