"""Fuzzing every reader of material: mutated bytes of the real and the made samples, and
files hypothesis builds. A reader either reads (every article canonical, every passage
inside its text and in order) or refuses with one line (InputRefused); any other exception
is a bug.

A few hundred cases per reader run in the suite; ``ANNOTATOR_FUZZ_CASES=5000`` runs more
(``ANNOTATOR_FUZZ_EXAMPLES`` for hypothesis).
"""

from __future__ import annotations

import json
import os
import random
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.domain.errors import InputRefused
from annotator.domain.sources.passages import check_passages
from annotator.domain.text import canonicalize
from annotator.services.importing.material import registry
from annotator.services.importing.material.reading import MaterialRead, ReadOptions, Source
from tests import material_samples as samples

CASES = int(os.environ.get("ANNOTATOR_FUZZ_CASES", "300"))
EXAMPLES = int(os.environ.get("ANNOTATOR_FUZZ_EXAMPLES", "80"))

TOKENS = [
    b'"',
    b"{",
    b"}",
    b"[",
    b"]",
    b",",
    b"-->",
    b"<",
    b">",
    b"</div>",
    b'<div class="text">',
    b"\x00",
    b"\r",
    b"\r\n",
    b"\xef\xbb\xbf",
    "\u0301".encode(),
    "😀".encode(),
    b"\xff\xfe",
    b"99:99:99,999",
    b"00:00:01.000 --> 00:00:00.000",
    b'"text_entities": 5',
    b'"date_unixtime": "99999999999999999999"',
    b'"id": true',
    b"&amp;",
    b"&#0;",
    b"NOTE",
    b"WEBVTT",
]


def seeds() -> dict[str, list[tuple[str, bytes]]]:
    return {
        "telegram": [
            ("result.json", samples.TG2MD.read_bytes()),
            ("result.json", json.dumps(samples.channel_export(), ensure_ascii=False).encode()),
            ("result.json", json.dumps(samples.full_account_export()).encode()),
            ("result.json", json.dumps(samples.channel_export(old=True)).encode()),
        ],
        "telegram-html": [("messages.html", page.encode()) for page in samples.html_pages()]
        + [("messages.html", samples.html_pages(zone=False)[1].encode())],
        "subtitles": [
            ("a.vtt", samples.YOUTUBE_VTT.read_bytes()),
            ("b.srt", samples.SRT_CP1252),
            ("c.vtt", samples.VTT.encode()),
        ],
    }


def mutate(data: bytes, rng: random.Random) -> bytes:
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        operation = rng.randrange(6)
        at = rng.randrange(len(buffer) + 1)
        if operation == 0 and buffer:
            buffer[min(at, len(buffer) - 1)] = rng.randrange(256)
        elif operation == 1:
            del buffer[at : at + rng.randint(1, 64)]
        elif operation == 2:
            buffer[at:at] = rng.choice(TOKENS)
        elif operation == 3:
            start = rng.randrange(len(buffer) + 1)
            buffer[at:at] = buffer[start : start + rng.randint(1, 200)]
        elif operation == 4:
            buffer[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        else:
            del buffer[at:]
    return bytes(buffer)


def holds_the_contract(read: Callable[[Source, ReadOptions], MaterialRead], source: Source) -> None:
    options = ReadOptions(telegram_channels={"": "frontnews"})
    try:
        result = read(source, options)
    except InputRefused as refusal:
        message = str(refusal)
        assert message and "\n" not in message and "\r" not in message, repr(message)
        return
    for draft in result.drafts:
        assert draft.text and canonicalize(draft.text) == draft.text
        check_passages(draft.passages, len(draft.text))
        assert draft.title.strip()
    for note in result.notes:
        assert "\n" not in note


@pytest.mark.parametrize("kind", ["telegram", "telegram-html", "subtitles"])
def test_mutated_files_are_read_or_refused_in_one_line(kind: str) -> None:
    rng = random.Random(f"material-{kind}")
    corpus = seeds()[kind]
    reader = registry.BY_NAME[kind].read
    for case in range(CASES):
        name, data = corpus[case % len(corpus)]
        mutated = mutate(data, rng)
        try:
            holds_the_contract(reader, Source(name, mutated))
        except AssertionError:
            raise
        except Exception as error:  # the bug found, with the bytes that show it
            raise AssertionError(
                f"case {case} of {kind}: {error!r} on {mutated[:300]!r}"
            ) from error


PIECE = st.text(alphabet=st.characters(codec="utf-8"), max_size=30)
ENTITY = st.one_of(
    PIECE,
    st.fixed_dictionaries({"type": st.sampled_from(["bold", "link", "plain"]), "text": PIECE}),
)
MESSAGE = st.fixed_dictionaries(
    {
        "id": st.integers(-5, 10**12),
        "type": st.sampled_from(["message", "service", "unsupported"]),
        "text": st.one_of(PIECE, st.lists(ENTITY, max_size=5)),
    },
    optional={
        "date_unixtime": st.one_of(st.integers(-(10**13), 10**13).map(str), PIECE),
        "date": st.one_of(PIECE, st.just("2024-03-01T10:15:30")),
        "from": st.one_of(PIECE, st.none()),
        "author": PIECE,
        "forwarded_from": st.one_of(PIECE, st.none()),
        "reply_to_message_id": st.one_of(st.integers(), PIECE),
        "photo": st.just("photos/p.jpg"),
        "text_entities": st.lists(ENTITY, max_size=4),
    },
)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=PIECE, messages=st.lists(MESSAGE, max_size=8))
def test_any_telegram_export_is_read_or_refused(name: str, messages: list[dict]) -> None:
    document = {"name": name, "type": "public_channel", "id": 1, "messages": messages}
    data = json.dumps(document, ensure_ascii=False).encode("utf-8", "surrogatepass")
    holds_the_contract(registry.BY_NAME["telegram"].read, Source("result.json", data))


CUE_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\r\n"), max_size=40)


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    cues=st.lists(
        st.tuples(st.integers(0, 10**8), st.lists(CUE_TEXT, min_size=1, max_size=3)), max_size=8
    ),
    vtt=st.booleans(),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_any_subtitle_file_is_read_or_refused(
    cues: list[tuple[int, list[str]]], vtt: bool, newline: str
) -> None:
    def stamp(ms: int) -> str:
        hours, rest = divmod(ms, 3_600_000)
        minutes, rest = divmod(rest, 60_000)
        seconds, millis = divmod(rest, 1000)
        return f"{hours:02d}:{minutes:02d}:{seconds:02d}{'.' if vtt else ','}{millis:03d}"

    blocks = ["WEBVTT"] if vtt else []
    for number, (start, lines) in enumerate(cues, start=1):
        head = [] if vtt else [str(number)]
        blocks.append(newline.join([*head, f"{stamp(start)} --> {stamp(start + 500)}", *lines]))
    data = (newline * 2).join(blocks).encode("utf-8", "surrogatepass")
    holds_the_contract(
        registry.BY_NAME["subtitles"].read, Source("a.vtt" if vtt else "a.srt", data)
    )
