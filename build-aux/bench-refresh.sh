#!/bin/sh
# List refresh benchmark: how long the Requests list takes to follow one
# commit (QsStore::changed → qs_query_list_model_refresh()) over an
# existing database (build one with `qualserv-cli demo --requests 1000000`).
#   build-aux/bench-refresh.sh BUILD_DIR DB [RUNS]
# Builds nothing. It edits one request's subject and one department's name
# back and forth (work on a copy if the database is precious). Goal: the
# items-changed of one changed row within a frame or two of the commit,
# and never the whole list said again.
set -eu
builddir=${1:?usage: $0 BUILD_DIR DB [RUNS]}
db=${2:?usage: $0 BUILD_DIR DB [RUNS]}
runs=${3:-5}
bench="$builddir/build-aux/bench-refresh"
[ -x "$bench" ] || { echo "bench-refresh: build first: ninja -C $builddir" >&2; exit 1; }
[ -f "$db" ] || { echo "bench-refresh: no database at $db" >&2; exit 1; }

"$bench" "$db" --runs "$runs"
