// Every list the API returns is paged the same way: ?limit=&offset=, and the
// full count in `total` so a client knows whether to ask for more.
import { z } from 'zod';

export const MAX_LIMIT = 500;
// Far past any list the API serves; a larger offset is a client's mistake, said as such.
export const MAX_OFFSET = 1_000_000;

/** Digits only: "0x10", "1e3" and " 5" are mistakes to report, not numbers to guess at. */
export function wholeNumber(name: string, min: number, max: number) {
  const message = `${name} must be a whole number from ${min} to ${max}`;
  return z.preprocess(
    (v) => (typeof v === 'string' && /^\d{1,16}$/.test(v) ? Number(v) : v),
    z.number({ error: message }).int(message).min(min, message).max(max, message),
  );
}

export const pagingSchema = z.object({
  limit: wholeNumber('limit', 1, MAX_LIMIT).default(50).describe('items per page'),
  offset: wholeNumber('offset', 0, MAX_OFFSET).default(0).describe('items to skip'),
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
