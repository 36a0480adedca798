#!/usr/bin/env bash
# Bulwark's file-integrity monitor (bulwark fim init/check) side by side with AIDE 0.18 on the same tree.
# Usage: bench/integrity/run.sh [FILES] [MB] [ROUNDS]   synthetic tree (defaults: 100,000 files, 2,048 MiB, 3 rounds)
#        bench/integrity/run.sh --usr [ROUNDS]          a copy of this machine's /usr instead
#        BENCH_DIR=/some/dir ...                        work dir (default /tmp/bulwark-bench-integrity): the tree is
#                                                       generated there once and reused while its manifest exists
#        BULWARK=/path/to/bulwark ...                   the binary (default artifacts/bulwark/bulwark, published with
#                                                       dotnet publish src/Bulwark.Cli -c Release -o artifacts/bulwark);
#                                                       when it is missing or has no `fim` command, Bulwark is skipped
#        COLD=0 ...                                     warm page cache only (cold needs root to drop the cache)
#
# Tools (each round runs them all, in this order):
#   aide      aide --init / --check with bench/integrity/aide.conf, num_workers left at AIDE's default (1)
#   aide-w2   the same with num_workers=2 (both cores here)
#   bulwark   bulwark fim init --root TREE --db FILE --config fim.yaml (rule "path: /, group: content"), then
#             bulwark fim check --root TREE --db FILE --format json (the policy comes from the signed baseline)
# Each round: every tool's init, cold (page cache dropped just before) then warm (straight after, same tool); then
# the scripted changes (changes.py apply: 10 edited, 5 added, 5 deleted, 5 chmod'ed files); every tool's check, cold
# then warm; then the changes are undone (the next round initialises again, so inodes and ctimes that the undo
# cannot restore do not matter). Each command runs under /usr/bin/time -f "%e %M %U %S" (wall s, peak RSS KB,
# user s, sys s). Medians over the rounds go to stdout and to bench/integrity/results.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
bench=${BENCH_DIR:-/tmp/bulwark-bench-integrity}
if [ "${1:-}" = --usr ]; then
  rounds=${2:-3}
  tree=$bench/usr-copy
  generate=("$here/generate.sh" --usr "$tree")
else
  files=${1:-100000}
  mb=${2:-2048}
  rounds=${3:-3}
  tree=$bench/tree-$files-$mb
  generate=("$here/generate.sh" "$tree" "$files" "$mb")
fi
work=$bench/run
journal=$work/changes.journal.json
mkdir -p "$bench" "$work"

[ -x /usr/bin/time ] || apt-get install -y --no-install-recommends time >/dev/null
command -v aide >/dev/null || { echo "aide is not installed (apt-get install aide)" >&2; exit 2; }

# An interrupted run may have left its changes in the tree: undo them before anything else.
[ ! -f "$journal" ] || python3 "$here/changes.py" undo "$tree" "$journal"
if [ ! -f "$tree.manifest.json" ]; then
  echo "generating $tree (once; reused while $tree.manifest.json exists)" >&2
  rm -rf "$tree"
  "${generate[@]}" >&2
fi

tools=(aide aide-w2)
bin=${BULWARK:-$repo/artifacts/bulwark/bulwark}
if [ -x "$bin" ] && "$bin" fim init --help >/dev/null 2>&1; then
  tools+=(bulwark)
else
  echo "SKIPPING BULWARK: no usable binary at $bin (missing, or it has no 'fim' command yet)." >&2
  echo "  Publish it with: dotnet publish src/Bulwark.Cli -c Release -o artifacts/bulwark  (or set BULWARK=...)" >&2
  echo "  Only AIDE is measured in this run." >&2
fi
# Bulwark's config: the whole tree, content hashing (sha256), like the AIDE rule. Not named bulwark.yaml, and no
# bulwark.yaml in the working directory, so nothing else is read.
cat > "$work/fim.yaml" <<'YAML'
rules:
  - path: /
    group: content
