// Maps an English question to a named query, its parameters and the entity
// phrases still to resolve against the store. Pure: no store access here.
import { STATEMENT_TYPES, type StatementType } from '../model/ontology.js';
import { ACTIONS, BASE_VERBS, CONTACT_MODE_VERBS, NESTED_TYPES, PASSIVE_VERBS, STATEMENT_VERBS, WHICH_NOUNS, type ContactMode } from './lexicon.js';
import { modifiers, splitParties, type Modifiers } from './modifiers.js';
import type { Level } from './types.js';

export type Shape = 'answers' | 'statements' | 'path';

export interface Intent {
  query: string;
  params: Record<string, unknown>;
  /** Parameters naming entities: the phrases as written, to resolve to keys. */
  refs: Record<string, string[]>;
  defaultBy: Level;
  /** Which side the question asks for: "which countries urged" asks the subject. */
  asks: 'subject' | 'object';
  /** From "which countries ...": answers must be of this type. */
  answerType?: string;
  shape: Shape;
  /** What was understood, in words, for messages. */
  understood: string;
}

export interface Failure {
  understood: string;
}

const DATE = String.raw`(\d{4}-\d{2}-\d{2})`;
const SUBJECT = String.raw`(?:who|what|which (\w+))`;
const HAVE = String.raw`(?:(?:has|have|had) )?`;

export function clean(question: string): string {
  return question.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[?.!]+\s*$/, '').replace(/\s+/g, ' ').trim();
}

function whichType(noun: string | undefined): string | undefined | null {
  if (!noun) return undefined;
  return WHICH_NOUNS.find(([re]) => re.test(noun))?.[1] ?? null;
}

/** A phrase naming one entity or several ("India and Pakistan"); the caller tries the whole first. */
function phrase(text: string): string[] {
  return [text.trim().replace(/^(?:the|a|an) /i, '')];
}

function intent(i: Omit<Intent, 'shape' | 'asks'> & Partial<Pick<Intent, 'shape' | 'asks'>>): Intent {
  return { shape: 'answers', asks: 'subject', ...i };
}

const LABEL: Record<StatementType, string> = {
  URGES: 'urged', CONDEMNS: 'condemned', CRITICIZES: 'criticized', EXPRESSES_CONCERN: 'expressed concern about',
  SUPPORTS: 'supported', CITES: 'cited', CONTACTS: 'contacted', OFFERS: 'offered',
};

/** What follows an URGES verb: an action, an addressee, or "ADDRESSEE to ACTION". */
function urgeRest(rest: string): { action?: string; object?: string } | Failure {
  for (const [action, re] of ACTIONS) {
    const m = re.exec(rest);
    if (!m) continue;
    const before = rest.slice(0, m.index)
      .replace(/\b(?:to|for)?\s*(?:exercise|show|practi[cs]e|maintain|observe|agree to|pursue|engage in|seek|resume|return to|hold|keep|respect|reach|accept|work for|work towards?|resolve|settle|a|an|the|maximum|immediate|utmost)?\s*$/i, '')
      .replace(/\b(?:to|for|a|an|the)\s*$/i, '')
      .trim();
    return before ? { action, object: before } : { action };
  }
  if (/^(?:for|to) /i.test(rest)) return { understood: `an appeal, but not the action "${rest.replace(/^(?:for|to) /i, '')}" (known: ${ACTIONS.map(([a]) => a).join(', ')})` };
  return { object: rest };
}

function offerRest(rest: string): { object?: string; between?: string[] } {
  const stripped = rest.replace(/^(?:to )?(?:mediat\w*|help\w*|assist\w*|(?:its )?good offices|(?:a )?(?:constructive|mediating|mediator) role|support|talks)\s*/i, '');
  const between = /^between (.+)$/i.exec(stripped);
  const parties = between && splitParties(between[1]!);
  if (parties) return { between: parties };
  const m = /^(?:between|to|for|with) (.+)$/i.exec(stripped);
  if (m) return { object: m[1]! };
  return stripped ? { object: stripped } : {};
}

/** "who met X", "who did X call": the mode the verb names, if any ("contact", "speak with" name none). */
function contactMode(verb: string): ContactMode | undefined {
  return CONTACT_MODE_VERBS.find(([, re]) => new RegExp(`^(?:${re})$`, 'i').test(verb.trim()))?.[0];
}

