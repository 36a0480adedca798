#!/usr/bin/env bash
# bulwark server under load, on SQLite and on PostgreSQL, in one run: import SCANS generated scans (dedup, fixes and new
# findings on every upload), then the findings list filtered by product and severity under wrk (50 connections from a
# second process, loopback).
# Usage: bench/server/run.sh [SCANS] [FINDINGS_PER_SCAN] [WRK_SECONDS]   (defaults 1000, 100, 20)
#        BULWARK=artifacts/bulwark/bulwark
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
scans=${1:-1000}; per_scan=${2:-100}; seconds=${3:-20}
bin=${BULWARK:-$repo/artifacts/bulwark/bulwark}
[ -x "$bin" ] || { echo "no bulwark at $bin: dotnet publish src/Bulwark.Cli -c Release -o artifacts/bulwark" >&2; exit 2; }
command -v wrk >/dev/null || apt-get install -y --no-install-recommends wrk >/dev/null
work=$(mktemp -d /tmp/bulwark-bench-server.XXXXXX)
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pg_port=$((40000 + RANDOM % 20000))
chown postgres:postgres "$work"
runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -o "-c listen_addresses=127.0.0.1 -c port=$pg_port -c unix_socket_directories=$work" start >/dev/null
trap 'kill $server 2>/dev/null || true; runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" stop -m fast >/dev/null 2>&1; rm -rf "$work"' EXIT
runuser -u postgres -- "$pg_bin/psql" -q -h 127.0.0.1 -p "$pg_port" -U postgres -c "CREATE ROLE bulwark LOGIN CREATEDB"

printf '| database | scans | findings uploaded | new | fixed | import s | findings/s | list p50 ms | list p99 ms | list req/s |\n|---|---|---|---|---|---|---|---|---|---|\n'
for database in sqlite postgresql; do
  port=$((20000 + RANDOM % 10000))
  args=(server --listen "http://127.0.0.1:$port" --data "$work/data-$database")
  [ "$database" = postgresql ] && args+=(--db "Host=127.0.0.1;Port=$pg_port;Username=bulwark;Database=bench")
  "$bin" "${args[@]}" > "$work/server-$database.out" 2>&1 &
  server=$!
  for _ in $(seq 100); do grep -q "listening on" "$work/server-$database.out" 2>/dev/null && break; sleep 0.1; done
  token=$(grep -o 'bwk_[A-Za-z0-9_-]*' "$work/server-$database.out" | head -1)
  read -r n uploaded new fixed import < <(python3 "$here/import.py" "http://127.0.0.1:$port" "$token" "$scans" "$per_scan")
  wrk -t2 -c50 -d"${seconds}s" --latency -H "Authorization: Bearer $token" \
    "http://127.0.0.1:$port/api/v1/findings?product=product-7&severity=high&pageSize=50" > "$work/wrk-$database.txt"
  p50=$(awk '$1 == "50%" {print $2}' "$work/wrk-$database.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$work/wrk-$database.txt")
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk-$database.txt")
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$database" "$n" "$uploaded" "$new" "$fixed" "$import" \
    "$(python3 -c "print(f'{$uploaded/$import:,.0f}')")" "$p50" "$p99" "$rps"
  kill $server; wait $server 2>/dev/null || true
done
echo
echo "Machine: $(nproc) cores, $(uname -r); server, database, importer and wrk share them. wrk: 2 threads, 50 connections, ${seconds} s; latencies as wrk prints them."
