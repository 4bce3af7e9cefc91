// Builds the renderer (React + Slate) into dist/renderer, served by the web host and loaded by Electron.
// No @vitejs/plugin-react: esbuild's automatic JSX runtime is enough (no fast refresh needed).
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  esbuild: { jsx: 'automatic' },
  worker: { format: 'es' },
  build: {
    outDir: path.resolve(here, '../dist/renderer'),
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 4000,
    sourcemap: true,
  },
});
