// Builds the explorer SPA into src/explorer/dist, which `dipgraph serve` serves
// at /. `vite dev` proxies /api to a server started with `dipgraph serve`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // sigma and graphology make one ~520 kB chunk; splitting it buys nothing for a local tool.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { '/api': process.env.DIPGRAPH_API ?? 'http://127.0.0.1:8080' },
  },
});
