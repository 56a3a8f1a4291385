// The user's seed article, edge by edge: every relation the extractor finds,
// and every relation's provenance.
import fs from 'node:fs';
import path from 'node:path';
import { articleText } from '../../src/document/article-text.js';
import { parseTextArticle } from '../../src/document/text-article.js';
import { extractDocument } from '../../src/extract/extract.js';
import { namedRelations } from '../helpers/named-relations.js';

const SEED = path.join(import.meta.dirname, '../../data/articles/00-seed-russia-japan.txt');
const text = fs.readFileSync(SEED, 'utf8');
const article = parseTextArticle(text, '00-seed-russia-japan');
const fragment = extractDocument(article);

const EXPECTED = [
  'Indian Air Force PART_OF India',
  'Indian Air Force PARTICIPATES_IN Operation Sindoor',
  'Indian Army PART_OF India',
  'Indian Army PARTICIPATES_IN Operation Sindoor',
  'Indian Navy PART_OF India',
  'Indian Navy PARTICIPATES_IN Operation Sindoor',
  'India LAUNCHED Operation Sindoor',
  'Iwaya Takeshi EXPRESSES_CONCERN situation',
  'Iwaya Takeshi REPRESENTS Japan',
  'Iwaya Takeshi URGES India [dialogue]',
  'Iwaya Takeshi URGES Pakistan [dialogue]',
  'Japan EXPRESSES_CONCERN Rising India-Pakistan Military Tensions',
  'Japan EXPRESSES_CONCERN increasing military tensions',
  'Maria Zakharova CITES Lahore Declaration',
  'Maria Zakharova CITES Shimla Agreement',
  'Maria Zakharova CONDEMNS terrorism',
  'Maria Zakharova EXPRESSES_CONCERN rising military tensions',
  'Maria Zakharova REPRESENTS Russian Foreign Ministry',
  'Maria Zakharova URGES India [restraint]',
  'Maria Zakharova URGES Pakistan [restraint]',
  // optional in the gold (world knowledge): the actor dictionary knows who was India's prime minister in May 2025
  'Narendra Modi REPRESENTS India',
  'Operation Sindoor RETALIATES_FOR Pahalgam attack',
  'Operation Sindoor TARGETS Pakistan',
  'Operation Sindoor TARGETS Pakistan-occupied Kashmir',
  'Pahalgam attack OCCURRED_IN Pahalgam',
  'Russia CONDEMNS violence',
  'Russia EXPRESSES_CONCERN Rising India-Pakistan Military Tensions',
  'Russia EXPRESSES_CONCERN increasing military tensions',
  'Russian Foreign Ministry PART_OF Russia',
  'Vladimir Putin CONDEMNS Pahalgam attack',
  'Vladimir Putin CONTACTS Narendra Modi',
  'Vladimir Putin REPRESENTS Russia',
  'Vladimir Putin SUPPORTS India',
].sort();

describe('the seed article', () => {
  it('yields exactly the expected relations', () => {
    expect(namedRelations(fragment)).toEqual(EXPECTED);
  });

  it('names the entities of the gold file canonically', () => {
    const byType = (t: string) => fragment.entities.filter((e) => e.type === t).map((e) => e.name).sort();
    expect(byType('Country')).toEqual(['India', 'Japan', 'Pakistan', 'Russia']);
    expect(byType('Person')).toEqual(['Iwaya Takeshi', 'Maria Zakharova', 'Narendra Modi', 'Sophia Qureshi', 'Vikram Misri', 'Vladimir Putin', 'Vyomika Singh']);
    expect(byType('Treaty')).toEqual(['Lahore Declaration', 'Shimla Agreement']);
    expect(byType('Operation')).toEqual(['Balakot airstrikes', 'Operation Sindoor']);
  });

  it('keeps the counts and years the text states', () => {
    const get = (name: string) => fragment.entities.find((e) => e.name === name)!;
    expect(get('Pahalgam attack').killed).toBe(26);
    expect(get('Operation Sindoor').targets).toBe(9);
    expect(get('Shimla Agreement').year).toBe(1972);
    expect(get('Lahore Declaration').year).toBe(1999);
    expect(get('Pahalgam attack').aliases).toEqual(expect.arrayContaining(['April 22 attack']));
  });

  it('gives every relation its sentence, offsets, rule and confidence', () => {
    // Offsets point into the text the extractor read: the title, a blank line, the body.
    const read = articleText(article).text;
    for (const r of fragment.relations) {
      expect(r.evidence.doc).toBe('00-seed-russia-japan');
      expect(read.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.sentence);
      expect(r.rule).toMatch(/^[a-z-]+(?::[a-z0-9-]+)?$/);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('codes statements with CAMEO and dates them against publication', () => {
    const urges = fragment.relations.find((r) => r.p === 'URGES' && r.action === 'restraint')!;
    expect(urges.cameo).toBe('025');
    const condemns = fragment.relations.find((r) => r.p === 'CONDEMNS' && r.rule === 'condemnation-noun')!;
    expect(condemns.cameo).toBe('111');
    const wednesday = fragment.relations.find((r) => r.evidence.sentence.startsWith('On Wednesday'))!;
    expect(wednesday.date).toBe('2025-05-07');
  });

  it('is deterministic', () => {
    expect(extractDocument(article)).toEqual(fragment);
  });
});
