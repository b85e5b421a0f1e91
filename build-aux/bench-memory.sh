#!/bin/sh
# Memory benchmark: the resident memory of QualServ on a database, with one
# view open and its list loaded, inside Xvfb, beside a bare libadwaita
# window (build-aux/bench-bare-window --stay) in the same Xvfb and with
# the same renderer: what any libadwaita application costs before it does
# anything of its own.
#   build-aux/bench-memory.sh BUILD_DIR DATABASE [VIEW...]
# VIEW is charters, clients or requests (default: requests). The window
# opens on VIEW through a throw-away keyfile settings backend; once the
# window is shown, the process is left until its resident memory has not
# grown for SETTLE seconds (default 3; at most 60 s in all), then its
# VmRSS (resident now, with its anonymous and file-backed parts) and
# VmHWM (the peak) are read from /proc. The bare window is measured first,
# then each view, with the difference of its resident memory from the
# bare window's. xdotool, if installed, waits for the window and quits the
# application with Ctrl+Q afterwards.
# GSK_RENDERER is passed on: Xvfb has no GPU, so GTK's GL renderer draws
# with llvmpipe on the CPU; GSK_RENDERER=cairo measures with the cairo one.
# The application may write to DATABASE (it does when it escalates
# requests): give it a copy of any database that must stay as it is.
set -eu
builddir=${1:?usage: $0 BUILD_DIR DATABASE [VIEW...]}
db=${2:?usage: $0 BUILD_DIR DATABASE [VIEW...]}
shift 2
[ $# -gt 0 ] || set -- requests
settle=${SETTLE:-3}

if [ -z "${BENCH_INNER:-}" ]; then
  exec env BENCH_INNER=1 xvfb-run -a -s '-screen 0 1280x800x24' "$0" "$builddir" "$db" "$@"
fi

export GTK_A11Y=none GDK_BACKEND=x11 GSETTINGS_BACKEND=keyfile
export GSETTINGS_SCHEMA_DIR="$builddir/data" QUALSERV_LOCALEDIR="$builddir/po"

# The kB of a line of /proc/PID/status, e.g. VmRSS.
status_kb () {
  awk -v key="$2:" '$1 == key { print $2 }' "/proc/$1/status" 2>/dev/null
}

# Runs a command until its memory settles and sets rss, hwm, anon and
# file (kB). $1 says what it is, for messages; $2 is qualserv when it
# quits on Ctrl+Q.
measure () {
  what=$1
  quits=$2
  shift 2
  "$@" >/dev/null 2>&1 &
  pid=$!

  # Wait for the window, then for the memory to stop growing.
  window=
  if command -v xdotool >/dev/null; then
    window=$(timeout 30 xdotool search --sync --onlyvisible --pid "$pid" 2>/dev/null | head -1) || true
  fi
  last=0
  still=0
  elapsed=0
  while [ "$elapsed" -lt 120 ] && [ "$still" -lt $((settle * 2)) ]; do
    sleep 0.5
    elapsed=$((elapsed + 1))
    rss=$(status_kb "$pid" VmRSS)
    [ -n "$rss" ] || { echo "bench-memory: $what exited" >&2; exit 1; }
    # Within 1 %: a few pages come and go while the window idles.
    if [ $((rss - last)) -le $((last / 100)) ] && [ $((last - rss)) -le $((last / 100)) ]; then
      still=$((still + 1))
    else
      still=0
    fi
    last=$rss
  done
  rss=$(status_kb "$pid" VmRSS)
  hwm=$(status_kb "$pid" VmHWM)
  anon=$(status_kb "$pid" RssAnon)
  file=$(status_kb "$pid" RssFile)
  # Quit as a user does, so that the database is closed and its
  # write-ahead log does not slow the next start; killed if that fails.
  if [ "$quits" = qualserv ] && [ -n "$window" ]; then
    xdotool key --window "$window" ctrl+q 2>/dev/null || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
  fi
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# One line: NAME resident … MB (… anonymous, … of files), peak … MB
report () {
  printf "%-9s resident %4d MB (%d MB anonymous, %d MB of files), peak %4d MB" \
    "$1" $((rss / 1024)) $((anon / 1024)) $((file / 1024)) $((hwm / 1024))
}

echo "renderer: ${GSK_RENDERER:-default}"
measure "the bare window" bare "$builddir/build-aux/bench-bare-window" --stay
bare_rss=$rss
report bare
echo

for view in "$@"; do
  config=$(mktemp -d)
  mkdir -p "$config/glib-2.0/settings"
  printf "[org/example/QualServ]\nlast-view='%s'\nwindow-width=1280\nwindow-height=800\n" \
    "$view" >"$config/glib-2.0/settings/keyfile"
  measure "qualserv on the $view view" qualserv \
    env XDG_CONFIG_HOME="$config" "$builddir/src/qualserv" --db "$db"
  rm -rf "$config"
  report "$view"
  printf ", %+d MB beside the bare window\n" $(((rss - bare_rss) / 1024))
done
