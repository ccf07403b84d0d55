#!/usr/bin/env bash
# CI: the storage, services and CLI tests (their [postgresql] variants) and the
# team-mode tests on a throwaway PostgreSQL server, none of them skipped. Installs PostgreSQL
# from the distribution when it is missing (CI runs as root), then tests/pg_server.sh starts a
# cluster as an unprivileged user on 127.0.0.1 on a free port, runs the tests with
# CI_REQUIRE_POSTGRES=1 (a missing server fails them instead of skipping) and stops it.
# The SQLite variants ran in the main test run already: `-m postgresql` selects the rest.
# On every core (`-n auto`): each worker migrates its own template database and every test
# gets fresh copies with names of their own, so workers never share a database.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    apt-get install -y postgresql || { apt-get update && apt-get install -y postgresql; }
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
start=$(date +%s)
status=0
bash tests/pg_server.sh .venv/bin/python -m pytest -n auto -q -rfEs -m postgresql \
    tests/unit tests/e2e tests/qt 2>&1 | tee "$log" || status=$?
echo "PostgreSQL tests took $(( $(date +%s) - start )) s"
[ "$status" = 0 ] || exit "$status"
# The run must have reached the server: tests passed, none skipped for want of PostgreSQL.
if ! grep -Eq '(^|[ ,])[0-9]+ passed' "$log"; then
    echo "postgres_tests.sh: no PostgreSQL test passed" >&2
    exit 1
fi
if grep -Ei '^SKIPPED.*(postgres|pg_server)' "$log"; then
    echo "postgres_tests.sh: PostgreSQL tests were skipped (above)" >&2
    exit 1
fi
