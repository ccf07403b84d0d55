"""Subtitles read as the spoken text, each cue's start time kept so a span is cited by it."""

from __future__ import annotations

import pytest

from annotator.domain.errors import InputRefused
from annotator.domain.sources.passages import check_passages, cited, cited_span, passage_at
from annotator.domain.text import canonicalize
from annotator.services.importing.material import registry, subtitles
from annotator.services.importing.material.reading import MaterialRead, ReadOptions, Source
from tests import material_samples as samples


def read(name: str, data: bytes, encoding: str | None = None) -> MaterialRead:
    return subtitles.read(Source(name, data), ReadOptions(encoding=encoding))


def where(read_: MaterialRead, quote: str) -> str:
    """How the window cites ``quote``: the passage of its span."""
    (draft,) = read_.drafts
    start = draft.text.index(quote)
    return cited_span(draft.passages, start, start + len(quote))


def test_youtube_rolling_captions_keep_each_line_once() -> None:
    result = read("captions.vtt", samples.YOUTUBE_VTT.read_bytes())
    (draft,) = result.drafts
    assert draft.text == "yeah\nwhat\nthis will happen is I'm telling"
    assert [p.label for p in draft.passages] == ["00:04:46.070", "00:04:46.470", "00:05:04.080"]
    assert draft.language == "en"
    assert where(result, "what") == "at 4:46"
    assert where(result, "happen is") == "at 5:04"
    assert "2 repeated caption line(s) left out" in result.notes


def test_a_cp1252_srt_with_crlf_and_styling_gives_the_spoken_text() -> None:
    result = read("interview.srt", samples.SRT_CP1252)
    (draft,) = result.drafts
    assert draft.encoding == "cp1252"
    assert draft.text == (
        "Les propriétaires de café disent que les prix ont augmenté de 40 % depuis février.\n"
        "« Personne n’a été blessé », a déclaré le maire.\n"
        "- Est-ce vrai ?\n- Ça ne l’est pas."
    )
    assert where(result, "Personne n’a été blessé") == "at 12:04"
    assert where(result, "Ça ne l’est pas") == "at 1:02:03"
    assert where(result, "février.\n« Personne") == "at 0:01–12:04"
    assert draft.title == "interview"


def test_webvtt_tags_voices_entities_note_and_style_blocks_are_left_out() -> None:
    result = read("news.vtt", samples.VTT.encode())
    (draft,) = result.drafts
    assert draft.text == (
        "Доброго вечора 👋\n"
        "Мер заявив, що ніхто не постраждав & все під контролем.\n"
        "Café знову працює."
    )
    assert canonicalize(draft.text) == draft.text  # "Cafe" + U+0301 arrived composed
    assert draft.language == "uk"
    assert where(result, "ніхто не постраждав") == "at 12:04"
    assert where(result, "Café") == "at 12:07"
    assert cited(draft.passages[0]) == "at 0:00"


def test_every_cue_passage_points_at_its_text_in_the_canonical_article() -> None:
    for name, data in (
        ("a.srt", samples.SRT_CP1252),
        ("b.vtt", samples.VTT.encode("utf-8-sig")),
        ("c.vtt", samples.YOUTUBE_VTT.read_bytes()),
        ("d.srt", samples.SRT_CP1252.decode("cp1252").encode("utf-16")),
    ):
        (draft,) = read(name, data).drafts
        assert canonicalize(draft.text) == draft.text, name
        check_passages(draft.passages, len(draft.text))
        for passage in draft.passages:
            assert passage.start == 0 or draft.text[passage.start - 1] == "\n"
            assert passage_at(draft.passages, passage.start) is passage


def test_the_user_may_name_the_encoding() -> None:
    data = "1\n00:00:01,000 --> 00:00:02,000\nПривіт\n".encode("koi8-u")
    (draft,) = read("a.srt", data, encoding="koi8-u").drafts
    assert draft.text == "Привіт"


def test_a_vtt_inside_a_srt_file_is_read_as_what_it_is() -> None:
    (draft,) = read("misnamed.srt", samples.VTT.encode()).drafts
    assert draft.text.startswith("Доброго вечора")


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("a.srt", b"Just a note, no cues here.\n", "not a SubRip file"),
        ("a.vtt", b"WEBVTT\n\nNOTE nothing spoken\n", "holds no spoken text"),
        ("a.srt", b"1\n00:00:01,000 --> 00:00:02,000\n\n", "holds no spoken text"),
        ("a.srt", b"", "file is empty"),
        ("a.srt", b"\x00\x01\x02\x03" * 100, "not a text file"),
    ],
)
def test_what_is_not_subtitles_is_refused_with_the_reason(
    name: str, data: bytes, reason: str
) -> None:
    with pytest.raises(InputRefused) as refused:
        read(name, data)
    assert reason in str(refused.value)
    assert "\n" not in str(refused.value)


def test_srt_and_vtt_files_are_subtitles_by_their_extension(tmp_path) -> None:  # type: ignore[no-untyped-def]
    for name in ("a.srt", "b.VTT"):
        (tmp_path / name).write_bytes(samples.SRT_CP1252)
        assert registry.kind_of(tmp_path / name) is registry.BY_NAME["subtitles"]
