#!/usr/bin/env bash
# Bulwark's IaC scan side by side with @cdktf/hcl2json (HashiCorp's HCL parser, Go compiled to WebAssembly)
# parsing the same Terraform files.
# Usage: bench/iac/run.sh [FILES] [RUNS]     (defaults: 10,000 files, 5 runs each)
# Generates the repository once (deterministic), publishes Bulwark in Release, installs hcl2json with npm,
# warms the page cache, then alternates the tools RUNS times and prints medians: wall time, files/s, MB/s,
# peak memory, and what Bulwark found.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
files=${1:-10000}
runs=${2:-5}
out=$here/out
tree=$out/repo-$files
mkdir -p "$out"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
command -v node >/dev/null || as_root apt-get install -y --no-install-recommends nodejs npm
[ -x /usr/bin/time ] || as_root apt-get install -y --no-install-recommends time
[ -d "$out/node_modules/@cdktf/hcl2json" ] || npm install --silent --prefix "$out" @cdktf/hcl2json >/dev/null
cp "$here/hcl2json-parse.js" "$out/"

[ -d "$tree" ] || python3 "$here/gen_repo.py" "$tree" "$files"
dotnet publish "$repo/src/Bulwark.Cli" -c Release -o "$out/bulwark" --nologo -v quiet >/dev/null
cat $(find "$tree" -type f) > /dev/null   # warm the page cache for every tool alike

# bulwark: every file (Terraform and Kubernetes), parse + evaluate + all built-in iac rules + JSON report.
bulwark() { "$out/bulwark/bulwark" scan "$tree" --scanners iac --quiet --fail-on none --output "json=$out/bulwark.json"; }
# bulwark_tf: the Terraform files only, the same set hcl2json parses.
bulwark_tf() { "$out/bulwark/bulwark" scan "$tree" --scanners iac --exclude 'k8s/' --quiet --fail-on none --output "json=$out/bulwark-tf.json"; }
# hcl2json: parse only (no evaluation, no rules), one file after another as its API allows.
hcl2json() { node "$out/hcl2json-parse.js" "$tree" > "$out/hcl2json.json"; }

: > "$out/times.tsv"
: > "$out/hcl2json-runs.jsonl"
for i in $(seq "$runs"); do
  for tool in bulwark bulwark_tf hcl2json; do
    /usr/bin/time -f "$tool\t%e\t%M" -a -o "$out/times.tsv" bash -c "$(declare -f $tool); out='$out'; tree='$tree'; $tool"
  done
  cat "$out/hcl2json.json" >> "$out/hcl2json-runs.jsonl"
done

python3 - "$out" "$tree" <<'PY'
import collections, json, os, statistics, sys
out, tree = sys.argv[1], sys.argv[2]
all_files, all_bytes, tf_files, tf_bytes = 0, 0, 0, 0
for root, _, names in os.walk(tree):
    for name in names:
        size = os.path.getsize(os.path.join(root, name))
        all_files += 1; all_bytes += size
        if name.endswith((".tf", ".tfvars")):
            tf_files += 1; tf_bytes += size
rows = [l.rstrip("\n").split("\t") for l in open(f"{out}/times.tsv") if "\t" in l]
sizes = {"bulwark": (all_files, all_bytes), "bulwark_tf": (tf_files, tf_bytes), "hcl2json": (tf_files, tf_bytes)}
what = {"bulwark": "parse + evaluate + rules, Terraform and Kubernetes", "bulwark_tf": "parse + evaluate + rules, Terraform only", "hcl2json": "parse only, Terraform only"}
print(f"repository: {all_files} files, {all_bytes / 1048576:.1f} MB ({tf_files} Terraform files, {tf_bytes / 1048576:.1f} MB) in {tree}\n")
print("| tool | what | runs | median s | files/s | MB/s | peak RSS MB |")
print("|---|---|---|---|---|---|---|")
medians = {}
for tool in ("bulwark", "bulwark_tf", "hcl2json"):
    times = [float(r[1]) for r in rows if r[0] == tool]
    rss = [int(r[2]) / 1024 for r in rows if r[0] == tool]
    medians[tool] = statistics.median(times)
    n, b = sizes[tool]
    print(f"| {tool} | {what[tool]} | {len(times)} | {medians[tool]:.2f} | {n / medians[tool]:,.0f} | {b / 1048576 / medians[tool]:.1f} | {max(rss):.0f} |")
parse_only = statistics.median(json.loads(l)["parseSeconds"] for l in open(f"{out}/hcl2json-runs.jsonl"))
print(f"\nhcl2json parse time alone (WebAssembly loaded, node start-up excluded): median {parse_only:.2f} s")
print(f"bulwark (Terraform only, everything, start-up included) vs hcl2json parse alone: {parse_only / medians['bulwark_tf']:.2f}x faster")
print(f"bulwark (Terraform only) vs hcl2json wall time: {medians['hcl2json'] / medians['bulwark_tf']:.2f}x faster")
report = json.load(open(f"{out}/bulwark.json"))
counts = collections.Counter(f["ruleId"] for f in report["findings"])
print(f"\nbulwark: {len(report['findings'])} findings from {len(counts)} rules; most frequent: " + ", ".join(f"{r} {c}" for r, c in counts.most_common(8)))
PY
