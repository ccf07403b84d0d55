"""Dataset formats: JSON format v1 and its JSONL layout."""
