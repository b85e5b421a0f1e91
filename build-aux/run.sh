#!/bin/sh
# README command 1: installs what QualServ needs, builds it, fills a database
# with the example organisation and starts the application on it.
#   build-aux/run.sh [--lang fr|en] [--requests N]
set -eu
cd "$(dirname "$0")/.."

lang=""
requests=20000
while [ $# -gt 0 ]; do
  case "$1" in
    --lang) lang=$2; shift 2 ;;
    --requests) requests=$2; shift 2 ;;
    *) echo "usage: $0 [--lang fr|en] [--requests N]" >&2; exit 2 ;;
  esac
done
# The example organisation speaks the user's language unless told otherwise.
if [ -z "$lang" ]; then
  case "${LANGUAGE:-${LC_ALL:-${LANG:-en}}}" in fr*) lang=fr ;; *) lang=en ;; esac
fi

build-aux/packages.sh run
[ -d build ] || meson setup build
ninja -C build

db="build/example-$lang.db"
if [ ! -f "$db" ]; then
  build/src/cli/qualserv-cli --db "$db" demo --requests "$requests" --seed 1 --lang "$lang"
fi

# Uninstalled: settings schema and translations from the build tree.
export GSETTINGS_SCHEMA_DIR="$PWD/build/data"
export QUALSERV_LOCALEDIR="$PWD/build/po"
exec build/src/qualserv --db "$db"
