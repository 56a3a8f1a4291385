// Layers of the statement grammar that hold for any text: verbs found by
// lemma, modality and negation read from the verb group, obligations, and
// roundup headers. Sentences written for these tests.
import { extractDocument } from '../../src/extract/extract.js';
import { namedRelations } from '../helpers/named-relations.js';

function relations(text: string): string[] {
  return namedRelations(extractDocument({ meta: { id: 't', published: '2024-03-01' }, body: text }));
}

describe('predicate lexicon by lemma', () => {
  it('reads a statement verb in any inflection', () => {
    expect(relations('Lebanon complained to the United Nations over the incursions.')).toEqual(expect.arrayContaining([expect.stringMatching(/^Lebanon CRITICIZES /)]));
    expect(relations('Albania denounces the crackdown.')).toEqual(expect.arrayContaining([expect.stringMatching(/^Albania CONDEMNS crackdown/)]));
    expect(relations('Kenya has congratulated Ghana.')).toContain('Kenya SUPPORTS Ghana');
  });

  it('reads "dismissed X as" as criticism, but not a bare dismissal', () => {
    expect(relations('Algeria dismissed the report as baseless.')).toEqual(expect.arrayContaining([expect.stringMatching(/^Algeria CRITICIZES report/)]));
    expect(relations('Algeria dismissed the minister.')).toEqual([]);
  });

  it('drops a negated verb', () => {
    expect(relations('Lebanon did not complain about the incursions.')).toEqual([]);
  });
});

describe('modality', () => {
  it('reads a promise to support as an offer', () => {
    const r = relations('Norway would support the next round of talks between Sudan and Chad.');
    expect(r.some((x) => x.startsWith('Norway OFFERS'))).toBe(true);
    expect(r.some((x) => x.startsWith('Norway SUPPORTS'))).toBe(false);
  });

  it('reads a reported obligation as an appeal to the obliged state, whatever the verb', () => {
    expect(relations('Sudan must hand over the suspects, the Egyptian foreign minister said.')).toEqual(
      expect.arrayContaining([expect.stringMatching(/URGES Sudan \[other\]$/)]),
    );
  });
});

describe('roundup headers', () => {
  it('gives the officials under a header line the state it names', () => {
    const text = 'Gunmen attacked a market on Sunday. Governments reacted quickly.\n\nUNITED KINGDOM\nPrime Minister Alan Brook condemned the attack.\n\nNORWAY\nForeign Minister Siri Dahl urged calm.\n';
    const r = relations(text);
    expect(r).toEqual(expect.arrayContaining(['Alan Brook REPRESENTS United Kingdom', 'Siri Dahl REPRESENTS Norway']));
  });
});

describe('agreements named again', () => {
  it('reads "the deal" as the agreement named before it', () => {
    const r = relations('Somalia and Kenya signed the Lamu Fisheries Agreement on Monday. Ethiopia condemned the deal, and Djibouti welcomed the new agreement.');
    expect(r).toEqual(expect.arrayContaining(['Ethiopia CONDEMNS Lamu Fisheries Agreement', 'Djibouti SUPPORTS Lamu Fisheries Agreement']));
  });

  it('leaves an indefinite deal as a topic', () => {
    const r = relations('Somalia and Kenya signed the Lamu Fisheries Agreement on Monday. Ethiopia said it wanted a deal of its own.');
    expect(r.some((x) => /Lamu Fisheries Agreement$/.test(x) && x.startsWith('Ethiopia'))).toBe(false);
  });
});

describe('operations and officials named in passing', () => {
  it('reads an operation name with "of" and a codename, and "the operation" as it', () => {
    expect(relations('Israel called the raid Operation Summit of Fire. Qatar condemned the operation.')).toContain('Qatar CONDEMNS Operation Summit of Fire');
    expect(relations('Turkey said the operation, codenamed Claw-Thunder, had hit 27 targets. Iraq condemned the operation.')).toContain('Iraq CONDEMNS Claw-Thunder');
  });

  it('gives "its deputy ambassador, X" the state just named', () => {
    expect(relations('Russia struck a different note. Its deputy ambassador, Ivan Petrov, said Moscow regretted the vote.')).toContain('Ivan Petrov REPRESENTS Russia');
  });

  it('reads support for "the government of X" and "the efforts of X" as support for X', () => {
    const r = relations('Chad backed the efforts of the African Union and supported the legitimate government of Sudan.');
    expect(r).toEqual(expect.arrayContaining(['Chad SUPPORTS African Union', 'Chad SUPPORTS Sudan']));
  });
});

