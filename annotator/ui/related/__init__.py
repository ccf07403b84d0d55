"""Related claims: the panel, its search, the group view and their edits.

May import: editing, common; services and domain.
"""
