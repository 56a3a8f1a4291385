// The explorer's only way to the data: the /api endpoints, typed.
import type { SerializedGraph } from 'graphology-types';

export type Level = 'person' | 'country' | 'entity';

export interface EntityHit {
  key: string;
  name: string;
  type: string;
  aliases: string[];
}

export interface StatementEvidence {
  doc: string;
  sentence: string;
  title?: string;
  published?: string;
}

export interface Statement {
  type: string;
  direction: 'out' | 'in';
  other: { key: string; name: string; type: string };
  action?: string;
  date?: string;
  evidence: StatementEvidence;
}

export interface EntityDetail extends EntityHit {
  props: Record<string, unknown>;
  statements: Page<Statement>;
}

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

export interface Answer {
  name: string;
  type: string;
  evidence: { doc: string; sentence: string; via?: string }[];
  /** Statements behind the answer where `evidence` is a sample of their sentences. */
  statements?: number;
}

export type AskResponse =
  | { status: 'answered'; question: string; understood: string; query: string; params: Record<string, unknown>; answers: Answer[]; total: number }
  | { status: 'not-understood'; question: string; understood: string; suggestions: string[] };

export class ApiError extends Error {}

async function get<T>(path: string, params: Record<string, string | number | undefined> | URLSearchParams = {}): Promise<T> {
  const qs = params instanceof URLSearchParams ? params : new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [k, String(v)]));
  const res = await fetch(`/api/${path}${qs.size ? `?${qs}` : ''}`, { headers: { accept: 'application/json' } });
  const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!res.ok) throw new ApiError(body?.error?.message ?? `${res.status} ${res.statusText}`);
  return body as T;
}

export const api = {
  ask: (q: string, by?: Level, conflict?: string) => get<AskResponse>('ask', { q, by, conflict, limit: 500 }),
  graph: (p: { focus?: string; depth?: number; types?: string[]; q?: string; by?: Level; conflict?: string }) =>
    get<SerializedGraph>('graph', { focus: p.focus, depth: p.depth, types: p.types?.join(','), q: p.q, by: p.by, conflict: p.conflict }),
  search: (text: string) => get<Page<EntityHit>>('entities', { search: text, limit: 12 }),
  entity: (key: string) => get<EntityDetail>(`entities/${encodeURIComponent(key)}`, { limit: 500 }),
  /** Repeated keys in `params` are lists, as the catalog's schemas expect. */
  query: <T>(name: string, params: URLSearchParams) => {
    params.set('limit', '500');
    return get<Page<T>>(`queries/${encodeURIComponent(name)}`, params);
  },
};
