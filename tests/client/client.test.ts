// The client API as a notebook uses it: `import { openGraph, ... } from 'dipgraph'`.
import fs from 'node:fs';
import path from 'node:path';
import Graph from 'graphology';
import { centrality, circleNetworkSvg, collapse, communities, coStanceGraph, markdownTable, openGraph, stackedBarsSvg, type DipgraphClient, type StatementRow } from '../../src/client/index.js';
import { corpusStore, tempDir } from '../export/corpus-store.js';

let dir: string;
let g: DipgraphClient;

beforeAll(async () => {
  dir = tempDir('client');
  await (await corpusStore(dir)).close();
  g = await openGraph(path.join(dir, 'graph.json'));
});

afterAll(async () => {
  await g.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('openGraph on the data/articles graph', () => {
  test('asks questions with evidence', async () => {
    expect(g.kind).toBe('embedded');
    const r = await g.ask('who urged restraint?', { by: 'country' });
    if (!('answers' in r)) throw new Error(r.understood);
    const russia = r.answers.find((a) => a.name === 'Russia')!;
    expect(russia.evidence[0]).toEqual({ doc: '00-seed-russia-japan', sentence: expect.stringMatching(/restraint/) });
  });

  test('runs named queries with names for parameters', async () => {
    const rows = (await g.query('stance', { object: ['India', 'Pakistan'], by: 'country' })) as { name: string; stances: Record<string, number> }[];
    expect(rows.find((r) => r.name === 'China')!.stances.URGES).toBeGreaterThan(0);
    expect(g.queries().map((q) => q.name)).toContain('stance');
  });

  test('gives statements as rows, one per edge, with countries and the quote', async () => {
    const all = await g.statements();
    const russian = await g.statements({ types: ['URGES'], actor: 'Russia' });
    expect(russian.length).toBeGreaterThan(0);
    expect(russian.length).toBeLessThan(all.length);
    expect(russian.every((r) => r.relation === 'URGES' && (r.speakerCountry === 'Russia' || r.speaker === 'Russia'))).toBe(true);
    expect(russian).toContainEqual(expect.objectContaining({
      speaker: 'Maria Zakharova', speakerCountry: 'Russia', speakerRollup: 'Russia', action: 'restraint', cameo: '025', doc: '00-seed-russia-japan', date: '2025-05-07',
      quote: expect.stringMatching(/restraint/),
    }));
    const may = await g.statements({ from: '2025-05-07', to: '2025-05-11' });
    expect(may.length).toBeGreaterThan(0);
    expect(may.every((r) => r.date! >= '2025-05-07' && r.date! <= '2025-05-11')).toBe(true);
  });

  test('returns neighbourhoods as graphology graphs with evidence on the edges', async () => {
    const around = await g.neighbourhood('China');
    expect(around).toBeInstanceOf(Graph);
    expect(around.hasNode('Country:china')).toBe(true);
    expect(around.size).toBeGreaterThan(0);
    around.forEachEdge((_e, a) => expect(a.sentence).toEqual(expect.any(String)));
    expect(centrality(around)[0]!.key).toBe('Country:china');
  });

  test('exports the graph as dipgraph export does', async () => {
    const events = await g.export('events');
    if (events.kind !== 'file') throw new Error('events is one file');
    expect(events.text.split('\n')[0]).toMatch(/^event_id,date,actor1,/);
    expect(events.summary).toBe(`${(await g.statements()).length} events`);
    await expect(g.export('xlsx')).rejects.toThrow(/format must be one of/);
  });

  test('a Neo4j URI opens Neo4j, and says so when none answers', async () => {
    await expect(openGraph('bolt://127.0.0.1:1')).rejects.toThrow(/bolt:\/\/127\.0\.0\.1:1/);
  });
});

describe('graph measures', () => {
  // Two triangles joined by one bridge c–d; a–b said twice.
  function bridged() {
    const graph = new Graph.MultiDirectedGraph();
    for (const n of ['a', 'b', 'c', 'd', 'e', 'f']) graph.addNode(n, { name: n.toUpperCase(), type: 'Country' });
    for (const [s, t] of [['a', 'b'], ['b', 'a'], ['b', 'c'], ['c', 'a'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'd']] as const) graph.addEdge(s, t, { type: 'URGES' });
    return graph;
  }

  test('collapse counts parallel edges in both directions as one weighted tie', () => {
    const simple = collapse(bridged());
    expect(simple.size).toBe(7);
    expect(simple.getEdgeAttribute('a', 'b', 'weight')).toBe(2);
  });

  test('the bridge ends have the highest betweenness', () => {
    const rows = centrality(bridged());
    expect(rows.slice(0, 2).map((r) => r.key).sort()).toEqual(['c', 'd']);
    expect(rows.find((r) => r.key === 'a')!).toEqual(expect.objectContaining({ degree: 2, weightedDegree: 3, betweenness: 0 }));
  });

  test('Louvain finds the two triangles, the same on every run', () => {
    const found = communities(bridged(), { seed: 7 });
    expect(found.communities.map((c) => c.members.map((m) => m.key))).toEqual([['a', 'b', 'c'], ['d', 'e', 'f']]);
    expect(found.modularity).toBeGreaterThan(0.3);
    expect(communities(bridged(), { seed: 7 })).toEqual(found);
  });

  test('co-stance links actors that said the same about the same object, not contacts', () => {
    const row = (speaker: string, relation: string, object: string, action: string | null = null): StatementRow => ({
      date: '2025-05-07', speaker, speakerType: 'Country', speakerCountry: speaker, speakerRollup: speaker, relation: relation as StatementRow['relation'], action, cameo: null,
      object, objectType: 'Event', objectCountry: null, doc: 'd', title: null, source: null, quote: 'q', confidence: 1, speakerKey: speaker, objectKey: object, edge: `${speaker}${relation}${object}${action}`,
    });
    const graph = coStanceGraph([
      row('A', 'CONDEMNS', 'X'), row('B', 'CONDEMNS', 'X'), row('A', 'URGES', 'Y', 'restraint'), row('B', 'URGES', 'Y', 'restraint'),
      row('C', 'URGES', 'Y', 'dialogue'), row('C', 'CONTACTS', 'Z'), row('A', 'CONTACTS', 'Z'),
    ]);
    expect(graph.nodes().sort()).toEqual(['A', 'B', 'C']);
    expect(graph.edges()).toHaveLength(1);
    expect(graph.getEdgeAttributes('A', 'B')).toEqual({ weight: 2, positions: ['CONDEMNS X', 'URGES Y (restraint)'] });
  });
});

describe('display helpers', () => {
  test('markdownTable escapes pipes and cuts long cells', () => {
    expect(markdownTable([{ a: 'x|y', b: 'long text here' }], ['a', 'b'], { maxCell: 5 })).toBe('| a | b |\n| --- | --- |\n| x\\|y | long… |');
  });

  test('stackedBarsSvg draws one bar segment per day and series', () => {
    const svg = stackedBarsSvg([{ d: '2025-05-07', s: 'URGES' }, { d: '2025-05-07', s: 'URGES' }, { d: '2025-05-08', s: 'CONDEMNS' }], (r) => r.d, (r) => r.s);
    expect(svg.match(/<title>/g)).toHaveLength(2);
    expect(svg).toContain('<title>2025-05-07 URGES: 2</title>');
  });

  test('circleNetworkSvg draws every node with its name and every tie', () => {
    const graph = new Graph.UndirectedGraph();
    graph.mergeEdge('A & B', 'C', { weight: 2 });
    graph.mergeEdge('C', 'D', { weight: 1 });
    graph.forEachNode((n) => graph.setNodeAttribute(n, 'name', n));
    const svg = circleNetworkSvg(graph, { 'A & B': 0, C: 0, D: 1 });
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg.match(/<line /g)).toHaveLength(2);
    expect(svg).toContain('>A &amp; B</text>');
  });
});
