#!/usr/bin/env python3
"""A deterministic file tree shaped like /usr, for the file-integrity benchmark (bench/integrity).

Usage: gen_tree.py OUT [FILES] [MB]          (defaults: 100,000 files, 2,048 MiB)

Everything comes from one fixed seed, so the same arguments give the same tree on every machine: the same
directories, names, sizes, bytes, modes and symbolic links, and one fixed mtime (2023-11-14 22:13:20 UTC) on
every entry. What differs between two runs is only what the file system assigns (inode numbers, ctimes).

Shape (at the defaults):
  * sizes: ~98.5 % small files, log-uniform 1-16 KiB (headers, man pages, locale files, scripts);
    ~1.5 % medium, log-uniform 16 KiB-4 MiB and then scaled so the total lands on MB (libraries, binaries);
    one large file per 10,000 (10 at the default), 20-100 MiB (firmware, big shared objects, archives);
  * directories: about one per ten files, nested up to 9 levels below a /usr-like top level (bin, sbin, lib,
    lib/x86_64-linux-gnu, libexec, include, share/{doc,man/man1..8,locale,zoneinfo,...}, local, src), with a
    Zipf-like spread of files over them (a few very full directories, a long tail of small ones);
  * files under bin, sbin and libexec are 0755, the rest 0644, directories 0755;
  * one relative symbolic link per 250 files (at least 5), "name -> name.so.N" style, mostly to a file in the same
    directory, some across directories; none dangling.
Content is a slice of a 32 MiB seeded random pool at a seeded offset, each file starting with its own path, so
no two files are equal and nothing compresses. OUT.manifest.json records the counts and bytes.
"""
import json
import math
import os
import random
import sys
import time

SEED = 20231114
MTIME = 1_700_000_000
KIB, MIB = 1024, 1024 * 1024
POOL_SIZE = 32 * MIB

TOP = ["bin", "sbin", "lib", "lib/x86_64-linux-gnu", "libexec", "include", "share", "share/doc", "share/man",
       *[f"share/man/man{i}" for i in range(1, 9)], "share/locale", "share/zoneinfo", "share/perl5",
       "share/icons", "share/fonts", "lib/python3", "local", "local/bin", "local/lib", "src"]
EXEC_TOPS = ("bin", "sbin", "libexec", "local/bin")
SYLLABLES = ["al", "be", "cor", "da", "el", "fo", "gal", "hi", "io", "ju", "ka", "lo", "mu", "ne", "ox", "pi",
             "qu", "ra", "si", "tu", "ur", "vi", "wa", "xy", "ze", "lib", "gtk", "net", "ssl", "x11", "py", "core"]
EXTENSIONS = {"lib": [".so.1", ".so.6", ".so.0.4.2", ".a", ".py", ".pm", ".pyc"], "include": [".h", ".hpp", ".inc"],
              "share/man": [".1.gz", ".5.gz", ".8.gz", ".3.gz"], "share/locale": [".mo"],
              "share/doc": ["", ".gz", ".txt", ".html", ".md"], "share": ["", ".xml", ".json", ".png", ".svg", ".conf"],
              "bin": [""], "sbin": [""], "libexec": ["", ".sh"], "src": [".c", ".h", ".S", ".txt", "Makefile"],
              "local": ["", ".so.1", ".py"]}


def name(rng, ext=""):
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3))) + ext


def extension_for(rng, d):
    for key in ("share/man", "share/locale", "share/doc", "lib", "include", "share", "bin", "sbin", "libexec",
                "src", "local"):
        if d == key or d.startswith(key + "/"):
            return rng.choice(EXTENSIONS[key])
    return ""


