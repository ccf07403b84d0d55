#!/usr/bin/env bash
# Print the Debian packages of the system libraries that Qt's xcb and wayland plugins link to
# and that this machine lacks, one per line (nothing when all are there).
#
# PyInstaller copies into the bundle what it finds on the build machine, so a build host
# without them makes a bundle that starts only where the user happens to have them
# (libxcb-cursor0 is the classic one missing). LDCONFIG (default /sbin/ldconfig) lists them.
set -euo pipefail

# The last one is not Qt's: psycopg uses the system's libpq, a dependency of the .deb.
QT_SYSTEM_LIBS=(
    libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4
    libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-image.so.0:libxcb-image0
    libxcb-render-util.so.0:libxcb-render-util0 libxcb-randr.so.0:libxcb-randr0
    libxcb-shape.so.0:libxcb-shape0 libxcb-sync.so.1:libxcb-sync1 libxcb-xfixes.so.0:libxcb-xfixes0
    libxcb-shm.so.0:libxcb-shm0 libxcb-xkb.so.1:libxcb-xkb1 libxcb-util.so.1:libxcb-util1
    libX11-xcb.so.1:libx11-xcb1 libxkbcommon.so.0:libxkbcommon0
    libxkbcommon-x11.so.0:libxkbcommon-x11-0 libwayland-client.so.0:libwayland-client0
    libwayland-cursor.so.0:libwayland-cursor0 libdbus-1.so.3:libdbus-1-3
    libfontconfig.so.1:libfontconfig1 libfreetype.so.6:libfreetype6
    libpq.so.5:libpq5
)

# Read the listing once into a variable: `ldconfig -p | grep -q` under pipefail fails with 141
# when grep stops at the first match and ldconfig dies of SIGPIPE writing the rest.
listing=$("${LDCONFIG:-/sbin/ldconfig}" -p)
for pair in "${QT_SYSTEM_LIBS[@]}"; do
    if ! grep -qF -- "${pair%%:*} " <<<"$listing"; then echo "${pair#*:}"; fi
done
