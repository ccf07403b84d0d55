"""Plain dataclasses and rules. Imports nothing of ours and no storage or UI library."""