type Rule = (q: string) => Intent | Failure | null;

const RULES: Rule[] = [
  (q) => {
    const m = new RegExp(`^what (?:was said|happened|statements were made|did (?:anyone|they) say) between ${DATE} and ${DATE}$`, 'i').exec(q);
    return m && intent({ query: 'timeline', params: { from: m[1], to: m[2] }, refs: {}, defaultBy: 'person', shape: 'statements', understood: `statements between ${m[1]} and ${m[2]}` });
  },
  (q) => {
    const m = /^how (?:is|are|was|were) (.+?) (?:connected|linked|related) (?:to|with) (.+)$/i.exec(q);
    return m && intent({ query: 'path', params: {}, refs: { from: phrase(m[1]!), to: phrase(m[2]!) }, defaultBy: 'entity', shape: 'path', understood: `how "${m[1]}" is connected to "${m[2]}"` });
  },
  (q) => {
    const m = /^(?:what (?:was|is|were|are) the (?:reactions?|responses?|stances?|positions?) (?:to|on|over|about)|who said what (?:about|on)|how did (?:the world|countries|governments) (?:react|respond) to|stances? (?:on|over)) (.+)$/i.exec(q);
    return m && intent({ query: 'stance', params: {}, refs: { object: phrase(m[1]!) }, defaultBy: 'country', understood: `the stances taken on "${m[1]}"` });
  },
  (q) => {
    const m = /^what did (.+?) say(?: (?:about|on|regarding|of) (.+))?$/i.exec(q);
    if (!m) return null;
    return intent({
      query: 'said_by', params: { members: true }, refs: { actor: phrase(m[1]!), ...(m[2] && { object: phrase(m[2]) }) }, defaultBy: 'person', shape: 'statements', asks: 'object',
      understood: `what "${m[1]}" said${m[2] ? ` about "${m[2]}"` : ''}`,
    });
  },
  (q) => {
    const m = /^(?:what|who|which (\w+)) did (.+?) (target|strike|hit|attack|bomb)$/i.exec(q) ?? /^(?:what|who|which (\w+)) (?:was|were) (?:targeted|struck|hit|attacked|bombed) (?:by|in) (.+)$/i.exec(q);
    return m && operation(m[2]!, 'TARGETS', 'entity', 'object', m[1], `what "${m[2]}" targeted`);
  },
  (q) => {
    const m = /^what did (.+?) retaliate (?:for|against)$/i.exec(q) ?? /^what (?:was|is) (.+?) (?:in )?(?:retaliation|a response|a reprisal|revenge|a reply) (?:for|to)$/i.exec(q);
    return m && operation(m[1]!, 'RETALIATES_FOR', 'entity', 'object', undefined, `what "${m[1]}" retaliated for`);
  },
  (q) => {
    const m = /^where did (.+?) (?:take place|happen|occur)$/i.exec(q);
    return m && operation(m[1]!, 'OCCURRED_IN', 'entity', 'object', undefined, `where "${m[1]}" took place`);
  },
  (q) => {
    const m = new RegExp(`^${SUBJECT} ${HAVE}(?:launched|carried out|conducted|mounted|staged|executed|started|began|initiated|ordered) (.+)$`, 'i').exec(q);
    return m && operation(m[2]!, 'LAUNCHED', 'person', 'subject', m[1], `who launched "${m[2]}"`);
  },
  (q) => {
    const m = new RegExp(`^${SUBJECT} (?:took part|participated|was involved|were involved|joined) in (.+)$`, 'i').exec(q);
    return m && operation(m[2]!, 'PARTICIPATES_IN', 'person', 'subject', m[1], `who took part in "${m[2]}"`);
  },
  (q) => {
    const m = new RegExp(`^(?:who|which (\\w+)) did (.+?) (${BASE_VERBS.CONTACTS}|write to|receive|host|visit)$`, 'i').exec(q)
      ?? new RegExp(`^(?:who|which (\\w+)) (?:was|were|has been|have been) (${PASSIVE_VERBS.CONTACTS}|received|hosted|visited) by (.+)$`, 'i').exec(q);
    if (!m) return null;
    const [verb, name] = m[0].includes(' did ') ? [m[3]!, m[2]!] : [m[2]!, m[3]!];
    return contacts(name, m[1], contactMode(verb));
  },
  (q) => {
    const m = /^(?:who|which (\w+)) (?:has |have |had )?(?:mediated|brokered|facilitated|acted as (?:an? )?(?:mediator|go-between|intermediary)s?|(?:was|were) (?:an? )?(?:mediator|go-between|intermediary)s?)(?: (?:in|between|on|of))?(?: (.+))?$/i.exec(q);
    if (!m) return null;
    const answerType = whichType(m[1]);
    if (answerType === null) return { understood: `who mediated, but not "which ${m[1]}"` };
    // "between India and Pakistan", "the ceasefire between India and Pakistan": the parties.
    const parties = m[2] ? splitParties(m[2].replace(/^.*?\bbetween /i, '')) : null;
    return intent({
      query: 'mediators', params: {}, refs: parties ? { parties } : {}, defaultBy: 'country', answerType,
      understood: `who mediated${parties ? ` between ${parties.map((p) => `"${p}"`).join(' and ')}` : ''}: contacted both sides or offered help to both`,
    });
  },
  (q) => {
    const m = /^(?:who|which (\w+)) (?:has |have |had )?(accused|blamed) (.+?) (?:of|for) (.+)$/i.exec(q);
    if (!m) return null;
    const answerType = whichType(m[1]);
    if (answerType === null) return { understood: `who accused "${m[3]}", but not "which ${m[1]}"` };
    return intent({
      query: 'statements', params: { type: NESTED_TYPES.CRITICIZES!, against: true, wording: m[2]!.toLowerCase().startsWith('accus') ? 'accuse' : 'blame' },
      refs: { object: phrase(m[3]!) }, defaultBy: answerType === 'Country' ? 'country' : 'person', answerType,
      understood: `who ${m[2]} "${m[3]}" (of ${m[4]}): criticism or condemnation of it, its people or its operations, said as an accusation (CRITICIZES, CONDEMNS)`,
    });
  },
  (q) => {
    for (const type of STATEMENT_TYPES) {
      const m = new RegExp(`^(?:what|who|which (\\w+)) did (.+?) (?:${BASE_VERBS[type]})(?: (.+))?$`, 'i').exec(q);
      if (m) return statements(type, m[3] ?? '', { actor: m[2]!, asks: 'object', noun: m[1] });
    }
    return null;
  },
  (q) => {
    for (const type of STATEMENT_TYPES) {
      const passive = PASSIVE_VERBS[type];
      const m = passive && new RegExp(`^(?:what|who|which (\\w+)) (?:was|were|has been|have been|had been|is|are) (?:${passive})(?: (?:by) (.+))?$`, 'i').exec(q);
      if (m) return statements(type, '', { actor: m[2], asks: 'object', noun: m[1] });
    }
    return null;
  },
  (q) => {
    const m = new RegExp(`^(?:who|which (\\w+)) (?:${STATEMENT_VERBS.CONTACTS}) (.+)$`, 'i').exec(q);
    if (!m || /^(?:on|upon|for) /i.test(m[2]!)) return null;
    const verb = new RegExp(`^(?:who|which \\w+) (${STATEMENT_VERBS.CONTACTS})`, 'i').exec(q)![1]!;
    return contacts(m[2]!, m[1], contactMode(verb.replace(/ with$/i, '')) ?? contactMode(verb));
  },
  (q) => {
    for (const type of STATEMENT_TYPES) {
      if (type === 'CONTACTS') continue;
      const m = new RegExp(`^${SUBJECT} ${HAVE}(?:${STATEMENT_VERBS[type]})(?: (.+))?$`, 'i').exec(q);
      if (m) return statements(type, m[2] ?? '', { asks: 'subject', noun: m[1] });
    }
    return null;
  },
];

