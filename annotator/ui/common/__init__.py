"""Shared by every room: message dialogs, span colours and swatches.

May import: services and domain only.
"""
