#!/usr/bin/env bash
# The frozen build's checks (CI runs this after packaging/build.sh): --version, --self-test,
# an import/export round trip compared with the source program, exit codes, the window.
# Needs the project's environment (.venv, as the README's test command makes it) for the
# source program it compares with. See packaging/frozen_checks.py.
set -euo pipefail
cd "$(dirname "$0")/.."
bundle=${1:-dist/annotator/annotator}
python=.venv/bin/python
[[ -x $python ]] || python=build/venv/bin/python

# A real X11 window needs an X server: Xvfb, from Debian, when we may install it (CI runs as
# root). Without one the window is still started offscreen, and the X11 start is skipped.
if [[ -z ${DISPLAY:-} ]] && ! command -v xvfb-run >/dev/null && [[ ${ANNOTATOR_NO_APT:-} != 1 ]] \
    && [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    echo "installing xvfb to start the window under X11"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        --no-install-recommends xvfb xauth >/dev/null; } || echo "WARNING: could not install xvfb" >&2
fi
exec "$python" packaging/frozen_checks.py "$bundle"
