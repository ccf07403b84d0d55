"""What a format module offers (protocols the type checker holds it to) and its list entry.

The entries themselves are the list in annotator/services/formats/registry.py.

``export(head, articles, stream, options) -> list[str]`` writes the dataset's plain values
(docs/design/dataset-format.md shapes) to a text stream and returns notes on what it could not
carry; ``detect(name, text) -> bool`` says whether a file is of its kind; ``read(text,
options)`` turns such a file into a format-v1 document and a list of notes on what was
dropped. A folder format (brat, INCEpTION) writes to a folder and reads its files.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Protocol, TextIO, cast

Document = dict[str, Any]  # plain values of format v1 (docs/design/dataset-format.md)
Options = dict[str, Any]  # "source": the file's or folder's name, for messages


class Exporter(Protocol):
    """A format written as one text file."""

    def export(
        self, head: Document, articles: Iterable[Document], stream: TextIO, options: Options
    ) -> list[str]: ...


class Importer(Protocol):
    """A format read from one text file."""

    def detect(self, name: str, text: str) -> bool: ...

    def read(self, text: str, options: Options) -> tuple[Document, list[str]]: ...


class FolderOut(Protocol):
    """Where a folder format writes: one text file at a time, by its name in the folder."""

    def write(self, name: str, text: str) -> None: ...


class FolderExporter(Protocol):
    """A format written as a folder of files."""

    def export(
        self, head: Document, articles: Iterable[Document], out: FolderOut, options: Options
    ) -> list[str]: ...


class FolderImporter(Protocol):
    """A format read from a folder: the files of these suffixes, by their path in it."""

    @property
    def FOLDER_SUFFIXES(self) -> tuple[str, ...]: ...  # noqa: N802 (a module's constant)

    def detect_folder(self, names: Iterable[str]) -> bool: ...

    def read_folder(
        self, files: dict[str, str], options: Options
    ) -> tuple[Document, list[str]]: ...


@dataclass(frozen=True, slots=True)
class FileFormat:
    name: str
    title: str  # what the window's file dialog calls it (said: the window translates it)
    extensions: tuple[str, ...]  # the first is the default one; all are accepted for export
    exports: bool
    imports: bool
    layout: str  # one line for the README table
    kept: str = ""  # what the mapping reads into the program's own fields
    carried: str = ""  # what it keeps as extra data and writes back to the same format
    left_out: str = ""  # what it leaves out (named in the import report or export notes)
    module: str | None = None  # services.formats module with export/detect/read; None: built in
    claims_only: bool = False
    folder: bool = False  # written as a folder of files (brat, INCEpTION)
    # Claims without an article: each is anchored in a stored article that holds its text,
    # else it becomes a short article of its own.
    claims_without_articles: bool = False

    def exporter(self) -> Exporter:
        return cast(Exporter, self._loaded(self.exports and not self.folder, "export"))

    def importer(self) -> Importer:
        return cast(Importer, self._loaded(self.imports and not self.folder, "detect", "read"))

    def folder_exporter(self) -> FolderExporter:
        return cast(FolderExporter, self._loaded(self.exports and self.folder, "export"))

    def folder_importer(self) -> FolderImporter:
        needs = ("FOLDER_SUFFIXES", "detect_folder", "read_folder")
        return cast(FolderImporter, self._loaded(self.imports and self.folder, *needs))

    def extra(self, name: str) -> Any:
        """An optional part of the module (``companion``, ``check_available``), or None."""
        return None if self.module is None else getattr(self._module(), name, None)

    def _loaded(self, promised: bool, *names: str) -> ModuleType:
        """The module, loaded when first asked for (the CLI starts without the peers'
        libraries), once this entry promises what is asked and the module has it. Which
        module fits which protocol the type checker sees in the list at the end."""
        if not promised or self.module is None:
            raise TypeError(f"the {self.name} format does not offer that")
        module = self._module()
        missing = [n for n in names if not hasattr(module, n)]
        if missing:
            raise TypeError(f"{module.__name__} lacks {', '.join(missing)}")
        return module

    def _module(self) -> ModuleType:
        return importlib.import_module(f"annotator.services.formats.{self.module}")
