#!/usr/bin/env bash
# Bulwark's host audit side by side with Lynis on the live machine this runs on (issue 6: the full benchmark on a
# live host in under 5 s).
# Usage: bench/host/run.sh [RUNS]                  (default: 5 runs of each command)
#        WORK=/some/dir bench/host/run.sh ...      (default work dir /tmp/bulwark-bench-host)
# Must run as root (both tools read /etc/shadow and walk the whole file system). Installs lynis and GNU time with
# apt-get when missing, publishes Bulwark in Release, warms the page cache with one untimed walk, then alternates
# the commands RUNS times under /usr/bin/time -v and prints medians (wall, user and sys CPU, peak RSS). Writes the
# table to bench/host/results.md, followed by bench/host/notes.md (the analysis, written by hand).
#
# Measured, each RUNS times, in this order every round:
#   bulwark-l1      bulwark audit host --level 1                        (the default profile)
#   bulwark-l2      bulwark audit host --level 2                        (level 1 and level 2 checks)
#   bulwark-nowalk  level 1 with the three file-system sweeps disabled  (host/deb-world-writable, host/deb-unowned,
#                   host/deb-suid-sgid-inventory) through a bulwark.yaml: the difference to bulwark-l1 is the walk
#   find-floor      find / -xdev -printf '%m %U %G\n'                   (one lstat per entry: what any full walk pays)
#   lynis           lynis audit system --quick                          (--quick only skips the "press ENTER" pauses)
#   bulwark-l1-after-lynis  level 1 again straight after lynis, when the machine has let the walk's caches go cold
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
runs=${1:-5}
work=${WORK:-/tmp/bulwark-bench-host}
bin=$work/bulwark/bulwark
mkdir -p "$work"

[ "$(id -u)" = 0 ] || { echo "run as root: both tools audit the whole host"; exit 2; }
command -v lynis >/dev/null || apt-get install -y --no-install-recommends lynis >/dev/null ||
  { apt-get update >/dev/null && apt-get install -y --no-install-recommends lynis >/dev/null; }
[ -x /usr/bin/time ] || apt-get install -y --no-install-recommends time >/dev/null

dotnet publish "$repo/src/Bulwark.Cli" -c Release -o "$work/bulwark" --nologo -v quiet >/dev/null

# The config that switches off the sweeps lives in its own folder: a bulwark.yaml in the working directory is read
# by every run, so WORK itself (the working directory of all runs) must not have one.
rm -f "$work/bulwark.yaml"
mkdir -p "$work/no-walk"
cat > "$work/no-walk/bulwark.yaml" <<'YAML'
# The level-1 audit without its three file-system sweeps (CIS Debian 12 7.1.11-7.1.13).
rules:
  disable: [host/deb-world-writable, host/deb-unowned, host/deb-suid-sgid-inventory]
YAML
cd "$work"

# The walk the sweeps make (same exclusions as the benchmark's sweeps, minus /dev and /run which -xdev leaves out).
find / -xdev -not -path '/proc/*' -not -path '/sys/*' 2>/dev/null | wc -l > "$work/walk-entries"   # also warms the cache
du --inodes -x -d1 / 2>/dev/null | sort -rn | head -8 > "$work/walk-top"

# One measured command. Its exit code is kept, not fatal (an audit that finds errors still has a time); the rows go
# to times.tsv as name, wall s, user s, sys s, peak RSS KB, exit code, 1-minute load average before the run.
measure() {
  local name=$1; shift
  local load rc=0
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -v -o "$work/time.txt" "$@" > "$work/$name.out" 2> "$work/$name.err" || rc=$?
  python3 - "$work/time.txt" "$name" "$rc" "$load" >> "$work/times.tsv" <<'PY'
import sys
fields = dict(l.strip().split(": ", 1) for l in open(sys.argv[1]) if ": " in l)
clock = fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":")
seconds = sum(float(p) * 60 ** i for i, p in enumerate(reversed(clock)))
user, system = float(fields["User time (seconds)"]), float(fields["System time (seconds)"])
print(f"{sys.argv[2]}\t{seconds:.3f}\t{user:.3f}\t{system:.3f}\t{fields['Maximum resident set size (kbytes)']}\t{sys.argv[3]}\t{sys.argv[4]}")
PY
}

