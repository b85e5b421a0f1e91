#!/usr/bin/env python3
"""Fails unless po/LANG.po translates every string of the sources listed in
po/POTFILES.in, with nothing fuzzy and nothing obsolete left behind; with
--help, unless help/LANG/LANG.po translates every paragraph of the English
help pages help/C/*.page.
   check-translation.py SOURCE_ROOT LANG [--help]"""
import glob
import os
import subprocess
import sys
import tempfile

root, lang = sys.argv[1], sys.argv[2]
help_pages = "--help" in sys.argv[3:]
if help_pages:
    po = os.path.join(root, "help", lang, f"{lang}.po")
    shown = f"help/{lang}/{lang}.po"
else:
    po = os.path.join(root, "po", f"{lang}.po")
    shown = f"po/{lang}.po"

with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, "qualserv.pot")
    merged = os.path.join(tmp, f"{lang}.po")
    if help_pages:
        # What yelp's build extracts: the pages, named as help/ sees them.
        pages = sorted(os.path.relpath(page, os.path.join(root, "help"))
                       for page in glob.glob(os.path.join(root, "help", "C", "*.page")))
        subprocess.run(["itstool", "-o", pot] + pages, cwd=os.path.join(root, "help"), check=True)
    else:
        # The same keywords as meson's i18n "glib" preset, and po/meson.build's.
        subprocess.run(["xgettext", "--directory", root, "--files-from",
                        os.path.join(root, "po", "POTFILES.in"), "--from-code=UTF-8",
                        "--add-comments", "--force-po", "--keyword=_", "--keyword=N_",
                        "--keyword=C_:1c,2", "--keyword=NC_:1c,2", "--keyword=g_dngettext:2,3",
                        "--keyword=ngettext:1,2",
                        # QsCatalog's look-ups, as po/meson.build declares them.
                        "--keyword=qs_catalog_gettext:2", "--keyword=qs_catalog_pgettext:2c,3",
                        "--keyword=qs_catalog_ngettext:2,3", "--keyword=qs_catalog_npgettext:2c,3,4",
                        "--keyword=qs_catalog_npgettext_amount:2c,3,4",
                        "--flag=g_strdup_printf:1:c-format",
                        "--flag=g_string_printf:2:c-format", "--flag=g_set_error:4:c-format",
                        "--flag=g_printerr:1:c-format", "--output", pot], check=True)
    subprocess.run(["msgmerge", "--quiet", "--no-fuzzy-matching", "--output-file", merged, po, pot],
                   check=True)
    subprocess.run(["msgfmt", "--check", "--output-file", os.devnull, merged], check=True)
    stats = subprocess.run(["msgfmt", "--statistics", "--output-file", os.devnull, merged],
                           capture_output=True, text=True, env=dict(os.environ, LC_ALL="C"))
    print(stats.stderr.strip())
    missing = subprocess.run(["msgattrib", "--untranslated", "--no-obsolete", merged],
                             capture_output=True, text=True, check=True).stdout
    fuzzy = subprocess.run(["msgattrib", "--only-fuzzy", "--no-obsolete", merged],
                           capture_output=True, text=True, check=True).stdout
    problems = [block for block in (missing + fuzzy).split("\n\n")
                if "msgid" in block and 'msgid ""\nmsgstr ""' not in block.split("\n#")[0]]
    for block in problems:
        print(f"not translated in {shown}:\n{block}\n")
    # Obsolete: kept as #~ in the file, or translating a string the sources
    # no longer have (msgmerge makes those #~ in the merged copy).
    obsolete = subprocess.run(["msgattrib", "--only-obsolete", merged],
                              capture_output=True, text=True, check=True).stdout
    obsolete = [block.strip() for block in obsolete.split("\n\n") if "#~ msgid" in block]
    for block in obsolete:
        print(f"obsolete in {shown}:\n{block}\n")
    if obsolete:
        entries = "entry" if len(obsolete) == 1 else "entries"
        print(f"{shown} has {len(obsolete)} obsolete {entries}, translating strings the sources "
              f"no longer have: merge it with the sources' strings (msgmerge --update) if they "
              f"are not #~ yet, then remove them with\n"
              f"  msgattrib --no-obsolete --output-file {shown} {shown}")
    sys.exit(1 if problems or obsolete else 0)
