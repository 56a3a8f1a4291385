// Every export format read back by an independent reader: the same nodes and
// edges as the store holds, and the CSV headers the README documents.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseCsv } from 'csv-parse/sync';
import { exportStore, type ExportOutput } from '../../src/export/formats.js';
import { STATEMENT_TYPES } from '../../src/model/ontology.js';
import type { EmbeddedStore } from '../../src/store/embedded/embedded-store.js';
import { loadGraph, type DipGraph } from '../../src/store/embedded/graph-file.js';
import { corpusStore, ROOT, tempDir } from './corpus-store.js';

let dir: string;
let store: EmbeddedStore;
/** The graph as the store file holds it, read independently of the store. */
let graph: DipGraph;
let nodes: number;
let edges: number;

beforeAll(async () => {
  dir = tempDir('export');
  store = await corpusStore(dir);
  graph = loadGraph(store.location);
  nodes = graph.order;
  edges = graph.size;
});

afterAll(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function text(out: ExportOutput): string {
  if (out.kind !== 'file') throw new Error('expected one file');
  return out.text;
}

function files(out: ExportOutput): Record<string, string> {
  if (out.kind !== 'folder') throw new Error('expected a folder');
  return out.files;
}

type Row = Record<string, string>;
const table = (csv: string): Row[] => parseCsv(csv, { columns: true }) as Row[];
const header = (csv: string): string[] => (parseCsv(csv, { to_line: 1 }) as string[][])[0]!;

/** The header line the README gives for a file: "`name.csv`: `a,b,c`". */
function documentedHeader(file: string): string[] {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const line = readme.split('\n').find((l) => l.includes(`\`${file}\`: \``));
  if (!line) throw new Error(`README.md documents no header for ${file}`);
  return line.split(`\`${file}\`: \``)[1]!.split('`')[0]!.split(',');
}

const statementEdges = () => graph.filterEdges((_e, a) => (STATEMENT_TYPES as readonly string[]).includes(a.type as string)).length;

describe('exports of the data/articles graph', () => {
  test('the corpus graph is not trivial', () => {
    expect(nodes).toBeGreaterThan(100);
    expect(edges).toBeGreaterThan(500);
  });

  test('JSON is graphology serialized JSON of the whole graph', async () => {
    const graph = Graph.MultiDirectedGraph.from(JSON.parse(text(await exportStore(store, 'json'))));
    expect([graph.order, graph.size]).toEqual([nodes, edges]);
  });

  test('GEXF parses back to the same nodes and edges', async () => {
    const graph = parseGexf(Graph.MultiDirectedGraph, text(await exportStore(store, 'gexf')));
    expect([graph.order, graph.size]).toEqual([nodes, edges]);
    expect(graph.hasNode('Country:russia')).toBe(true);
  });

  test('GraphML parses back to the same nodes, edges and typed attributes', async () => {
    const graph = parseGraphml(Graph.MultiDirectedGraph, text(await exportStore(store, 'graphml')));
    expect([graph.order, graph.size]).toEqual([nodes, edges]);
    expect(graph.getNodeAttribute('Country:russia', 'name')).toBe('Russia');
    const urges = graph.findEdge((_e, a) => a.type === 'URGES')!;
    expect(typeof graph.getEdgeAttribute(urges, 'confidence')).toBe('number');
    expect(graph.getEdgeAttribute(urges, 'sentence')).toEqual(expect.any(String));
  });

  test('CSV: nodes.csv and edges.csv with the documented headers, one row per entity and per non-MENTIONS edge', async () => {
    const out = files(await exportStore(store, 'csv'));
    expect(Object.keys(out).sort()).toEqual(['edges.csv', 'nodes.csv']);
    expect(header(out['nodes.csv']!)).toEqual(documentedHeader('nodes.csv'));
    expect(header(out['edges.csv']!)).toEqual(documentedHeader('edges.csv'));
    const documents = graph.filterNodes((_n, a) => a.type === 'Document').length;
    const mentions = graph.filterEdges((_e, a) => a.type === 'MENTIONS').length;
    expect(table(out['nodes.csv']!)).toHaveLength(nodes - documents);
    const edgeRows = table(out['edges.csv']!);
    expect(edgeRows).toHaveLength(edges - mentions);
    const restraint = edgeRows.find((r) => r.type === 'URGES' && r.action === 'restraint' && r.doc === '00-seed-russia-japan')!;
    expect(restraint).toEqual(expect.objectContaining({ cameo: '025', doc_published: '2025-05-07' }));
    expect(restraint.sentence).toMatch(/restraint/);
  });

  test('events: a GDELT-style table, one row per statement, with CAMEO codes and the speakers\' countries', async () => {
    const csv = text(await exportStore(store, 'events'));
    expect(header(csv)).toEqual(documentedHeader('events.csv'));
    const rows = table(csv);
    expect(rows).toHaveLength(statementEdges());
    expect(rows.every((r) => /^\d{3,4}$/.test(r.event_code!) && r.event_root_code === r.event_code!.slice(0, 2))).toBe(true);
    const zakharova = rows.find((r) => r.actor1 === 'Maria Zakharova' && r.action === 'restraint')!;
    expect(zakharova).toEqual(expect.objectContaining({ actor1_country: 'Russia', event_code: '025', doc: '00-seed-russia-japan' }));
  });

  test('neo4j-import: three files with neo4j-admin headers and a row per node and edge', async () => {
    const out = files(await exportStore(store, 'neo4j-import'));
    expect(header(out['entities.csv']!)).toEqual(documentedHeader('entities.csv'));
    expect(header(out['documents.csv']!)).toEqual(documentedHeader('documents.csv'));
    expect(header(out['relationships.csv']!)).toEqual(documentedHeader('relationships.csv'));
    const entities = table(out['entities.csv']!);
    expect(entities.length + table(out['documents.csv']!).length).toBe(nodes);
    expect(table(out['relationships.csv']!)).toHaveLength(edges);
    expect(entities.find((r) => r['key:ID'] === 'Country:russia')).toEqual(expect.objectContaining({ ':LABEL': 'Entity;Country', 'norms:string[]': expect.stringContaining('russia') }));
  });
});

describe('dipgraph export', () => {
  const dipgraph = (...args: string[]) => spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/cli/main.ts'), 'export', '--store', path.join(dir, 'graph.json'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NEO4J_URI: '' } });

  test('keeps "graphology" as the name of the JSON format', () => {
    const r = dipgraph('--format', 'graphology');
    expect(r.status).toBe(0);
    expect(Graph.MultiDirectedGraph.from(JSON.parse(r.stdout)).order).toBe(nodes);
  });

  test('writes folder formats to --out and refuses them without it', () => {
    const out = path.join(dir, 'tables');
    const r = dipgraph('--format', 'csv', '--out', out);
    expect(r.status).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(['edges.csv', 'nodes.csv']);
    const missing = dipgraph('--format', 'neo4j-import');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/give a folder with --out/);
    expect(dipgraph('--format', 'xlsx').stderr).toMatch(/--format must be one of json, graphml, gexf, csv, neo4j-import, events/);
  });
});
