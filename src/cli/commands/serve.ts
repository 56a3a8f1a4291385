// `dipgraph serve`: the HTTP API and the explorer over the selected store.
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { openStoreFromFlags, STORE_HELP, STORE_OPTIONS } from '../store-options.js';
import { buildExplorer, explorerBuilt } from '../../server/explorer-assets.js';
import { startServer } from '../../server/start.js';
import { DEFAULT_EXTRACTION_BUDGET } from '../../ingest/extraction-pool.js';

const HELP = `Usage: dipgraph serve [--port N] [--host ADDR] [--extract-timeout S] [store options]

Serves the HTTP API under /api (description at /api/openapi.json) and the graph
explorer at /. Builds the explorer first if it has not been built.
Writes (POST /api/documents) need DIPGRAPH_TOKEN set; without it the server is read-only.
Posted documents are extracted in a worker thread, one at a time, so reads stay
answered; a document over the time budget is refused with a 422.

Options:
  --port N             port to listen on (default 8080, or PORT; 0 picks a free one)
  --host ADDR          address to bind (default 127.0.0.1; 0.0.0.0 to share on the network)
  --extract-timeout S  seconds one posted document may take to extract (default ${DEFAULT_EXTRACTION_BUDGET.timeoutMs / 1000})

${STORE_HELP}

Examples:
  dipgraph serve
  DIPGRAPH_TOKEN=secret dipgraph serve --port 3000 --store data/store/graph.json`;

function parsePort(value: string | undefined): number {
  const port = Number(value ?? process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${value}"`);
  return port;
}

function parseTimeout(value: string | undefined): number {
  if (value === undefined) return DEFAULT_EXTRACTION_BUDGET.timeoutMs;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`--extract-timeout must be a number of seconds above 0, not "${value}"`);
  return seconds * 1000;
}

async function ensureExplorer(): Promise<void> {
  if (explorerBuilt()) return;
  console.error('Building the explorer (first run)…');
  try {
    await buildExplorer();
  } catch (err) {
    console.error(`Could not build the explorer (${(err as Error).message}); run \`npm run build:explorer\`. Serving the API only.`);
  }
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the HTTP API and the graph explorer',
  help: HELP,
  options: { ...STORE_OPTIONS, port: { type: 'string' }, host: { type: 'string' }, 'extract-timeout': { type: 'string' } },
  async run({ values }) {
    const port = parsePort(values.port as string | undefined);
    const timeoutMs = parseTimeout(values['extract-timeout'] as string | undefined);
    const host = (values.host as string | undefined) ?? '127.0.0.1';
    await ensureExplorer();
    const store = await openStoreFromFlags(values);
    const token = process.env.DIPGRAPH_TOKEN || undefined;
    let running;
    try {
      running = await startServer({ store, token, port, host, extractionBudget: { timeoutMs } });
    } catch (err) {
      await store.close();
      throw new UsageError((err as Error).message);
    }
    console.log(`dipgraph explorer: ${running.url}  (API ${running.url}api, store ${store.location}${token ? '' : ', read-only'})`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await running.close();
    // Flushes the embedded graph, so documents posted while serving are kept.
    await store.close();
    return 0;
  },
};
