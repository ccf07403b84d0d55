"""The open article and its undo stack: every write goes through the controller as a command.

May import: common; services and domain.
"""
