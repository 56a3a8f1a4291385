// Who speaks a quotation that runs over several sentences and names its
// speaker only where it closes: '"Russia is the aggressor. We call on our
// partners to act," he wrote.' Its first sentences are that speaker's too.
import type { Mention } from '../mentions/find-mentions.js';
import type { Entity, EntityRegistry } from '../registry/entity-registry.js';
import type { Sentence } from '../sentences/split-sentences.js';
import { quoteMask } from '../statements/clause.js';
import { SAY_VERBS } from '../mentions/words.js';

/** How far ahead a quotation may close and still be read as one. */
const MAX_SENTENCES = 4;

/**
 * For the sentence at `i`, which ends inside a quotation it opened or continued, the speaker named right
 * after the quotation closes: a person or body next to a verb of saying ('," Lavrov said', '," said the
 * ministry'), or a pronoun, which stands for `lastPerson`.
 */
export function speakerAfterQuote(sentences: Sentence[], mentionsOf: Mention[][], i: number, quoteOpenBefore: boolean, registry: EntityRegistry, lastPerson: Entity | undefined): Entity | undefined {
  // (Most sentences hold no quotation mark and continue none.)
  if (!quoteOpenBefore && !/["“”]/.test(sentences[i]!.text)) return undefined;
  if (!quoteMask(sentences[i]!, quoteOpenBefore).openAtEnd) return undefined;
  for (let k = i + 1; k < Math.min(sentences.length, i + 1 + MAX_SENTENCES); k++) {
    const s = sentences[k]!;
    if (s.opensParagraph) return undefined;
    const { inside, openAtEnd } = quoteMask(s, true);
    if (openAtEnd) continue;
    const toks = s.tokens;
    // The quotation closes at the first token outside it.
    const close = inside.findIndex((q, t) => !q && /^["”]$/.test(toks[t]!.text));
    if (close < 0) return undefined;
    const say = toks.findIndex((t, n) => n > close && n <= close + 6 && SAY_VERBS.has(t.lower));
    if (say < 0) return undefined;
    const near = mentionsOf[k]!.find((m) => m.start > close && m.start <= say + 4 && m.entity && (m.kind === 'person' || m.kind === 'org' || m.kind === 'country'));
    if (near) return registry.canonical(near.entity!);
    const pronoun = toks.slice(close + 1, say).some((t) => /^(?:he|she)$/.test(t.lower));
    return pronoun ? lastPerson : undefined;
  }
  return undefined;
}
