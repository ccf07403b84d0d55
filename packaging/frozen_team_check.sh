#!/usr/bin/env bash
# The packaged app against a real team database: run by .ci/run as
#     bash tests/pg_server.sh bash packaging/frozen_team_check.sh
# (a throwaway PostgreSQL, ANNOTATOR_TEST_PG_URL set). On Linux the bundle leaves libpq and
# OpenSSL to the system (packaging/spec_rules.py): this shows psycopg finds them.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${ANNOTATOR_TEST_PG_URL:?run me through tests/pg_server.sh}"
app=dist/annotator/annotator
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
"$app" import seeds --db "$ANNOTATOR_TEST_PG_URL" --data-dir "$data"
articles=$("$app" stats --json --db "$ANNOTATOR_TEST_PG_URL" --data-dir "$data" |
    "${PYTHON:-.venv/bin/python}" -c 'import json, sys; print(json.load(sys.stdin)["articles"])')
if [[ $articles != 5 ]]; then
    echo "frozen team check: expected 5 articles on the server, found $articles" >&2
    exit 1
fi
echo "frozen team check: the packaged app imported and counted 5 articles on PostgreSQL"
