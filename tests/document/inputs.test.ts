// Bad input gets a clear verdict and loses nothing else.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeText, InputError } from '../../src/document/decode-text.js';
import { parseFeed } from '../../src/document/feed.js';
import { htmlToArticle } from '../../src/document/html-article.js';
import { parseTextArticle } from '../../src/document/text-article.js';
import { listInputFiles, readSourceFile } from '../../src/ingest/sources.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decoding', () => {
  it('refuses empty, blank and binary input with a message that names it', () => {
    expect(() => decodeText(new Uint8Array(), 'a.txt')).toThrow(/a\.txt is empty/);
    expect(() => decodeText(bytes('  \n\t '), 'b.txt')).toThrow(/no text/);
    expect(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), 'c.png')).toThrow(/binary/);
  });

  it('refuses an article over the size limit and says how to proceed', () => {
    expect(() => decodeText(bytes('x'.repeat(2048)), 'big.txt', 1024)).toThrow(InputError);
    expect(() => decodeText(bytes('x'.repeat(2048)), 'big.txt', 1024)).toThrow(/split it into several articles/);
  });

  it('reads UTF-8 with a BOM, UTF-16 and Windows-1252', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Türkiye said')]), 'a').text).toBe('Türkiye said');
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Rabat'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeText(utf16, 'b')).toEqual({ text: 'Rabat', encoding: 'utf-16le' });
    const cp1252 = new Uint8Array([...bytes('Prevot said '), 0x93, ...bytes('no'), 0x94]);
    expect(decodeText(cp1252, 'c')).toEqual({ text: 'Prevot said “no”', encoding: 'windows-1252' });
  });
});

describe('formats', () => {
  it('reads the header of GUIDE.md into the meta and leaves the body alone', () => {
    const a = parseTextArticle('title: T\npublished: Sat, 03 Feb 2024 10:00:00 GMT\nsource: wire\nurl: https://example.org/t\n\nBody here.', 'x');
    expect(a).toEqual({ meta: { id: 'x', title: 'T', published: '2024-02-03', source: 'wire', url: 'https://example.org/t' }, body: 'Body here.' });
    expect(parseTextArticle('No header here.\n\ntitle: not a header', 'y')).toEqual({ meta: { id: 'y' }, body: 'No header here.\n\ntitle: not a header' });
  });

  it('parses HTML to the article text, entities decoded, chrome and scripts left out', () => {
    const page = htmlToArticle(
      '<html><head><title>A &amp; B</title><meta property="og:site_name" content="Wire"><script>x("<p>")</script></head><body><nav>menu</nav>' +
        '<p>Oman urged\n   calm &mdash; again.</p><!-- <p>hidden</p> --><p>It&#39;s done&hellip;<br>Qatar &eacute;lan.</p><footer>(c)</footer><time datetime="2024-02-03T08:00">Feb 3</time></body></html>',
      'p',
    );
    expect(page.meta).toEqual({ id: 'p', title: 'A & B', published: '2024-02-03', source: 'Wire' });
    expect(page.body).toBe("Oman urged calm — again.\n\nIt's done…\nQatar élan.\n\nFeb 3");
  });

  it('keeps the good lines of a feed and reports the bad ones by line', () => {
    const lines = parseFeed('{"title":"A","text":"Peru urged calm."}\nnot json\n{"title":"no text"}\n\n{"text":"Chile urged talks."}', 'feed.jsonl');
    expect(lines.filter((l) => 'article' in l).map((l) => ('article' in l ? l.article : undefined))).toEqual([
      { title: 'A', text: 'Peru urged calm.' },
      { text: 'Chile urged talks.' },
    ]);
    expect(lines.filter((l) => 'error' in l).map((l) => ('error' in l ? l.error : ''))).toEqual([
      expect.stringMatching(/^feed\.jsonl:2: not JSON/),
      expect.stringMatching(/^feed\.jsonl:3: no "text"/),
    ]);
  });
});

describe('finding inputs', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dipgraph-inputs-'));
  fs.writeFileSync(path.join(dir, 'a.txt'), 'Peru urged calm.');
  fs.writeFileSync(path.join(dir, 'empty.txt'), '');
  fs.writeFileSync(path.join(dir, 'notes.md'), '# ignored');
  fs.writeFileSync(path.join(dir, 'a.gold.json'), '{}');

  it('walks folders, skips what is not an article, and reports unreadable files without stopping', () => {
    const { files, problems } = listInputFiles([dir, path.join(dir, 'missing.txt')]);
    expect(files.map((f) => path.basename(f))).toEqual(['a.txt', 'empty.txt']);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/missing\.txt: no such file/)]);
    expect(readSourceFile(path.join(dir, 'empty.txt'))).toEqual([{ problem: expect.objectContaining({ message: expect.stringMatching(/is empty/) }) }]);
    expect(readSourceFile(path.join(dir, 'a.txt'))).toEqual([{ doc: { origin: path.join(dir, 'a.txt'), article: { meta: { id: 'a' }, body: 'Peru urged calm.' } } }]);
  });
});
