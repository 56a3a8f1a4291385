// Agreements by name: "the 1972 Shimla Agreement", "Article 51 of the UN
// Charter", "Security Council resolution 2773", "a 2000 memorandum of understanding".
import type { Sentence } from '../sentences/split-sentences.js';
import type { EntityRegistry } from '../registry/entity-registry.js';
import { TREATY_HEADS } from './words.js';
import { capWord, textOf, type Mention } from './mention.js';

const TREATY_NAMED = /^(?:[A-Z][\p{L}'’.-]*|of|the|and|on|for|in)$/u;

/** Named agreements: "the 1972 Shimla Agreement", "the UN Charter", "Security Council resolution 2773". */
export function matchTreaty(sentence: Sentence, i: number, registry: EntityRegistry): Mention | undefined {
  const tokens = sentence.tokens;
  let j = i;
  let year: number | undefined;
  // "a 2000 memorandum of understanding", "the 2015 nuclear deal": a dated agreement without a proper name.
  if (/^(1[89]|20)\d\d$/.test(tokens[j]?.text ?? '') && !tokens[j + 1]?.cap) {
    const rest = tokens.slice(j + 1, j + 5).map((t) => t.lower).join(' ');
    const m = /^(?:(?:peace|ceasefire|nuclear|border|trade)\s+)?(?:memorandum of understanding|agreement|accord|treaty|declaration|deal|protocol|pact)\b/.exec(rest);
    if (m) {
      const n = m[0].split(' ').length;
      const y = Number(tokens[j]!.text);
      // "the 1904 treaty" after "the 1904 Treaty of Peace and Friendship": the treaty named with that year.
      const named = n === 1 ? registry.all().find((e) => e.type === 'Treaty' && e.props.year === y && e.name.toLowerCase().includes(m[0])) : undefined;
      if (named) {
        registry.alias(named, textOf(sentence, j, j + 2));
        return { start: i, end: j + 2, kind: 'treaty', entity: named, possessive: false };
      }
      const e = registry.get('Treaty', m[0], textOf(sentence, j, j + 1 + n));
      e.props.year ??= y;
      return { start: i, end: j + 1 + n, kind: 'treaty', entity: e, possessive: false };
    }
  }
  if (/^(1[89]|20)\d\d$/.test(tokens[j]?.text ?? '') && tokens[j + 1]?.cap) {
    year = Number(tokens[j]!.text);
    j++;
  }
  // "Article 51 of the UN Charter" cites the Charter.
  if (tokens[j]?.text === 'Article' && /^\d+$/.test(tokens[j + 1]?.text ?? '') && tokens[j + 2]?.lower === 'of') {
    const rest = matchTreaty(sentence, j + 3 + (tokens[j + 3]?.lower === 'the' ? 1 : 0), registry);
    if (rest) return { ...rest, start: i };
  }
  // "the Doha ceasefire agreement", "the Minsk peace deal": a place's name and a lower-case kind of agreement.
  if (tokens[i - 1]?.lower === 'the' && !sentence.heading && capWord(tokens[j])) {
    let p = j + 1;
    if (capWord(tokens[p]) && !TREATY_HEADS.has(tokens[p]!.lower)) p++;
    const kind = /^(?:(?:ceasefire|peace|security|trade|border|nuclear|maritime|normalisation|normalization)\s+)?(?:agreement|accord|deal|truce|pact|protocol)\b/.exec(tokens.slice(p, p + 2).map((t) => t.text).join(' '));
    if (kind) {
      const end = p + kind[0].split(' ').length;
      const e = registry.get('Treaty', textOf(sentence, j, end));
      return { start: i, end, kind: 'treaty', entity: e, possessive: false };
    }
  }
  // ("recalled that resolution 2735 already laid out …": a UN resolution by its number, in lower case.)
  if (tokens[j]?.text === 'resolution' && /^\d{3,4}$/.test(tokens[j + 1]?.text ?? '') && !/^(?:council|assembly)$/i.test(tokens[j - 1]?.text ?? '')) {
    const e = registry.get('Treaty', textOf(sentence, j, j + 2));
    return { start: i, end: j + 2, kind: 'treaty', entity: e, possessive: false };
  }
  if ((!capWord(tokens[j]) && !(tokens[j]?.text === 'UN')) || sentence.heading) return undefined;
  // Scan a capitalized name that ends in a treaty head.
  let k = j;
  let headEnd = -1;
  while (k < tokens.length && k - j < 10) {
    const tk = tokens[k]!;
    // "Security Council resolution 2773", "the 1998 Syr Darya agreement": a dated name may end in a lower-case head.
    const isHead = TREATY_HEADS.has(tk.lower) && (tk.cap || (k - j >= 2 && /^resolutions?$/.test(tk.lower)) || (year !== undefined && k > j && /^(?:agreement|accord|treaty|declaration|convention|protocol|pact)$/.test(tk.lower)));
    if (isHead) {
      headEnd = k + 1;
      break;
    }
    if (!(TREATY_NAMED.test(tk.text) || tk.text === '-' || tk.text === 'UN' || /^[A-Z]+$/.test(tk.text))) break;
    if (tk.lower === 'of' && !capWord(tokens[k + 1]) && tokens[k + 1]?.lower !== 'the') break;
    // "the Sea of Azov and the UN Convention …": "and the" opens another noun phrase.
    if (tk.lower === 'and' && tokens[k + 1]?.lower === 'the') break;
    k++;
  }
  // "Franco-Siamese treaty of 1907"
  if (headEnd < 0 && capWord(tokens[j]) && tokens[j + 1] && ['treaty', 'convention', 'agreement', 'accord', 'declaration'].includes(tokens[j + 1]!.lower)) {
    headEnd = j + 2;
    if (tokens[headEnd]?.lower === 'of' && /^(1[89]|20)\d\d$/.test(tokens[headEnd + 1]?.text ?? '')) {
      year = Number(tokens[headEnd + 1]!.text);
      const name = `${tokens[j]!.text} Treaty`;
      const e = registry.get('Treaty', name, textOf(sentence, j, headEnd + 2));
      registry.alias(e, textOf(sentence, j, headEnd));
      e.props.year ??= year;
      return { start: i, end: headEnd + 2, kind: 'treaty', entity: e, possessive: false };
    }
  }
  if (headEnd < 0) return undefined;
  let end = headEnd;
  // "Charter of the United Nations", "resolution 2773"
  let name = textOf(sentence, j, end);
  if (tokens[end - 1]!.lower.startsWith('resolution') && /^\d+$/.test(tokens[end]?.text ?? '')) {
    end++;
    // "resolution 71/222"
    if (tokens[end]?.text === '/' && /^\d+$/.test(tokens[end + 1]?.text ?? '')) end += 2;
    name = textOf(sentence, j, end);
  } else if (['of', 'on'].includes(tokens[end]?.lower ?? '') && (capWord(tokens[end + 1]) || (tokens[end + 1]?.lower === 'the' && capWord(tokens[end + 2])))) {
    // "Charter of the United Nations", "Convention on the Law of the Sea", "Treaty on Friendship and Cooperation"
    let e2 = end + 1;
    for (;;) {
      if (tokens[e2]?.lower === 'the' && capWord(tokens[e2 + 1])) e2++;
      if (!capWord(tokens[e2])) break;
      while (capWord(tokens[e2])) e2++;
      if (['of', 'and', 'on'].includes(tokens[e2]?.lower ?? '') && (capWord(tokens[e2 + 1]) || (tokens[e2 + 1]?.lower === 'the' && capWord(tokens[e2 + 2])))) e2++;
      else break;
    }
    if (e2 > end + 1) {
      name = textOf(sentence, j, e2);
      end = e2;
    }
  }
  // "Military Agreement No. 1"
  if (/^No\.?$/.test(tokens[end]?.text ?? '') && /^\d+$/.test(tokens[end + (tokens[end + 1]?.text === '.' ? 2 : 1)]?.text ?? '')) {
    end += tokens[end + 1]?.text === '.' ? 3 : 2;
    name = textOf(sentence, j, end);
  }
  const words = name.split(/\s+/);
  // A lone head word ("Agreement") or a sentence-initial "The Statement" is not a name.
  if (words.length < 2) return undefined;
  const canonical = canonicalTreatyName(name);
  const e = registry.get('Treaty', canonical, name);
  if (year) e.props.year ??= year;
  return { start: i, end, kind: 'treaty', entity: e, possessive: false };
}

function canonicalTreatyName(name: string): string {
  const m = /^Charter of the United Nations$/i.exec(name);
  if (m) return 'United Nations Charter';
  return name.replace(/^UN Charter$/, 'United Nations Charter').replace(/^U\.N\. Charter$/, 'United Nations Charter');
}
