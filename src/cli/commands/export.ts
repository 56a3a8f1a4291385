// `dipgraph export`: the whole graph in a format for another tool, from either store.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { openStoreFromFlags, STORE_HELP, STORE_OPTIONS } from '../store-options.js';
import { EXPORT_FORMATS, exportFormat, exportStore } from '../../export/formats.js';
import { NEO4J_IMPORT_COMMAND } from '../../export/neo4j-import.js';

const HELP = `Usage: dipgraph export [--format FORMAT] [--out PATH] [store options]

Writes the whole graph: every entity, every edge with its evidence (document,
sentence, offsets, date, rule, confidence, CAMEO code) and the documents.

Formats:
  json           graphology's serialized JSON (default; "graphology" is the same):
                 Graph.from() in JS, json + networkx in Python, the explorer
  graphml        GraphML: networkx.read_graphml, yEd, Gephi; lists joined with "; "
  gexf           GEXF for Gephi; lists joined with "; "
  csv            a folder with nodes.csv and edges.csv (edges with evidence and
                 their article) for pandas, R and spreadsheets
  neo4j-import   a folder with entities.csv, documents.csv and relationships.csv
                 for neo4j-admin's bulk import (header lines with types)
  events         a GDELT-style event table (CSV): date, actor1, actor1_country,
                 event_code (CAMEO), actor2, quote, doc, source ...

Options:
  --format FMT   one of ${EXPORT_FORMATS.join(', ')} (default json)
  --out PATH     a file (json, graphml, gexf, events; default stdout) or a
                 folder, created if needed (csv, neo4j-import; required)

${STORE_HELP}

Examples:
  dipgraph export --out graph.json
  dipgraph export --format gexf --out graph.gexf --neo4j bolt://127.0.0.1:7687
  dipgraph export --format csv --out tables/
  dipgraph export --format events --out events.csv
  dipgraph export --format neo4j-import --out bulk/ && cd bulk && ${NEO4J_IMPORT_COMMAND}`;

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the graph as JSON, GraphML, GEXF, CSV tables, neo4j-admin import files or events',
  help: HELP,
  options: { ...STORE_OPTIONS, format: { type: 'string' }, out: { type: 'string' } },
  async run({ values }) {
    const name = (values.format as string | undefined) ?? 'json';
    const format = exportFormat(name);
    if (!format) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${name}"`);
    const out = values.out as string | undefined;
    const store = await openStoreFromFlags(values, { mustExist: true });
    try {
      const output = await exportStore(store, format);
      if (output.kind === 'file') {
        if (!out) {
          process.stdout.write(output.text.endsWith('\n') ? output.text : `${output.text}\n`);
          return 0;
        }
        fs.writeFileSync(out, output.text);
        console.error(`wrote ${output.summary} to ${out}`);
        return 0;
      }
      if (!out) throw new UsageError(`--format ${format} writes several files: give a folder with --out`);
      fs.mkdirSync(out, { recursive: true });
      for (const [file, text] of Object.entries(output.files)) fs.writeFileSync(path.join(out, file), text);
      console.error(`wrote ${output.summary} to ${Object.keys(output.files).map((f) => path.join(out, f)).join(', ')}`);
      if (format === 'neo4j-import') console.error(`load them into a stopped, empty Neo4j from that folder with:\n  ${NEO4J_IMPORT_COMMAND}\nthen start it and run: dipgraph neo4j:schema`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
