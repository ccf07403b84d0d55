"""How good are the offline suggestions? On real benchmarks, and against a hand-made gold set.

    .venv/bin/python benchmarks/eval_suggestions.py [--threshold T] [--rules] [--verbose]
        [--gold-only] [--data DIR]

First the claim suggestions on real material (checkworthiness_benchmarks.py): ClaimBuster
test F1 and the CheckThat! 2019 debates (MAP, R-precision, P@10) beside the baselines (random,
length only, cue rules alone), the shipped model, models learned leaving debates out, and the
best published MAP. Then the gold set, scored as suggestions score (the shipped model and the
cues; ``--rules`` for the cue rules alone).

The gold set (benchmarks/gold/, rules in its README.md) holds the check-worthy claims of the
five seed articles, on which the cue rules were tuned, and of held-out articles that were never
used for tuning; the two are reported separately. The whole path is measured: the articles are
imported into a fresh database, the entities created, and ``SuggestionService.for_all()`` asked.

A claim candidate matches a gold claim when their spans overlap by at least half of the
shorter one. Recall: gold claims matched by some candidate. Precision: candidates matching some
gold claim. Mention propagation is measured on the seeds with the entities of mentions.json:
a suggested mention is correct when its span and entity are listed there.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import regex

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from checkworthiness_benchmarks import real_benchmarks  # noqa: E402

from annotator.domain.models import Entity  # noqa: E402
from annotator.paths import resolve_paths  # noqa: E402
from annotator.services.suggestions.suggestion_service import (  # noqa: E402
    CLAIM,
    MENTION,
    Suggestion,
    SuggestionService,
)
from annotator.services.workspace import Workspace, open_workspace  # noqa: E402
from annotator.storage.repositories.article_repository import ArticleRepository  # noqa: E402
from annotator.storage.repositories.catalog_repository import EntityRepository  # noqa: E402

GOLD = REPO / "benchmarks" / "gold"
DATA = Path("/work/shared/data/checkworthiness")
Span = tuple[int, int]


def overlaps(a: Span, b: Span) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared >= 0.5 * min(a[1] - a[0], b[1] - b[0])


def whole_word_occurrences(text: str, quote: str) -> list[Span]:
    pattern = regex.compile(
        r"(?<![\p{L}\p{M}\p{N}_])" + regex.escape(quote) + r"(?![\p{L}\p{M}\p{N}_])"
    )
    return [m.span() for m in pattern.finditer(text)]


def load_workspace(folder: Path, files: list[Path], entities: list[dict]) -> Workspace:
    paths = resolve_paths(data_dir=folder)
    paths.ensure()
    workspace = open_workspace(paths)
    report = workspace.import_paths(files)
    if report.refused:
        raise SystemExit(f"gold articles were refused: {[r.line() for r in report.results]}")
    with workspace.database.transaction() as session:
        EntityRepository(session).add_many(
            Entity(f"entity-{i:02d}", e["name"], e["type"], e["aliases"])
            for i, e in enumerate(entities)
        )
    return workspace


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "–"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--threshold", type=float, default=None)
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses and extras")
    parser.add_argument(
        "--rules", action="store_true", help="gold set with the cue rules alone (no model)"
    )
    parser.add_argument(
        "--data", type=Path, default=DATA, help="folder of ClaimBuster and CheckThat! files"
    )
    parser.add_argument("--gold-only", action="store_true", help="skip the real benchmarks")
    args = parser.parse_args()
    if not args.gold_only:
        real_benchmarks(args.data)

    claims_gold = json.loads((GOLD / "claims.json").read_text(encoding="utf-8"))
    mentions_gold = json.loads((GOLD / "mentions.json").read_text(encoding="utf-8"))
    files = [REPO / a["file"] for a in claims_gold["articles"]]
    with tempfile.TemporaryDirectory(prefix="eval-suggestions-") as folder:
        workspace = load_workspace(Path(folder), files, mentions_gold["entities"])
        try:
            with workspace.database.reading() as session:
                articles = ArticleRepository(session)
                summaries = articles.summaries()
                by_source = {s.source: articles.get(s.id) for s in summaries}
            service = SuggestionService(
                workspace.database, threshold=args.threshold, use_model=not args.rules
            )
            found: dict[str, list[Suggestion]] = defaultdict(list)
            for suggestion in service.for_all():
                found[suggestion.article_id].append(suggestion)
        finally:
            workspace.close()
    entity_names = {f"entity-{i:02d}": e["name"] for i, e in enumerate(mentions_gold["entities"])}

    scoring = "cue rules alone" if args.rules else "shipped model and cues"
    print(
        f"Gold set, {scoring} (threshold {args.threshold or 'default'}; "
        "a match overlaps ≥ 50% of the shorter)"
    )
    print(f"{'set':<13}{'articles':>9}{'gold':>6}{'suggested':>11}{'recall':>8}{'precision':>11}")
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])  # n, gold, sugg, hit, ok
    for entry in claims_gold["articles"]:
        article = by_source[Path(entry["file"]).name]
        assert article is not None
        gold = []
        for quote in entry["claims"]:
            start = article.text.index(quote)
            gold.append((start, start + len(quote)))
        candidates = [(s.start, s.end) for s in found[article.id] if s.kind == CLAIM]
        hit = [g for g in gold if any(overlaps(g, c) for c in candidates)]
        right = [c for c in candidates if any(overlaps(g, c) for g in gold)]
        for key in (entry["set"], "overall"):
            row = totals[key]
            for i, value in enumerate((1, len(gold), len(candidates), len(hit), len(right))):
                row[i] += value
        if args.verbose:
            print(
                f"  {entry['file']}: recall {ratio(len(hit), len(gold))}, "
                f"precision {ratio(len(right), len(candidates))}"
            )
            for g in gold:
                if g not in hit:
                    print(f"    missed: {article.text[g[0] : g[1]][:90]}")
            for s in found[article.id]:
                if s.kind == CLAIM and (s.start, s.end) not in right:
                    print(f"    extra:  {s.quote[:90]}  ({s.score}: {s.reason})")
    # Every set in the order of the file (seeds, held-out, held-out-uk, held-out-ru), then all.
    for key in [*dict.fromkeys(entry["set"] for entry in claims_gold["articles"]), "overall"]:
        n, gold_count, suggested, hit_count, right_count = totals[key]
        print(
            f"{key:<13}{n:>9}{gold_count:>6}{suggested:>11}"
            f"{ratio(hit_count, gold_count):>8}{ratio(right_count, suggested):>11}"
        )

    expected: set[tuple[str, Span, str]] = set()
    for entry in mentions_gold["articles"]:
        article = by_source[Path(entry["file"]).name]
        assert article is not None
        for mention in entry["mentions"]:
            span = whole_word_occurrences(article.text, mention["quote"])[mention["occurrence"]]
            expected.add((article.id, span, mention["entity"]))
    seed_ids = {by_source[Path(e["file"]).name].id for e in mentions_gold["articles"]}  # type: ignore[union-attr]
    suggested = {
        (s.article_id, (s.start, s.end), entity_names[s.entity_id or ""])
        for i in seed_ids
        for s in found[i]
        if s.kind == MENTION
    }
    correct = suggested & expected
    print()
    print(
        f"Mention propagation on the seeds ({len(mentions_gold['entities'])} entities, "
        f"names and aliases)"
    )
    print(
        f"suggested {len(suggested)}, correct {len(correct)}: "
        f"precision {ratio(len(correct), len(suggested))}; "
        f"gold mentions {len(expected)}, found {len(expected & suggested)}: "
        f"recall {ratio(len(expected & suggested), len(expected))}"
    )
    if args.verbose:
        for article_id, span, entity in sorted(suggested - expected):
            text = next(a.text for a in by_source.values() if a and a.id == article_id)
            print(
                f"    wrong:  {text[span[0] : span[1]]!r} as {entity}: "
                f"…{text[max(0, span[0] - 30) : span[1] + 20]!r}"
            )
        for article_id, span, entity in sorted(expected - suggested):
            text = next(a.text for a in by_source.values() if a and a.id == article_id)
            print(f"    missed: {text[span[0] : span[1]]!r} ({entity})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
