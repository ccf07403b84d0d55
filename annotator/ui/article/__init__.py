"""The article text: the view, the painter of spans and its binding to the open article.

May import: related, suggestions, editing, common; services and domain.
"""
