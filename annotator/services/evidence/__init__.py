"""Evidence files: attaching files to a claim's evidence, stored once by SHA-256 in the
database; seeing them (media types, the first lines or page, the pages of a web capture);
handing them on in bundles; checking and cleaning the stored files.

May import: importing, exporting, preferences, annotating, formats, storage and domain; never
Qt. Sits on the floor of team and removing: it reads web pages through importing and writes
datasets through exporting.
"""
