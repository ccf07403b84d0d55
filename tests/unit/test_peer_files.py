"""The peers' own example files (tests/data/peers, see SOURCES there): each imports whole or is
refused with a line that says what it is; import → export in the same format gives back the
same records, fields and ids (order and whitespace aside)."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from annotator.services.workspace import Workspace
from tests.helpers import exported, new_workspace

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)

PEERS = Path(__file__).resolve().parents[1] / "data" / "peers"


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    opened = new_workspace(tmp_path / "db")
    yield opened
    opened.close()


def imported(workspace: Workspace, path: Path, fmt: str | None = None) -> str:
    report = workspace.import_paths([path], from_format=fmt)
    (result,) = report.results
    assert not report.refused, result.line()
    return result.reason


def refused(workspace: Workspace, path: Path, fmt: str | None = None) -> str:
    report = workspace.import_paths([path], from_format=fmt)
    (result,) = report.refused
    assert workspace.stats().articles == 0  # a refused file changes nothing
    return result.line()


def canonical(value: Any) -> Any:
    """A JSON value with its keys in order, for comparing records whatever the key order."""
    return json.loads(json.dumps(value, sort_keys=True))


def jsonl_records(path: Path) -> Counter[str]:
    return Counter(
        json.dumps(canonical(json.loads(line)), sort_keys=True)
        for line in path.read_text("utf-8").split("\n")
        if line.strip()
    )


# --- doccano -------------------------------------------------------------------------------

DOCCANO_WHOLE = [
    "labeling.jsonl",  # three records of one text, each with its meta
    "example.labeling.jsonl",  # entities as [start, end, LABEL]
    "download_sequence_labeling.jsonl",  # 1.x annotations, a user per span
    "frontend_sequence_labeling.jsonl",  # 1.x with label ids only
    "relation_extraction.jsonl",  # entity objects and relations
    "sequence_labeling_export.jsonl",
]


@pytest.mark.parametrize("name", DOCCANO_WHOLE)
def test_doccano_files_import_whole_and_export_back_the_same_records(
    workspace: Workspace, tmp_path: Path, name: str
) -> None:
    source = PEERS / "doccano" / name
    imported(workspace, source)
    workspace.export(tmp_path / "back.jsonl", "doccano")
    assert jsonl_records(tmp_path / "back.jsonl") == jsonl_records(source)


def test_doccano_repeated_texts_are_three_records_of_one_article(
    workspace: Workspace, tmp_path: Path
) -> None:
    reason = imported(workspace, PEERS / "doccano" / "labeling.jsonl")
    assert "2 record(s) hold the same text as an earlier record" in reason
    (article,) = exported(workspace, tmp_path)["articles"]
    records = article["extra"]["doccano"]
    assert [r["meta"] for r in records] == [{"wikiPageID": n} for n in (1, 2, 3)]
    spans = sorted((m["type"], m.get("extra", {}).get("doccano", {}).get("record", 0))
                   for m in article["mentions"])  # fmt: skip
    assert spans == [("LOC", 0), ("LOC", 1), ("ORG", 0), ("PER", 2)]


def test_doccano_1x_annotations_keep_their_users_ids_and_fields(
    workspace: Workspace, tmp_path: Path
) -> None:
    imported(workspace, PEERS / "doccano" / "download_sequence_labeling.jsonl")
    document = exported(workspace, tmp_path)
    assert {a["name"] for a in document["annotators"]} == {"user1"}
    by_text = {a["text"]: a for a in document["articles"]}
    obama = by_text["President Obama"]
    assert obama["source_id"] == "3"
    assert obama["extra"]["doccano"][0]["annotation_approver"] == "supervisor"
    (mention,) = obama["mentions"]
    assert (mention["quote"], mention["type"], mention["source_id"]) == ("Obama", "PERSON", "3")


def test_doccano_relations_are_carried_and_named_in_the_report(
    workspace: Workspace, tmp_path: Path
) -> None:
    reason = imported(workspace, PEERS / "doccano" / "relation_extraction.jsonl")
    assert "3 relation(s) between entities kept" in reason
    (article,) = exported(workspace, tmp_path)["articles"]
    assert {m["quote"]: m["type"] for m in article["mentions"]} == {
        "Google": "ORG",
        "September 4, 1998": "DATE",
        "Larry Page": "PERSON",
        "Sergey Brin": "PERSON",
    }


def test_doccano_a_span_given_twice_is_kept_once_and_said(workspace: Workspace) -> None:
    reason = imported(workspace, PEERS / "doccano" / "example_overlapping.jsonl")
    assert "1 span(s) given twice in one record: kept once" in reason


def test_doccano_an_image_project_is_refused_as_such(workspace: Workspace) -> None:
    line = refused(workspace, PEERS / "doccano" / "image_classification.jsonl")
    assert "line 1: a doccano record of a file (cat.png), not of a text" in line


def test_doccano_a_record_without_text_refuses_the_file_naming_its_line(
    workspace: Workspace,
) -> None:
    assert refused(workspace, PEERS / "doccano" / "intent.jsonl").endswith("line 5: no text")


# --- Label Studio --------------------------------------------------------------------------


def _tasks(path: Path) -> list[Any]:
    found = json.loads(path.read_text("utf-8"))
    tasks = found if isinstance(found, list) else [found]
    for task in tasks:
        for group in ("annotations", "predictions", "completions"):
            for entry in task.get(group) or []:
                entry["result"] = sorted(
                    (canonical(r) for r in entry.get("result") or []), key=json.dumps
                )
    return sorted((canonical(t) for t in tasks), key=json.dumps)


@pytest.mark.parametrize(
    "name",
    [
        "named_entity_completions_0.json",  # 0.x: one task, completions, inclusive ends
        "named_entity_completions_1.json",
        "tasks_annotations_predictions.json",  # choices, predictions, data at the top level
        "text_with_2_predictions.json",
        "csv_test_colliding_keys.json",  # a current export: ids, completed_by, lead_time
    ],
)
def test_label_studio_files_import_whole_and_export_back_the_same_tasks(
    workspace: Workspace, tmp_path: Path, name: str
) -> None:
    source = PEERS / "labelstudio" / name
    imported(workspace, source)
    workspace.export(tmp_path / "back.json", "labelstudio")
    assert _tasks(tmp_path / "back.json") == _tasks(source)


def test_label_studio_0x_ends_are_read_as_inclusive_at_the_right_characters(
    workspace: Workspace, tmp_path: Path
) -> None:
    reason = imported(workspace, PEERS / "labelstudio" / "named_entity_completions_0.json")
    assert "as Label Studio 0.x wrote it" in reason
    (article,) = exported(workspace, tmp_path)["articles"]
    assert article["source_id"] == "0"
    assert sorted(m["quote"] for m in article["mentions"]) == ["Bahia", "February 22"]


def test_label_studio_a_result_whose_text_contradicts_its_offsets_is_refused(
    workspace: Workspace,
) -> None:
    line = refused(workspace, PEERS / "labelstudio" / "named_entity_tasks.json")
    assert "says 'Prediction' but 343–353 holds 'February 2'; nothing was shifted" in line


def test_label_studio_an_image_task_is_refused_as_such(workspace: Workspace) -> None:
    line = refused(workspace, PEERS / "labelstudio" / "previous_export.json")
    assert "task 1234: a Label Studio task without a text (data holds image)" in line


def test_label_studio_choices_are_kept_and_counted(workspace: Workspace) -> None:
    reason = imported(workspace, PEERS / "labelstudio" / "tasks_annotations_predictions.json")
    assert "7 result(s) of type 'choices' kept as extra data" in reason
    assert workspace.stats().articles == 6


# --- brat ----------------------------------------------------------------------------------


@pytest.mark.parametrize("corpus", ["NCBI-disease", "BioNLP-ST_2011_EPI"])
def test_brat_corpora_import_and_export_back_the_same_documents(
    workspace: Workspace, tmp_path: Path, corpus: str
) -> None:
    reason = imported(workspace, PEERS / "brat" / corpus)
    assert "9 brat line(s) (events, other attributes" in reason
    workspace.export(tmp_path / "back", "brat")
    for original in (PEERS / "brat" / corpus).iterdir():
        back = tmp_path / "back" / original.name  # the document's own name
        if original.suffix == ".txt":
            assert back.read_text("utf-8") == original.read_text("utf-8")
        else:
            lines = set(back.read_text("utf-8").splitlines())
            assert lines == set(original.read_text("utf-8").splitlines())


def test_brat_document_name_is_the_source_id_and_an_empty_ann_is_no_annotations(
    workspace: Workspace, tmp_path: Path
) -> None:
    folder = tmp_path / "corpus"
    shutil.copytree(PEERS / "brat" / "NCBI-disease", folder)
    (folder / "PMID-0000001.txt").write_text("A document nobody annotated yet.\n", "utf-8")
    (folder / "PMID-0000001.ann").write_bytes(b"")
    imported(workspace, folder)
    names = {a["source_id"] for a in exported(workspace, tmp_path)["articles"]}
    assert names == {"PMID-7795652", "PMID-0000001"}
    workspace.export(tmp_path / "back", "brat")
    assert (tmp_path / "back" / "PMID-0000001.ann").read_bytes() == b""


# --- INCEpTION / cassis --------------------------------------------------------------------

cassis = pytest.importorskip("cassis", reason="dkpro-cassis is a dependency")


def _dkpro_typesystem() -> str:
    """The DKPro types cas_with_smileys.xmi uses (the file ships without its type system)."""
    types = cassis.TypeSystem()
    prefix = "de.tudarmstadt.ukp.dkpro.core.api."
    meta = types.create_type(prefix + "metadata.type.DocumentMetaData",
                             supertypeName="uima.tcas.DocumentAnnotation")  # fmt: skip
    for feature in ("documentTitle", "documentId", "documentUri", "collectionId",
                    "documentBaseUri"):  # fmt: skip
        types.create_feature(meta, feature, "uima.cas.String")
    types.create_feature(meta, "isLastSegment", "uima.cas.Boolean")
    for name in ("segmentation.type.Sentence", "segmentation.type.Token"):
        types.create_type(prefix + name, supertypeName="uima.tcas.Annotation")
    entity = types.create_type(
        prefix + "ner.type.NamedEntity", supertypeName="uima.tcas.Annotation"
    )
    types.create_feature(entity, "value", "uima.cas.String")
    tagset = types.create_type(prefix + "metadata.type.TagsetDescription",
                               supertypeName="uima.tcas.Annotation")  # fmt: skip
    for feature in ("layer", "name"):
        types.create_feature(tagset, feature, "uima.cas.String")
    types.create_feature(tagset, "input", "uima.cas.Boolean")
    return types.to_xml()


def test_an_inception_document_with_emoji_imports_at_the_right_characters(
    workspace: Workspace, tmp_path: Path
) -> None:
    folder = tmp_path / "project"
    folder.mkdir()
    shutil.copy(PEERS / "cassis" / "cas_with_smileys.xmi", folder)
    (folder / "TypeSystem.xml").write_text(_dkpro_typesystem(), "utf-8")
    reason = imported(workspace, folder)
    assert "4 annotation(s) of layer" in reason and "TagsetDescription left out" in reason
    (article,) = exported(workspace, tmp_path)["articles"]
    assert article["text"] == "Hello 😊, my name is John."
    assert article["source_id"] == "smileys.txt"
    assert article["extra"]["inception"][0]["documentUri"].endswith("/source/smileys.txt")
    (john,) = article["mentions"]
    assert (john["quote"], john["type"]) == ("John", "PER")
    workspace.export(tmp_path / "back", "inception")
    types = cassis.load_typesystem((tmp_path / "back" / "TypeSystem.xml").read_text("utf-8"))
    cas = cassis.load_cas_from_xmi(
        (tmp_path / "back" / "smileys.txt.xmi").read_text("utf-8"), typesystem=types
    )
    (entity,) = cas.select("de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity")
    assert (entity.get_covered_text(), entity.value) == ("John", "PER")
    (meta,) = cas.select("de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData")
    assert meta.documentId == "smileys.txt"


def test_an_inception_document_of_other_layers_only_names_them(
    workspace: Workspace, tmp_path: Path
) -> None:
    folder = tmp_path / "project"
    folder.mkdir()
    shutil.copy(PEERS / "cassis" / "small_cas.xmi", folder)
    shutil.copy(PEERS / "cassis" / "small_typesystem.xml", folder / "TypeSystem.xml")
    reason = imported(workspace, folder)
    assert "11 annotation(s) of layer cassis.Token left out" in reason
    assert "2 annotation(s) of layer cassis.Sentence left out" in reason


# --- W3C -----------------------------------------------------------------------------------


def test_w3c_own_collection_without_texts_is_refused_saying_so(workspace: Workspace) -> None:
    line = refused(workspace, PEERS / "w3c" / "collection1.json")
    assert "W3C annotations without their text: nothing to annotate" in line
    assert "41 annotation(s)" in line


def test_brat_documents_in_subfolders_go_back_to_their_subfolders(
    workspace: Workspace, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(PEERS / "brat" / "NCBI-disease", corpus / "train")
    imported(workspace, corpus)
    workspace.export(tmp_path / "back", "brat")
    back = tmp_path / "back" / "train" / "PMID-7795652.txt"
    assert back.read_text("utf-8") == (corpus / "train" / "PMID-7795652.txt").read_text("utf-8")
