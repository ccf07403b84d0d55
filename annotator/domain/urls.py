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
