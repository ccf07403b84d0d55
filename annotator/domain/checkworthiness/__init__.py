"""Which sentences are worth checking: the cue rules, the model, a sentence's context, learning.

May import: the standard library, regex and the domain's claim cues and sentences; pure.

``rules`` holds the cue rules and the claim candidates of a text, ``model`` the linear model
and its file format, ``context`` a sentence's neighbours and speaker as signals, ``learning``
the learner of ``annotator learn``. The names the program used from one module before are
here still.
"""

from annotator.domain.checkworthiness.model import (
    FORMAT,
    FORMAT_VERSION,
    LinearModel,
    ModelUnreadable,
    features,
    logistic,
    tokens,
    vector,
)
from annotator.domain.checkworthiness.rules import (
    HEADLINE_PENALTY,
    MIN_WORDS,
    MODEL_SHARE,
    MODEL_THRESHOLD,
    QUESTION_PENALTY,
    THRESHOLD,
    Assessment,
    ClaimCandidate,
    assess,
    assess_in_context,
    assess_with_model,
    claim_candidates,
    is_boilerplate,
)

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "HEADLINE_PENALTY",
    "MIN_WORDS",
    "MODEL_SHARE",
    "MODEL_THRESHOLD",
    "QUESTION_PENALTY",
    "THRESHOLD",
    "Assessment",
    "ClaimCandidate",
    "LinearModel",
    "ModelUnreadable",
    "assess",
    "assess_in_context",
    "assess_with_model",
    "claim_candidates",
    "features",
    "is_boilerplate",
    "logistic",
    "tokens",
    "vector",
]