def plan(files, mb):
    """Directories, files (path, size, mode) and links, all from the seed; nothing is written yet."""
    rng = random.Random(SEED)
    dirs = list(TOP)
    depth = {d: d.count("/") + 1 for d in dirs}
    taken = set(dirs)
    for _ in range(max(0, files // 10 - len(TOP))):
        # Prefer parents that are not yet deep: /usr is wide near the top and thin below level 6.
        while True:
            parent = rng.choice(dirs)
            if depth[parent] < 9 and rng.random() < 0.85 ** (depth[parent] - 1):
                break
        child = f"{parent}/{name(rng)}"
        while child in taken:
            child += rng.choice("0123456789")
        taken.add(child)
        dirs.append(child)
        depth[child] = depth[parent] + 1

    # Zipf-like weights: a few directories (like bin or lib/x86_64-linux-gnu) hold thousands of files.
    order = dirs[:]
    rng.shuffle(order)
    weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(order))]
    for boost in ("bin", "lib/x86_64-linux-gnu", "share/man/man1", "include"):
        weights[order.index(boost)] = 0.4
    homes = rng.choices(order, weights=weights, k=files)

    n_large = max(1, round(files / 10_000))
    n_medium = max(1, round(files * 0.015))
    kinds = ["large"] * n_large + ["medium"] * n_medium + ["small"] * (files - n_large - n_medium)
    rng.shuffle(kinds)
    sizes = []
    for kind in kinds:
        if kind == "small":
            sizes.append(int(math.exp(rng.uniform(math.log(1 * KIB), math.log(16 * KIB)))))
        elif kind == "medium":
            sizes.append(int(math.exp(rng.uniform(math.log(16 * KIB), math.log(4 * MIB)))))
        else:
            sizes.append(rng.randint(20 * MIB, 100 * MIB))
    # Land the total on MB: scale the medium files (and, if that is not enough, the large ones too).
    target = mb * MIB
    small = sum(s for s, k in zip(sizes, kinds) if k == "small")
    medium = sum(s for s, k in zip(sizes, kinds) if k == "medium")
    large = sum(s for s, k in zip(sizes, kinds) if k == "large")
    factor_m = (target - small - large) / medium
    factor_l = 1.0
    if factor_m < 0.1:                       # a small MB: shrink medium and large files together
        factor_m = factor_l = max(0.01, (target - small) / (medium + large))
    factor_m = min(factor_m, 8.0)
    for i, kind in enumerate(kinds):
        if kind == "medium":
            sizes[i] = max(16 * KIB, int(sizes[i] * factor_m))
        elif kind == "large":
            sizes[i] = max(16 * KIB, int(sizes[i] * factor_l))

    entries, used = [], set()
    for home, size, kind in zip(homes, sizes, kinds):
        ext = ".bin" if kind == "large" and not home.startswith(EXEC_TOPS) else extension_for(rng, home)
        path = f"{home}/{name(rng, ext)}"
        while path in used or path in taken:
            path = f"{home}/{name(rng, ext)}"
        used.add(path)
        top = home.split("/")[0] if not home.startswith("local/") else "/".join(home.split("/")[:2])
        mode = 0o755 if top in EXEC_TOPS else 0o644
        entries.append((path, size, mode))

    links = []
    for _ in range(max(5, files // 250)):
        target_path = rng.choice(entries)[0]
        if rng.random() < 0.8:               # libfoo.so -> libfoo.so.1 in the same directory
            link = target_path.rsplit(".", 1)[0] + ".link" if "." in os.path.basename(target_path) else target_path + ".link"
        else:                                # across directories, like bin/x -> ../lib/y
            link = f"{rng.choice(dirs)}/{name(rng)}.link"
        while link in used or link in taken:
            link = link + rng.choice("0123456789")
        used.add(link)
        links.append((link, os.path.relpath(target_path, os.path.dirname(link))))
    return dirs, entries, links, kinds


def write(out, dirs, entries, links):
    pool = random.Random(SEED + 1).randbytes(POOL_SIZE)
    offsets = random.Random(SEED + 2)
    os.makedirs(out, exist_ok=True)
    for d in dirs:
        os.makedirs(os.path.join(out, d), exist_ok=True)
    for path, size, mode in entries:
        full = os.path.join(out, path)
        header = (path + "\n").encode()[:size]
        remaining = size - len(header)
        offset = offsets.randrange(POOL_SIZE)
        with open(full, "wb") as f:
            f.write(header)
            while remaining > 0:
                n = min(remaining, POOL_SIZE - offset, 8 * MIB)
                f.write(pool[offset:offset + n])
                remaining -= n
                offset = (offset + n) % POOL_SIZE
        os.chmod(full, mode)
        os.utime(full, (MTIME, MTIME))
    for link, target in links:
        full = os.path.join(out, link)
        os.symlink(target, full)
        os.utime(full, (MTIME, MTIME), follow_symlinks=False)
    # Directory mtimes last, deepest first, so writing children does not move them again.
    for d in sorted(dirs, key=lambda d: -d.count("/")):
        os.utime(os.path.join(out, d), (MTIME, MTIME))
    os.chmod(out, 0o755)
    os.utime(out, (MTIME, MTIME))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    files = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    mb = int(sys.argv[3]) if len(sys.argv) > 3 else 2048
    if os.path.exists(out) and os.listdir(out):
        sys.exit(f"{out} exists and is not empty")
    started = time.time()
    dirs, entries, links, kinds = plan(files, mb)
    write(out, dirs, entries, links)
    sizes = [s for _, s, _ in entries]
    manifest = {
        "seed": SEED, "files": len(entries), "directories": len(dirs) + 1, "symlinks": len(links),
        "bytes": sum(sizes), "mib": round(sum(sizes) / MIB, 1),
        "small_files": kinds.count("small"), "medium_files": kinds.count("medium"), "large_files": kinds.count("large"),
        "largest_bytes": max(sizes), "max_depth": max(d.count("/") + 1 for d in dirs),
        "seconds_to_generate": round(time.time() - started, 1),
    }
    with open(out.rstrip("/") + ".manifest.json", "w") as f:
        json.dump(manifest, f, indent=2)
    print(json.dumps(manifest))


if __name__ == "__main__":
    main()
