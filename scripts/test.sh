#!/usr/bin/env bash
# npm test: type-check, import cycles between the folders of src/ (madge), then
# every jest suite. `npm test -- tests/extract` (suites named) runs just those
# suites: no import or type check, and no Neo4j unless one of them needs it.
# Jest's neo4j project (jest.config.js) starts a local Neo4j (scripts/neo4j.sh)
# when none answers at NEO4J_URI, and stops what it started.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$#" -eq 0 ]; then
  npx tsc -p . --noEmit
  npx tsc -p src/explorer
  npx tsx scripts/check-import-cycles.ts
fi
if [ ! -f src/explorer/dist/index.html ] || [ -n "$(find src/explorer -newer src/explorer/dist/index.html -not -path '*/dist/*' -type f | head -n 1)" ]; then
  npx vite build --config src/explorer/vite.config.ts --logLevel warn
fi
NODE_OPTIONS="${NODE_OPTIONS:-} --experimental-vm-modules --no-warnings=ExperimentalWarning" npx jest "$@"
