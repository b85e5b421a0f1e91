#!/bin/sh
# Publication benchmark: time `qualserv-cli publish` of the largest
# published charter, to PDF and to HTML, on a database of the example
# organisation with a million requests behind its achieved figures.
#   build-aux/bench-publish.sh BUILD_DIR [DATABASE] [RUNS]
# DATABASE is made with `qualserv-cli demo --requests 1000000 --seed 1`
# when it does not exist yet (about a minute). Prints the median of each
# format in seconds; the goal is under 1 s.
set -eu
builddir=${1:?usage: $0 BUILD_DIR [DATABASE] [RUNS]}
db=${2:-${TMPDIR:-/tmp}/qualserv-bench-1m.db}
runs=${3:-9}
cli="$builddir/src/cli/qualserv-cli"
[ -x "$cli" ] || { echo "bench-publish: build first: ninja -C $builddir" >&2; exit 1; }

if [ ! -e "$db" ]; then
  echo "bench-publish: filling $db with 1,000,000 requests…" >&2
  "$cli" --db "$db" demo --requests 1000000 --seed 1 >&2
fi

python3 - "$cli" "$db" "$runs" <<'PY'
import os, sqlite3, statistics, subprocess, sys, tempfile, time

cli, db, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])

# Read-only, so that the benchmark never changes the database it measures.
con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
requests = con.execute("SELECT count(*) FROM requests WHERE deleted_at IS NULL").fetchone()[0]
# The largest charter: the published one whose commitments the most
# requests are linked to, whichever version they were received under.
row = con.execute("""
    WITH links AS (
      SELECT ack_commitment_id AS commitment_id FROM requests
        WHERE ack_commitment_id IS NOT NULL AND deleted_at IS NULL
      UNION ALL
      SELECT commitment_id FROM requests
        WHERE commitment_id IS NOT NULL AND deleted_at IS NULL)
    SELECT c.ref, count(*) AS n
    FROM links JOIN commitments m ON m.id = links.commitment_id
               JOIN charters c ON c.id = m.charter_id
    GROUP BY c.ref
    HAVING max(c.status = 'published')
    ORDER BY n DESC, c.ref LIMIT 1""").fetchone()
if row is None:
    sys.exit("bench-publish: the database has no published charter with requests")
ref, links = row
commitments = con.execute("""
    SELECT count(*) FROM commitments m JOIN charters c ON c.id = m.charter_id
    WHERE c.ref = ? AND c.status = 'published' AND m.deleted_at IS NULL""", (ref,)).fetchone()[0]
con.close()
print(f"database: {requests:,} requests; charter {ref}: {commitments} commitments, "
      f"{links:,} request links to them")

with tempfile.TemporaryDirectory() as out:
    for fmt in ("pdf", "html"):
        path = os.path.join(out, f"charter.{fmt}")
        command = [cli, "--db", db, "publish", ref, "--format", fmt, "-o", path]
        subprocess.run(command, check=True)  # warm the page cache
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(command, check=True)
            times.append(time.perf_counter() - start)
        print(f"publish {fmt}: median {statistics.median(times):.3f} s "
              f"(min {min(times):.3f}, max {max(times):.3f}, {runs} runs, "
              f"{os.path.getsize(path):,} bytes)")
PY
