// One JSON error shape for every failure under /api, so clients (and the
// explorer) never have to parse an HTML error page or see a stack trace.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { z } from 'zod';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export interface ErrorBody {
  error: { status: number; message: string; details?: unknown };
}

/** Turns a zod failure into the one-line message a person can act on. */
export function describeZodError(err: z.ZodError): string {
  return err.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

/** Parses with a schema, failing with a 400 that names the offending parameter. */
export function parseOr400<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new HttpError(400, describeZodError(result.error), result.error.issues);
  return result.data;
}

export const notFoundUnderApi: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, `no such endpoint: ${req.method} ${req.originalUrl.split('?')[0]}; see /api/openapi.json`));
};

// The extraction pool's refusals: a full queue is worth retrying, a document over budget is not.
const EXTRACTION_STATUS: Record<string, number> = { busy: 503, timeout: 422, memory: 422, unextractable: 422 };

/** Errors thrown by the query layer are recognised by name so this module need not import it. */
function statusOf(err: unknown): number {
  if (err instanceof HttpError) return err.status;
  if (err instanceof z.ZodError) return 400;
  const e = err as { name?: string; type?: string; status?: number; statusCode?: number };
  if (e?.name === 'QueryParamsError') return 400;
  if (e?.name === 'UnknownQueryError') return 404;
  if (e?.name === 'StoreTimeoutError') return 503;
  if (e?.name === 'ExtractionRefused') return EXTRACTION_STATUS[(err as { reason: string }).reason] ?? 500;
  // body-parser marks its own failures (too large, malformed JSON) with a status.
  if (e?.type === 'entity.too.large') return 413;
  const status = e?.status ?? e?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) return status;
  return 500;
}

function messageOf(err: unknown, status: number): string {
  if (err instanceof z.ZodError) return describeZodError(err);
  const e = err as { type?: string; limit?: number; message?: string };
  if (status === 413) return `request body too large${e.limit ? ` (limit ${e.limit} bytes)` : ''}`;
  if (e?.type === 'entity.parse.failed') return `request body is not valid JSON: ${e.message}`;
  // Internals stay in the server log; the client gets a message it can report.
  if (status === 503 && e?.message) return e.message;
  if (status >= 500) return 'internal error; the server log has the details';
  return e?.message ?? String(err);
}

export function errorHandler(log: (err: unknown) => void): ErrorRequestHandler {
  return (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    const status = statusOf(err);
    if (status >= 500 && status !== 503) log(err);
    if (status === 503) res.set('Retry-After', '5');
    const body: ErrorBody = { error: { status, message: messageOf(err, status) } };
    if (err instanceof HttpError && err.details !== undefined && status < 500) body.error.details = err.details;
    res.status(status).json(body);
  };
}
