#!/usr/bin/env python3
"""The scripted changes the check rounds of bench/integrity report, and their undo.

Usage: changes.py apply TREE JOURNAL     make the changes, write what is needed to undo them to JOURNAL (JSON)
       changes.py undo TREE JOURNAL      put the tree back (contents, modes, mtimes; inodes and ctimes differ)

The changes (files chosen with a fixed seed among the tree's regular files of at most 4 MiB, in sorted order, so
every round and every machine changes the same paths):
  * 5 files edited in place: 16 bytes in the middle overwritten, size unchanged (only the hash and mtime show it);
  * 5 files edited by appending a line (size, hash and mtime change);
  * 5 files added, 4 KiB each, in the directories of 5 other chosen files;
  * 5 files deleted;
  * 5 files chmod'ed from their mode to 0600 (0644 -> 0600, or 0755 -> 0600);
25 regular files in all. Directories that gain or lose a file get a new mtime/ctime (and a link count is unchanged),
which AIDE reports as changed directories; the count of changed files is what should match between the tools.
"""
import base64
import json
import os
import random
import sys

SEED = 4242


def regular_files(tree):
    out = []
    for root, dirs, files in os.walk(tree):
        dirs.sort()
        for n in sorted(files):
            p = os.path.join(root, n)
            st = os.lstat(p)
            if os.path.isfile(p) and not os.path.islink(p) and 64 <= st.st_size <= 4 * 1024 * 1024:
                out.append(os.path.relpath(p, tree))
    return out


def apply(tree, journal):
    rng = random.Random(SEED)
    chosen = rng.sample(regular_files(tree), 25)
    edit_mid, edit_append, add_near, delete, chmod = (chosen[i:i + 5] for i in range(0, 25, 5))
    parents = sorted({os.path.dirname(r) for r in add_near + delete})
    undo = {"edited": [], "added": [], "deleted": [], "chmod": [],
            "dirs": {d: os.stat(os.path.join(tree, d)).st_mtime_ns for d in parents}}
    for rel in edit_mid + edit_append:
        p = os.path.join(tree, rel)
        st = os.stat(p)
        data = open(p, "rb").read()
        undo["edited"].append({"path": rel, "data": base64.b64encode(data).decode(), "mtime": st.st_mtime_ns})
        if rel in edit_mid:
            with open(p, "r+b") as f:
                f.seek(len(data) // 2)
                f.write(b"bulwark-bench-ed")          # 16 bytes
        else:
            with open(p, "ab") as f:
                f.write(b"# appended by bench/integrity/changes.py\n")
    for i, rel in enumerate(add_near):
        p = os.path.join(tree, os.path.dirname(rel), f"bench-added-{i}.dat")
        with open(p, "wb") as f:
            f.write(random.Random(SEED + i).randbytes(4096))
        undo["added"].append(os.path.relpath(p, tree))
    for rel in delete:
        p = os.path.join(tree, rel)
        st = os.stat(p)
        undo["deleted"].append({"path": rel, "data": base64.b64encode(open(p, "rb").read()).decode(),
                                "mode": st.st_mode & 0o7777, "mtime": st.st_mtime_ns})
        os.remove(p)
    for rel in chmod:
        p = os.path.join(tree, rel)
        undo["chmod"].append({"path": rel, "mode": os.stat(p).st_mode & 0o7777})
        os.chmod(p, 0o600)
    json.dump(undo, open(journal, "w"))
    print(f"changed {len(edit_mid) + len(edit_append)} edited, {len(add_near)} added, {len(delete)} deleted, "
          f"{len(chmod)} chmod; {len(parents)} parent directories touched")


def undo(tree, journal):
    u = json.load(open(journal))
    for rel in u["added"]:
        os.remove(os.path.join(tree, rel))
    for e in u["edited"] + u["deleted"]:
        p = os.path.join(tree, e["path"])
        with open(p, "wb") as f:
            f.write(base64.b64decode(e["data"]))
        if "mode" in e:
            os.chmod(p, e["mode"])
        os.utime(p, ns=(e["mtime"], e["mtime"]))
    for e in u["chmod"]:
        os.chmod(os.path.join(tree, e["path"]), e["mode"])
    for d, mtime in u["dirs"].items():
        os.utime(os.path.join(tree, d), ns=(mtime, mtime))
    os.remove(journal)


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("apply", "undo"):
        sys.exit(__doc__)
    {"apply": apply, "undo": undo}[sys.argv[1]](sys.argv[2], sys.argv[3])
