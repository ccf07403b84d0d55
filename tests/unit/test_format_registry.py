"""One registry of formats: the CLI's choices, the export dialog's filters, the README table,
and the file name's extension deciding the format."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from annotator.services.formats import registry
from tests.format_samples import write_hard_dataset

pytestmark = pytest.mark.both_engines  # SQLite and PostgreSQL (tests/engines.py)

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.sqlite_only(reason="opens no database")
def test_the_extension_decides_without_format_and_a_contradiction_is_refused() -> None:
    assert registry.export_format_for(Path("claims.csv"), None) == "csv"
    assert registry.export_format_for(Path("d.jsonl"), None) == "jsonl"
    assert registry.export_format_for(Path("r.jsonld"), None) == "claimreview"
    assert registry.export_format_for(Path("d.JSON"), None) == "json"
    assert registry.export_format_for(Path("noextension"), None) == "json"
    assert registry.export_format_for(Path("tasks.json"), "labelstudio") == "labelstudio"
    assert registry.export_format_for(Path("tasks.jsonl"), "doccano") == "doccano"
    with pytest.raises(registry.FormatMismatch, match=r"claims\.csv ends in \.csv"):
        registry.export_format_for(Path("claims.csv"), "json")
    with pytest.raises(registry.FormatMismatch, match="writes a folder"):
        registry.export_format_for(Path("out.json"), "brat")
    assert registry.export_format_for(Path("for-inception"), "inception") == "inception"


def test_cli_export_claims_csv_without_format_writes_csv(
    data_dir: Path, tmp_path: Path, run_cli
) -> None:
    assert run_cli("--data-dir", data_dir, "import", write_hard_dataset(tmp_path)).code == 0
    result = run_cli("--data-dir", data_dir, "export", "-o", tmp_path / "claims.csv")
    assert result.code == 0, result.err
    rows = list(csv.reader((tmp_path / "claims.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 3  # header and two claims
    assert "(csv)" in result.out


def test_cli_export_with_a_contradicting_format_exits_2_and_writes_nothing(
    data_dir: Path, tmp_path: Path, run_cli
) -> None:
    assert run_cli("--data-dir", data_dir, "import", write_hard_dataset(tmp_path)).code == 0
    result = run_cli(
        "--data-dir", data_dir, "export", "-o", tmp_path / "claims.csv", "--format", "json"
    )
    assert result.code == 2
    assert "claims.csv ends in .csv" in result.err
    assert not (tmp_path / "claims.csv").exists()


@pytest.mark.sqlite_only(reason="opens no database")
def test_cli_offers_every_registered_format(run_cli) -> None:
    help_text = run_cli("export", "--help").out
    for name in registry.export_names():
        assert name in help_text
    import_help = " ".join(run_cli("import", "--help").out.split())
    for name in registry.import_names():
        assert name in import_help


@pytest.mark.sqlite_only(reason="opens no database")
def test_the_readme_format_table_is_generated_from_the_registry() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    begin, end = "<!-- generated: formats table -->\n", "<!-- end: formats table -->"
    assert begin in readme and end in readme
    table = readme.split(begin, 1)[1].split(end, 1)[0].strip()
    assert table == registry.readme_table(), "run: python docs/architecture_lists.py"


@pytest.mark.sqlite_only(reason="opens no database")
def test_every_module_format_has_the_same_small_interface() -> None:
    """Each module offers what its entry promises (the type checker holds their signatures
    to the registry's protocols), and nothing is asked of it that it does not promise."""
    for spec in registry.FORMATS:
        if spec.module is None:
            continue
        if spec.exports and spec.folder:
            assert callable(spec.folder_exporter().export)
        elif spec.exports:  # an import-only format (FEVER) needs no export stub
            assert callable(spec.exporter().export)
        if spec.imports and spec.folder:  # folder formats see the folder's files
            module = spec.folder_importer()
            assert callable(module.detect_folder) and callable(module.read_folder)
            assert module.FOLDER_SUFFIXES
        elif spec.imports:
            assert callable(spec.importer().detect) and callable(spec.importer().read)
        if not spec.exports:
            with pytest.raises(TypeError, match="does not offer"):
                spec.exporter()
        assert json.dumps(spec.name)  # plain names, usable as CLI choices
