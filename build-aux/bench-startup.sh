#!/bin/sh
# Start-up benchmark: time to the first painted frame of QualServ on one or
# more databases, beside a bare libadwaita window built the same way, all
# timed as whole processes by hyperfine inside one Xvfb.
#   build-aux/bench-startup.sh BUILD_DIR DATABASE... [RUNS]
# Prints the median of each and its ratio to the bare window's.
# The application may write to a database (it migrates an older schema on
# its first start): give it copies of databases that must stay as they are.
# A write-ahead log left by a process that was killed (a non-empty -wal
# file) is read again by every start: check it into the database first,
#   sqlite3 DATABASE 'PRAGMA wal_checkpoint(TRUNCATE)'
# GSK_RENDERER is passed on: Xvfb has no GPU, so GTK's GL renderer draws
# with llvmpipe on the CPU; GSK_RENDERER=cairo measures with the cairo one.
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

export GTK_A11Y=none GSETTINGS_BACKEND=memory GDK_BACKEND=x11
export GSETTINGS_SCHEMA_DIR="$builddir/data" QUALSERV_LOCALEDIR="$builddir/po"
out=$(mktemp)
hyperfine -N --warmup 3 --runs "$runs" --export-json "$out" \
  "$builddir/build-aux/bench-bare-window" "$@" >&2
python3 - "$out" "${GSK_RENDERER:-default}" <<'PY'
import json, sys
bare, *apps = json.load(open(sys.argv[1]))["results"]
print(f"renderer: {sys.argv[2]}")
print(f"bare libadwaita window: median {bare['median'] * 1000:.0f} ms")
for app in apps:
    db = app["command"].split(" --db ")[1].split(" --quit-after-first-frame")[0]
    print(f"qualserv first frame on {db}: median {app['median'] * 1000:.0f} ms, "
          f"ratio {app['median'] / bare['median']:.2f}")
PY
rm -f "$out"
