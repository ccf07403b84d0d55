"""The file formats: our JSON dataset v1, ClaimReview, CSV and the field's tools, in one registry.

May import: the domain only; pure functions from records to plain values and back.
"""
