"""The use cases, in rooms by feature; the workspace wires them for the window and the CLI.

May import: storage and domain; never Qt. A room imports only rooms below it (pyproject).
"""
