// `dipgraph extract`: pure extraction to JSON files, no store.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { extractDocument } from '../../extract/extract.js';
import { listInputFiles, readSourceFile } from '../../ingest/sources.js';

export const extractCommand: Command = {
  name: 'extract',
  summary: 'extract the graph of articles to JSON files (no store)',
  help: `Usage: dipgraph extract FILE|DIR... [--format json] [--out DIR]

Runs the extractor over each article and writes DIR/<name>.json in the gold
format of GUIDE.md: entities (id, type, name, aliases, properties) and
relations (s, p, o, action), each relation with its evidence (document,
sentence, character offsets), the rule that produced it and a confidence.
Without --out, prints one JSON document per line on standard output.

Inputs: .txt (with or without the "title:/published:/source:" header), .html,
.jsonl feeds (one {"title","published","text"} object per line); folders are
walked.

Options:
  --format json   output format (json is the only one)
  --out DIR       folder to write <name>.json files into (created if missing)

Example:
  dipgraph extract tests/fixtures/dev-corpus/*.txt --out /tmp/out`,
  options: { format: { type: 'string', default: 'json' }, out: { type: 'string' } },
  async run({ positionals, values }) {
    if (positionals.length === 0) throw new UsageError('name at least one article file or folder');
    if (values.format !== 'json') throw new UsageError(`unknown --format "${String(values.format)}" (only json)`);
    const out = values.out as string | undefined;
    if (out) fs.mkdirSync(out, { recursive: true });
    const { files, problems } = listInputFiles(positionals);
    let written = 0;
    for (const file of files) {
      for (const item of readSourceFile(file)) {
        if ('problem' in item) {
          problems.push(item.problem);
          continue;
        }
        const fragment = extractDocument(item.doc.article);
        const json = JSON.stringify(fragment, null, 1);
        if (out) fs.writeFileSync(path.join(out, `${item.doc.article.meta.id}.json`), json);
        else console.log(JSON.stringify(fragment));
        written++;
      }
    }
    for (const p of problems) console.error(`dipgraph extract: skipped ${p.message}`);
    if (out) console.error(`dipgraph extract: ${written} document(s) → ${out}${problems.length ? `, ${problems.length} skipped` : ''}`);
    return written === 0 ? 1 : 0;
  },
};
