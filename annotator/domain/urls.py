"""What counts as a link: a web address (http, https) everywhere, and for evidence also a
file the user attached (``file:``). One rule for every reader, form, preference and export.

A dataset may come from anyone, and its addresses end up as links a browser or a search
engine follows: ``javascript:`` runs code where it is clicked, ``data:`` carries a page of its
own. Such an address is refused where it is read, with the field named, and never written
to a file meant for publishing (docs/design/bad-input.md).

Typed addresses are normalised the same way everywhere: ``factcheck.example.org`` and a
Wayback address copied without its scheme (``web.archive.org/web/2024/https://…``) get
``https://``.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from annotator.domain.errors import InputRefused, said

WEB_SCHEMES = ("http", "https")

# A scheme (RFC 3986: a letter, then letters, digits, + - .) and its colon, at the start.
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
# ``example.org:8080/page`` and ``localhost:8080``: a host and a port, no scheme.
_HOST_AND_PORT = re.compile(r"[^/?#:@\s]+:\d+(?:[/?#]|$)")
# An evidence's archived copy may name a page of a web capture kept as evidence
# (domain/sources/captures.py): capture:<sha256>/<14-digit time>/<the page's web address>.
CAPTURE_REFERENCE = re.compile(r"capture:([0-9a-f]{64})/([0-9]{14})/(.+)", re.DOTALL)
# What no link holds: a control character, or (in a web address) any white space, as
# str.isspace() counts it (Unicode's, which \s matches in a str pattern).
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f\x7f]")


def is_web_url(value: str) -> bool:
    """An absolute http(s) address with a host name: what a browser can open."""
    value = value.strip()
    try:
        parts = urlsplit(value)
        host = parts.hostname or ""
        parts.port  # noqa: B018 (raises on a port that is no number or out of range)
    except ValueError:
        return False
    return (
        parts.scheme.lower() in WEB_SCHEMES
        and bool(host)
        and ("." in host or host == "localhost")
        and _SPACE_OR_CONTROL.search(value) is None
    )


def is_file_url(value: str) -> bool:
    """A ``file:`` address of an absolute path on this machine (``file:///home/…``), as a
    file attached as evidence is written."""
    value = value.strip()
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return (
        parts.scheme.lower() == "file"
        and parts.netloc in ("", "localhost")
        and parts.path.startswith("/")
        and _CONTROL.search(value) is None
    )


def has_scheme(value: str) -> bool:
    """Whether ``value`` starts with a scheme (``https:``, ``javascript:``), not with a host
    and its port (``example.org:8080``)."""
    value = value.strip()
    return bool(_SCHEME.match(value)) and not _HOST_AND_PORT.match(value)


def with_scheme(value: str) -> str:
    """``example.org/page`` as typed becomes ``https://example.org/page``; an address with a
    scheme, or text that is no address, is returned as it is (trimmed)."""
    value = value.strip()
    if value and not has_scheme(value):
        candidate = "https://" + value.removeprefix("//")
        if is_web_url(candidate):
            return candidate
    return value


def web_address(value: str | None) -> str | None:
    """The web address ``value`` means (normalised), or None when it is none."""
    if value is None:
        return None
    normalised = with_scheme(value)
    return normalised if is_web_url(normalised) else None


def evidence_address(value: str | None) -> str | None:
    """The address of a piece of evidence: a web address, or a file the user attached."""
    if value is None:
        return None
    normalised = with_scheme(value)
    return normalised if is_web_url(normalised) or is_file_url(normalised) else None


def archive_address(value: str | None) -> str | None:
    """An evidence's archived copy: a web address (normalised), or a page of a web capture
    kept as evidence (``capture:…``, as it is); None when it is neither."""
    if value is None:
        return None
    match = CAPTURE_REFERENCE.fullmatch(value.strip())
    if match is not None:
        return value.strip() if is_web_url(match.group(3)) else None
    return web_address(value)


def checked_address(
    value: str | None, field: str, *, files: bool = False, archive: bool = False
) -> str | None:
    """``value`` as it is stored: None when blank, else the normalised link; a value that is
    no link (``javascript:``, ``data:``, an ftp server, a word) is refused with ``field``
    named. ``files`` also accepts ``file:`` (evidence the user attached), ``archive`` a page of
    a web capture kept as evidence (an archived copy)."""
    if value is None or not value.strip():
        return None
    if archive:
        found = archive_address(value)
    else:
        found = evidence_address(value) if files else web_address(value)
    if found is not None:
        return found
    shown = value if len(value) <= 80 else value[:79] + "…"
    if files:
        raise InputRefused(
            said(
                "{field}: {value!r} is not a web address (http or https) nor a file (file:)",
                field=field,
                value=shown,
            )
        )
    raise InputRefused(
        said("{field}: {value!r} is not a web address (http or https)", field=field, value=shown)
    )
