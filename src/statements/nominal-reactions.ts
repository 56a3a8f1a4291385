// Reactions named as nouns, their makers listed after "from" or "by":
// "Condemnations also came from Spain, Germany and Italy", "Support for the
// talks was expressed by Qatar and Egypt". Roundups report most reactions
// this way, and no verb of the lexicon stands in subject position.
import type { Mention } from '../mentions/find-mentions.js';
import type { StatementType } from '../model/ontology.js';
import type { Sentence } from '../sentences/split-sentences.js';
import type { Entity } from '../registry/entity-registry.js';
import type { DiscourseState } from '../entities/resolve-references.js';
import { coordinatedRight } from './clause.js';
import { isActor } from './mention-roles.js';
import { objectsFor } from './objects.js';
import type { Statement } from './extract-statements.js';

const REACTION_NOUNS: Array<[StatementType, RegExp]> = [
  ['CONDEMNS', /^(?:condemnations?|denunciations?)$/],
  ['CRITICIZES', /^(?:criticism|criticisms|rebukes?)$/],
  ['SUPPORTS', /^(?:support|backing|endorsements?)$/],
  ['EXPRESSES_CONCERN', /^(?:concerns?|alarm)$/],
];

/** "came from", "poured in from", "was expressed by", "were echoed by": where the makers are listed. */
const SOURCE = /^(?:also\s+)?(?:came|come|poured\s+in|flowed\s+in|(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:expressed|voiced|echoed|offered|pledged|conveyed|registered))\s+(?:from|by)$/;

export interface NominalReaction {
  statements: Statement[];
  /** Token index of the reaction noun, so the verb lexicon does not read it again. */
  at: number;
}

export function nominalReactions(sentence: Sentence, mentions: Mention[], res: (m: Mention) => Entity[], st: DiscourseState): NominalReaction[] {
  const toks = sentence.tokens;
  const found: NominalReaction[] = [];
  for (let k = 0; k < toks.length; k++) {
    const p = REACTION_NOUNS.find(([, re]) => re.test(toks[k]!.lower))?.[0];
    if (!p) continue;
    // The source phrase within a few words: "Condemnation of the coup also came from".
    let verb = -1;
    let by = -1;
    for (let j = k + 1; j < Math.min(toks.length, k + 16) && verb < 0; j++) {
      if ([',', ';', '.'].includes(toks[j]!.text)) break;
      for (let n = 2; n <= 5 && j + n <= toks.length; n++) {
        const words = toks.slice(j, j + n).map((t) => t.lower).join(' ');
        if (SOURCE.test(words)) {
          verb = j;
          by = j + n - 1;
          break;
        }
      }
    }
    if (verb < 0) {
      const drew = drewReaction(sentence, mentions, k, p, res, st);
      if (drew) found.push(drew);
      continue;
    }
    const first = mentions.find((m) => m.start > by && m.start <= by + 2 && isActor(m) && m.kind !== 'pronoun');
    if (!first) continue;
    const makers = coordinatedRight(sentence, mentions, first, (x) => isActor(x) && x.kind !== 'pronoun').flatMap(res);
    // "Support for the Istanbul talks": the object is named; "Condemnations also came": the attack the
    // story is about, else what the last reaction was about.
    const named = ['for', 'of', 'over', 'about', 'at'].includes(toks[k + 1]?.lower ?? '') && verb > k + 2;
    const trig = { p, re: /$^/, frame: 'direct' as const, rule: 'reaction-noun-from', confidence: 0.7 };
    const objects = named
      ? objectsFor({ trig, sentence, mentions, ti: k, tEnd: k + 2, cs: k, ce: verb, passive: false, res, st }).map((o) => o.entity)
      : [(st.lastIncident?.type === 'Event' ? st.lastIncident : undefined) ?? st.lastObjects?.get(p) ?? st.lastIncident ?? null];
    const statements: Statement[] = [];
    for (const s of makers) for (const o of objects) if (o && o !== s) statements.push({ s, p, o, rule: trig.rule, confidence: trig.confidence, sentence });
    if (statements.length) found.push({ statements, at: k });
  }
  return found;
}

/** "drew", "prompted", "sparked": the thing before the verb is what the reaction is about. */
const DRAW_VERBS = /^(?:drew|draws|draw|drawn|drawing|prompted|prompts|sparked|sparks|triggered|triggers|attracted|attracts|provoked|provokes|received|met)$/;
const REACTION_ADJECTIVES = /^(?:swift|strong|sharp|immediate|international|widespread|fierce|broad|harsh|angry|stern|quick|further|more|wide|global|rare|with)$/;

/** "The attack drew condemnation from France and Spain", "The move prompted sharp criticism from Beijing". */
function drewReaction(sentence: Sentence, mentions: Mention[], k: number, p: StatementType, res: (m: Mention) => Entity[], st: DiscourseState): NominalReaction | undefined {
  const toks = sentence.tokens;
  let v = k - 1;
  while (v > 0 && v >= k - 3 && REACTION_ADJECTIVES.test(toks[v]!.lower)) v--;
  if (v <= 0 || !DRAW_VERBS.test(toks[v]!.lower)) return undefined;
  let from = k + 1;
  if (toks[from]?.lower === 'across' || toks[from]?.lower === 'in') return undefined;
  if (!['from', 'by'].includes(toks[from]?.lower ?? '')) return undefined;
  const first = mentions.find((m) => m.start > from && m.start <= from + 2 && isActor(m) && m.kind !== 'pronoun');
  if (!first) return undefined;
  from = first.start;
  const makers = coordinatedRight(sentence, mentions, first, (x) => isActor(x) && x.kind !== 'pronoun').flatMap(res);
  const trig = { p, re: /$^/, frame: 'direct' as const, rule: 'drew-reaction-from', confidence: 0.65 };
  const clauseStart = Math.max(0, ...toks.slice(0, v).map((t, j) => ([',', ';', ':'].includes(t.text) ? j + 1 : 0)));
  const objects = objectsFor({ trig, sentence, mentions, ti: v, tEnd: v + 1, cs: clauseStart, ce: v, passive: true, res, st }).map((o) => o.entity);
  const statements: Statement[] = [];
  for (const s of makers) for (const o of objects) if (o && o !== s) statements.push({ s, p, o, rule: trig.rule, confidence: trig.confidence, sentence });
  return statements.length ? { statements, at: k } : undefined;
}