YAML
rm -f "$work/bulwark.yaml"
cd "$work"

cold=${COLD:-1}
drop_caches() { sync; echo 3 > /proc/sys/vm/drop_caches; }
if [ "$cold" = 1 ] && ! { [ "$(id -u)" = 0 ] && drop_caches 2>/dev/null; }; then
  echo "cannot drop the page cache (needs root and a writable /proc/sys/vm/drop_caches): warm numbers only" >&2
  cold=0
fi
caches=(warm); [ "$cold" = 0 ] || caches=(cold warm)
if [ "$cold" = 0 ]; then tar -cf - -C "$tree" . | cat > /dev/null; fi   # warm the cache once

command_for() {  # command_for TOOL STEP: the command line, as an array in $cmd
  case "$1" in
    aide*)
      cmd=(aide -B "@@define DBDIR $work/$1" -B "@@define TREE $tree")
      [ "$1" != aide-w2 ] || cmd+=(-B '@@define WORKERS 2')
      cmd+=(-c "$here/aide.conf" "--$2") ;;
    bulwark)
      # The policy is given at init and stored in the signed baseline; check uses the baseline's own.
      cmd=("$bin" fim "$2" --root "$tree" --db "$work/bulwark/baseline.db")
      if [ "$2" = check ]; then cmd+=(--format json); else cmd+=(--config "$work/fim.yaml"); fi ;;
  esac
}
ok_rc() {  # the exit codes that are not an error: aide --check 1-7 (added/removed/changed bits), bulwark check 1
  case "$1:$2" in
    aide*:check) [ "$3" -le 7 ] ;;
    bulwark:check) [ "$3" -le 1 ] ;;
    *) [ "$3" = 0 ] ;;
  esac
}
# One measured command; a row "tool step cache round wall_s rss_kb user_s sys_s rc load1" goes to times.tsv.
measure() {
  local tool=$1 step=$2 cache=$3 round=$4 rc=0 load
  command_for "$tool" "$step"
  case "$tool:$step" in
    aide*:init) rm -f "$work/$tool/aide.db.new" ;;
    bulwark:init) rm -f "$work/bulwark/baseline.db" "$work/bulwark/baseline.db.key" "$work/bulwark/baseline.db.pub" ;;
  esac
  [ "$cache" = warm ] || drop_caches
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "${cmd[@]}" > "$work/$tool-$step.out" 2> "$work/$tool-$step.err" || rc=$?
  if ! ok_rc "$tool" "$step" "$rc"; then
    echo "$tool $step failed with exit code $rc:" >&2; cat "$work/$tool-$step.err" >&2; exit 1
  fi
  echo "$tool $step $cache $round $(tail -n1 "$work/time.txt") $rc $load" >> "$work/times.tsv"
  printf '  %-8s %-6s %-5s %7ss  %6s MB  rc %s\n' "$tool" "$step" "$cache" "$(tail -n1 "$work/time.txt" | cut -d' ' -f1)" \
    "$(( $(tail -n1 "$work/time.txt" | cut -d' ' -f2) / 1024 ))" "$rc" >&2
}

trap '[ ! -f "$journal" ] || python3 "$here/changes.py" undo "$tree" "$journal"' EXIT
mkdir -p "$work/aide" "$work/aide-w2" "$work/bulwark"
: > "$work/times.tsv"
for round in $(seq "$rounds"); do
  echo "round $round of $rounds" >&2
  for tool in "${tools[@]}"; do
    for cache in "${caches[@]}"; do measure "$tool" init "$cache" "$round"; done
    case $tool in aide*) mv "$work/$tool/aide.db.new" "$work/$tool/aide.db" ;; esac
  done
  python3 "$here/changes.py" apply "$tree" "$journal" >&2
  for tool in "${tools[@]}"; do
    for cache in "${caches[@]}"; do measure "$tool" check "$cache" "$round"; done
  done
  python3 "$here/changes.py" undo "$tree" "$journal"
