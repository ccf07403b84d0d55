"""The collector's pause (domain/speed/collector.py): the program always gets the collector back as
it was. That storing an import pauses it and collects between batches is in
test_import_fast_paths.py."""

from __future__ import annotations

import gc
from collections.abc import Iterator

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
