#!/usr/bin/env python3
"""Fails when code outside src/store/ goes around the store: includes one
of its private headers or SQLite's, calls SQLite or the store's raw SQL
functions, or holds an SQL statement in a string. Every write must go
through the store's write API (repositories, bulk inserts, bulk sessions),
so that what records changes, and later a sync outbox, sees all of them.

    check-store-boundary.py [SOURCE_ROOT]
"""
import os
import re
import sys

root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
src = os.path.join(root, "src")
store = os.path.join(src, "store")

private_headers = {name for name in os.listdir(store) if name.endswith("-private.h")}
private_headers.add("sqlite3.h")

include = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.M)
# SQLite's API and the store's functions that take SQL text.
raw_calls = re.compile(r"\b(sqlite3_\w+|sqlite3\b|qs_store_(exec|query_int|prepare|get_db)\s*\()")
# The start of a statement, in capitals as QualServ writes SQL; BEGIN only
# as a transaction (ICS files have BEGIN:VEVENT).
statement = re.compile(
    r"\b(SELECT|INSERT|UPDATE|DELETE|REPLACE\s+INTO|PRAGMA|CREATE|DROP|ALTER|SAVEPOINT|RELEASE"
    r"|ROLLBACK|COMMIT|VACUUM|ATTACH|DETACH|BEGIN\s+(IMMEDIATE|DEFERRED|EXCLUSIVE|TRANSACTION))\b")


def split_c(text):
    """Returns (code, strings): the text with comments and literals blanked
    (newlines kept, so that offsets give line numbers), and the string
    literals as (offset, content)."""
    code = []
    strings = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            code.append(" " * (end - i))
            i = end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            code.append(re.sub(r"[^\n]", " ", text[i:end]))
            i = end
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            if c == '"':
                strings.append((i, text[i + 1:j]))
            code.append(c + re.sub(r"[^\n]", " ", text[i + 1:j]) + c)
            i = j + 1
        else:
            code.append(c)
            i += 1
    return "".join(code), strings


def line_of(text, offset):
    return text.count("\n", 0, offset) + 1


problems = []
for dirpath, dirnames, files in os.walk(src):
    dirnames.sort()
    if os.path.commonpath([dirpath, store]) == store:
        continue
    for name in sorted(files):
        if not name.endswith((".c", ".h")):
            continue
        path = os.path.join(dirpath, name)
        shown = os.path.relpath(path, root)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        code, strings = split_c(text)

        for m in include.finditer(text):
            if os.path.basename(m.group(1)) in private_headers and not code[m.start():m.end()].isspace():
                problems.append(f"{shown}:{line_of(text, m.start())}: includes {m.group(1)}, "
                                "which only src/store/ may include")
        for m in raw_calls.finditer(code):
            problems.append(f"{shown}:{line_of(text, m.start())}: uses {m.group(1).rstrip(' (')}, "
                            "which only src/store/ may use: call the store's API")
        for offset, literal in strings:
            m = statement.search(literal)
            if m:
                problems.append(f"{shown}:{line_of(text, offset)}: holds SQL (“{m.group(0)} …”): "
                                "statements belong in src/store/")

for problem in problems:
    print(problem)
if problems:
    print(f"{len(problems)} place(s) go around the store; see HACKING.md, “How changes flow”.")
sys.exit(1 if problems else 0)
