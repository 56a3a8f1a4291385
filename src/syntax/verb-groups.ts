// Verb groups: a main verb with the auxiliaries, modals, negation and adverbs
// before it. Voice, modality and negation are read here once, so that every
// trigger of the statement grammar gets them the same way.
import type { Sentence } from '../sentences/split-sentences.js';
import type { TokenTag } from './tagger.js';

export type Modality =
  | 'obligation' // must, has to, needs to, ought to, should
  | 'future' // will, shall
  | 'conditional' // would
  | 'possibility'; // can, could, may, might

export interface VerbGroup {
  /** First token of the group (an auxiliary, or the verb itself). */
  start: number;
  /** The main verb's token. */
  head: number;
  lemma: string;
  voice: 'active' | 'passive';
  modality?: Modality;
  negated: boolean;
  /** "to condemn", "condemning": not a finite statement of its own. */
  nonFinite: 'infinitive' | 'gerund' | undefined;
}

const MODALS: Record<string, Modality> = {
  must: 'obligation', should: 'obligation', will: 'future', shall: 'future', would: 'conditional',
  can: 'possibility', could: 'possibility', may: 'possibility', might: 'possibility',
};
/** "has to", "needed to", "ought to": obligation verbs before "to". */
const OBLIGATION_VERBS = new Set(['have', 'has', 'had', 'having', 'need', 'needs', 'needed', 'ought']);
const NEGATORS = new Set(['not', "n't", 'never', 'no longer']);
/** Adverbs that may stand inside a group: "has repeatedly tried", "was also strongly criticized". */
const INNER_ADVERB = /^(?:also|still|just|already|again|never|not|now|further|then|jointly|formally|publicly|firmly|strongly|repeatedly|once|even|only|immediately|swiftly|quickly|reportedly|previously|earlier|later|recently|\w+ly)$/;
const PARTICIPLE = /(?:ed|en|wn|ne|lt|pt|ought|aught|ung|unk|un|ot|id|eard|ld|de)$/;

/** The verb groups of a sentence, one per main verb (VERB tag), in order. */
export function verbGroups(sentence: Sentence, tags: TokenTag[]): VerbGroup[] {
  const toks = sentence.tokens;
  const out: VerbGroup[] = [];
  for (let i = 0; i < toks.length; i++) {
    // "must be ready to mediate": a copula after a modal heads its group when no verb follows it.
    const copula = tags[i]!.pos === 'AUX' && tags[i]!.lemma === 'be' && MODALS[tags[i - 1]?.lemma ?? ''] && tags[i + 1]?.pos !== 'VERB' && tags[i + 1]?.pos !== 'AUX';
    if (tags[i]!.pos !== 'VERB' && !copula) continue;
    // "needs to withdraw": the obligation belongs to the verb after "to".
    if (OBLIGATION_VERBS.has(toks[i]!.lower) && toks[i + 1]?.lower === 'to' && tags[i + 2]?.pos === 'VERB') continue;
    let start = i;
    let negated = false;
    let modality: Modality | undefined;
    let beAux = false;
    let infinitive = false;
    let k = i - 1;
    while (k >= 0) {
      const t = toks[k]!;
      const tag = tags[k]!;
      if (tag.pos === 'AUX') {
        if (/n't$/.test(t.lower)) negated = true;
        const m = MODALS[tag.lemma] ?? MODALS[t.lower.replace(/n't$/, '')];
        if (m && !modality) modality = m;
        if (tag.lemma === 'be' || tag.lemma === 'get') beAux = true;
        start = k;
      } else if (t.lower === 'to' && tag.pos === 'PART') {
        // "has to stop", "needs to withdraw": obligation; any other "to" makes an infinitive.
        if (OBLIGATION_VERBS.has(toks[k - 1]?.lower ?? '')) {
          modality ??= 'obligation';
          start = k - 1;
          k -= 2;
          continue;
        }
        infinitive = true;
        start = k;
        break;
      } else if (NEGATORS.has(t.lower)) {
        negated = true;
        start = k;
      } else if (tag.pos === 'ADV' && INNER_ADVERB.test(t.lower)) {
        // adverbs continue the group only when an auxiliary stands before them
        const before = tags[k - 1];
        if (!before || (before.pos !== 'AUX' && before.pos !== 'ADV' && toks[k - 1]!.lower !== 'not')) break;
      } else break;
      k--;
    }
    // A verb right after another ("help implement", "keep working") is the first verb's complement.
    if (tags[i - 1]?.pos === 'VERB') infinitive = true;
    const word = toks[i]!.lower;
    const passive = beAux && PARTICIPLE.test(word) && !/ing$/.test(word);
    const gerund = /ing$/.test(word) && !beAux;
    out.push({
      start,
      head: i,
      lemma: tags[i]!.lemma,
      voice: passive ? 'passive' : 'active',
      modality,
      negated,
      nonFinite: infinitive ? 'infinitive' : gerund ? 'gerund' : undefined,
    });
  }
  return out;
}
