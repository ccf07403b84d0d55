"""A page inside a web capture kept as evidence, named as an evidence's archived copy.

``capture:<sha256>/<14-digit time>/<address>``: the stored WARC or WACZ file by its hash, then
the page as web archives name their copies (the capture time, then the original address),
so a published fact-check can cite it and the program finds it offline.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotator.domain.urls import CAPTURE_REFERENCE, is_web_url

PREFIX = "capture:"
_REFERENCE = CAPTURE_REFERENCE  # the one spelling, known to the rule of links too


@dataclass(frozen=True, slots=True)
class CaptureReference:
    sha256: str
    stamp: str  # 20201007212236
    url: str

    def __str__(self) -> str:
        return f"{PREFIX}{self.sha256}/{self.stamp}/{self.url}"

    @property
    def captured_at(self) -> str:
        """The capture time as an ISO 8601 timestamp in UTC."""
        s = self.stamp
        return f"{s[:4]}-{s[4:6]}-{s[6:8]}T{s[8:10]}:{s[10:12]}:{s[12:14]}Z"


def capture_stamp(captured_at: str) -> str:
    """``2020-10-07T21:22:36Z`` → ``20201007212236`` (the digits of date and time)."""
    digits = "".join(c for c in captured_at[:19] if c.isdigit())
    return digits.ljust(14, "0")[:14]


def parse_capture_reference(value: str | None) -> CaptureReference | None:
    """The capture an archived-copy value names; None when it names none."""
    match = _REFERENCE.fullmatch((value or "").strip())
    if match is None or not is_web_url(match.group(3)):
        return None
    return CaptureReference(match.group(1), match.group(2), match.group(3))
