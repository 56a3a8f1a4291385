// The speech-act lexicon: verbs, nouns and adjectives that make a statement,
// each with the relation it yields and how its object is found. Patterns run
// over the lower-cased sentence; the first group is the trigger itself.
import type { StatementType, UrgeAction } from '../model/ontology.js';
import { COPULA_VERDICT_WORDS, VERDICTS } from './verdicts.js';

/** How a trigger's object is read. */
export type ObjectFrame =
  | 'direct' // condemned X, backed X
  | 'about' // concerned about/over/by X
  | 'addressee' // urged X to ..., called on X to ...
  | 'appeal' // called for X (no addressee)
  | 'contact' // spoke with X, met X
  | 'offer' // offered to mediate (between X and Y)
  | 'predicate' // called X regrettable: object before the adjective
  | 'reciprocal' // accused each other
  | 'obligation' // X had to stop, he said: the speaker urges X
  | 'none';

export interface Trigger {
  p: StatementType;
  re: RegExp;
  frame: ObjectFrame;
  rule: string;
  confidence: number;
}

/** A verb that gives a verdict on its object ("called the strikes an act of war"); not a phone call, nor "called on / for". */
const VERDICT_VERB = String.raw`(?<!\b(?:a|the|phone|telephone|video|his|her|their|its|this|that)\s)\b(called|calls|call|calling|described|describes|describing|termed|terming|branded|brands|branding|labell?ed|labell?ing|dubbed|dubbing|characteri[sz]ed|characteri[sz]ing|deemed|considered|considers|viewed|views)\b(?!\s+(?:on|upon|for)\b)`;

