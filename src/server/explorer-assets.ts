// Where the built explorer lives, and building it on demand, so `dipgraph
// serve` works from a fresh checkout.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const EXPLORER_SRC = fileURLToPath(new URL('../explorer', import.meta.url));
export const EXPLORER_DIST = path.join(EXPLORER_SRC, 'dist');
export const EXPLORER_CONFIG = path.join(EXPLORER_SRC, 'vite.config.ts');

export function explorerBuilt(dir = EXPLORER_DIST): boolean {
  return fs.existsSync(path.join(dir, 'index.html'));
}

/** Vite is a dev dependency: a production install without it gets a clear message instead. */
export async function buildExplorer(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: EXPLORER_CONFIG, logLevel: 'warn' });
}
