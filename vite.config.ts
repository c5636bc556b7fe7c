import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { CSP_HEADER, cspPlugin } from './src/build/csp.ts';
import { seedGraphPlugin } from './src/build/seed-graph-plugin.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // index.html lives in src/ so the top level stays as agreed.
  root: at('./src'),
  publicDir: at('./public'),
  cacheDir: at('./node_modules/.vite'),
  plugins: [react(), seedGraphPlugin(at('./data')), cspPlugin()],
  // The workspace's extraction worker is an ES module, code-split like the app.
  worker: { format: 'es' },
  preview: { headers: { 'Content-Security-Policy': CSP_HEADER } },
  build: {
    outDir: at('./dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // No data: URLs for small fonts or images: the CSP allows fonts from 'self' only.
    assetsInlineLimit: 0,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          root: here,
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          root: here,
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
