#!/bin/sh
# Business clock benchmark: how many due dates (add) and business-time
# measures (between) per second on the demo's calendar, with its holidays.
#   build-aux/bench-calendar.sh BUILD_DIR [COUNT]
# Builds nothing. Makes a small demo database, then runs bench-calendar
# on its calendar "default" for delays of 4 business hours to 10 business
# days, 1 year and 10 years; the goal is at least 1,000,000 per second.
set -eu
builddir=${1:?usage: $0 BUILD_DIR [COUNT]}
count=${2:-1000000}
cli="$builddir/src/cli/qualserv-cli"
bench="$builddir/build-aux/bench-calendar"
for program in "$cli" "$bench"; do
  [ -x "$program" ] || { echo "bench-calendar: build the benchmarks first: meson configure $builddir -Dbenchmarks=true && ninja -C $builddir" >&2; exit 1; }
done

dir=$(mktemp -d "${TMPDIR:-/tmp}/qualserv-bench-calendar-XXXXXX")
trap 'rm -rf "$dir"' EXIT
db="$dir/demo.db"

"$cli" --db "$db" demo --requests 100 --seed 1 --lang en >/dev/null
"$bench" "$db" default --count "$count"
