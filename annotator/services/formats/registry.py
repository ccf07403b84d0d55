"""The one list of formats: the CLI choices, the window's export filters and the README table.

A format module (``doccano``, ``labelstudio``, ``w3c``…) has the same small interface, the
protocols in format_protocols.py. Adding a format is adding a module and one entry below (and
its name in the checked list at the end, so that the type checker holds the module to its
protocols).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from annotator.domain.errors import AnnotatorError, said
from annotator.services.formats.format_protocols import FileFormat

FORMATS: tuple[FileFormat, ...] = (
    FileFormat(
        "json",
        said("JSON dataset"),
        (".json",),
        True,
        True,
        "format v1: every article, annotation, entity and scheme",
        kept="everything",
        carried="other tools' ids and fields (`source_id`, `extra`)",
    ),
    FileFormat(
        "jsonl",
        said("JSON Lines dataset, one article per line"),
        (".jsonl",),
        True,
        True,
        "format v1, the header on the first line, then one article a line",
        kept="everything",
        carried="other tools' ids and fields (`source_id`, `extra`)",
    ),
    FileFormat(
        "csv",
        said("Claims as CSV"),
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
        said("schema.org ClaimReview"),
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
        said("doccano JSONL"),
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
        said("Label Studio tasks"),
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
        said("W3C Web Annotation JSON-LD"),
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
        said("AVeriTeC claims"),
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
        said("FEVER claims"),
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
        said("CheckThat! check-worthiness TSV"),
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
        said("CoNLL tokens"),
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
        said("spaCy DocBin"),
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
        said("brat standoff folder"),
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
        said("INCEpTION UIMA CAS XMI folder"),
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
    from annotator.services.formats.format_protocols import (
        Exporter,
        FolderExporter,
        FolderImporter,
        Importer,
    )
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