describe('offers, commitments and meetings without a named counterpart', () => {
  it('reads a promise to help and "stood ready to" as offers to the parties', () => {
    const r = relations('Pakistan and Afghanistan held talks in Istanbul. Turkey would help implement the mechanism and stood ready to keep working with both parties. Pakistan and Afghanistan agreed to meet again.');
    expect(r).toEqual(expect.arrayContaining(['Turkey OFFERS Pakistan', 'Turkey OFFERS Afghanistan']));
  });

  it('reads "held talks" with no "with" as the subjects meeting each other', () => {
    expect(relations('Pakistan and Afghanistan held talks in Istanbul.')).toContain('Pakistan CONTACTS Afghanistan');
  });

  it('reads a reaffirmed commitment to an agreement as support for it', () => {
    expect(relations('Ghana and Togo reaffirmed their commitment to the Lome Agreement.')).toEqual(expect.arrayContaining(['Ghana SUPPORTS Lome Agreement', 'Togo SUPPORTS Lome Agreement']));
  });
});

describe('speakers and verdicts', () => {
  it('gives "he" the person named earlier in its own sentence', () => {
    const r = relations('The Organization of American States has been cautious. Its Secretary General, Paulo Mendes, is understood to have raised the issue privately, and, according to a statement, he urged Chile and Peru to lower tensions.');
    expect(r).toEqual(expect.arrayContaining(['Paulo Mendes URGES Chile [de-escalation]', 'Paulo Mendes URGES Peru [de-escalation]']));
  });

  it('does not give "he" a person named after a preposition', () => {
    const r = relations('Foreign Minister Lars Berg held calls with Kenya and with Ruth Mwangi. To Mwangi, he condemned the attack on the convoy.');
    expect(r).toContain('Lars Berg CONDEMNS attack');
  });

  it('reads strong verdicts as condemnation, and "said through its ambassador" as the ambassador speaking', () => {
    expect(relations('Qatar described the strike as "state terrorism".')).toContain('Qatar CONDEMNS strike');
    expect(relations('Norway said through its ambassador, Ola Lie, that the atrocities in the camp were abhorrent.')).toEqual(expect.arrayContaining([expect.stringMatching(/^Ola Lie CONDEMNS atrocities/)]));
  });

  it('reads the quoted words after "what she called" as the object', () => {
    expect(relations('Ambassador Jane Roe of Canada condemned what she called "the latest reckless action by Peru" at sea.')).toContain('Jane Roe CONDEMNS latest reckless action');
  });

  it('gives a participle after a comma the subject of the main clause', () => {
    const r = relations('Foreign Minister Hakan Oz of Turkey held calls with his Kenyan counterpart, Ruth Mwangi, urging Sudan to cease fire.');
    expect(r).toContain('Hakan Oz URGES Sudan [ceasefire]');
  });
});

describe('names and groups', () => {
  it('keeps paired particles inside a name', () => {
    expect(relations('Commission President Ursula von der Leyen welcomed the vote.').some((r) => r.startsWith('Ursula von der Leyen SUPPORTS'))).toBe(true);
  });

  it('reads "both" standing alone as the two sides', () => {
    const r = relations('Ghana and Togo held talks in Accra. Foreign Minister Ama Osei of Nigeria called both of them, urging both to keep talking. Ghana and Togo agreed to meet again.');
    expect(r).toEqual(expect.arrayContaining(['Ama Osei URGES Ghana [dialogue]', 'Ama Osei URGES Togo [dialogue]']));
  });
});

describe('appeals without an addressee', () => {
  it('reads "demanded a truce" as an appeal to no one in particular', () => {
    expect(relations('Serbia demanded a truce on Tuesday.')).toContain('Serbia URGES ∅ [ceasefire]');
  });

  it('does not read demands as a noun, or a wanted man, as an appeal', () => {
    expect(relations('Rebels said they opposed the deployment until their political demands are met.')).toEqual([]);
    expect(relations('Uganda sheltered rebels who are wanted at home on treason charges.')).toEqual([]);
  });

  it('reads an obligation on a copula ("must be ready to …") as an appeal to its subject', () => {
    expect(relations('President Hosni Mubarak of Egypt said that Chad must be ready to negotiate.')).toContain('Hosni Mubarak URGES Chad [dialogue]');
  });
});

describe('"its" officials', () => {
  it('gives "its ambassador" the state the sentence opened on, not the actor named last', () => {
    const text = 'Fighters of the Northern Front shelled the town. Norway, which chairs the talks, said through its ambassador, Ola Lie, that the shelling was abhorrent.';
    expect(relations(text)).toEqual(expect.arrayContaining(['Ola Lie REPRESENTS Norway']));
  });
});

