"""What annotator.spec keeps and drops, per platform: one place, importable without PyInstaller.

annotator.spec (run by PyInstaller) calls these; tests/unit/test_packaging_platforms.py calls
them with a simulated ``sys.platform`` ("linux", "win32", "darwin"), since no Windows or macOS
machine is at hand here. Every function reads the platform when it is called, never at import.

Layouts they know (from the PySide6 wheels and PyInstaller's PySide6 hooks): Qt's folder in
the bundle is ``PySide6/Qt/`` on Linux and macOS and ``PySide6/`` itself on Windows, so the
plugins are under ``PySide6/Qt/plugins/`` or ``PySide6/plugins/``; binding modules end in
``.abi3.so`` (Linux, macOS) or ``.pyd`` (Windows); plugins are ``libq*.so``, ``libq*.dylib``
and ``q*.dll``.
"""

from __future__ import annotations

import sys
from pathlib import Path

QT_MODULES_KEPT = {"QtCore", "QtGui", "QtWidgets"}

# Plugins, relative to Qt's plugins folder. Platforms: the desktop's own, and offscreen for
# headless runs and tests; the SVG icon engine and image format draw the icon theme.
# Linux: X11 and Wayland; dead keys / compose and IBus input (Cyrillic, CJK input methods);
# the portal theme (native file dialogs under Flatpak/GNOME/KDE); Wayland's xdg-shell and the
# client-side decorations for compositors without server-side ones (GNOME).
QT_PLUGINS_KEPT = {
    "linux": {
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "platforms/libqoffscreen.so",
        "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "platforminputcontexts/libibusplatforminputcontextplugin.so",
        "platformthemes/libqxdgdesktopportal.so",
        "iconengines/libqsvgicon.so",
        "imageformats/libqsvg.so",
        "wayland-shell-integration/libxdg-shell.so",
        "wayland-decoration-client/libadwaita.so",
        "wayland-decoration-client/libbradient.so",
    },
    # Windows: the native platform and its style (Qt 6.7 renamed windowsvista to
    # modernwindows; whichever the wheel has is kept); .ico for the window icon.
    "win32": {
        "platforms/qwindows.dll",
        "platforms/qoffscreen.dll",
        "styles/qmodernwindowsstyle.dll",
        "styles/qwindowsvistastyle.dll",
        "iconengines/qsvgicon.dll",
        "imageformats/qsvg.dll",
        "imageformats/qico.dll",
    },
    # macOS: Cocoa and the native style.
    "darwin": {
        "platforms/libqcocoa.dylib",
        "platforms/libqoffscreen.dylib",
        "styles/libqmacstyle.dylib",
        "iconengines/libqsvgicon.dylib",
        "imageformats/libqsvg.dylib",
    },
}


def platform_key(platform: str | None = None) -> str:
    """ "linux", "win32" or "darwin" (other Unixes are packaged like Linux)."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        return "win32"
    if platform == "darwin":
        return "darwin"
    return "linux"


def qt_dir(platform: str | None = None) -> str:
    """Qt's folder in the bundle (and in the wheel)."""
    return "PySide6/" if platform_key(platform) == "win32" else "PySide6/Qt/"


def plugins_prefix(platform: str | None = None) -> str:
    return qt_dir(platform) + "plugins/"


def pyside_modules_not_kept(folder: Path, platform: str | None = None) -> list[str]:
    """Every PySide6 binding module in ``folder`` but the three we use, as module names."""
    suffix = ".pyd" if platform_key(platform) == "win32" else ".so"
    names = {path.name.split(".")[0] for path in folder.glob(f"Qt*{suffix}")}
    names |= {path.stem for path in folder.glob("Qt*.pyi")}
    return sorted(f"PySide6.{name}" for name in names - QT_MODULES_KEPT)


QT_TRANSLATIONS_KEPT = frozenset({"qtbase_uk.qm"})


def keep_data(dest: str, platform: str | None = None) -> bool:
    """Data files the hooks collected that stay (of Qt's translations only the Ukrainian of its
    standard dialogs; no QML, no metatypes)."""
    dest = dest.replace("\\", "/")
    qt = qt_dir(platform)
    if dest.startswith(qt + "translations/"):
        # The window speaks English or Ukrainian (annotator/ui/common/translation.py): Qt's own
        # buttons (Save, Cancel…) need qtbase_uk.qm; the other 60 languages stay out.
        return dest.rsplit("/", 1)[-1] in QT_TRANSLATIONS_KEPT
    # Babel comes in through courlan (URL language filters, which we never call: we pass no
    # target language to trafilatura). Its 30 MB of locale data is read only by Locale.parse;
    # a missing locale raises UnknownLocaleError, which courlan catches.
    if dest.startswith("babel/locale-data/"):
        return dest.rsplit("/", 1)[-1] in {"root.dat", "en.dat"}
    if dest.startswith((qt + "qml/", qt + "metatypes/", qt + "libexec/")):
        return False
    return not dest.startswith("tld/tests/")


def keep_plugin(dest: str, platform: str | None = None) -> bool:
    dest = dest.replace("\\", "/")
    prefix = plugins_prefix(platform)
    if not dest.startswith(prefix):
        return True
    return dest[len(prefix) :] in QT_PLUGINS_KEPT[platform_key(platform)]


