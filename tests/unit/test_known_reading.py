"""Reading published ClaimReview: every layout the field publishes, and every reader a border.

The files are in tests/data/known (SOURCES says where each comes from); the AFP page's JSON-LD
is a real published fact-check's markup.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.domain.errors import InputRefused
from annotator.services.known.claimreview_reading import (
    looks_like_claimreview,
    read_claimreview,
)
from annotator.services.known.page_reviews import reviews_in_page

DATA = Path(__file__).resolve().parents[1] / "data" / "known"


def read(name: str):  # type: ignore[no-untyped-def]
    return read_claimreview((DATA / name).read_text(encoding="utf-8"), name)


def test_one_claimreview_with_its_rating_claimant_and_appearance() -> None:
    found = read("single_review.jsonld")
    (check,) = found.checks
    assert check.url == "https://factcheck.example/2024/11/north-korean-soldiers-captured"
    assert check.claim_reviewed.startswith("Ukrainian forces captured two wounded North Korean")
    assert (check.rating_name, check.rating_value, check.best_rating, check.worst_rating) == (
        "True",
        5.0,
        5.0,
        1.0,
    )
    assert check.rating == "True (5/5)"
    assert (check.publisher, check.publisher_url) == (
        "Example Fact Desk",
        "https://factcheck.example/",
    )
    assert (check.published_at, check.language, check.claimant) == (
        "2024-11-28",
        "en",
        "Volodymyr Zelensky",
    )
    assert check.appearances == ("https://news.example/2024/11/27/captured-soldiers",)
    assert found.left_out == 0


def test_a_list_and_a_review_without_any_rating() -> None:
    first, second = read("list_of_reviews.json").checks
    assert first.rating_name == "Unproven" and first.rating_value is None
    assert first.appearances == ("https://news.example/2024/05/06/izium-strike",)
    assert first.claimant == "Rogov"
    # Many feeds give no verdict at all: the review is kept, its rating empty.
    assert second.claim_reviewed == "Kharkiv has had no electricity for a month."
    assert (second.rating_name, second.rating_value, second.rating) == (None, None, "")
    assert second.rating_dict() is None
    assert second.claimant == "Social media posts"


def test_a_graph_with_its_author_referenced_by_id_and_types_as_a_list() -> None:
    izium, metro = read("graph_reviews.jsonld").checks
    assert izium.publisher == "Перевірка фактів (приклад)"
    assert izium.publisher_url == "https://perevirka.example/"
    assert izium.language == "uk"  # from {"@type": "Language", "alternateName": "uk"}
    assert izium.rating == "Правда (5/5)"
    assert metro.claim_reviewed == "У Харкові закрили метро через обстріли"
    assert metro.rating_value == 1.0


def test_the_datacommons_feed_and_what_it_leaves_out() -> None:
    found = read("datacommons_feed.json")
    (check,) = found.checks
    assert check.url == "https://factcheck.example/2024/12/balakliia-bridge"
    assert check.rating == "Mostly false (2/5)" and check.claimant == "Telegram channels"
    assert check.appearances == ("https://t.me/s/example_channel/1234",)
    # The second review has no address to be found again by: left out, its place named.
    assert found.left_out == 1
    assert found.first_left_out == "dataFeedElement[1].item[0]: no review URL"


def test_a_fact_check_tools_api_response() -> None:
    first, second = read("factchecktools_response.json").checks
    assert (
        first.claim_reviewed
        == second.claim_reviewed
        == ("Two North Korean soldiers were captured alive by Ukraine")
    )
    assert (first.publisher, first.publisher_url) == (
        "Example Fact Desk",
        "https://factcheck.example",
    )
    assert (first.rating_name, first.published_at, first.language) == ("True", "2025-01-12", "en")
    assert first.title == "Yes, Ukraine did capture two North Korean soldiers"
    assert (second.rating_name, second.language, second.claimant) == (
        "Правда",
        "uk",
        "Ukrainian officials",
    )


def test_a_real_fact_check_pages_markup() -> None:
    markup = (DATA / "afp_faktencheck_leipzig.html").read_text(encoding="utf-8")
    page = reviews_in_page(markup, "afp_faktencheck_leipzig.html")
    assert page.problems == []
    (check,) = page.reviews.checks
    assert check.claim_reviewed == "Das Alte Rathaus in Leipzig ist versunken"
    assert check.url == "https://faktencheck.afp.com/http%253A%252F%252Fdoc.afp.com%252F9LK8NN-1"
    # Numbers given as text, a date written "2021-08-24 14:41", the page's language.
    assert check.rating == "Falsch (1/5)" and check.worst_rating == 1.0
    assert (check.publisher, check.publisher_url) == ("AFP", "https://factcheck.afp.com/")
    assert (check.published_at, check.language) == ("2021-08-24", "de")
    assert check.claimant == "Facebook-Nutzer"
    assert check.appearances == ("https://archive.is/CLuhH",)
    assert check.title == "Nein, das Alte Rathaus in Leipzig ist nicht in der Erde versunken"


def test_our_own_claimreview_export_reads_back() -> None:
    from annotator.domain.models import Article, Claim, Claimant, Review
    from annotator.domain.schemes import Status
    from annotator.services.formats import claimreview

    article = Article("a1", "Izium", "Rogov said Izium fell.", "sha", url="https://news.example/a")
    claim = Claim(
        id="c1",
        article_id="a1",
        start=0,
        end=22,
        quote="Rogov said Izium fell.",
        status="false",
        claimant=Claimant(name="Rogov"),
        review=Review(url="https://desk.example/izium", published_at="2024-05-06"),
    )
    item = claimreview.claim_review(
        claim, article, Status("false", "False", True, 1), claimreview.Organization("Desk")
    )
    text = claimreview.opening() + "\n" + json.dumps(item) + claimreview.closing(1)
    assert looks_like_claimreview(text)
    (check,) = read_claimreview(text).checks
    assert (check.url, check.claim_reviewed, check.rating) == (
        "https://desk.example/izium",
        "Rogov said Izium fell.",
        "False (1/5)",
    )
    assert (check.publisher, check.claimant, check.appearances) == (
        "Desk",
        "Rogov",
        ("https://news.example/a",),
    )


def test_what_is_not_claimreview_is_not_taken_for_it() -> None:
    assert not looks_like_claimreview('{"format": "factcheck-annotator/dataset", "ClaimReview"}')
    assert not looks_like_claimreview('[{"text": "no reviews here", "label": []}]')
    assert looks_like_claimreview('{"claims": [{"claimReview": []}]}')
    assert looks_like_claimreview('{"@type": "http://schema.org/ClaimReview"}')


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ('{"@type": "ClaimReview", "url": "https://a.example", ', "JSON ends"),
        ('{"@type": "ClaimReview",\n "url": }', "line 2, column 9"),
        (
            '{"@graph": [{"@type": "ClaimReview", "url": "https://a.example", '
            '"claimReviewed": {"text": "an object"}}]}',
            "@graph[0]: claimReviewed is not text",
        ),
        (
            '[{"@type": "ClaimReview", "url": "https://a.example", "claimReviewed": "x\\u0000y"}]',
            "[0]: claimReviewed holds a NUL character",
        ),
        (
            '{"@type": "ClaimReview", "url": "https://a.example", "claimReviewed": "\\ud800"}',
            "the review: claimReviewed holds a lone surrogate",
        ),
        ("[" * 80 + "]" * 80, "nested more than 64 levels deep"),
    ],
)
def test_malformed_claimreview_is_refused_naming_the_place(text: str, place: str) -> None:
    with pytest.raises(InputRefused) as refused:
        read_claimreview(text)
    message = str(refused.value)
    assert "\n" not in message
    if place == "JSON ends":
        assert "not valid JSON" in message
    else:
        assert place in message, message


def test_a_page_whose_markup_is_broken_says_which_block() -> None:
    page = reviews_in_page(
        '<html><head><script type=\'application/ld+json\'>{"@type": "WebPage"}</script>'
        '<script type=\'application/ld+json\'>{"@type": "ClaimReview", oops}</script>'
        "</head><body><p>Text</p></body></html>"
    )
    assert page.reviews.checks == []
    (problem,) = page.problems
    assert problem.startswith("JSON-LD block 2: not valid JSON"), problem


def test_a_web_address_is_the_only_address_kept() -> None:
    found = read_claimreview(
        '[{"@type": "ClaimReview", "url": "javascript:alert(1)", "claimReviewed": "x"},'
        ' {"@type": "ClaimReview", "url": "https://ok.example/r", "claimReviewed": "y",'
        '  "itemReviewed": {"appearance": ["file:///etc/passwd", "https://seen.example/p"]}}]'
    )
    (check,) = found.checks
    assert check.appearances == ("https://seen.example/p",)
    assert found.first_left_out == "[0]: its review URL is not a web address"


# --- fuzzing: whatever the file holds, a review list or one refusal, never a crash ----------

_SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
_KEYS = st.sampled_from(
    [
        "@type",
        "@id",
        "@graph",
        "@value",
        "url",
        "claimReviewed",
        "reviewRating",
        "ratingValue",
        "bestRating",
        "alternateName",
        "name",
        "author",
        "itemReviewed",
        "appearance",
        "datePublished",
        "inLanguage",
        "claims",
        "claimReview",
        "text",
        "publisher",
        "reviewDate",
        "dataFeedElement",
        "item",
    ]
)
_TYPES = st.sampled_from(["ClaimReview", "Rating", "Claim", "Organization", ["ClaimReview"]])
_JSON = st.recursive(
    _SCALARS | _TYPES | st.sampled_from(["https://a.example/r", "2021-08-24 14:41", "4,5"]),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(_KEYS | st.text(max_size=5), children, max_size=6)
    ),
    max_leaves=40,
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_JSON)
def test_any_json_is_read_or_refused_never_a_crash(value: object) -> None:
    text = json.dumps(value, allow_nan=True)
    try:
        found = read_claimreview(text, "fuzz.json")
    except InputRefused as error:
        assert "\n" not in str(error)
        return
    for check in found.checks:
        assert check.url.startswith(("http://", "https://")) and check.claim_reviewed
        assert "\x00" not in check.claim_reviewed


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text_is_read_or_refused_never_a_crash(text: str) -> None:
    with contextlib.suppress(InputRefused):
        read_claimreview(text)
    page = reviews_in_page(f"<script type='application/ld+json'>{text}ClaimReview</script>")
    assert all("\n" not in problem for problem in page.problems)


def test_json_lines_a_review_a_line_as_the_datacommons_research_dataset() -> None:
    lines = [
        '{"@type": "ClaimReview", "url": "https://a.example/1", "claimReviewed": "one"}',
        "",
        '{"@type": "ClaimReview", "url": "https://a.example/2", "claimReviewed": "two"}',
        '{"@type": "ClaimReview", "claimReviewed": "no address"}',
    ]
    found = read_claimreview("\n".join(lines))
    assert [c.claim_reviewed for c in found.checks] == ["one", "two"]
    assert found.first_left_out == "line 4: no review URL"
    with pytest.raises(InputRefused, match="line 5: not valid JSON"):
        read_claimreview("\n".join([*lines, "{oops}"]))
