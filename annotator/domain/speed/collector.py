"""The cycle collector paused while many long-lived objects are made: the one place the
program turns it off.

Opening an article makes thousands of records and painted spans that all live on; an import
makes hundreds of thousands of dicts and records per batch. Every few hundred new objects set
off a collection that walks them again and finds nothing to free: about 100 ms of each open
of a long article, an eighth of importing our own export. So those paths make their objects
inside ``collection_paused()``, and a long one runs ``collect_young()`` between its batches,
when the last batch is gone, so that memory stays bounded. The window's start-up (its modules'
import, the window) is such a path too: two hundred collections, a tenth of its time, found
nothing to free; it ends with ``keep_for_good()``.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused() -> Iterator[None]:
    """The collector off inside the block and back as it was after, whatever happens. A
    pause inside another leaves it off until the outer one ends."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def keep_for_good() -> None:
    """What start-up made (modules, classes, the first window) lives as long as the program:
    moved out of the collector's sight, so that later collections walk only what came after
    (gc.freeze). A cycle made before it is never freed: start-up makes few, and once."""
    gc.freeze()


def collect_again() -> None:
    """Undo ``keep_for_good``: what it kept is walked by collections again. For a command run
    inside a longer-lived program (a test, a script calling ``main``), whose objects must not
    stay out of the collector's sight after the command."""
    gc.unfreeze()


def collect_young() -> None:
    """Free the cycles the objects made since the last collection left (the young generations
    only: what lived on before was walked already)."""
    gc.collect(1)
