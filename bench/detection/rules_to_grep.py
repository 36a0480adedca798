#!/usr/bin/env python3
"""The comparison a user could pick instead of a Sigma engine: every literal the rules search for, as fixed grep
patterns (case-insensitive). grep then finds the lines that contain any of them. It is a lower bound on the work (no
field, no condition, no correlation is evaluated), so its speed is what a rule engine is measured against.

Usage: rules_to_grep.py RULES_DIR > patterns.txt
"""
import glob
import sys

import yaml


def literals(value):
    if isinstance(value, str):
        text = value.replace("\\*", "").replace("\\?", "")
        for part in text.replace("?", "*").split("*"):
            if len(part) >= 3:
                yield part
    elif isinstance(value, list):
        for item in value:
            yield from literals(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            if any(m in key for m in ("|re", "|cidr", "|base64", "|lt", "|gt", "|exists", "|fieldref")):
                continue
            yield from literals(item)


patterns = set()
for path in glob.glob(f"{sys.argv[1]}/**/*.yml", recursive=True):
    for document in yaml.safe_load_all(open(path, encoding="utf-8")):
        if document and "detection" in document:
            for name, search in document["detection"].items():
                if name not in ("condition", "timeframe"):
                    patterns.update(literals(search))
print("\n".join(sorted(patterns)))
