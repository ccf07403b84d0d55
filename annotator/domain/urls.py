"""What counts as a web address for evidence and published reviews."""

from __future__ import annotations

from urllib.parse import urlsplit


def is_web_url(value: str) -> bool:
    """An absolute http(s) address with a host name: what a browser can open."""
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return False
    host = parts.hostname or ""
    return (
        parts.scheme in ("http", "https")
        and bool(host)
        and ("." in host or host == "localhost")
        and " " not in value.strip()
    )


def with_scheme(value: str) -> str:
    """``example.org/page`` as typed becomes ``https://example.org/page``; an address with a
    scheme, or text that is no address, is returned as it is (trimmed)."""
    value = value.strip()
    if value and "://" not in value and not value.lower().startswith(("mailto:", "http:")):
        candidate = "https://" + value.removeprefix("//")
        if is_web_url(candidate):
            return candidate
    return value
