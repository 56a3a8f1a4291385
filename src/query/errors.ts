// Errors of the query layer that callers turn into a usage message or an HTTP 400/404.

/** Parameters that do not fit the query: the message says what to fix. */
export class QueryParamsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueryParamsError';
  }
}

export class UnknownQueryError extends Error {
  constructor(name: string, known: readonly string[]) {
    super(`unknown query "${name}"; known queries: ${known.join(', ')}`);
    this.name = 'UnknownQueryError';
  }
}
