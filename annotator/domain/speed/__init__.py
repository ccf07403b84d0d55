"""Speed tricks, one small named module each: converters compiled once, the collector paused.

May import: the standard library only. The paths that use them read as plain code; each
trick's equivalence tests sit beside it (tests/unit/test_generated_code.py,
tests/unit/test_collector.py).
"""
