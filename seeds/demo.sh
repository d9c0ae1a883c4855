#!/usr/bin/env bash
# The main job on the seeds: track both versions in a fresh store, then show the log, the
# diff, the correction log and the substantive changes that came with no notice, and build
# the browsable report of it all.
# Run through `make demo`.
set -euo pipefail
revtrack=${1:-revtrack}
cd "$(dirname "$0")/.."
store=demo-store
url=https://www.nbcnews.com/news/world/u-s-embassy-compound-baghdad-stormed-protesters-after-iraq-airstrikes-n1109201

rm -rf "$store"
"$revtrack" init "$store"
"$revtrack" snapshot seeds/nbc-embassy-v1.txt --url "$url" --at 2019-12-31T12:00Z --store "$store"
"$revtrack" snapshot seeds/nbc-embassy-v2.txt --url "$url" --at 2019-12-31T15:45Z --store "$store"
echo
echo "== revtrack articles"
"$revtrack" articles --store "$store"
echo
echo "== revtrack log"
"$revtrack" log "$url" --store "$store"
echo
echo "== revtrack diff"
"$revtrack" diff "$url" --store "$store" --color never
echo
echo "== revtrack corrections"
"$revtrack" corrections --store "$store"
echo
echo "== revtrack corrections --stealth"
"$revtrack" corrections --stealth --store "$store"
echo
echo "== revtrack report"
rm -rf demo-report
"$revtrack" report demo-report --store "$store"
echo "Open demo-report/index.html in a browser (from disk; no server needed)."
