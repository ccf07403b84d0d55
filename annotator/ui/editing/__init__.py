"""The open article and the one undo history: every write goes through a command on it.

May import: common; services and domain.
"""
