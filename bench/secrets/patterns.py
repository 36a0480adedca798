#!/usr/bin/env python3
"""Prints Bulwark's built-in secret patterns as one PCRE2 alternation for ripgrep (-P), so both tools run the
same regex set. Reads the rule files directly; every pattern there is a single-quoted YAML scalar."""
import glob
import os
import re
import sys

rules_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scanners", "secrets", "src", "Rules")
patterns = []
for path in sorted(glob.glob(os.path.join(rules_dir, "*.yaml"))):
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^\s+pattern: '(.*)'\s*$", line)
        if m:
            patterns.append(m.group(1).replace("''", "'"))
# (?J) lets several alternatives reuse a group name (most rules call their group "secret").
sys.stdout.write("(?J)" + "|".join(f"(?:{p})" for p in patterns) + "\n")
sys.stderr.write(f"{len(patterns)} patterns\n")