audit=("$bin" audit host --fail-on none --format json --quiet)
: > "$work/times.tsv"
for i in $(seq "$runs"); do
  echo "round $i of $runs" >&2
  # This machine (a VM) gives back memory that has been idle for about a minute: directory and inode data a walk
  # needs are then read again, and any full walk takes 2-3x longer. One untimed walk right before the round keeps
  # the warm rows comparable; bulwark-l1-after-lynis below measures the other case.
  find / -xdev -printf '%m %U %G\n' > /dev/null
  measure bulwark-l1 "${audit[@]}" --level 1 --output "json=$work/bulwark-l1.json"
  measure bulwark-l2 "${audit[@]}" --level 2 --output "json=$work/bulwark-l2.json"
  measure bulwark-nowalk "${audit[@]}" --level 1 --config "$work/no-walk/bulwark.yaml" --output "json=$work/bulwark-nowalk.json"
  measure find-floor find / -xdev -printf '%m %U %G\n'
  rm -f "$work/lynis-report.dat" "$work/lynis.log"
  measure lynis lynis audit system --quick --no-colors --logfile "$work/lynis.log" --report-file "$work/lynis-report.dat"
  # Right after lynis's ~60 s, with the walk's data gone cold again (see above): a first audit on a host left alone.
  measure bulwark-l1-after-lynis "${audit[@]}" --level 1 --output "json=$work/bulwark-l1-after-lynis.json"
done

python3 - "$work" "$runs" "$here/results.md" <<'PY'
import collections, datetime, json, os, platform, re, statistics, subprocess, sys
work, runs, results = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rows = [l.rstrip("\n").split("\t") for l in open(f"{work}/times.tsv") if "\t" in l]
def stats(name):
    mine = [r for r in rows if r[0] == name]
    wall = [float(r[1]) for r in mine]
    return dict(wall=statistics.median(wall), lo=min(wall), hi=max(wall), user=statistics.median(float(r[2]) for r in mine),
                sys=statistics.median(float(r[3]) for r in mine), rss=statistics.median(int(r[4]) for r in mine) / 1024,
                rcs=sorted({r[5] for r in mine}), n=len(mine))
def run(*cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True).stdout.strip()
    except OSError:
        return "?"

# What each Bulwark run checked, from its JSON report (the last run's).
def bulwark(name):
    report = json.load(open(f"{work}/{name}.json"))
    checks = report["checks"]
    status = collections.Counter(c["status"] for c in checks)
    errors = [(c["id"], c.get("message", "")) for c in checks if c["status"] == "error"]
    walked = next((c["message"] for c in checks if c["id"] == "host/deb-unowned"), None)
    return report, checks, status, errors, walked
b1, c1, s1, e1, walked = bulwark("bulwark-l1")
b2, c2, s2, e2, _ = bulwark("bulwark-l2")
bn, cn, sn, en, _ = bulwark("bulwark-nowalk")
def counts(status, checks, report):
    order = ["pass", "fail", "not-applicable", "error"]
    extra = [k for k in status if k not in order]
    return (f"{len(checks)} checks: " + ", ".join(f"{status.get(k, 0)} {k}" for k in order + extra)
            + f"; {len(report['findings'])} findings, {len(report.get('errors', []))} scan errors")

# What lynis ran, from its report file and log (the last run's).
report = {}
lists = collections.defaultdict(list)
for line in open(f"{work}/lynis-report.dat", errors="replace"):
    line = line.rstrip("\n")
    if "=" not in line or line.startswith("#"):
        continue
    key, value = line.split("=", 1)
    if key.endswith("[]"):
        lists[key[:-2]].append(value)
    else:
        report[key] = value
executed = [t for t in report.get("tests_executed", "").split("|") if t]
skipped = [t for t in report.get("tests_skipped", "").split("|") if t]
log = open(f"{work}/lynis.log", errors="replace").read().splitlines()
reasons = collections.Counter()
for line in log:
    m = re.search(r"Reason to skip: (.*)", line)
    if m:
        reason = m.group(1)
        reasons["another OS (" + reason.split("(")[1].rstrip(")") + ")" if reason.startswith("Incorrect guest OS") else reason] += 1
