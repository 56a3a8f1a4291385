// A browser on the explorer: a temporary embedded store ingested from a folder
// of articles, the server on a random loopback port, and Debian's Chromium
// driven by playwright-core. Shared by the explorer suites.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { ingestPaths } from '../../src/ingest/ingest.js';
import { buildExplorer, explorerBuilt } from '../../src/server/explorer-assets.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { openStore } from '../../src/store/open-store.js';
import type { GraphStore } from '../../src/store/store.js';

/** Where the suites leave their screenshots (git-ignored). */
export const SHOTS = path.resolve(import.meta.dirname, '../../test-results/explorer');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];

export interface ExplorerSession {
  store: GraphStore;
  server: RunningServer;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

export async function openExplorerSession(articles: string, name: string, pageOptions: BrowserContextOptions = {}): Promise<ExplorerSession> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  if (!explorerBuilt()) await buildExplorer();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `dipgraph-${name}-`));
  const store = await openStore({ file: path.join(dir, 'graph.json') });
  await ingestPaths(store, [articles]);
  const server = await startServer({ store, port: 0, log: () => undefined });
  fs.mkdirSync(SHOTS, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, ...pageOptions });
  return {
    store,
    server,
    browser,
    page,
    async close() {
      await browser.close();
      await server.close();
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