done

python3 - "$work" "$tree" "$rounds" "$here/results.md" "${tools[*]}" "${caches[*]}" <<'PY'
import collections, datetime, json, os, platform, re, statistics, subprocess, sys
work, tree, rounds, results, tools, caches = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5].split(), sys.argv[6].split()
rows = [l.split() for l in open(f"{work}/times.tsv") if l.strip()]
def pick(tool, step, cache):
    return [r for r in rows if r[0] == tool and r[1] == step and r[2] == cache]
def med(tool, step, cache, col):
    vals = [float(r[col]) for r in pick(tool, step, cache)]
    return (statistics.median(vals), min(vals), max(vals)) if vals else None

# What each tool reported in its last (warm) check.
def aide_changes():
    text = open(f"{work}/aide-check.out", errors="replace").read()
    summary = {k: int(v) for k, v in re.findall(r"^\s*(Total number of entries|Added entries|Removed entries|Changed entries):\s*(\d+)", text, re.M)}
    kinds, section, paths = collections.Counter(), None, collections.defaultdict(set)
    for line in text.splitlines():
        m = re.match(r"^(Added|Removed|Changed) entries:$", line)
        if m:
            section = m.group(1).lower(); continue
        if line.startswith("Detailed information") or line.startswith("The attributes of"):
            section = None
        m = re.match(r"^([a-z!?])[^:]{10,}: (/.*)$", line)
        if section and m:
            kinds[(section, {"f": "file", "d": "dir", "l": "link"}.get(m.group(1), m.group(1)))] += 1
            paths[m.group(1)].add(m.group(2))
    return summary, kinds, paths
def bulwark_changes():
    report = json.load(open(f"{work}/bulwark-check.out"))
    changes = report.get("changes") or [f for f in report.get("findings", []) if f.get("change")]
    norm = lambda p: "/" + os.path.relpath(p, tree).lstrip("./") if p.startswith(tree) else "/" + p.lstrip("/")
    paths = {norm(c.get("path") or c.get("location", {}).get("path", "")) for c in changes}
    kinds = collections.Counter(c.get("kind") or c.get("change", {}).get("kind") for c in changes)
    return len(changes), kinds, paths

def cell(v, fmt="{:.2f}"):
    return "–" if v is None else f"{fmt.format(v[0])} [{fmt.format(v[1])}–{fmt.format(v[2])}]"
