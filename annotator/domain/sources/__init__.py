"""Where things come from: passages of a source, web captures, fact-checks published elsewhere.

May import: the standard library and the domain's models, errors and text rules; pure. A
passage says which page, subtitle cue or post a stretch of an article's text comes from; a
capture is a page inside a web archive kept as evidence; a known fact-check is a ClaimReview
published by someone else.
"""
