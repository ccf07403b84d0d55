"""The layouts the peers really write, and every export of ours read back: CoNLL-2003 (IOB1,
IOB2, BIOES) and CoNLL-U with exact offsets, our CoNLL read by spaCy's own converter, XMI with
CR line ends, Label Studio predictions, W3C fields, exports of texts the formats find hard."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from annotator.services.workspace import Workspace
from tests.format_samples import hard_document
from tests.helpers import dataset_document, exported, new_workspace, write_json

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    opened = new_workspace(tmp_path / "db")
    yield opened
    opened.close()


def mentions(document: dict[str, Any]) -> set[tuple[str, str]]:
    found = set()
    for article in document["articles"]:
        for m in article["mentions"]:
            assert article["text"][m["start"] : m["end"]] == m["quote"]
            found.add((m["quote"], m["type"]))
    return found


# --- CoNLL --------------------------------------------------------------------------------


def test_our_conll_is_read_by_spacys_own_converter(workspace: Workspace, tmp_path: Path) -> None:
    workspace.import_paths([write_json(tmp_path / "hard.json", hard_document())])
    workspace.export(tmp_path / "out.conll", "conll")
    done = subprocess.run(
        [sys.executable, "-m", "spacy", "convert", "-c", "ner", tmp_path / "out.conll", tmp_path],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    import spacy
    from spacy.tokens import DocBin

    docs = DocBin().from_disk(tmp_path / "out.spacy").get_docs(spacy.blank("xx").vocab)
    ents = {(e.text, e.label_) for doc in docs for e in doc.ents}
    assert ("3rd Brigade", "MIL_UNIT") in ents and ("שלום עולם", "NORP") in ents
    assert ("Rogov", "PERSON") in ents


CONLL_2003 = """-DOCSTART- -X- O O

EU NNP B-NP I-ORG
rejects VBZ B-VP O
German JJ B-NP I-MISC
call NN I-NP O
. . O O

Peter NNP B-NP I-PER
Blackburn NNP I-NP I-PER

-DOCSTART- -X- O O

BRUSSELS NNP B-NP I-LOC
1996-08-22 CD I-NP O
"""


def test_conll_2003_iob1_imports_with_exact_offsets_and_exports_back_in_its_scheme(
    workspace: Workspace, tmp_path: Path
) -> None:
    source = tmp_path / "eng.train.conll"
    source.write_text(CONLL_2003, "utf-8")
    report = workspace.import_paths([source])
    assert "read as conll" in report.results[0].reason
    assert "cell(s) of columns between the token and its tag" in report.results[0].reason
    document = exported(workspace, tmp_path)
    texts = sorted(a["text"] for a in document["articles"])
    assert texts == ["BRUSSELS 1996-08-22", "EU rejects German call .\nPeter Blackburn"]
    assert mentions(document) == {
        ("EU", "ORG"), ("German", "MISC"), ("Peter Blackburn", "PER"), ("BRUSSELS", "LOC")
    }  # fmt: skip
    workspace.export(tmp_path / "back.conll", "conll")
    tags = [line.split("\t")[-1] for line in (tmp_path / "back.conll").read_text().splitlines()]
    assert "I-PER" in tags and "B-PER" not in tags  # IOB1, as it came


def test_conll_bioes_and_two_column_files_read_the_same_entities(
    workspace: Workspace, tmp_path: Path
) -> None:
    source = tmp_path / "bioes.conll"
    source.write_text(
        "New\tB-LOC\nYork\tI-LOC\nCity\tE-LOC\nand\tO\nKyiv\tS-LOC\n\nThe\tO\nUN\tS-ORG\n", "utf-8"
    )
    workspace.import_paths([source])
    document = exported(workspace, tmp_path)
    assert mentions(document) == {("New York City", "LOC"), ("Kyiv", "LOC"), ("UN", "ORG")}
    (article,) = document["articles"]
    assert article["text"] == "New York City and Kyiv\nThe UN"
    assert article["extra"]["conll"] == [{"scheme": "BIOES"}]


CONLL_U = """# newdoc id = weblog-juancole.com_juancole_20051126063000_ENG_20051126_063000
# sent_id = 1
# text = Al-Zaman : American forces killed Shaikh Abdullah al-Ani.
1\tAl\tAl\tPROPN\tNNP\tNumber=Sing\t0\troot\t_\tSpaceAfter=No|NER=B-ORG
2\t-\t-\tPUNCT\tHYPH\t_\t1\tpunct\t_\tSpaceAfter=No|NER=I-ORG
3\tZaman\tZaman\tPROPN\tNNP\tNumber=Sing\t1\tflat\t_\tNER=I-ORG
4\t:\t:\tPUNCT\t:\t_\t1\tpunct\t_\t_
5\tAmerican\tamerican\tADJ\tJJ\tDegree=Pos\t6\tamod\t_\tNER=B-NORP
6\tforces\tforce\tNOUN\tNNS\tNumber=Plur\t7\tnsubj\t_\t_
7\tkilled\tkill\tVERB\tVBD\t_\t1\tparataxis\t_\t_
8\tShaikh\tShaikh\tPROPN\tNNP\tNumber=Sing\t7\tobj\t_\tNER=B-PER
9\tAbdullah\tAbdullah\tPROPN\tNNP\tNumber=Sing\t8\tflat\t_\tNER=I-PER
10\tal\tal\tPROPN\tNNP\tNumber=Sing\t8\tflat\t_\tSpaceAfter=No|NER=I-PER
11\t-\t-\tPUNCT\tHYPH\t_\t8\tpunct\t_\tSpaceAfter=No|NER=I-PER
12\tAni\tAni\tPROPN\tNNP\tNumber=Sing\t8\tflat\t_\tSpaceAfter=No|NER=I-PER
13\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_

