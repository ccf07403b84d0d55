"""The records (plain dataclasses) and the rules of text, offsets, sentences and names; and the
two speed helpers every floor uses: generated converters and the collector's pause.

May import: the standard library and regex; nothing of ours, no Qt, no SQL.
"""
