#!/bin/sh
# Start-up benchmark: time to the first painted frame of QualServ on a
# database, beside a bare libadwaita window built the same way, both timed
# as whole processes by hyperfine inside one Xvfb.
#   build-aux/bench-startup.sh BUILD_DIR DATABASE [RUNS]
# Prints the median of each and their ratio.
set -eu
builddir=${1:?usage: $0 BUILD_DIR DATABASE [RUNS]}
db=${2:?usage: $0 BUILD_DIR DATABASE [RUNS]}
runs=${3:-15}
command -v hyperfine >/dev/null || { echo "bench-startup: install hyperfine (apt-get install hyperfine)" >&2; exit 1; }

if [ -z "${BENCH_INNER:-}" ]; then
  exec env BENCH_INNER=1 xvfb-run -a -s '-screen 0 1280x800x24' "$0" "$@"
fi

export GTK_A11Y=none GSETTINGS_BACKEND=memory GDK_BACKEND=x11
export GSETTINGS_SCHEMA_DIR="$builddir/data" QUALSERV_LOCALEDIR="$builddir/po"
out=$(mktemp)
hyperfine -N --warmup 3 --runs "$runs" --export-json "$out" \
  "$builddir/src/qualserv --db $db --quit-after-first-frame" \
  "$builddir/build-aux/bench-bare-window" >&2
python3 - "$out" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
app, bare = (r["median"] for r in results)
print(f"qualserv first frame: median {app * 1000:.0f} ms")
print(f"bare libadwaita window: median {bare * 1000:.0f} ms")
print(f"ratio: {app / bare:.2f}")
PY
rm -f "$out"
