#!/usr/bin/env python3
"""Writes a deterministic synthetic OSV export for bench/packages/run.sh, laid out like OSV's public bucket.

Usage: gen_osv.py OUT_DIR [ADVISORIES]   (default 500,000 advisories)

OUT_DIR/<Ecosystem>/all.zip holds one <ID>.json per advisory, in the OSV schema (1.6): id, modified,
published, aliases (CVE-…), related, summary, details, severity (CVSS_V3 vectors on most, some CVSS_V4),
affected[] with package {ecosystem, name, purl}, SEMVER/ECOSYSTEM ranges with introduced/fixed/last_affected
events, `versions` lists where the real feeds have them (PyPI, malicious-package reports), ecosystem_specific
and database_specific, references. Records are 1–4 KB of JSON, like real ones.

The mix follows OSV's real one: npm dominated by malicious-package (MAL-) reports, then the Linux distributions
(Debian, Ubuntu, Alpine, Red Hat and its rebuilds, whose records carry many affected entries: one per release or
per binary package), then PyPI, Maven, Go, Packagist, crates.io, RubyGems, NuGet. A share of each language
ecosystem's advisories names packages of pools.py (the ones gen_tree.py pins), popular packages more often,
with fixed versions inside their release histories, so a scan of the tree matches for real; PYSEC and GO
records are partly twinned with GHSA records that alias them, as the real feeds are.
Nothing here is a real advisory; every id, CVE number and text is generated.
OUT_DIR/manifest.json records the advisories, entries and zip bytes per ecosystem.
"""
import json
import multiprocessing
import os
import random
import sys
import zipfile

from pools import build_pools, SHAPES, word

SEED = 9090

# (bucket folder, share of the total per 500,000, advisories naming pool packages per 500,000)
MIX = [
    ("npm", 190_000, 1_200), ("PyPI", 25_000, 800), ("Maven", 6_000, 450), ("Go", 5_000, 350),
    ("crates.io", 2_000, 150), ("RubyGems", 1_500, 120), ("Packagist", 5_000, 300), ("NuGet", 1_500, 110),
    ("Debian", 80_000, 0), ("Ubuntu", 85_000, 0), ("Alpine", 60_000, 0), ("Red Hat", 25_000, 0),
    ("AlmaLinux", 8_000, 0), ("Rocky Linux", 6_000, 0),
]

GHSA_ALPHABET = "23456789cfghjmpqrvwx"
PURL_TYPES = {"npm": "npm", "PyPI": "pypi", "Go": "golang", "crates.io": "cargo", "Maven": "maven",
              "NuGet": "nuget", "RubyGems": "gem", "Packagist": "composer"}
RELEASES = {
    "Debian": ["Debian:11", "Debian:12", "Debian:13"],
    "Ubuntu": ["Ubuntu:20.04:LTS", "Ubuntu:22.04:LTS", "Ubuntu:24.04:LTS", "Ubuntu:24.10", "Ubuntu:Pro:18.04:LTS", "Ubuntu:Pro:16.04:LTS"],
    "Alpine": ["Alpine:v3.17", "Alpine:v3.18", "Alpine:v3.19", "Alpine:v3.20", "Alpine:v3.21"],
    "Red Hat": ["Red Hat:enterprise_linux:9::appstream", "Red Hat:enterprise_linux:9::baseos", "Red Hat:enterprise_linux:8::appstream"],
    "AlmaLinux": ["AlmaLinux:9", "AlmaLinux:8"],
    "Rocky Linux": ["Rocky Linux:9", "Rocky Linux:8"],
}

SUBJECTS = ("An attacker", "A remote, unauthenticated attacker", "A malicious user", "A crafted request", "Untrusted input",
            "A specially crafted archive", "A local user", "A malicious website")
VERBS = ("can trigger", "may cause", "is able to achieve", "could lead to", "results in", "allows")
IMPACTS = ("a denial of service through uncontrolled recursion", "arbitrary code execution", "prototype pollution",
           "a path traversal outside the intended directory", "server-side request forgery", "cross-site scripting in rendered pages",
           "an out-of-bounds read", "a heap-based buffer overflow", "exposure of sensitive information in logs",
           "regular expression denial of service (ReDoS)", "SQL injection through an unescaped parameter",
           "an integer overflow when parsing headers", "improper certificate validation", "a use-after-free",
           "unbounded memory allocation", "an authentication bypass", "XML external entity expansion")
