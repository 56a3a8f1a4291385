// Part-of-speech tags and lemmas for a sentence's tokens, from wink-nlp's
// trained English model (universal POS tags). The model has its own
// tokenizer, so its tags are carried over to our tokens by character offset.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence } from '../sentences/split-sentences.js';

/** A token's universal POS tag (NOUN, PROPN, VERB, AUX, ADP, PART, …) and lemma. */
export interface TokenTag {
  pos: string;
  lemma: string;
}

const nlp = winkNLP(model, ['pos']);
const its = nlp.its;

/** Tags for each token of the sentence, by the model token that covers the token's first character. */
export function tagSentence(sentence: Sentence): TokenTag[] {
  const doc = nlp.readDoc(sentence.text);
  const values = doc.tokens().out(its.value);
  const spaces = doc.tokens().out(its.precedingSpaces);
  const pos = doc.tokens().out(its.pos);
  // wink-nlp 2.4's typings give its.lemma a third parameter that out() does not declare; it runs as any other its.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value);
  // The model's tokens carry no offsets: rebuild them from the text they cover.
  const starts: number[] = [];
  let at = 0;
  for (let k = 0; k < values.length; k++) {
    at += spaces[k]!.length;
    const found = sentence.text.indexOf(values[k]!, at);
    if (found >= 0 && found - at <= 2) at = found;
    starts.push(at);
    at += values[k]!.length;
  }
  const out: TokenTag[] = [];
  let k = 0;
  for (const t of sentence.tokens) {
    const offset = t.start - sentence.start;
    while (k + 1 < starts.length && starts[k + 1]! <= offset) k++;
    out.push({ pos: pos[k] ?? 'X', lemma: (lemmas[k] ?? t.lower).toLowerCase() });
  }
  return out;
}
