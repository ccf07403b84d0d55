"""Evidence files in the window: attaching them, thumbnails, and the viewer of one file.

May import: editing, common; services and domain. The claim form's evidence list uses it:
attaching is one undo step; the viewer shows a picture at full size, a PDF's first page or
a text's first lines, a web capture's pages, the SHA-256, and the system's viewer on a copy.
"""
