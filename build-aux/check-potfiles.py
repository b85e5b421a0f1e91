#!/usr/bin/env python3
"""Fails when a source file with translatable strings is missing from
po/POTFILES.in, or when POTFILES.in lists a file that does not exist:
either way, French users would see English."""
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "."
# QsCatalog's look-ups count when called with a literal (see po/meson.build).
marks = re.compile(r'(^|[^A-Za-z_])(_|N_|C_|NC_|g_dngettext|ngettext)\s*\(|translatable="yes"'
                   r'|qs_catalog_n?p?gettext(_amount)?\s*\([^;"]*"')

with open(os.path.join(root, "po", "POTFILES.in"), encoding="utf-8") as f:
    listed = {line.strip() for line in f if line.strip() and not line.startswith("#")}

problems = []
for path in sorted(listed):
    if not os.path.exists(os.path.join(root, path)):
        problems.append(f"po/POTFILES.in lists {path}, which does not exist")

for top in ("src", "data"):
    for dirpath, _, files in os.walk(os.path.join(root, top)):
        for name in sorted(files):
            path = os.path.relpath(os.path.join(dirpath, name), root)
            translatable = name.endswith((".desktop.in", ".metainfo.xml.in", ".gschema.xml"))
            if not translatable and name.endswith((".c", ".h", ".ui")):
                with open(os.path.join(root, path), encoding="utf-8") as f:
                    translatable = marks.search(f.read()) is not None
            if translatable and path not in listed:
                problems.append(f"{path} has translatable strings but is not in po/POTFILES.in")

for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
