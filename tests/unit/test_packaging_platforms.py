"""The spec's rules on Linux, Windows and macOS, with the platform simulated.

No Windows or macOS machine is at hand, so packaging/spec_rules.py (what annotator.spec keeps
and drops) runs here with ``sys.platform`` set to each; the release workflow then builds on
the real ones. The workflow file itself is loaded and its jobs and steps checked.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from tests.conftest import REPO

PACKAGING = REPO / "packaging"


def _load(name: str) -> ModuleType:
    # packaging/ is no package (and "packaging" is also a PyPI library): load by path.
    spec = importlib.util.spec_from_file_location(f"annotator_packaging_{name}", PACKAGING / name)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


rules = _load("spec_rules.py")

PLATFORMS = ["linux", "win32", "darwin"]


@pytest.fixture(params=PLATFORMS)
def platform(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """sys.platform as on each build machine, and no external tool may run meanwhile."""
    monkeypatch.setattr(sys, "platform", request.param)

    def no_tools(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"ran {args[0]!r}: a tool of the build machine, not of this test")

    monkeypatch.setattr(subprocess, "run", no_tools)
    return request.param


def test_native_platform_plugin_and_offscreen_are_kept_others_dropped(platform: str) -> None:
    prefix = {"linux": "PySide6/Qt/plugins/", "win32": "PySide6/plugins/"}.get(
        platform, "PySide6/Qt/plugins/"
    )
    native = {
        "linux": ["platforms/libqxcb.so", "platforms/libqwayland.so"],
        "win32": ["platforms/qwindows.dll", "styles/qmodernwindowsstyle.dll"],
        "darwin": ["platforms/libqcocoa.dylib", "styles/libqmacstyle.dylib"],
    }[platform]
    offscreen = {"linux": "libqoffscreen.so", "win32": "qoffscreen.dll"}.get(
        platform, "libqoffscreen.dylib"
    )
    for plugin in [*native, f"platforms/{offscreen}"]:
        assert rules.keep_plugin(prefix + plugin), plugin
    # Windows separators, as PyInstaller gives them there.
    assert rules.keep_plugin((prefix + native[0]).replace("/", "\\")) is True
    dropped = {
        "linux": [
            "platforms/libqeglfs.so",
            "platformthemes/libqgtk3.so",
            "tls/libqopensslbackend.so",
        ],
        "win32": ["platforms/qdirect2d.dll", "platforms/qminimal.dll", "tls/qschannelbackend.dll"],
        "darwin": ["platforms/libqminimal.dylib", "tls/libqsecuretransportbackend.dylib"],
    }[platform]
    for plugin in dropped:
        assert not rules.keep_plugin(prefix + plugin), plugin
    # Another platform's plugin is never what this one keeps.
    others = [p for key, kept in rules.QT_PLUGINS_KEPT.items() if key != platform for p in kept]
    assert not any(rules.keep_plugin(prefix + plugin) for plugin in others)
    # Everything outside Qt's plugins is left to the other rules.
    assert rules.keep_plugin("lxml/etree.so")


def test_only_three_binding_modules_stay(platform: str, tmp_path: Path) -> None:
    suffix = {"win32": ".pyd"}.get(platform, ".abi3.so")
    for name in ("QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtQml", "QtSvg"):
        (tmp_path / f"{name}{suffix}").write_bytes(b"")
    (tmp_path / "QtPdf.pyi").write_text("")
    (tmp_path / "__init__.py").write_text("")
    assert rules.pyside_modules_not_kept(tmp_path) == [
        "PySide6.QtNetwork",
        "PySide6.QtPdf",
        "PySide6.QtQml",
        "PySide6.QtSvg",
    ]


def test_translations_qml_and_babel_locales_dropped_where_qt_lives(platform: str) -> None:
    qt = "PySide6/" if platform == "win32" else "PySide6/Qt/"
    assert rules.keep_data(qt + "translations/qtbase_uk.qm")  # Ukrainian standard dialogs
    assert not rules.keep_data(qt + "translations/qtbase_de.qm")
    assert not rules.keep_data(qt + "translations/qtdeclarative_uk.qm")
    assert not rules.keep_data(qt + "qml/QtQuick/qmldir")
    assert not rules.keep_data("babel/locale-data/uk.dat")
    assert rules.keep_data("babel/locale-data/en.dat")
    assert rules.keep_data("trafilatura/settings.cfg")
    assert rules.keep_data("resources/dataset-v1.schema.json")


def test_elf_only_steps_run_on_linux_only(platform: str) -> None:
    linux = platform == "linux"
    assert rules.prune_unreachable_libraries() is linux
    assert rules.strip_binaries() is linux
    icu = {
        "linux": "PySide6/Qt/lib/libicudata.so.73",
        "win32": "PySide6/icudt73.dll",
        "darwin": "PySide6/Qt/lib/libicudata.73.dylib",
    }[platform]
    assert rules.is_icu_data(icu)
    assert rules.trim_icu_data(icu) is linux  # readelf/as/ld only where the library is ELF
    assert not rules.is_icu_data("PySide6/Qt/lib/libicuuc.so.73")


def test_programs_and_icons_per_platform(platform: str) -> None:
    programs = rules.executables()
    assert programs[0][0] == "annotator"
    if platform == "win32":  # the command line needs a console; the Start menu must not
        assert programs == [("annotator", True), ("Fact-Check Annotator", False)]
    else:
        assert len(programs) == 1
    icon = rules.icon_file(REPO)
    if platform == "linux":
        assert icon is None  # the desktop entry names the icon
    else:
        assert Path(icon).is_file()
    plist = rules.info_plist("9.8.7")
    assert plist["CFBundleShortVersionString"] == "9.8.7"


def test_spec_has_no_linux_only_step_outside_the_rules() -> None:
    """The spec's platform-dependent choices go through spec_rules, so the tests above cover
    them: no hard-coded Qt plugin path, shared-library suffix or Linux tool is left in it."""
    spec = (PACKAGING / "annotator.spec").read_text(encoding="utf-8")
    for linux_only in ("ldconfig", "PySide6/Qt/plugins/", "libicudata.so", '"Qt*.so"', "xcb"):
        code = "\n".join(line for line in spec.splitlines() if not line.lstrip().startswith("#"))
        assert linux_only not in code, linux_only
    assert "spec_rules.keep_plugin" in spec and "spec_rules.executables()" in spec


def test_check_bundle_asks_ldconfig_on_linux_only(platform: str) -> None:
    check_bundle = _load("check_bundle.py")
    if platform == "linux":
        with pytest.raises(AssertionError, match="ldconfig"):
            check_bundle.system_libraries()
    else:
        assert check_bundle.system_libraries() == set()


# --- the release workflow ------------------------------------------------------------------------

WORKFLOW = REPO / ".github" / "workflows" / "release.yml"


def test_release_workflow_builds_tests_and_uploads_on_three_systems() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key "on" as True.
    assert workflow.get("on", workflow.get(True))
    jobs = workflow["jobs"]
    build = jobs["build"]
    systems = build["strategy"]["matrix"]["os"]
    assert set(systems) == {"ubuntu-22.04", "windows-latest", "macos-14"}
    steps = build["steps"]
    assert all("uses" in step or "run" in step for step in steps)
    text = "\n".join(str(step.get("run", "")) + str(step.get("uses", "")) for step in steps)
    text = text.replace("\\", "/")  # the Windows steps spell paths with backslashes
    # Every script of ours that a step runs exists.
    for script in set(re.findall(r"packaging/[\w./-]+\.(?:sh|spec|iss|py)", text)):
        assert (REPO / script).is_file(), script
    for needed in (
        "actions/checkout",
        "actions/setup-python",
        "pip install",
        "pytest",
        "packaging/build.sh",
        "packaging/annotator.spec",
        "--self-test",
        "iscc",
        "packaging/windows/annotator.iss",
        "hdiutil",
        "actions/upload-artifact",
    ):
        assert needed in text, needed
    tests = next(step for step in steps if "pytest" in str(step.get("run", "")))
    assert tests["env"]["QT_QPA_PLATFORM"] == "offscreen"
    uploads = [step for step in steps if "upload-artifact" in step.get("uses", "")]
    paths = "\n".join(str(step["with"]["path"]) for step in uploads)
    for artefact in (".deb", ".tar.gz", ".exe", ".dmg"):
        assert artefact in paths, artefact
    # Each step that is for one system says so.
    for step in steps:
        if any(tool in str(step.get("run", "")) for tool in ("iscc", "hdiutil", "build.sh")):
            assert "runner.os" in step.get("if", ""), step.get("name")


def test_inno_setup_script_installs_per_user_with_start_menu_and_uninstaller() -> None:
    script = (PACKAGING / "windows" / "annotator.iss").read_text(encoding="utf-8")
    settings = {
        line.split("=", 1)[0].strip(): line.split("=", 1)[1].strip()
        for line in script.splitlines()
        if "=" in line and not line.lstrip().startswith((";", "#", "Name:", "Source:"))
    }
    assert settings["PrivilegesRequired"] == "lowest"  # per user: no administrator
    assert settings["DefaultDirName"].startswith("{autopf}")  # per-user Programs folder
    assert settings["Uninstallable"] == "yes"
    assert "{group}" in script and "Fact-Check Annotator.exe" in script
    assert "dist\\annotator\\*" in script.replace("/", "\\") or "{#SourceDir}" in script


# --- README: where data lives on each system ----------------------------------------------------


def test_readme_says_where_platformdirs_puts_the_data_on_each_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from platformdirs import windows
    from platformdirs.macos import MacOS
    from platformdirs.unix import Unix

    from annotator.paths import APP_DIR_NAME, DB_FILE_NAME

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    home = str(Path.home())
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(windows, "get_win_folder", lambda _kind: "%LOCALAPPDATA%")
    systems = {
        "linux": (Unix(APP_DIR_NAME, appauthor=False), "/"),
        "macos": (MacOS(APP_DIR_NAME, appauthor=False), "/"),
        "windows": (windows.Windows(APP_DIR_NAME, appauthor=False), "\\"),
    }
    for system, (dirs, sep) in systems.items():

        def shown(path: str, sep: str = sep) -> str:
            return path.replace(home, "~").replace("/", sep).replace("\\", sep)

        for expected in (
            shown(dirs.user_data_dir) + sep + DB_FILE_NAME,
            shown(dirs.user_data_dir) + sep + "backups" + sep,
            shown(dirs.user_log_dir) + sep,
            shown(dirs.user_config_dir) + sep + "settings.ini",
        ):
            assert f"`{expected}`" in readme, (system, expected)


def test_the_system_libpq_serves_team_databases_on_linux_only(platform: str) -> None:
    expected = {"linux": ["psycopg_binary"], "win32": [], "darwin": []}[platform]
    assert rules.modules_left_out() == expected


def test_openssl_comes_from_the_system_on_linux_only(platform: str) -> None:
    bundled = platform != "linux"
    assert rules.keep_library("libssl.so.3", platform) is bundled
    assert rules.keep_library("_internal/libcrypto.so.3") is bundled
    assert rules.keep_library("libsqlite3.so.0") is True


def test_pycryptodomes_ciphers_are_kept_and_nothing_else_of_it() -> None:
    # pypdf opens them by path (ctypes): no ELF entry names them, so they are roots of the walk.
    assert rules.loaded_by_path("Crypto/Cipher/_raw_aes.abi3.so")
    assert rules.loaded_by_path("Crypto\\Cipher\\_raw_cbc.pyd")
    assert rules.loaded_by_path("Crypto/Util/_cpuid_c.abi3.so")
    assert not rules.loaded_by_path("Crypto/PublicKey/_ec_ws.abi3.so")
    assert not rules.loaded_by_path("Crypto/Cipher/_raw_aes_extra.so")
    assert not rules.loaded_by_path("libcrypto.so.3")
