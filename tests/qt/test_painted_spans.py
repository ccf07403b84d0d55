"""The spans the article view paints are made by one function, for one new annotation or a
whole article at once: painting each annotation alone gives exactly what painting them all
together gives (colours, tooltips, owners' outlines, offsets)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from annotator.domain.models import Claim, Claimant, Mention
from annotator.ui.article.article_view_binding import painted
from tests.qt.user_steps import OpenWindow


def test_one_annotation_is_painted_as_the_whole_article_paints_it(
    open_window: OpenWindow, tmp_path: Path
) -> None:
    window = open_window(tmp_path / "data")
    document = window.controller.document  # the first demo article, opened at start
    assert document is not None
    article_id = document.article.id
    text = document.article.text
    statuses = [s.id for s in window.controller.schemes.statuses]
    types = [t.id for t in window.controller.schemes.entity_types]
    # Every type and status (and a type the schemes lack), with and without a claimant, some
    # of them someone else's.
    annotations: list[Mention | Claim] = [*document.mentions, *document.claims]
    for n, status in enumerate(statuses):
        annotations.append(
            Claim(f"c{n}", article_id, n, n + 5, text[n : n + 5], status=status,
                  claimant=Claimant("Rogov" if n % 2 else None), created_by=f"who{n % 3}")
        )  # fmt: skip
    for n, entity_type in enumerate([*types, "unknown-type"]):
        annotations.append(
            Mention(f"m{n}", article_id, n, n + 3, text[n : n + 3], entity_type,
                    created_by=f"who{n % 3}")
        )  # fmt: skip
    annotations.append(dataclasses.replace(annotations[-1], id="m-unknown-status"))

    def owner(annotation: Mention | Claim) -> str:
        return "Kateryna" if annotation.created_by == "who1" else ""

    schemes, view = window.controller.schemes, window.view
    together = painted(annotations, schemes, view, owner)
    alone = [painted([a], schemes, view, owner)[0] for a in annotations]
    assert alone == together
    assert len({span.tooltip for span in together}) > len(statuses) + len(types)
    someone_elses = next(s for a, s in zip(annotations, together, strict=True) if owner(a))
    assert someone_elses.outline is not None and "Kateryna" in someone_elses.tooltip
