#!/usr/bin/env bash
# The Debian package as a user meets it (CI runs this after packaging/build.sh, as root):
#
#   lintian: no errors (the overrides and warnings are explained in packaging/README.md);
#   apt-get install -y ./dist/factcheck-annotator_<version>_<arch>.deb (with its Depends);
#   /usr/bin/annotator --self-test passes, `annotator --version` prints the version;
#   desktop-file-validate accepts the installed desktop entry; the manual page opens;
#   a database made by the installed program survives `dpkg -r`, which leaves none of the
#   package's files behind.
#
#     packaging/deb_checks.sh [dist/factcheck-annotator_<version>_<arch>.deb]
#
# Installs lintian and desktop-file-utils with apt-get when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
PACKAGE=factcheck-annotator

deb=${1:-$(ls -t dist/${PACKAGE}_*.deb 2>/dev/null | head -n 1 || true)}
[[ -f $deb ]] || { echo "no .deb in dist/: run packaging/build.sh first" >&2; exit 2; }
[[ $(id -u) == 0 ]] || { echo "deb_checks.sh installs a package: run it as root" >&2; exit 2; }
version=$(dpkg-deb --field "$deb" Version)
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { printf '\n== %s\n' "$*"; }

tools=()
command -v lintian >/dev/null || tools+=(lintian)
command -v desktop-file-validate >/dev/null || tools+=(desktop-file-utils)
if ((${#tools[@]})); then
    echo "installing ${tools[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${tools[@]}" >/dev/null
fi

step "lintian $deb"
lintian_out=$(lintian --tag-display-limit 0 "$deb" 2>&1 || true)
echo "${lintian_out:-(nothing to report)}"
if grep -q '^E: ' <<<"$lintian_out"; then fail "lintian reports errors"; fi

step "Depends: $(dpkg-deb --field "$deb" Depends)"

# A copy from an earlier run would hide what this one installs.
if dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null | grep -q 'ok installed'; then
    dpkg -r "$PACKAGE" >/dev/null
fi
# The package's own paths (folders it shares with others, /usr/share/... , excluded below).
mapfile -t payload < <(dpkg-deb --fsys-tarfile "$deb" | tar -t | sed 's|^\./|/|; s|/$||' | grep -v '^/\?$')

step "apt-get install -y ./$deb"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null
dpkg-query -W -f='installed: ${Package} ${Version}\n' "$PACKAGE"

step "/usr/bin/annotator --self-test"
/usr/bin/annotator --self-test || fail "the installed program's self-test"

step "annotator --version"
printed=$(env -i PATH=/usr/local/bin:/usr/bin:/bin annotator --version)
echo "$printed"
[[ $printed == "annotator $version" ]] || fail "expected 'annotator $version', got '$printed'"

step "desktop-file-validate /usr/share/applications/annotator.desktop"
desktop-file-validate /usr/share/applications/annotator.desktop || fail "desktop entry"
echo "valid"
for path in /usr/share/icons/hicolor/256x256/apps/$PACKAGE.png \
    /usr/share/icons/hicolor/scalable/apps/$PACKAGE.svg \
    /usr/share/metainfo/annotator.metainfo.xml /usr/share/man/man1/annotator.1.gz; do
    [[ -f $path ]] || fail "$path not installed"
done
if command -v man >/dev/null; then
    man_out=$(MANWIDTH=80 man --warnings -l /usr/share/man/man1/annotator.1.gz 2>&1 >/dev/null || true)
    [[ -z $man_out ]] || fail "man page warnings: $man_out"
    echo "annotator.1: no warnings from man"
fi

step "user data outlives the package"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
HOME=$home annotator --data-dir "$home/data" import seeds >/dev/null
[[ -f $home/data/annotator.sqlite3 ]] || fail "the installed program made no database"

step "dpkg -r $PACKAGE"
dpkg -r "$PACKAGE" >/dev/null
left=()
for path in "${payload[@]}"; do
    # Shared folders (/usr, /usr/share/icons/hicolor/256x256/apps, ...) belong to others too.
    if [[ -L $path || -f $path ]] || { [[ -d $path ]] && [[ $path == /opt/$PACKAGE* ]]; }; then
        left+=("$path")
    fi
done
[[ ! -e /opt/$PACKAGE ]] || left+=("/opt/$PACKAGE")
if ((${#left[@]})); then fail "left behind by dpkg -r: ${left[*]:0:10}"; fi
echo "none of its ${#payload[@]} paths left"
[[ -f $home/data/annotator.sqlite3 ]] || fail "dpkg -r removed the user's database"
echo "the user's database is still there"

echo
echo "deb checks passed: $deb"
