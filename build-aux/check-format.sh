#!/bin/sh
# Checks that every C source file and header follows .clang-format;
# prints the files that do not and how to fix them. Headers keep their
# hand-aligned declarations between clang-format off and on markers (see
# .clang-format).
#   build-aux/check-format.sh [--fix]
set -eu
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "check-format: install clang-format" >&2; exit 1; }

# Exactly what clang-format writes: the check is the tool's own.
format () {
  clang-format "$1"
}

fix=false
[ "${1:-}" != "--fix" ] || fix=true
bad=""
n=0
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for f in $(git ls-files '*.c' '*.h'); do
  n=$((n + 1))
  format "$f" >"$tmp"
  if ! cmp -s "$f" "$tmp"; then
    if $fix; then cat "$tmp" >"$f"; else bad="$bad $f"; fi
  fi
done
if [ -n "$bad" ]; then
  echo "check-format: these files do not follow .clang-format:" >&2
  for f in $bad; do
    echo "  $f" >&2
    format "$f" | diff -u "$f" - | head -20 >&2 || true
  done
  echo "check-format: run build-aux/check-format.sh --fix" >&2
  exit 1
fi
echo "check-format: $n files follow .clang-format"
