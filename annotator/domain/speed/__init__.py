"""Speed tricks, each behind one small named module so that the paths using them read as
plain code: source compiled once into converters (generated_code) and the collector paused
while many long-lived objects are made (collector). Their equivalence tests sit beside them
(tests/unit/test_generated_code.py, tests/unit/test_collector.py).

May import: the standard library only.
"""
