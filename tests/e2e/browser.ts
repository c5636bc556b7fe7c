/**
 * Real headless Chromium through playwright-core, with the flags the machine needs and a fresh
 * profile per launch. Screenshots go to tests/.artifacts (git-ignored) to be looked at.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { findChromium } from './chromium-path';

export const ARTIFACTS = join(process.cwd(), 'tests', '.artifacts');

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Session {
  context: BrowserContext;
  page: Page;
  /** CSP violations so far (close() fails when there are any). */
  violations: string[];
  close(): Promise<void>;
}

/** A persistent context is the only way to pass our own --user-data-dir with Playwright. */
export async function openSession(
  options: { width?: number; height?: number; acceptDownloads?: boolean } = {},
): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'isnad-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: FLAGS,
    viewport: { width: options.width ?? 1400, height: options.height ?? 900 },
    acceptDownloads: options.acceptDownloads ?? true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  // With the stack: a page error is found from where it was thrown, not from the test's end.
  page.on('pageerror', (error) => errors.push(error.stack ?? String(error)));
  // Any Content-Security-Policy violation fails the test that caused it (src/build/csp.ts):
  // the page's report events, and the console lines Chromium writes (workers included).
  const violations: string[] = [];
  await context.exposeBinding('__isnadCspViolation', (_source, line: string) => {
    violations.push(line);
  });
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { __isnadCspViolation(line: string): void }).__isnadCspViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    ),
  );
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text()))
      violations.push(message.text().replace(/data:[^']{60,}/g, (url) => `${url.slice(0, 60)}…`));
  });
  return {
    context,
    page,
    violations,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (errors.length > 0) throw new Error(`page errors during the test:\n${errors.join('\n')}`);
      if (violations.length > 0)
        throw new Error(`Content-Security-Policy violations:\n${violations.join('\n')}`);
    },
  };
}

/** Opens the app and waits until the graph is drawn (the app sets window.isnad.ready). */
export async function openApp(page: Page, baseURL: string, query = ''): Promise<void> {
  await page.goto(baseURL + query);
  await page.waitForFunction(
    () => (window as unknown as { isnad?: { ready?: boolean } }).isnad?.ready === true,
    undefined,
    {
      timeout: 30_000,
    },
  );
}

/** Where a graph node is drawn on the page, for real mouse clicks and hovers. */
export async function nodeScreenPoint(page: Page, key: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    const cy = window.isnad!.cy!;
    const box = cy.container()!.getBoundingClientRect();
    const { x, y } = cy.getElementById(id).renderedPosition();
    return { x: box.left + x, y: box.top + y };
  }, key);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

export type { Browser, Page };
