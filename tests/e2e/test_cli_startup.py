"""A command loads what it needs: `annotator --version` not even SQLAlchemy,
`stats` and `suggest` SQLAlchemy but neither Alembic (and its mako and pygments) nor jsonschema;
`stats` not even the ORM (``sqlalchemy.orm``): it counts on a Core connection.

Each command runs in a fresh interpreter, through the real entry point, inside a small wrapper
that prints afterwards which of those libraries ended up in ``sys.modules``. A command that
does need one (refusing a JSON dataset words the reason with jsonschema, upgrading an old
database needs Alembic) shows that the wrapper sees them; a dataset that passes its schema
check loads no jsonschema (the compiled validator decides).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from annotator.storage import migrate
from tests.conftest import SEEDS

HEAVY = ("alembic", "mako", "pygments", "jsonschema")
WATCHED = (*HEAVY, "sqlalchemy", "sqlalchemy.orm")

WRAPPER = f"""
import json, sys
from annotator.__main__ import main
try:
    code = main(sys.argv[1:])
except SystemExit as stop:  # argparse's --version and usage errors
    code = stop.code
loaded = [name for name in {WATCHED!r} if name in sys.modules]
print("LOADED " + json.dumps(loaded), file=sys.stderr)
sys.exit(code)
"""


def run_watched(*args: str | Path) -> tuple[int, str, list[str]]:
    """Exit code, stdout and the watched libraries loaded by ``annotator ARGS``."""
    done = subprocess.run(
        [sys.executable, "-c", WRAPPER, *[str(a) for a in args]],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ.copy(),
        check=False,
    )
    marker = [line for line in done.stderr.splitlines() if line.startswith("LOADED ")]
    assert marker, done.stderr
    return done.returncode, done.stdout, json.loads(marker[-1].removeprefix("LOADED "))


def seeded(run_cli, folder: Path) -> Path:  # type: ignore[no-untyped-def]
    db = folder / "seeds.sqlite3"
    assert run_cli("import", SEEDS, "--db", db).code == 0
    return db


def test_version_loads_neither_the_database_libraries_nor_the_formats(tmp_path: Path) -> None:
    for args in (["--version"], ["--data-dir", str(tmp_path / "d"), "--version"]):
        code, out, loaded = run_watched(*args)
        assert (code, loaded) == (0, []), args
        assert out.startswith("annotator "), args


def test_stats_on_an_up_to_date_database_loads_no_orm_no_alembic_and_no_jsonschema(
    run_cli, db_target: str
) -> None:  # type: ignore[no-untyped-def]
    db = db_target  # a file, and a team database on PostgreSQL (one query for its revision)
    assert run_cli("import", SEEDS, "--db", db).code == 0
    code, out, loaded = run_watched("stats", "--json", "--db", db)
    assert code == 0
    assert json.loads(out)["articles"] == 5
    assert loaded == ["sqlalchemy"]
    code, out, loaded = run_watched("stats", "--db", db)
    assert (code, loaded) == (0, ["sqlalchemy"])
    assert "Articles" in out


def test_stats_after_an_unclean_close_and_check_load_no_orm_either(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = seeded(run_cli, tmp_path)
    Path(f"{db}-open").touch()  # as after a crash: this open checks the pages first
    code, out, loaded = run_watched("stats", "--json", "--db", db)
    assert (code, json.loads(out)["articles"], loaded) == (0, 5, ["sqlalchemy"])
    assert not Path(f"{db}-open").exists()  # closed cleanly: the next open skips the check
    code, out, loaded = run_watched("check", "--db", db)
    assert (code, loaded) == (0, ["sqlalchemy"])
    assert out.strip().endswith(": ok")


def test_suggest_loads_no_alembic_and_no_jsonschema(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = seeded(run_cli, tmp_path)
    code, out, loaded = run_watched("suggest", "--json", "--db", db)
    assert code == 0
    assert any(item["kind"] == "claim" for item in json.loads(out))
    assert loaded == ["sqlalchemy", "sqlalchemy.orm"]  # its repositories speak ORM sessions


def test_the_watch_sees_what_a_command_does_need(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = seeded(run_cli, tmp_path)
    dataset = tmp_path / "all.json"
    assert run_cli("export", "-o", dataset, "--db", db).code == 0
    code, _out, loaded = run_watched("import", dataset, "--db", tmp_path / "other.sqlite3")
    assert code == 0
    assert "jsonschema" not in loaded  # a dataset that passes: the compiled validator alone

    document = json.loads(dataset.read_text(encoding="utf-8"))
    document["articles"][0]["status"] = "half done"  # not a status the schema knows
    refused = tmp_path / "refused.json"
    refused.write_text(json.dumps(document), encoding="utf-8")
    code, _out, loaded = run_watched("import", refused, "--db", tmp_path / "third.sqlite3")
    assert code == 1
    assert "jsonschema" in loaded  # the refusal's reason is worded by jsonschema, only now

    old = tmp_path / "old.sqlite3"
    migrate.upgrade(old, "0001")
    code, _out, loaded = run_watched("stats", "--db", old)
    assert code == 0
    assert "alembic" in loaded  # an older revision is upgraded: Alembic, only now


def test_the_parsers_status_choices_are_the_article_statuses() -> None:
    from annotator.cli_team import STATUSES
    from annotator.domain.models import ArticleStatus

    assert tuple(status.value for status in ArticleStatus) == STATUSES
