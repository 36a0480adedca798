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

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() {  # name file command...: prints "seconds rss_kb" of the median round
  local name=$1 file=$2; shift 2
  for r in $(seq "$rounds"); do
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$work/$name.out" 2> "$work/$name.err" || true
    cat "$work/time.txt"
  done | sort -n | awk -v n="$rounds" '{s[NR]=$1; m[NR]=$2} END {i=int((n+1)/2); print s[i], m[i]}'
}

printf '| input | lines | tool | median s | lines/s | peak RSS MB | result |\n|---|---|---|---|---|---|---|\n'
for file in process.jsonl auth.log; do
  lines=$(wc -l < "$work/$file")
  read -r bs bm < <(measure "bulwark-$file" "$file" "$bin" detect --rules "$rules" "$work/$file" --format json --fail-on none)
  found=$(python3 -c "import json;print(len(json.load(open('$work/bulwark-$file.out'))['detections']))")
  printf '| %s | %s | bulwark detect (210 rules) | %s | %s | %s | %s detections |\n' "$file" "$lines" "$bs" \
    "$(python3 -c "print(f'{$lines/$bs:,.0f}')")" "$((bm / 1024))" "$found"
  read -r gs gm < <(measure "grep-$file" "$file" grep -c -i -F -f "$work/patterns.txt" "$work/$file")
  printf '| %s | %s | grep -F -i, %s literals | %s | %s | %s | %s lines with a literal |\n' "$file" "$lines" \
    "$(wc -l < "$work/patterns.txt")" "$gs" "$(python3 -c "print(f'{$lines/$gs:,.0f}')")" "$((gm / 1024))" "$(cat "$work/grep-$file.out")"
done
echo
echo "Machine: $(nproc) cores, $(uname -r); medians of $rounds rounds; bulwark includes start-up and rule loading (~0.4 s)."
