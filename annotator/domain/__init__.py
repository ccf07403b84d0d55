"""The records (plain dataclasses) and the rules of text, offsets, sentences and names.

May import: the standard library and regex; nothing of ours, no Qt, no SQL.
"""
