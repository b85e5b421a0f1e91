#!/bin/sh
# Installs the Debian 12 packages QualServ needs, or says how to.
#   build-aux/packages.sh run|test
# "run" is what building and starting the application needs; "test" adds
# what the test suites need (Xvfb, validators, the sanitizers' runtime).
set -eu

run_packages="build-essential meson ninja-build pkg-config gettext itstool
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev libsqlite3-dev
  libjson-glib-dev libcairo2-dev desktop-file-utils yelp-tools librsvg2-common
  python3"
test_packages="xvfb xauth xdotool imagemagick appstream flatpak-builder
  poppler-utils sqlite3"

case "${1:-run}" in
  run) packages=$run_packages ;;
  test) packages="$run_packages $test_packages" ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

# Only what is missing, so that a second run costs nothing.
missing=""
for p in $packages; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "QualServ needs these Debian packages. Install them, then run this command again:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y$missing" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends $missing
