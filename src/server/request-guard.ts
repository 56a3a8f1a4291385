// Checks every query-string value and path segment before any route reads it:
// control characters (NUL and the like) and oversized values are refused with
// a 400 that names the parameter, whatever the endpoint.
import type { RequestHandler } from 'express';
import { HttpError } from './errors.js';

/** Longer than any name, question or list of relation types a client needs. */
export const MAX_PARAM_CHARS = 2000;

// Tab, newline and the like have no place in a name or a question either.
const CONTROL = /[\u0000-\u001f\u007f]/;

function check(name: string, value: string): void {
  if (value.length > MAX_PARAM_CHARS) throw new HttpError(400, `${name} is ${value.length} characters long; at most ${MAX_PARAM_CHARS} are accepted`);
  if (CONTROL.test(value)) throw new HttpError(400, `${name} contains control characters (such as NUL); send plain text`);
}

export const guardParameters: RequestHandler = (req, _res, next) => {
  let path: string;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    throw new HttpError(400, 'the path is not valid percent-encoding');
  }
  check('the path', path);
  for (const [name, raw] of Object.entries(req.query)) {
    check('a parameter name', name);
    for (const value of Array.isArray(raw) ? raw : [raw]) check(name, String(value));
  }
  next();
};
