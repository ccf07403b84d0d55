"""Telegram Desktop exports read as a fact-checker needs them: one article per post with text,
the channel, author, date, address and each post's place kept; the JSON export (current,
older, full-account) and the HTML export alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.domain.errors import InputRefused
from annotator.domain.sources.passages import check_passages
from annotator.domain.text import canonicalize
from annotator.services.importing.article_files import ArticleDraft
from annotator.services.importing.material import registry, telegram_html, telegram_json
from annotator.services.importing.material.reading import MaterialRead, ReadOptions, Source
from annotator.services.importing.material.telegram_posts import telegram_username
from tests import material_samples as samples


def read_json(data: dict, channels: dict[str, str] | None = None) -> MaterialRead:
    raw = json.dumps(data, ensure_ascii=False).encode()
    return telegram_json.read(
        Source("result.json", raw), ReadOptions(telegram_channels=channels or {})
    )


def by_first_post(read: MaterialRead) -> dict[str, ArticleDraft]:
    return {d.passages[0].label.split(" ")[0]: d for d in read.drafts}


def assert_canonical_with_passages(draft: ArticleDraft) -> None:
    assert canonicalize(draft.text) == draft.text
    check_passages(draft.passages, len(draft.text))
    for passage in draft.passages:
        assert passage.start == 0 or draft.text[passage.start - 2 : passage.start] == "\n\n"


def test_the_real_export_of_a_channel_gives_one_article_per_post_with_text() -> None:
    read = telegram_json.read(
        Source("result.json", samples.TG2MD.read_bytes()),
        ReadOptions(telegram_channels={"": "tg_test"}),
    )
    texts = [d.text for d in read.drafts]
    assert texts[0] == "test text post"
    assert "photo with text" in texts
    # ``text`` as a list of entity objects (an old export: no text_entities), joined as written.
    assert "italic\n\nbold\n\nunderline\n\nstrikethrough\n\nmonospace" in texts
    assert "italic in text\n\nitalic on whole line" in texts
    assert len(read.drafts) == 13
    first = read.drafts[0]
    assert (first.publisher, first.url, first.published_at) == (
        "test",
        "https://t.me/tg_test/2",
        "2020-11-12",  # an older export: the exporter's local day, its zone unknown
    )
    assert first.passages[0].label == "2 · 2020-11-12 12:54 local time"
    notes = "; ".join(read.notes)
    assert "3 post(s) with media only, not imported" in notes
    assert "1 service message(s) skipped" in notes
    assert "local time" in notes
    for draft in read.drafts:
        assert_canonical_with_passages(draft)


def test_entities_albums_forwards_replies_and_signatures_are_kept() -> None:
    read = read_json(samples.channel_export(), {"": "frontnews"})
    posts = by_first_post(read)
    assert set(posts) == {"4521", "4522", "4525", "4526", "4527"}
    entities = posts["4521"]
    assert entities.text == samples.ENTITY_PLAIN  # links as written, Cyrillic and emoji
    assert entities.url == "https://t.me/frontnews/4521"
    assert entities.publisher == samples.CHANNEL
    assert entities.published_at == "2024-03-01T08:15:30Z"  # date_unixtime, in UTC
    assert entities.authors == []  # the channel itself is the sender: it is the publisher
    album = posts["4522"]
    assert album.text == "Фото з місця подій 📷"  # three photos, one caption: one article
    assert posts["4525"].passages[0].label == (
        "4525 · 2024-03-01 08:17 UTC · forwarded from Генеральний штаб ЗСУ"
    )
    assert posts["4526"].passages[0].label.endswith("· in reply to 4525")
    assert posts["4527"].authors == ["Олена Коваль"]
    assert read.notes[:2] == [
        "1 post(s) with media only, not imported",
        "1 service message(s) skipped",
    ]
    for draft in read.drafts:
        assert_canonical_with_passages(draft)


def test_an_album_with_several_captions_is_one_article_with_a_passage_per_post() -> None:
    export = samples.channel_export()
    export["messages"][3]["text"] = "Другий кадр: 🏚️ зруйнований будинок"
    export["messages"][3]["text_entities"] = [
        {"type": "plain", "text": export["messages"][3]["text"]}
    ]
    (album,) = [d for d in read_json(export).drafts if d.passages[0].label.startswith("4522")]
    assert album.text == "Фото з місця подій 📷\n\nДругий кадр: 🏚️ зруйнований будинок"
    assert [p.label.split(" ")[0] for p in album.passages] == ["4522", "4523"]
    second = album.passages[1].start
    assert album.text[second:] == "Другий кадр: 🏚️ зруйнований будинок"
    assert_canonical_with_passages(album)


def test_an_older_export_without_date_unixtime_and_text_entities_reads_the_same() -> None:
    new = read_json(samples.channel_export())
    old = read_json(samples.channel_export(old=True))
    assert [d.text for d in old.drafts] == [d.text for d in new.drafts]
    first = old.drafts[0]
    assert first.published_at == "2024-03-01"  # local time, zone unknown: the day
    assert first.passages[0].label == "4521 · 2024-03-01 10:15 local time"


def test_text_entities_are_read_where_text_disagrees() -> None:
    export = samples.channel_export()
    export["messages"][1]["text"] = "stale"
    (first, *_) = read_json(export).drafts
    assert first.text == samples.ENTITY_PLAIN


def test_a_full_account_export_gives_every_chat_and_addresses_only_where_named() -> None:
    read = read_json(samples.full_account_export(), {samples.CHANNEL: "frontnews"})
    publishers = {d.publisher for d in read.drafts}
    assert publishers == {samples.CHANNEL, "Редакція"}
    (group_post,) = [d for d in read.drafts if d.publisher == "Редакція"]
    assert group_post.authors == ["Андрій Шевченко"]  # in a group, the sender wrote it
    assert group_post.url is None  # no username given for it: none invented
    channel_urls = {d.url for d in read.drafts if d.publisher == samples.CHANNEL}
    assert "https://t.me/frontnews/4521" in channel_urls


def test_no_address_is_invented_without_a_username() -> None:
    read = read_json(samples.channel_export())
    assert all(d.url is None for d in read.drafts)
    assert any("--telegram-channel" in note for note in read.notes)


@pytest.mark.parametrize(
    ("given", "name"),
    [
        ("frontnews", "frontnews"),
        ("@frontnews", "frontnews"),
        ("https://t.me/frontnews", "frontnews"),
        ("t.me/front_news_2/", "front_news_2"),
    ],
)
def test_a_username_may_be_given_as_people_copy_it(given: str, name: str) -> None:
    assert telegram_username(given) == name


@pytest.mark.parametrize("given", ["", "a b", "fr", "1abc5", "https://t.me/", "x" * 40])
def test_what_cannot_be_a_username_is_refused(given: str) -> None:
    with pytest.raises(InputRefused, match="not a Telegram username"):
        telegram_username(given)


def test_the_html_export_in_two_pages_reads_as_the_json_does(tmp_path: Path) -> None:
    pages = samples.write_html_export(tmp_path / "ChatExport")
    drafts = []
    for page in pages:
        read = telegram_html.read(Source(page.name, page.read_bytes()), ReadOptions())
        drafts.extend(read.drafts)
    posts = {d.passages[0].label.split(" ")[0]: d for d in drafts}
    assert set(posts) == {"4521", "4522", "4525", "4526", "4527"}
    first = posts["4521"]
    assert first.text == (
        "Терміново: у Харкові 😀 вибухи.\nДеталі: https://example.org/a?b=1 & #Харків"
    )
    assert first.publisher == samples.CHANNEL
    assert first.published_at == "2024-03-01T08:15:30Z"  # 10:15:30 UTC+02:00
    assert posts["4525"].passages[0].label.endswith("forwarded from Генеральний штаб ЗСУ")
    assert posts["4525"].text == "Заява Генштабу: ворог втратив 12 танків."
    assert posts["4526"].passages[0].label.endswith("in reply to 4525")
    assert posts["4527"].authors == ["Олена Коваль"]
    for draft in drafts:
        assert_canonical_with_passages(draft)


def test_an_older_html_export_without_zones_keeps_the_local_day(tmp_path: Path) -> None:
    page = samples.html_pages(zone=False)[0].encode()
    read = telegram_html.read(Source("messages.html", page), ReadOptions())
    assert read.drafts[0].published_at == "2024-03-01"
    assert read.drafts[0].passages[0].label == "4521 · 2024-03-01 10:15 local time"


def test_telegram_files_are_told_from_datasets_and_web_pages(tmp_path: Path) -> None:
    export = samples.write_json(tmp_path / "a", samples.channel_export())
    full = samples.write_json(tmp_path / "b", samples.full_account_export())
    ours = tmp_path / "dataset.json"
    ours.write_text('{"format": "factcheck-annotator/dataset", "format_version": 1}')
    doccano = tmp_path / "doccano.json"
    doccano.write_text('[{"text": "x", "label": []}]')
    page = tmp_path / "page.html"
    page.write_text("<html><body><article><p>News</p></article></body></html>")
    (messages, _) = samples.write_html_export(tmp_path / "html")
    assert registry.kind_of(export) is registry.BY_NAME["telegram"]
    assert registry.kind_of(full) is registry.BY_NAME["telegram"]
    assert registry.kind_of(samples.TG2MD) is registry.BY_NAME["telegram"]
    assert registry.kind_of(messages) is registry.BY_NAME["telegram-html"]
    assert registry.kind_of(ours) is None
    assert registry.kind_of(doccano) is None
    assert registry.kind_of(page) is None


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b'{"name": "x", "messages": [', "not valid JSON (line 1, column"),
        (b"[1, 2]", "not a JSON object"),
        (b'{"name": "x", "messages": {}}', "the chat: not a chat with a list of messages"),
        (b'{"name": "x", "messages": [{"id": "7", "type": "message"}]}', "message 1: its id"),
        (
            b'{"name": "x", "messages": [{"id": 7, "type": "message", "text": 5}]}',
            "message 1 (id 7): text is neither a string nor a list",
        ),
        (
            b'{"name": "x", "messages": [{"id": 7, "type": "message", "text": "a", '
            b'"date_unixtime": "soon"}]}',
            "message 1 (id 7): date_unixtime is not a number",
        ),
        (b'{"about": "x", "chats": {"list": 3}}', "chats.list is not a list"),
    ],
)
def test_a_file_of_the_wrong_shape_is_refused_naming_the_place(data: bytes, reason: str) -> None:
    with pytest.raises(InputRefused) as refused:
        telegram_json.read(Source("result.json", data), ReadOptions())
    assert reason in str(refused.value)
    assert "\n" not in str(refused.value)


def test_the_readme_table_of_material_is_generated_from_the_registry() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    begin, end = "<!-- generated: material table -->\n", "<!-- end: material table -->"
    table = readme.split(begin, 1)[1].split(end, 1)[0].strip()
    assert table == registry.readme_table(), "run: python docs/architecture_lists.py"
