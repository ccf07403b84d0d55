"""View › Entities: the dock of canonical entities, their table and the edits across articles.

May import: editing, common; services and domain.
"""
