/**
 * Builds the app in production mode into a private directory and serves it with `vite preview`
 * on a free port. Private, because several test or bench runs may build at once and a shared
 * dist/ would be overwritten under them; production, because Vitest sets NODE_ENV=test and
 * Vite would otherwise bundle React's development build.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';

export interface BuiltApp {
  url: string;
  outDir: string;
  close(): Promise<void>;
}

export async function serveBuiltApp(): Promise<BuiltApp> {
  const outDir = mkdtempSync(join(tmpdir(), 'isnad-dist-'));
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const server = await preview({
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('browser tests: vite preview did not report a local URL');
  return {
    url,
    outDir,
    async close() {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
