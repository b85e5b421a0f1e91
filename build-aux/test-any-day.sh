#!/bin/sh
# Runs the display-less suites (unit, store, io; not the LibreOffice test,
# which opens exported files the same on any day) once per configuration: at
# other instants (faketime), in other zones and in other locales, as a user
# would on any day, anywhere. One line per configuration, then
# "N passed, N failed" counting configurations; fails if any failed.
#   build-aux/test-any-day.sh [BUILD_DIR]
# Each configuration's meson output (NAME.out) and test logs are kept in
# BUILD_DIR/meson-logs/any-day/. With CI=true, a skipped test fails its
# configuration, as in build-aux/test.sh.
set -eu
cd "$(dirname "$0")/.."

builddir=${1:-build}

if ! command -v faketime >/dev/null; then
  echo "faketime is not installed: build-aux/packages.sh test installs it (Debian package faketime)." >&2
  exit 1
fi

[ -d "$builddir" ] || meson setup "$builddir"
ninja -C "$builddir"

logdir="$builddir/meson-logs/any-day"
rm -rf "$logdir"
mkdir -p "$logdir"

# Under faketime, every test program is started through this wrapper,
# which writes down the time it sees: proof that the fake clock reaches
# the tests through meson, not only meson itself.
probe="$PWD/$logdir/faketime-probe"
cat >"$probe" <<'EOF'
#!/bin/sh
date -u +%s >>"$QS_ANY_DAY_PROBE"
exec "$@"
EOF
chmod +x "$probe"

n_passed=0
n_failed=0
failed_logs=""

# run NAME EPOCH|- DESCRIPTION [VAR=VALUE|-u VAR]...
# Runs the suites in the environment the env(1) arguments make, at the
# Unix time EPOCH (or now, for "-"), and prints the configuration's line.
run () {
  name=$1 epoch=$2 description=$3
  shift 3
  log="$logdir/$name.out"
  json="$logdir/$name.json"
  status=0
  note=""
  start=$(date +%s)

  if [ "$epoch" = - ]; then
    env "$@" meson test -C "$builddir" --no-rebuild --suite unit --suite store --suite io \
      --no-suite libreoffice \
      --num-processes 2 --print-errorlogs --logbase "any-day/$name" >"$log" 2>&1 || status=$?
  else
    env "$@" QS_ANY_DAY_PROBE="$PWD/$logdir/$name.probe" faketime -m "@$epoch" \
      meson test -C "$builddir" --no-rebuild --suite unit --suite store --suite io \
      --no-suite libreoffice \
      --num-processes 2 --print-errorlogs --logbase "any-day/$name" --wrapper "$probe" \
      >"$log" 2>&1 || status=$?
    # meson names the log after the wrapper too.
    json="$logdir/$name-faketime-probe.json"
  fi
  elapsed=$(($(date +%s) - start))

  if [ "$epoch" != - ]; then
    # Every program started between the instant and the end of the run.
    if ! awk -v from="$epoch" -v to="$((epoch + elapsed + 60))" \
         'NF { n++; if ($1 < from || $1 > to) bad++ } END { exit !(n > 0 && bad == 0) }' \
         "$logdir/$name.probe" 2>/dev/null; then
      note=" faketime did not reach the test programs (see $logdir/$name.probe)."
      status=1
    fi
  fi

  summary="no test log"
  if [ -f "$json" ]; then
    python3 build-aux/test-summary.py "$json" >"$logdir/$name.summary" || status=1
    summary=$(tail -n 1 "$logdir/$name.summary")
    failing=$(python3 -c 'import json, sys
print(" ".join(json.loads(line)["name"].split(" / ")[-1] for line in open(sys.argv[1])
               if json.loads(line)["result"] not in ("OK", "EXPECTEDFAIL", "SKIP")))' \
              "$json")
    [ -n "$failing" ] && note=" failing: $failing.$note"
  else
    status=1
  fi

  if [ "$status" -eq 0 ]; then
    n_passed=$((n_passed + 1))
    echo "PASS $description: $summary (${elapsed} s)"
  else
    n_failed=$((n_failed + 1))
    failed_logs="$failed_logs $log"
    echo "FAIL $description: $summary (${elapsed} s).$note"
  fi
}

# The caller's zone, as the lines show it.
caller_tz=${TZ:-$(cat /etc/timezone 2>/dev/null || echo "the system's zone")}

# at NAME EPOCH [ZONE]: at the instant EPOCH, in ZONE or the caller's zone.
at () {
  if [ $# -gt 2 ]; then
    run "$1" "$2" "$(TZ=$3 date -d "@$2" '+%Y-%m-%d %H:%M %Z') in $3 (faketime @$2, TZ=$3)" TZ="$3"
  else
    run "$1" "$2" "$(date -d "@$2" '+%Y-%m-%d %H:%M %Z') (faketime @$2, caller's TZ: $caller_tz)"
  fi
}

# Month and year ends, and the day the platform notes were measured.
at 2026-11-30 1796040000
at 2026-12-01 1796126400
at 2026-12-06 1796558400
at 2026-12-31 1798718400
at 2026-12-31-paris 1798756200 Europe/Paris
at 2028-02-29 1835438400
# Daylight saving time changes, at 01:30 and 02:30 local time; a 02:30
# that does not exist is taken an hour later.
at toronto-spring-0130 1805005800 America/Toronto
at toronto-spring-0230 1805009400 America/Toronto
at toronto-autumn-0130 1825565400 America/Toronto
at toronto-autumn-0230 1825572600 America/Toronto
at paris-spring-0130 1806193800 Europe/Paris
at paris-spring-0230 1806197400 Europe/Paris
at paris-autumn-0130 1824939000 Europe/Paris
at paris-autumn-0230 1824942600 Europe/Paris
# A Sunday, and ten years ahead.
at sunday 1799575200
at ten-years-ahead 2112177600

# Now, in other zones and locales.
run auckland - "now in Pacific/Auckland (TZ=Pacific/Auckland)" TZ=Pacific/Auckland
run st-johns - "now in America/St_Johns (TZ=America/St_Johns)" TZ=America/St_Johns
if locale -a 2>/dev/null | grep -qix 'fr_FR\.utf-\{0,1\}8'; then
  run french - "now in French (LANG=fr_FR.UTF-8, no LC_ALL, no LANGUAGE)" \
    -u LC_ALL -u LC_CTYPE -u LC_NUMERIC -u LC_TIME -u LC_COLLATE -u LC_MONETARY \
    -u LC_MESSAGES -u LANGUAGE LANG=fr_FR.UTF-8
else
  n_failed=$((n_failed + 1))
  echo "FAIL now in French (LANG=fr_FR.UTF-8): the fr_FR.UTF-8 locale is not installed;" \
       "build-aux/packages.sh test generates it (localedef -i fr_FR -f UTF-8 fr_FR.UTF-8)."
fi
run c-locale - "now in the C locale (LC_ALL=C)" LC_ALL=C

for log in $failed_logs; do
  echo
  echo "== $log"
  cat "$log"
done
echo "$n_passed passed, $n_failed failed"
[ "$n_failed" -eq 0 ]
