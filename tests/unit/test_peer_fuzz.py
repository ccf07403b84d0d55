"""Fuzzing the peers' formats, the approach of test_import_fuzz.py: every reader is fed mutated
real files (the peers' own examples, the fact-checking samples and our exports), every export
is fed generated texts and spans.

A reader may import the file or refuse it with one line naming it (exit 1, the database as
it was); never exit 3, never a hang. An export of anything the program accepts imports back.

A few hundred cases run in the suite; ``ANNOTATOR_FUZZ_CASES=20000`` (mutated files, shared
among the readers) and ``ANNOTATOR_FUZZ_EXAMPLES=1600`` (generated articles, an eighth of
them per export) run more (tests/README.md has the figures).
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import random
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from annotator.domain.text import canonicalize
from annotator.services.formats import registry
from tests.format_samples import hard_document
from tests.helpers import dataset_document, new_workspace, write_json
from tests.unit.test_import_fuzz import (
    ODD_VALUES,
    fingerprint,
    mutate_bytes,
    mutate_structure,
    no_hang,
)

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)

CASES = int(os.environ.get("ANNOTATOR_FUZZ_CASES", "240"))
EXAMPLES = int(os.environ.get("ANNOTATOR_FUZZ_EXAMPLES", "80"))
SECONDS_PER_CASE = 60
PEERS = Path(__file__).resolve().parents[1] / "data" / "peers"
SAMPLES = Path("/work/shared/data/formats")

FILE_READERS = ("doccano", "labelstudio", "w3c", "averitec", "fever", "checkthat", "conll")
FOLDER_READERS = ("brat", "inception")
READERS = FILE_READERS + FOLDER_READERS
# Share of the cases per reader: XMI goes through cassis, slow; the rest alike.
WEIGHTS = {name: (1 if name == "inception" else 3) for name in READERS}
SUFFIX = {"doccano": ".jsonl", "labelstudio": ".json", "w3c": ".jsonld", "averitec": ".json",
          "fever": ".jsonl", "checkthat": ".tsv", "conll": ".conll"}  # fmt: skip
# Values the field's files hold where they should not (known to have crashed readers).
PEER_ODD: list[Any] = [*ODD_VALUES, 0.5, [0], [None], [[None]], [5], -5, "\r", "a\rb",
                       "x" * 60_000, {"start": [0]}, [1, 2, 3]]  # fmt: skip
BRAT_LINES = ["T1\tPERSON 0 5;;6 8\tx", "T1\tPERSON 0 5 6\tx", "A1", "R1", "T9\tX 5 2\tx",
              "T9\tX 0 99999\tx", "E1\tFoo:T999 Theme:T1", "T3\tClaim 0 4\tnope",
              "A2\tStatus T1", "R2\tClaimant Arg1:T1", "#1\tAnnotatorNotes T1\tclaimant: x",
              "T1\t\t", "\t", "T1\tPER 0 1\t\x00", "N1\tReference T1 Wiki:1\tx"]  # fmt: skip


def case_counts() -> dict[str, int]:
    total = sum(WEIGHTS.values())
    return {name: max(3, CASES * weight // total) for name, weight in WEIGHTS.items()}


# --- seeds: real files and our exports -----------------------------------------------------


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    """Files (and folders) of each format to mutate."""
    folder = tmp_path_factory.mktemp("seeds")
    found: dict[str, list[Path]] = {name: [] for name in READERS}
    found["doccano"] += sorted((PEERS / "doccano").glob("*.jsonl"))
    found["labelstudio"] += sorted((PEERS / "labelstudio").glob("*.json"))
    found["w3c"].append(PEERS / "w3c" / "collection1.json")
    found["brat"] += [PEERS / "brat" / "NCBI-disease", PEERS / "brat" / "BioNLP-ST_2011_EPI"]
    if SAMPLES.is_dir():
        found["averitec"].append(SAMPLES / "averitec_dev_sample3.json")
        found["fever"].append(SAMPLES / "fever_paper_test_sample3.jsonl")
        found["checkthat"] += sorted(SAMPLES.glob("checkthat*.tsv"))
    workspace = new_workspace(folder / "db")
    try:
        workspace.import_paths([write_json(folder / "hard.json", hard_document())])
        for name in READERS:
            target = folder / (name + SUFFIX.get(name, ""))
            workspace.export(target, name)
            found[name].append(target)
    finally:
        workspace.close()
    return found


# --- mutations ------------------------------------------------------------------------------


def _string_paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(value, str):
        yield path
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _string_paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _string_paths(item, (*path, index))


def _mutate_json(document: Any, rng: random.Random) -> Any:
    document = copy.deepcopy(document)
    if rng.random() < 0.5:
        wrapped = mutate_structure({"root": document}, rng)
        document = wrapped.get("root", document) if isinstance(wrapped, dict) else document
    paths = list(_string_paths(document))
    for _ in range(rng.randint(0, 2)):
        if not paths:
            break
        path, target = rng.choice(paths), document
        try:
            for key in path[:-1]:
                target = target[key]
            if rng.random() < 0.5:
                target[path[-1]] = rng.choice(PEER_ODD)
            else:  # a CR, a lone surrogate or a NUL inside a string
                value = target[path[-1]]
                at = rng.randrange(len(value) + 1)
                target[path[-1]] = (
                    value[:at] + rng.choice(["\r", "\ud800", "\x00", "\r\n"]) + value[at:]
                )
        except (KeyError, IndexError, TypeError):
            continue
    return document


def mutate_text(name: str, data: bytes, rng: random.Random) -> bytes:
    """One mutation of a file of format ``name``."""
    kind = rng.randrange(5)
    text = data.decode("utf-8", "replace")
    if kind == 0:
        return mutate_bytes(data, rng)
    if kind == 1:  # bare CRs where lines end or anywhere
        spots = sorted(rng.randrange(len(text) + 1) for _ in range(rng.randint(1, 4)))
        for at in reversed(spots):
            text = text[:at] + "\r" + text[at:]
        return text.encode("utf-8")
    if kind == 2 and name in ("doccano", "fever"):  # JSON lines
        lines = [line for line in text.split("\n") if line.strip()]
        index = rng.randrange(len(lines))
        with contextlib.suppress(ValueError, RecursionError):
            lines[index] = json.dumps(_mutate_json(json.loads(lines[index]), rng))
        return "\n".join(lines).encode("utf-8", "surrogatepass")
    if kind == 2 and name in ("labelstudio", "w3c", "averitec"):
        try:
            return json.dumps(_mutate_json(json.loads(text), rng)).encode("utf-8", "surrogatepass")
        except (ValueError, RecursionError):
            return mutate_bytes(data, rng)
    lines = text.split("\n")
    index = rng.randrange(len(lines))
    cells = lines[index].split("\t")
    cell = rng.randrange(len(cells))
    if kind == 3:  # a cell made odd, dropped or doubled
        choice = rng.choice(["", "\x00", "B-", "I-X Y", "-DOCSTART-", "# text = nope", "1-x",
                             "x" * 60_000, "0", "1", "\t", "\ud800", cells[cell] * 3])  # fmt: skip
        cells[cell] = choice
        if rng.random() < 0.3:
            del cells[cell]
        lines[index] = "\t".join(cells)
    else:  # lines repeated, dropped or swapped
        other = rng.randrange(len(lines))
        lines[index], lines[other] = lines[other], lines[index]
        if rng.random() < 0.5:
            lines.insert(index, lines[other])
    return "\n".join(lines).encode("utf-8", "surrogatepass")


def mutate_folder(name: str, folder: Path, rng: random.Random) -> None:
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    if not files or rng.random() < 0.05:
        for path in files:
            path.unlink()
        return
    path = rng.choice(files)
    data = path.read_bytes()
    kind = rng.randrange(4)
    if kind == 0 and path.suffix == ".ann":
        lines = data.decode("utf-8").split("\n")
        lines.insert(rng.randrange(len(lines) + 1), rng.choice(BRAT_LINES))
        path.write_bytes("\n".join(lines).encode("utf-8"))
    elif kind == 0 and path.suffix == ".xmi":
        xmi = data.decode("utf-8")
        xmi = rng.choice([
            lambda x: x.replace('begin="', 'begin="-', 1),
            lambda x: x.replace('end="', 'end="99999', 1),
            lambda x: x.replace('sofaString="', 'sofaString="&#1;\r&#13;', 1),
            lambda x: x.replace("<cas:NULL", "<cas:NULL " + " ".join(
                f'a{i}="{i}"' for i in range(3000)), 1),
            lambda x: x.replace("value=", "identifier=", 1),
        ])(xmi)  # fmt: skip
        path.write_bytes(xmi.encode("utf-8"))
    elif kind == 1:
        path.write_bytes(mutate_bytes(data, rng) if data else b"\x00")
    elif kind == 2:
        path.write_bytes(mutate_text("brat", data, rng) if data else b"")
    else:
        path.unlink()


# --- the check --------------------------------------------------------------------------------


@pytest.fixture
def importing(run_cli, tmp_path: Path) -> Callable[[Path, str | None], None]:  # type: ignore[no-untyped-def]
    db = tmp_path / "fuzz.sqlite3"
    seed = write_json(tmp_path / "base.json", hard_document())
    assert run_cli("import", seed, "--db", db).code == 0

    def check(path: Path, fmt: str | None) -> None:
        before = fingerprint(db)
        arguments: list[Any] = ["import", path, "--db", db]
        if fmt is not None:
            arguments += ["--from", fmt]
        with no_hang(SECONDS_PER_CASE):
            result = run_cli(*arguments)
        assert result.code in (0, 1), f"{path.name} ({fmt}): exit {result.code}: {result.err}"
        if result.code == 1:
            (line,) = result.err.strip().splitlines()
            assert line.startswith(f"{path}: ") and len(line) > len(f"{path}: "), line
            assert fingerprint(db) == before, f"{path.name} was refused but changed the database"

    return check


@pytest.mark.parametrize("name", READERS)
def test_mutated_files_are_read_or_refused_by_name(
    importing, seeds: dict[str, list[Path]], tmp_path: Path, name: str
) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(f"{name}-27")
    cases = tmp_path / "cases"
    for number in range(case_counts()[name]):
        seed = rng.choice(seeds[name])
        fmt = name if rng.random() < 0.7 or name in FOLDER_READERS else None
        target = cases / f"{number:05d}{seed.suffix}"
        cases.mkdir(exist_ok=True)
        if seed.is_dir():
            shutil.copytree(seed, target)
            mutate_folder(name, target, rng)
        else:
            target.write_bytes(mutate_text(name, seed.read_bytes(), rng))
        importing(target, fmt)
        shutil.rmtree(cases)


@pytest.mark.parametrize("name", ["conll", "inception", "brat"])
def test_an_empty_folder_or_file_is_refused_by_name(importing, tmp_path: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "empty"
    empty.mkdir()
    target = empty if name in FOLDER_READERS else tmp_path / "empty.conll"
    if not target.exists():
        target.write_bytes(b"")
    importing(target, name)


# --- exports ---------------------------------------------------------------------------------

EXPORTS = [f.name for f in registry.FORMATS if f.exports and f.module is not None]
_TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"), min_size=1, max_size=80
)


@st.composite
def articles(draw: st.DrawFn) -> dict[str, Any]:
    """A v1 dataset of one article of any text, with mentions and a claim anywhere in it."""
    text = canonicalize(draw(_TEXT))
    assume(text.strip())
    document = dataset_document([text], annotate=False)
    article = document["articles"][0]
    article["id"] = str(uuid.uuid4())
    for number in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        kind = "claims" if number == 0 and draw(st.booleans()) else "mentions"
        span = {"id": str(uuid.uuid4()), "start": start, "end": end,
                "quote": text[start:end], "created_by": None,
                "created_at": "2026-11-20T10:00:00Z"}  # fmt: skip
        if kind == "mentions":
            span.update(type=draw(st.sampled_from(["PERSON", "GPE", "ORG"])), entity_id=None,
                        origin="manual")  # fmt: skip
        else:
            span.update(status=draw(st.sampled_from(["false", "true", "unverified"])),
                        claimant={"name": draw(st.none() | _TEXT), "entity_id": None})  # fmt: skip
        article[kind].append(span)
    return document


def _has_records(name: str, document: dict[str, Any]) -> bool:
    """Whether the export writes a record: the claim formats write claims (those with a
    verdict, for AVeriTeC and FEVER), the others every article."""
    claims = [c for c in document["articles"][0]["claims"] if c["quote"].strip()]
    if name in ("averitec", "fever"):
        return any(c["status"] in ("true", "false") for c in claims)
    return name != "checkthat" or bool(claims)


@pytest.fixture
def collections(tmp_path: Path) -> Iterator[tuple[Any, Any, Path]]:
    """A collection each generated article goes into (and is purged from after its export),
    and one the exports are imported into; made once per format (a database made per
    example would cost its migrations)."""
    first, second = new_workspace(tmp_path / "first"), new_workspace(tmp_path / "second")
    try:
        yield first, second, tmp_path
    finally:
        first.close()
        second.close()


@pytest.mark.parametrize("name", EXPORTS)
@settings(
    max_examples=max(EXAMPLES // 8, 6),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(document=articles())
def test_every_export_of_an_accepted_text_imports_back(
    collections: tuple[Any, Any, Path], name: str, document: dict[str, Any]
) -> None:
    first, second, place = collections
    report = first.import_paths([write_json(place / "doc.json", document)])
    assume(not report.refused)  # a text the program does not accept
    if name == "spacy":
        pytest.importorskip("spacy")
    target = place / f"out-{uuid.uuid4().hex}{(registry.BY_NAME[name].extensions or ('',))[0]}"
    try:
        first.export(target, name)
    finally:  # the next example's export holds its own article alone
        first.removal.remove([document["articles"][0]["id"]], purge=True)
    if registry.BY_NAME[name].imports and _has_records(name, document):
        back = second.import_paths([target], from_format=name)
        assert not back.refused, back.results[0].line()
    if target.is_dir():
        shutil.rmtree(target)
    else:
        target.unlink()
