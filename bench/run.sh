#!/usr/bin/env bash
# npm run bench: every benchmark at the sizes BENCHMARKS.md reports, each bounded
# in time. Prints figures and writes bench/results/*.json; asserts nothing.
#
#   BENCH_DOCS="1000 10000"   document counts for the ingest, query and cost-per-document runs
#   NEO4J_URI                 a Neo4j the bench may EMPTY and fill (skipped when unset)
set -euo pipefail
cd "$(dirname "$0")/.."
docs_list="${BENCH_DOCS:-1000 10000}"
largest="${docs_list##* }"
run() { echo "+ $*"; npx tsx "$@"; }

run bench/extract.ts --docs=1000
for docs in $docs_list; do
  run bench/ingest.ts --store=embedded --docs="$docs"
done
run bench/query.ts --store=embedded --docs="$largest"
run bench/server.ts --docs="$largest" --connections=100 --seconds=30

if [ -z "${NEO4J_URI:-}" ]; then
  echo "NEO4J_URI is not set: Neo4j benchmarks skipped (npm run neo4j:start, then NEO4J_URI=bolt://127.0.0.1:7687 npm run bench)"
  exit 0
fi
# The ratio: the same 1,000 documents one statement per node and edge, one batched statement per document, and batches of documents.
run bench/ingest.ts --store=neo4j --docs=1000 --mode=per-edge --max-seconds=120
run bench/ingest.ts --store=neo4j --docs=1000 --mode=per-document
run bench/ingest.ts --store=neo4j --docs=1000 --mode=batched --writers=1
for docs in $docs_list; do
  run bench/ingest.ts --store=neo4j --docs="$docs" --mode=batched --writers=2 --max-seconds=1500
done
# The depth-2 neighbourhood of a hub ships every edge near it: minutes per run past 10k documents.
if ((largest > 10000)); then queries=ask,stance; else queries=ask,stance,neighbourhood; fi
run bench/query.ts --store=neo4j --docs="$largest" --queries="$queries"
