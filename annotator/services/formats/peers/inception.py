"""INCEpTION / WebAnno folders: UIMA CAS XMI per article and TypeSystem.xml.

INCEpTION / WebAnno: a folder of UIMA CAS XMI files (one per article) and
``TypeSystem.xml``, written and read with dkpro-cassis.

Mentions are ``de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity`` (``value`` = the
entity type id), claims a custom layer ``webanno.custom.Claim`` (``status``, ``claimant``).
UIMA counts UTF-16 code units; cassis converts to and from our code points, so an emoji
before a span does not move it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from annotator.domain.errors import InputRefused, said
from annotator.domain.models import Origin
from annotator.services.formats.peers.foreign_dataset import (
    CLAIM_LABEL,
    FolderOut,
    ForeignDataset,
)

NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity"
CLAIM = "webanno.custom.Claim"
METADATA = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData"
TYPESYSTEM = "TypeSystem.xml"
FOLDER_SUFFIXES = (".xmi", ".xml")
# Layers INCEpTION adds that carry no annotation of ours: read silently.
_STRUCTURE = {METADATA, "uima.tcas.DocumentAnnotation"}
_STRUCTURE_PREFIXES = ("de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.",)


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
    for name in ("documentTitle", "documentId"):
        types.create_feature(meta, name, "uima.cas.String")
    return types


def export(
    head: dict[str, Any], articles: Iterable[dict[str, Any]], out: FolderOut, options: dict
) -> list[str]:
    from cassis import Cas

    types = typesystem()
    entity, claim_type = types.get_type(NAMED_ENTITY), types.get_type(CLAIM)
    meta = types.get_type(METADATA)
    for article in articles:
        cas = Cas(typesystem=types)
        cas.sofa_string = article["text"]
        cas.sofa_mime = "text/plain"
        cas.add(
            meta(
                begin=0,
                end=len(article["text"]),
                documentTitle=article["title"],
                documentId=article["id"],
            )
        )
        for m in article["mentions"]:
            cas.add(entity(begin=m["start"], end=m["end"], value=m["type"], identifier=m["id"]))
        for c in article["claims"]:
            cas.add(
                claim_type(
                    begin=c["start"],
                    end=c["end"],
                    status=c["status"],
                    claimant=c["claimant"]["name"],
                    claimId=c["id"],
                )
            )
        out.write(f"{article['id']}.xmi", cas.to_xmi())
    out.write(TYPESYSTEM, types.to_xml())
    return []


def detect_folder(names: Iterable[str]) -> bool:
    names = list(names)
    return any(n.rsplit("/", 1)[-1] == TYPESYSTEM for n in names) and any(
        n.endswith(".xmi") for n in names
    )


def read_folder(files: dict[str, str], options: dict) -> tuple[dict[str, Any], list[str]]:
    from cassis import load_cas_from_xmi, load_typesystem

    typesystem_name = next(n for n in files if n.rsplit("/", 1)[-1] == TYPESYSTEM)
    try:
        types = load_typesystem(files[typesystem_name])
    except Exception as error:  # cassis raises lxml and its own errors alike
        raise InputRefused(
            said(
                "{typesystem_name}: not a UIMA type system ({error})",
                typesystem_name=typesystem_name,
                error=error,
            )
        ) from None
    built = ForeignDataset()
    dropped: dict[str, int] = {}
    for name in sorted(n for n in files if n.endswith(".xmi")):
        try:
            cas = load_cas_from_xmi(files[name], typesystem=types)
        except Exception as error:
            raise InputRefused(
                said("{name}: not a readable CAS XMI ({error})", name=name, error=error)
            ) from None
        text = cas.sofa_string or ""
        spans, details, title = [], {}, ""
        # select_all_annotations (cassis ≥ 0.10) replaces the deprecated select_all.
        every = getattr(cas, "select_all_annotations", None) or cas.select_all
        for annotation in every():
            kind = annotation.type.name
            if kind == NAMED_ENTITY:
                label = getattr(annotation, "value", None) or "ENTITY"
                spans.append((annotation.begin, annotation.end, label, None, Origin.IMPORT))
            elif kind == CLAIM:
                spans.append((annotation.begin, annotation.end, CLAIM_LABEL, None, Origin.IMPORT))
                details[(annotation.begin, annotation.end)] = {
                    "status": getattr(annotation, "status", None),
                    "claimant": getattr(annotation, "claimant", None),
                }
            elif kind == METADATA:
                title = getattr(annotation, "documentTitle", None) or ""
            elif kind not in _STRUCTURE and not kind.startswith(_STRUCTURE_PREFIXES):
                dropped[kind] = dropped.get(kind, 0) + 1
        built.add_article(text, title, options.get("source", ""), name, spans, details)
    built.notes.extend(
        f"{count} annotation(s) of layer {kind} dropped (not read)"
        for kind, count in sorted(dropped.items())
    )
    return built.document(), built.notes
