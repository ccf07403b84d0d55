"""INCEpTION: our UIMA CAS XMI read by dkpro-cassis at the right characters after emoji, flags,
ZWJ sequences, RTL text and U+2028; the folder imports back with every span."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.format_samples import CLAIM, HARD_TEXT, SPANS, expected_spans, hard_document
from tests.helpers import exported, new_workspace, span, write_json

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)

cassis = pytest.importorskip("cassis", reason="dkpro-cassis is a dependency")
NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity"


@pytest.fixture
def out(tmp_path: Path) -> Path:
    workspace = new_workspace(tmp_path / "first")
    try:
        workspace.import_paths([write_json(tmp_path / "hard.json", hard_document())])
        workspace.export(tmp_path / "inception", "inception")
    finally:
        workspace.close()
    return tmp_path / "inception"


def _hard_cas(out: Path):  # type: ignore[no-untyped-def]
    types = cassis.load_typesystem((out / "TypeSystem.xml").read_text(encoding="utf-8"))
    for file in out.glob("*.xmi"):
        cas = cassis.load_cas_from_xmi(file.read_text(encoding="utf-8"), typesystem=types)
        if cas.sofa_string == HARD_TEXT:
            return cas, file
    raise AssertionError("the hard article is not in the export")


def test_cassis_reads_every_mention_and_claim_at_its_characters(out: Path) -> None:
    cas, _ = _hard_cas(out)
    mentions = {(a.begin, a.end, a.value, a.get_covered_text()) for a in cas.select(NAMED_ENTITY)}
    assert mentions == {(*span(HARD_TEXT, n), t, n) for n, t, _ in SPANS}
    (claim,) = cas.select("webanno.custom.Claim")
    assert claim.get_covered_text() == CLAIM
    assert (claim.status, claim.claimant) == ("false", "Rogov")


def test_the_xmi_file_counts_utf16_units_as_uima_does(out: Path) -> None:
    _, file = _hard_cas(out)
    xmi = file.read_text(encoding="utf-8")
    start, _ = span(HARD_TEXT, "Rogov")
    utf16_start = len(HARD_TEXT[:start].encode("utf-16-le")) // 2
    assert utf16_start > start  # emoji and flags before it: the two counts differ
    found = re.search(r'NamedEntity [^>]*begin="(\d+)" end="(\d+)" value="PERSON"', xmi)
    assert found is not None
    assert (int(found[1]), int(found[2])) == (utf16_start, utf16_start + 5)


def test_inception_folder_imports_back_with_every_span(out: Path, tmp_path: Path) -> None:
    second = new_workspace(tmp_path / "second")
    try:
        report = second.import_paths([out])
        assert not report.refused, report.results[0].line()
        assert "read as inception" in report.results[0].reason
        document = exported(second, tmp_path)
    finally:
        second.close()
    assert expected_spans(document) == expected_spans(hard_document())
