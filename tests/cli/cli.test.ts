// The command line as an analyst uses it: `npm run -s dipgraph -- <command>`.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(import.meta.dirname, '../..');
const DEV = path.join(ROOT, 'tests/fixtures/dev-corpus');
// The project scorer (a copy of the one the project is judged by), to cross-check `eval`.
const SCORER = path.join(ROOT, 'tests/fixtures/score.mjs');
// The embedded store: the Neo4j set up for other suites must not leak in.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_')));

function dipgraph(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, env, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dipgraph-cli-'));
const store = path.join(tmp, 'graph.json');

describe('dipgraph CLI', () => {
  it('explains itself', () => {
    const top = dipgraph('--help');
    expect(top.code).toBe(0);
    for (const c of ['extract', 'ingest', 'ask', 'eval', 'serve', 'query', 'reset']) expect(top.stdout).toContain(c);
    const ingest = dipgraph('ingest', '--help');
    expect(ingest.stdout).toMatch(/Usage: dipgraph ingest PATH/);
    expect(dipgraph('nonsense').stderr).toMatch(/unknown command "nonsense"/);
  });

  it('extracts to gold-format JSON with provenance', () => {
    const out = path.join(tmp, 'extract');
    const r = dipgraph('extract', path.join(ROOT, 'data/articles/00-seed-russia-japan.txt'), '--format', 'json', '--out', out);
    expect(r.code).toBe(0);
    const f = JSON.parse(fs.readFileSync(path.join(out, '00-seed-russia-japan.json'), 'utf8'));
    expect(f.entities[0]).toEqual(expect.objectContaining({ id: expect.any(String), type: expect.any(String), name: expect.any(String), aliases: expect.any(Array) }));
    expect(f.relations.every((x: { evidence: { sentence: string }; rule: string; confidence: number }) => x.evidence.sentence && x.rule && x.confidence > 0)).toBe(true);
  });

  it('ingests, skips bad files with a message, and is idempotent', () => {
    const bad = path.join(tmp, 'bad');
    fs.mkdirSync(bad);
    fs.writeFileSync(path.join(bad, 'empty.txt'), '');
    fs.writeFileSync(path.join(bad, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
    const first = dipgraph('ingest', path.join(ROOT, 'data/articles/00-seed-russia-japan.txt'), bad, '--store', store);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/ingested 1 document\(s\) \(1 new/);
    expect(first.stderr).toMatch(/skipped .*empty\.txt is empty/);
    expect(first.stderr).toMatch(/skipped .*binary/);
    const size = fs.statSync(store).size;
    const again = dipgraph('ingest', path.join(ROOT, 'data/articles/00-seed-russia-japan.txt'), '--store', store);
    expect(again.stdout).toMatch(/0 new, 0 replaced, 1 unchanged/);
    expect(fs.statSync(store).size).toBe(size);
  });

  it('answers "who urged restraint?" by country with evidence', () => {
    const r = dipgraph('ask', 'who urged restraint?', '--by', 'country', '--format', 'json', '--store', store);
    expect(r.code).toBe(0);
    const answer = JSON.parse(r.stdout);
    expect(answer).toEqual(expect.objectContaining({ question: 'who urged restraint?', query: expect.any(String), params: expect.any(Object) }));
    expect(answer.answers.map((a: { name: string }) => a.name)).toEqual(['Russia']);
    expect(answer.answers[0].evidence[0]).toEqual({ doc: '00-seed-russia-japan', sentence: expect.stringMatching(/urged all involved parties to exercise restraint/) });
  });

  it('scores extraction with the same figures as the project scorer', () => {
    const dev = path.join(tmp, 'dev');
    fs.mkdirSync(dev);
    for (const f of fs.readdirSync(DEV).filter((n) => /^0[0-4]-/.test(n))) fs.copyFileSync(path.join(DEV, f), path.join(dev, f));
    const ours = dipgraph('eval', dev).stdout.trim().split('\n').pop();
    const out = path.join(tmp, 'dev-out');
    dipgraph('extract', dev, '--out', out);
    const theirs = execFileSync('node', [SCORER, dev, out], { encoding: 'utf8' }).trim().split('\n').pop();
    expect(ours).toBe(theirs);
  });

  it('refuses to reset without --yes', () => {
    const r = dipgraph('reset', '--store', store);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/--yes/);
  });
});
