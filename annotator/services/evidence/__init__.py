"""Evidence files: attached to claims, stored once by SHA-256, shown, bundled and checked.

May import: importing, exporting, preferences, annotating, formats, storage and domain; never
Qt. It sits on the floor of team and removing: it reads web pages through importing and
writes datasets through exporting.
"""
