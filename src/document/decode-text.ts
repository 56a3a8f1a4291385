// Bytes to text, with a clear verdict on input that is not an article.
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

export function decodeText(bytes: Uint8Array, what: string, maxBytes = MAX_DOCUMENT_BYTES): DecodedText {
  if (bytes.length === 0) throw new InputError(`${what} is empty`);
  if (bytes.length > maxBytes) {
    throw new InputError(`${what} is ${(bytes.length / 1048576).toFixed(1)} MiB, over the ${(maxBytes / 1048576).toFixed(0)} MiB limit for one article; split it into several articles`);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le', what);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be', what);
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${what} looks binary (NUL bytes), not a text article`);
  try {
    return checked(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)), 'utf-8', what);
  } catch (err) {
    if (err instanceof InputError) throw err;
    // Not UTF-8: old feeds and Windows tools write cp1252, which decodes any byte.
    return checked(decodeWindows1252(bytes), 'windows-1252', what);
  }
}

function checked(text: string, encoding: DecodedText['encoding'], what: string): DecodedText {
  const normalized = text.replace(/\r\n?/g, '\n');
  if (normalized.trim() === '') throw new InputError(`${what} has no text (only white space)`);
  // eslint-disable-next-line no-control-regex
  const control = normalized.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (control > normalized.length / 100) throw new InputError(`${what} looks binary (${control} control characters), not a text article`);
  return { text: normalized, encoding };
}

/**
 * cp1252's printable characters in 0x80–0x9F; the rest of the range is Latin-1.
 * TextDecoder('windows-1252') would serve, but Node 20 from 20.18.3 decodes this block as
 * Latin-1 control characters (nodejs/node#60888), so the 32 are mapped here.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}
