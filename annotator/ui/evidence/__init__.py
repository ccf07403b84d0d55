"""Evidence files in the window: attaching them to a claim as one undo step, their thumbnails,
and the viewer of one file (a picture at full size, a PDF's first page or a text's first
lines, a web capture's pages), its SHA-256 to copy, the system's viewer on a private copy.

May import: editing, common; services and domain. The claim form's evidence list uses it.
"""
