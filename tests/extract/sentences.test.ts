// The sentence layer: what counts as text before any statement is read.
import { splitSentences } from '../../src/sentences/split-sentences.js';

const texts = (text: string) => splitSentences(text, 0).map((s) => s.text);

describe('sentences', () => {
  it('drops a caption\'s closing photo credit, which names a photographer and no actor', () => {
    const t = texts('Soldiers inspect the wreckage in Saravena, September 17, 2025. REUTERS/Israel Fonseca\n\nA ship fires a water cannon. Philippine Coast Guard/Handout via REUTERS\n\nJapan condemned the attack.');
    expect(t).toEqual(['Soldiers inspect the wreckage in Saravena, September 17, 2025.', 'A ship fires a water cannon.', 'Japan condemned the attack.']);
  });

  it('keeps a sentence that only mentions an agency', () => {
    expect(texts('Iran said the talks would resume, Reuters reported.')).toEqual(['Iran said the talks would resume, Reuters reported.']);
  });

  it('ends a sentence after the network X, but not after an initial', () => {
    expect(texts('Tusk posted on X. Medvedev replied.')).toEqual(['Tusk posted on X.', 'Medvedev replied.']);
    expect(texts('President George W. Bush spoke.')).toEqual(['President George W. Bush spoke.']);
  });
});