# On Linux, OpenSSL comes from the system (as libpq, which the team mode loads, does): the .deb
# depends on libssl3, found by build_deb.py from the NEEDED entries of Python's _ssl module.
_SYSTEM_LIBRARY_PREFIXES = {"linux": ("libssl.so", "libcrypto.so")}


def keep_library(dest: str, platform: str | None = None) -> bool:
    """Whether a shared library the analysis found goes into the bundle."""
    name = dest.replace("\\", "/").rsplit("/", 1)[-1]
    return not name.startswith(_SYSTEM_LIBRARY_PREFIXES.get(platform_key(platform), ()))


# Libraries a package opens by path at run time (ctypes), which no ELF entry names, so the
# pruning below must start from them too: pycryptodome's ciphers, with which pypdf decrypts
# PDFs (AES and RC4). Only those: the libraries loaded by decrypting RC4, AES-128 and AES-256
# files (measured in /proc/self/maps); its hashes, public keys and protocols stay out.
LOADED_BY_PATH = (
    "Crypto/Cipher/_raw_aes.",
    "Crypto/Cipher/_raw_aesni.",
    "Crypto/Cipher/_raw_cbc.",
    "Crypto/Cipher/_raw_ecb.",
    "Crypto/Cipher/_ARC4.",
    "Crypto/Util/_cpuid_c.",
)


def loaded_by_path(dest: str) -> bool:
    """Whether a bundled library is one a package opens by path (LOADED_BY_PATH)."""
    return dest.replace("\\", "/").startswith(LOADED_BY_PATH)


def prune_unreachable_libraries(platform: str | None = None) -> bool:
    """Whether to drop the shared libraries nothing kept links to. Linux only: that walk reads
    ELF DT_NEEDED names and was checked there file by file; on Windows and macOS (PE imports,
    Mach-O @rpath names) it is untested, so those bundles keep what PyInstaller collected."""
    return platform_key(platform) == "linux"


def is_icu_data(dest: str) -> bool:
    name = dest.replace("\\", "/").rsplit("/", 1)[-1].lower()
    return name.startswith(("libicudata", "icudt"))


def trim_icu_data(dest: str, platform: str | None = None) -> bool:
    """Whether to trim this ICU data library with icu_data.py (readelf, as, ld: ELF only).

    Linux: PySide6 ships libicudata.so.NN (30 MiB) and it is trimmed. Windows: Qt uses the
    ICU that Windows 10 1903+ carries (icu.dll, in System32), and the wheel has no ICU of its
    own. macOS: Qt uses Apple's own frameworks and the system's libicucore; nothing to trim. If
    a wheel ever ships ICU data there, it is kept whole (and the build prints so)."""
    return platform_key(platform) == "linux" and is_icu_data(dest) and ".so" in dest


def modules_left_out(platform: str | None = None) -> list[str]:
    """Modules the bundle leaves to the system, per platform.

    On Linux, psycopg's binary wheel carries its own libpq with OpenSSL, Kerberos and LDAP
    (9 MiB, and the bundle's limit is 120): psycopg's pure-Python layer uses the system's
    libpq instead, which the .deb depends on (libpq5) and every distribution ships with its
    security updates. Windows and macOS have no system libpq: the binary wheel stays.
    """
    return ["psycopg_binary"] if platform_key(platform) == "linux" else []


def strip_binaries(platform: str | None = None) -> bool:
    """Strip debug symbols on Linux (33 MiB). Windows binaries carry none (PDBs are separate);
    on macOS stripping after the fact breaks the wheels' code signatures."""
    return platform_key(platform) == "linux"


def executables(platform: str | None = None) -> list[tuple[str, bool]]:
    """(name, console) of each program in the one folder. Windows: a console ``annotator.exe``
    for the command line and --self-test, and a windowed one for the Start menu (a console
    program opens a terminal beside the window; a windowed one has no stdout). Elsewhere one
    program does both; on macOS it is the .app's, windowed."""
    key = platform_key(platform)
    if key == "win32":
        return [("annotator", True), ("Fact-Check Annotator", False)]
    return [("annotator", key == "linux")]


def icon_file(root: Path, platform: str | None = None) -> str | None:
    """The program's icon: PyInstaller turns the PNG into .ico / .icns (with Pillow, which the
    `packaging` extra installs on Windows and macOS). Linux takes it from the desktop entry."""
    key = platform_key(platform)
    if key == "linux":
        return None
    size = "256x256" if key == "win32" else "512x512"
    return str(root / "resources" / "icons" / "hicolor" / size / "apps" / "factcheck-annotator.png")


APP_BUNDLE_NAME = "Fact-Check Annotator.app"
BUNDLE_IDENTIFIER = "org.factcheck-annotator.annotator"


def info_plist(version: str) -> dict[str, object]:
    """The macOS .app's Info.plist additions."""
    return {
        "CFBundleDisplayName": "Fact-Check Annotator",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSHighResolutionCapable": True,
        "LSMinimumSystemVersion": "12.0",
        "NSHumanReadableCopyright": "Fact-Check Annotator team, MIT licence",
        "LSApplicationCategoryType": "public.app-category.productivity",
    }
