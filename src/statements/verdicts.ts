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

for (const v of data.verdicts) if (!data.sources[v.source]) throw new Error(`data/lexicon/verdicts.json: "${v.phrase}" cites unknown source "${v.source}"`);

function words(v: VerdictEntry): string[] {
  return v.phrase.split(' ').map((w) => w.replace(/[-]/g, '\\-'));
}

function alternation(keep: (v: VerdictEntry) => boolean): string {
  const kept = data.verdicts.filter(keep);
  // Adjectives share one optional intensifier ("totally unacceptable"); "a violation" also reads "a clear
  // violation"; phrases are read as written. Longest first, so "an act of aggression" wins over "aggression".
  const longestFirst = (a: string, b: string) => b.length - a.length;
  const adjectives = kept.filter((v) => v.pos === 'adj').map((v) => words(v).join(String.raw`\s+`)).sort(longestFirst);
  const others = kept
    .filter((v) => v.pos !== 'adj')
    .map((v) => {
      const w = words(v);
      // ("These attacks are war crimes": a count noun's plural, without its article.)
      if (v.pos === 'noun' && /^an?$/.test(w[0]!)) {
        const rest = w.slice(1).join(String.raw`\s+`);
        const plural = w.length === 2 || w.length === 3 ? `|${rest}s` : '';
        return String.raw`(?:an?\s+(?:[\w-]+\s+)?${rest}${plural})`;
      }
      return w.join(String.raw`\s+`);
    })
    .sort(longestFirst);
  return [...others, ...(adjectives.length ? [`${INTENSIFIER}(?:${adjectives.join('|')})`] : [])].join('|');
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
