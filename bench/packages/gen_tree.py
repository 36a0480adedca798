#!/usr/bin/env python3
"""Writes a deterministic monorepo of lockfiles for bench/packages/run.sh.

Usage: gen_tree.py OUT_DIR [LOCKFILES]   (default 2,000 lockfiles, about 200,000 package entries)

Every lockfile sits in its own project folder (services/NNNN-<format>/...) and is written the way its package
manager writes it: npm package-lock.json v3 (with nested node_modules copies and dev entries), yarn.lock v1,
pnpm-lock.yaml v9, pip-compile requirements.txt (some with --hash lines), poetry.lock 2.0, Cargo.lock v3,
go.mod with go.sum, Gemfile.lock, composer.lock, NuGet packages.lock.json, gradle.lockfile and Maven pom.xml
(versions partly through ${properties}). Names and versions come from pools.py, so projects share packages
the way a real monorepo's do, and gen_osv.py's advisories hit some of the pinned versions.
OUT_DIR/manifest.json records, per format, the number of files and package entries written.
"""
import hashlib
import json
import os
import random
import sys

from pools import build_pools

SEED = 7001

# (format, share of lockfiles, mean package entries per file)
FORMATS = [
    ("package-lock", 300, 230), ("yarn", 200, 200), ("pnpm", 150, 150), ("requirements", 200, 30),
    ("poetry", 150, 60), ("cargo", 150, 120), ("gomod", 200, 60), ("gemfile", 150, 50),
    ("composer", 150, 50), ("nuget-lock", 150, 40), ("gradle", 100, 80), ("pom", 100, 20),
]


def digest(*parts, n=64):
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:n]


def b64digest(*parts):
    import base64
    return base64.b64encode(hashlib.sha256("|".join(parts).encode()).digest()).decode()


def count_around(rng, mean):
    return max(3, int(rng.gauss(mean, mean * 0.35)))


def pinned(rng, pool, n):
    """n distinct (name, version) pairs from the pool."""
    return [(pool.names[i], pool.version_for_lock(rng, i)) for i in pool.sample(rng, n)]


def later_deps(rng, entries, i, most=4):
    """Indexes of a few entries after i: a dependency graph without cycles."""
    if i + 1 >= len(entries):
        return []
    return sorted(set(rng.randrange(i + 1, len(entries)) for _ in range(rng.randint(0, most))))


def caret(version):
    return "^" + version


# ---------------------------------------------------------------- JavaScript

def npm_tarball(name, version):
    return f"https://registry.npmjs.org/{name}/-/{name.split('/')[-1]}-{version}.tgz"


def package_json(project, direct, dev):
    doc = {"name": project, "version": "1.0.0", "private": True,
           "dependencies": {n: caret(v) for n, v in direct}, "devDependencies": {n: caret(v) for n, v in dev}}
    return json.dumps(doc, indent=2) + "\n"


