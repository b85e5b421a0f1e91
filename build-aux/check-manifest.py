#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the Flatpak manifest: it parses, targets the GNOME 43 runtime, runs
qualserv, builds the project with meson from its own tree, and asks for
exactly the permissions QualServ needs (no network, no file system: files
go through the portal)."""

import json
import sys

REQUIRED_FINISH_ARGS = [
    "--share=ipc",
    "--socket=fallback-x11",
    "--socket=wayland",
    "--device=dri",
]


def check(manifest):
    problems = []

    def expect(key, value):
        if manifest.get(key) != value:
            problems.append(f"{key} is {manifest.get(key)!r}, expected {value!r}")

    expect("id", "org.example.QualServ")
    expect("runtime", "org.gnome.Platform")
    expect("runtime-version", "43")
    expect("sdk", "org.gnome.Sdk")
    expect("command", "qualserv")

    finish_args = manifest.get("finish-args", [])
    if sorted(finish_args) != sorted(REQUIRED_FINISH_ARGS) or len(finish_args) != len(set(finish_args)):
        problems.append(f"finish-args are {finish_args!r}, expected exactly {REQUIRED_FINISH_ARGS!r}")

    modules = manifest.get("modules", [])
    project = [m for m in modules if isinstance(m, dict) and m.get("name") == "qualserv"]
    if len(project) != 1:
        problems.append("there must be exactly one module named qualserv")
    else:
        module = project[0]
        if module.get("buildsystem") != "meson":
            problems.append("the qualserv module must build with meson")
        sources = module.get("sources", [])
        if not any(s.get("type") == "dir" and s.get("path") == "." for s in sources):
            problems.append("the qualserv module must build from a dir source '.'")

    return problems


def main(argv):
    if len(argv) != 2:
        print(f"usage: {argv[0]} MANIFEST.json", file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        print(f"{argv[1]}: {e}", file=sys.stderr)
        return 1
    if not isinstance(manifest, dict):
        print(f"{argv[1]}: the manifest is not a JSON object", file=sys.stderr)
        return 1

    problems = check(manifest)
    for problem in problems:
        print(f"{argv[1]}: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
