// The verdict lexicon (data/lexicon/verdicts.json) as regular-expression
// alternations: what a speaker may call something, and the relation each
// verdict makes. One list feeds every verdict reading, so a word added there
// counts after "called X", "described X as", after a reported copula, and
// ends the object phrase it follows.
import { createRequire } from 'node:module';
import type { StatementType } from '../model/ontology.js';

type VerdictRelation = Extract<StatementType, 'CONDEMNS' | 'CRITICIZES'>;

interface VerdictEntry {
  phrase: string;
  pos: 'adj' | 'noun' | 'phrase';
  p: VerdictRelation;
  source: string;
  copula?: boolean;
}

const require = createRequire(import.meta.url);
const data = require('../../data/lexicon/verdicts.json') as { sources: Record<string, string>; verdicts: VerdictEntry[] };

const INTENSIFIER = String.raw`(?:(?:utterly|totally|completely|entirely|simply|absolutely|clearly|deeply|very|wholly|truly|highly|extremely|particularly)\s+)?`;

function pattern(v: VerdictEntry): string {
  const words = v.phrase.split(' ').map((w) => w.replace(/[-]/g, '\\-'));
  if (v.pos === 'adj') return INTENSIFIER + words.join(String.raw`\s+`);
  // "a violation" also reads "a clear violation", "an unprecedented violation".
  if (v.pos === 'noun' && /^an?$/.test(words[0]!)) return String.raw`an?\s+(?:[\w-]+\s+)?` + words.slice(1).join(String.raw`\s+`);
  return words.join(String.raw`\s+`);
}

function alternation(keep: (v: VerdictEntry) => boolean): string {
  for (const v of data.verdicts) if (!data.sources[v.source]) throw new Error(`data/lexicon/verdicts.json: "${v.phrase}" cites unknown source "${v.source}"`);
  // Longest first, so "an act of aggression" wins over "aggression".
  return data.verdicts.filter(keep).map(pattern).sort((a, b) => b.length - a.length).join('|');
}

/** Verdicts by the relation they make, as alternations for a larger pattern. */
export const VERDICTS: Readonly<Record<VerdictRelation, string>> = {
  CONDEMNS: alternation((v) => v.p === 'CONDEMNS'),
  CRITICIZES: alternation((v) => v.p === 'CRITICIZES'),
};

/** Verdicts that also count on the subject of a reported copula ("the launch was unacceptable"). */
export const COPULA_VERDICT_WORDS: Readonly<Record<VerdictRelation, string>> = {
  CONDEMNS: alternation((v) => v.p === 'CONDEMNS' && !!v.copula),
  CRITICIZES: alternation((v) => v.p === 'CRITICIZES' && !!v.copula),
};

/** Any verdict: where an object phrase ends ("called the strikes | an act of war"). */
export const ANY_VERDICT = alternation(() => true);
