// Closed word classes the mention finder and the statement grammar share.
export const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Capitalized at a sentence start, never part of a name. */
export const FUNCTION_WORDS = new Set(
  ('the a an on in at as but while after before during since when with by for from to of and or nor this that these those it its his her their our ' +
    'we they he she i you there here what how why who whom which whose late earlier later within neither both other abroad also then yet still ' +
    'meanwhile however although though if because once until unless despite amid among between over under about against into onto across ' +
    'towards toward through throughout around near beyond without instead all any each every some many most much more few several no not ' +
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen twenty thirty forty fifty hundred thousand ' +
    'first second third last next new real read analysis reporting additional editing writing photo caption watch related advertisement ' +
    'us mr mrs ms dr sir dear today yesterday tomorrow tonight morning afternoon evening night week month year great deep such so thus ' +
    'other others another speaking asked according like unlike following given including').split(' '),
);

/** Lower-case particles inside names: "Abdullah bin Zayed", "Ursula von der Leyen". */
export const NAME_PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'de', 'da', 'do', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'di', 'abu', 'ben']);

/** Last words that make a capitalized run a body rather than a person. */
export const ORG_HEADS = new Set(['group', 'council', 'committee', 'ministry', 'party', 'agency', 'front', 'army', 'forces', 'corps', 'commission', 'office', 'department', 'court', 'bank', 'union', 'organisation', 'organization', 'alliance', 'movement', 'brigade', 'brigades', 'media', 'television', 'news', 'agency', 'assembly', 'parliament', 'senate', 'congress', 'government', 'authority', 'institute', 'foundation', 'fund', 'embassy', 'mission', 'police', 'guard', 'guards', 'navy', 'command', 'service', 'services', 'university', 'times', 'post', 'network', 'association', 'federation', 'league', 'society', 'centre', 'center', 'secretariat', 'directorate', 'panel', 'force', 'tribunal', 'delegation', 'international', 'watch']);

export const TREATY_HEADS = new Set(['award', 'agreement', 'agreements', 'declaration', 'accord', 'accords', 'treaty', 'charter', 'convention', 'protocol', 'memorandum', 'pact', 'resolution', 'resolutions', 'communique', 'communiqué', 'statement', 'deal', 'framework', 'understanding', 'principles', 'consensus', 'roadmap', 'statute']);

/** Prepositions after which a capital or a name is a location, not an actor. */
export const LOCATIVE = new Set(['in', 'near', 'at', 'from', 'into', 'across', 'outside', 'inside', 'around', 'toward', 'towards', 'via']);

/** Prepositions that make the mention after them a non-subject. */
export const PREPOSITIONS = new Set(['of', 'to', 'with', 'for', 'on', 'against', 'by', 'in', 'at', 'from', 'about', 'over', 'near', 'into', 'between', 'among', 'across', 'toward', 'towards', 'under', 'after', 'before', 'since', 'than', 'upon', 'through', 'behind', 'within', 'alongside', 'including', 'like', 'via', 'despite', 'amid']);

/** Verbs of saying: they introduce the speaker of reported speech. */
export const SAY_VERBS = new Set(['said', 'says', 'say', 'saying', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'stating', 'noted', 'notes', 'declared', 'announced', 'wrote', 'writes', 'posted', 'emphasized', 'emphasised', 'stressed', 'insisted', 'affirmed', 'reiterated', 'confirmed', 'explained', 'argued', 'remarked', 'recalled', 'continued', 'tweeted', 'observed', 'asserted', 'maintained', 'claimed', 'replied', 'responded', 'commented', 'underlined', 'underscored', 'highlighted', 'mentioned', 'conveyed', 'suggested', 'pointed']);

/** Nouns that stand for the side a group statement is addressed to. */
export const GROUP_NOUNS = new Set(['sides', 'side', 'countries', 'parties', 'party', 'neighbours', 'neighbors', 'governments', 'nations', 'capitals', 'men', 'leaders', 'ministers', 'states', 'belligerents', 'adversaries', 'rivals', 'foes']);
