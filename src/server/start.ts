// Listening on a port: the one part of serving that `createApp` leaves out.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_EXTRACTION_BUDGET, ExtractionPool, type ExtractionBudget } from '../ingest/extraction-pool.js';
import { createApp, type AppOptions } from './app.js';

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

// Room for a long parameter to reach the validator and get a 400 naming it,
// instead of Node's bare 431 at its default of 16 KiB.
const MAX_HEADER_BYTES = 256 * 1024;

export interface ServerOptions extends Omit<AppOptions, 'extraction'> {
  port?: number;
  /** Address to bind; loopback unless the operator says otherwise. */
  host?: string;
  extractionBudget?: Partial<ExtractionBudget>;
}

export function startServer(options: ServerOptions): Promise<RunningServer> {
  const { port = 8080, host = '127.0.0.1', extractionBudget, ...appOptions } = options;
  const extraction = new ExtractionPool({ ...DEFAULT_EXTRACTION_BUDGET, ...extractionBudget });
  const app = createApp({ ...appOptions, extraction });
  return new Promise((resolve, reject) => {
    const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, app);
    server.listen(port, host);
    server.once('error', (err: NodeJS.ErrnoException) => {
      void extraction.close();
      reject(err.code === 'EADDRINUSE' ? new Error(`port ${port} on ${host} is in use; pick another with --port`) : err);
    });
    server.once('listening', () => {
      const { port: bound } = server.address() as AddressInfo;
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shownHost}:${bound}/`,
        server,
        close: async () => {
          await new Promise<void>((done, fail) => {
            server.close((err) => (err ? fail(err) : done()));
            server.closeAllConnections();
          });
          await extraction.close();
        },
      });
    });
  });
}
