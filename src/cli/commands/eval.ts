// `dipgraph eval`: extraction quality against a folder of gold files.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { parseTextArticle } from '../../document/text-article.js';
import { extractDocument } from '../../extract/extract.js';
import { addCounts, prf, scoreDocument, type Counts, type ScoredDoc } from '../../eval/score.js';

const f2 = (x: number) => x.toFixed(2);

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score extraction against gold files (precision, recall, F1)',
  help: `Usage: dipgraph eval GOLD_DIR [--format table|json] [--details]

Extracts every NAME.txt in GOLD_DIR and scores it against NAME.gold.json by the
rules of GUIDE.md: entities (type + name or alias), relations (subject rolled
up through REPRESENTS/PART_OF to its country, predicate, object, action) and
speaker attribution — the same figures as the project scorer (tests/fixtures/score.mjs).

Options:
  --format table|json   table (default) or the full numbers as JSON
  --details             list each document's missing and extra relations

Example:
  dipgraph eval tests/fixtures/dev-corpus`,
  options: { format: { type: 'string', default: 'table' }, details: { type: 'boolean', default: false } },
  async run({ positionals, values }) {
    const dir = positionals[0];
    if (!dir) throw new UsageError('name the folder of NAME.txt and NAME.gold.json files');
    if (!fs.existsSync(dir)) throw new UsageError(`${dir}: no such folder`);
    const names = fs.readdirSync(dir).filter((f) => f.endsWith('.gold.json')).map((f) => f.replace(/\.gold\.json$/, '')).sort();
    if (names.length === 0) throw new UsageError(`${dir} has no NAME.gold.json files`);
    const total = { entities: { tp: 0, fp: 0, fn: 0 }, relations: { tp: 0, fp: 0, fn: 0 }, speakers: { hit: 0, all: 0 }, byPredicate: {} as Record<string, Counts> };
    const docs: Record<string, ReturnType<typeof scoreDocument>> = {};
    for (const name of names) {
      const gold = JSON.parse(fs.readFileSync(path.join(dir, `${name}.gold.json`), 'utf8')) as ScoredDoc;
      const txt = path.join(dir, `${name}.txt`);
      const sys: ScoredDoc = fs.existsSync(txt) ? extractDocument(parseTextArticle(fs.readFileSync(txt, 'utf8'), name)) : { entities: [], relations: [] };
      const d = scoreDocument(gold, sys);
      docs[name] = d;
      addCounts(total.entities, d.entities);
      addCounts(total.relations, d.relations);
      total.speakers.hit += d.speakers.hit;
      total.speakers.all += d.speakers.all;
      for (const [p, c] of Object.entries(d.byPredicate)) addCounts((total.byPredicate[p] ??= { tp: 0, fp: 0, fn: 0 }), c);
    }
    const E = prf(total.entities);
    const R = prf(total.relations);
    const speakers = total.speakers.all ? total.speakers.hit / total.speakers.all : 0;
    if (values.format === 'json') {
      console.log(JSON.stringify({ entities: E, relations: R, speakers, byPredicate: Object.fromEntries(Object.entries(total.byPredicate).map(([p, c]) => [p, { ...prf(c), ...c }])), docs }, null, 1));
      return 0;
    }
    for (const [name, d] of Object.entries(docs)) {
      const r = prf(d.relations);
      console.log(`${name.padEnd(44)} ent F1 ${f2(prf(d.entities).f)}  rel P ${f2(r.p)} R ${f2(r.r)} F1 ${f2(r.f)}`);
      if (values.details) {
        for (const k of d.missing) console.log(`    missing ${k}`);
        for (const k of d.extra) console.log(`    extra   ${k}`);
      }
    }
    for (const [p, c] of Object.entries(total.byPredicate).sort()) {
      const x = prf(c);
      console.log(`  ${p.padEnd(18)} P ${f2(x.p)} R ${f2(x.r)} F1 ${f2(x.f)}  (tp ${c.tp} fp ${c.fp} fn ${c.fn})`);
    }
    console.log(`relations F1 ${f2(R.f)} (P ${f2(R.p)} R ${f2(R.r)}); entities F1 ${f2(E.f)}; speakers ${f2(speakers)}`);
    return 0;
  },
};
