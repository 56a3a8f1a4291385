// Citations: "in accordance with the Shimla Agreement", "a breach of the UN
// Charter", "settled by UNCLOS", "the treaty is clear and in force" — the
// speaker of the sentence cites the treaty.
import type { Mention } from '../mentions/find-mentions.js';
import type { Sentence } from '../sentences/split-sentences.js';
import type { Entity } from '../registry/entity-registry.js';
import type { DiscourseState } from '../entities/resolve-references.js';
import { coordinatedRight } from './clause.js';
import { localSubject, sectionActor } from './speaker.js';
import type { Statement } from './extract-statements.js';

const CITE_BEFORE = /\b(?:accordance\s+with|(?:remains?|remained|is|are|was|were|be)\s+(?:legally\s+)?bound\s+by|in\s+line\s+with|under|citing|cited|invok\w+|adher\w+\s+to|breach(?:es|ed|ing)?(?:\s+of)?|violat\w+(?:\s+of)?|basis|pursuant\s+to|obligations?\s+(?:under|to\s+respect)|principles\s+of|aims\s+(?:and\s+principles\s+)?of|pointed\s+to|respect(?:ing)?|as\s+required\s+by|consistent\s+with|reminded[^.]*of|recall\w*(?:\s+that)?|recogni[sz]\w*(?:\s+only)?|honou?r\w*|abid\w*\s+by|uphold\w*|committed\s+to|spirit\s+of|(?:settled|governed|guaranteed|enshrined|set\s+out|laid\s+down)\s+(?:\w+\s+)?(?:by|in))\b[^.;]{0,60}$/;

const CITE_AFTER = /^[^.;]{0,90}\b(?:breached|violated|requires|required|demands|stipulates|as\s+the\s+legal\s+basis|gave\s+\w+\s+(?:a\s+)?(?:legitimate\s+)?right|guarantee[sd]?|grants?|granted|entitle[sd]?|(?:is|was|remains|remained)\s+["“]?(?:clear|in\s+force|valid|binding))\b/;

/** "in accordance with the Shimla Agreement", "a breach of the UN Charter": the speaker cites the treaty. */
export function citations(
  sentence: Sentence,
  mentions: Mention[],
  quoted: boolean[],
  found: Statement[],
  attributor: Entity | undefined,
  res: (m: Mention) => Entity[],
  st: DiscourseState,
): Statement[] {
  const out: Statement[] = [];
  const lower = sentence.text.toLowerCase();
  const treaties = mentions.filter((m) => m.kind === 'treaty');
  const done = new Set<Mention>();
  for (const t of treaties) {
    if (done.has(t)) continue;
    const chain = coordinatedRight(sentence, mentions, t, (x) => x.kind === 'treaty');
    chain.forEach((x) => done.add(x));
    const at = sentence.tokens[t.start]!.start - sentence.start;
    const endAt = sentence.tokens[chain[chain.length - 1]!.end - 1]!.end - sentence.start;
    const cueBefore = CITE_BEFORE.exec(lower.slice(Math.max(0, at - 70), at));
    if (!cueBefore && !CITE_AFTER.test(lower.slice(endAt))) continue;
    // "South Sudan seceded in 2011 under the 2005 Comprehensive Peace Agreement": background, unless
    // someone in the sentence is speaking.
    const weak = cueBefore && /^(?:under|in\s+line\s+with|consistent\s+with)\b/.test(cueBefore[0]) && !CITE_AFTER.test(lower.slice(endAt));
    if (weak && !attributor && !found.length && !quoted[t.start]) continue;
    // ("Rubio told him that Chinese influence might violate the 1977 treaty": the one who told.)
    // (Before a body cited as the source: "…, according to a State Department account".)
    const teller = found.find((x) => x.rule === 'told-x')?.s;
    let speaker: Entity | undefined = (attributor?.type === 'Person' ? attributor : undefined) ?? found.find((x) => x.p !== 'CONTACTS')?.s ?? teller ?? attributor;
    if (!speaker) {
      const subj = localSubject(sentence, mentions, t.start, 0, quoted, res, st)[0];
      speaker = subj;
    }
    if (!speaker && sentence.section) speaker = sectionActor(sentence, st)[0];
    if (!speaker) continue;
    for (const c of chain) for (const e of res(c)) out.push({ s: speaker, p: 'CITES', o: e, rule: 'cites-treaty', confidence: 0.75, sentence });
  }
  return out;
}
