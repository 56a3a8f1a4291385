// Builds graph fragments from the hand-written gold files, so query semantics
// are tested apart from extraction quality. Optional entities and relations are
// dropped; evidence is fabricated: the doc name and a placeholder sentence.
import fs from 'node:fs';
import path from 'node:path';
import { shortHash } from '../../src/graph/keys.js';
import type { ExtractedEntity, ExtractedRelation, GraphFragment } from '../../src/model/fragment.js';
import type { EntityType, RelationType, UrgeAction } from '../../src/model/ontology.js';

/** The project's copy of the dev corpus: articles, gold files, questions.json. */
export const DEV_DIR = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../fixtures/dev-corpus');

interface GoldEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases?: string[];
  optional?: boolean;
  title?: string;
  killed?: number;
  wounded?: number;
  targets?: number;
  year?: number;
}

interface GoldRelation {
  s: string;
  p: RelationType;
  o: string | null;
  action?: UrgeAction;
  optional?: boolean;
}

export function goldFragment(file: string): GraphFragment {
  const gold = JSON.parse(fs.readFileSync(file, 'utf8')) as { doc: string; entities: GoldEntity[]; relations: GoldRelation[] };
  const entities: ExtractedEntity[] = gold.entities
    .filter((e) => !e.optional)
    .map(({ id, type, name, aliases, title, killed, wounded, targets, year }) => ({
      id, type, name, aliases: aliases ?? [],
      ...(title !== undefined && { title }), ...(killed !== undefined && { killed }), ...(wounded !== undefined && { wounded }),
      ...(targets !== undefined && { targets }), ...(year !== undefined && { year }),
    }));
  const ids = new Set(entities.map((e) => e.id));
  const relations: ExtractedRelation[] = gold.relations
    .filter((r) => !r.optional && ids.has(r.s) && (r.o === null || ids.has(r.o)))
    .map((r, i) => ({
      s: r.s, p: r.p, o: r.o, ...(r.action && { action: r.action }),
      evidence: { doc: gold.doc, sentence: `${gold.doc} #${i}: ${r.s} ${r.p} ${r.o ?? r.action}`, start: i, end: i + 1 },
      rule: 'gold', confidence: 1,
    }));
  const text = fs.readFileSync(file, 'utf8');
  return { doc: gold.doc, document: { id: gold.doc, title: gold.doc, published: '2025-05-07', source: 'gold', hash: shortHash(text) }, entities, relations };
}

export function goldFiles(dir = DEV_DIR): string[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort().map((f) => path.join(dir, f));
}

export interface Question {
  q: string;
  level: 'person' | 'country' | 'entity';
  answer: string[];
  accept: Record<string, string[]>;
}

export function questions(dir = DEV_DIR): Question[] {
  return JSON.parse(fs.readFileSync(path.join(dir, 'questions.json'), 'utf8')) as Question[];
}

const norm = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim().replace(/^the /, '');

/** The expected names that `got` fails to give, and the names it gives beyond them (accept forms allowed). */
export function compareAnswer(q: Question, got: string[]): { missing: string[]; extra: string[] } {
  const forms = new Map<string, string>();
  for (const name of q.answer) {
    forms.set(norm(name), name);
    for (const a of q.accept[name] ?? []) forms.set(norm(a), name);
  }
  const matched = new Set<string>();
  const extra: string[] = [];
  for (const g of got) {
    const hit = forms.get(norm(g));
    if (hit) matched.add(hit);
    else extra.push(g);
  }
  return { missing: q.answer.filter((a) => !matched.has(a)), extra };
}