CONTEXTS = ("when parsing untrusted input", "in the default configuration", "when the option is enabled",
            "through the public API", "while decoding a compressed stream", "during session handling",
            "in the template renderer", "when following redirects", "in the command-line interface")
ADVICE = ("Users are advised to upgrade to the fixed release.", "There are no known workarounds.",
          "As a workaround, disable the affected feature or validate input before passing it on.",
          "The issue was found by fuzzing and reported through the project's security policy.",
          "The maintainers thank the reporter for coordinated disclosure.",
          "Applications that do not expose this functionality to untrusted users are not affected.")
CWES = ["CWE-20", "CWE-22", "CWE-79", "CWE-89", "CWE-94", "CWE-125", "CWE-200", "CWE-287", "CWE-352", "CWE-400",
        "CWE-416", "CWE-502", "CWE-611", "CWE-787", "CWE-918", "CWE-1321", "CWE-1333"]


def ghsa(rng):
    return "GHSA-" + "-".join("".join(rng.choice(GHSA_ALPHABET) for _ in range(4)) for _ in range(3))


def stamp(rng, year):
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def details(rng, name, cve):
    sentences = [f"{name} is vulnerable to {rng.choice(IMPACTS)}.",
                 f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(IMPACTS)} {rng.choice(CONTEXTS)}."]
    for _ in range(rng.randint(1, 7)):
        r = rng.random()
        if r < 0.45:
            sentences.append(f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(IMPACTS)} {rng.choice(CONTEXTS)}.")
        elif r < 0.75:
            sentences.append(rng.choice(ADVICE))
        else:
            sentences.append(f"This vulnerability is tracked as {cve} and affects the `{word(rng)}` and `{word(rng)}` functions "
                             f"of {name} {rng.choice(CONTEXTS)}.")
    if rng.random() < 0.4:
        sentences.append(f"\n\n### Patches\nFixed by commit {rng.getrandbits(160):040x}.\n\n### References\n* {cve}")
    return " ".join(sentences)


def cvss3(rng):
    m = [("AV", "NNNALP"), ("AC", "LLLH"), ("PR", "NNLH"), ("UI", "NNR"), ("S", "UUUC"), ("C", "HHLN"), ("I", "HLNN"), ("A", "HHLN")]
    return f"CVSS:3.{rng.choice('01')}/" + "/".join(f"{k}:{rng.choice(v)}" for k, v in m)


def cvss4(rng):
    m = [("AV", "NNAL"), ("AC", "LLH"), ("AT", "NNP"), ("PR", "NNL"), ("UI", "NNP"), ("VC", "HHLN"), ("VI", "HLN"),
         ("VA", "HLN"), ("SC", "NNL"), ("SI", "NNL"), ("SA", "NNL")]
    return "CVSS:4.0/" + "/".join(f"{k}:{rng.choice(v)}" for k, v in m)


def severity(rng):
    r = rng.random()
    if r < 0.62:
        return [{"type": "CVSS_V3", "score": cvss3(rng)}]
    if r < 0.70:
        return [{"type": "CVSS_V3", "score": cvss3(rng)}, {"type": "CVSS_V4", "score": cvss4(rng)}]
    if r < 0.74:
        return [{"type": "CVSS_V4", "score": cvss4(rng)}]
    return []


def references(rng, cve, repo, advisory_url):
    refs = [{"type": "ADVISORY", "url": f"https://nvd.nist.gov/vuln/detail/{cve}"}]
    if advisory_url:
        refs.append({"type": "ADVISORY", "url": advisory_url})
    for _ in range(rng.randint(0, 3)):
        kind = rng.choice(("WEB", "FIX", "REPORT", "WEB"))
        if kind == "FIX":
            refs.append({"type": "FIX", "url": f"https://github.com/{repo}/commit/{rng.getrandbits(160):040x}"})
        elif kind == "REPORT":
            refs.append({"type": "REPORT", "url": f"https://github.com/{repo}/issues/{rng.randint(10, 9999)}"})
        else:
            refs.append({"type": "WEB", "url": f"https://github.com/{repo}/releases/tag/v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}"})
    refs.append({"type": "PACKAGE", "url": f"https://github.com/{repo}"})
    return refs


