"""spaCy DocBin (.spacy): mention and claim span groups, and doc.ents.

spaCy DocBin (``.spacy``): per article ``doc.spans["mentions"]`` (all, overlaps allowed),
``doc.spans["claims"]`` and ``doc.ents`` (the mentions that do not overlap; the longest wins).

Tokens come from ``spacy.blank("xx")`` (the multi-language tokeniser). A span whose edges do
not fall on its token edges is left out and named, never moved. spaCy is an optional extra:
without it, the export refuses before writing anything.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

from annotator.domain.errors import AnnotatorError

LANGUAGE = "xx"


class SpacyMissing(AnnotatorError):
    def __init__(self) -> None:
        super().__init__(
            "the spacy format needs spaCy, which is not installed: "
            "pip install 'factcheck-annotator[spacy]'. Nothing was written."
        )


def check_available() -> None:
    """Raise SpacyMissing before any file is opened."""
    try:
        import spacy  # noqa: F401
    except ImportError:
        raise SpacyMissing() from None


def export(
    head: dict[str, Any], articles: Iterable[dict[str, Any]], stream: TextIO, options: dict
) -> list[str]:
    check_available()
    import spacy
    from spacy.tokens import DocBin
    from spacy.util import filter_spans

    nlp = spacy.blank(LANGUAGE)
    docs = DocBin(store_user_data=True)
    notes: list[str] = []
    for article in articles:
        # spaCy refuses texts over nlp.max_length (10⁶) for the memory its parser and NER
        # would take (E088); only the tokeniser runs here, which is linear in the text.
        nlp.max_length = max(nlp.max_length, len(article["text"]) + 1)
        doc = nlp.make_doc(article["text"])
        doc.user_data["article_id"] = article["id"]
        doc.user_data["title"] = article["title"]
        groups: dict[str, list[Any]] = {"mentions": [], "claims": []}
        for group, items, label_of in (
            ("mentions", article["mentions"], lambda m: m["type"]),
            ("claims", article["claims"], lambda c: "CLAIM"),
        ):
            for item in items:
                span = doc.char_span(item["start"], item["end"], label=label_of(item))
                if span is None:
                    notes.append(
                        f"article {article['id']}: {group[:-1]} {item['start']}–{item['end']} "
                        f"{item['quote']!r} does not align with spaCy's tokens; left out"
                    )
                    continue
                groups[group].append(span)
        doc.spans["mentions"] = groups["mentions"]
        doc.spans["claims"] = groups["claims"]
        doc.ents = filter_spans(groups["mentions"])
        docs.add(doc)
    stream.flush()
    stream.buffer.write(docs.to_bytes())
    return notes
