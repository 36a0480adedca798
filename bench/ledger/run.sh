#!/usr/bin/env bash
# Ledger benchmark: appends per second with batched durability, fsync latency per batch, full verification
# throughput, inclusion and consistency proof times, and bytes per entry.
# Usage: bench/ledger/run.sh [ENTRIES] [BATCH]        (defaults: 10,000,000 entries, batches of 1,000)
# The peers (Trillian, Sigstore Rekor) are servers backed by a database; their published figures are quoted
# beside these numbers in bench/ledger/results.md rather than re-run here.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
entries=${1:-10000000}
batch=${2:-1000}
mkdir -p "$here/out"
dotnet run -c Release --project "$here/LedgerBench" -- "$here/out" "$entries" "$batch"
