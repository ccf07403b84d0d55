"""The annotations of the open article: the table and the claim, mention and evidence forms.

May import: related, suggestions, editing, common; services and domain.
"""
