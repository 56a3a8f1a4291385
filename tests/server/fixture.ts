// A small embedded store built from hand-made fragments, so the API tests
// depend on the query layer and the store, not on the extractor's quality.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { shortHash } from '../../src/graph/keys.js';
import { toRows } from '../../src/graph/rows.js';
import type { ExtractedEntity, ExtractedRelation, GraphFragment } from '../../src/model/fragment.js';
import { openStore } from '../../src/store/open-store.js';
import type { GraphStore } from '../../src/store/store.js';

type Rel = [s: string, p: ExtractedRelation['p'], o: string | null, action?: ExtractedRelation['action'], date?: string];

function fragment(doc: string, title: string, entities: ExtractedEntity[], relations: Rel[]): GraphFragment {
  return {
    doc,
    document: { id: doc, title, published: '2025-05-07', source: 'test', hash: shortHash(doc, JSON.stringify(relations)) },
    entities,
    relations: relations.map(([s, p, o, action, date], i) => ({
      s, p, o,
      ...(action && { action }),
      ...(date && { date }),
      evidence: { doc, sentence: `Sentence ${i} of ${doc}: ${s} ${p} ${o ?? action}.`, start: i * 100, end: i * 100 + 50 },
      rule: 'fixture',
      confidence: 1,
    })),
  };
}

const e = (id: string, type: ExtractedEntity['type'], name: string, aliases: string[] = [], title?: string): ExtractedEntity => ({ id, type, name, aliases, ...(title && { title }) });

export const FRAGMENTS: GraphFragment[] = [
  fragment('d1-russia', 'Russia urges restraint', [
    e('russia', 'Country', 'Russia', ['Moscow', 'Russian']),
    e('zakharova', 'Person', 'Maria Zakharova', ['Zakharova'], 'spokesperson'),
    e('india', 'Country', 'India', ['New Delhi', 'Indian']),
    e('pakistan', 'Country', 'Pakistan', ['Islamabad']),
  ], [
    ['zakharova', 'REPRESENTS', 'russia'],
    ['zakharova', 'URGES', 'india', 'restraint', '2025-05-07'],
    ['zakharova', 'URGES', 'pakistan', 'restraint', '2025-05-07'],
    ['russia', 'EXPRESSES_CONCERN', 'india', undefined, '2025-05-06'],
  ]),
  fragment('d2-sindoor', 'China condemns the attack', [
    e('china', 'Country', 'China', ['Beijing', 'Chinese']),
    e('india', 'Country', 'India', ['New Delhi']),
    e('pakistan', 'Country', 'Pakistan', ['Islamabad']),
    e('attack', 'Event', 'Pahalgam attack', ['April 22 attack']),
    e('sindoor', 'Operation', 'Operation Sindoor', ['Sindoor']),
  ], [
    ['china', 'CONDEMNS', 'attack', undefined, '2025-04-23'],
    ['china', 'URGES', 'india', 'restraint', '2025-05-07'],
    ['india', 'LAUNCHED', 'sindoor'],
    ['sindoor', 'TARGETS', 'pakistan'],
    ['sindoor', 'RETALIATES_FOR', 'attack'],
  ]),
];

export interface Fixture {
  store: GraphStore;
  dir: string;
  cleanup(): Promise<void>;
}

export async function fixtureStore(): Promise<Fixture> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dipgraph-api-'));
  const store = await openStore({ file: path.join(dir, 'graph.json') });
  for (const f of FRAGMENTS) await store.ingest(toRows(f));
  return {
    store,
    dir,
    async cleanup() {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
