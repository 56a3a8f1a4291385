// The day a statement was made, when the sentence says ("on Wednesday",
// "late last month"), resolved against the publication date. News reports the
// past, so a bare weekday means the most recent one on or before publication.
import * as chrono from 'chrono-node';

const DATE_CUE = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|january|february|march|april|may|june|july|august|september|october|november|december|last\s+(?:week|month)|earlier\s+this\s+week)\b/i;

export function statementDate(sentence: string, published: string | undefined): string | undefined {
  if (!published || !DATE_CUE.test(sentence)) return undefined;
  const ref = new Date(`${published}T12:00:00Z`);
  if (Number.isNaN(ref.getTime())) return undefined;
  const found = chrono.casual.parse(sentence, { instant: ref, timezone: 'UTC' }, { forwardDate: false });
  const first = found.find((r) => !namesAnEvent(sentence, r.index, r.text));
  if (!first) return undefined;
  let d = first.start.date();
  // chrono may land a weekday in the coming week; news means the past one.
  if (d.getTime() > ref.getTime() + 86400000) d = new Date(d.getTime() - 7 * 86400000);
  return d.toISOString().slice(0, 10);
}

/**
 * A date that names the event talked about ("the April 22 attack", "the
 * statement of November 9, 2020", "adopted in February") is not the day of the
 * saying: a statement takes the date it was made.
 */
const NAMING_BEFORE = /\b(?:the|of|since|adopted|signed|agreed|killed|held)\s+(?:in\s+|on\s+)?$/i;
const NAMING_AFTER = /^\s*(?:terror(?:ist)?\s+)?(?:attacks?|killings?|strikes?|bombings?|massacre|blast|agreement|accord|ceasefire|truce|declaration|statement|resolution|elections?|summit)\b/i;

function namesAnEvent(sentence: string, index: number, text: string): boolean {
  return NAMING_BEFORE.test(sentence.slice(0, index)) || NAMING_AFTER.test(sentence.slice(index + text.length));
}
