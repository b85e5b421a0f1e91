#!/bin/sh
# Benchmark of the achieved figures a charter publication prints: on a
# database of the demo organisation with a million requests, the time to
# compute every measured commitment's achieved performance over the last
# complete quarter, for the largest charter (goal: under 1 s).
#   build-aux/bench-publish-figures.sh BUILD_DIR [DATABASE]
# Without DATABASE, one is made in a temporary folder with
#   qualserv-cli demo --requests 1000000 --seed 1
# and removed afterwards.
set -eu
builddir=${1:?usage: $0 BUILD_DIR [DATABASE]}
db=${2:-}
tmp=

if [ -z "$db" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  db="$tmp/bench.db"
  start=$(date +%s.%N)
  "$builddir/src/cli/qualserv-cli" --db "$db" demo --requests 1000000 --seed 1 >/dev/null
  end=$(date +%s.%N)
  echo "demo database with 1000000 requests made in $(awk "BEGIN { print $end - $start }") s"
fi

"$builddir/build-aux/bench-achieved" "$db"
