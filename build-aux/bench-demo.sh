#!/bin/sh
# Demo benchmark: time `qualserv-cli demo` filling a new database with the
# example organisation and a million requests, then check the result.
#   build-aux/bench-demo.sh BUILD_DIR [REQUESTS]
# Builds nothing. Prints the seconds (wall clock and CPU), the rows written
# per second and the size of the database; the goal is under a minute for
# 1,000,000 requests. Then runs `qualserv-cli check` when the build has it.
set -eu
builddir=${1:?usage: $0 BUILD_DIR [REQUESTS]}
requests=${2:-1000000}
cli="$builddir/src/cli/qualserv-cli"
[ -x "$cli" ] || { echo "bench-demo: build first: ninja -C $builddir" >&2; exit 1; }

dir=$(mktemp -d "${TMPDIR:-/tmp}/qualserv-bench-demo-XXXXXX")
trap 'rm -rf "$dir"' EXIT
db="$dir/demo.db"

# CPU time from GNU time when it is there; the wall clock from date.
start=$(date +%s.%N)
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f '%U %S %M' -o "$dir/time" \
    "$cli" --db "$db" demo --requests "$requests" --seed 1
else
  "$cli" --db "$db" demo --requests "$requests" --seed 1
fi
end=$(date +%s.%N)

python3 - "$db" "$start" "$end" "$dir/time" <<'PY'
import os, sqlite3, sys

db, start, end, timefile = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
seconds = end - start
con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
tables = [name for (name,) in con.execute(
    "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
rows = sum(con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables)
requests = con.execute("SELECT count(*) FROM requests").fetchone()[0]
events = con.execute("SELECT count(*) FROM request_events").fetchone()[0]
con.close()
size = sum(os.path.getsize(db + suffix) for suffix in ("", "-wal", "-shm", "-journal")
           if os.path.exists(db + suffix))
print(f"requests: {requests:,}; events: {events:,}; rows in all: {rows:,}")
print(f"wall clock: {seconds:.1f} s; {rows / seconds:,.0f} rows/s; "
      f"{requests / seconds:,.0f} requests/s")
if os.path.exists(timefile):
    user, system, rss = open(timefile).read().split()[-3:]
    print(f"CPU: {float(user):.1f} s user, {float(system):.1f} s system; "
          f"peak memory {int(rss) / 1024:.0f} MB")
print(f"database: {size / 1e6:,.0f} MB")
PY

# `check` verifies the schema version, the integrity and the foreign keys.
if "$cli" --help 2>&1 | grep -q '^ *check'; then
  start=$(date +%s.%N)
  "$cli" --db "$db" check
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "check: %.1f s\n", e - s }'
fi
