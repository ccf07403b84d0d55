"""Reading articles from HTML pages and text files."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.domain.errors import InputRefused
from annotator.services.importing.article_files import read_html_article, read_text_article

PAGE = """<!DOCTYPE html><html lang="uk"><head><meta charset="windows-1251">
<title>Оборона Харкова | Новини</title>
<meta property="og:title" content="Оборона Харкова: що відомо">
<meta name="author" content="Олена Петренко">
<meta property="article:published_time" content="2024-09-12T08:30:00+03:00">
<meta property="og:site_name" content="Новини Сходу">
<script>document.write("tracking"); fetch("http://example.invalid/x")</script>
</head><body><nav><a href="/">Головна</a> | <a href="/news">Новини</a></nav>
<article><h1>Оборона Харкова: що відомо</h1>
<p>За словами речника, протягом доби ворог 12 разів обстрілював околиці міста.</p>
<p>Місцева влада повідомила, що евакуація з прикордонних сіл триває. Понад 300 людей вивезли.</p>
<p>Експерти вважають, що інтенсивність обстрілів зросла після контрнаступу у вересні.</p>
</article><footer>Leave a Reply. Subscribe to our newsletter. © 2024</footer></body></html>"""


def test_a_saved_page_gives_its_main_text_and_metadata() -> None:
    draft = read_html_article(Path("page.html"), PAGE.encode("cp1251"))
    assert draft.title == "Оборона Харкова: що відомо"
    assert "ворог 12 разів обстрілював" in draft.text
    assert "Понад 300 людей вивезли" in draft.text
    for chrome in ("tracking", "fetch", "Головна", "Leave a Reply", "Subscribe"):
        assert chrome not in draft.text
    assert draft.authors == ["Олена Петренко"]
    assert draft.published_at == "2024-09-12"
    assert draft.publisher == "Новини Сходу"
    assert draft.language == "uk"


def test_a_page_without_readable_text_is_refused() -> None:
    with pytest.raises(InputRefused, match="no readable text"):
        read_html_article(Path("empty.html"), b"<html><body><script>x()</script></body></html>")


def test_a_text_file_is_its_whole_text() -> None:
    draft = read_text_article(Path("a.txt"), b"Headline here\r\n\r\nBody.\r\n")
    assert draft.text == "Headline here\n\nBody.\n" and draft.title == "Headline here"
    assert draft.source == "a.txt"
