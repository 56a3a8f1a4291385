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
