/**
 * Builds the app once and serves it with `vite preview` on a free port for the browser tests.
 * Tests read the address with `inject('baseURL')`.
 */
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';
import { findChromium } from './chromium-path';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

let server: PreviewServer | undefined;

export async function setup(project: TestProject) {
  findChromium(); // fail before the build when there is no browser
  await build({ logLevel: 'warn' });
  server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('browser tests: vite preview did not report a local URL');
  project.provide('baseURL', url);
}

export async function teardown() {
  await server?.close();
}
