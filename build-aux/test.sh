#!/bin/sh
# README command 2: installs what the tests need, builds, and runs every test
# suite headless (the ui suite under Xvfb).
#   build-aux/test.sh [BUILD_DIR] [meson test options...]
set -eu
cd "$(dirname "$0")/.."

builddir=${1:-build}
[ $# -gt 0 ] && shift

build-aux/packages.sh test
[ -d "$builddir" ] || meson setup "$builddir"
ninja -C "$builddir"

status=0
meson test -C "$builddir" --print-errorlogs --num-processes 2 "$@" || status=$?

# One closing line that any reader of the log understands; with CI=true,
# a skipped test fails the run too.
python3 build-aux/test-summary.py "$builddir/meson-logs/testlog.json" || status=1
exit $status
