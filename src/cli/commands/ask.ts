// `dipgraph ask`: a question in English, answered from the selected store.
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { openStoreFromFlags, STORE_HELP, STORE_OPTIONS } from '../store-options.js';
import { ask, type Level } from '../../query/ask.js';
import { formatOption, formatTable } from './query.js';

const HELP = `Usage: dipgraph ask "QUESTION" [--by country|person|entity] [--conflict "A,B"] [--format json|table] [--explain] [store options]

Answers a question about who said what to whom, each answer with the sentences
it rests on. Understood forms include:
  who urged restraint?                 who called for a ceasefire?
  who urged India to exercise restraint?
  which countries expressed concern?   who expressed concern about Operation Sindoor?
  who condemned the Pahalgam attack?   who criticized Cambodia?   who supported Israel?
  which treaties were cited?           who offered mediation?
  who did Abbas Araghchi contact?      what did Operation Sindoor target?
  who launched Operation Sindoor?      what did Operation Sindoor retaliate for?
  what did China say about Operation Sindoor?    what did Russia condemn?
  what was the reaction to Operation Sindoor?    (a stance table)
  how is Maria Zakharova connected to Operation Sindoor?
  what was said between 2025-05-01 and 2025-05-10?
  who condemned the strikes on Iran?   who welcomed the ceasefire between India and Pakistan?
  who criticized Israel?               (condemnation counts, and so do statements on
                                        the operations Israel launched)
  who urged restraint in the Thailand–Cambodia conflict?
  who mediated between India and Pakistan?   who accused Thailand of attacks?
  who did Abbas Araghchi meet?         (meetings only: calls and letters are not)
  who urged restraint since May 8, 2025?     ... between 2025-06-01 and 2025-06-30?
Names resolve through the store's names and aliases ("US", "New Delhi", "Zakharova").
Events may be described instead of named: "the US strikes on Iran's nuclear sites"
is matched by launcher, target, place and parties; the answer says what was chosen.

Options:
  --by LEVEL      person: speakers as recorded; country: speakers rolled up through
                  REPRESENTS/PART_OF (an actor with no country answers as itself);
                  entity: the objects (addressees, treaties, targets, contacts).
                  Default: the question's own level (person for "who ...", country for
                  "which countries ...", entity for questions asking for objects).
  --conflict A,B  scope the answer to the conflict between these parties: statements
                  about them or their operations, or reported in articles naming them all
  --format FMT    table (default) or json:
                  {"question","understood","query","params","answers":[{"name","type","statements"?,"evidence":[{"doc","sentence","via"?}]}]}
  --explain       also print the named query, its parameters and its Cypher
                  (to stderr with --format json, so stdout stays JSON)

${STORE_HELP}

Examples:
  dipgraph ask "who urged restraint?" --by country
  dipgraph ask "which treaties were cited?" --format json
  dipgraph ask "who called for a ceasefire?" --conflict Thailand,Cambodia
  dipgraph ask "who did Abbas Araghchi contact?" --explain --neo4j bolt://127.0.0.1:7687`;

const LEVELS = ['person', 'country', 'entity'];

export const askCommand: Command = {
  name: 'ask',
  summary: 'answer a question in English ("who urged restraint?")',
  help: HELP,
  options: { ...STORE_OPTIONS, by: { type: 'string' }, conflict: { type: 'string' }, format: { type: 'string' }, explain: { type: 'boolean' } },
  async run({ positionals, values }) {
    const question = positionals.join(' ').trim();
    if (!question) throw new UsageError('ask what? e.g. dipgraph ask "who urged restraint?"');
    const by = values.by as string | undefined;
    if (by !== undefined && !LEVELS.includes(by)) throw new UsageError(`--by must be person, country or entity, not "${by}"`);
    const conflict = values.conflict === undefined ? undefined : String(values.conflict).split(',').map((p) => p.trim()).filter(Boolean);
    if (conflict && conflict.length < 2) throw new UsageError('--conflict needs two parties or more, comma-separated: --conflict Thailand,Cambodia');
    const format = formatOption(values);
    const store = await openStoreFromFlags(values, { mustExist: true });
    try {
      const result = await ask(store, question, { ...(by && { by: by as Level }), ...(conflict && { conflict }) });
      if (!('answers' in result)) {
        if (format === 'json') console.log(JSON.stringify(result, null, 2));
        else console.error(`Not understood: ${result.question}\nUnderstood: ${result.understood}\nTry:\n${result.suggestions.map((s) => `  dipgraph ask "${s}"`).join('\n')}`);
        return 1;
      }
      if (values.explain) {
        const text = `query:  ${result.query}\nparams: ${JSON.stringify(result.params)}\ncypher:\n${result.cypher ?? ''}`;
        if (format === 'json') console.error(text);
        else console.log(`${text}\n`);
      }
      const { question: q, understood, query, params, answers } = result;
      if (format === 'json') {
        console.log(JSON.stringify({ question: q, understood, query, params, answers: answers.map(({ name, type, evidence, statements }) => ({ name, type, ...(statements !== undefined && { statements }), evidence: evidence.map(({ doc, sentence, via }) => ({ doc, sentence, ...(via && { via }) })) })) }, null, 2));
      } else {
        console.error(`Understood: ${understood}`);
        // A statement counted through an operation shows the path: "X was launched by Y".
        const withVia = answers.some((a) => a.evidence.some((e) => e.via));
        console.log(formatTable(answers.map((a) => ({
          name: a.name, type: a.type, sources: a.evidence.length, evidence: a.evidence[0],
          ...(withVia && { via: a.evidence.find((e) => e.via)?.via ?? '' }),
        }))));
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
