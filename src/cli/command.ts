// The shape of a CLI command: each lives in commands/<name>.ts and is listed
// in commands/index.ts; main.ts only dispatches.
import type { ParseArgsConfig } from 'node:util';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Full --help text: usage line, what it does, options, examples. */
  help: string;
  options: OptionSpec;
  /** Returns the process exit code. */
  run(args: { positionals: string[]; values: Record<string, string | boolean | string[] | undefined> }): Promise<number>;
}

/** A failure to report in one line, without a stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
