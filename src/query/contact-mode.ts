// How a contact was made, read from the sentence that reports it: by letter,
// by phone, or in person. "Who met X?" wants meetings only; a call is no meeting.
import type { ContactMode } from './lexicon.js';

const LETTER = /\b(?:letters?|wrote|writes|written)\b/i;
const STRONG_CALL = /\b(?:tele)?phon\w*|\b(?:video |phone )?calls?\b(?! (?:on|upon|for)\b)/i;
const MEETING = /\b(?:met|meet(?:s|ing)?|received|hosted|hosting|visit(?:s|ed|ing)?|talks were held|held talks|sat down|face-to-face|shook hands|in person|arrived in)\b/i;
const WEAK_CALL = /\b(?:called|rang|spoke to|talking to)\b(?! (?:on|upon|for)\b)/i;
/** "In Beijing this week, Wang Yi told ...": a place of the encounter, so in person. */
const PLACE = /\b(?:[Ii]n|[Aa]t) (?:the )?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]+/;

export function contactModeOf(sentence: string): ContactMode | null {
  if (LETTER.test(sentence)) return 'letter';
  if (STRONG_CALL.test(sentence)) return 'call';
  if (MEETING.test(sentence)) return 'meeting';
  if (WEAK_CALL.test(sentence)) return 'call';
  if (PLACE.test(sentence)) return 'meeting';
  return null;
}
