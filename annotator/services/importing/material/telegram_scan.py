"""Which Telegram chats an import holds that may have a public username, found before the
import so the window can ask for each one's username (the export does not say it).

Only a file's first bytes are read for a one-chat export; a full-account export is searched
for its chats whole (a regular expression over its bytes, no JSON parsing): the
window asks before the import starts, so this must stay quick.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from pathlib import Path

from annotator.domain.errors import InputRefused
from annotator.services.importing.file_bytes import read_bytes
from annotator.services.importing.material import registry

# A chat that can have a public username: a public channel or group. A private one cannot;
# the HTML export does not say which it is, so its chat is asked about too.
_PUBLIC = rb'"(?:public_channel|public_supergroup)"'
_JSON_CHAT = re.compile(rb'"name":\s*("(?:[^"\\]|\\.)*"),\s*"type":\s*' + _PUBLIC)
_HTML_NAME = re.compile(rb'<div class="text bold">\s*(.*?)\s*</div>', re.DOTALL)
MAX_SCANNED = 512 * 1024 * 1024


def telegram_chats(paths: Iterable[Path]) -> list[str]:
    """The names of the chats in the Telegram exports among ``paths`` (files and folders,
    searched as an import searches them) that may have a public username, each once."""
    names: dict[str, None] = {}
    for file in _files(paths):
        kind = registry.kind_of(file)
        if kind is None or not kind.name.startswith("telegram"):
            continue
        try:
            data = read_bytes(file, MAX_SCANNED)
        except InputRefused:
            continue  # the import will say why
        if kind.name == "telegram":
            for match in _JSON_CHAT.finditer(data):
                try:
                    name = json.loads(match.group(1))
                except (ValueError, UnicodeDecodeError):
                    continue
                if isinstance(name, str) and name.strip():
                    names[name] = None
        else:
            found = _HTML_NAME.search(data[:65536])
            if found:
                text = html.unescape(found.group(1).decode("utf-8", "replace"))
                name = " ".join(text.split())
                if name:
                    names[name] = None
    return list(names)


def _files(paths: Iterable[Path]) -> Iterable[Path]:
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for file in sorted(path.rglob("*")):
                relative = file.relative_to(path).parts
                if not any(part.startswith(".") for part in relative) and file.is_file():
                    yield file
        elif path.is_file():
            yield path
