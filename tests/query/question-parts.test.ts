// The pure pieces behind analysts' questions: modifiers (conflict, dates),
// descriptions of events, and how a contact was made.
import { contactModeOf } from '../../src/query/contact-mode.js';
import { describe as describeEvent } from '../../src/query/describe.js';
import { parse } from '../../src/query/grammar.js';
import { modifiers } from '../../src/query/modifiers.js';

describe('modifiers', () => {
  test.each([
    ['who urged restraint in the Thailand–Cambodia conflict', { rest: 'who urged restraint', conflict: ['Thailand', 'Cambodia'] }],
    ['who urged restraint in the Israel-Iran war', { rest: 'who urged restraint', conflict: ['Israel', 'Iran'] }],
    ['who urged restraint during the conflict between India and Pakistan', { rest: 'who urged restraint', conflict: ['India', 'Pakistan'] }],
    ['who condemned the Pahalgam attack since May 8, 2025', { rest: 'who condemned the Pahalgam attack', from: '2025-05-08' }],
    ['who urged restraint after 2025-05-08', { from: '2025-05-09' }],
    ['who urged restraint before 8 May 2025', { to: '2025-05-07' }],
    ['who urged restraint in June 2025', { from: '2025-06-01', to: '2025-06-30' }],
    ['who urged restraint between 2025-06-01 and 2025-06-30', { from: '2025-06-01', to: '2025-06-30' }],
    ['who urged restraint in the Thailand-Cambodia conflict since 2025-07-26', { rest: 'who urged restraint', conflict: ['Thailand', 'Cambodia'], from: '2025-07-26' }],
  ])('%s', (q, expected) => {
    expect(modifiers(q)).toMatchObject(expected);
  });

  test('a question without modifiers is left whole', () => {
    expect(modifiers('who welcomed the ceasefire between India and Pakistan')).toEqual({ rest: 'who welcomed the ceasefire between India and Pakistan', understood: [] });
  });
});

describe('descriptions', () => {
  test.each([
    ['the US strikes on Iran\'s nuclear sites', { kind: 'attack', launcher: 'US', target: 'Iran\'s nuclear sites' }],
    ['the strikes on Iran', { kind: 'attack', target: 'Iran' }],
    ['Israel\'s strikes', { kind: 'attack', launcher: 'Israel' }],
    ['the terrorist attack in Pahalgam', { kind: 'attack', place: 'Pahalgam' }],
    ['the ceasefire between India and Pakistan', { kind: 'ceasefire', parties: ['India', 'Pakistan'] }],
    ['the peace agreement between DRC and Rwanda', { kind: 'agreement', parties: ['DRC', 'Rwanda'] }],
  ])('%s', (phrase, expected) => {
    expect(describeEvent(phrase)).toMatchObject(expected);
  });

  test('a plain name is no description', () => {
    expect(describeEvent('Shehbaz Sharif')).toBeNull();
  });
});

describe('contact modes', () => {
  test.each([
    ['Later that day a telephone call was placed by Erdogan to Sharif.', 'call'],
    ['On Thursday Rubio held separate calls with Sharif and Jaishankar.', 'call'],
    ['On Friday the secretary called General Asim Munir.', 'call'],
    ['In a letter to the United Nations, Araghchi described the attack as a declaration of war.', 'letter'],
    ['On Monday he was received in Islamabad by Sharif.', 'meeting'],
    ['Lammy, Barrot and Wadephul met Abbas Araghchi for several hours.', 'meeting'],
    ['In Beijing this week, Wang Yi told Kao Kim Hourn that the casualties were distressing.', 'meeting'],
    ['Wang told him that China backed Pakistan.', null],
  ])('%s → %s', (sentence, mode) => {
    expect(contactModeOf(sentence)).toBe(mode);
  });
});

describe('grammar', () => {
  test.each([
    ['who met Shehbaz Sharif?', { query: 'contacts', params: { mode: 'meeting' } }],
    ['who did Marco Rubio call?', { query: 'contacts', params: { mode: 'call' } }],
    ['who did Marco Rubio speak with?', { query: 'contacts', params: {} }],
    ['who mediated between India and Pakistan?', { query: 'mediators', refs: { parties: ['India', 'Pakistan'] } }],
    ['who mediated the ceasefire between Thailand and Cambodia?', { query: 'mediators', refs: { parties: ['Thailand', 'Cambodia'] } }],
    ['who accused India of aggression?', { query: 'statements', refs: { object: ['India'] }, params: { wording: 'accuse', against: true } }],
    ['who criticized Israel?', { query: 'statements', params: { type: ['CRITICIZES', 'CONDEMNS'], against: true } }],
    ['which countries urged restraint in the India–Pakistan conflict?', { query: 'statements', refs: { scope: ['India', 'Pakistan'] }, answerType: 'Country' }],
  ])('%s', (q, expected) => {
    expect(parse(q)).toMatchObject(expected);
  });

  test('a conflict cannot narrow a question about an operation', () => {
    expect(parse('who launched Operation Sindoor in the India–Pakistan conflict?')).toEqual({ understood: expect.stringMatching(/cannot be narrowed/) });
  });
});
