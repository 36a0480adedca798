#!/usr/bin/env bash
# Bulwark's secret scan side by side with ripgrep running the same regex set on the same corpus
# (with PCRE2, which the set needs, and with ripgrep's faster default engine on a look-around-free copy).
# Usage: bench/secrets/run.sh [SIZE_MB] [RUNS]     (defaults: 500 MB, 5 runs each)
# Generates the corpus once (deterministic), publishes Bulwark in Release, warms the page cache, then
# alternates the two tools RUNS times and prints medians: wall time, MB/s, peak memory, and what each found.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
size=${1:-500}
runs=${2:-5}
out=$here/out
corpus=$out/corpus-$size
mkdir -p "$out"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
command -v rg >/dev/null || as_root apt-get install -y --no-install-recommends ripgrep
[ -x /usr/bin/time ] || as_root apt-get install -y --no-install-recommends time

[ -f "$corpus/planted.tsv" ] || python3 "$here/gen_corpus.py" "$corpus" "$size"
dotnet publish "$repo/src/Bulwark.Cli" -c Release -o "$out/bulwark" --nologo -v quiet >/dev/null
python3 "$here/patterns.py" > "$out/patterns.pcre"
python3 "$here/patterns.py" --rust > "$out/patterns.rust"
bytes=$(du -sb "$corpus" | cut -f1)
cat $(find "$corpus" -type f) > /dev/null   # warm the page cache for both tools alike

bulwark() { "$out/bulwark/bulwark" scan "$corpus" --quiet --fail-on none --output "json=$out/bulwark.json"; }
ripgrep() { rg -P --no-config --no-ignore --hidden --no-messages --count-matches -f "$out/patterns.pcre" "$corpus" > "$out/rg.txt" || [ $? = 1 ]; }
# ripgrep's own engine is much faster than PCRE2 but has no look-arounds or back-references: patterns.py
# --rust drops them, so this run matches a superset; -U because two patterns span lines.
ripgrep_default() { rg -U --no-config --no-ignore --hidden --no-messages --count-matches -f "$out/patterns.rust" "$corpus" > "$out/rg-default.txt" || [ $? = 1 ]; }

: > "$out/times.tsv"
for i in $(seq "$runs"); do
  for tool in bulwark ripgrep ripgrep_default; do
    /usr/bin/time -f "$tool\t%e\t%M" -a -o "$out/times.tsv" bash -c "$(declare -f $tool); out='$out'; corpus='$corpus'; $tool"
  done
done

python3 - "$out" "$bytes" "$corpus" <<'PY'
import json, statistics, sys
out, size, corpus = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rows = [l.rstrip("\n").split("\t") for l in open(f"{out}/times.tsv") if "\t" in l]
mb = size / 1048576
print(f"corpus: {mb:.0f} MB in {corpus}\n")
print("| tool | runs | median s | MB/s | peak RSS MB |")
print("|---|---|---|---|---|")
medians = {}
for tool in ("bulwark", "ripgrep", "ripgrep_default"):
    times = [float(r[1]) for r in rows if r[0] == tool]
    rss = [int(r[2]) / 1024 for r in rows if r[0] == tool]
    medians[tool] = statistics.median(times)
    print(f"| {tool} | {len(times)} | {medians[tool]:.2f} | {mb / medians[tool]:.0f} | {max(rss):.0f} |")
print(f"\nbulwark / ripgrep -P (same regex set) throughput: {medians['ripgrep'] / medians['bulwark']:.2f}x")
print(f"bulwark / ripgrep default engine (look-arounds dropped) throughput: {medians['ripgrep_default'] / medians['bulwark']:.2f}x")
report = json.load(open(f"{out}/bulwark.json"))
found = {(f["location"]["path"], f["location"]["startLine"]) for f in report["findings"]}
planted = [l.split("\t") for l in open(f"{corpus}/planted.tsv").read().splitlines() if l]
hits = sum(any(p == fp and abs(int(line) - fl) <= 1 for fp, fl in found) for p, line, _ in planted)
rg_matches = sum(int(l.rsplit(":", 1)[1]) for l in open(f"{out}/rg.txt") if ":" in l)
print(f"bulwark: {len(report['findings'])} findings, {hits} of {len(planted)} planted credentials found")
print(f"ripgrep -P: {rg_matches} regex matches (no keyword, entropy, validator or placeholder filtering)")
PY
