"""The import's fast paths give exactly what the slow ways gave.

Each shortcut taken to make importing faster is checked here against the code it stands in
for, copied as it was, on many generated inputs: a canonical timestamp returned as it is, a
record that needs only its missing keys, the INSERT parameters made by a generated function
(an empty JSON list written as one text); and for folders of .txt files, the binary check that
looks up the category of each distinct character once and the language guess that counts
each distinct word once.
"""

from __future__ import annotations

import copy
import gc
import json
import unicodedata
from collections import Counter
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, text

from annotator.domain.errors import InputRefused
from annotator.domain.language import detection
from annotator.domain.models import Article, Claim, Claimant, Evidence, Mention, Review
from annotator.domain.timestamps import format_timestamp, normalize_timestamp
from annotator.services.formats import dataset_v1, relaxed_v1
from annotator.services.importing import dataset_storing, decoding
from annotator.storage.bulk_insert import _column_names
from annotator.storage.repositories.annotation_repository import AnnotationRepository
from annotator.storage.repositories.article_repository import ArticleRepository
from annotator.storage.row_mapping import claim_values, evidence_values, mention_values
from annotator.storage.rows import ClaimMentionRow, ClaimRow, EvidenceRow, MentionRow
from tests.helpers import dataset_document, new_workspace, write_json

# --- timestamps --------------------------------------------------------------------------------


def slow_normalize(value: Any, field: str = "timestamp") -> str:
    """normalize_timestamp as it was before its fast path: every value parsed and formatted."""
    if not isinstance(value, str):
        raise InputRefused(f"{field} {value!r} is not an ISO 8601 timestamp")
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise InputRefused(f"{field} {value!r} is not an ISO 8601 timestamp") from None
    if moment.tzinfo is None:
        raise InputRefused(f"{field} {value!r} has no time zone (expected e.g. …T09:30:00Z)")
    return format_timestamp(moment)


def outcome(normalize: Any, value: Any) -> tuple[str, str]:
    try:
        return ("ok", normalize(value, "created_at"))
    except InputRefused as error:
        return ("refused", str(error))


moments = st.datetimes(
    min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC)
)
zones = st.integers(min_value=-23 * 60 - 59, max_value=23 * 60 + 59).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)


@st.composite
def written_timestamps(draw: st.DrawFn) -> str:
    """A moment as programs write it: our canonical form, other zones, other precisions,
    a space for the T, no zone, or a digit changed into something that is no moment."""
    moment = draw(moments)
    form = draw(st.sampled_from(["canonical", "zone", "spec", "lower", "naive", "mangled"]))
    if form == "canonical":
        written = format_timestamp(moment)
    elif form == "zone":
        written = moment.astimezone(draw(zones)).isoformat()
    elif form == "spec":
        spec = draw(st.sampled_from(["seconds", "milliseconds", "microseconds", "minutes"]))
        written = moment.replace(tzinfo=None).isoformat(timespec=spec) + "Z"
    elif form == "lower":
        written = format_timestamp(moment).replace("T", draw(st.sampled_from(["t", " "])))
    elif form == "naive":
        written = format_timestamp(moment)[:-1]
    else:
        canonical = format_timestamp(moment)
        at = draw(st.integers(min_value=0, max_value=len(canonical) - 1))
        junk = draw(st.sampled_from(["9", "0", "3", "6", "x", "٣", "", "00", "Z"]))
        written = canonical[:at] + junk + canonical[at + 1 :]
    return written


@given(written_timestamps())
@example("2024-02-30T10:00:00Z")  # the canonical shape, no such day
@example("2023-02-29T10:00:00Z")
@example("2024-02-29T24:00:00Z")  # no such hour
@example("2024-12-31T23:59:60Z")  # a leap second: Python has none
@example("0000-01-01T00:00:00Z")  # no year 0
@example("2024-01-02T03:04:05.000000Z")  # microseconds written although there are none
@example("2024-01-02T03:04:05.000100Z")
@example("2024-01-02T03:04:05.1234567Z")
@example("２０２４-01-02T03:04:05Z")  # full-width digits
@example("2024-01-02T03:04:05Z\n")
@example(" 2024-01-02T03:04:05Z")
@settings(max_examples=3000)
def test_a_timestamp_is_normalized_as_before_whatever_its_form(value: str) -> None:
    assert outcome(normalize_timestamp, value) == outcome(slow_normalize, value)


@pytest.mark.parametrize("value", [None, 20240102, ["2024-01-02T03:04:05Z"]])
def test_a_timestamp_that_is_no_string_is_refused_as_before(value: Any) -> None:
    assert outcome(normalize_timestamp, value) == outcome(slow_normalize, value)
    assert outcome(normalize_timestamp, value)[0] == "refused"