def purl(ecosystem, name):
    if ecosystem == "Maven":
        group, artifact = name.split(":", 1)
        return f"pkg:maven/{group}/{artifact}"
    if name.startswith("@"):
        return f"pkg:npm/%40{name[1:]}"
    return f"pkg:{PURL_TYPES[ecosystem]}/{name}"


def osv_version(ecosystem, version):
    return version[1:] if ecosystem == "Go" and version.startswith("v") else version


def pypi_normal(name):
    out, last = [], ""
    for ch in name.lower():
        if ch in "-_.":
            if last != "-":
                out.append("-")
            last = "-"
        else:
            out.append(ch)
            last = ch
    return "".join(out)


def language_ranges(rng, ecosystem, history):
    """One range inside the package's history: earlier releases affected, the fix a later one."""
    versions = [osv_version(ecosystem, v) for v in history]
    n = len(versions)
    fixed_at = rng.randint(1, n - 1) if n > 1 else None
    intro_at = 0 if rng.random() < 0.6 or not fixed_at else rng.randint(0, fixed_at - 1)
    events = [{"introduced": "0" if intro_at == 0 else versions[intro_at]}]
    r = rng.random()
    if fixed_at is None or r < 0.02:
        affected = versions[intro_at:]
    elif r < 0.08:
        events.append({"last_affected": versions[fixed_at - 1]})
        affected = versions[intro_at:fixed_at]
    else:
        events.append({"fixed": versions[fixed_at]})
        affected = versions[intro_at:fixed_at]
    kind = "SEMVER" if ecosystem in ("npm", "Go", "crates.io") else "ECOSYSTEM"
    return [{"type": kind, "events": events}], affected


def made_up_history(rng, ecosystem):
    a, b, c = rng.randint(0, 6), rng.randint(0, 20), rng.randint(0, 9)
    out = []
    for _ in range(rng.randint(3, 12)):
        c += rng.randint(1, 3)
        out.append(("v" if ecosystem == "Go" else "") + f"{a}.{b}.{c}")
    return out


class Ids:
    """Unique ids across the whole export: CVE numbers from one counter per generator process and ecosystem offset."""

    def __init__(self, ecosystem_index):
        self.cve = 10_000 + ecosystem_index * 200_000
        self.seen = set()

    def next_cve(self, rng):
        self.cve += 1
        year = 2015 + (self.cve * 7919) % 11
        return f"CVE-{year}-{self.cve}"

    def unique_ghsa(self, rng):
        while True:
            value = ghsa(rng)
            if value not in self.seen:
                self.seen.add(value)
                return value


