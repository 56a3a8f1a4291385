// Listening on a port: the one part of serving that `createApp` leaves out.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from './app.js';

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export function startServer(options: AppOptions & { port?: number; host?: string }): Promise<RunningServer> {
  const { port = 8080, host = '127.0.0.1', ...appOptions } = options;
  const app = createApp(appOptions);
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(err.code === 'EADDRINUSE' ? new Error(`port ${port} on ${host} is in use; pick another with --port`) : err);
    });
    server.once('listening', () => {
      const { port: bound } = server.address() as AddressInfo;
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shownHost}:${bound}/`,
        server,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((err) => (err ? fail(err) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
