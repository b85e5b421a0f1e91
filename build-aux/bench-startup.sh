#!/bin/sh
# Start-up benchmark: time to the first painted frame of QualServ on one or
# more databases, beside a bare libadwaita window built the same way, all
# timed as whole processes by hyperfine inside one Xvfb.
#   build-aux/bench-startup.sh BUILD_DIR DATABASE... [RUNS]
# Prints the median of each (RUNS times, 15 by default) and its ratio to
# the bare window's.
# The application may write to a database (it migrates an older schema on
# its first start): give it copies of databases that must stay as they are.
# A write-ahead log left by a process that was killed (a non-empty -wal
# file) is read again by every start: check it into the database first,
#   sqlite3 DATABASE 'PRAGMA wal_checkpoint(TRUNCATE)'
# GSK_RENDERER is passed on: Xvfb has no GPU, so GTK's GL renderer draws
# with llvmpipe on the CPU; GSK_RENDERER=cairo measures with the cairo one.
# VIEW=requests (or clients) opens the window on that view, as it does for
# a user who left it there; the default is the Charters view.
set -eu
usage="usage: $0 BUILD_DIR DATABASE... [RUNS]"
builddir=${1:?$usage}
shift
[ $# -gt 0 ] || { echo "$usage" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "bench-startup: install hyperfine (apt-get install hyperfine)" >&2; exit 1; }

if [ -z "${BENCH_INNER:-}" ]; then
  exec env BENCH_INNER=1 xvfb-run -a -s '-screen 0 1280x800x24' "$0" "$builddir" "$@"
fi

runs=15
set -- "$@" ""
for arg; do
  shift
  case $arg in
    "") ;;
    *[!0-9]*)
      [ ! -s "$arg-wal" ] || echo "bench-startup: $arg has a write-ahead log; every start reads it" >&2
      set -- "$@" "$builddir/src/qualserv --db $arg --quit-after-first-frame" ;;
    *) runs=$arg ;;
  esac
done
[ $# -gt 0 ] || { echo "$usage" >&2; exit 2; }

export GTK_A11Y=none GDK_BACKEND=x11
export GSETTINGS_SCHEMA_DIR="$builddir/data" QUALSERV_LOCALEDIR="$builddir/po"
# The view to open on, through a throw-away keyfile settings backend.
config=$(mktemp -d)
mkdir -p "$config/glib-2.0/settings"
printf "[org/example/QualServ]\nlast-view='%s'\nwindow-width=1280\nwindow-height=800\n" \
  "${VIEW:-charters}" >"$config/glib-2.0/settings/keyfile"
export GSETTINGS_BACKEND=keyfile XDG_CONFIG_HOME="$config"
# Five rounds, each timing every command in turn, so that a change in the
# machine's load while the benchmark runs weighs on all of them alike.
out=$(mktemp -d)
rounds=5
for round in $(seq $rounds); do
  hyperfine -N --warmup 2 --runs $(((runs + rounds - 1) / rounds)) \
    --export-json "$out/$round.json" "$builddir/build-aux/bench-bare-window" "$@" >&2
done
python3 - "${GSK_RENDERER:-default}" "${VIEW:-charters}" "$out"/*.json <<'PY'
import json, statistics, sys
times = {}
for path in sys.argv[3:]:
    for result in json.load(open(path))["results"]:
        times.setdefault(result["command"], []).extend(result["times"])
bare, *apps = ((command, statistics.median(t)) for command, t in times.items())
print(f"renderer: {sys.argv[1]}, view: {sys.argv[2]}")
print(f"bare libadwaita window: median {bare[1] * 1000:.0f} ms")
for command, median in apps:
    db = command.split(" --db ")[1].split(" --quit-after-first-frame")[0]
    print(f"qualserv first frame on {db}: median {median * 1000:.0f} ms, "
          f"ratio {median / bare[1]:.2f}")
PY
rm -rf "$out" "$config"
