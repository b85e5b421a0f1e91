#!/bin/sh
# Requests search benchmark: a keystroke in the tracker's search over an
# existing database (build one with `qualserv-cli demo --requests 1000000`),
# against the same statement in the sqlite3 shell.
#   build-aux/bench-search.sh BUILD_DIR DB [RUNS]
# Builds nothing and does not change DB beyond its schema migration (work
# on a copy if it is precious). Goals: under 30 ms per keystroke, and at
# most 1.5 times the sqlite3 shell's time for the same statement.
set -eu
builddir=${1:?usage: $0 BUILD_DIR DB [RUNS]}
db=${2:?usage: $0 BUILD_DIR DB [RUNS]}
runs=${3:-5}
bench="$builddir/build-aux/bench-search"
[ -x "$bench" ] || { echo "bench-search: build the benchmarks first: meson configure $builddir -Dbenchmarks=true && ninja -C $builddir" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "bench-search: the sqlite3 shell is needed" >&2; exit 1; }
[ -f "$db" ] || { echo "bench-search: no database at $db" >&2; exit 1; }

"$bench" "$db" --runs "$runs" --sqlite3 "$(command -v sqlite3)"
