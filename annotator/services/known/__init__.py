"""Known fact-checks: published ClaimReview in a library of its own, matched against our texts.

May import: related (its claim similarity), storage, domain.
"""
