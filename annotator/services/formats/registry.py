"""The one list of formats: the CLI choices, the window's export filters and the README table.

A format module (``doccano``, ``labelstudio``, ``w3c``…) has the same small interface, the
protocols below: ``export(head, articles, stream, options) -> list[str]`` writes the dataset's
plain values (docs/design/dataset-format.md shapes) to a text stream and returns notes on what
it could not carry; ``detect(name, text) -> bool`` says whether a file is of its kind;
``read(text, options)`` turns such a file into a format-v1 document and a list of notes on
what was dropped. A folder format (brat, INCEpTION) writes to a folder and reads its files.
Adding a format is adding a module and one entry below (and its name in the checked list at
the end, so that the type checker holds the module to its protocols).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol, TextIO, cast

from annotator.domain.errors import AnnotatorError, said

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
    title: str  # what the window's file dialog calls it
    extensions: tuple[str, ...]  # the first is the default one; all are accepted for export
    exports: bool
    imports: bool
    layout: str  # one line for the README table
    lossy: str = ""  # what the mapping loses, for the README table
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


FORMATS: tuple[FileFormat, ...] = (
    FileFormat(
        "json",
        "JSON dataset",
        (".json",),
        True,
        True,
        "format v1: every article, annotation, entity and scheme",
    ),
    FileFormat(
        "jsonl",
        "JSON Lines dataset, one article per line",
        (".jsonl",),
        True,
        True,
        "format v1, the header on the first line, then one article a line",
    ),
    FileFormat(
        "csv",
        "Claims as CSV",
        (".csv",),
        True,
        False,
        "one row per claim (UTF-8 with BOM), for spreadsheets",
        claims_only=True,
    ),
    FileFormat(
        "claimreview",
        "schema.org ClaimReview",
        (".jsonld", ".json"),
        True,
        False,
        "JSON-LD `@graph` of the final verdicts with a review URL",
        "claims without a final status or review URL are left out (listed on stderr)",
        claims_only=True,
    ),
    FileFormat(
        "doccano",
        "doccano JSONL",
        (".jsonl",),
        True,
        True,
        '`{"id", "text", "label": [[start, end, LABEL]]}` a line, code-point offsets; claims '
        'are `CLAIM`, with their status and claimant under `"claims"`',
        "entities, evidence and annotators are not carried; import reads `label` or `entities`",
        "peers.doccano",
    ),
    FileFormat(
        "labelstudio",
        "Label Studio tasks",
        (".json",),
        True,
        True,
        "a JSON list of tasks, one annotation per annotator, `labels` results with code-point "
        "`start`/`end`; a labelling config (`.xml`) is written beside it",
        "claim status and claimant travel in `data.claims`; `predictions` import as suggestions "
        "(origin `suggestion`); other result types are dropped and reported",
        "peers.labelstudio",
    ),
    FileFormat(
        "w3c",
        "W3C Web Annotation JSON-LD",
        (".jsonld", ".json"),
        True,
        True,
        "an `AnnotationCollection`; each annotation has a `TextQuoteSelector` (exact, prefix, "
        "suffix) and a `TextPositionSelector`",
        "claim details beyond status and claimant are not carried",
        "peers.w3c",
    ),
    FileFormat(
        "averitec",
        "AVeriTeC claims",
        (".json",),
        True,
        True,
        "a JSON list of claims: claim, speaker, claim_date (D-M-YYYY), label, justification, "
        "questions and answers; import anchors a claim in an article that holds its text, "
        "else makes one short article per claim",
        "labels → statuses: Supported → true, Refuted → false, Not Enough Evidence → "
        "unproven, Conflicting Evidence/Cherrypicking → misleading (the label is kept as tag "
        "`averitec:<label>` and written back); answers become neutral evidence (no stance); "
        "answer_type, source_medium and required_reannotation are not kept; export leaves "
        "out claims without a final status",
        "peers.averitec",
        claims_without_articles=True,
    ),
    FileFormat(
        "fever",
        "FEVER claims",
        (".jsonl",),
        False,
        True,
        "JSONL, one claim a line: id, label, claim, evidence sets of Wikipedia sentences",
        "SUPPORTS → true, REFUTES → false, NOT ENOUGH INFO → unproven (tag `fever:<label>`); "
        "evidence sets are flattened into one item per Wikipedia sentence (a link to the "
        "page): which sentences go together and their texts are lost",
        "peers.fever",
        claims_without_articles=True,
    ),
    FileFormat(
        "checkthat",
        "CheckThat! check-worthiness TSV",
        (".tsv",),
        True,
        True,
        "tweets (topic_id, tweet_id, tweet_url, tweet_text, claim, check_worthiness) or "
        "debate lines (line_number, speaker, text, label) ↔ claims with `checkworthy`",
        "export writes the tweets layout, one row per claim (its quote, whitespace folded); "
        "a debate line labelled 0 keeps no label",
        "peers.checkthat",
    ),
    FileFormat(
        "conll",
        "CoNLL IOB2 tokens",
        (".conll",),
        True,
        False,
        "one token a line with its IOB2 tag, `-DOCSTART-` per article; the tokeniser named in "
        "the first comment",
        "claims are not written; of overlapping mentions the outermost wins, the others (and "
        "mentions that cut a token) are named on stderr",
        "peers.conll",
    ),
    FileFormat(
        "spacy",
        "spaCy DocBin",
        (".spacy",),
        True,
        False,
        '`doc.spans["mentions"]` (all), `doc.spans["claims"]`, `doc.ents` (non-overlapping); '
        "needs the optional extra `factcheck-annotator[spacy]`",
        "`doc.ents` keeps the longest of overlapping mentions; spans that do not fall on "
        "spaCy's token edges are left out and named on stderr, never moved",
        "peers.spacy_docbin",
    ),
    FileFormat(
        "brat",
        "brat standoff folder",
        (),
        True,
        True,
        "a folder: `<article>.txt` + `<article>.ann` (`T` spans, `s e;s e` across line "
        "breaks; `A` claim status; `R` claimant links) and `annotation.conf`",
        "a claimant not linked to a mention travels as an `AnnotatorNotes` line; evidence, "
        "entities' names and annotators are not carried; events and other lines are dropped "
        "on import (reported)",
        "peers.brat",
        folder=True,
    ),
    FileFormat(
        "inception",
        "INCEpTION UIMA CAS XMI folder",
        (),
        True,
        True,
        "a folder: one UIMA CAS XMI per article + `TypeSystem.xml` (dkpro-cassis); mentions "
        "as `NamedEntity` (`value` = type id), claims as `webanno.custom.Claim` (status, "
        "claimant); UTF-16 offsets in the file, code points here",
        "evidence, entities and annotators are not carried; other layers are dropped on "
        "import (reported)",
        "peers.inception",
        folder=True,
    ),
)

BY_NAME = {f.name: f for f in FORMATS}


class FormatMismatch(AnnotatorError):
    """An explicit format that the file name's extension contradicts (a usage error)."""


