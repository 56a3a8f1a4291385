// One article as every source hands it to the extractor: what is known about
// it, and the text to read. A .txt header, an HTML page, a feed line and a
// POSTed document all become this, so the same article gives the same graph.
import type { DocumentMeta } from './fragment.js';

export interface Article {
  meta: DocumentMeta;
  /** The article's running text, without its title or any header. */
  body: string;
}
