// Persons by name: the first full mention sets the canonical name; later
// mentions by surname, given name or any contiguous part resolve to it
// ("Zakharova", "Iwaya", "Hun Manet", "Kayikwamba Wagner").
import type { TitleRole } from './lexicon/titles.js';
import { gazetteer } from './gazetteer.js';
import { ORG_HEADS, TREATY_HEADS } from './words.js';
import type { Entity, EntityRegistry } from '../registry/entity-registry.js';

const PARTICLE = /^(?:bin|bint|ibn|al|el|de|da|do|dos|das|du|van|von|der|den|la|le|di|abu|ben)$/i;

function parts(name: string): string[] {
  return name.split(/\s+/).filter((p) => !PARTICLE.test(p));
}

export function lookupPerson(registry: EntityRegistry, text: string): Entity | undefined {
  const exact = registry.find('Person', text);
  if (exact) return exact;
  const words = text.split(/\s+/);
  const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const want = words.map(fold);
  // Most recently introduced first: a later "Khan" is the Khan just named.
  for (const p of registry.persons().reverse()) {
    const have = p.name.split(/\s+/).map(fold);
    for (let s = 0; s + want.length <= have.length; s++) {
      if (want.every((w, k) => have[s + k] === w) && want.some((w) => !PARTICLE.test(w))) return p;
    }
  }
  return undefined;
}

/** Words of buildings, bodies and places that no personal name contains. */
// Nouns that stand capitalized in names of places, bodies, things and events ("World War",
// "Intelligence Presidency"), never in a person's name.
const NOT_NAME_WORDS = new Set(['state', 'board', 'capitol', 'commissioners', 'association', 'chamber', 'house', 'hall', 'building', 'square', 'street', 'avenue', 'bridge', 'airport', 'port', 'station', 'palace', 'county', 'district', 'province', 'island', 'islands', 'sea', 'ocean', 'river', 'strait', 'gulf', 'shoal', 'reef', 'coast', 'national', 'federal', 'republic', 'kingdom', 'ministry', 'election', 'elections', 'war', 'wars', 'rights', 'cup', 'weapons', 'presidency', 'hospital', 'staff', 'university', 'school', 'dam', 'mountains', 'games', 'olympics', 'championship', 'forum', 'summit', 'conference', 'initiative', 'plan', 'programme', 'program', 'agreement', 'treaty', 'day', 'week', 'crisis', 'revolution', 'index', 'report', 'prize', 'award', 'region', 'valley', 'desert', 'peninsula', 'canal', 'corridor', 'zone', 'base', 'airbase', 'field', 'pipeline', 'mission', 'operation', 'force', 'forces', 'court', 'centre', 'center', 'museum', 'church', 'mosque', 'temple', 'cathedral', 'stadium', 'hotel', 'camp', 'prison', 'market', 'harbour', 'harbor', 'security', 'support', 'peace', 'defence', 'defense', 'intelligence', 'nuclear', 'chemical', 'pacific', 'atlantic', 'international', 'democratic', 'people', 'popular', 'liberation', 'islamic', 'christian', 'catholic', 'world', 'global', 'united', 'general', 'supreme']);

/** A plausible personal name: no country, body or treaty words in it. */
function plausibleName(text: string, titled: boolean): boolean {
  const gz = gazetteer();
  const ws = text.split(/\s+/);
  if (ws.length > 6) return false;
  if (ORG_HEADS.has(ws[ws.length - 1]!.toLowerCase()) || TREATY_HEADS.has(ws[ws.length - 1]!.toLowerCase())) return false;
  if (ws.some((w) => NOT_NAME_WORDS.has(w.toLowerCase()))) return false;
  // "Governor Jordan Hale": after a title a country's name can be the given name.
  return !ws.some((w, k) => {
    if (titled && k === 0 && ws.length > 1) return false;
    const hits = gz.phrases.get(w.toLowerCase());
    // (A body's name counts as written: "Un" of "Kim Jong Un" is no "UN".)
    return hits?.some((h) => (h.kind === 'country' && h.form !== 'capital') || (h.kind === 'org' && [h.org.name, ...h.org.aliases].some((a) => a.toLowerCase() === w.toLowerCase() && (a === w || !/^[A-Z.]{2,}$/.test(a)))) || h.kind === 'region');
  }) && !/\d/.test(text);
}

const FEMALE_TITLE = /\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|Ms|Mrs|Queen|Lady|Dame|Madam|Princess|Duchess)\b/i;
const MALE_TITLE = /\b(?:spokesman|chairman|congressman|Mr|King|Prince|Sheikh|Emir|Sultan|Lord|Sir|Duke)\b/i;

function genderOf(title: string | undefined): 'f' | 'm' | undefined {
  if (!title) return undefined;
  if (FEMALE_TITLE.test(title)) return 'f';
  if (MALE_TITLE.test(title)) return 'm';
  return undefined;
}

export function registerPerson(registry: EntityRegistry, text: string, title: string | undefined, role: TitleRole | undefined): Entity | undefined {
  const known = lookupPerson(registry, text);
  if (known) {
    if (title && !known.title) known.title = title;
    known.gender ??= genderOf(title);
    if (role && !known.role) known.role = role;
    if (text !== known.name) known.aliases.add(text);
    return known;
  }
  if (!plausibleName(text, title !== undefined)) return undefined;
  const p = registry.get('Person', text);
  if (title) p.title = title;
  if (role) p.role = role;
  p.gender = genderOf(title);
  const ps = parts(text);
  if (ps.length > 1) p.aliases.add(ps[ps.length - 1]!);
  return p;
}
