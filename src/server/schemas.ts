// Parameter shapes shared by several endpoints.
import { z } from 'zod';

export const levelSchema = z.enum(['person', 'country', 'entity']);

/** "CONDEMNS,URGES" or repeated ?types=: a list either way. */
export function listParam<T extends z.ZodType>(item: T) {
  return z.preprocess((v) => {
    if (v === undefined || v === '') return undefined;
    const parts = (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(','));
    return parts.map((s) => s.trim()).filter(Boolean);
  }, z.array(item).optional());
}

/** "Thailand,Cambodia" or repeated ?conflict=: the parties of a conflict to scope answers to. */
export const conflictParam = listParam(z.string().trim().min(1).max(200))
  .refine((v) => v === undefined || v.length >= 2, 'conflict needs two parties or more, e.g. conflict=Thailand,Cambodia')
  .describe('scope the answer to a conflict: its parties (repeat the parameter, or comma-separated, e.g. Thailand,Cambodia)');
