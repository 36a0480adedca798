#!/usr/bin/env bash
# bulwark detect over generated logs with every SigmaHQ Linux rule, side by side with the rules' literals as fixed
# grep patterns (GNU grep -F -i, the cheapest thing a user could run instead), in one run.
# Usage: bench/detection/run.sh [MILLION_EVENTS] [MILLION_AUTH_LINES] [ROUNDS]   (defaults 2, 1, 3)
#        RULES=../shared/sigma/rules/linux BULWARK=artifacts/bulwark/bulwark BENCH_DIR=/tmp/bulwark-bench-detection
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
events=${1:-2}; auth=${2:-1}; rounds=${3:-3}
rules=${RULES:-$repo/../shared/sigma/rules/linux}
bin=${BULWARK:-$repo/artifacts/bulwark/bulwark}
work=${BENCH_DIR:-/tmp/bulwark-bench-detection}/$events-$auth
mkdir -p "$work"
[ -x /usr/bin/time ] || apt-get install -y --no-install-recommends time >/dev/null
[ -d "$rules" ] || { echo "no rules at $rules (set RULES=...)" >&2; exit 2; }
[ -x "$bin" ] || { echo "no bulwark at $bin: dotnet publish src/Bulwark.Cli -c Release -o artifacts/bulwark" >&2; exit 2; }
if [ ! -f "$work/process.jsonl" ]; then
  echo "generating $events M process events and $auth M auth.log lines in $work" >&2
  python3 "$here/generate.py" "$work" "$events" "$auth"
fi
python3 "$here/rules_to_grep.py" "$rules" > "$work/patterns.txt"

measure() {  # name command...: prints "wall_s rss_kb cpu_s" of the median round (by wall time)
  local name=$1; shift
  for r in $(seq "$rounds"); do
    /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "$@" > "$work/$name.out" 2> "$work/$name.err" || true
    cat "$work/time.txt"
  done | sort -n | awk -v n="$rounds" '{s[NR]=$1; m[NR]=$2; c[NR]=$3+$4} END {i=int((n+1)/2); print s[i], m[i], c[i]}'
}
rate() { python3 -c "print(f'{$1/$2:,.0f}')"; }
row() {  # file lines tool wall rss cpu result
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4" "$(rate "$2" "$4")" "$6" "$(rate "$2" "$6")" "$(($5 / 1024))" "$7"
}

printf '| input | lines | tool | median wall s | lines/s | CPU s | lines per CPU-second | peak RSS MB | result |\n|---|---|---|---|---|---|---|---|---|\n'
for file in process.jsonl auth.log; do
  lines=$(wc -l < "$work/$file")
  for threads in 1 "$(nproc)"; do
    read -r bs bm bc < <(measure "bulwark-$file" "$bin" detect --threads "$threads" --rules "$rules" "$work/$file" --format json --fail-on none)
    found=$(python3 -c "import json;print(len(json.load(open('$work/bulwark-$file.out'))['detections']))")
    row "$file" "$lines" "bulwark detect, $threads thread(s)" "$bs" "$bm" "$bc" "$found detections"
  done
  read -r gs gm gc < <(measure "grep-$file" grep -c -i -F -f "$work/patterns.txt" "$work/$file")
  row "$file" "$lines" "grep -F -i, $(wc -l < "$work/patterns.txt") literals" "$gs" "$gm" "$gc" "$(cat "$work/grep-$file.out") lines with a literal"
done
echo
echo "Machine: $(nproc) cores, $(uname -r); medians of $rounds rounds; bulwark includes start-up and rule loading (~0.35 s, one thread)."
echo "Lines per CPU-second is the per-core rate: lines over the user+system time of all the process's threads."
