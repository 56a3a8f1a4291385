// Titles of office, longest first when matched. `role` groups them for
// attribution: heads and ministers speak for their state; spokespeople for a
// body or their principal; military ranks for the armed forces.
export type TitleRole = 'head' | 'minister' | 'spokesperson' | 'diplomat' | 'military' | 'official' | 'un';

export const TITLES: Record<string, TitleRole> = {
  'president': 'head', 'vice president': 'head', 'prime minister': 'head', 'deputy prime minister': 'minister', 'acting prime minister': 'head',
  'premier': 'head', 'acting premier': 'head', 'acting president': 'head', 'prime ministers': 'head', 'presidents': 'head', 'foreign ministers': 'minister', 'chancellor': 'head', 'king': 'head', 'queen': 'head', 'crown prince': 'head', 'emir': 'head', 'sultan': 'head',
  'supreme leader': 'head', 'ruler': 'head', 'sheikh': 'head', 'prince': 'head', 'pope': 'head', 'governor': 'official', 'mayor': 'official',
  'foreign minister': 'minister', 'foreign secretary': 'minister', 'secretary of state': 'minister', 'minister': 'minister',
  'defence minister': 'minister', 'defense minister': 'minister', 'defence secretary': 'minister', 'defense secretary': 'minister',
  'interior minister': 'minister', 'home minister': 'minister', 'finance minister': 'minister', 'external affairs minister': 'minister',
  'minister of state': 'minister', 'minister of state for foreign affairs': 'minister', 'minister for foreign affairs': 'minister',
  'minister of foreign affairs': 'minister', 'deputy foreign minister': 'minister', 'information minister': 'minister',
  'national security adviser': 'official', 'national security advisor': 'official', 'foreign policy chief': 'minister',
  'high representative': 'minister', 'senator': 'official', 'secretary': 'official', 'special envoy': 'diplomat', 'envoy': 'diplomat',
  'ambassador': 'diplomat', 'permanent representative': 'diplomat', 'chief negotiator': 'diplomat', 'spokesman': 'spokesperson', 'spokeswoman': 'spokesperson',
  'spokesperson': 'spokesperson', 'chief spokesman': 'spokesperson', 'deputy spokesman': 'spokesperson', 'deputy spokeswoman': 'spokesperson',
  'press secretary': 'spokesperson', 'secretary-general': 'un', 'secretary general': 'un', 'deputy secretary-general': 'un',
  'chairperson': 'official', 'chairman': 'official', 'chairwoman': 'official', 'chair': 'official', 'director general': 'official', 'director': 'official', 'head': 'official',
  'general': 'military', 'lieutenant general': 'military', 'major general': 'military', 'brigadier general': 'military', 'lt gen': 'military', 'gen': 'military',
  'colonel': 'military', 'lieutenant colonel': 'military', 'major': 'military', 'captain': 'military', 'admiral': 'military', 'vice admiral': 'military',
  'air marshal': 'military', 'air chief marshal': 'military', 'field marshal': 'military', 'wing commander': 'military', 'commander': 'military',
  'commodore': 'military', 'rear admiral': 'military', 'brigadier': 'military', 'lieutenant': 'military', 'lieutenant commander': 'military',
  'chief cabinet secretary': 'spokesperson', 'cabinet secretary': 'minister', 'assistant secretary of state': 'minister', 'deputy secretary of state': 'minister',
  'under secretary': 'official', 'undersecretary': 'official', 'consul general': 'diplomat', 'consul': 'diplomat', 'high commissioner': 'diplomat', 'commissioner': 'official',
  'majority leader': 'official', 'minority leader': 'official', 'senate majority leader': 'official', 'senate minority leader': 'official', 'speaker': 'official',
  'congressman': 'official', 'congresswoman': 'official', 'lawmaker': 'official', 'legislator': 'official', 'mp': 'official',
  'counterpart': 'official', 'chief': 'official', "charge d'affaires": 'diplomat', "chargé d'affaires": 'diplomat', 'state minister': 'minister', 'state secretary': 'official',
  'army chief': 'military', 'chief of staff': 'military', 'chief of army staff': 'military', 'commander-in-chief': 'military',
};

/** Titles whose holders serve abroad or for an international body, not their own government at home. */
export const DIPLOMATIC_TITLE = /\b(?:ambassador|envoy|representative|consul|commissioner|secretary-general|secretary general|charg[eé]|emissary|negotiator|mediator)\b/i;

/** Honorifics that precede a name but are not an office. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady', 'h.e', 'mr.', 'mrs.', 'ms.', 'dr.']);

/**
 * Words of a ministry's portfolio after "Minister of/for": "Minister of Water
 * and Energy", "Secretary for Foreign and Commonwealth Affairs". The name of
 * the officeholder starts at the first capitalized word that is none of these.
 */
export const PORTFOLIO_WORDS = new Set(
  ('foreign affairs external international relations cooperation commonwealth european integration diaspora defence defense security ' +
    'home interior internal justice finance economy economic planning development trade commerce industry industries investment ' +
    'energy water irrigation electricity oil gas petroleum mines mining mineral resources natural environment climate agriculture ' +
    'fisheries livestock food health education science technology digital information communications communication media culture ' +
    'tourism transport transportation infrastructure public works labour labor employment social welfare housing urban rural ' +
    'youth sports women family children religious immigration refugees border maritime ocean national state veterans emergency ' +
    'disaster management intelligence police strategic reconstruction humanitarian peace reconciliation regional local government ' +
    'administration budget treasury revenue customs tax taxation affair').split(' '),
);