def test_our_own_timestamps_come_back_unchanged_and_others_in_our_form() -> None:
    assert normalize_timestamp("2026-11-20T09:30:00Z") == "2026-11-20T09:30:00Z"
    assert normalize_timestamp("2026-11-20T09:30:00.000250Z") == "2026-11-20T09:30:00.000250Z"
    assert normalize_timestamp("2026-11-20T11:30:00+02:00") == "2026-11-20T09:30:00Z"
    assert normalize_timestamp("2026-11-20T09:30:00.000000Z") == "2026-11-20T09:30:00Z"


# --- defaults of other programs' records -------------------------------------------------------

_STAMPED = ("created_at", "updated_at")


def slow_fill(values: Any, defaults: dict[str, Any], stamp: str) -> None:
    """relaxed_v1._fill as it was before its shortcut: every key looked at."""
    if not isinstance(values, dict):
        return
    for key, default in defaults.items():
        if values.get(key) is None and (key not in values or default is not None):
            values[key] = copy.deepcopy(default)
        elif isinstance(default, dict) and isinstance(values.get(key), dict):
            for inner, inner_default in default.items():
                values[key].setdefault(inner, copy.deepcopy(inner_default))
    for key in _STAMPED:
        if key in defaults and not values.get(key):
            values[key] = stamp


STAMP = "2026-12-04T08:00:00Z"
exported_claim = dataset_v1.claim_dict(
    Claim(
        "c1", "a1", 0, 5, "Rogov", claim_reviewed="Rogov said so", claimant=Claimant("Rogov"),
        tags=["war"], mention_ids=["m1"], evidence=[Evidence("e1", "https://e.org/1")],
        review=Review("https://review.org", "2026-11-20"), created_by="ann",
        created_at="2026-11-20T09:00:00Z", updated_at="2026-11-20T09:10:00Z",
    )
)  # fmt: skip
exported_mention = dataset_v1.mention_dict(
    Mention("m1", "a1", 0, 5, "Rogov", "PER", created_at="2026-11-20T09:00:00Z")
)
exported_evidence = dataset_v1.evidence_dict(Evidence("e1", "https://e.org/1"))
exported_article = dataset_v1.article_dict(
    Article("a1", "Title", "Rogov said.", "h", imported_at="2026-11-20T08:00:00Z"), [], []
)
RECORDS = {
    "mention": (exported_mention, relaxed_v1._MENTION, relaxed_v1._MENTION_COMPLETE),
    "claim": (exported_claim, relaxed_v1._CLAIM, relaxed_v1._CLAIM_COMPLETE),
    "evidence": (exported_evidence, relaxed_v1._EVIDENCE, relaxed_v1._EVIDENCE_COMPLETE),
    "article": (exported_article, relaxed_v1._ARTICLE, relaxed_v1._ARTICLE_COMPLETE),
}
# Copied when drawn: a filled record must not change the values the strategy draws from.
odd_values = st.sampled_from([None, "", 0, False, [], {}, "x", ["y"], {"name": None}]).map(
    copy.deepcopy
)