# sent_id = 2
1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_
2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_
3\tstop\tstop\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No
4\t!\t!\tPUNCT\t.\t_\t3\tpunct\t_\t_
"""


def test_conll_u_imports_its_text_with_exact_offsets(workspace: Workspace, tmp_path: Path) -> None:
    source = tmp_path / "en_ewt-ud-dev.conllu"
    source.write_text(CONLL_U, "utf-8")
    report = workspace.import_paths([source])
    assert "CoNLL-U: lemmas, features and syntax left out" in report.results[0].reason
    document = exported(workspace, tmp_path)
    (article,) = document["articles"]
    assert article["text"] == (
        "Al-Zaman : American forces killed Shaikh Abdullah al-Ani.\ndon't stop!"
    )
    assert article["source_id"].startswith("weblog-juancole.com")
    assert mentions(document) == {
        ("Al-Zaman", "ORG"), ("American", "NORP"), ("Shaikh Abdullah al-Ani", "PER")
    }  # fmt: skip


# --- INCEpTION: CR and CRLF ---------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_xmi_whose_text_holds_cr_maps_its_offsets_through_canonical_form(
    workspace: Workspace, tmp_path: Path, newline: str
) -> None:
    cassis = pytest.importorskip("cassis")
    from annotator.services.formats.peers import inception

    types = inception.typesystem()
    cas = cassis.Cas(typesystem=types)
    text = f"Headline{newline}Rogov 😀 said Izium fell.{newline}{newline}End"
    cas.sofa_string = text
    entity = types.get_type(inception.NAMED_ENTITY)
    for word, label in (("Rogov", "PERSON"), ("Izium", "GPE"), ("End", "EVENT")):
        at = text.index(word)
        cas.add(entity(begin=at, end=at + len(word), value=label))
    folder = tmp_path / "project"
    folder.mkdir()
    (folder / "doc.xmi").write_text(cas.to_xmi(), "utf-8")
    (folder / "TypeSystem.xml").write_text(types.to_xml(), "utf-8")
    report = workspace.import_paths([folder])
    assert not report.refused, report.results[0].line()
    document = exported(workspace, tmp_path)
    assert document["articles"][0]["text"] == "Headline\nRogov 😀 said Izium fell.\n\nEnd"
    assert mentions(document) == {("Rogov", "PERSON"), ("Izium", "GPE"), ("End", "EVENT")}


def test_an_offset_between_cr_and_lf_is_refused_not_shifted(
    workspace: Workspace, tmp_path: Path
) -> None:
    source = tmp_path / "crlf.jsonl"
    text = "One\r\nTwo"
    source.write_text(json.dumps({"text": text, "label": [[4, 7, "X"]]}) + "\n", "utf-8")
    report = workspace.import_paths([source], from_format="doccano")
    assert "has no exact place in the text made canonical" in report.refused[0].reason


# --- Label Studio predictions, W3C fields, JSON v1 ------------------------------------------


def test_label_studio_predictions_go_back_as_predictions(
    workspace: Workspace, tmp_path: Path
) -> None:
    text = "Rogov said Izium fell."
    task = {
        "id": 41,
        "data": {"text": text},
        "annotations": [{"id": 7, "completed_by": 3, "lead_time": 9.5, "result": [
            {"id": "a1", "from_name": "ner", "to_name": "text", "type": "labels",
             "origin": "manual", "value": {"start": 0, "end": 5, "labels": ["PER"]}}]}],
        "predictions": [{"model_version": "ner-v2", "score": 0.8, "result": [
            {"id": "p1", "from_name": "ner", "to_name": "text", "type": "labels",
             "value": {"start": 11, "end": 16, "text": "Izium", "labels": ["LOC"]}}]}],
    }  # fmt: skip
    workspace.import_paths([write_json(tmp_path / "task.json", [task])])
    (article,) = exported(workspace, tmp_path)["articles"]
    origins = {m["quote"]: m["origin"] for m in article["mentions"]}
    assert origins == {"Rogov": "import", "Izium": "suggestion"}
    workspace.export(tmp_path / "back.json", "labelstudio")
    (back,) = json.loads((tmp_path / "back.json").read_text("utf-8"))
    assert back["id"] == 41
    (prediction,) = back["predictions"]
    assert (prediction["model_version"], prediction["score"]) == ("ner-v2", 0.8)
    (result,) = prediction["result"]
    assert result["id"] == "p1" and "origin" not in result
    (annotation,) = back["annotations"]
    assert (annotation["id"], annotation["completed_by"], annotation["lead_time"]) == (7, 3, 9.5)


def test_a_v1_export_keeps_source_ids_and_extra_data(workspace: Workspace, tmp_path: Path) -> None:
    source = tmp_path / "records.jsonl"
    source.write_text(
        json.dumps({"id": 9, "text": "Rogov spoke.", "label": [[0, 5, "PER"]], "meta": {"k": 1}})
        + "\n",
        "utf-8",
    )
    workspace.import_paths([source])
    first = exported(workspace, tmp_path, "first.json")
    second = new_workspace(tmp_path / "second")
    try:
        second.import_paths([tmp_path / "first.json"])
        again = exported(second, tmp_path, "again.json")
        second.export(tmp_path / "back.jsonl", "doccano")
    finally:
        second.close()
    assert again["articles"] == first["articles"]
    assert json.loads((tmp_path / "back.jsonl").read_text("utf-8")) == json.loads(
        source.read_text("utf-8")
    )


def test_w3c_annotations_keep_their_ids_bodies_and_creators(
    workspace: Workspace, tmp_path: Path
) -> None:
    text = "Rogov said Izium fell."
    collection = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationCollection",
        "first": {"type": "AnnotationPage", "items": [{
            "id": "https://example.org/anno/1",
            "type": "Annotation",
            "motivation": "commenting",
            "created": "2024-05-01T10:00:00Z",
            "creator": {"id": "https://example.org/u/1", "name": "Olena"},
            "body": [{"type": "TextualBody", "purpose": "commenting", "value": "Check this"}],
            "target": {"source": "https://example.org/doc", "selector": {
                "type": "TextQuoteSelector", "exact": "Izium", "prefix": "said "}},
        }]},
        "dcterms:hasPart": [{"id": "https://example.org/doc", "type": "Text", "value": text}],
    }  # fmt: skip
    workspace.import_paths([write_json(tmp_path / "anno.jsonld", collection)])
    workspace.export(tmp_path / "back.jsonld", "w3c")
    back = json.loads((tmp_path / "back.jsonld").read_text("utf-8"))
    (item,) = back["first"]["items"]
    assert item["id"] == "https://example.org/anno/1"
    assert item["motivation"] == "commenting" and item["created"] == "2024-05-01T10:00:00Z"
    assert item["creator"] == {"id": "https://example.org/u/1", "name": "Olena"}
    assert {"type": "TextualBody", "purpose": "commenting", "value": "Check this"} in item["body"]
    assert item["target"]["source"] == "https://example.org/doc"
    assert back["dcterms:hasPart"][0]["id"] == "https://example.org/doc"


# --- exports of texts the formats find hard -------------------------------------------------


def hard_text_workspace(tmp_path: Path, text: str, annotate: bool = True) -> Workspace:
    workspace = new_workspace(tmp_path / "hard-db")
    document = dataset_document([text], annotate)
    report = workspace.import_paths([write_json(tmp_path / "hard-text.json", document)])
    assert not report.refused, report.results[0].line()
    return workspace


def test_a_control_character_goes_to_inception_as_u_fffd_and_imports_back(
    tmp_path: Path,
) -> None:
    workspace = hard_text_workspace(tmp_path, "Rogov\x01 said\x02 so.")
    try:
        summary = workspace.export(tmp_path / "xmi", "inception")
    finally:
        workspace.close()
    assert any("control characters written as U+FFFD" in note for note in summary.notes)
    back = new_workspace(tmp_path / "back")
    try:
        report = back.import_paths([tmp_path / "xmi"])
        assert not report.refused, report.results[0].line()
        (article,) = exported(back, tmp_path)["articles"]
        assert article["text"] == "Rogov\ufffd said\ufffd so."
    finally:
        back.close()


@pytest.mark.sqlite_only(reason="PostgreSQL stores no NUL character: no such article there")
def test_checkthat_export_of_controls_and_line_breaks_imports_back(tmp_path: Path) -> None:
    # A NUL never reaches a database (refused where a dataset is read); the other controls
    # do, and take the same way out.
    workspace = hard_text_workspace(tmp_path, "Rogov\x01 said\x1b\tso\nand left.")
    try:
        summary = workspace.export(tmp_path / "out.tsv", "checkthat")
    finally:
        workspace.close()
    written = (tmp_path / "out.tsv").read_bytes()
    assert summary.notes and b"\x01" not in written and b"\x1b" not in written
    back = new_workspace(tmp_path / "back")
    try:
        report = back.import_paths([tmp_path / "out.tsv"])
        assert not report.refused, report.results[0].line()
    finally:
        back.close()


def test_spacy_export_of_an_article_over_a_million_characters(tmp_path: Path) -> None:
    pytest.importorskip("spacy")
    text = ("Rogov said Izium fell. " * 45_000).strip()
    assert len(text) > 1_000_000
    workspace = hard_text_workspace(tmp_path, text)
    try:
        workspace.export(tmp_path / "out.spacy", "spacy")
    finally:
        workspace.close()
    import spacy
    from spacy.tokens import DocBin

    (doc,) = DocBin().from_disk(tmp_path / "out.spacy").get_docs(spacy.blank("xx").vocab)
    assert doc.text == text


def test_our_brat_export_of_articles_without_annotations_imports_back(tmp_path: Path) -> None:
    workspace = hard_text_workspace(tmp_path, "Nobody has annotated this yet.", annotate=False)
    try:
        workspace.export(tmp_path / "brat", "brat")
    finally:
        workspace.close()
    assert next((tmp_path / "brat").glob("*.ann")).read_bytes() == b""
    back = new_workspace(tmp_path / "back")
    try:
        report = back.import_paths([tmp_path / "brat"])
        assert not report.refused, report.results[0].line()
        assert report.articles_added == 1
    finally:
        back.close()


def test_a_brat_span_over_a_line_break_alone_exports_on_one_line_and_back(
    tmp_path: Path,
) -> None:
    document = dataset_document(["Rogov\nsaid so."], annotate=False)
    article = document["articles"][0]
    article["mentions"].append(
        {"id": "00000000-0000-0000-0000-000000000077", "start": 5, "end": 6, "quote": "\n",
         "type": "PERSON", "entity_id": None, "origin": "manual", "created_by": None,
         "created_at": "2026-11-20T10:00:00Z"}
    )  # fmt: skip
    workspace = new_workspace(tmp_path / "first")
    try:
        workspace.import_paths([write_json(tmp_path / "doc.json", document)])
        workspace.export(tmp_path / "brat", "brat")
    finally:
        workspace.close()
    (ann,) = (tmp_path / "brat").glob("*.ann")
    assert ann.read_text("utf-8") == "T1\tPERSON 5 6\t \n"
    back = new_workspace(tmp_path / "back")
    try:
        report = back.import_paths([tmp_path / "brat"])
        assert not report.refused, report.results[0].line()
    finally:
        back.close()


def test_tokens_that_start_with_a_hash_are_tokens_not_comments(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A tweet's hashtags and a lone "#" are written as ``#tag\tO`` lines: read back as the
    tokens they are, while ``# text = …`` and ``# newdoc`` stay comments."""
    source = tmp_path / "tweets.conll"
    source.write_text(
        "# newdoc id = t1\n#StandWithUkraine\tB-MISC\nin\tO\n#Kyiv\tB-LOC\n#\tO\n1\tO\n", "utf-8"
    )
    workspace.import_paths([source])
    document = exported(workspace, tmp_path)
    (article,) = document["articles"]
    assert article["text"] == "#StandWithUkraine in #Kyiv # 1"
    assert article["source_id"] == "t1"
    assert mentions(document) == {("#StandWithUkraine", "MISC"), ("#Kyiv", "LOC")}
    out = tmp_path / "back.conll"
    workspace.export(out, "conll")
    other = new_workspace(tmp_path / "other")
    try:
        # Our export cuts "#" off as a token of its own (a line "#\tB-MISC"); CoNLL keeps no
        # spaces, so the text comes back spaced by tokens, every token in it.
        assert not other.import_paths([out], from_format="conll").refused
        back = exported(other, tmp_path, "o.json")["articles"][0]["text"]
        assert back.replace(" ", "") == article["text"].replace(" ", "")
    finally:
        other.close()
