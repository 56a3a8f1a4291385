// Every list the API returns is paged the same way: ?limit=&offset=, and the
// full count in `total` so a client knows whether to ask for more.
import { z } from 'zod';

export const MAX_LIMIT = 500;

export const pagingSchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export type Paging = z.output<typeof pagingSchema>;

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

export function page<T>(all: readonly T[], { limit, offset }: Paging): Page<T> {
  return { total: all.length, limit, offset, items: all.slice(offset, offset + limit) };
}
