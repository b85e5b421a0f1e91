#!/bin/sh
# Window benchmark: the real window, driven as a user drives it, timed from
# the input to the end of the frame that shows its result — a keystroke in
# the Requests search, sorting by each column, opening a request,
# acknowledging it, switching views — with the longest time the main
# thread did not answer.
#   build-aux/bench-window.sh BUILD_DIR DB [RUNS]
# Builds nothing (meson configure BUILD_DIR -Dbenchmarks=true first). Runs
# on a copy of DB made in a temporary folder, which it removes: the
# database stays as it is (a database of an older schema is migrated on
# the copy, as the application would, and its time is printed). Goals: a
# keystroke shown within 50 ms, every action within 100 ms at the median,
# no stall of the main thread over 200 ms. RUNS: 7 by default, after one
# warm-up; BENCH_ONLY=search,sort,open,acknowledge,switch,dashboard runs some of the
# scenarios alone. GSK_RENDERER is passed on: Xvfb has no GPU, so GTK's GL renderer
# draws with llvmpipe on the CPU; GSK_RENDERER=cairo measures with cairo.
set -eu
usage="usage: $0 BUILD_DIR DB [RUNS]"
builddir=${1:?$usage}
db=${2:?$usage}
runs=${3:-7}
bench="$builddir/build-aux/bench-window"
[ -x "$bench" ] || { echo "bench-window: build the benchmarks first: meson configure $builddir -Dbenchmarks=true && ninja -C $builddir" >&2; exit 1; }
[ -f "$db" ] || { echo "bench-window: no database at $db" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "bench-window: install xvfb (apt-get install xvfb)" >&2; exit 1; }
builddir=$(cd "$builddir" && pwd)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/bench-window-XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
cp --reflink=auto "$db" "$tmp/bench.db"
[ ! -f "$db-wal" ] || cp --reflink=auto "$db-wal" "$tmp/bench.db-wal"
# The copy's gigabytes on their way to the disk would otherwise slow the
# window's first writes, which a user's database, long written, does not.
sync

# Uninstalled: settings schema and translations from the build tree; the
# settings in memory, so that the user's own stay as they are.
env GSETTINGS_BACKEND=memory \
    GSETTINGS_SCHEMA_DIR="$builddir/data" \
    QUALSERV_LOCALEDIR="$builddir/po" \
    DBUS_SESSION_BUS_ADDRESS=disabled: \
    xvfb-run -a -s '-screen 0 1280x800x24' \
    "$bench" "$tmp/bench.db" --runs "$runs"
