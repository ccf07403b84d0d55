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


FORMATS: tuple[FileFormat, ...] = (
    FileFormat(
        "json",
        "JSON dataset",
        (".json",),
        True,
        True,
        "format v1: every article, annotation, entity and scheme",
        kept="everything",
        carried="other tools' ids and fields (`source_id`, `extra`)",
    ),
    FileFormat(
        "jsonl",
        "JSON Lines dataset, one article per line",
        (".jsonl",),
        True,
        True,
        "format v1, the header on the first line, then one article a line",
        kept="everything",
        carried="other tools' ids and fields (`source_id`, `extra`)",
    ),
    FileFormat(
        "csv",
        "Claims as CSV",
        (".csv",),
        True,
        False,
        "one row per claim (UTF-8 with BOM), for spreadsheets",
        kept="each claim with its article's title and address, verdict, evidence addresses",
        left_out="mentions, entities, evidence titles and excerpts, offsets",
        claims_only=True,
    ),
    FileFormat(
        "claimreview",
        "schema.org ClaimReview",
        (".jsonld", ".json"),
        True,
        False,
        "JSON-LD `@graph` of the final verdicts with a review URL",
        kept="final verdicts with a review URL",
        left_out="claims without a final status or review URL (listed on stderr)",
        claims_only=True,
    ),
    FileFormat(
        "doccano",
        "doccano JSONL",
        (".jsonl",),
        True,
        True,
        "a record a line: `label`/`labels` `[start, end, LABEL]` lists, `entities` (lists or "
        "objects, with `relations`) or 1.x `annotations` (a user per span); code-point offsets",
        kept="text, spans, a 1.x span's user as its annotator; claims as `CLAIM` spans, their "
        "status and claimant under `claims`",
        carried="record `id`, `meta`, every other field, text classes, entity ids and "
        "`relations`, the layout of the spans",
        left_out="a span given twice in one record (counted); evidence, entities and "
        "annotators of ours",
        module="peers.doccano",
    ),
    FileFormat(
        "labelstudio",
        "Label Studio tasks",
        (".json",),
        True,
        True,
        "a JSON list of tasks (or one task; 0.x `completions`; data at the top level), "
        "`labels` results with code-point `start`/`end`; a labelling config (`.xml`) beside",
        kept="text, labelled spans by annotator; predictions as suggestions (origin "
        "`suggestion`) by `model_version`; claim status and claimant from `data.claims`",
        carried="task id and fields, annotations' and predictions' fields (`lead_time`, "
        "`model_version`, `score`…), result ids, every other result (choices, ratings, "
        "relations), 0.x inclusive ends",
        left_out="a task without a text (image, audio) is refused as such",
        module="peers.labelstudio",
    ),
    FileFormat(
        "w3c",
        "W3C Web Annotation JSON-LD",
        (".jsonld", ".json"),
        True,
        True,
        "an `AnnotationCollection`; each annotation has a `TextQuoteSelector` (exact, prefix, "
        "suffix) and a `TextPositionSelector`; the texts in `dcterms:hasPart`",
        kept="texts, spans (position or quote), tag, claim status and claimant bodies, creator",
        carried="annotation ids, motivation, other bodies, target fields, created",
        left_out="annotations whose target is not a text of the file (counted); a file "
        "without texts is refused as such; evidence and claim details beyond status",
        module="peers.w3c",
    ),
    FileFormat(
        "averitec",
        "AVeriTeC claims",
        (".json",),
        True,
        True,
        "a JSON list of claims: claim, speaker, claim_date (D-M-YYYY), label, justification, "
        "questions and answers; import anchors a claim in an article that holds its text, "
        "else makes one short article per claim text (a text given twice: two claims)",
        kept="claim, speaker, date, label → status (Supported → true, Refuted → false, Not "
        "Enough Evidence → unproven, Conflicting Evidence/Cherrypicking → misleading, tag "
        "`averitec:<label>`), justification, review and claim addresses, tags, answers as "
        "neutral evidence",
        carried="position in the file (source id), answer_type, source_medium, "
        "boolean_explanation, required_reannotation, cached_original_claim_url, questions "
        "without answers, other fields",
        left_out="export: claims whose status has no label",
        module="peers.averitec",
        claims_without_articles=True,
    ),
    FileFormat(
        "fever",
        "FEVER claims",
        (".jsonl",),
        True,
        True,
        "JSONL, one claim a line: id, label, claim, evidence sets of Wikipedia sentences",
        kept="claim, SUPPORTS → true, REFUTES → false, NOT ENOUGH INFO → unproven (tag "
        "`fever:<label>`), each Wikipedia sentence an evidence item linking its page",
        carried="id (source id), the evidence sets as they are, `verifiable`, other fields",
        left_out="the sentences' texts (not in the file); export: claims whose status has no label",
        module="peers.fever",
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
        kept="tweet text and address, claim and check-worthiness; debate lines, speakers as "
        "claimants",
        carried="tweet id (source id), topic and further columns; line numbers",
        left_out="export: tabs, line breaks and control characters in a cell (spaces, "
        "U+FFFD); an article made here is one row per claim",
        module="peers.checkthat",
    ),
    FileFormat(
        "conll",
        "CoNLL tokens",
        (".conll",),
        True,
        True,
        "CoNLL-2003: `token<TAB>tag` a line, `-DOCSTART- -X- O O` per article (what "
        "`spacy convert -c ner` reads); import also CoNLL-U (`# text`, `SpaceAfter=No`, "
        "`NER=` in MISC)",
        kept="tokens as text, tags (IOB1, IOB2, BIOES) as mentions",
        carried="document id, the tag scheme",
        left_out="whitespace between tokens (one space, a line per sentence); POS, chunk "
        "and syntax columns; claims; of overlapping mentions all but the outermost, and "
        "mentions that cut a token (named on stderr)",
        module="peers.conll",
    ),
    FileFormat(
        "spacy",
        "spaCy DocBin",
        (".spacy",),
        True,
        False,
        '`doc.spans["mentions"]` (all), `doc.spans["claims"]`, `doc.ents` (non-overlapping); '
        "needs the optional extra `factcheck-annotator[spacy]`",
        kept="mentions and claims on spaCy's tokens",
        left_out="`doc.ents` keeps the longest of overlapping mentions; spans that do not "
        "fall on spaCy's token edges (named on stderr, never moved)",
        module="peers.spacy_docbin",
    ),
    FileFormat(
        "brat",
        "brat standoff folder",
        (),
        True,
        True,
        "a folder: `<document>.txt` + `<document>.ann` (`T` spans, `s e;s e` across line "
        "breaks; `A` claim status; `R` claimant links) and `annotation.conf`",
        kept="texts, `T` spans, claim status and claimant; an empty `.ann`: no annotations",
        carried="document names, `T` ids, events, other attributes, relations, "
        "normalisations, notes, discontinuous spans (written back as they came)",
        left_out="evidence, entities' names and annotators of ours",
        module="peers.brat",
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
        kept="texts (CR line ends mapped), named entities, claims",
        carried="document id and metadata, entity identifiers",
        left_out="other layers (counted); an XMI over 10 million characters or with an "
        "element of more than 2,000 attributes is refused (cassis's memory and time); "
        "export: control characters XML cannot hold (U+FFFD)",
        module="peers.inception",
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
        "| format | export | import | layout | kept | carried through | left out |",
        "|---|---|---|---|---|---|---|",
    ]
    for f in FORMATS:
        lines.append(
            f"| `{f.name}` | {'✓' if f.exports else '–'} | {'✓' if f.imports else '–'} | "
            f"{f.layout} | {f.kept or '—'} | {f.carried or '—'} | {f.left_out or '—'} |"
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
