"""Material: the files fact-checkers receive (Telegram, subtitles, PDF, mail …), one reader each.

May import: importing's article_files, decoding and file_bytes; domain. Never storage: a
reader is a pure function of a file's content, so it can be fuzzed.

Adding a kind is one module and one entry in ``registry.KINDS``:

- ``recognises(name, head) -> bool``: given the file's lower-case name and first 64 KiB,
  whether it is this kind. Extension AND content decide: a Telegram ``result.json`` is JSON
  that is not our dataset; Telegram's ``messages.html`` is not a web page.
- ``read(source, options) -> MaterialRead``: ``source.data`` is the whole file (within the
  kind's ``max_bytes``), ``source.path`` the file on disk or None (``source.on_disk()``
  gives a path for a library that wants one); ``options`` holds what the user said
  (``encoding``, Telegram channels' usernames, the ``password`` of encrypted PDFs). It
  returns article drafts (title, text, url, publisher, authors, published_at, language,
  ``passages``, and ``part`` when the file holds several things) and report notes (one line
  each: what was left out, counted), and in ``attached`` the files it carries (an e-mail's
  attachments), which the registry reads as whatever kind they are.
- ``signature(head) -> bool`` (optional): the content alone says the file is this kind,
  whatever its name (an attachment named "document" that begins with %PDF-).
- A file that cannot be read raises ``InputRefused`` with ONE line naming the place in the
  file (message 12, page 3, cue 40, record 7) and the reason (docs/design/bad-input.md);
  ``PasswordNeeded`` when it is encrypted and the password is missing or wrong (the window
  then asks for it). Any other exception is a bug: a library that raises what its parser
  met on a hostile file is wrapped at its call. Each reader has a fuzz test that holds it
  to this. ZIP-based files are opened through ``zip_files``, which refuses bombs first.
- Texts are built with ``reading.TextBuilder`` from canonicalised pieces, so each passage's
  ``start`` is an offset into the final canonical text (docs/design/text-and-offsets.md).
- A passage (``domain.models.Passage``: start, kind, label) says where in the source the
  text from ``start`` on comes from: kind ``page`` (label "7"), ``cue`` (label
  "00:12:04.500"), ``post`` (label "4521 · 2024-03-01 08:15 UTC"), ``message`` (a
  forwarded e-mail: "Sender · 2024-02-29"), ``capture`` (a web archive's page: "2024-03-01
  08:15:30 UTC"); domain/sources/passages.py words them for the window ("p. 7", "at 12:04",
  "post 4521 · …", "captured …").

The importer stores a file's articles in one transaction; articles already present (the
same text) are counted, not added again.
"""
