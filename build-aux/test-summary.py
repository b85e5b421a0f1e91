#!/usr/bin/env python3
"""Prints one closing line, "N passed, N failed, N skipped", from meson's test log.

A test that cannot run says so: "skipped" counts the test programs meson
skipped and, inside the others, the TAP subtests that skipped ("ok N ... # SKIP")
or were left incomplete ("not ok N ... # TODO"); each is listed above the line.
When the environment says CI=true, anything skipped is a failure: the exit
status is 1, as CI must run every test.
   test-summary.py BUILD_DIR/meson-logs/testlog.json"""
import json
import os
import re
import sys

TAP_DIRECTIVE = re.compile(r"^\s*(?:not )?ok\b[^#]*#\s*(SKIP|TODO)\b", re.IGNORECASE)

passed = failed = 0
skipped_programs = []
skipped_subtests = []
with open(sys.argv[1], encoding="utf-8") as log:
    for line in log:
        test = json.loads(line)
        result = test["result"]
        if result in ("OK", "EXPECTEDFAIL"):
            passed += 1
        elif result == "SKIP":
            skipped_programs.append(test["name"])
        else:
            failed += 1
        if result != "SKIP":
            for output in (test.get("stdout") or "").splitlines():
                if TAP_DIRECTIVE.match(output):
                    skipped_subtests.append(f"{test['name']}: {output.strip()}")

for name in skipped_programs:
    print(f"SKIPPED {name}")
for subtest in skipped_subtests:
    print(f"SKIPPED {subtest}")
skipped = len(skipped_programs) + len(skipped_subtests)
print(f"{passed} passed, {failed} failed, {skipped} skipped"
      + (f" ({len(skipped_subtests)} of them subtests)" if skipped_subtests else ""))
if skipped and os.environ.get("CI", "").lower() == "true":
    print("CI=true: every test must run; install what the skipped ones need "
          "(build-aux/packages.sh test).", file=sys.stderr)
    sys.exit(1)