def write_package_lock(rng, pools, project, n):
    pool = pools["npm"]
    entries = pinned(rng, pool, n)
    direct_n = max(2, len(entries) // 12)
    dev_from = direct_n - max(1, direct_n // 4)
    direct, dev = entries[:dev_from], entries[dev_from:direct_n]
    packages = {"": {"name": project, "version": "1.0.0",
                     "dependencies": {n_: caret(v) for n_, v in direct},
                     "devDependencies": {n_: caret(v) for n_, v in dev}}}
    count = 0
    nested = set()
    is_dev = rng.random() < 0.5
    for i, (name, version) in enumerate(entries):
        entry = {"version": version, "resolved": npm_tarball(name, version),
                 "integrity": "sha512-" + b64digest(name, version) + b64digest(version, name)[:42] + "=="}
        if i >= dev_from and (i < direct_n or (is_dev and i % 5 == 0)):
            entry["dev"] = True
        deps = later_deps(rng, entries, i)
        if deps:
            entry["dependencies"] = {entries[j][0]: caret(entries[j][1]) for j in deps}
        if i % 17 == 0:
            entry["license"] = "MIT"
        if i % 29 == 0:
            entry["engines"] = {"node": ">=14"}
        packages[f"node_modules/{name}"] = entry
        count += 1
        # A nested copy: the parent needs an older major of some package the root also has.
        if i % 20 == 7 and deps:
            other, other_version = entries[deps[0]]
            history = pool.histories[pool.names.index(other)]
            older = history[0] if history[0] != other_version else history[min(1, len(history) - 1)]
            # npm hoists one copy of a given name@version per parent; two identical copies are one package.
            if older != other_version and (other, older) not in nested:
                nested.add((other, older))
                entry["dependencies"][other] = older
                packages[f"node_modules/{name}/node_modules/{other}"] = {
                    "version": older, "resolved": npm_tarball(other, older),
                    "integrity": "sha512-" + b64digest(other, older) + b64digest(older, other)[:42] + "=="}
                count += 1
    lock = {"name": project, "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": packages}
    return {"package-lock.json": json.dumps(lock, indent=2) + "\n", "package.json": package_json(project, direct, dev)}, count


def yarn_key(name, spec):
    key = f"{name}@{spec}"
    return f'"{key}"' if name.startswith("@") else key


def yarn_name(name):
    return f'"{name}"' if name.startswith("@") else name


def write_yarn(rng, pools, project, n):
    entries = pinned(rng, pools["npm"], n)
    direct_n = max(2, len(entries) // 10)
    specs = {}
    for name, version in entries:
        specs[name] = [caret(version)] + ([f"~{version}"] if rng.random() < 0.12 else [])
    out = ["# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.", "# yarn lockfile v1", "", ""]
    order = sorted(range(len(entries)), key=lambda i: entries[i][0])
    for i in order:
        name, version = entries[i]
        out.append(", ".join(yarn_key(name, s) for s in specs[name]) + ":")
        out.append(f'  version "{version}"')
        out.append(f'  resolved "{npm_tarball(name, version).replace("registry.npmjs.org", "registry.yarnpkg.com")}#{digest(name, version, n=40)}"')
        out.append(f"  integrity sha512-{b64digest(name, version)}{b64digest(version, name)[:42]}==")
        deps = later_deps(rng, entries, i)
        if deps:
            out.append("  dependencies:")
            for j in sorted(deps, key=lambda j: entries[j][0]):
                out.append(f'    {yarn_name(entries[j][0])} "{specs[entries[j][0]][0]}"')
        out.append("")
    return {"yarn.lock": "\n".join(out), "package.json": package_json(project, entries[:direct_n], [])}, len(entries)


def pnpm_key(name, version):
    key = f"{name}@{version}"
    return f"'{key}'" if name.startswith("@") else key


def write_pnpm(rng, pools, project, n):
    entries = pinned(rng, pools["npm"], n)
    direct_n = max(2, len(entries) // 10)
    dev_from = direct_n - max(1, direct_n // 3)
    out = ["lockfileVersion: '9.0'", "", "settings:", "  autoInstallPeers: true", "  excludeLinksFromLockfile: false", "",
           "importers:", "", "  .:"]
    for title, part in (("dependencies", entries[:dev_from]), ("devDependencies", entries[dev_from:direct_n])):
        if part:
            out.append(f"    {title}:")
            for name, version in sorted(part):
                out.append(f"      {yarn_name(name).replace(chr(34), chr(39))}:")
                out.append(f"        specifier: {caret(version)}")
                out.append(f"        version: {version}")
    out += ["", "packages:", ""]
    order = sorted(range(len(entries)), key=lambda i: entries[i][0])
    for i in order:
        name, version = entries[i]
        out.append(f"  {pnpm_key(name, version)}:")
        out.append(f"    resolution: {{integrity: sha512-{b64digest(name, version)}}}")
        if i % 11 == 0:
            out.append("    engines: {node: '>=14'}")
        out.append("")
    out += ["snapshots:", ""]
    for i in order:
        name, version = entries[i]
        deps = later_deps(rng, entries, i)
        if not deps:
            out.append(f"  {pnpm_key(name, version)}: {{}}")
        else:
            out.append(f"  {pnpm_key(name, version)}:")
            out.append("    dependencies:")
            for j in sorted(deps, key=lambda j: entries[j][0]):
                out.append(f"      {yarn_name(entries[j][0]).replace(chr(34), chr(39))}: {entries[j][1]}")
        out.append("")
    return {"pnpm-lock.yaml": "\n".join(out), "package.json": package_json(project, entries[:dev_from], entries[dev_from:direct_n])}, len(entries)


# ---------------------------------------------------------------- Python

def write_requirements(rng, pools, project, n):
    entries = pinned(rng, pools["PyPI"], n)
    hashes = rng.random() < 0.3
    out = ["#", "# This file is autogenerated by pip-compile with Python 3.11", "# by the following command:", "#",
           "#    pip-compile" + (" --generate-hashes" if hashes else "") + " requirements.in", "#"]
    for i, (name, version) in sorted(enumerate(entries), key=lambda p: p[1][0].lower()):
        if hashes:
            out.append(f"{name}=={version} \\")
            out.append(f"    --hash=sha256:{digest(name, version)} \\")
            out.append(f"    --hash=sha256:{digest(version, name)}")
        else:
            out.append(f"{name}=={version}")
        if i >= len(entries) // 4:
            parent = entries[rng.randrange(0, max(1, len(entries) // 4))][0]
            out.append(f"    # via {parent.lower()}")
        else:
            out.append("    # via -r requirements.in")
    return {"requirements.txt": "\n".join(out) + "\n"}, len(entries)


def write_poetry(rng, pools, project, n):
    entries = pinned(rng, pools["PyPI"], n)
    out = ["# This file is automatically @generated by Poetry 1.8.2 and should not be changed by hand.", ""]
    for i, (name, version) in sorted(enumerate(entries), key=lambda p: p[1][0].lower()):
        out += ["[[package]]", f'name = "{name}"', f'version = "{version}"',
                f'description = "The {name} library for Python"', "optional = false", 'python-versions = ">=3.8"',
                "files = [",
                f'    {{file = "{name.replace("-", "_")}-{version}-py3-none-any.whl", hash = "sha256:{digest(name, version)}"}},',
                f'    {{file = "{name}-{version}.tar.gz", hash = "sha256:{digest(version, name)}"}},',
                "]", ""]
        deps = later_deps(rng, entries, i, 3)
        if deps:
            out.append("[package.dependencies]")
            for j in deps:
                out.append(f'{entries[j][0]} = ">={entries[j][1]}"')
            out.append("")
        if i % 13 == 0:
            out += ["[package.extras]", 'test = ["pytest (>=7.0)"]', ""]
    out += ["[metadata]", 'lock-version = "2.0"', 'python-versions = "^3.11"', f'content-hash = "{digest(project)}"', ""]
    return {"poetry.lock": "\n".join(out)}, len(entries)


# ---------------------------------------------------------------- Rust

def write_cargo(rng, pools, project, n):
    entries = pinned(rng, pools["crates.io"], n)
    direct_n = max(2, len(entries) // 8)
    out = ["# This file is automatically @generated by Cargo.", "# It is not intended for manual editing.", "version = 3", ""]
    rows = [(project, "0.1.0", None, list(range(direct_n)))] + [
        (name, version, i, later_deps(rng, entries, i)) for i, (name, version) in enumerate(entries)]
    for name, version, i, deps in sorted(rows, key=lambda r: r[0]):
        out += ["[[package]]", f'name = "{name}"', f'version = "{version}"']
        if i is not None:
            out += ['source = "registry+https://github.com/rust-lang/crates.io-index"', f'checksum = "{digest(name, version)}"']
        if deps:
            out.append("dependencies = [")
            out += [f' "{entries[j][0]}",' for j in sorted(deps, key=lambda j: entries[j][0])]
            out.append("]")
        out.append("")
    return {"Cargo.lock": "\n".join(out)}, len(entries)


# ---------------------------------------------------------------- Go

def write_gomod(rng, pools, project, n):
    entries = pinned(rng, pools["Go"], n)
    direct_n = max(2, len(entries) // 4)
    out = [f"module github.com/acme/{project}", "", "go 1.22", "", "require ("]
    out += [f"\t{name} {version}" for name, version in sorted(entries[:direct_n])]
    out += [")", "", "require ("]
    out += [f"\t{name} {version} // indirect" for name, version in sorted(entries[direct_n:])]
    out += [")", ""]
    sums = []
    for name, version in sorted(entries):
        sums.append(f"{name} {version} h1:{b64digest(name, version)}")
        sums.append(f"{name} {version}/go.mod h1:{b64digest(name, version, 'mod')}")
    return {"go.mod": "\n".join(out), "go.sum": "\n".join(sums) + "\n"}, len(entries)


# ---------------------------------------------------------------- Ruby

def write_gemfile(rng, pools, project, n):
    entries = pinned(rng, pools["RubyGems"], n)
    direct_n = max(2, len(entries) // 6)
    out = ["GEM", "  remote: https://rubygems.org/", "  specs:"]
    for i, (name, version) in sorted(enumerate(entries), key=lambda p: p[1][0]):
        out.append(f"    {name} ({version})")
        for j in sorted(later_deps(rng, entries, i, 3), key=lambda j: entries[j][0]):
            out.append(f"      {entries[j][0]} (>= {entries[j][1].rsplit('.', 1)[0]})")
    out += ["", "PLATFORMS", "  ruby", "  x86_64-linux", "", "DEPENDENCIES"]
    out += [f"  {name} (~> {version.rsplit('.', 1)[0]})" for name, version in sorted(entries[:direct_n])]
    out += ["", "BUNDLED WITH", "   2.5.6", ""]
    return {"Gemfile.lock": "\n".join(out)}, len(entries)


# ---------------------------------------------------------------- PHP

def write_composer(rng, pools, project, n):
    entries = pinned(rng, pools["Packagist"], n)
    dev_from = len(entries) - max(1, len(entries) // 6)

    def package(i):
        name, version = entries[i]
        doc = {"name": name, "version": ("v" + version) if i % 3 == 0 else version,
               "source": {"type": "git", "url": f"https://github.com/{name}.git", "reference": digest(name, version, n=40)},
               "dist": {"type": "zip", "url": f"https://api.github.com/repos/{name}/zipball/{digest(name, version, n=40)}",
                        "reference": digest(name, version, n=40), "shasum": ""},
               "require": {"php": ">=8.1", **{entries[j][0]: caret(entries[j][1]) for j in later_deps(rng, entries, i, 3)}},
               "type": "library", "license": ["MIT"], "description": f"The {name} package"}
        return doc

    lock = {"_readme": ["This file locks the dependencies of your project to a known state",
                        "Read more about it at https://getcomposer.org/doc/01-basic-usage.md#installing-dependencies",
                        "This file is @generated automatically"],
            "content-hash": digest(project, n=32),
            "packages": [package(i) for i in range(dev_from)],
            "packages-dev": [package(i) for i in range(dev_from, len(entries))],
            "aliases": [], "minimum-stability": "stable", "stability-flags": [], "prefer-stable": True,
            "prefer-lowest": False, "platform": {"php": ">=8.1"}, "platform-dev": [], "plugin-api-version": "2.6.0"}
    return {"composer.lock": json.dumps(lock, indent=4) + "\n"}, len(entries)


# ---------------------------------------------------------------- .NET

def write_nuget_lock(rng, pools, project, n):
    entries = pinned(rng, pools["NuGet"], n)
    direct_n = max(2, len(entries) // 5)
    target = {}
    for i, (name, version) in enumerate(entries):
        entry = {"type": "Direct", "requested": f"[{version}, )"} if i < direct_n else {"type": "Transitive"}
        entry["resolved"] = version
        entry["contentHash"] = b64digest(name, version) + b64digest(version, name)
        deps = later_deps(rng, entries, i, 3)
        if deps:
            entry["dependencies"] = {entries[j][0]: entries[j][1] for j in deps}
        target[name] = entry
    ordered = dict(sorted(target.items(), key=lambda kv: (kv[1]["type"] != "Direct", kv[0].lower())))
    lock = {"version": 1, "dependencies": {"net8.0": ordered}}
    return {"packages.lock.json": json.dumps(lock, indent=2) + "\n"}, len(entries)


# ---------------------------------------------------------------- Java

def write_gradle(rng, pools, project, n):
    entries = pinned(rng, pools["Maven"], n)
    out = ["# This is a Gradle generated file for dependency locking.", "# Manual edits can break the build and are not advised.",
           "# This file is expected to be part of source control."]
    for i, (name, version) in sorted(enumerate(entries), key=lambda p: p[1][0]):
        configs = "compileClasspath,runtimeClasspath,testCompileClasspath,testRuntimeClasspath" if i % 4 else "testCompileClasspath,testRuntimeClasspath"
        out.append(f"{name}:{version}={configs}")
    out += ["empty=annotationProcessor,testAnnotationProcessor", ""]
    return {"gradle.lockfile": "\n".join(out)}, len(entries)


def write_pom(rng, pools, project, n):
    entries = pinned(rng, pools["Maven"], n)
    props = {}
    deps = []
    for i, (name, version) in enumerate(entries):
        group, artifact = name.split(":")
        if i % 3 == 0:
            prop = f"{artifact}.version"
            props[prop] = version
            written = "${" + prop + "}"
        else:
            written = version
        scope = "\n      <scope>test</scope>" if i % 7 == 6 else ""
        deps.append(f"    <dependency>\n      <groupId>{group}</groupId>\n      <artifactId>{artifact}</artifactId>\n"
                    f"      <version>{written}</version>{scope}\n    </dependency>")
    prop_lines = "\n".join(f"    <{k}>{v}</{k}>" for k, v in props.items())
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.acme</groupId>
  <artifactId>{project}</artifactId>
  <version>1.0.0-SNAPSHOT</version>
  <packaging>jar</packaging>

  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
{prop_lines}
  </properties>

  <dependencies>
{chr(10).join(deps)}
  </dependencies>

  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.11.0</version>
      </plugin>
    </plugins>
  </build>
</project>
"""
    return {"pom.xml": text}, len(entries)


WRITERS = {"package-lock": write_package_lock, "yarn": write_yarn, "pnpm": write_pnpm, "requirements": write_requirements,
           "poetry": write_poetry, "cargo": write_cargo, "gomod": write_gomod, "gemfile": write_gemfile,
           "composer": write_composer, "nuget-lock": write_nuget_lock, "gradle": write_gradle, "pom": write_pom}


def main():
    out = sys.argv[1]
    lockfiles = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    rng = random.Random(SEED)
    pools = build_pools()
    total_share = sum(share for _, share, _ in FORMATS)
    plan = []
    for fmt, share, mean in FORMATS:
        plan += [(fmt, mean)] * max(1, round(lockfiles * share / total_share))
    rng.shuffle(plan)
    manifest = {"lockfiles": 0, "entries": 0, "bytes": 0, "formats": {}}
    for index, (fmt, mean) in enumerate(plan):
        team = f"team-{index % 40:02d}"
        project = f"svc-{index:04d}-{fmt}"
        folder = os.path.join(out, "services", team, project)
        os.makedirs(folder, exist_ok=True)
        files, count = WRITERS[fmt](rng, pools, project, count_around(rng, mean))
        for name, text in files.items():
            with open(os.path.join(folder, name), "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
            manifest["bytes"] += len(text.encode())
        stats = manifest["formats"].setdefault(fmt, {"files": 0, "entries": 0})
        stats["files"] += 1
        stats["entries"] += count
        manifest["lockfiles"] += 1
        manifest["entries"] += count
    with open(out.rstrip("/") + ".manifest.json", "w") as f:
        json.dump(manifest, f, indent=2)
    print(f"{manifest['lockfiles']} lockfiles, {manifest['entries']} package entries, {manifest['bytes'] / 1048576:.1f} MB in {out}")


if __name__ == "__main__":
    main()
