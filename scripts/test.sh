#!/usr/bin/env bash
# npm test: type-check, then every jest suite. Jest's global setup starts a
# local Neo4j (scripts/neo4j.sh) when none answers at NEO4J_URI, and its
# teardown stops what it started.
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsc -p . --noEmit
npx tsc -p src/explorer
if [ ! -f src/explorer/dist/index.html ] || [ -n "$(find src/explorer -newer src/explorer/dist/index.html -not -path '*/dist/*' -type f | head -n 1)" ]; then
  npx vite build --config src/explorer/vite.config.ts --logLevel warn
fi
NODE_OPTIONS="${NODE_OPTIONS:-} --experimental-vm-modules --no-warnings=ExperimentalWarning" npx jest "$@"
