"""The file formats: JSON dataset v1 and its JSONL layout, its schema, ClaimReview, claims CSV.

May import: the domain only; pure functions from records to plain values and back.
"""