names = {"aide": "aide (num_workers default = 1)", "aide-w2": "aide (num_workers=2)", "bulwark": "bulwark"}
manifest = json.load(open(tree.rstrip("/") + ".manifest.json"))
mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
osname = next((l.split("=", 1)[1].strip().strip('"') for l in open("/etc/os-release") if l.startswith("PRETTY_NAME=")), "?")
aide_version = subprocess.run(["aide", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
out = []
out.append(f"Machine: {os.cpu_count()} cores ({cpu}), {mem:.0f} GB RAM, {osname}, kernel {platform.release()}, {aide_version}; "
           f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC. Medians of {rounds} rounds (min–max in brackets). "
           f"1-minute load average before the runs: median {statistics.median(float(r[9]) for r in rows):.1f}, max {max(float(r[9]) for r in rows):.1f}.\n")
src = "a copy of /usr" if manifest.get("source") == "/usr" else f"synthetic, seed {manifest.get('seed')}"
out.append(f"Tree `{tree}` ({src}): {manifest['files']:,} files, {manifest['directories']:,} directories, "
           f"{manifest['symlinks']:,} symlinks, {manifest['mib']:,} MiB.\n")
if "bulwark" not in tools:
    out.append("**Bulwark was not measured in this run** (no `artifacts/bulwark/bulwark` with a `fim` command yet): AIDE only.\n")
cache_label = {"cold": "cold (page cache dropped before each command)", "warm": "warm (run again straight after the cold run of the same command)"}
if caches == ["warm"]:
    cache_label["warm"] = "warm (cold runs not measured: COLD=0 or no root)"
header = ("| step | cache | " + " | ".join(f"{names[t]} s" for t in ("aide", "aide-w2", "bulwark"))
          + " | bulwark / aide | bulwark / aide-w2 | peak RSS MB aide / aide-w2 / bulwark |")
out.append(header)
out.append("|" + "---|" * 8)
for step in ("init", "check"):
    for cache in caches:
        w = {t: med(t, step, cache, 4) for t in ("aide", "aide-w2", "bulwark")}
        rss = {t: med(t, step, cache, 5) for t in ("aide", "aide-w2", "bulwark")}
        ratio = lambda a, b: "–" if a is None or b is None else f"{a[0] / b[0]:.2f}×"
        out.append(f"| {step} | {cache_label[cache]} | " + " | ".join(cell(w[t]) for t in ("aide", "aide-w2", "bulwark"))
                   + f" | {ratio(w['bulwark'], w['aide'])} | {ratio(w['bulwark'], w['aide-w2'])} | "
                   + " / ".join("–" if rss[t] is None else f"{rss[t][0] / 1024:.0f}" for t in ("aide", "aide-w2", "bulwark")) + " |")
out.append("")
out.append("CPU seconds (user + sys, medians):\n")
out.append("| step | cache | aide | aide (num_workers=2) | bulwark |")
out.append("|---|---|---|---|---|")
for step in ("init", "check"):
    for cache in caches:
        cells = []
        for t in ("aide", "aide-w2", "bulwark"):
            u, s = med(t, step, cache, 6), med(t, step, cache, 7)
            cells.append("–" if u is None else f"{u[0]:.2f} + {s[0]:.2f}")
        out.append(f"| {step} | {cache} | " + " | ".join(cells) + " |")
out.append("")
summary, kinds, apaths = aide_changes()
afiles = apaths.get("f", set()) | apaths.get("l", set())
out.append(f"Reported changes (last round's warm check; the script made 10 edits, 5 additions, 5 deletions, 5 chmods = 25 files):")
out.append(f"- aide: {summary.get('Added entries', '?')} added, {summary.get('Removed entries', '?')} removed, "
           f"{summary.get('Changed entries', '?')} changed entries of {summary.get('Total number of entries', '?'):,} "
           f"= {sum(kinds.values())} in all; by type: " + ", ".join(f"{s} {k} {n}" for (s, k), n in sorted(kinds.items()))
           + f"; files and links: {len(afiles)}.")
if "bulwark" in tools:
    n, bkinds, bpaths = bulwark_changes()
    out.append(f"- bulwark: {n} changes ({', '.join(f'{k} {v}' for k, v in sorted(bkinds.items()))}) on {len(bpaths)} paths; "
               f"{len(afiles & bpaths)} file paths in common with aide, only aide: {len(afiles - bpaths)}, only bulwark: {len(bpaths - afiles - apaths.get('d', set()))}"
               f", directories bulwark also reported: {len(bpaths & apaths.get('d', set()))}.")
    if os.path.exists(f"{work}/bulwark/baseline.db"):
        out.append(f"- baseline size: aide {os.path.getsize(f'{work}/aide/aide.db') / 2**20:.1f} MiB (plain text), "
                   f"bulwark {os.path.getsize(f'{work}/bulwark/baseline.db') / 2**20:.1f} MiB.")
else:
    out.append(f"- bulwark: not measured. aide baseline: {os.path.getsize(f'{work}/aide/aide.db') / 2**20:.1f} MiB (plain text).")
text = "\n".join(out) + "\n"
print(text)
with open(results, "w") as f:
    f.write("# bench/integrity results\n\nWritten by `bench/integrity/run.sh` (see README.md for what each step does).\n\n" + text)
PY