other_os = sum(v for k, v in reasons.items() if k.startswith("another OS"))
prereq = reasons.get("Prerequisites not met (ie missing tool, other type of Linux distribution)", 0)
exceptions = [re.sub(r"^\S+ \S+ ", "", l) for l in log if "Exception:" in l]
# Where lynis's time goes: seconds between one test's start and the next (1-second log resolution).
events, descr = [], {}
for line in log:
    m = re.match(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (Performing test ID|Skipped test) (\S+)(?: \((.*)\))?", line)
    if m:
        events.append((datetime.datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S"), m.group(3)))
        descr.setdefault(m.group(3), m.group(4) or "")
    elif (t := re.match(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) ", line)):
        last = datetime.datetime.strptime(t.group(1), "%Y-%m-%d %H:%M:%S")
spent = collections.Counter()
for (t, test), (t2, _) in zip(events, events[1:] + [(last, "end")]):
    spent[test] += (t2 - t).total_seconds()

st = {n: stats(n) for n in ("bulwark-l1", "bulwark-l2", "bulwark-nowalk", "find-floor", "lynis", "bulwark-l1-after-lynis")}
walk_share = st["bulwark-l1"]["wall"] - st["bulwark-nowalk"]["wall"]
mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
osname = next((l.split("=", 1)[1].strip().strip('"') for l in open("/etc/os-release") if l.startswith("PRETTY_NAME=")), "?")
entries = int(open(f"{work}/walk-entries").read())
top = ", ".join(f"{p} {int(n):,}" for n, p in (l.split() for l in open(f"{work}/walk-top")) if p != "/")

out = []
out.append(f"Machine: {os.cpu_count()} cores ({cpu}), {mem:.0f} GB RAM, {osname}, kernel {platform.release()}, "
           f".NET SDK {run('dotnet', '--version')}, Lynis {run('lynis', '--version')}; "
           f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC. Medians of {runs} runs, alternating the commands "
           f"(min–max in brackets); page cache warm. 1-minute load average before the runs: median "
           f"{statistics.median(float(r[6]) for r in rows):.1f}, max {max(float(r[6]) for r in rows):.1f}.\n")
out.append(f"File system walked: {entries:,} entries on / (find -xdev, /proc and /sys left out); the largest top-level "
           f"folders by entries: {top}.\n")
out.append("| run | command | median wall s | CPU s (user + sys) | peak RSS MB | exit | what it ran |")
out.append("|---|---|---|---|---|---|---|")
def row(name, command, what, target=None):
    s = st[name]
    ok = "" if target is None else (" ✅" if s["wall"] < target else " ❌") + f" (target < {target} s)"
    out.append(f"| {name} | `{command}` | {s['wall']:.2f} [{s['lo']:.2f}–{s['hi']:.2f}]{ok} | {s['user']:.2f} + {s['sys']:.2f} | {s['rss']:.0f} | "
               f"{'/'.join(s['rcs'])} | {what} |")
row("bulwark-l1", "bulwark audit host --level 1 --format json", counts(s1, c1, b1), 5)
row("bulwark-l2", "bulwark audit host --level 2 --format json", counts(s2, c2, b2), 5)
row("bulwark-nowalk", "level 1, --config with the 3 sweeps disabled", counts(sn, cn, bn))
row("bulwark-l1-after-lynis", "bulwark audit host --level 1, run right after lynis", "the same checks, the walk's data cold again", 5)
row("find-floor", "find / -xdev -printf '%m %U %G\\n'", f"{entries:,} entries, one lstat each")
row("lynis", "lynis audit system --quick --no-colors", f"{len(executed)} tests executed, {len(skipped)} skipped; "
    f"{len(lists['warning'])} warnings, {len(lists['suggestion'])} suggestions; hardening index {report.get('hardening_index', '?')}")
out.append("")
out.append(f"The walk's share of the level-1 audit: {walk_share:.2f} s of {st['bulwark-l1']['wall']:.2f} s "
           f"({walk_share / st['bulwark-l1']['wall']:.0%}); bulwark said: {walked}.")
out.append(f"Bulwark errors on this host: level 1 {len(e1)}, level 2 {len(e2)}"
           + ("" if not (e1 or e2) else ": " + "; ".join(f"{i}: {m}" for i, m in dict(e1 + e2).items())) + ".")
out.append(f"Lynis skipped {len(skipped)} tests: {other_os} written for another OS, {prereq} whose prerequisites were missing "
           "(tool or service not installed), " + "others: " + "; ".join(f"{k} ({v})" for k, v in reasons.items()
           if not k.startswith("another OS") and not k.startswith("Prerequisites")) + ".")
out.append("Lynis's slowest tests (seconds, from its log's 1-second timestamps): "
           + ", ".join(f"{t} {descr.get(t, '')} {s:.0f}" for t, s in spent.most_common(6)) + ".")
if exceptions:
    out.append("Lynis exceptions: " + "; ".join(exceptions) + ".")
text = "\n".join(out) + "\n"
print(text)
notes = os.path.join(os.path.dirname(results), "notes.md")
with open(results, "w") as f:
    f.write("# bench/host results\n\nWritten by `bench/host/run.sh`; the analysis below the table is `notes.md`.\n\n" + text)
    if os.path.exists(notes):
        f.write("\n" + open(notes).read())
PY