export const TRIGGERS: Trigger[] = [
  // CONDEMNS
  { p: 'CONDEMNS', re: /\b(condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|deplor(?:e|es|ed|ing)|decr(?:y|ies|ied|ying)|slam(?:s|med|ming)?|lambast(?:s|ed|ing)?|castigat(?:e|es|ed|ing)|excoriat(?:e|es|ed|ing))\b/g, frame: 'direct', rule: 'condemn-verb', confidence: 0.9 },
  { p: 'CONDEMNS', re: /\b((?:(?:strong|strongest|firm|unequivocal|severe|sharp)\s+)?condemnation)\s+(?:of|over)\b/g, frame: 'direct', rule: 'condemnation-noun', confidence: 0.85 },
  { p: 'CONDEMNS', re: /\b(strongly\s+critici[sz](?:e|es|ed|ing))\b/g, frame: 'direct', rule: 'strongly-criticize', confidence: 0.8 },
  // CRITICIZES
  // "lodged an official protest with Albania", "filed a complaint with Kabul": a formal protest to a state.
  // "We hold the Zionist regime responsible", "held Kabul fully responsible for": blame.
  { p: 'CRITICIZES', re: /\b(hold|holds|held|holding)\b(?=\s+(?:[\w'-]+\s+){1,5}?(?:fully\s+|directly\s+|solely\s+)?(?:responsible|accountable)\b)/g, frame: 'direct', rule: 'hold-responsible', confidence: 0.7 },
  // "reaffirmed its commitment to the ceasefire agreement": support for what one is committed to.
  { p: 'SUPPORTS', re: /\b((?:reaffirm|reiterat|restat|renew|underlin|stress)(?:ed|es|e|s|ing)?\s+(?:its|their|his|her|our|[a-z]+'s)\s+(?:["“]?(?:full|strong|firm|unwavering|ironclad|unshakable|unshakeable|steadfast|enduring)["”]?\s+)?commitment\s+to)\b(?!\s+(?:work|working|help|helping|continu))/g, frame: 'direct', rule: 'commitment-to', confidence: 0.7 },
  { p: 'CRITICIZES', re: /\b((?:lodged|lodges|lodge|lodging|filed|files|registered|registers)\s+(?:an?\s+)?(?:[a-z-]+\s+){0,2}?(?:protests?|complaints?|representations)\s+(?:with|against|to))\b/g, frame: 'direct', rule: 'protest-with', confidence: 0.75 },
  { p: 'CRITICIZES', re: /\b((?<!strongly\s)critici[sz](?:e|es|ed|ing)|regrett?(?:s|ed|ing)?|rebuk(?:e|es|ed)|(?<!trade\s|traded\s)blam(?:e|es|ed|ing))\b(?!\s+(?:down|that\s+it|each\s+other|the\s+other\b|for\b))/g, frame: 'direct', rule: 'criticize-verb', confidence: 0.8 },
  { p: 'CRITICIZES', re: /\b(accus(?:e|es|ed|ing))\b(?!\s+each\s+other)/g, frame: 'direct', rule: 'accuse-verb', confidence: 0.8 },
  // "disagreed with his comments"; "the responsibility for the death lay with Putin": disapproval and blame.
  { p: 'CRITICIZES', re: /\b((?<!\b(?:not|never)\s)disagree(?:s|d)?\s+with)\b(?!\s+each\s+other)/g, frame: 'direct', rule: 'disagree-with', confidence: 0.7 },
  { p: 'CRITICIZES', re: /\b(responsibility\b[^.;]{0,50}?\b(?:lies|lay|lie|rests|rested|lay\s+squarely|lies\s+squarely)\s+(?:(?:solely|entirely|fully|squarely)\s+)?with)\b/g, frame: 'direct', rule: 'responsibility-lies-with', confidence: 0.7 },
  { p: 'CRITICIZES', re: /\b((?:hit|hits|hitting|lashed|lashes|lashing)\s+(?:out|back)\s+at|took\s+aim\s+at|takes\s+aim\s+at)\b/g, frame: 'direct', rule: 'hit-out-at', confidence: 0.75 },
  { p: 'CONDEMNS', re: new RegExp(String.raw`${VERDICT_VERB}(?=[^.;]{1,80}?\b(?:${VERDICTS.CONDEMNS})\b)`, 'g'), frame: 'predicate', rule: 'call-x-outrage', confidence: 0.7 },
  { p: 'CRITICIZES', re: new RegExp(String.raw`${VERDICT_VERB}(?=[^.;]{1,80}?\b(?:${VERDICTS.CRITICIZES})\b)(?![^.;]{1,80}?\b(?:${VERDICTS.CONDEMNS})\b)`, 'g'), frame: 'predicate', rule: 'call-x-adjective', confidence: 0.7 },
  // "told parliament the launch was "totally unacceptable"": a verdict on the subject of the copula, by whoever is reported.
  { p: 'CONDEMNS', re: new RegExp(String.raw`\b((?:was|is|were|are|(?:had|has|have)\s+been|would\s+be)\s+["“]?(?:${COPULA_VERDICT_WORDS.CONDEMNS}))\b`, 'g'), frame: 'predicate', rule: 'x-was-outrageous', confidence: 0.65 },
  // ("was, in Vieira's words, "unacceptable"": an aside may stand between.)
  { p: 'CRITICIZES', re: new RegExp(String.raw`\b((?:was|is|were|are|remains|remained|(?:had|has|have)\s+been|would\s+be)(?:\s*,[^,.;]{1,40},)?\s+["“]?(?:${COPULA_VERDICT_WORDS.CRITICIZES}))\b`, 'g'), frame: 'predicate', rule: 'x-was-unacceptable', confidence: 0.65 },
  // "said the Brazilian leader had crossed a red line": a charge on the subject of the reported clause.
  { p: 'CRITICIZES', re: /\b((?:had|has|have)\s+["“]?crossed\s+(?:a|all|every|the)\s+(?:[\w-]+\s+)?red\s+lines?)\b/g, frame: 'predicate', rule: 'x-crossed-red-line', confidence: 0.65 },
  // "declared Lula persona non grata": the expulsion of a person is disapproval of them.
  { p: 'CRITICIZES', re: /\b(declar(?:ed|es|ing)?)\b(?=\s+(?:[\w.'-]+\s+){1,4}?["“]?persona\s+non\s+grata)/g, frame: 'direct', rule: 'persona-non-grata', confidence: 0.7 },
  { p: 'CRITICIZES', re: /\b(what (?:he|she|it|they) (?:called|described as|termed))\b(?=\s+(?:its|their)\s)/g, frame: 'direct', rule: 'what-x-called', confidence: 0.7 },
  // ("each government blamed the other" likewise.)
  { p: 'CRITICIZES', re: /\b(accused each other|trade(?:d)? blame|traded accusations|blamed each other|(?<=\beach\s+(?:[a-z]+\s+)?)(?:blamed|accused)(?=\s+the\s+other\b))\b/g, frame: 'reciprocal', rule: 'mutual-blame', confidence: 0.75 },
  // "said he was deeply disappointed by the pact", "was not satisfied with the account": displeasure voiced is criticism.
  { p: 'CRITICIZES', re: /\b((?:very|deeply|extremely|bitterly|profoundly|greatly|most)?\s*(?<!\b(?:all|those|parties|party|sides|countries|states|people|voters|many|some)\s)(?:disappointed|unhappy|dissatisfied|displeased|not\s+satisfied|not\s+happy|outraged|angered|incensed|indignant|frustrated))\b(?!\s+(?:that|if)\s+(?:no|not))/g, frame: 'about', rule: 'displeasure-adjective', confidence: 0.7 },
  // "voiced deep disappointment with the United States": displeasure named by a noun, voiced, is criticism too.
  { p: 'CRITICIZES', re: /\b(?:express\w*|voic\w+|convey\w*|register\w*)\s+(?:(?:deep|great|strong|profound|bitter|its|their|his|her|some)\s+){0,2}(disappointment|displeasure|dissatisfaction|frustration|irritation|anger)\b(?=\s+(?:with|at|over|about|toward|towards|in)\b)/g, frame: 'about', rule: 'displeasure-noun', confidence: 0.7 },
  // "was sharply critical of the State Department": disapproval stated by an adjective.
  { p: 'CRITICIZES', re: /\b((?:was|were|is|are|been|remained|remains)\s+(?:(?:\w+ly|also|very|highly|deeply)\s+){0,2}critical\s+of)\b/g, frame: 'direct', rule: 'critical-of', confidence: 0.7 },
  // "would never accept a military coup", "does not recognize the results": refusing to accept is disapproval.
  // ("will not accept any more refugees" refuses an amount, not a wrong.)
  { p: 'CRITICIZES', re: /\b((?:not|never|n't)\s+(?:\w+ly\s+)?(?:accept|recogni[sz]e|tolerate|condone))\b(?!\s+(?:that|any\s+responsibility|responsibility|(?:any\s+)?(?:more|further|additional|new|\d+)\b)\b)/g, frame: 'direct', rule: 'refuses-to-accept', confidence: 0.65 },
  // EXPRESSES_CONCERN
  { p: 'EXPRESSES_CONCERN', re: /\b((?:very|deeply|seriously|gravely|extremely|particularly|increasingly|greatly)?\s*(?<!\b(?:all|those|parties|party|sides|countries|states|actors|everyone)\s)(?:concerned|worried|alarmed|troubled|disturbed|perturbed|appalled|dismayed))\b/g, frame: 'about', rule: 'concern-adjective', confidence: 0.85 },
  { p: 'EXPRESSES_CONCERN', re: /(?<=\b(?:express\w*|voic\w+|convey\w*|rais\w+|shar\w+|register\w*|reiterat\w+|of|(?<!\b(?:following|watching|monitoring|viewing|follows|watches|followed|watched)\b[^.;]{1,60}?)with|its|their|his|her|as\s+an?|matter\s+of)\s+["“]?(?:(?:deep|grave|serious|great|strong|significant|growing|particular)\s+)?)((?:(?:deep|grave|serious|great|strong|significant|growing|particular)\s+)?(?:concerns?|alarm|worry|worries))\b/g, frame: 'about', rule: 'concern-noun', confidence: 0.75 },
  // "said London had "serious concern" about the action": a concern one has, voiced.
  { p: 'EXPRESSES_CONCERN', re: /\b(?:has|had|have)\s+["“]?((?:(?:deep|grave|serious|great|strong|significant|growing|particular)\s+)?(?:concerns?|worries))\b/g, frame: 'about', rule: 'concern-noun', confidence: 0.75 },
  // "expressed outrage at the killing": indignation voiced is condemnation.
  { p: 'CONDEMNS', re: /\b(?:express\w*|voic\w+)\s+(?:(?:deep|great|strong|its|their|his|her)\s+)?(outrage|indignation)\b(?=\s+(?:over|about|at)\b)/g, frame: 'about', rule: 'outrage-noun', confidence: 0.7 },
  { p: 'EXPRESSES_CONCERN', re: /\b((?:(?:deep|grave|serious|great|strong|significant|growing)\s+)?(?:concerns?|alarm|worry))\b(?=["”]?\s+(?:over|about|regarding|at)\b|\s+(?:was|were)\s+(?:voiced|expressed|conveyed|raised)\b)/g, frame: 'about', rule: 'concern-noun', confidence: 0.75 },
  { p: 'EXPRESSES_CONCERN', re: /\b(following|watching|monitoring|viewing|follows|watches|followed|watched)\b(?=[^.;]{1,60}?\bwith\s+["“]?(?:great|deep|grave|growing|serious|increasing|particular)?\s*concern)/g, frame: 'direct', rule: 'watching-with-concern', confidence: 0.7 },
  { p: 'EXPRESSES_CONCERN', re: /\b(worrying|alarming|troubling|distressing)\b/g, frame: 'predicate', rule: 'x-was-worrying', confidence: 0.65 },
  { p: 'EXPRESSES_CONCERN', re: /\b((?:took|takes|taking)\s+note\s+with\s+(?:deep\s+|grave\s+|serious\s+)?concern|(?:expressed|voiced|registered)\s+(?:its\s+|his\s+|her\s+|their\s+)?dismay)\b/g, frame: 'about', rule: 'concern-phrase', confidence: 0.75 },
  // SUPPORTS
  // ("provide technical support", "military backing" are aid, not endorsement.)
  { p: 'SUPPORTS', re: /(?<!\b(?:provide|provides|provided|providing|give|gave|offer|offered|technical|financial|military|logistical|material|air)\s+)\b(support(?:s|ed|ing)?|back(?:s|ed|ing)|endors(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|hail(?:s|ed|ing)?|applaud(?:s|ed)?|commend(?:s|ed)?)\b(?!\s+(?:down|away|off|for\s+militant|for\s+terror))/g, frame: 'direct', rule: 'support-verb', confidence: 0.8 },
  { p: 'SUPPORTS', re: /\b((?:support|solidarity|backing)["”]?\s+(?:for|with))\b/g, frame: 'direct', rule: 'support-noun', confidence: 0.75 },
  { p: 'SUPPORTS', re: /\b((?:legitimate\s+)?right\s+(?:to|of)\s+(?:self-defen[cs]e|defend\s+itself))\b/g, frame: 'none', rule: 'right-of-self-defence', confidence: 0.7 },
  { p: 'SUPPORTS', re: /\b(st(?:and|ands|ood|anding)\s+(?:firmly\s+|squarely\s+|fully\s+)?(?:by|with|behind)|st(?:and|ands|ood|anding)\s+["“]?shoulder\s+to\s+shoulder["”]?\s+with|(?:united|unite|unites)\s+behind|sided\s+with)\b/g, frame: 'direct', rule: 'stand-with', confidence: 0.75 },
  { p: 'SUPPORTS', re: /\b(thank(?:s|ed|ing)?)\b(?=[^.;]{1,60}?\bfor\s+(?:its|his|her|their)\s+(?:mediation|mediating|good\s+offices))/g, frame: 'direct', rule: 'thanked-for', confidence: 0.65 },
  { p: 'SUPPORTS', re: /\b(commitment\s+to\s+(?:the\s+)?(?:defen[cs]e|security|sovereignty|territorial\s+integrity)\s+of)\b/g, frame: 'direct', rule: 'commitment-to-defence', confidence: 0.7 },
  // "reaffirmed their commitment to the Doha agreement", "remain committed to the ceasefire"
  { p: 'SUPPORTS', re: /\b((?:re)?affirm(?:s|ed|ing)?\s+(?:its|their|his|her|our)\s+(?:full\s+|strong\s+|firm\s+|continued\s+)?commitment\s+to|(?:remain(?:s|ed)?|are|is|stay(?:s|ed)?)\s+(?:fully\s+|firmly\s+)?committed\s+to)\b(?!\s+\w+ing\b)(?!\s+(?:the\s+)?(?:defen[cs]e|security|sovereignty|territorial))/g, frame: 'direct', rule: 'commitment-to', confidence: 0.7 },
  { p: 'SUPPORTS', re: /\b(affirm(?:s|ed)?|recogni[sz](?:e|es|ed))\b(?=[^.;]{0,40}\bright)/g, frame: 'direct', rule: 'affirm-right', confidence: 0.7 },
  // CONTACTS
  { p: 'CONTACTS', re: /\b((?:held|had|holding|hold|renewed|resumed)\s+(?:(?:separate|several|a|two|their|his|her|its|first|second|new|further|fresh|direct)\s+){0,2}(?:(?:phone|telephone|video)\s+)?(?:calls?|talks|a\s+meeting|meetings?|conversations?|discussions?|negotiations)(?:\s+(?!with\b)[\w']+){0,6}?\s+with|(?:issued|read\s+out|released|signed)\s+a\s+joint\s+(?:statement|declaration|communiqu\w+)\s+with)\b/g, frame: 'contact', rule: 'held-talks-with', confidence: 0.85 },
  { p: 'CONTACTS', re: /\b((?:held|hold|holds|holding|had|renewed|resumed|reopened)\s+(?:[\w-]+\s+){0,2}?(?:talks|meetings?|consultations|negotiations|discussions)|(?:met|meet)(?=\s+(?:on|in|at|for|late|early|again|twice|briefly|behind|privately|separately|face)\b))\b(?!(?:\s+[\w'-]+){0,6}?\s+with\b)/g, frame: 'contact', rule: 'held-talks', confidence: 0.7 },
  { p: 'CONTACTS', re: /\b((?:spoke|speaking|spoken|speaks|talked|talking|talks(?<!\b(?:for|of|the|new|direct|peace|hold|held|holding|into|on|resume|resumed|resuming|in|and|to)\stalks)|speak(?<=\bdid\sspeak))\s+(?:(?:separately|again|also|twice|later|earlier|afterwards|subsequently|then|[a-z]+ly)\s+)?(?:by\s+(?:tele)?phone\s+|on\s+the\s+phone\s+)?(?:(?:on|late\s+on|early\s+on)\s+\w+\s+(?:night\s+|morning\s+)?)?(?:with|to))\b(?!\s+(?:reporters|journalists|the\s+press|the\s+media|state\s+media|parliament|lawmakers|students|supporters|an?\s+(?:news|press)|(?:the\s+)?(?:[\w'.-]+\s+){0,2}(?:radio|television|tv|newspaper|broadcaster|agency|channel)\b))/g, frame: 'contact', rule: 'spoke-with', confidence: 0.8 },
  // ("speaking after meeting Trump in Washington", "before meeting his counterpart": a contact in a time clause.)
  { p: 'CONTACTS', re: /\b(?:after|before|while|when)\s+(meeting(?:\s+with)?|talking\s+(?:to|with)|visiting|hosting)\b(?!\s+(?:point|place|room|venue)\b)/g, frame: 'contact', rule: 'met-called', confidence: 0.7 },
  // "…, meeting German Chancellor Olaf Scholz in Berlin": a participle clause of contact after a comma.
  { p: 'CONTACTS', re: /(?<=,\s)(meeting|visiting)\b(?!\s+(?:with|of|in|on|at|was|were|is|will|would|and|point|place|room|venue)\b)/g, frame: 'contact', rule: 'met-called', confidence: 0.7 },
  { p: 'CONTACTS', re: /\b(met(?:\s+with)?|meets(?:\s+with)?|meeting\s+with|telephoned|phoned|rang|reached\s+out\s+to|wrote\s+to|(?:sat|sit|sits|sitting)\s+down\s+with|(?:was|were|is|are|been|remained|remains|stayed)\s+in\s+(?:close\s+|constant\s+|regular\s+)?(?:touch|contact)\s+with|(?:shook|shakes|shaking)\s+hands\s+with|called\s+in(?=\s+(?:the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:ambassador|envoy|charg[eé]|diplomats?|representative|counterpart))|hosted|received|receiving|visited|briefed|summon(?:ed|s|ing))\b/g, frame: 'contact', rule: 'met-called', confidence: 0.75 },
  // "called General Asim Munir", "called his Indian counterpart" (the case of the next word is checked on the original text)
  { p: 'CONTACTS', re: /\b(called|phoned)\b(?!\s+(?:for|on|upon|it|the\s+(?:attack|strikes?|situation|move|decision)|off|in|out|back))/g, frame: 'contact', rule: 'called-x', confidence: 0.7 },
  { p: 'CONTACTS', re: /(?<!\b(?:host|hold|organi[sz]e|broker|facilitate|for|new|future|possible|proposed)\s+(?:\w+\s+)?)\b((?:(?:telephone|phone|video)\s+)?(?:conversation|call|talks|meeting|summit))\b(?=(?:\s+[\w-]+){0,4}?\s+between\b)(?![^.;]{0,60}?\b(?:is|was|would\s+be|remains|seemed|seems)\s+(?:\w+\s+)?(?:possible|planned|expected|likely|unlikely|conceivable|envisaged|being\s+planned)\b)/g, frame: 'contact', rule: 'contact-between', confidence: 0.75 },
  // "arrived in Amman on a previously unannounced visit": a visit to the capital's state (CAMEO 042).
  { p: 'CONTACTS', re: /\b(arriv(?:ed|es|ing)\s+in)\b(?=\s+[\w-]+(?:\s+[\w-]+)?\s+(?:on|for)\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|talks)\b)/g, frame: 'contact', rule: 'arrived-on-visit', confidence: 0.7 },
  // "launched a mediation effort between the Emirates and Saudi Arabia": the mediator deals with both (CAMEO 04 consult).
  { p: 'CONTACTS', re: /\b((?:undertook|undertakes|launched|launches|began|begins|started|led|leads|conducted)\s+(?:a\s+|an\s+|his\s+|her\s+|its\s+)?(?:[\w-]+\s+)?mediation\s+(?:mission|effort|bid|attempt|drive)s?)\b(?=(?:\s+[\w-]+){0,4}?\s+between\b)/g, frame: 'offer', rule: 'mediation-between', confidence: 0.7 },
  // "conveyed India's protest "in the strongest terms" to his counterpart, Wang Yi": a message delivered is a contact.
  { p: 'CONTACTS', re: /\b((?:conveyed|conveys|delivered|delivers|relayed|handed)\s+(?:[\w'’-]+\s+){0,4}?(?:protest|message|letter|concerns?|invitation|note|demarche|démarche)["”]?\s+(?:["“]?[\w'’-]+["”]?\s+){0,5}?to)\b/g, frame: 'contact', rule: 'conveyed-to', confidence: 0.7 },
  // "at a news conference in Washington with Canadian Foreign Minister Melanie Joly": appearing together.
  { p: 'CONTACTS', re: /\b((?:joint\s+)?(?:news|press)\s+conference(?:\s+(?!with\b)[\w'-]+){0,3}?\s+with)\b/g, frame: 'contact', rule: 'press-conference-with', confidence: 0.7 },
  { p: 'CONTACTS', re: /\b(talks\s+(?:were|was)\s+held\s+with|(?:a\s+)?meeting\s+(?:was\s+)?held\s+with)\b/g, frame: 'contact', rule: 'talks-held-with', confidence: 0.7 },
  { p: 'CONTACTS', re: /\b(told)\b(?!\s+(?:reporters|journalists|the\s+press|parliament|lawmakers|state\s+television|a\s+news|the\s+regular|the\s+weekly|an?\s+\w*\s*briefing|the\s+\w+\s+briefing|cnn|bbc|reuters|afp|ap\b|the\s+associated\s+press|al\s+jazeera|al\s+arabiya|bloomberg|xinhua|tass|ria|interfax|anadolu|sky\s+news|fox\s+news|axios|politico|the\s+(?:new\s+york\s+times|washington\s+post|guardian|times|wall\s+street\s+journal|financial\s+times)|(?:the\s+)?(?:[\w'.-]+\s+){1,3}(?:radio|television|tv|newspaper|daily|broadcaster|agency|channel)\b))/g, frame: 'contact', rule: 'told-x', confidence: 0.6 },
  { p: 'CONTACTS', re: /\b((?:a\s+)?letter\s+to|joint\s+appeal\s+to)\b/g, frame: 'contact', rule: 'letter-to', confidence: 0.75 },
  { p: 'CONTACTS', re: /\b((?:telephone|phone)\s+call\s+(?:was\s+)?(?:placed|made)\s+by)\b/g, frame: 'contact', rule: 'call-placed-by', confidence: 0.75 },
  { p: 'CONTACTS', re: /\b(signed|shook\s+hands|initialled|initialed)\b/g, frame: 'contact', rule: 'signed-together', confidence: 0.7 },
  // "Xi welcomed Putin to Beijing", "gave a warm welcome to de Klerk": a host receives a guest (extract-statements.ts checks the guest).
  { p: 'CONTACTS', re: /\b(welcom(?:e|es|ed|ing)|gave\s+(?:an?\s+)?(?:[\w-]+\s+)?welcome(?:\s+on\s+\w+)?\s+to)\b/g, frame: 'contact', rule: 'welcomed-guest', confidence: 0.65 },
  // "The meeting brought together A, B and C": everyone listed met everyone else.
  { p: 'CONTACTS', re: /\b((?:brought|brings|bring|bringing)\s+together)\b/g, frame: 'contact', rule: 'brought-together', confidence: 0.7 },
  // OFFERS
  { p: 'OFFERS', re: /\b(offer(?:s|ed|ing)?\s+to\s+(?:help|mediate|facilitate|host|have|use|play|assist|broker|act|share|provide|send|give)|an?\s+offer\s+to|offer(?:s|ed|ing)?\s+(?:\w+\s+){1,3}as\s+an?\s+(?:venue|host|mediator|guarantor)|(?:ready|willing|prepared|available|stood\s+ready|stands\s+ready)\s+to\s+(?:help|mediate|facilitate|play|assist|keep\s+playing|work\s+with|do|contribute|broker|support|host|act\s+as|give|provide|send|share)|(?:stood|stands|stand|remains?|remained)\s+ready\s+to(?!\s+(?:take|impose|respond|retaliate|act|defend|use)\b)|(?:pledg|promis)(?:e|es|ed|ing)\s+to\s+(?:help|provide|send|give|assist|deliver|supply)|do\s+(?:its|his|her|their)\s+part\s+to|good\s+offices|(?:play|playing)\s+a\s+constructive\s+role|(?:would|will|could)\s+be\s+(?:an?|the)\s+["“]?(?:[\w-]+\s+)?(?:host|venue|mediator|guarantor)\b["”]?\s+for)\b/g, frame: 'offer', rule: 'offer-help', confidence: 0.75 },
  // URGES
  { p: 'URGES', re: /\b(urg(?:e|es|ed|ing)|(?<!\b(?:video|phone|telephone|conference|a)\s+)call(?:s|ed|ing)?\s+(?:on|upon)(?!\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|appeal(?:s|ed|ing)?\s+to|ask(?:s|ed|ing)?|press(?:es|ed|ing)?(?!\s+(?:briefing|conference|release|secretary|statement|officer|freedom|ahead|on\b|forward))(?!(?:\s+[\w'-]+){0,2}\s+(?:offensive|campaign|assault|operation|advance|claims?|case)\b)|encourag(?:e|es|ed|ing)|demand(?:s|ed|ing)?|(?<!\b(?:is|are|was|were|be|been|being)\s)want(?:s|ed)?|exhort(?:s|ed)?|implor(?:e|ed)|warn(?:s|ed|ing)?(?=\s+(?:\S+\s+){1,3}?(?:against|not\s+to)\b))\b/g, frame: 'addressee', rule: 'urge-verb', confidence: 0.85 },
  { p: 'URGES', re: /\b(call(?:s|ed|ing)?\s+for|appeal(?:s|ed|ing)?\s+for|press(?:es|ed|ing)?\s+(?:hard\s+)?for|joined\s+the\s+calls?\s+for|push(?:es|ed|ing)?\s+(?:hard\s+)?for|lobb(?:y|ies|ied|ying)\s+(?:hard\s+)?for|(?:stress|stressed|stresses|underlined|underlines|emphasi[sz]ed)\s+the\s+need\s+for)\b/g, frame: 'appeal', rule: 'call-for', confidence: 0.8 },
  { p: 'URGES', re: /\b(told)\b(?=\s+\w+(?:\s+\w+)?\s+that\s+[^.;]{0,40}\b(?:needed|must|should|had)\s+to\b)/g, frame: 'addressee', rule: 'told-x-must', confidence: 0.7 },
  // "the Philippine vessels had illegally intruded", a speaker said: an accusation against the other side.
  // ("had repeatedly tried to sabotage the talks", "has been meddling in", "had interfered in": an accusation too.)
  { p: 'CRITICIZES', re: /\b(?:had|has|have)\s+(?:(?:illegally|deliberately|repeatedly|unlawfully|again|systematically|consistently|long)\s+)?(intruded|violated|fired\s+(?:on|at)|shelled|rammed|provoked|breached|invaded|sabotaged|undermined|destabili[sz]ed|interfered|meddled|obstructed|incited|harbou?red|(?:tried|sought|attempted)\s+to\s+(?:sabotage|undermine|destabili[sz]e|derail|obstruct|provoke|interfere|meddle)|been\s+(?:meddling|interfering|sabotaging|undermining|arming|harbou?ring))\b/g, frame: 'obligation', rule: 'reported-wrongdoing', confidence: 0.6 },
  // "told the Council that Rwanda was waging a war of aggression": an ongoing wrong, reported by another side.
  { p: 'CRITICIZES', re: /\b(?:was|were|is|are)\s+(?:(?:illegally|deliberately|openly|still)\s+)?(waging\s+(?:a\s+)?war|committing|occupying|invading|sabotaging|undermining|destabili[sz]ing|arming|shelling|bombing|violating)\b/g, frame: 'obligation', rule: 'reported-wrongdoing', confidence: 0.6 },
  // "Phnom Penh, he said, had to stop its attacks": a demand reported by another side's speaker.
  // "said Washington bore responsibility for fuelling instability": blame on the subject of the reported clause.
  { p: 'CRITICIZES', re: /\b((?:bore|bears|bear|bearing)\s+(?:(?:full|the|sole|primary|direct|heavy|great)\s+){0,2}responsibility)\b/g, frame: 'obligation', rule: 'bears-responsibility', confidence: 0.6 },
  { p: 'URGES', re: /\b(had\s+to|has\s+to|must|needs\s+to|needed\s+to|ought\s+to)\b(?=\s+(?:stop|end|halt|cease|withdraw|pull|respect|return|release|allow|accept|engage|resume|show|exercise|refrain|de-escalate))/g, frame: 'obligation', rule: 'must-do', confidence: 0.6 },
];

/** What is urged, from the words of the appeal. Order matters: the first match of each action counts. */
export const ACTIONS: Array<[UrgeAction, RegExp]> = [
  ['ceasefire', /\b(cease-?fire|cease\s+fire|truce|cessation\s+of\s+hostilities|stop\s+(?:all\s+)?(?:the\s+)?(?:firing|fighting|hostilities|attacks)|(?:end|halt)\s+(?:to\s+)?(?:the\s+|all\s+)?(?:fighting|hostilities|bloodshed)|attacks\s+to\s+stop|make\s+it\s+stick|stick\s+to\s+the\s+(?:deal|truce|ceasefire|agreement)|stop\s+its\s+attacks|(?:halt|stop|end|suspend)\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:military\s+)?(?:offensive|advance|assault|bombardment|shelling|airstrikes|strikes|attacks|hostilities|war)|lay\s+down\s+(?:their|its)\s+(?:arms|weapons))\b/],
  ['restraint', /\b(restraint|restrain|restrained|hold\s+back|pull\s+back|rein\s+in|exercise\s+(?:maximum\s+)?caution)\b/],
  ['calm', /\b(calm(?!\s+tensions)(?!ing))\b/],
  ['de-escalation', /\b(de-?escalat\w*|lower\s+tensions|reduce\s+tensions|ease\s+tensions|tensions\s+to\s+be\s+brought\s+down|bring\s+(?:down\s+)?tensions(?:\s+down)?|avoid\s+(?:any\s+)?(?:further\s+)?escalation|avoid\s+(?:any\s+)?further\s+(?:military\s+)?(?:action|activity|activities|steps|moves)|prevent\s+(?:any\s+)?(?:further\s+)?escalation|avoid\s+(?:any\s+)?steps?\s+that\s+would\s+(?:make\s+[\w\s]{0,30}?(?:worse|escalat\w*)|worsen|escalate)|step\s+back|against\s+(?:any\s+|further\s+|an?\s+)*(?:escalation|escalating))\b/],
  ['peaceful-resolution', /\b(peaceful(?:ly)?\s+(?:resolution|settlement|solution|means|outcome|resolve)|(?:settle|resolve)[sd]?\s+(?:(?:their|the|its|all|any)\s+)?(?:differences?|disputes?|issues?)\s+peacefully|settled?\s+peacefully|resolved?\s+peacefully|diplomatic\s+(?:solution|way\s+out|resolution|settlement)|political\s+solution|negotiated\s+settlement|peaceful\s+diplomatic|(?:reach|find|seek|work\s+(?:out|toward|towards))\s+(?:an?\s+)?(?:[a-z-]+\s+)?(?:solution|settlement)|(?:settle|resolve)[sd]?\s+(?:(?:their|the|its|this|all|any)\s+)?(?:differences?|disputes?|issues?|matter|row|crisis|conflict|tensions?)\s+(?:through|by|via)\s+(?:[\w-]+\s+){0,3}?(?:diplomacy|diplomatic|peaceful|mechanisms?|means|channels?))\b/],
  ['dialogue', /\b(dialogue|talks?\b|talking|negotiat\w*|consultations?|diplomacy|(?:come|return|go)\s+(?:back\s+)?to\s+the\s+(?:negotiating\s+)?table|sit\s+down\s+(?:together|with)|lines\s+of\s+communication|discuss\w*|engage\s+(?:with\s+each\s+other|in\s+dialogue|in\s+the\s+(?:[a-z-]+\s+){0,2}process|(?:with\s+)?(?:all\s+)?(?:[a-z-]+\s+)?(?:stakeholders|parties|sides)))\b/],
  ['investigation', /\b(investigat\w*|inquiry|probe|fact-finding)\b/],
  ['cooperation', /\b(cooperat\w*|co-operat\w*|share\s+intelligence|intelligence[\s-]sharing|sharing\s+(?:of\s+)?intelligence|work\s+together|join\s+forces|coordinat\w+\s+(?:their|its)\s+efforts)\b/],
];

/** Words before a trigger that cancel it: "stopped short of condemning", "did not criticise". */
// (The negation's own clause only: "tariff wars had no winners and that China opposed …" states opposition.)
export const NEGATION_BEFORE = /\b(?:not|never|no|n't|neither|nor|refused\s+to|declined\s+to|stopped\s+short\s+of|without|failed\s+to|rather\s+than|instead\s+of|avoided|refrained\s+from|end\s+any|hardly)\b(?:(?!\b(?:and|but|that|which|who|while)\b)[^,;]){0,25}$/;

/** "ready to help if both countries wanted it": a condition states nothing. */
export const CONDITION_BEFORE = /\b(?:if|unless|provided|should)\s+(?:[\w'-]+\s+){0,4}$/;

/** A hope is not an appeal (GUIDE.md): at most optional, so nothing is emitted. */
/** "was asked whether China opposed the launch": a question put to a speaker is no statement of theirs. */
export const QUESTION_BEFORE = /\b(?:asked|ask|asks|asking|wondered|questioned)\s+(?:[\w-]+\s+){0,4}?(?:whether|if)\b[^.;"“”]{0,60}$/;
export const HEDGE_BEFORE = /\b(?:hop(?:e|es|ed|ing)|wish(?:es|ed)?|expect(?:s|ed)?|would\s+like)\b[^.;]{0,60}$/;

