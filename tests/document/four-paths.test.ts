// The same article gives the same graph whichever way it comes in: a .txt
// (with its header, or without one), an HTML page, a JSONL feed line and a
// POST to /api/documents all reach the extractor as one typed article, and
// give identical fragments: the same nodes, edges and evidence offsets.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { parseTextArticle } from '../../src/document/text-article.js';
import { extractDocument } from '../../src/extract/extract.js';
import { toRows, type DocumentRows } from '../../src/graph/rows.js';
import { ExtractionPool } from '../../src/ingest/extraction-pool.js';
import { readSourceFile } from '../../src/ingest/sources.js';
import type { DocumentMeta, GraphFragment } from '../../src/model/fragment.js';
import { createApp } from '../../src/server/app.js';
import type { GraphStore } from '../../src/store/store.js';

const FIXTURE = path.join(import.meta.dirname, '../fixtures/dev-corpus/01-china-regrets-sindoor.txt');
const ID = 'china-regrets';
const URL_OF_ARTICLE = 'https://news.example.org/china-regrets';
const TOKEN = 'four-paths-token';

const fixture = parseTextArticle(fs.readFileSync(FIXTURE, 'utf8'), ID);
const paragraphs = fixture.body.trim().split(/\n\n+/);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dipgraph-four-paths-'));
const extraction = new ExtractionPool();

afterAll(async () => {
  await extraction.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** HTML as a page writes it: entities for the typographic characters, markup around the article. */
function html(meta: Partial<DocumentMeta>): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/—/g, '&mdash;').replace(/'/g, '&#39;');
  const head = [
    meta.title && `<title>${escape(meta.title)}</title>`,
    meta.published && `<meta property="article:published_time" content="${meta.published}T06:00:00Z">`,
    meta.source && `<meta property="og:site_name" content="${escape(meta.source)}">`,
    meta.url && `<link rel="canonical" href="${meta.url}">`,
  ].filter(Boolean);
  return `<!doctype html><html><head>${head.join('')}<script>var x = "<p>not text</p>";</script></head>
<body><nav><a href="/">Home</a></nav><article>
${paragraphs.map((p) => `<p>\n  ${escape(p)}\n</p>`).join('\n')}
</article><footer>© News</footer></body></html>`;
}

function header(meta: Partial<DocumentMeta>): string {
  const lines = (['title', 'published', 'source', 'url'] as const).filter((k) => meta[k]).map((k) => `${k}: ${meta[k]}`);
  return lines.length ? `${lines.join('\n')}\n\n` : '';
}

function fromFile(name: string, content: string): GraphFragment {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  const [item] = readSourceFile(file);
  if (!item || !('doc' in item)) throw new Error(`${name} was not read: ${JSON.stringify(item)}`);
  return extractDocument(item.doc.article);
}

/** Posts the article to a real app and its extraction worker; a store that keeps what it is given. */
async function viaApi(body: Record<string, string>): Promise<DocumentRows> {
  const written: DocumentRows[] = [];
  const store: GraphStore = {
    kind: 'embedded',
    location: 'memory',
    ensureSchema: async () => undefined,
    ingest: async (rows) => {
      written.push(rows);
      return { doc: rows.document.id, status: 'created', nodes: rows.nodes.length, edges: rows.edges.length };
    },
    counts: async () => ({ nodes: {}, edges: {}, documents: written.length }),
    run: async () => [],
    reset: async () => undefined,
    close: async () => undefined,
  };
  const app = createApp({ store, token: TOKEN, extraction, log: () => undefined });
  await request(app).post('/api/documents').set('Authorization', `Bearer ${TOKEN}`).send(body).expect(201);
  expect(written).toHaveLength(1);
  return written[0]!;
}

describe.each([
  { with: 'title, date, source and address', meta: { title: fixture.meta.title!, published: fixture.meta.published!, source: fixture.meta.source!, url: URL_OF_ARTICLE } },
  { with: 'no metadata at all', meta: {} },
])('one article with $with', ({ meta }: { meta: Partial<DocumentMeta> }) => {
  let txt: GraphFragment;
  beforeAll(() => {
    txt = fromFile(`${ID}.txt`, `${header(meta)}${fixture.body}`);
  });

  it('is read as text with its metadata, and the title once, as a heading', () => {
    expect(txt.document).toMatchObject({ id: ID, ...meta });
    expect(txt.relations.length).toBeGreaterThan(10);
    const headings = txt.relations.filter((r) => r.evidence.sentence === meta.title);
    if (meta.title) expect(headings.length).toBeGreaterThan(0);
    // The header never reaches the text the offsets point into.
    expect(txt.relations.every((r) => !/^(title|published|source|url):/.test(r.evidence.sentence))).toBe(true);
  });

  it('gives the same fragment as an HTML page', () => {
    expect(fromFile(`${ID}.html`, html(meta))).toEqual(txt);
  });

  it('gives the same fragment as a JSONL feed line', () => {
    const line = JSON.stringify({ id: ID, ...meta, text: fixture.body });
    expect(fromFile('feed.jsonl', `${line}\n`)).toEqual(txt);
  });

  it('gives the same rows as a POST to /api/documents', async () => {
    const rows = await viaApi({ id: ID, ...meta, text: fixture.body });
    expect(rows).toEqual(toRows(txt));
  });
});