def language_record(rng, ecosystem, ids, serial, pool, targeted):
    cve = ids.next_cve(rng)
    year = int(cve.split("-")[1])
    if targeted:
        # Popular packages collect more advisories, but the long tail gets its share too.
        index = pool.pick(rng) if rng.random() < 0.5 else rng.randrange(len(pool.names))
        name, history = pool.names[index], pool.histories[index]
    else:
        name = SHAPES[ecosystem](rng)
        while pool.key(name) in pool.keys:
            name = SHAPES[ecosystem](rng)
        history = made_up_history(rng, ecosystem)
    shown = pypi_normal(name) if ecosystem == "PyPI" and rng.random() < 0.3 else name
    ranges, affected_versions = language_ranges(rng, ecosystem, history)
    repo = f"{word(rng)}/{name.split('/')[-1].split(':')[-1]}"
    prefix = {"PyPI": "PYSEC", "Go": "GO", "crates.io": "RUSTSEC"}.get(ecosystem)
    own = prefix is not None and rng.random() < 0.5
    ghsa_id = ids.unique_ghsa(rng)
    if own:
        number = serial if ecosystem != "crates.io" else 1000 + serial
        advisory_id = f"{prefix}-{year}-{number:04d}" if prefix != "PYSEC" else f"PYSEC-{year}-{number}"
        aliases = [cve, ghsa_id]
    else:
        advisory_id, aliases = ghsa_id, [cve]
    entry = {"package": {"ecosystem": ecosystem, "name": shown, "purl": purl(ecosystem, shown)}, "ranges": ranges}
    if ecosystem == "PyPI" or rng.random() < 0.1:
        entry["versions"] = affected_versions
    entry["database_specific"] = {"source": f"https://github.com/github/advisory-database/blob/main/advisories/github-reviewed/{year}/{rng.randint(1, 12):02d}/{ghsa_id}/{ghsa_id}.json"}
    if ecosystem == "Go":
        entry["ecosystem_specific"] = {"imports": [{"path": f"{name}/{word(rng)}", "symbols": [word(rng).capitalize() + word(rng).capitalize() for _ in range(rng.randint(1, 4))]}]}
    published = stamp(rng, year)
    record = {
        "schema_version": "1.6.0", "id": advisory_id, "modified": stamp(rng, 2025), "published": published, "aliases": aliases,
        "summary": f"{name} {rng.choice(IMPACTS)}", "details": details(rng, name, cve),
        "severity": severity(rng), "affected": [entry],
        "references": references(rng, cve, repo, f"https://github.com/advisories/{ghsa_id}" if own else None),
        "database_specific": {"cwe_ids": sorted(set(rng.sample(CWES, rng.randint(1, 2)))), "severity": rng.choice(("LOW", "MODERATE", "HIGH", "CRITICAL")),
                              "github_reviewed": True, "github_reviewed_at": published, "nvd_published_at": published},
    }
    records = [record]
    # The GHSA twin of a PYSEC/GO/RUSTSEC record: same vulnerability, aliasing it back, as in the real feeds.
    if own and rng.random() < 0.6:
        twin = dict(record, id=ghsa_id, aliases=[cve, advisory_id], modified=stamp(rng, 2025))
        records.append(twin)
    return records


def malicious_record(rng, ecosystem, serial, pool):
    serial += 0 if ecosystem == "npm" else 400_000
    # Typo-squats and look-alikes of popular names, never a name the projects really use.
    while True:
        base = pool.names[pool.pick(rng)]
        r = rng.random()
        if r < 0.35:
            name = base + rng.choice(("-js", "-utils", "2", "-dev", "-plus", "-core"))
        elif r < 0.55 and len(base) > 4:
            i = rng.randrange(1, len(base) - 1)
            name = base[:i] + base[i + 1] + base[i] + base[i + 2:]
        else:
            name = SHAPES[ecosystem](rng)
        if pool.key(name) not in pool.keys:
            break
    year = 2022 + serial % 4
    versions = [f"{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}" for _ in range(rng.randint(1, 4))]
    entry = {"package": {"ecosystem": ecosystem, "name": name, "purl": purl(ecosystem, name)}}
    if rng.random() < 0.5:
        entry["versions"] = sorted(set(versions))
    else:
        entry["ranges"] = [{"type": "SEMVER" if ecosystem == "npm" else "ECOSYSTEM", "events": [{"introduced": "0"}]}]
    entry["database_specific"] = {"source": f"https://github.com/ossf/malicious-packages/blob/main/osv/malicious/{ecosystem.lower()}/{name}/MAL-{year}-{serial}.json"}
    text = (f"\n---\n_-= Per source details. Do not edit below this line.=-_\n\n## Source: ossf-package-analysis "
            f"({rng.getrandbits(256):064x})\nThe OpenSSF Package Analysis project identified '{name}' @ {versions[0]} ({ecosystem}) as malicious.\n\n"
            f"It is considered malicious because:\n\n- The package communicates with a domain associated with malicious activity.\n"
            + ("- The package executes one or more commands associated with malicious behavior.\n" if rng.random() < 0.6 else "")
            + ("- The package installs a backdoor that downloads a second stage.\n" if rng.random() < 0.3 else ""))
    return [{
        "schema_version": "1.6.0", "id": f"MAL-{year}-{serial}", "modified": stamp(rng, 2025), "published": stamp(rng, year),
        "summary": f"Malicious code in {name} ({ecosystem})", "details": text, "affected": [entry],
        "credits": [{"name": "OpenSSF: Package Analysis", "contact": ["https://github.com/ossf/package-analysis"], "type": "FINDER"}],
        "database_specific": {"malicious-packages-origins": [{"source": "ossf-package-analysis", "sha256": f"{rng.getrandbits(256):064x}",
                                                              "import_time": stamp(rng, 2025), "versions": sorted(set(versions))}]},
    }]


