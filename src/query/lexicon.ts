// The words `ask` understands: verbs of each relation with their inflections,
// the URGES actions, and the "which ..." nouns that restrict the answer's type.
import type { StatementType, UrgeAction } from '../model/ontology.js';

/** Verb phrases of each statement type, as regex sources (matched whole-word, case-insensitive). */
export const STATEMENT_VERBS: Record<StatementType, string> = {
  URGES: String.raw`urged?|urges|urging|call(?:s|ed|ing)? (?:on|upon|for)|appeal(?:s|ed|ing)? (?:to|for)|encourag(?:e|es|ed|ing)|press(?:es|ed|ing)? for|demand(?:s|ed|ing)?|ask(?:s|ed|ing)? for`,
  CONDEMNS: String.raw`condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|deplor(?:e|es|ed|ing)`,
  CRITICIZES: String.raw`critici[sz](?:e|es|ed|ing)|regrett?(?:s|ed|ing)?|accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|slamm?(?:s|ed|ing)?`,
  EXPRESSES_CONCERN: String.raw`(?:express|voic|rais)(?:e|es|ed|ing)? (?:deep |grave |serious )?concerns?|(?:is|are|was|were|been) (?:deeply |gravely |very )?(?:concerned|worried|alarmed|troubled)|worried`,
  SUPPORTS: String.raw`support(?:s|ed|ing)?|back(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|endors(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|st(?:an)?(?:d|ds|ood|anding) (?:with|by)`,
  CITES: String.raw`cit(?:e|es|ed|ing)|invok(?:e|es|ed|ing)|refer(?:s|red|ring)? to`,
  CONTACTS: String.raw`contact(?:s|ed|ing)?|call(?:s|ed|ing)?|phon(?:e|es|ed|ing)|me(?:et|ets|t|eting)(?: with)?|sp(?:eak|eaks|oke|eaking) (?:to|with)|talk(?:s|ed|ing)? (?:to|with)|h(?:old|olds|eld) talks with`,
  OFFERS: String.raw`offer(?:s|ed|ing)?|propos(?:e|es|ed|ing)`,
};

/** Base-form verbs, for "what did X condemn?" (the verb after "did"). */
export const BASE_VERBS: Record<StatementType, string> = {
  URGES: String.raw`urge|call (?:on|for)|appeal (?:to|for)|demand`,
  CONDEMNS: String.raw`condemn|denounce|deplore`,
  CRITICIZES: String.raw`critici[sz]e|regret|accuse|blame`,
  EXPRESSES_CONCERN: String.raw`express concern (?:about|over|at)|worry about`,
  SUPPORTS: String.raw`support|back|welcome|endorse|praise`,
  CITES: String.raw`cite|invoke|refer to`,
  CONTACTS: String.raw`contact|call|phone|meet(?: with)?|speak (?:to|with)|talk (?:to|with)|hold talks with`,
  OFFERS: String.raw`offer`,
};

export const PASSIVE_VERBS: Partial<Record<StatementType, string>> = {
  URGES: String.raw`urged|called (?:on|upon)`,
  CONDEMNS: String.raw`condemned|denounced|deplored`,
  CRITICIZES: String.raw`critici[sz]ed|regretted|accused|blamed`,
  SUPPORTS: String.raw`supported|backed|welcomed|endorsed|praised`,
  CITES: String.raw`cited|invoked|referred to`,
  CONTACTS: String.raw`contacted|called|phoned|met`,
};

/** How each URGES action is said, most specific first. */
export const ACTIONS: [UrgeAction, RegExp][] = [
  ['peaceful-resolution', /\bpeaceful(?:ly)?(?: (?:resolution|settlement|solution|means))?\b|\bresolve\b.*\bpeacefully\b/i],
  ['de-escalation', /\bde-?escalat\w*/i],
  ['ceasefire', /\bcease-?fires?\b|\btruce\b/i],
  ['restraint', /\brestraint\b/i],
  ['dialogue', /\bdialogue\b|\btalks\b|\bnegotiations?\b|\bdiplomacy\b/i],
  ['calm', /\bcalm\b/i],
  ['investigation', /\binvestigat\w*|\binquiry\b|\bprobe\b/i],
  ['cooperation', /\bcooperat\w*|\bco-operat\w*/i],
];

