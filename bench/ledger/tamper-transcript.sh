#!/usr/bin/env bash
# Builds a signed ledger, then tampers with copies of it in every way the ledger promises to catch, and runs
# `bulwark ledger verify` (or the witness) on each: the transcript shows what is detected and where.
# Usage: bench/ledger/tamper-transcript.sh [BULWARK]   (default: publishes the CLI to bench/ledger/out/bulwark)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$here/out/tamper
rm -rf "$out" && mkdir -p "$out"
bulwark=${1:-}
if [ -z "$bulwark" ]; then
  dotnet publish "$here/../../src/Bulwark.Cli" -c Release -o "$here/out/bulwark" --nologo -v quiet >/dev/null
  bulwark=$here/out/bulwark/bulwark
fi
cd "$out"
run() { echo "\$ bulwark $*"; "$bulwark" "$@"; echo "(exit $?)"; echo; }
fresh() { rm -f audit.ledger*; cp base/audit.ledger* .; }

mkdir base && cd base
"$bulwark" ledger init --origin demo.example/audit >/dev/null
for n in $(seq 0 199); do echo "{\"action\":\"finding.state-changed\",\"subject\":\"finding/$n\",\"reason\":\"reviewed $n\"}"; done \
  | "$bulwark" ledger append --actor alice --auth ldap --key audit.ledger.key --checkpoint-every 50 >/dev/null
cp "$(ls -t audit.ledger.key.pub)" ../log.pub
"$bulwark" ledger checkpoint --out ../saved-at-200.checkpoint >/dev/null
cd ..
cp base/audit.ledger.key* .

echo "== 1. untouched, checked against a checkpoint saved elsewhere"; fresh; run ledger verify --trusted-checkpoint saved-at-200.checkpoint
echo "== 2. one byte flipped in entry 60"; fresh; python3 "$here/ledgertool.py" audit.ledger flip 60; run ledger verify
echo "== 3. entry 60 rewritten (alice -> mallo) with a valid checksum"; fresh; python3 "$here/ledgertool.py" audit.ledger rewrite 60 alice mallo; run ledger verify
echo "== 4. entry 120 deleted"; fresh; python3 "$here/ledgertool.py" audit.ledger delete 120; run ledger verify
echo "== 5. log truncated after entry 149 (its last checkpoints gone too)"; fresh; python3 "$here/ledgertool.py" audit.ledger cut-after 149; run ledger verify --trusted-checkpoint saved-at-200.checkpoint
echo "== 6. log cut in the middle of its last record"; fresh; truncate -s -10 audit.ledger; run ledger verify
echo "== 7. forged entry appended and a checkpoint signed with another key"; fresh
"$bulwark" ledger init --ledger mallory.ledger --key mallory.key --origin demo.example/audit >/dev/null
"$bulwark" ledger append --actor mallory --action ignore.added --subject all --reason "nothing to see" >/dev/null
"$bulwark" ledger checkpoint --key mallory.key >/dev/null; run ledger verify
echo "== 8. forged entry appended with no checkpoint"; fresh
"$bulwark" ledger append --actor mallory --action ignore.added --subject all --reason "nothing to see" >/dev/null; run ledger verify
echo "== 9. rolled back to an older copy (caches rebuilt)"; fresh; python3 "$here/ledgertool.py" audit.ledger cut-after 99; rm -f audit.ledger.idx audit.ledger.cps audit.ledger.tree
run ledger verify --trusted-checkpoint saved-at-200.checkpoint
echo "== 10. history rewritten and re-signed with the log's own key (a fork)"; rm -f audit.ledger audit.ledger.idx audit.ledger.cps audit.ledger.tree
"$bulwark" ledger init --origin demo.example/audit >/dev/null 2>&1 || true
for n in $(seq 0 199); do s=$n; [ "$n" = 42 ] && s=4242; echo "{\"action\":\"finding.state-changed\",\"subject\":\"finding/$s\",\"reason\":\"reviewed $n\"}"; done \
  | "$bulwark" ledger append --actor alice --auth ldap --key audit.ledger.key >/dev/null
run ledger verify --trusted-checkpoint saved-at-200.checkpoint
echo "== 11. a checkpoint file edited to claim another root"; sed -i '3s/^./A/' saved-at-200.checkpoint; fresh; run ledger verify --trusted-checkpoint saved-at-200.checkpoint
echo "== 12. a witness asked to co-sign a rolled-back log"; fresh
"$bulwark" ledger init --ledger w.ledger --key witness.key --origin witness.example/w1 >/dev/null
run ledger witness --key witness.key --log-key log.pub --state witness.state --out /dev/null
python3 "$here/ledgertool.py" audit.ledger cut-after 99; rm -f audit.ledger.idx audit.ledger.cps audit.ledger.tree
"$bulwark" ledger checkpoint >/dev/null
run ledger witness --key witness.key --log-key log.pub --state witness.state --out /dev/null
