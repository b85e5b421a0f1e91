#!/bin/sh
# Installs the Debian 12 packages QualServ needs, or says how to.
#   build-aux/packages.sh run|test
# "run" is what building and starting the application needs; "test" adds
# what the test suites need (Xvfb, validators, the sanitizers' runtime,
# faketime, clang-format for the style check, LibreOffice Calc without its
# interface to open the exported sheets) and the French locale the tests run in.
set -eu

run_packages="build-essential meson ninja-build pkg-config gettext itstool
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev libsqlite3-dev
  libjson-glib-dev libcairo2-dev desktop-file-utils yelp-tools librsvg2-common
  python3"
test_packages="xvfb xauth xdotool imagemagick appstream flatpak-builder
  poppler-utils sqlite3 faketime locales clang-format libreoffice-calc-nogui"
# Locales as LANGUAGE_TERRITORY.CODESET, generated with localedef.
test_locales="fr_FR.UTF-8"

case "${1:-run}" in
  run) packages=$run_packages; locales="" ;;
  test) packages="$run_packages $test_packages"; locales=$test_locales ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

# Whether locale -a lists $1, which it spells fr_FR.utf8 for fr_FR.UTF-8.
locale_installed () {
  wanted=$(echo "$1" | tr '[:upper:]' '[:lower:]' | tr -d -- '-')
  locale -a 2>/dev/null | tr '[:upper:]' '[:lower:]' | tr -d -- '-' | grep -qx "$wanted"
}

# Only what is missing, so that a second run costs nothing.
missing=""
for p in $packages; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
missing_locales=""
for l in $locales; do
  if ! locale_installed "$l"; then
    missing_locales="$missing_locales $l"
  fi
done
[ -z "$missing$missing_locales" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "QualServ needs these Debian packages and locales. Install them, then run this command again:" >&2
  [ -n "$missing" ] && echo "  sudo apt-get update && sudo apt-get install -y$missing" >&2
  for l in $missing_locales; do
    echo "  sudo localedef -i ${l%%.*} -f ${l#*.} $l" >&2
  done
  exit 1
fi

if [ -n "$missing" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends $missing
fi
for l in $missing_locales; do
  echo "Generating the $l locale"
  localedef -i "${l%%.*}" -f "${l#*.}" "$l"
done
