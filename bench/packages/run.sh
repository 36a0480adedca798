#!/usr/bin/env bash
# Bulwark's vulnerable-components room at full size: import of an OSV-sized database, scan of a monorepo of
# lockfiles, SBOM of it, and the download path from a local mirror.
# Usage: bench/packages/run.sh [LOCKFILES] [ADVISORIES] [RUNS]     (defaults: 2,000 lockfiles, 500,000 advisories, 3 runs)
#        WORK=/some/dir bench/packages/run.sh ...                   (default work dir /tmp/bulwark-bench-packages)
# Generates the data once (deterministic), publishes Bulwark in Release, then measures under /usr/bin/time -v
# RUNS times each and prints medians; writes the table to bench/packages/results.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
lockfiles=${1:-2000}
advisories=${2:-500000}
runs=${3:-3}
work=${WORK:-/tmp/bulwark-bench-packages}
tree=$work/tree-$lockfiles
osv=$work/osv-$advisories
bin=$work/bulwark/bulwark
mkdir -p "$work"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
[ -x /usr/bin/time ] || as_root apt-get install -y --no-install-recommends time

[ -f "$tree.manifest.json" ] || { rm -rf "$tree"; python3 "$here/gen_tree.py" "$tree" "$lockfiles"; }
[ -f "$osv.manifest.json" ] || { rm -rf "$osv"; python3 "$here/gen_osv.py" "$osv" "$advisories"; }
dotnet publish "$repo/src/Bulwark.Cli" -c Release -o "$work/bulwark" --nologo -v quiet >/dev/null
cat $(find "$tree" -type f) "$osv"/*/all.zip > /dev/null   # warm the page cache

# One measured command: /usr/bin/time -v's wall clock and peak RSS go to times.tsv as "name<TAB>seconds<TAB>KB".
measure() {
  local name=$1; shift
  /usr/bin/time -v -o "$work/time.txt" "$@" > "$work/$name.out" 2> "$work/$name.err" || {
    echo "$name failed:"; cat "$work/$name.err"; exit 1; }
  python3 - "$work/time.txt" "$name" >> "$work/times.tsv" <<'PY'
import sys
fields = dict(l.strip().split(": ", 1) for l in open(sys.argv[1]) if ": " in l)
clock = fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":")
seconds = sum(float(p) * 60 ** i for i, p in enumerate(reversed(clock)))
print(f"{sys.argv[2]}\t{seconds:.3f}\t{fields['Maximum resident set size (kbytes)']}")
PY
}

: > "$work/times.tsv"
for i in $(seq "$runs"); do
  rm -rf "$work/cache"
  measure import "$bin" db import "$osv" --cache-dir "$work/cache"
  du -b "$work/cache/osv/osv.db" | cut -f1 > "$work/db-bytes"
done
for i in $(seq "$runs"); do
  measure scan "$bin" scan "$tree" --scanners packages --cache-dir "$work/cache" --fail-on none --quiet --output "json=$work/report.json"
done
for i in $(seq "$runs"); do
  measure sbom "$bin" sbom "$tree" -o "$work/bom.json"
done
# Inventory alone (no database): the scan's share that is reading and extracting lockfiles.
for i in $(seq "$runs"); do
  measure inventory "$bin" scan "$tree" --scanners packages --cache-dir "$work/empty-cache" --fail-on none --quiet --output "json=$work/inventory.json"
done

# The download path at full size: the same zips served over HTTP from 127.0.0.1, fetched and imported once.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# serve.py is python3 -m http.server plus the bucket's ETag and x-goog-hash md5 (which the download is checked against).
python3 "$here/serve.py" "$osv" "$port" > "$work/http.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 300); do python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/')" 2>/dev/null && break; sleep 0.1; done
rm -rf "$work/cache2"
measure update "$bin" db update --mirror "http://127.0.0.1:$port/" --cache-dir "$work/cache2"
kill $server; trap - EXIT

python3 - "$work" "$tree" "$osv" "$runs" "$here/results.md" <<'PY'
import collections, datetime, json, os, platform, statistics, subprocess, sys
work, tree, osv, runs, results = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
rows = [l.rstrip("\n").split("\t") for l in open(f"{work}/times.tsv") if "\t" in l]
def stats(name):
    times = [float(r[1]) for r in rows if r[0] == name]
    rss = [int(r[2]) / 1024 for r in rows if r[0] == name]
    return statistics.median(times), min(times), max(times), statistics.median(rss), len(times)
tree_m = json.load(open(tree + ".manifest.json"))
osv_m = json.load(open(osv + ".manifest.json"))
report = json.load(open(f"{work}/report.json"))
bom = json.load(open(f"{work}/bom.json"))
inventory = json.load(open(f"{work}/inventory.json"))
db_bytes = int(open(f"{work}/db-bytes").read())
findings = report["findings"]
rules = collections.Counter(f["ruleId"] for f in findings)
parse_errors = rules.get("packages/parse-error", 0)
vulns = [f for f in findings if not f["ruleId"].startswith("packages/")]
by_eco = collections.Counter(f["properties"].get("ecosystem", "?") for f in vulns)
checked = next((n["message"] for n in report.get("notes", []) if n["message"].startswith("checked")), "(no 'checked' note)")
mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
dotnet = subprocess.run(["dotnet", "--version"], capture_output=True, text=True).stdout.strip()
update_err = open(f"{work}/update.err").read().strip().splitlines() + open(f"{work}/update.out").read().strip().splitlines()
import_line = (open(f"{work}/import.out").read() + open(f"{work}/import.err").read()).strip().splitlines()

out = []
out.append(f"Machine: {os.cpu_count()} cores ({cpu}), {mem:.0f} GB RAM, {platform.platform()}, .NET SDK {dotnet}; "
           f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC. Page cache warm; medians of {runs} runs (min–max in brackets).\n")
out.append(f"Tree: {tree_m['lockfiles']:,} lockfiles, {tree_m['entries']:,} package entries, {tree_m['bytes'] / 1048576:.1f} MB "
           "(" + ", ".join(f"{k} {v['files']}/{v['entries']:,}" for k, v in sorted(tree_m["formats"].items())) + " — files/entries).")
out.append(f"OSV export: {osv_m['advisories']:,} advisories, {osv_m['affected_entries']:,} affected entries, "
           f"{osv_m['json_bytes'] / 1048576:,.0f} MB of JSON in {osv_m['zip_bytes'] / 1048576:,.0f} MB of zips over {len(osv_m['ecosystems'])} ecosystems "
           "(" + ", ".join(f"{k} {v['advisories']:,}" for k, v in sorted(osv_m["ecosystems"].items(), key=lambda kv: -kv[1]["advisories"])) + ").\n")
out.append("| step | command | median s | peak RSS MB | result |")
out.append("|---|---|---|---|---|")
def row(name, command, result, target=None):
    med, lo, hi, rss, n = stats(name)
    ok = "" if target is None else (" ✅" if med < target else " ❌") + f" (target < {target} s)"
    out.append(f"| {name} | `{command}` | {med:.2f} [{lo:.2f}–{hi:.2f}]{ok} | {rss:.0f} | {result} |")
row("import", "bulwark db import OSV --cache-dir C", f"database {db_bytes / 1048576:,.0f} MB on disk ({db_bytes:,} bytes)", 60)
row("scan", "bulwark scan TREE --scanners packages --cache-dir C --output json=…",
    f"{len(vulns):,} vulnerability findings, {parse_errors} parse errors; {checked.split(' against')[0]}", 5)
row("inventory", "the same scan with no database", f"{inventory['summary']['filesScanned']:,} files read, extraction only")
row("sbom", "bulwark sbom TREE -o bom.json", f"{len(bom['components']):,} distinct components, {len(bom.get('dependencies', [])):,} dependency entries")
row("update", "bulwark db update --mirror http://127.0.0.1:PORT/ --cache-dir C2 (once)", "download " + f"{osv_m['zip_bytes'] / 1048576:,.0f} MB + import")
out.append("")
out.append(f"Findings by ecosystem: {', '.join(f'{k} {v:,}' for k, v in by_eco.most_common())}.")
out.append(f"Findings by advisory family: {', '.join(f'{k} {v:,}' for k, v in collections.Counter(f['ruleId'].split('-')[0] for f in vulns).most_common())}.")
out.append(f"Import said: {' / '.join(l for l in import_line if l)[:400]}")
out.append(f"Update said: {' / '.join(l for l in update_err if l)[-600:]}")
text = "\n".join(out) + "\n"
print(text)
notes = os.path.join(os.path.dirname(results), "notes.md")
with open(results, "w") as f:
    f.write("# bench/packages results\n\nWritten by `bench/packages/run.sh`; the analysis below the table is `notes.md`.\n\n" + text)
    if os.path.exists(notes):
        f.write("\n" + open(notes).read())
PY
