// `dipgraph query`: runs a named query of the catalog with parameters, or lists them.
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { openStoreFromFlags, STORE_HELP, STORE_OPTIONS } from '../store-options.js';
import { QUERY_CATALOG, QueryParamsError, runNamedQuery, UnknownQueryError } from '../../query/catalog.js';

const HELP = `Usage: dipgraph query NAME [--param KEY=VALUE ...] [--format json|table] [store options]
       dipgraph query --list

Runs a named query (the same ones \`ask\` uses; each is cypher/queries/NAME.cypher on
Neo4j and a graphology function on the embedded store). Entity parameters take a key
("Country:india") or a name or alias ("India", "New Delhi"). Repeat a --param to give
several values.

Options:
  --param KEY=VALUE   a parameter (repeatable)
  --format FORMAT     table (default) or json
  --list              list the queries with their parameters

${STORE_HELP}

Examples:
  dipgraph query --list
  dipgraph query statements --param type=URGES --param action=restraint --param by=country
  dipgraph query contacts --param actor="Abbas Araghchi"
  dipgraph query stance --param object=India --param object=Pakistan --format json
  dipgraph query path --param from="Maria Zakharova" --param to="Operation Sindoor"
  dipgraph query timeline --param from=2025-05-01 --param to=2025-05-10`;

/** KEY=VALUE pairs; a key given twice becomes a list. */
export function parseParams(pairs: string[]): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq < 1) throw new UsageError(`--param wants KEY=VALUE, not "${pair}"`);
    const key = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    const old = params[key];
    params[key] = old === undefined ? value : [...(Array.isArray(old) ? old : [old]), value];
  }
  return params;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.length && typeof value[0] === 'object' && value[0] && 'sentence' in value[0] ? `${value.length} sentence(s)` : value.map(cell).join(', ');
  if ('name' in value) return String((value as { name: unknown }).name);
  if ('sentence' in value) {
    const e = value as { doc?: unknown; sentence: unknown };
    return `${String(e.doc)}: ${String(e.sentence)}`;
  }
  return JSON.stringify(value);
}

/** Rows as an aligned text table, long cells cut to keep one row per line. */
export function formatTable(rows: Record<string, unknown>[], maxWidth = 70): string {
  if (!rows.length) return '(no rows)';
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cells = rows.map((r) => columns.map((c) => {
    const text = cell(r[c]).replace(/\s+/g, ' ');
    return text.length > maxWidth ? `${text.slice(0, maxWidth - 1)}…` : text;
  }));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

function listing(): string {
  return QUERY_CATALOG.map((q) => {
    const shape = (q.params as unknown as { shape?: Record<string, unknown> }).shape ?? {};
    return `${q.name}(${Object.keys(shape).join(', ')})\n  ${q.description}`;
  }).join('\n\n');
}

export function formatOption(values: Record<string, unknown>): 'json' | 'table' {
  const format = (values.format as string | undefined) ?? 'table';
  if (format !== 'json' && format !== 'table') throw new UsageError(`--format must be json or table, not "${format}"`);
  return format;
}

export const queryCommand: Command = {
  name: 'query',
  summary: 'run a named query (query --list shows them)',
  help: HELP,
  options: { ...STORE_OPTIONS, param: { type: 'string', multiple: true }, format: { type: 'string' }, list: { type: 'boolean' } },
  async run({ positionals, values }) {
    if (values.list) {
      console.log(listing());
      return 0;
    }
    const [name, ...extra] = positionals;
    if (!name) throw new UsageError('which query? See dipgraph query --list');
    if (extra.length) throw new UsageError(`unexpected arguments: ${extra.join(' ')} (parameters go in --param KEY=VALUE)`);
    const format = formatOption(values);
    const params = parseParams((values.param as string[] | undefined) ?? []);
    const store = await openStoreFromFlags(values, { mustExist: true });
    try {
      const rows = await runNamedQuery(store, name, params);
      console.log(format === 'json' ? JSON.stringify(rows, null, 2) : formatTable(rows as Record<string, unknown>[]));
      return 0;
    } catch (err) {
      if (err instanceof QueryParamsError || err instanceof UnknownQueryError) throw new UsageError(err.message);
      throw err;
    } finally {
      await store.close();
    }
  },
};
