/**
 * Builds the app once and serves it with `vite preview` on a free port for the browser tests.
 * Tests read the address with `inject('baseURL')`.
 */
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium-path';
import { serveBuiltApp, type BuiltApp } from './serve-built-app';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

let app: BuiltApp | undefined;

export async function setup(project: TestProject) {
  findChromium(); // fail before the build when there is no browser
  app = await serveBuiltApp();
  project.provide('baseURL', app.url);
}

export async function teardown() {
  await app?.close();
}
