// `dipgraph export`: the whole graph as graphology JSON or GEXF (Gephi), from either store.
import fs from 'node:fs';
import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { openStoreFromFlags, STORE_HELP, STORE_OPTIONS } from '../store-options.js';
import { runNamedQuery } from '../../query/catalog.js';
import type { DumpEdge, DumpNode } from '../../query/types.js';
import type { GraphStore } from '../../store/store.js';

const HELP = `Usage: dipgraph export [--format graphology|gexf] [--out FILE] [store options]

Writes every node (entities and documents) and every edge (statements, facts,
MENTIONS) with their attributes. graphology: serialized JSON that graphology's
import() reads (and the explorer); gexf: GEXF for Gephi, lists joined with "; ".

Options:
  --format FMT   graphology (default) or gexf
  --out FILE     write there instead of stdout

${STORE_HELP}

Examples:
  dipgraph export --out graph.json
  dipgraph export --format gexf --out graph.gexf --neo4j bolt://127.0.0.1:7687`;

export async function exportGraph(store: GraphStore): Promise<InstanceType<typeof Graph.MultiDirectedGraph>> {
  const graph = new Graph.MultiDirectedGraph({ allowSelfLoops: true });
  for (const n of (await runNamedQuery(store, 'dump_nodes', {})) as unknown as DumpNode[]) graph.addNode(n.key, n.attributes);
  for (const e of (await runNamedQuery(store, 'dump_edges', {})) as unknown as DumpEdge[]) graph.addEdgeWithKey(e.key, e.source, e.target, e.attributes);
  return graph;
}

/** GEXF attributes are scalars. */
function scalars(attributes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, Array.isArray(v) ? v.join('; ') : v]));
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the graph as graphology JSON or GEXF',
  help: HELP,
  options: { ...STORE_OPTIONS, format: { type: 'string' }, out: { type: 'string' } },
  async run({ values }) {
    const format = (values.format as string | undefined) ?? 'graphology';
    if (format !== 'graphology' && format !== 'gexf') throw new UsageError(`--format must be graphology or gexf, not "${format}"`);
    const store = await openStoreFromFlags(values, { mustExist: true });
    try {
      const graph = await exportGraph(store);
      const text = format === 'gexf'
        ? writeGexf(graph, {
          formatNode: (_key, a) => ({ label: String(a.name ?? ''), attributes: scalars(a) }),
          formatEdge: (_key, a) => ({ label: String(a.type ?? ''), attributes: scalars(a) }),
        })
        : JSON.stringify(graph.export());
      if (values.out) {
        fs.writeFileSync(values.out as string, text);
        console.error(`wrote ${graph.order} nodes and ${graph.size} edges to ${values.out}`);
      } else process.stdout.write(`${text}\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
