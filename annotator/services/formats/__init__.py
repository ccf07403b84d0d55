"""Formats: JSON dataset v1 and its JSONL layout, ClaimReview JSON-LD, claims CSV."""
