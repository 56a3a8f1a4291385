#!/usr/bin/env bash
# npm start: build the explorer if needed, ingest data/ into the embedded
# store, answer one question to show the graph works, then serve the explorer.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f src/explorer/dist/index.html ]; then
  echo "building the explorer (once)…"
  npx vite build --config src/explorer/vite.config.ts --logLevel warn
fi
npx tsx src/cli/main.ts ingest data/articles
echo
echo '$ dipgraph ask "who urged restraint?" --by country'
npx tsx src/cli/main.ts ask "who urged restraint?" --by country --format table
echo
exec npx tsx src/cli/main.ts serve "$@"
