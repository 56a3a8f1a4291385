// The tagger against hand-checked sentences, and the verb groups read from its tags.
import fs from 'node:fs';
import path from 'node:path';
import { splitSentences } from '../../src/sentences/split-sentences.js';
import { tagSentence } from '../../src/syntax/tagger.js';
import { verbGroups, type VerbGroup } from '../../src/syntax/verb-groups.js';

const here = path.dirname(new URL(import.meta.url).pathname);

function sentence(text: string) {
  return splitSentences(text, 0)[0]!;
}

function group(text: string, word: string): VerbGroup {
  const s = sentence(text);
  const g = verbGroups(s, tagSentence(s)).find((x) => s.tokens[x.head]!.text === word);
  if (!g) throw new Error(`no verb group headed by "${word}" in: ${text}`);
  return g;
}

describe('tagger', () => {
  it('tags hand-checked news sentences with at least 90% accuracy', () => {
    const lines = fs.readFileSync(path.join(here, 'pos-gold.txt'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    let right = 0;
    let all = 0;
    for (const line of lines) {
      const gold = line.split(' ').map((w) => w.slice(w.lastIndexOf('/') + 1));
      const text = line.split(' ').map((w) => w.slice(0, w.lastIndexOf('/'))).join(' ').replace(/ ([.,])/g, '$1');
      const s = sentence(text);
      const tags = tagSentence(s);
      expect(tags).toHaveLength(gold.length);
      tags.forEach((t, k) => {
        all++;
        if (t.pos === gold[k]) right++;
      });
    }
    expect(right / all).toBeGreaterThanOrEqual(0.9);
  });

  it('carries tags over to tokens the model splits differently', () => {
    const s = sentence("Jaish-e-Mohammed's leaders couldn't be reached.");
    const tags = tagSentence(s);
    expect(s.tokens.map((t) => t.text)).toEqual(['Jaish-e-Mohammed', "'s", 'leaders', "couldn't", 'be', 'reached', '.']);
    expect(tags.map((t) => t.pos)).toEqual(['PROPN', 'PART', 'NOUN', 'AUX', 'AUX', 'VERB', 'PUNCT']);
    expect(tags[5]!.lemma).toBe('reach');
  });
});

describe('verb groups', () => {
  it('reads the passive with its auxiliary and adverbs', () => {
    expect(group('The strike was strongly criticized by Germany.', 'criticized')).toMatchObject({ lemma: 'criticize', voice: 'passive', negated: false });
    expect(group('The ministry was criticizing the plan.', 'criticizing')).toMatchObject({ voice: 'active', nonFinite: undefined });
  });

  it('reads obligation, future, conditional and possibility', () => {
    expect(group('Iran must receive guarantees.', 'receive').modality).toBe('obligation');
    expect(group('Aid had to be lifted.', 'lifted')).toMatchObject({ modality: 'obligation', voice: 'passive' });
    expect(group('The council needs to act.', 'act').modality).toBe('obligation');
    expect(group('Tokyo will host the talks.', 'host').modality).toBe('future');
    expect(group('Japan would help implement the deal.', 'help').modality).toBe('conditional');
    expect(group('The envoy could meet them.', 'meet').modality).toBe('possibility');
  });

  it('reads negation, contracted or not', () => {
    expect(group('He did not condemn the raid.', 'condemn').negated).toBe(true);
    expect(group("They haven't criticized Russia.", 'criticized').negated).toBe(true);
    expect(group('They never praised the deal.', 'praised').negated).toBe(true);
  });

  it('marks infinitives and verb complements as non-finite', () => {
    expect(group('China urged both sides to exercise restraint.', 'exercise').nonFinite).toBe('infinitive');
    expect(group('Japan would help implement the deal.', 'implement').nonFinite).toBe('infinitive');
    expect(group('China urged both sides to exercise restraint.', 'urged').nonFinite).toBeUndefined();
  });
});
