#!/usr/bin/env python3
"""Prints Bulwark's built-in secret patterns as one alternation for ripgrep, so both tools run the same regex set.

  patterns.py           PCRE2 syntax, for `rg -P` (the patterns as they are: look-arounds, back-references)
  patterns.py --rust    for ripgrep's default engine, which has neither: look-arounds are dropped, a
                        back-reference to a quote becomes "any quote", and group names are removed. This set
                        matches a little more than Bulwark's; it is the fastest configuration ripgrep offers.

Reads the rule files directly; every pattern there is a single-quoted YAML scalar."""
import glob
import os
import re
import sys

rules_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scanners", "secrets", "src", "Rules")


def load():
    patterns = []
    for path in sorted(glob.glob(os.path.join(rules_dir, "*.yaml"))):
        for line in open(path, encoding="utf-8"):
            m = re.match(r"^\s+pattern: '(.*)'\s*$", line)
            if m:
                patterns.append(m.group(1).replace("''", "'"))
    return patterns


def drop_group(pattern, opener):
    """Removes every group starting with `opener`, with its balanced contents."""
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith(opener, i) and (i == 0 or pattern[i - 1] != "\\"):
            depth, j = 0, i
            while j < len(pattern):
                c = pattern[j]
                if c == "\\":
                    j += 2
                    continue
                if c == "[":
                    j = pattern.index("]", j + 2 if pattern[j + 1] in "^]" else j + 1) + 1
                    continue
                if c == "(":
                    depth += 1
                elif c == ")":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            i = j + 1
            continue
        out.append(pattern[i])
        i += 1
    return "".join(out)


def to_rust(pattern):
    for opener in ("(?<!", "(?<=", "(?!", "(?="):
        pattern = drop_group(pattern, opener)
    pattern = re.sub(r"\\k<\w+>", "[\"'`]", pattern)
    return re.sub(r"\(\?<(\w+)>", "(?:", pattern)


patterns = load()
if "--rust" in sys.argv:
    sys.stdout.write("|".join(f"(?:{to_rust(p)})" for p in patterns) + "\n")
else:
    # (?J) lets several alternatives reuse a group name (most rules call their group "secret").
    sys.stdout.write("(?J)" + "|".join(f"(?:{p})" for p in patterns) + "\n")
sys.stderr.write(f"{len(patterns)} patterns\n")