/** "which countries ..." and its kin: the entity type the answers must have. */
export const WHICH_NOUNS: [RegExp, string][] = [
  [/^(?:countries|nations|states|governments)$/i, 'Country'],
  [/^(?:organi[sz]ations|bodies|groups|institutions|agencies|ministries)$/i, 'Organization'],
  [/^(?:people|persons|leaders|officials|ministers|diplomats)$/i, 'Person'],
  [/^(?:treaties|agreements|accords|declarations|resolutions|charters)$/i, 'Treaty'],
  [/^(?:places|regions|towns|cities|areas|locations|targets)$/i, 'Place'],
  [/^(?:operations)$/i, 'Operation'],
  [/^(?:events|attacks|incidents)$/i, 'Event'],
];

/**
 * Relation types a question's verb stands for. Condemnation is a stronger
 * criticism, so "criticized" and "accused" include CONDEMNS.
 */
export const NESTED_TYPES: Partial<Record<StatementType, StatementType[]>> = {
  CRITICIZES: ['CRITICIZES', 'CONDEMNS'],
};

/** How a contact was made, as the verb of "who did X meet/call/write to". */
export type ContactMode = 'meeting' | 'call' | 'letter';

export const CONTACT_MODE_VERBS: [ContactMode, string][] = [
  ['meeting', String.raw`me(?:et|ets|t|eting)(?: with)?|h(?:old|olds|eld) talks with|receiv(?:e|es|ed)|host(?:s|ed)?|visit(?:s|ed)?`],
  ['call', String.raw`call(?:s|ed)?|(?:tele)?phon(?:e|es|ed)|(?:sp(?:eak|oke)|talk(?:ed)?) (?:by phone|on the phone) (?:to|with)`],
  ['letter', String.raw`wr(?:ite|ites|ote) to`],
];

/** Short forms of state names analysts type that news rarely spells that way. */
export const NAME_ABBREVIATIONS: Record<string, string> = {
  drc: 'Democratic Republic of the Congo',
  'dr congo': 'Democratic Republic of the Congo',
  usa: 'United States',
  'u.s.': 'United States',
  uk: 'United Kingdom',
  uae: 'United Arab Emirates',
  ksa: 'Saudi Arabia',
  prc: 'China',
};

/** The supported question forms, offered when a question is not understood. */
export const EXAMPLES = [
  'who urged restraint?',
  'who called for a ceasefire?',
  'who urged India to exercise restraint?',
  'which countries expressed concern?',
  'who expressed concern about Operation Sindoor?',
  'who condemned the Pahalgam attack?',
  'who criticized Cambodia?',
  'who criticized Israel?',
  'who condemned the strikes on Iran?',
  'who welcomed the ceasefire between India and Pakistan?',
  'who urged restraint in the Thailand–Cambodia conflict?',
  'who mediated between India and Pakistan?',
  'who accused Thailand of attacks on Cambodian positions?',
  'who did Abbas Araghchi meet?',
  'who condemned the Pahalgam attack since 2025-05-08?',
  'who supported Israel?',
  'which treaties were cited?',
  'who offered mediation?',
  'who did Abbas Araghchi contact?',
  'what did Operation Sindoor target?',
  'who launched Operation Sindoor?',
  'what did Operation Sindoor retaliate for?',
  'what did China say about Operation Sindoor?',
  'what did Russia condemn?',
  'what was the reaction to Operation Sindoor?',
  'how is Maria Zakharova connected to Operation Sindoor?',
  'what was said between 2025-05-01 and 2025-05-10?',
];
