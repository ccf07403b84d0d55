"""The writer process of test_durability: single-action transactions, each acknowledged.

    python tests/e2e/durability_writer.py DB RUN COUNT

Opens DB with our own storage code (open_database: checks, migrations, pragmas; then the
default schemes), and performs COUNT user actions, one transaction each, cycling through

    step % 3 == 0   a new article         (ArticleRepository.add_many, with its FTS5 triggers)
    step % 3 == 1   a mention on it       (AnnotationRepository.add_mentions)
    step % 3 == 2   a claim on it, linked to that mention, with one piece of evidence
                    (AnnotationRepository.add_claims: three tables in one transaction)

After each commit has returned, it prints ``<kind> <id>`` and flushes: that line is the
acknowledgement, the moment the window would show the action as done. Ids are UUID-shaped and
derived from RUN and step (``run_of``/``step_of`` read them back), so the test can tell which
actions of a run reached the file and that they form an unbroken prefix.
"""

from __future__ import annotations

import sys
from pathlib import Path

from annotator.domain.models import Article, Claim, Claimant, Evidence, Mention, Stance
from annotator.domain.text import text_sha256, validate_span
from annotator.domain.timestamps import now_timestamp
from annotator.storage.database import open_database
from annotator.storage.repositories.annotation_repository import AnnotationRepository
from annotator.storage.repositories.article_repository import ArticleRepository
from annotator.storage.repositories.catalog_repository import SchemeRepository

KINDS = ("article", "mention", "claim")


def action_id(run: int, step: int, variant: int = 8) -> str:
    """A UUID-shaped id that names its run and step (variant 9: the claim's evidence)."""
    return f"{run:08x}-0000-4000-{variant}000-{step:012x}"


def run_of(identifier: str) -> int:
    return int(identifier[:8], 16)


def step_of(identifier: str) -> int:
    return int(identifier[-12:], 16)


def run_token(run: int) -> str:
    """A word only this run's articles contain (for the full-text index check)."""
    return f"durabilityrun{run}x"


def article_text(run: int, step: int) -> str:
    # Non-BMP characters, Cyrillic and a CRLF-free canonical text, like a real import.
    return (
        f"Run {run}, action {step}: battle report {run_token(run)}\n\n"
        "A Russian military official, identified only as Rogov, said that more than ten "
        "members of the National Guard were reportedly eliminated near Izium (Изюм) 🛰️.\n"
        "The 3rd Separate Storm Brigade said the figures are unverified. Leave a Reply 😀\n"
        f"Source link {run}-{step}"
    )


def main(argv: list[str]) -> int:
    db_path, run, count = Path(argv[0]), int(argv[1]), int(argv[2])
    print("opening", flush=True)  # start-up is over; open_database may create and migrate
    database = open_database(db_path)
    with database.transaction() as session:
        SchemeRepository(session).ensure_defaults()
    print("ready", flush=True)  # not an acknowledgement: the database is open

    article: Article | None = None
    mention: Mention | None = None
    for step in range(count):
        kind = KINDS[step % 3]
        identifier = action_id(run, step)
        stamp = now_timestamp()
        with database.transaction() as session:
            if kind == "article":
                text = article_text(run, step)
                article = Article(
                    id=identifier,
                    title=f"Battle report {run}-{step}",
                    text=text,
                    text_sha256=text_sha256(text),
                    source=f"durability-{run}-{step}.txt",
                    language="en",
                    imported_at=stamp,
                )
                ArticleRepository(session).add_many([article])
            elif kind == "mention":
                assert article is not None
                start = article.text.index("Izium")
                mention = Mention(
                    id=identifier,
                    article_id=article.id,
                    start=start,
                    end=start + len("Izium"),
                    quote="Izium",
                    type="GPE",
                    created_at=stamp,
                )
                validate_span(article.text, mention.start, mention.end, mention.quote)
                AnnotationRepository(session).add_mentions([mention])
            else:
                assert article is not None and mention is not None
                quote = "more than ten members of the National Guard were reportedly eliminated"
                start = article.text.index(quote)
                claim = Claim(
                    id=identifier,
                    article_id=article.id,
                    start=start,
                    end=start + len(quote),
                    quote=quote,
                    claimant=Claimant(name="Rogov"),
                    tags=["casualties"],
                    mention_ids=[mention.id],
                    evidence=[
                        Evidence(
                            id=action_id(run, step, 9),
                            url="https://example.org/",
                            title="Unit statement",
                            stance=Stance.NEUTRAL,
                        )
                    ],
                    created_at=stamp,
                    updated_at=stamp,
                )
                validate_span(article.text, claim.start, claim.end, claim.quote)
                AnnotationRepository(session).add_claims([claim])
        # The commit has returned: acknowledge.
        print(f"{kind} {identifier}", flush=True)
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
