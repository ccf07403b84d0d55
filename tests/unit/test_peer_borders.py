"""Hostile values at the peers' readers, each once an unexpected error: refused with one line
that names the file and the place, the database unchanged, the command's other files still
imported (docs/design/bad-input.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.format_samples import hard_document
from tests.helpers import new_workspace, write_json

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)

TEXT = "Rogov said Izium fell."
AVERITEC = {"claim": "Izium fell", "label": "Refuted", "speaker": "Rogov", "questions": []}
FEVER = {"id": 1, "label": "SUPPORTS", "claim": "Izium fell.", "evidence": [[[1, 2, "Izium", 0]]]}
W3C_HEAD = {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    "type": "AnnotationCollection",
    "dcterms:hasPart": [{"id": "urn:x:1", "value": TEXT}],
}


def w3c(selector: object) -> str:
    item = {"type": "Annotation", "target": {"source": "urn:x:1", "selector": selector}}
    return json.dumps({**W3C_HEAD, "first": {"items": [item]}})


def labelstudio(value: dict[str, object]) -> str:
    result = {"type": "labels", "value": {"labels": ["PER"], **value}}
    return json.dumps([{"data": {"text": TEXT}, "annotations": [{"result": [result]}]}])


# (format, file name, content, what the line says)
CASES = [
    ("checkthat", "bare-cr.tsv", "topic_id\ttweet_id\ttweet_url\ttweet_text\tclaim\t"
     "check_worthiness\nc\t1\thttp://t/1\tIzium\rfell\t1\t1\n", None),
    ("fever", "bare-cr.jsonl", json.dumps(FEVER).replace("Izium fell", "Izium\\rfell") + "\r\n"
     + json.dumps({**FEVER, "id": 2}) + "\rx", "line"),
    ("averitec", "answers-null.json",
     json.dumps([{**AVERITEC, "questions": [{"question": "q", "answers": [None]}]}]),
     "claim 1: questions[0].answers[0]: is None, not an object"),
    ("averitec", "claim-types-1.json", json.dumps([{**AVERITEC, "claim_types": [1]}]),
     "claim 1: claim_types[0]: is 1, not text"),
    ("fever", "evidence-null.jsonl", json.dumps({**FEVER, "evidence": [[None]]}),
     "line 1: evidence[0][0]: is not [annotation, evidence, page, sentence]"),
    ("w3c", "end-half.jsonld", w3c({"type": "TextPositionSelector", "start": 0, "end": 0.5}),
     "annotation 1: TextPositionSelector.end: is 0.5, not a whole number"),
    ("w3c", "selector-5.jsonld", w3c([5]), "annotation 1: target.selector[0]: is 5, not an object"),
    ("w3c", "no-end.jsonld", w3c({"type": "TextPositionSelector", "start": 0}),
     "annotation 1: TextPositionSelector.end: is None, not a whole number"),
    ("labelstudio", "no-end.json", labelstudio({"start": 0}),
     "task 1: annotations[0].result[0].value.end: is None, not a whole number"),
    ("doccano", "start-list.jsonl", json.dumps({"text": TEXT, "label": [[0, 5, "PER"]],
     "claims": [{"start": [0], "end": 5}]}), "line 1: claims[0].start: is [0], not a whole number"),
    ("doccano", "surrogate.jsonl", json.dumps({"text": TEXT, "label": [[0, 5, "PER"]]})
     .replace("Rogov", "Rog\\ud800v"), "line 1: holds a lone surrogate"),
    ("labelstudio", "surrogate.json", labelstudio({"start": 0, "end": 5}).replace(
        '"PER"', '"P\\udfffR"'), "holds a lone surrogate"),
    ("fever", "long-claim.jsonl", json.dumps({**FEVER, "claim": "Izium fell, " * 6000}), None),
    ("averitec", "long-claim.json", json.dumps([{**AVERITEC, "claim": "Izium " * 12000}]), None),
]  # fmt: skip


@pytest.fixture
def database(run_cli, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    db = tmp_path / "db.sqlite3"
    assert (
        run_cli("import", write_json(tmp_path / "hard.json", hard_document()), "--db", db).code == 0
    )
    return db


@pytest.mark.parametrize(("fmt", "name", "content", "said"), CASES)
def test_a_hostile_value_is_refused_with_its_place_or_read(  # type: ignore[no-untyped-def]
    run_cli, database: Path, tmp_path: Path, fmt: str, name: str, content: str, said: str | None
) -> None:
    bad = tmp_path / name
    bad.write_text(content, "utf-8", errors="surrogatepass")
    for chosen in (["--from", fmt], []):  # named, and recognised by its content
        result = run_cli("import", bad, "--db", database, *chosen)
        assert result.code in (0, 1), result.err
        if said is None:
            assert result.code == 0, result.err  # nothing hostile about it for a reader
            continue
        (line,) = result.err.strip().splitlines()
        assert line.startswith(f"{bad}: ") and said in line, line


def test_a_refused_file_does_not_stop_the_others(run_cli, database: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({**FEVER, "evidence": [[None]]}) + "\n", "utf-8")
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({**FEVER, "id": 7, "claim": "Kharkiv held."}) + "\n", "utf-8")
    result = run_cli("import", bad, good, "--db", database, "--from", "fever")
    assert result.code == 1
    assert result.err.strip().startswith(f"{bad}: ")
    assert "1 new article" in result.out


@pytest.mark.parametrize(
    ("fmt", "said"),
    [("inception", "no TypeSystem.xml in the folder"), ("brat", "no brat document")],
)
def test_an_empty_folder_named_as_a_peer_is_refused(  # type: ignore[no-untyped-def]
    run_cli, database: Path, tmp_path: Path, fmt: str, said: str
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run_cli("import", empty, "--db", database, "--from", fmt)
    assert result.code == 1, result.err
    (line,) = result.err.strip().splitlines()
    assert line.startswith(f"{empty}: ") and said in line


@pytest.mark.parametrize(
    "line",
    ["T1\tPERSON 0 5;;6 8\tRogov", "T1\tPERSON 0 5 6\tRogov", "A1", "R1", "T1\tPERSON 0 5"],
)
def test_a_broken_brat_line_is_refused_naming_it(  # type: ignore[no-untyped-def]
    run_cli, database: Path, tmp_path: Path, line: str
) -> None:
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "doc.txt").write_text(TEXT, "utf-8")
    (folder / "doc.ann").write_text(line + "\n", "utf-8")
    result = run_cli("import", folder, "--db", database)
    assert result.code == 1, result.err
    (said,) = result.err.strip().splitlines()
    assert said.startswith(f"{folder}: doc.ann line 1: "), said


def test_an_xmi_too_costly_for_cassis_is_refused_before_it_reads_it(  # type: ignore[no-untyped-def]
    run_cli, database: Path, tmp_path: Path
) -> None:
    from annotator.services.formats.peers import inception

    folder = tmp_path / "project"
    folder.mkdir()
    (folder / "TypeSystem.xml").write_text(inception.typesystem().to_xml(), "utf-8")
    attributes = " ".join(f'a{i}="{i}"' for i in range(inception.MAX_ATTRIBUTES + 1))
    (folder / "doc.xmi").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><xmi:XMI xmlns:xmi="http://www.omg.org/XMI" '
        f'xmlns:cas="http:///uima/cas.ecore"><cas:NULL xmi:id="0" {attributes}/></xmi:XMI>',
        "utf-8",
    )
    result = run_cli("import", folder, "--db", database)
    assert result.code == 1, result.err
    assert "doc.xmi: an element with 2002 attributes (the limit is 2000)" in result.err


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("title.jsonl", '{"text": "Rogov spoke.", "label": [], "title": "T\\ud800"}'),
        ("title.json", '[{"data": {"text": "Rogov spoke.", "title": "T\\udfff"}}]'),
        ("url.json", '[{"claim": "Izium fell", "speaker": "R", "original_claim_url": "\\ud800"}]'),
    ],
)
def test_a_lone_surrogate_in_a_title_or_address_is_refused(  # type: ignore[no-untyped-def]
    run_cli, database: Path, tmp_path: Path, name: str, content: str
) -> None:
    bad = tmp_path / name
    bad.write_text(content, "utf-8")
    result = run_cli("import", bad, "--db", database)
    assert result.code == 1, result.err
    (line,) = result.err.strip().splitlines()
    assert line.startswith(f"{bad}: ") and "lone surrogate" in line, line


def test_w3c_annotations_without_a_text_selector_are_counted_not_a_crash(tmp_path: Path) -> None:
    bad = tmp_path / "css.jsonld"
    bad.write_text(w3c({"type": "CssSelector", "value": "#p1"}), "utf-8")
    workspace = new_workspace(tmp_path / "db")
    try:
        report = workspace.import_paths([bad])
    finally:
        workspace.close()
    assert not report.refused, report.results[0].line()
    assert "1 annotation(s) left out: no text position or quote selector" in (
        report.results[0].reason
    )
