"""INCEpTION / WebAnno folders: UIMA CAS XMI per article and TypeSystem.xml.

INCEpTION / WebAnno: a folder of UIMA CAS XMI files (one per article) and
``TypeSystem.xml``, written and read with dkpro-cassis.

Mentions are ``de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity`` (``value`` = the
entity type id), claims a custom layer ``webanno.custom.Claim`` (``status``, ``claimant``).
UIMA counts UTF-16 code units; cassis converts to and from code points of the document's
text, which, when it holds CR line ends, are then mapped onto its canonical form. The
document's id (``DocumentMetaData.documentId``, else the file's name) is the article's
source id and its other metadata the extra data, written back by an INCEpTION export;
other layers (tokens, POS, dependencies…) are counted and left out.

XMI through cassis costs memory about fifty times the file's size (440 MiB for 8.8 million
characters: 100,000 tokens and their named entities) and time that grows with the square of
the attributes on one element (16,000 attributes: 4 s). A file over ``MAX_XMI_CHARS``
characters (about 500 MiB in cassis), an element with more than ``MAX_ATTRIBUTES``
attributes, or elements whose squared attribute counts add up past ``MAX_ATTRIBUTE_WORK``
(about 1 s of cassis's time) are refused before cassis reads the file.
XML 1.0 cannot hold most control characters: an export writes them as U+FFFD (one for one,
so no offset moves) and says so.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from typing import Any

from annotator.domain.errors import InputRefused, said
from annotator.services.formats.peers import foreign_values as values
from annotator.services.formats.peers.foreign_dataset import (
    CLAIM_LABEL,
    ForeignDataset,
    ForeignSpan,
)
from annotator.services.formats.peers.foreign_export import (
    FolderOut,
    records_of,
    span_extra,
    unique_name,
)

NAME = "inception"
NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity"
CLAIM = "webanno.custom.Claim"
METADATA = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData"
TYPESYSTEM = "TypeSystem.xml"
FOLDER_SUFFIXES = (".xmi", ".xml")
MAX_XMI_CHARS = 10_000_000  # about 500 MiB of memory in cassis
MAX_ATTRIBUTES = 2_000  # on one element; cassis's cost grows with their square
MAX_ATTRIBUTE_WORK = 64_000_000  # the sum of their squares over the file
# Layers INCEpTION adds that carry no annotation of ours: read silently.
_STRUCTURE = {METADATA, "uima.tcas.DocumentAnnotation"}
_STRUCTURE_PREFIXES = ("de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.",)
_META = ("documentTitle", "documentId", "documentUri", "collectionId", "documentBaseUri")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SAFE_NAME = re.compile(r"^[\w][\w.\-]*$")


def typesystem() -> Any:
    from cassis import TypeSystem

    types = TypeSystem()
    entity = types.create_type(NAMED_ENTITY, supertypeName="uima.tcas.Annotation")
    types.create_feature(entity, "value", "uima.cas.String")
    types.create_feature(entity, "identifier", "uima.cas.String")
    claim = types.create_type(CLAIM, supertypeName="uima.tcas.Annotation")
    for name in ("status", "claimant", "claimId"):
        types.create_feature(claim, name, "uima.cas.String")
    meta = types.create_type(METADATA, supertypeName="uima.tcas.DocumentAnnotation")
    for name in _META:
        types.create_feature(meta, name, "uima.cas.String")
    return types


# --- writing ------------------------------------------------------------------------------


def _xml(value: Any, where: str, notes: list[str]) -> Any:
    """A string XML 1.0 can hold: its forbidden control characters as U+FFFD."""
    if not isinstance(value, str):
        return value
    cleaned = _NOT_XML.sub("\ufffd", value)
    if cleaned != value:
        notes.append(f"{where}: control characters written as U+FFFD (XML cannot hold them)")
    return cleaned


def _file_name(article: dict[str, Any], used: set[str]) -> str:
    given = article.get("source_id") if (article.get("extra") or {}).get(NAME) else None
    stem = given[: -len(".xmi")] if isinstance(given, str) and given.endswith(".xmi") else given
    name = stem if isinstance(stem, str) and _SAFE_NAME.match(stem) else article["id"]
    return unique_name(name, used, TYPESYSTEM[: -len(".xml")])


def export(
    head: dict[str, Any], articles: Iterable[dict[str, Any]], out: FolderOut, options: dict
) -> list[str]:
    from cassis import Cas

    types = typesystem()
    entity, claim_type = types.get_type(NAMED_ENTITY), types.get_type(CLAIM)
    meta = types.get_type(METADATA)
    notes: list[str] = []
    used: set[str] = set()
    for article in articles:
        where = f"article {article['id']}"
        cas = Cas(typesystem=types)
        cas.sofa_string = _xml(article["text"], where, notes)
        cas.sofa_mime = "text/plain"
        kept = records_of(article, NAME)[0]
        fields = {k: _xml(v, where, notes) for k, v in kept.items() if k in _META}
        fields.setdefault("documentId", article.get("source_id") or article["id"])
        fields["documentTitle"] = _xml(article["title"], where, notes)
        cas.add(meta(begin=0, end=len(article["text"]), **fields))
        for m in article["mentions"]:
            identifier = span_extra(m, NAME).get("identifier", m["id"])
            cas.add(
                entity(
                    begin=m["start"],
                    end=m["end"],
                    value=_xml(m["type"], where, notes),
                    identifier=_xml(identifier, where, notes),
                )
            )
        for c in article["claims"]:
            cas.add(
                claim_type(
                    begin=c["start"],
                    end=c["end"],
                    status=c["status"],
                    claimant=_xml(c["claimant"]["name"], where, notes),
                    claimId=c["id"],
                )
            )
        out.write(f"{_file_name(article, used)}.xmi", cas.to_xmi())
    out.write(TYPESYSTEM, types.to_xml())
    return list(dict.fromkeys(notes))


# --- reading ------------------------------------------------------------------------------


def detect_folder(names: Iterable[str]) -> bool:
    names = list(names)
    return any(n.rsplit("/", 1)[-1] == TYPESYSTEM for n in names) and any(
        n.endswith(".xmi") for n in names
    )


def check_cost(name: str, xmi: str) -> None:
    """Refuse an XMI that would cost cassis unbounded memory or time, before it reads it."""
    from lxml import etree

    if len(xmi) > MAX_XMI_CHARS:
        raise InputRefused(
            said(
                "{name}: an XMI of {count} million characters; the limit is {limit} million "
                "(split the document in INCEpTION)",
                name=name,
                count=len(xmi) // 1_000_000,
                limit=MAX_XMI_CHARS // 1_000_000,
            )
        )
    parser = etree.XMLPullParser(events=("start",), resolve_entities=False, no_network=True)
    data = xmi.encode("utf-8")
    work = 0
    try:
        for start in range(0, len(data), 1 << 20):
            parser.feed(data[start : start + (1 << 20)])
            for _event, element in parser.read_events():
                if not isinstance(element, etree._Element):
                    continue  # only "start" events were asked for: each is an element
                if len(element.attrib) > MAX_ATTRIBUTES:
                    raise InputRefused(
                        said(
                            "{name}: an element with {count} attributes (the limit is {limit})",
                            name=name,
                            count=len(element.attrib),
                            limit=MAX_ATTRIBUTES,
                        )
                    )
                work += len(element.attrib) ** 2
                if work > MAX_ATTRIBUTE_WORK:
                    raise InputRefused(
                        said(
                            "{name}: its elements carry too many attributes for cassis to read "
                            "in time (a sum of squares over {limit})",
                            name=name,
                            limit=MAX_ATTRIBUTE_WORK,
                        )
                    )
                element.clear()
    except etree.XMLSyntaxError as error:
        raise InputRefused(
            said("{name}: not a readable CAS XMI ({error})", name=name, error=error)
        ) from None


def read_folder(files: dict[str, str], options: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    from cassis import load_cas_from_xmi, load_typesystem

    typesystem_name = next((n for n in files if n.rsplit("/", 1)[-1] == TYPESYSTEM), None)
    if typesystem_name is None:
        raise InputRefused(
            said("no {file} in the folder: not an INCEpTION or WebAnno export", file=TYPESYSTEM)
        )
    try:
        types = load_typesystem(io.BytesIO(files[typesystem_name].encode("utf-8")))
    except Exception as error:  # cassis raises lxml and its own errors alike
        raise InputRefused(
            said(
                "{typesystem_name}: not a UIMA type system ({error})",
                typesystem_name=typesystem_name,
                error=error,
            )
        ) from None
    built = ForeignDataset(NAME)
    dropped: dict[str, int] = {}
    empty = 0
    names = sorted(n for n in files if n.endswith(".xmi"))
    if not names:
        raise InputRefused(said("no .xmi document in the folder"))
    for name in names:
        check_cost(name, files[name])
        try:
            cas = load_cas_from_xmi(io.BytesIO(files[name].encode("utf-8")), typesystem=types)
        except Exception as error:
            raise InputRefused(
                said("{name}: not a readable CAS XMI ({error})", name=name, error=error)
            ) from None
        if (cas.sofa_string or "").strip():
            _document(built, name, cas, dropped, options.get("source", ""))
        else:
            empty += 1
    notes = [
        f"{count} annotation(s) of layer {kind} left out (not read)"
        for kind, count in sorted(dropped.items())
    ]
    if empty:
        notes.append(f"{empty} document(s) with an empty text left out (nothing to annotate)")
    document = built.document()
    return document, [*built.notes, *notes]


def _document(
    built: ForeignDataset, name: str, cas: Any, dropped: dict[str, int], source: str
) -> None:
    text = cas.sofa_string or ""
    spans: list[ForeignSpan] = []
    record: dict[str, Any] = {}
    title = ""
    # select_all_annotations (cassis ≥ 0.10) replaces the deprecated select_all.
    every = getattr(cas, "select_all_annotations", None) or cas.select_all
    for annotation in every():
        kind = annotation.type.name
        where = said("{name}: {kind} {id}", name=name, kind=kind.rsplit(".", 1)[-1],
                     id=annotation.xmiID)  # fmt: skip
        if kind == NAMED_ENTITY:
            label = getattr(annotation, "value", None) or "ENTITY"
            identifier = getattr(annotation, "identifier", None)
            extra = {"identifier": values.string(identifier, where)} if identifier else None
            spans.append(ForeignSpan(annotation.begin, annotation.end, label, extra=extra))
        elif kind == CLAIM:
            details = {
                "status": getattr(annotation, "status", None),
                "claimant": getattr(annotation, "claimant", None),
            }
            spans.append(
                ForeignSpan(annotation.begin, annotation.end, CLAIM_LABEL, details=details)
            )
        elif kind == METADATA:
            title = getattr(annotation, "documentTitle", None) or ""
            for field in _META:
                found = getattr(annotation, field, None)
                if isinstance(found, str):
                    record[field] = values.check_string(found, where)
        elif kind not in _STRUCTURE and not kind.startswith(_STRUCTURE_PREFIXES):
            dropped[kind] = dropped.get(kind, 0) + 1
    stem = name.rsplit("/", 1)[-1].removesuffix(".xmi")
    built.add_article(
        text,
        name,
        spans,
        title=title,
        source=source,
        record=record,
        record_id=record.get("documentId") or stem,
    )
