"""Our exports read by the peers' own libraries, on text that breaks converters (emoji, flags,
ZWJ sequences, RTL, U+2028 before the spans): spaCy's DocBin, and CoNLL through our tokens."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from annotator.services.workspace import Workspace
from tests.format_samples import CLAIM, HARD_TEXT, SPANS, hard_document
from tests.helpers import new_workspace, span, write_json

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)


@pytest.fixture
def hard(tmp_path: Path) -> Workspace:
    workspace = new_workspace(tmp_path / "db")
    workspace.import_paths([write_json(tmp_path / "hard.json", hard_document())])
    yield workspace
    workspace.close()


def test_spacy_reads_every_span_at_its_code_points(hard: Workspace, tmp_path: Path) -> None:
    spacy = pytest.importorskip("spacy", reason="spaCy is in the test extra")
    from spacy.tokens import DocBin

    summary = hard.export(tmp_path / "train.spacy")  # the extension decides
    assert summary.format == "spacy" and summary.notes == []
    docs = list(DocBin().from_disk(tmp_path / "train.spacy").get_docs(spacy.blank("xx").vocab))
    doc = next(d for d in docs if d.text == HARD_TEXT)
    mentions = {(s.start_char, s.end_char, s.label_, s.text) for s in doc.spans["mentions"]}
    expected = {(*span(HARD_TEXT, needle), type_, needle) for needle, type_, _ in SPANS}
    assert mentions == expected
    (claim,) = doc.spans["claims"]
    assert (claim.start_char, claim.end_char, claim.label_) == (*span(HARD_TEXT, CLAIM), "CLAIM")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("3rd Brigade", "MIL_UNIT") in ents and ("Brigade", "ORG") not in ents  # outer wins
    assert len(ents) == len(SPANS) - 1
    assert doc.user_data["article_id"]


def test_spacy_names_a_span_that_cuts_a_token_and_does_not_move_it(tmp_path: Path) -> None:
    pytest.importorskip("spacy", reason="spaCy is in the test extra")
    document = hard_document()
    mention = document["articles"][0]["mentions"][1]  # Rogov → "Rog"
    mention["end"] -= 2
    mention["quote"] = "Rog"
    workspace = new_workspace(tmp_path / "db")
    try:
        workspace.import_paths([write_json(tmp_path / "hard.json", document)])
        summary = workspace.export(tmp_path / "train.spacy")
    finally:
        workspace.close()
    assert len(summary.notes) == 1 and "'Rog' does not align" in summary.notes[0]


def test_spacy_export_without_spacy_exits_2_and_writes_nothing(
    data_dir: Path, tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_cli("--data-dir", data_dir, "import", write_json(tmp_path / "h.json", hard_document()))
    monkeypatch.setitem(sys.modules, "spacy", None)  # as if spaCy were not installed
    result = run_cli("--data-dir", data_dir, "export", "-o", tmp_path / "train.spacy")
    assert result.code == 2
    assert "factcheck-annotator[spacy]" in result.err
    assert not (tmp_path / "train.spacy").exists()
    assert not list(tmp_path.glob(".train.spacy*"))


def test_conll_tags_tokens_iob2_and_reports_the_inner_overlap(
    hard: Workspace, tmp_path: Path
) -> None:
    summary = hard.export(tmp_path / "ner.conll")
    assert summary.format == "conll"
    assert [n for n in summary.notes if "overlaps" in n] == [
        n for n in summary.notes if "'Brigade' (ORG)" in n
    ]
    assert len(summary.notes) == 1
    text = (tmp_path / "ner.conll").read_text(encoding="utf-8")
    assert text.startswith("-DOCSTART- -X- O O\n")  # no comment: converters read it as a token
    assert "#" not in text
    rows = [line.split("\t") for line in text.split("\n") if "\t" in line]
    assert ["3rd", "B-MIL_UNIT"] in rows and ["Brigade", "I-MIL_UNIT"] in rows
    assert ["שלום", "B-NORP"] in rows and ["עולם", "I-NORP"] in rows
    assert ["👨‍👩‍👧‍👦", "O"] in rows and ["🇺🇦", "O"] in rows  # one token each
    assert text.count("-DOCSTART- -X- O O\n") == 2


def test_label_studio_sdk_converter_reads_our_tasks_at_the_right_tokens(
    hard: Workspace, tmp_path: Path
) -> None:
    converter = pytest.importorskip(
        "label_studio_sdk.converter", reason="label-studio-sdk does not install here"
    )
    hard.export(tmp_path / "tasks.json", "labelstudio")
    config = (tmp_path / "tasks.xml").read_text(encoding="utf-8")
    out = tmp_path / "conll"
    converter.Converter(config, str(tmp_path), download_resources=False).convert_to_conll2003(
        str(tmp_path / "tasks.json"), str(out), is_dir=False
    )
    rows = [line.split(" ") for line in (out / "result.conll").read_text("utf-8").split("\n")]
    tagged = {(r[0], r[-1]) for r in rows if len(r) == 4}
    # Their converter keeps the first annotation (Olena's) and slices Python strings:
    # after emoji, flags, ZWJ sequences, RTL text and U+2028 the tags land on the right words.
    assert ("Rogov", "B-PERSON") in tagged
    assert ("שלום", "B-NORP") in tagged and ("עולם", "I-NORP") in tagged
    assert ("Family", "O") in tagged and ("coder", "O") in tagged
