// Bad input gets a clear verdict and loses nothing else.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeText, InputError } from '../../src/document/decode-text.js';
import { parseFeed } from '../../src/document/feed.js';
import { htmlToText } from '../../src/document/html-to-text.js';
import { parseDocument } from '../../src/document/parse-document.js';
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
    expect(() => decodeText(bytes('x'.repeat(2048)), 'big.txt', 1024)).toThrow(/split it or raise --max-bytes/);
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
  it('reads the header of GUIDE.md and keeps offsets on the full text', () => {
    const text = 'title: T\npublished: 2024-02-03\nsource: wire\n\nBody here.';
    const d = parseDocument(text, 'x');
    expect(d.meta).toEqual({ id: 'x', title: 'T', published: '2024-02-03', source: 'wire' });
    expect(text.slice(d.bodyStart)).toBe('Body here.');
    expect(parseDocument('No header here.', 'y').bodyStart).toBe(0);
  });

  it('strips HTML to the article text', () => {
    const page = htmlToText('<html><head><title>A &amp; B</title><script>x()</script></head><body><nav>menu</nav><p>Oman urged calm.</p><p>It&#39;s done.</p></body></html>');
    expect(page.title).toBe('A & B');
    expect(page.text).toBe("Oman urged calm.\n\nIt's done.");
  });

  it('keeps the good lines of a feed and reports the bad ones by line', () => {
    const lines = parseFeed('{"title":"A","text":"Peru urged calm."}\nnot json\n{"title":"no text"}\n\n{"text":"Chile urged talks."}', 'feed.jsonl');
    expect(lines.filter((l) => 'article' in l)).toHaveLength(2);
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
    expect(readSourceFile(path.join(dir, 'a.txt'))).toEqual([{ doc: expect.objectContaining({ id: 'a', text: 'Peru urged calm.' }) }]);
  });
});
