"""Material: the files fact-checkers receive (Telegram exports, subtitles …), one reader each.

May import: importing's article_files, decoding and file_bytes; domain. Never storage: a
reader is a pure function of a file's content, so it can be fuzzed.

Adding a kind is one module and one entry in ``registry.KINDS``:

- ``recognises(name, head) -> bool``: given the file's lower-case name and first 64 KiB,
  whether it is this kind. Extension AND content decide: a Telegram ``result.json`` is JSON
  that is not our dataset; Telegram's ``messages.html`` is not a web page.
- ``read(source, options) -> MaterialRead``: ``source.data`` is the whole file (within the
  kind's ``max_bytes``), ``source.path`` the file on disk or None (``source.on_disk()``
  gives a path for a library that wants one); ``options`` holds what the user said
  (``encoding``, Telegram channels' usernames). It returns article drafts (title, text,
  url, publisher, authors, published_at, language, and ``passages``) and report notes
  (one line each: what was left out, counted).
- A file that cannot be read raises ``InputRefused`` with ONE line naming the place in the
  file (message 12, page 3, cue 40) and the reason (docs/design/bad-input.md); any other
  exception is a bug. Each reader has a fuzz test that holds it to this.
- Texts are built with ``reading.TextBuilder`` from canonicalised pieces, so each passage's
  ``start`` is an offset into the final canonical text (docs/design/text-and-offsets.md).
- A passage (``domain.models.Passage``: start, kind, label) says where in the source the
  text from ``start`` on comes from: kind ``page`` (label "7"), ``cue`` (label
  "00:12:04.500"), ``post`` (label "4521 · 2024-03-01 08:15 UTC"); domain/sources/passages.py
  words them for the window ("p. 7", "at 12:04", "post 4521 · …").

The importer stores a file's articles in one transaction; articles already present (the
same text) are counted, not added again.
"""
