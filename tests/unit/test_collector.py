"""The collector's pause (domain/speed/collector.py): the program always gets the collector back as
it was. That storing an import pauses it and collects between batches is in
test_import_fast_paths.py."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.domain.speed.collector import collect_young, collection_paused


@pytest.fixture(autouse=True)
def _collector_restored() -> Iterator[None]:
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_the_collector_is_off_inside_and_back_after() -> None:
    gc.enable()
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_comes_back_after_an_error() -> None:
    gc.enable()
    with pytest.raises(KeyError), collection_paused():
        raise KeyError("refused")
    assert gc.isenabled()


def test_a_pause_inside_another_leaves_it_off_until_the_outer_one_ends() -> None:
    gc.enable()
    with collection_paused():
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_someone_turned_off_stays_off() -> None:
    gc.disable()
    with collection_paused():
        pass
    assert not gc.isenabled()


def test_a_young_collection_frees_a_cycle_made_during_a_pause() -> None:
    class Node:
        partner: object = None

    gc.enable()
    with collection_paused():
        a, b = Node(), Node()
        a.partner, b.partner = b, a
        del a, b
        before = sum(isinstance(o, Node) for o in gc.get_objects())
        collect_young()
        after = sum(isinstance(o, Node) for o in gc.get_objects())
    assert (before, after) == (2, 0)


def test_a_command_keeps_its_modules_out_of_collections_but_not_in_a_caller_that_goes_on(
    tmp_path: Path,
) -> None:
    """As the program, ``annotator import`` ends with what its storage loaded frozen (out of
    every later collection, the last one as the process ends too); called by a program that
    goes on (a test, a script: ``main(argv)``), it leaves nothing frozen."""
    import subprocess
    import sys

    from annotator.__main__ import main

    db = tmp_path / "collection.sqlite3"
    article = tmp_path / "article.txt"
    article.write_text("The mayor said 40 schools reopened.", encoding="utf-8")
    command = ["--data-dir", str(tmp_path), "--db", str(db), "import", str(article)]
    assert main(command) == 0
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()
    program = (
        "import gc, sys\n"
        "from annotator.__main__ import main\n"
        f"sys.argv = ['annotator', *{command!r}]\n"
        "code = main()\n"
        "print(gc.get_freeze_count(), gc.isenabled(), code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, timeout=120
    )
    frozen, enabled, code = done.stdout.split()[-3:]
    assert int(frozen) > 10_000 and enabled == "True" and code == "0"