def os_version(rng, folder):
    a, b, c = rng.randint(0, 9), rng.randint(0, 30), rng.randint(0, 12)
    if folder == "Debian":
        return f"{a}.{b}.{c}-{rng.randint(1, 6)}" + rng.choice(("", "+deb12u1", "+deb11u3", "~deb12u2"))
    if folder == "Ubuntu":
        return f"{a}.{b}.{c}-{rng.randint(1, 6)}ubuntu{rng.randint(0, 3)}.{rng.randint(1, 9)}"
    if folder == "Alpine":
        return f"{a}.{b}.{c}-r{rng.randint(0, 9)}"
    dist = "el9" if rng.random() < 0.6 else "el8"
    return f"{rng.choice(('0:', '1:', ''))}{a}.{b}.{c}-{rng.randint(1, 40)}.{dist}_{rng.randint(0, 5)}"


def os_record(rng, folder, ids, serial, source_names):
    cve = ids.next_cve(rng)
    year = int(cve.split("-")[1])
    source = source_names[int(len(source_names) * rng.random() ** 2)]
    releases = RELEASES[folder]
    affected = []
    if folder in ("Red Hat", "AlmaLinux", "Rocky Linux"):
        prefix = {"Red Hat": "RHSA", "AlmaLinux": "ALSA", "Rocky Linux": "RLSA"}[folder]
        advisory_id = f"{prefix}-{year}:{serial:05d}"
        release = rng.choice(releases)
        fixed = os_version(rng, folder)
        for suffix in ([""] + rng.sample(["-devel", "-libs", "-debuginfo", "-debugsource", "-doc", "-tools", "-common", "-utils",
                                            "-devel-debuginfo", "-libs-debuginfo", "-static", "-headers", "-server", "-client"], rng.randint(2, 13))):
            affected.append({"package": {"ecosystem": release, "name": source + suffix, "purl": f"pkg:rpm/redhat/{source}{suffix}"},
                             "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": fixed}]}]})
        aliases = [cve]
    else:
        prefix = {"Debian": "DEBIAN", "Ubuntu": "UBUNTU", "Alpine": "ALPINE"}[folder]
        advisory_id = f"{prefix}-{cve}"
        aliases = []
        for release in rng.sample(releases, rng.randint(1, len(releases))):
            events = [{"introduced": "0"}]
            if rng.random() < 0.8:
                events.append({"fixed": os_version(rng, folder)})
            entry = {"package": {"ecosystem": release, "name": source,
                                 "purl": f"pkg:{'apk/alpine' if folder == 'Alpine' else 'deb/' + folder.lower()}/{source}"},
                     "ranges": [{"type": "ECOSYSTEM", "events": events}]}
            if folder == "Ubuntu":
                entry["ecosystem_specific"] = {"binaries": [{"binary_name": source + s, "binary_version": os_version(rng, folder)}
                                                            for s in rng.sample(["", "-dev", "-doc", "-bin", "1", "-common", "-data", "-dbg", "-utils"], rng.randint(1, 6))],
                                               "availability": "No subscription needed"}
            elif folder == "Debian":
                entry["ecosystem_specific"] = {"urgency": rng.choice(("not yet assigned", "low", "medium", "high", "unimportant"))}
            affected.append(entry)
    return [{
        "schema_version": "1.7.0", "id": advisory_id, "modified": stamp(rng, 2025), "published": stamp(rng, year),
        "upstream": [cve], "aliases": aliases,
        "summary": f"{source} {rng.choice(IMPACTS)}" if folder not in ("Debian", "Alpine") else "",
        "details": details(rng, source, cve), "severity": severity(rng) if folder != "Ubuntu" else [{"type": "Ubuntu", "score": rng.choice(("low", "medium", "high"))}],
        "affected": affected,
        "references": [{"type": "ADVISORY", "url": f"https://security-tracker.debian.org/tracker/{cve}" if folder == "Debian"
                        else f"https://ubuntu.com/security/{cve}" if folder == "Ubuntu" else f"https://security.alpinelinux.org/vuln/{cve}"
                        if folder == "Alpine" else f"https://access.redhat.com/errata/{advisory_id.replace('RLSA', 'RHSA').replace('ALSA', 'RHSA')}"},
                       {"type": "WEB", "url": f"https://www.cve.org/CVERecord?id={cve}"}],
    }]


