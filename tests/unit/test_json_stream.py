"""The dataset reader's text source and its windows: a file read in pieces gives the text a
whole read gives, and a JSON error is placed where ``json.loads`` places it, whichever
piece of the file it falls in."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.domain.errors import InputRefused
from annotator.services.importing import json_stream
from annotator.services.importing.import_report import Outcome
from annotator.services.importing.json_stream import JsonStream, Utf8File, json_refusal
from tests.helpers import dataset_document, write_json

# Letters of one to four UTF-8 bytes, line endings of every kind, the characters JSON escapes.
TEXT = st.text(
    st.sampled_from(["a", " ", "\n", "\r", "é", "ї", "€", "😀", "\u2028", '"', "\\"]),
    max_size=300,
)


def read_all(source: Utf8File, size: int) -> list[str]:
    pieces = []
    while piece := source.read(size):
        pieces.append(piece)
    return pieces


@settings(max_examples=200, deadline=None)
@given(text=TEXT, size=st.integers(1, 40), bom=st.booleans())
def test_a_file_read_in_pieces_is_its_text_without_the_bom(
    tmp_path_factory: pytest.TempPathFactory, text: str, size: int, bom: bool
) -> None:
    path = tmp_path_factory.mktemp("pieces") / "text.json"
    path.write_bytes(("\ufeff" if bom else "").encode("utf-8") + text.encode("utf-8"))
    source = Utf8File(path)
    try:
        pieces = read_all(source, size)
        assert source.read(size) == ""  # and stays at its end
    finally:
        source.close()
    assert "".join(pieces) == text  # line endings as written, no character cut in two
    assert all(pieces)


def test_bytes_that_are_not_utf8_are_an_error_where_they_are_read(tmp_path: Path) -> None:
    path = tmp_path / "cp1251.json"
    path.write_bytes(b'{"title": "' + "Київ".encode("cp1251") + b'"}')
    source = Utf8File(path)
    try:
        with pytest.raises(UnicodeDecodeError):
            read_all(source, 4)
    finally:
        source.close()


def test_a_dataset_that_stops_being_utf8_late_is_read_again_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stream gives up at the first byte that is not UTF-8, after the first article, with
    nothing stored; the file is then read whole, its encoding guessed, and refused by name."""
    from tests.helpers import new_workspace

    monkeypatch.setattr(json_stream, "READ_CHARS", 64)  # the first article is read first
    document = dataset_document(["Перша стаття.", "Друга стаття, трохи довша."])
    data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    # The rest in cp1251 from the second article on: a file some tool re-encoded half-way.
    cut = data.index("Друга".encode())
    path = tmp_path / "mixed.json"
    path.write_bytes(data[:cut] + data[cut:].decode("utf-8").encode("cp1251"))
    workspace = new_workspace(tmp_path)
    try:
        report = workspace.import_paths([path])
        stored = workspace.stats().articles
    finally:
        workspace.close()
    [result] = report.results
    assert result.outcome is Outcome.REFUSED
    # Read whole as cp1251, the first article's text no longer matches its hash.
    assert "article 1" in result.reason and "text_sha256 does not match" in result.reason
    assert stored == 0


def whole_verdict(text: str) -> str:
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        return str(json_refusal(text, error))
    raise AssertionError("the text is valid JSON")


def streamed_verdict(source: io.StringIO | Utf8File) -> str:
    stream = JsonStream(source)
    try:
        for key, value in stream.members("articles"):
            if key == "articles" and isinstance(value, Iterator):
                for _ in value:
                    pass
    except InputRefused as refusal:
        return str(refusal)
    raise AssertionError("the stream read it all")


@settings(max_examples=150, deadline=None)
@given(data=st.data(), window=st.integers(8, 120))
def test_a_json_error_is_placed_as_json_loads_places_it(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject, window: int
) -> None:
    document = dataset_document(["Перше речення.\nДруге 😀.", "Third one."])
    text = json.dumps(document, ensure_ascii=False, indent=data.draw(st.sampled_from([None, 1])))
    position = data.draw(st.integers(1, len(text) - 2))
    broken = text[:position] + data.draw(st.sampled_from(["}", "@", ",,", "\n]"])) + text[position:]
    try:
        json.loads(broken)
    except json.JSONDecodeError:
        pass
    else:
        return  # the insertion happened to keep it valid (inside a string)
    expected = whole_verdict(broken)
    path = tmp_path_factory.mktemp("broken") / "broken.json"
    path.write_text(broken, encoding="utf-8", newline="")
    source = Utf8File(path)
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(json_stream, "READ_CHARS", window)
            assert streamed_verdict(source) == expected
    finally:
        source.close()


def test_the_importer_streams_a_dataset_through_the_utf8_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Guard for the fast path: a file of ours is read by ``Utf8File`` (not read whole)."""
    from annotator.services.importing import dataset_files
    from tests.helpers import new_workspace

    opened: list[Path] = []

    class Watched(Utf8File):
        def __init__(self, path: Path) -> None:
            opened.append(path)
            super().__init__(path)

    monkeypatch.setattr(dataset_files, "Utf8File", Watched)
    path = write_json(tmp_path / "ours.json", dataset_document(["Одна стаття.", "Another."]))
    workspace = new_workspace(tmp_path)
    try:
        report = workspace.import_paths([path])
    finally:
        workspace.close()
    assert report.articles_added == 2
    assert opened == [path]


def odd_characters(value: object) -> bool:
    """Whether any string in ``value`` holds a lone surrogate or a NUL."""
    if isinstance(value, str):
        return "\0" in value or any("\ud800" <= c <= "\udfff" for c in value)
    if isinstance(value, dict):
        return any(odd_characters(k) or odd_characters(v) for k, v in value.items())
    if isinstance(value, list):
        return any(odd_characters(v) for v in value)
    return False


# Characters JSON escapes (backslashes, quotes, newlines), ones it may (é as \u00e9), the odd
# ones, and runs long enough to pass the one-by-one search of escapes.
PIECES = st.sampled_from(
    ["a", "\\", '"', "\n", "é", "😀", "\0", "\ud800", "\udfff", "\\" * 250, "u", "d"]
)


@settings(max_examples=300, deadline=None)
@given(items=st.lists(st.lists(PIECES, max_size=12).map("".join), max_size=6), ascii=st.booleans())
def test_a_value_that_may_hold_a_lone_surrogate_or_a_nul_is_always_told(
    items: list[str], ascii: bool
) -> None:
    text = json.dumps({"articles": [{"text": t} for t in items]}, ensure_ascii=ascii)
    # As a file holds them: a lone surrogate only as an escape (UTF-8 cannot carry one; the
    # file is decoded strictly), NUL always (JSON escapes every control character).
    text = re.sub("[\ud800-\udfff]", lambda found: f"\\u{ord(found[0]):04x}", text)
    stream = JsonStream(io.StringIO(text))
    for key, value in stream.members("articles"):
        assert key == "articles" and isinstance(value, Iterator)
        for article in value:
            may_hold = stream.last_may_hold_surrogates()
            if odd_characters(article):
                assert may_hold, article
            elif "\\u" not in text:  # no escape of the kind: no walk of its strings either
                assert not may_hold, article
