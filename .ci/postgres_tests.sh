#!/usr/bin/env bash
# CI, issue 14: the team-mode tests on a throwaway PostgreSQL server, which must not skip.
# Installs PostgreSQL from the distribution when it is missing (CI runs as root), then
# tests/pg_server.sh starts a cluster as an unprivileged user on 127.0.0.1 on a free port, runs
# the tests with CI_REQUIRE_POSTGRES=1 (a missing server fails them instead of skipping) and
# stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    apt-get install -y postgresql || { apt-get update && apt-get install -y postgresql; }
fi
bash tests/pg_server.sh .venv/bin/python -m pytest -q -rs \
    tests/unit/test_pg_fixture.py tests/unit/test_team_server.py \
    tests/unit/test_checkout_checkin.py tests/unit/test_team_progress.py \
    tests/qt/test_team_window.py tests/unit/test_claim_index.py \
    tests/qt/test_team_database_window.py tests/qt/test_changes_elsewhere.py \
    tests/qt/test_connection_dropped.py
