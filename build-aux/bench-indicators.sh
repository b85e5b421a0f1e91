#!/bin/sh
# Benchmark of the dashboard: on a database of the demo organisation with
# a million requests, the time to compute every built-in figure of the
# busiest provider for each of twelve months (goal: under 200 ms warm),
# and the time the sqlite3 shell takes to run the same SQL (goal: the
# application at most 1.5 times the shell); then the time the Dashboard
# view's loader takes over the same department, with its own indicators
# and the breakdown of its complaints.
#   build-aux/bench-indicators.sh BUILD_DIR [DATABASE]
# Without DATABASE, one is made in a temporary folder with
#   qualserv-cli demo --requests 1000000 --seed 1
# and removed afterwards.
set -eu
builddir=${1:?usage: $0 BUILD_DIR [DATABASE]}
db=${2:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ -z "$db" ]; then
  db="$tmp/bench.db"
  "$builddir/src/cli/qualserv-cli" --db "$db" demo --requests 1000000 --seed 1 >/dev/null
fi

"$builddir/build-aux/bench-indicators" "$db" --sql "$tmp/statements.sql"
echo "statements of one year: $(grep -c ';$' "$tmp/statements.sql")"

# The shell, warm: the median of eleven runs of the whole file, less the
# shell's own start measured with a file that only loads qs_percentile(),
# the application's own aggregate the statements call.
echo ".load $builddir/build-aux/libbench-sql-functions" >"$tmp/empty.sql"
cat "$tmp/empty.sql" "$tmp/statements.sql" >"$tmp/year.sql"
median() {
  sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}
run_shell() {
  for _ in 1 2 3 4 5 6 7 8 9 10 11; do
    start=$(date +%s%N)
    sqlite3 "$db" <"$1" >/dev/null
    end=$(date +%s%N)
    echo $(((end - start) / 1000))
  done | median
}
sqlite3 "$db" <"$tmp/year.sql" >/dev/null
full=$(run_shell "$tmp/year.sql")
empty=$(run_shell "$tmp/empty.sql")
awk -v f="$full" -v e="$empty" 'BEGIN { printf "sqlite3 shell, same SQL: warm median %.1f ms (start-up %.1f ms left out)\n", (f - e) / 1000, e / 1000 }'