def os_source_names(seed):
    rng = random.Random(f"{seed}:os")
    stems = ("lib", "python3-", "golang-", "node-", "perl-", "ruby-", "php-", "")
    names = set()
    while len(names) < 4000:
        names.add(rng.choice(stems) + word(rng) + rng.choice(("", "", "2", "3", "-utils", "-tools")))
    return sorted(names)


def write_ecosystem(job):
    out, folder, index, total, targeted = job
    rng = random.Random(f"{SEED}:{folder}")
    ids = Ids(index)
    pools = build_pools()
    pool = pools.get(folder)
    sources = os_source_names(SEED) if pool is None else None
    path = os.path.join(out, folder, "all.zip")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    written, entries, raw = 0, 0, 0
    malicious = {"npm": total - targeted - 11_000 * total // 190_000, "PyPI": total - targeted - 7_000 * total // 25_000}.get(folder, 0)
    malicious = max(0, malicious)
    names_seen = set()
    with zipfile.ZipFile(path + ".tmp", "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        serial = 0
        while written < total:
            serial += 1
            if pool is None:
                records = os_record(rng, folder, ids, serial, sources)
            elif written < malicious:
                records = malicious_record(rng, folder, serial, pool)
            else:
                records = language_record(rng, folder, ids, serial, pool, targeted=written - malicious < targeted)
            for record in records:
                if record["id"] in names_seen or written >= total:
                    continue
                names_seen.add(record["id"])
                data = json.dumps(record, indent=2, ensure_ascii=False).encode()
                info = zipfile.ZipInfo(record["id"] + ".json", date_time=(2025, 11, 20, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, data, compresslevel=6)
                written += 1
                entries += len(record["affected"])
                raw += len(data)
    os.replace(path + ".tmp", path)
    return folder, written, entries, raw, os.path.getsize(path)


def main():
    out = sys.argv[1]
    total = int(sys.argv[2]) if len(sys.argv) > 2 else 500_000
    scale = total / 500_000
    jobs = [(out, folder, i, max(1, round(share * scale)), round(targeted * scale)) for i, (folder, share, targeted) in enumerate(MIX)]
    jobs.sort(key=lambda j: -j[3])
    with multiprocessing.Pool(os.cpu_count()) as workers:
        results = workers.map(write_ecosystem, jobs, chunksize=1)
    manifest = {"advisories": 0, "affected_entries": 0, "json_bytes": 0, "zip_bytes": 0, "ecosystems": {}}
    for folder, written, entries, raw, size in sorted(results):
        manifest["ecosystems"][folder] = {"advisories": written, "affected_entries": entries, "json_bytes": raw, "zip_bytes": size}
        manifest["advisories"] += written
        manifest["affected_entries"] += entries
        manifest["json_bytes"] += raw
        manifest["zip_bytes"] += size
    with open(out.rstrip("/") + ".manifest.json", "w") as f:
        json.dump(manifest, f, indent=2)
    print(f"{manifest['advisories']} advisories ({manifest['affected_entries']} affected entries), "
          f"{manifest['json_bytes'] / 1048576:.0f} MB of JSON in {manifest['zip_bytes'] / 1048576:.0f} MB of zips under {out}")


if __name__ == "__main__":
    main()
