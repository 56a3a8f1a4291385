// `dipgraph serve`: the HTTP API and the explorer over the selected store.
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { openStoreFromFlags, STORE_HELP, STORE_OPTIONS } from '../store-options.js';
import { buildExplorer, explorerBuilt } from '../../server/explorer-assets.js';
import { startServer } from '../../server/start.js';

const HELP = `Usage: dipgraph serve [--port N] [--host ADDR] [store options]

Serves the HTTP API under /api (description at /api/openapi.json) and the graph
explorer at /. Builds the explorer first if it has not been built.
Writes (POST /api/documents) need DIPGRAPH_TOKEN set; without it the server is read-only.

Options:
  --port N         port to listen on (default 8080, or PORT; 0 picks a free one)
  --host ADDR      address to bind (default 127.0.0.1; 0.0.0.0 to share on the network)

${STORE_HELP}

Examples:
  dipgraph serve
  DIPGRAPH_TOKEN=secret dipgraph serve --port 3000 --store data/store/graph.json`;

function parsePort(value: string | undefined): number {
  const port = Number(value ?? process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${value}"`);
  return port;
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
  options: { ...STORE_OPTIONS, port: { type: 'string' }, host: { type: 'string' } },
  async run({ values }) {
    const port = parsePort(values.port as string | undefined);
    const host = (values.host as string | undefined) ?? '127.0.0.1';
    await ensureExplorer();
    const store = await openStoreFromFlags(values);
    const token = process.env.DIPGRAPH_TOKEN || undefined;
    let running;
    try {
      running = await startServer({ store, token, port, host });
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
