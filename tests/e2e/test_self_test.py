"""`annotator --self-test` from the source tree, the files that install the app on a desktop,
and the ICU trimming of the packaged build. The frozen build runs the same self-test
in CI (packaging/frozen_checks.sh); tests/e2e/test_frozen_build.py checks a built bundle."""

from __future__ import annotations

import configparser
import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from annotator import __version__
from annotator.services import self_test
from tests.conftest import REPO, CliResult, run_annotator_process

RESOURCES = REPO / "resources"
HICOLOR = RESOURCES / "icons" / "hicolor"
ICON_NAME = "factcheck-annotator"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def test_the_self_test_passes_and_reports_each_check() -> None:
    result = run_annotator_process("--self-test")
    assert result.code == 0, result.out + result.err
    lines = result.out.splitlines()
    assert lines[0].startswith(f"Fact-Check Annotator {__version__} self-test (from source")
    checks = [line.split()[:2] for line in lines[1:-1]]
    assert [mark for mark, _ in checks] == ["ok"] * len(checks)
    assert [name for _, name in checks][:3] == ["database", "seeds", "html"]
    assert re.match(r"self-test passed: \d+ checks in [\d.]+ s$", lines[-1])


def test_the_self_test_does_not_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from annotator.__main__ import main\n"
        "assert main(['--self-test']) == 0\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "assert not loaded, loaded\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_failed_check_is_reported_stops_the_run_and_exits_1(
    run_cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(self_test, "SAMPLE_PAGE", "<html><body></body></html>")
    monkeypatch.setattr(self_test.tempfile, "tempdir", str(tmp_path))
    result: CliResult = run_cli("--self-test")
    assert result.code == 1
    lines = result.out.splitlines()
    failed = [line for line in lines if line.strip().startswith("FAIL")]
    assert len(failed) == 1 and "html" in failed[0] and "page.html" in failed[0]
    assert not any(line.strip().startswith("ok   export") for line in lines)  # stopped there
    assert "self-test FAILED" in lines[-1]
    assert list(tmp_path.iterdir()) == []  # its temporary folder is gone, even after a failure


def test_the_self_test_can_keep_its_folder(tmp_path: Path) -> None:
    report = self_test.run_self_test(keep=tmp_path / "kept")
    assert report.ok, "\n".join(report.lines())
    assert (tmp_path / "kept" / "data" / "annotator.sqlite3").is_file()
    assert (tmp_path / "kept" / "export.json").is_file()


# --- the desktop files ----------------------------------------------------------------------

DESKTOP_KEYS = {
    "Type", "Version", "Name", "GenericName", "Comment", "Exec", "TryExec", "Icon", "Terminal",
    "Categories", "Keywords", "StartupNotify", "StartupWMClass", "MimeType", "NoDisplay",
}  # fmt: skip


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(RESOURCES / "annotator.desktop", encoding="utf-8")
    assert parser.sections() == ["Desktop Entry"]
    return parser["Desktop Entry"]


def test_the_desktop_file_starts_the_app_with_its_icon() -> None:
    entry = _desktop_entry()
    assert set(entry) <= DESKTOP_KEYS, set(entry) - DESKTOP_KEYS
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Fact-Check Annotator"
    assert entry["Exec"].split()[0] == "annotator"
    assert "%" not in entry["Exec"]  # the window takes no file arguments
    assert entry["Icon"] == ICON_NAME
    assert entry["Terminal"] == "false"
    for key in ("Categories", "Keywords"):
        assert entry[key].endswith(";"), key
    assert "Office" in entry["Categories"].split(";")
    assert entry["StartupWMClass"] == "factcheck-annotator"  # Qt's WM_CLASS: the app name


def test_the_icon_exists_as_svg_and_every_png_size() -> None:
    svg = ET.parse(HICOLOR / "scalable" / "apps" / f"{ICON_NAME}.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert svg.get("viewBox") == "0 0 64 64"
    for size in ICON_SIZES:
        png = HICOLOR / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        header = png.read_bytes()[:26]
        assert header[:8] == b"\x89PNG\r\n\x1a\n", png
        width, height, _depth, colour = struct.unpack(">IIBB", header[16:26])
        assert (width, height) == (size, size), png
        assert colour == 6, f"{png} has no alpha channel"  # RGBA: a transparent background


def test_the_appstream_metadata_is_well_formed_and_current() -> None:
    (path,) = RESOURCES.glob("*.metainfo.xml")
    component = ET.parse(path).getroot()
    assert component.tag == "component"
    assert component.get("type") == "desktop-application"
    assert component.findtext("metadata_license") == "CC0-1.0"
    assert component.findtext("name") == _desktop_entry()["Name"]
    assert component.findtext("launchable[@type='desktop-id']") == "annotator.desktop"
    assert component.findtext("icon") == ICON_NAME
    assert component.findtext("provides/binary") == "annotator"
    releases = [release.get("version") for release in component.iter("release")]
    assert releases and releases[0] == __version__, "add a <release> for the new version"


def test_the_window_icon_is_the_one_in_resources(qapp) -> None:  # type: ignore[no-untyped-def]
    from annotator.ui.app import create_application

    app = create_application()
    sizes = {(s.width(), s.height()) for s in app.windowIcon().availableSizes()}
    assert {(16, 16), (48, 48), (256, 256)} <= sizes
    assert app.desktopFileName() == "annotator"


# --- packaging/icu_data.py: the trimmed ICU data of the frozen build ---------------------------


@pytest.fixture(scope="module")
def icu_data():  # type: ignore[no-untyped-def]
    import shutil

    if not all(shutil.which(tool) for tool in ("readelf", "as", "ld")):
        pytest.skip("binutils (readelf, as, ld) are not installed")
    sys.path.insert(0, str(REPO / "packaging"))
    try:
        import icu_data
    finally:
        sys.path.remove(str(REPO / "packaging"))
    return icu_data


def _pyside_icu_library() -> Path:
    import PySide6

    (library,) = (Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*")
    return library


def test_icu_data_rewritten_whole_is_byte_identical(icu_data) -> None:  # type: ignore[no-untyped-def]
    library = _pyside_icu_library()
    package = icu_data.read_common_data(library)
    _symbol, offset, size = icu_data._symbol(library)
    with library.open("rb") as handle:
        handle.seek(offset)
        original = handle.read(size)
    assert icu_data.write_common_data(package) == original


def test_trimmed_icu_data_keeps_what_qt_reads(icu_data, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    library = _pyside_icu_library()
    target = tmp_path / library.name
    before, after = icu_data.trim(library, target)
    assert after < before / 2
    names = [name.split("/", 1)[1] for name, _ in icu_data.read_common_data(target).items]
    assert "coll/uk.res" in names and "coll/ucadata.icu" in names  # collation (QCollator)
    assert "zoneinfo64.res" in names and "zone/uk.res" in names  # time zones (QTimeZone)
    assert "root.res" in names and "cnvalias.icu" in names
    assert not [n for n in names if n.endswith(".cnv") or n.startswith(("brkitr/", "curr/"))]
    soname = subprocess.run(["readelf", "-d", str(target)], capture_output=True, text=True).stdout
    assert f"[{library.name}]" in soname
