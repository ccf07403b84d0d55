#!/usr/bin/env bash
# Build the packaged app: dist/annotator/annotator (one folder, no UPX),
# dist/annotator-<version>-linux-<arch>.tar.gz, which keeps the bundle's symbolic links, and
# (where dpkg-deb is) dist/factcheck-annotator_<version>_<arch>.deb (packaging/build_deb.py).
#
#     packaging/build.sh
#
# Installs what the build needs into its own virtual environment (build/venv: the project with
# its `packaging` extra, i.e. PyInstaller), runs packaging/annotator.spec from the repository
# root, checks the bundle's libraries and fails if the bundle is larger than 120 MiB.
#
# Environment: PYTHON (default python3) makes the venv; ANNOTATOR_NO_APT=1 never installs the
# Debian packages of the X11/Wayland libraries that Qt's platform plugins link to (see below).
set -euo pipefail
cd "$(dirname "$0")/.."

MAX_MIB=120
VENV=build/venv
PYTHON=${PYTHON:-python3}
started=$SECONDS

step() { printf '\n== %s\n' "$*"; }

step "System libraries for Qt's platform plugins"
missing_list=$(bash packaging/qt_system_libs.sh)  # an assignment: its failure stops the build
mapfile -t missing <<<"$missing_list"
[[ -n $missing_list ]] || missing=()
if ((${#missing[@]} == 0)); then
    echo "all present"
elif [[ ${ANNOTATOR_NO_APT:-} != 1 && $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    echo "installing: ${missing[*]}"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        --no-install-recommends "${missing[@]}" >/dev/null; }; then
        echo "WARNING: apt-get failed; the bundle will rely on the user's system for them" >&2
    fi
else
    echo "WARNING: not on this machine, so not in the bundle: ${missing[*]}" >&2
    echo "         (the bundle will rely on the user's system for them)" >&2
fi

step "Build environment ($VENV)"
if [[ ! -x $VENV/bin/python ]]; then
    "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -qq --disable-pip-version-check -e '.[packaging]'
version=$("$VENV/bin/python" -c 'import annotator; print(annotator.__version__)')
"$VENV/bin/python" -m PyInstaller --version | sed 's/^/PyInstaller /'

step "Translations (resources/i18n)"
# The committed .qm files are checked against their .ts by the tests; compiling them here
# again makes sure the bundle carries what the .ts says.
for ts in resources/i18n/*.ts; do
    "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
ls resources/i18n/*.qm

step "PyInstaller (packaging/annotator.spec)"
build_started=$SECONDS
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/annotator.spec
echo "PyInstaller took $((SECONDS - build_started)) s"
# pyenv's and other prefixed Pythons leave their lib folder as RUNPATH in libpython and every
# extension module: the bundle must not search the build machine's folders on the user's.
"$VENV/bin/python" packaging/elf_runpath.py dist/annotator

step "Checks of the bundle"
"$VENV/bin/python" packaging/check_bundle.py dist/annotator --max-mib "$MAX_MIB"

step "Archive"
archive="dist/annotator-$version-linux-$(uname -m).tar.gz"
rm -f "$archive"
tar -C dist -czf "$archive" annotator  # GNU tar stores symbolic links as links
printf '%s: %.1f MiB\n' "$archive" "$(stat -c %s "$archive" | awk '{print $1 / 1048576}')"

if command -v dpkg-deb >/dev/null; then
    step "Debian package (packaging/build_deb.py)"
    "$VENV/bin/python" packaging/build_deb.py dist/annotator --out dist
else
    echo "no dpkg-deb here: no .deb" >&2
fi

echo
echo "Built dist/annotator/annotator ($version) in $((SECONDS - started)) s."
