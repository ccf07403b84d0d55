"""Functions written as Python source and compiled once: the one place the program runs ``exec``.

The bulk paths convert every record of an import or an export (10,000 articles, 100,000
spans) and read an article's 5,000 spans on every open. A function with one expression per
field runs at the speed of a hand-written dict literal; a loop over the fields per record cost
several times as much. So the callers describe what to convert in plain code (a record's
fields in ``domain.records``, a table's columns in ``storage.repositories.repository_base``)
and write that description here as one expression, once per record class or statement, as
``dataclasses`` itself writes ``__init__``.

What goes in is built from names the callers chose (field and column names, which are
identifiers of our own), never from a file's content; every other object the expression needs
is bound by ``bind``, never spelled into the source.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any


class FunctionSource:
    """One function being written: ``def <name>(<arguments>): return <expression>``."""

    def __init__(self, name: str) -> None:
        if not name.isidentifier():
            raise ValueError(f"not a function name: {name!r}")
        self.name = name
        # The function's globals. A plain dict: a dict subclass as globals slows every global
        # lookup the function makes.
        self.globals: dict[str, Any] = {}

    def bind(self, value: object) -> str:
        """A fresh global name of the function, holding ``value``, for use in the expression."""
        name = f"_v{len(self.globals)}"
        self.globals[name] = value
        return name

    def compiled(self, arguments: Sequence[str], expression: str) -> Callable[..., Any]:
        """The function returning ``expression`` of ``arguments`` and the bound values."""
        bad = [a for a in arguments if not a.isidentifier()]
        if bad:
            raise ValueError(f"not argument names: {', '.join(bad)}")
        source = f"def {self.name}({', '.join(arguments)}):\n    return {expression}\n"
        exec(compile(source, f"<generated {self.name}>", "exec"), self.globals)
        function: Callable[..., Any] = self.globals.pop(self.name)
        function.__doc__ = source  # what was compiled, for a reader in a debugger
        return function
