#!/usr/bin/env bash
# stop-389ds.sh DIR: ends the instance tests/ldap/start-389ds.sh made in DIR and removes DIR. The instance is thrown
# away, so the server is killed outright rather than left to flush a database nobody will read.
set -uo pipefail
dir=${1:?usage: stop-389ds.sh DIR}
for pid_file in "$dir"/run/dirsrv/slapd-*.pid; do
  [ -f "$pid_file" ] || continue
  pid=$(cat "$pid_file")
  kill -KILL "$pid" 2>/dev/null
  for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
  # The one file the server keeps outside DIR: its statistics semaphore, named after the instance.
  name=$(basename "$pid_file" .pid)
  rm -f "/dev/shm/sem.$name.stats"
done
rm -rf "$dir"
