"""Saved web pages keep their body text, leave reader comments out, say when little text
came out, and get a readable title."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.domain.titles import is_unusable_title
from tests.helpers import new_workspace

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)

INTERVIEW = """<html lang="en"><head><title>Interview with the mayor | City News</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>interview-with-the-mayor</h1>
<p>The mayor of Izium spoke to us about the reconstruction of the bridge and the schools
that reopened in the autumn after the shelling stopped.</p>
<h3>What happens to the bridge?</h3>
<p>We will rebuild it by spring. The money comes from the regional budget and from donors in
Norway, who pledged two million euros last month.</p>
<h3>And the schools?</h3>
<p>Three schools reopened in September. Two more will follow when the windows are replaced,
we hope before the winter holidays begin.</p>
<p><a href="https://example.org/report.pdf">The full audit report of the reconstruction fund
is available as a PDF.</a></p>
<p>Questions about the fund can be sent to <a href="mailto:fund@izium.example">
fund@izium.example</a> at any time.</p>
</article>
<div class="comments"><h2>Comments</h2><div class="comment"><p>Great interview, thank you
for asking about the schools, my children wait for this.</p></div></div>
<footer>© City News 2026. All rights reserved.</footer>
</body></html>
"""

PLACEHOLDERS = """<html><head><title>Breaking: floods in the north</title></head><body>
<article><h1>{{ article.headline }}</h1><p>{{ article.lead }}</p>
<div>{{ article.body | safe }}</div><p>Photo: {{ photo.credit }}</p></article></body></html>
"""


def imported(tmp_path: Path, name: str, markup: str):  # type: ignore[no-untyped-def]
    page = tmp_path / name
    page.write_text(markup, encoding="utf-8")
    workspace = new_workspace(tmp_path / "data")
    report = workspace.import_paths([page])
    document_path = tmp_path / "out.json"
    workspace.export(document_path)
    workspace.close()

    articles = json.loads(document_path.read_text(encoding="utf-8"))["articles"]
    return report, articles


def test_headings_a_link_paragraph_and_an_email_paragraph_are_kept(tmp_path: Path) -> None:
    report, (article,) = imported(tmp_path, "interview.html", INTERVIEW)
    assert report.refused == []
    text = article["text"]
    assert "What happens to the bridge?" in text
    assert "And the schools?" in text
    assert "The full audit report of the reconstruction fund" in text
    assert "fund@izium.example" in text


def test_reader_comments_stay_out(tmp_path: Path) -> None:
    _, (article,) = imported(tmp_path, "interview.html", INTERVIEW)
    assert "Great interview" not in article["text"]
    assert "All rights reserved" not in article["text"]


def test_a_slug_heading_gives_way_to_the_pages_title(tmp_path: Path) -> None:
    _, (article,) = imported(tmp_path, "interview.html", INTERVIEW)
    assert article["title"] == "Interview with the mayor"


def test_a_table_row_heading_gives_way_to_the_pages_title(tmp_path: Path) -> None:
    markup = INTERVIEW.replace("<h1>interview-with-the-mayor</h1>", "<h1>| Name | Role |</h1>")
    markup = markup.replace("Interview with the mayor | City News", "Mayor: bridges &amp; schools")
    _, (article,) = imported(tmp_path, "table.html", markup)
    assert article["title"] == "Mayor: bridges & schools"


def test_a_page_of_template_placeholders_is_flagged(tmp_path: Path) -> None:
    report, _ = imported(tmp_path, "template.html", PLACEHOLDERS)
    (result,) = report.results
    assert result.warning.startswith("little text extracted (")
    assert "little text extracted" in result.line()


def test_a_full_article_is_not_flagged(tmp_path: Path) -> None:
    report, _ = imported(tmp_path, "interview.html", INTERVIEW)
    assert [r.warning for r in report.results] == [""]


@pytest.mark.parametrize(
    ("title", "unusable"),
    [
        ("interview-with-the-mayor", True),
        ("russia_ukraine_war_live_2026", True),
        ("| Date | Event |", True),
        ("Interview with the mayor", False),
        ("Kharkiv", False),
        ("Mid-term elections", False),
    ],
)
@pytest.mark.sqlite_only(reason="opens no database")
def test_slugs_and_table_rows_are_recognised(title: str, unusable: bool) -> None:
    assert is_unusable_title(title) is unusable
