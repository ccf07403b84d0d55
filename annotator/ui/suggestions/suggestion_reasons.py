"""Holds why a suggestion is offered, said in the window's language.

A name's reason comes from the services as a message (``said``) the catalogue translates. A
claim's reason is the check-worthiness rules' own short English ("attribution “said”;
figure “300”; a question"), kept as it is for ``annotator suggest --json``: its parts are
translated here one by one, each cue by its name, the words that triggered it unchanged.

May import: Qt, domain, ui.common.
"""

from __future__ import annotations

import re

from annotator.domain.errors import TranslatableMessage
from annotator.ui.common.messages import in_window_language
from annotator.ui.common.translation import QT_TRANSLATE_NOOP, translate

CONTEXT = "SuggestionReasons"
# Every cue of domain/claim_cues.py by its name (a test keeps the two lists together).
CUES = {
    "attribution": QT_TRANSLATE_NOOP("SuggestionReasons", "attribution"),
    "figure": QT_TRANSLATE_NOOP("SuggestionReasons", "figure"),
    "casualty": QT_TRANSLATE_NOOP("SuggestionReasons", "casualty"),
    "quantity": QT_TRANSLATE_NOOP("SuggestionReasons", "quantity"),
    "hedge": QT_TRANSLATE_NOOP("SuggestionReasons", "hedge"),
    "absolute": QT_TRANSLATE_NOOP("SuggestionReasons", "absolute"),
    "quotation": QT_TRANSLATE_NOOP("SuggestionReasons", "quotation"),
    "date": QT_TRANSLATE_NOOP("SuggestionReasons", "date"),
    "named": QT_TRANSLATE_NOOP("SuggestionReasons", "named"),
    "event": QT_TRANSLATE_NOOP("SuggestionReasons", "event"),
    "speculation": QT_TRANSLATE_NOOP("SuggestionReasons", "speculation"),
    "commentary": QT_TRANSLATE_NOOP("SuggestionReasons", "commentary"),
    "opinion": QT_TRANSLATE_NOOP("SuggestionReasons", "opinion"),
}
# The parts that are whole phrases (domain/checkworthiness.py).
PHRASES = {
    "a question": QT_TRANSLATE_NOOP("SuggestionReasons", "a question"),
    "no final punctuation (headline?)": QT_TRANSLATE_NOOP(
        "SuggestionReasons", "no final punctuation (headline?)"
    ),
    "site boilerplate": QT_TRANSLATE_NOOP("SuggestionReasons", "site boilerplate"),
    "too short to be a claim": QT_TRANSLATE_NOOP("SuggestionReasons", "too short to be a claim"),
    "no cues": QT_TRANSLATE_NOOP("SuggestionReasons", "no cues"),
}
_CUE = re.compile(r"(?P<cue>\w+) “(?P<words>.*)”")
_MODEL = re.compile(r"model (?P<probability>\d+\.\d+)")


def reason_text(reason: str) -> str:
    """``reason`` in the window's language; a part the window does not know stays as it is."""
    if isinstance(reason, TranslatableMessage):
        return in_window_language(reason)
    return "; ".join(_part(part) for part in reason.split("; "))


def _part(part: str) -> str:
    if part in PHRASES:
        return translate(CONTEXT, str(PHRASES[part]))
    model = _MODEL.fullmatch(part)
    if model is not None:
        return translate("SuggestionReasons", "model {0}").format(model["probability"])
    cue = _CUE.fullmatch(part)
    if cue is not None and cue["cue"] in CUES:
        return f"{translate(CONTEXT, str(CUES[cue['cue']]))} “{cue['words']}”"
    return part