def export_names() -> list[str]:
    return [f.name for f in FORMATS if f.exports]


def import_names() -> list[str]:
    return [f.name for f in FORMATS if f.imports and f.module is not None]


def _by_extension(suffix: str) -> FileFormat | None:
    """The format that owns this extension first (.json → json, .jsonld → claimreview)."""
    return next((f for f in FORMATS if f.exports and f.extensions[:1] == (suffix,)), None)


def export_format_for(path: Path, explicit: str | None, default: str = "json") -> str:
    """The format to write ``path`` in: the explicit one, else the extension's, else ``default``.

    An explicit format whose extensions do not include a known extension of the path is
    refused: ``--format csv -o data.json`` would write a file nobody can open as JSON.
    """
    suffix = Path(path).suffix.lower()
    owner = _by_extension(suffix)
    if explicit is None:
        return owner.name if owner is not None else default
    chosen = BY_NAME.get(explicit)
    if chosen is None or not chosen.exports:
        raise FormatMismatch(said("unknown export format {explicit!r}", explicit=explicit))
    known = {e for f in FORMATS for e in f.extensions}
    if suffix in known and suffix not in chosen.extensions:
        expected = " or ".join(chosen.extensions) or "a folder (a name without an extension)"
        found = f" (the {owner.name} format)" if owner is not None else ""
        raise FormatMismatch(
            said(
                "{name} ends in {suffix}{found}, but --format {explicit} writes {expected}; "
                "rename the file or change --format",
                name=Path(path).name,
                suffix=suffix,
                found=found,
                explicit=explicit,
                expected=expected,
            )
        )
    return explicit


def dialog_filters() -> list[tuple[str, str]]:
    """(filter text, format name) for the window's export dialog, in registry order."""
    return [
        (f"{f.title} ({' '.join('*' + e for e in f.extensions) or '*'})", f.name)
        for f in FORMATS
        if f.exports
    ]


def readme_table() -> str:
    """The README's table of formats, generated so it cannot drift from the code."""
    lines = [
        "| format | export | import | layout | what the mapping loses |",
        "|---|---|---|---|---|",
    ]
    for f in FORMATS:
        lines.append(
            f"| `{f.name}` | {'✓' if f.exports else '–'} | {'✓' if f.imports else '–'} | "
            f"{f.layout} | {f.lossy or '—'} |"
        )
    return "\n".join(lines)


if TYPE_CHECKING:
    # Never run: the type checker holds each module to the protocols its entry promises.
    from annotator.services.formats.peers import (
        averitec,
        brat,
        checkthat,
        conll,
        doccano,
        fever,
        inception,
        labelstudio,
        spacy_docbin,
        w3c,
    )

    _exporters: list[Exporter] = [
        doccano,
        labelstudio,
        w3c,
        averitec,
        checkthat,
        conll,
        spacy_docbin,
    ]
    _importers: list[Importer] = [doccano, labelstudio, w3c, averitec, fever, checkthat]
    _folder_exporters: list[FolderExporter] = [brat, inception]
    _folder_importers: list[FolderImporter] = [brat, inception]