describe('titles with "of"', () => {
  it('gives "Foreign Minister X of Norway" the state after "of"', () => {
    expect(relations('Foreign Minister Lars Berg of Norway urged calm.')).toContain('Lars Berg REPRESENTS Norway');
  });
});

describe('the Kremlin', () => {
  it('is a body of Russia that its spokesman speaks for, as annotators read it', () => {
    expect(relations('Kremlin spokesman Dmitry Peskov said the drills were a provocation.')).toEqual(expect.arrayContaining(['Dmitry Peskov REPRESENTS Kremlin', 'Kremlin PART_OF Russia']));
  });
});

describe('criticism of what someone said', () => {
  it('reads "dismissed X\'s remarks" as criticism of X', () => {
    const r = relations("Defence Minister Khawaja Asif of Pakistan warned Kabul. Afghanistan dismissed Asif's remarks as provocative.");
    expect(r).toContain('Afghanistan CRITICIZES Khawaja Asif');
  });
});

describe('officials named with months, envoys to the UN, and principals', () => {
  it('keeps a month-named surname in the name', () => {
    expect(relations("China's deputy ambassador, Zhang Jun, said Beijing condemned the attack.")).toContain('Zhang Jun REPRESENTS China');
  });

  it("gives a state's envoy to the UN the state, not the UN", () => {
    expect(relations("Germany's U.N. ambassador, Christoph Heusgen, condemned the attack.")).toContain('Christoph Heusgen REPRESENTS Germany');
    expect(relations('British Deputy U.N. Ambassador Jonathan Allen condemned the attack.')).toContain('Jonathan Allen REPRESENTS United Kingdom');
  });

  it('gives "his foreign minister, X" the principal\'s state', () => {
    expect(relations('Haitian Prime Minister Ariel Henry thanked the council. His foreign minister, Jean Victor Geneus, praised the vote.')).toContain('Jean Victor Geneus REPRESENTS Haiti');
  });

  it('reads "the resolution" as the resolution named before', () => {
    expect(relations('The Security Council adopted Resolution 2699 on Monday. Kenya welcomed the resolution.')).toContain('Kenya SUPPORTS Resolution 2699');
  });
});

describe('operations launched by a leader', () => {
  it("credits the leader's state with the launch", () => {
    expect(relations('Turkish President Ali Kaya launched Operation Green Shield on Wednesday.')).toContain('Turkey LAUNCHED Operation Green Shield');
  });
});

describe('addressees', () => {
  it('addresses no appeal to a person who speaks for no state or body', () => {
    expect(relations('Jamal Nasser was killed in Istanbul. Turkey urged Jamal Nasser to return.').filter((r) => r.includes('URGES'))).toEqual([]);
  });
});

describe('incidents named with a modifier, and surnames that are months', () => {
  it('names "Salisbury nerve agent attack" as the Salisbury attack, which "the attack" then is', () => {
    const r = relations('Britain blamed Russia for the Salisbury nerve agent attack. Germany condemned the attack.');
    expect(r).toEqual(expect.arrayContaining(['Germany CONDEMNS Salisbury attack', 'Salisbury attack OCCURRED_IN Salisbury']));
  });

  it('reads "May" as the person named Theresa May before, but not before a day', () => {
    const r = relations('Prime Minister Theresa May of Britain condemned the attack. May spoke by phone with President Emmanuel Macron of France on May 4.');
    expect(r).toContain('Theresa May CONTACTS Emmanuel Macron');
  });
});

describe('a list between dashes', () => {
  it('speaks when the phrase before it names no actor', () => {
    const r = relations('Togo shelled Benin on Monday. Five members of the Security Council — Chile, Peru and Ghana — issued a joint statement calling on Togo to cease fire.');
    expect(r).toEqual(expect.arrayContaining(['Chile URGES Togo [ceasefire]', 'Peru URGES Togo [ceasefire]', 'Ghana URGES Togo [ceasefire]']));
  });
});

describe('quoted objects after a preposition', () => {
  it('reads "concerned by "the lack of transparency"" as concern about it', () => {
    expect(relations('Spokesperson Ned Price of the United States said Washington was concerned by "the lack of transparency" around the deal.')).toContain('Ned Price EXPRESSES_CONCERN lack of transparency');
  });
});

describe('"the leaders"', () => {
  it('are the body whose leaders were named before', () => {
    const r = relations('African Union leaders met in Addis Ababa on Monday. In a statement, the leaders condemned the coup in Niger.');
    expect(r).toEqual(expect.arrayContaining([expect.stringMatching(/^African Union CONDEMNS coup/)]));
  });
});