function operation(name: string, relation: string, defaultBy: Level, asks: 'subject' | 'object', noun: string | undefined, understood: string): Intent | Failure {
  const answerType = whichType(noun);
  if (answerType === null) return { understood: `${understood}, but not "which ${noun}"` };
  return intent({ query: 'operation', params: { relation }, refs: { operation: phrase(name) }, defaultBy, asks, answerType, understood });
}

const MODE_WORDS: Record<ContactMode, string> = { meeting: 'met in person (calls and letters are not meetings)', call: 'spoke with by phone', letter: 'wrote to or heard from by letter' };

function contacts(name: string, noun: string | undefined, mode?: ContactMode): Intent | Failure {
  const answerType = whichType(noun);
  if (answerType === null) return { understood: `whom "${name}" contacted, but not "which ${noun}"` };
  return intent({
    query: 'contacts', params: mode ? { mode } : {}, refs: { actor: phrase(name) }, defaultBy: 'entity', asks: 'object', answerType,
    understood: mode ? `who "${name}" ${MODE_WORDS[mode]}, in either direction` : `who "${name}" was in contact with, in either direction`,
  });
}

function statements(type: StatementType, rest: string, o: { actor?: string; asks: 'subject' | 'object'; noun?: string }): Intent | Failure {
  const answerType = whichType(o.noun);
  if (answerType === null) return { understood: `who ${LABEL[type]} (${type}), but not "which ${o.noun}"` };
  const nested = NESTED_TYPES[type];
  const params: Record<string, unknown> = { type: nested ?? type };
  const refs: Record<string, string[]> = {};
  if (o.actor) refs.actor = phrase(o.actor);
  let object: string | undefined;
  let between: string[] | undefined;
  if (type === 'URGES') {
    const parsed = urgeRest(rest);
    if ('understood' in parsed) return parsed;
    if (parsed.action) params.action = parsed.action;
    object = parsed.object;
  } else if (type === 'OFFERS') {
    ({ object, between } = offerRest(rest));
  } else {
    object = rest.replace(/^(?:about|over|at|regarding|on|for|to|with|by)\s+/i, '') || undefined;
  }
  if (object) refs.object = phrase(object);
  if (between) refs.scope = between;
  // A statement about an operation counts against the state that launched it.
  if (object && (type === 'CRITICIZES' || type === 'CONDEMNS')) params.against = true;
  const defaultBy: Level = o.asks === 'object' ? 'entity' : answerType === 'Country' ? 'country' : 'person';
  const what = `${o.actor ? `what "${o.actor}"` : 'who'} ${LABEL[type]}${params.action ? ` ${params.action}` : ''}${object ? ` ${type === 'URGES' && params.action ? 'from ' : ''}"${object}"` : ''}${between ? ` between ${between.map((b) => `"${b}"`).join(' and ')}` : ''}`;
  const types = nested ? `${type}, including ${nested.filter((t) => t !== type).join(', ')}` : type;
  return intent({ query: 'statements', params, refs, defaultBy, asks: o.asks, answerType, understood: `${what} (${types})${params.against ? ', its people and the operations it launched' : ''}` });
}

