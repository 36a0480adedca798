#!/usr/bin/env bash
# The tree the file-integrity benchmark watches.
# Usage: bench/integrity/generate.sh OUT [FILES] [MB]     deterministic synthetic tree (defaults: 100,000 files, 2,048 MiB)
#        bench/integrity/generate.sh --usr OUT            a copy of this machine's /usr (cp -a: modes, owners, links, times)
# The synthetic tree (gen_tree.py, fixed seed) is shaped like /usr: ~98.5 % small files of 1-16 KiB, ~1.5 % medium
# ones (16 KiB-4 MiB, scaled so the total lands on MB), one 20-100 MiB file per 10,000, about one directory per ten
# files nested up to 9 levels, one relative symlink per 250 files. Same arguments, same bytes, on any machine.
# Both modes write OUT.manifest.json (counts and bytes); OUT must not exist or be empty.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

if [ "${1:-}" = --usr ]; then
  out=${2:?usage: generate.sh --usr OUT}
  [ ! -e "$out" ] || [ -z "$(ls -A "$out")" ] || { echo "$out exists and is not empty" >&2; exit 2; }
  mkdir -p "$out"
  start=$(date +%s.%N)
  cp -a /usr/. "$out/"
  python3 - "$out" "$start" <<'PY'
import json, os, sys, time
out, start = sys.argv[1], float(sys.argv[2])
files = dirs = links = other = size = 0
for root, ds, fs in os.walk(out):
    dirs += 1
    for n in fs + [d for d in ds if os.path.islink(os.path.join(root, d))]:
        p = os.path.join(root, n)
        if os.path.islink(p):
            links += 1
        elif os.path.isfile(p):
            files += 1
            size += os.lstat(p).st_size
        else:
            other += 1
m = {"source": "/usr", "files": files, "directories": dirs, "symlinks": links, "other": other,
     "bytes": size, "mib": round(size / 2**20, 1), "seconds_to_generate": round(time.time() - start, 1)}
json.dump(m, open(out.rstrip("/") + ".manifest.json", "w"), indent=2)
print(json.dumps(m))
PY
  exit 0
fi

out=${1:?usage: generate.sh OUT [FILES] [MB] | generate.sh --usr OUT}
exec python3 "$here/gen_tree.py" "$out" "${2:-100000}" "${3:-2048}"