@st.composite
def other_programs_records(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """One of our exported records with keys dropped, nulled or changed, nested records
    emptied or cut short, and keys of its own added: what other programs write."""
    kind = draw(st.sampled_from(sorted(RECORDS)))
    record = copy.deepcopy(RECORDS[kind][0])
    for key in list(record):
        change = draw(st.sampled_from(["keep", "keep", "keep", "drop", "null", "odd"]))
        if change == "drop":
            del record[key]
        elif change == "null":
            record[key] = None
        elif change == "odd":
            record[key] = draw(odd_values)
        if isinstance(record.get(key), dict) and draw(st.booleans()):
            inner = record[key]
            for inner_key in list(inner):
                if draw(st.booleans()):
                    del inner[inner_key]
    if draw(st.booleans()):
        record[draw(st.sampled_from(["extra", "version", "adjudicated_from"]))] = draw(odd_values)
    return kind, record


@given(other_programs_records())
@settings(max_examples=2000)
def test_a_record_gets_the_same_defaults_as_before_in_the_same_key_order(
    drawn: tuple[str, dict[str, Any]],
) -> None:
    kind, record = drawn
    _, defaults, complete = RECORDS[kind]
    fast, slow = copy.deepcopy(record), copy.deepcopy(record)
    relaxed_v1._fill(fast, defaults, complete, STAMP)
    slow_fill(slow, defaults, STAMP)
    assert list(fast.items()) == list(slow.items())
    assert json.dumps(fast) == json.dumps(slow)  # also the order of nested keys


def test_records_that_need_only_their_missing_keys_get_fresh_lists() -> None:
    first, second = copy.deepcopy(exported_mention), copy.deepcopy(exported_mention)
    _, defaults, complete = RECORDS["mention"]
    relaxed_v1._fill(first, defaults, complete, STAMP)
    relaxed_v1._fill(second, defaults, complete, STAMP)
    assert first["adjudicated_from"] == [] and first["version"] == 1
    first["adjudicated_from"].append("m0")
    assert second["adjudicated_from"] == [] and defaults["adjudicated_from"] == []


# --- INSERT parameters ---------------------------------------------------------------------------


def stored(workspace: Any, table: str) -> list[tuple[Any, ...]]:
    with workspace.database.reading() as session:
        return [tuple(r) for r in session.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2"))]


def test_rows_inserted_by_the_generated_parameters_are_those_sqlalchemy_writes(
    tmp_path: Path,
) -> None:
    """The repositories' bulk insert against SQLAlchemy's own Core INSERT of the same rows:
    lists empty and not (one text for every empty list), nulls, nested records, flags."""
    article = Article("a1", "Title", "Rogov said the brigade lost 40 vehicles.", "hash")
    mentions = [
        Mention("m1", "a1", 0, 5, "Rogov", "PERSON", created_at="2026-11-20T09:00:00Z"),
        Mention("m2", "a1", 20, 27, "brigade", "MIL_UNIT", adjudicated_from=["x", "y"]),
    ]
    claims = [
        Claim("c1", "a1", 0, 40, article.text, mention_ids=["m1", "m2"], checkworthy=True,
              evidence=[Evidence("e1", "https://e.org"), Evidence("e2", archive_url="a")]),
        Claim("c2", "a1", 6, 10, "said", tags=["war", "loss"], claimant=Claimant("R", None),
              review=Review("https://r.org", "2026-11-20"), adjudicated_from=["c0"],
              checkworthy=False),
        Claim("c3", "a1", 11, 14, "the"),
    ]  # fmt: skip
    ours = new_workspace(tmp_path / "ours")
    theirs = new_workspace(tmp_path / "theirs")
    try:
        with ours.database.transaction() as session:
            ArticleRepository(session).add_many([article])
            AnnotationRepository(session).add_mentions(copy.deepcopy(mentions))
            AnnotationRepository(session).add_claims(copy.deepcopy(claims))
        with theirs.database.transaction() as session:
            ArticleRepository(session).add_many([article])

            def core(row_class: Any, rows: list[dict[str, Any]]) -> None:
                names = _column_names(row_class)
                session.execute(
                    insert(row_class.__table__),
                    [{names.get(k, k): v for k, v in r.items()} for r in rows],
                )

            core(MentionRow, [mention_values(m) for m in mentions])
            core(ClaimRow, [claim_values(c) for c in claims])
            core(
                ClaimMentionRow,
                [
                    {"claim_id": c.id, "mention_id": m, "position": i}
                    for c in claims
                    for i, m in enumerate(c.mention_ids)
                ],
            )
            core(
                EvidenceRow,
                [evidence_values(e, c.id, i) for c in claims for i, e in enumerate(c.evidence)],
            )
        for table in ("articles", "mentions", "claims", "claim_mentions", "evidence"):
            assert stored(ours, table) == stored(theirs, table), table
        assert len(stored(ours, "claims")) == 3 and len(stored(ours, "evidence")) == 2
    finally:
        ours.close()
        theirs.close()


# --- the binary check of .txt files ------------------------------------------------------------


def per_character(text_: str) -> bool:
    """decoding._reads_as_text as it was first written: the category of every character."""
    sample = text_[:65536]
    controls = sum(
        1
        for ch in sample
        if ch not in decoding._ALLOWED_CONTROLS
        and unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn")
    )
    return controls <= max(2, len(sample) // 1000)


tricky = st.sampled_from(
    [
        "\x00", "\x01", "\x07", "\x1b", "\x7f", "\x80", "\x9f", "\x85", "\t", "\n", "\r",
        "\f", "\v", "\x1c", "\x1d", "\x1e", "\x1f", "\ud800", "\udfff", "\ue000", "\U000f0000",
        "\U0010fffd", "\u0378", "\U000e0080", "\ufffe", "\uffff", "\ufeff", "\u200b", "\u00ad",
        "é", "ї", "ы", "🙂", "a", " ", ".",
    ]
)  # fmt: skip


@given(st.lists(st.one_of(tricky, st.characters()), max_size=3000).map("".join))
@example("a" * 2000 + "\x00\x01")  # two controls: allowed whatever the length
@example("a" * 997 + "\x00\x01\x02")  # three in 1,000 characters: too many
@example("a" * 2997 + "\x00\x01\x02")  # three in 3,000: allowed
@example("\x00" * 3)
@example("x" * 65536 + "\x00" * 100)  # controls after the sample do not count
@example("\x00" * 66 + "x" * 65470 + "\x01" * 10)
@example("")
@settings(max_examples=2000)
def test_the_binary_check_gives_the_verdict_of_the_per_character_count(text_: str) -> None:
    assert decoding._reads_as_text(text_) == per_character(text_)


def test_the_binary_check_around_its_threshold_on_long_texts() -> None:
    for length in (1000, 2999, 3000, 65536, 70000):
        for controls in range(0, 70, 1):
            for control in ("\x00", "\ud800", "\ue000", "\u0378"):
                sample = ("é" * length + control * controls)[-max(length, controls) :]
                assert decoding._reads_as_text(sample) == per_character(sample)


# --- the language of an imported article ------------------------------------------------------


def word_by_word(text_: str) -> str:
    """detect_language as it was before counting distinct words: every word, every language."""
    sample = text_[: detection._SAMPLE].lower()
    words = detection._TOKEN.findall(sample)
    if len(words) < detection._MIN_WORDS:
        return detection.UNDETERMINED
    cyrillic = sum(1 for word in words if detection._CYRILLIC.match(word))
    scores: Counter[str] = Counter()
    if cyrillic * 2 > len(words):
        scores["uk"] += 3 * len(detection._UKRAINIAN_LETTERS.findall(sample))
        scores["ru"] += 3 * len(detection._RUSSIAN_LETTERS.findall(sample))
        if not scores["uk"]:
            scores["ru"] += cyrillic // 3
        candidates: tuple[str, ...] = ("uk", "ru")
    else:
        candidates = tuple(lang for lang in detection._WORDS if lang not in ("uk", "ru"))
    for word in words:
        for language in candidates:
            if word in detection._WORDS[language]:
                scores[language] += 1
    ranked = scores.most_common(2)
    if not ranked or ranked[0][1] == 0:
        return detection.UNDETERMINED
    best, evidence = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return best if evidence >= detection._MARGIN * runner_up and evidence >= 3 else "und"


# Function words of every language (ties between languages come often), Cyrillic words with
# and without the letters of one language, other words, digits and punctuation.
vocabulary = [
    *sorted({w for words in detection._WORDS.values() for w in words}),
    "Київ", "їхати", "ґанок", "Москва", "объём", "съезд", "бригада", "Rogov", "Izium",
    "naïve", "Łódź", "über", "2024", "—", ",", "🙂", "ЇЖАК", "ЁЛКА",
]  # fmt: skip


@given(st.lists(st.sampled_from(vocabulary), max_size=80).map(" ".join))
@example("the la the la der der")  # a tie at the top
@example("і і і и и и и и и и")
@example("")
@settings(max_examples=3000)
def test_an_articles_language_is_the_one_the_word_by_word_count_gave(text_: str) -> None:
    assert detection.detect_language(text_) == word_by_word(text_)


def test_the_language_of_long_articles_is_unchanged() -> None:
    line = "Рогов заявив, що бригада втратила 40 машин під Ізюмом, і це вже не вперше. "
    english = "The army said that it was so, and the losses are not new. "
    for repeat in (1, 10, 100):
        for text_ in (line * repeat, line.replace("і", "и") * repeat, (line + english) * repeat):
            assert detection.detect_language(text_) == word_by_word(text_)
    assert detection.detect_language(line * 100) == "uk"
    assert detection.detect_language(english * 100) == "en"


# --- the cycle collector while a dataset is stored -----------------------------------------------


def test_the_collector_runs_again_after_an_import_stored_or_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The collector is paused while batches are stored; whatever happens, the program gets
    it back, and the cycles a batch leaves are freed between batches, not only at the end."""
    monkeypatch.setattr(dataset_storing, "BATCH_ARTICLES", 3)
    collected: list[int] = []
    monkeypatch.setattr(gc, "collect", lambda generation=2: collected.append(generation) or 0)
    workspace = new_workspace(tmp_path / "app")
    try:
        good = dataset_document(
            [f"Rogov said {n} vehicles were lost near Izium." for n in range(7)]
        )
        report = workspace.import_paths([write_json(tmp_path / "good.json", good)])
        assert report.articles_added == 7 and not report.refused
        assert gc.isenabled()
        assert collected == [1, 1]  # after the first and the second batch of three

        bad = dataset_document([f"Rogov said {n} tanks were lost near Kupiansk." for n in range(7)])
        bad["articles"][5]["mentions"][0]["start"] += 1  # refused in the second batch
        report = workspace.import_paths([write_json(tmp_path / "bad.json", bad)])
        assert len(report.refused) == 1 and report.articles_added == 0
        assert gc.isenabled()
    finally:
        workspace.close()