/** The queries a conflict or a date range can narrow. */
const NARROWABLE: Record<string, { conflict: boolean; dates: boolean }> = {
  statements: { conflict: true, dates: true },
  contacts: { conflict: true, dates: true },
  mediators: { conflict: true, dates: true },
};

function narrowed(result: Intent | Failure, mods: Modifiers): Intent | Failure {
  if (!('query' in result) || !mods.understood.length) return result;
  const can = NARROWABLE[result.query];
  const understood = `${result.understood}, ${mods.understood.join(', ')}`;
  if ((mods.conflict && !can?.conflict) || ((mods.from || mods.to) && !can?.dates)) return { understood: `${understood}, but that question cannot be narrowed that way` };
  const refs = { ...result.refs };
  if (mods.conflict) refs[result.query === 'mediators' ? 'parties' : 'scope'] = mods.conflict;
  const params = { ...result.params, ...(mods.from && { from: mods.from }), ...(mods.to && { to: mods.to }) };
  return { ...result, refs, params, understood };
}

export function parse(question: string): Intent | Failure {
  const q = clean(question);
  const [timeline, ...rules] = RULES;
  const whole = timeline!(q);
  if (whole) return whole;
  const mods = modifiers(q);
  for (const rule of rules) {
    const result = rule(mods.rest);
    if (result) return narrowed(result, mods);
  }
  return { understood: partial(q) };
}

/** What can be recognised in a question no rule maps: its verb, if any. */
function partial(q: string): string {
  for (const type of STATEMENT_TYPES) {
    const m = new RegExp(`\\b(?:${STATEMENT_VERBS[type]})\\b`, 'i').exec(q);
    if (m) return `the verb "${m[0]}" (${type}), but not the shape of the question around it`;
  }
  return 'no relation verb (urge, condemn, criticize, express concern, support, cite, contact, offer, target, launch, retaliate)';
}
