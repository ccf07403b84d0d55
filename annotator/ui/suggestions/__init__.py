"""Suggestions in the window: showing, stepping through, accepting and rejecting them.

May import: editing, common; services and domain.
"""
