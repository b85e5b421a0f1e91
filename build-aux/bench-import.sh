#!/bin/sh
# Directory benchmark: import 100,000 people from a CSV file, then time a
# keystroke in the people search over them.
#   build-aux/bench-import.sh BUILD_DIR [PEOPLE]
# Builds nothing. Goals: at least 50,000 rows/s for the import, under 30 ms
# per keystroke.
set -eu
builddir=${1:?usage: $0 BUILD_DIR [PEOPLE]}
people=${2:-100000}
bench="$builddir/build-aux/bench-directory"
[ -x "$bench" ] || { echo "bench-import: build the benchmarks first: meson configure $builddir -Dbenchmarks=true && ninja -C $builddir" >&2; exit 1; }

dir=$(mktemp -d "${TMPDIR:-/tmp}/qualserv-bench-import-XXXXXX")
trap 'rm -rf "$dir"' EXIT
"$bench" "$dir" --people "$people"
