// Titles and dates of the documents seen so far, learnt from entity details,
// so an edge's evidence can name its article rather than a file id.
export interface DocInfo {
  title?: string;
  published?: string;
}

const docs = new Map<string, DocInfo>();

export function learnDoc(id: string, info: DocInfo): void {
  const known = docs.get(id) ?? {};
  docs.set(id, { title: info.title || known.title, published: info.published || known.published });
}

export function docLabel(id: string): string {
  const d = docs.get(id);
  const title = d?.title && d.title !== id ? d.title : id;
  return d?.published ? `${title} — ${d.published}` : title;
}
