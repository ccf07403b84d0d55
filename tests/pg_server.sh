#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster (127.0.0.1, a free port, an unprivileged user), run the
# given command against it with ANNOTATOR_TEST_PG_URL and PGPASSWORD set, then stop and delete
# it. Without a command: the whole test suite, failing (not skipping) the PostgreSQL tests if
# the server is missing.
#   bash tests/pg_server.sh                      # the suite on SQLite and PostgreSQL
#   bash tests/pg_server.sh .venv/bin/python -m pytest -q tests/unit/test_team_server.py
set -euo pipefail
cd "$(dirname "$0")/.."
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
        apt-get install -y postgresql >/dev/null
    else
        echo "pg_server.sh: PostgreSQL is not installed: sudo apt-get install -y postgresql" >&2
        exit 2
    fi
fi
PYTHON=${PYTHON:-.venv/bin/python}
if [ $# -eq 0 ]; then
    set -- "$PYTHON" -m pytest -q
fi
export CI_REQUIRE_POSTGRES=1
exec "$PYTHON" -m tests.pg_cluster "$@"
