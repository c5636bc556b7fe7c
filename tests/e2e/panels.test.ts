/**
 * Every panel and popover, opened as a user opens it, in Arabic and in English: its text meets
 * WCAG AA contrast (4.5:1, from the rendered colours), and a screenshot of it is kept to look at.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { lowContrast } from './contrast';
import {
  nodeScreenPoint,
  openApp,
  openSession,
  screenshot,
  type Page,
  type Session,
} from './browser';

const topPerson = (page: Page) =>
  page.evaluate(() =>
    window
      .isnad!.cy!.nodes('[kind = "person"]')
      .max((n) => n.degree(false))
      .ele.id(),
  );

interface PanelCase {
  name: string;
  /** What must be on screen to check. */
  selector: string;
  open(page: Page): Promise<void>;
  close?(page: Page): Promise<void>;
}

const PANELS: PanelCase[] = [
  { name: 'header', selector: '.app-header', open: async () => {} },
  { name: 'filters-and-legend', selector: '.side-filters', open: async () => {} },
  { name: 'graph-controls', selector: '.graph-controls', open: async () => {} },
  { name: 'overview', selector: '.side-inspector', open: async () => {} },
  { name: 'statements-table', selector: '.bottom-panel', open: async () => {} },
  {
    name: 'export-menu',
    selector: '.export-panel',
    open: async (page) => {
      await page.getByTestId('export').locator('summary').click();
      await page.locator('.export-panel').waitFor();
    },
    close: (page) => page.getByTestId('export').locator('summary').click(),
  },
  {
    name: 'search-results',
    selector: '.search-results',
    open: async (page) => {
      await page.getByTestId('search').fill('بوتين');
      await page.locator('.search-results').waitFor();
    },
    close: async (page) => {
      await page.getByTestId('search').fill('');
      await page.keyboard.press('Escape');
    },
  },
  {
    name: 'search-no-match',
    selector: '.search-results',
    open: async (page) => {
      await page.getByTestId('search').fill('zzzz');
      await page.locator('.search-results').waitFor();
    },
    close: async (page) => {
      await page.getByTestId('search').fill('');
      await page.keyboard.press('Escape');
    },
  },
  {
    name: 'tooltip',
    selector: '.graph-tooltip',
    open: async (page) => {
      const point = await nodeScreenPoint(page, await topPerson(page));
      await page.mouse.move(point.x, point.y);
      await page.locator('.graph-tooltip').waitFor();
    },
    close: (page) => page.mouse.move(2, 400),
  },
  {
    name: 'inspector-person',
    selector: '.side-inspector',
    open: async (page) => {
      const key = await topPerson(page);
      await page.evaluate((k) => window.isnad!.store.getState().select(k), key);
    },
  },
  {
    name: 'inspector-statement',
    selector: '.side-inspector',
    open: async (page) => {
      await page.evaluate(() => {
        const key = window.isnad!.cy!.nodes('[kind = "statement"]')[0]!.id();
        window.isnad!.store.getState().select(key);
      });
    },
    close: (page) => page.evaluate(() => window.isnad!.store.getState().select(null)),
  },
  {
    name: 'article',
    selector: '.bottom-panel',
    open: (page) => page.evaluate(() => window.isnad!.store.getState().setTab('article')),
    close: (page) => page.evaluate(() => window.isnad!.store.getState().setTab('statements')),
  },
  {
    name: 'paste-dialog',
    selector: '.paste-dialog',
    open: async (page) => {
      await page.getByRole('button', { name: /الصق مقالًا|Paste article/ }).click();
      await page.getByTestId('paste-text').fill('نص قصير');
    },
    close: (page) => page.keyboard.press('Escape'),
  },
  {
    name: 'load-error',
    selector: '.load-error',
    open: async (page) => {
      await page.getByTestId('graph-file').setInputFiles({
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"nodes": [}'),
      });
      await page.getByTestId('load-error').waitFor();
      const toggle = page.getByTestId('load-error').locator('summary');
      if ((await toggle.count()) > 0) await toggle.click();
    },
    close: (page) => page.getByTestId('load-error').getByRole('button').last().click(),
  },
];

describe.each(['ar', 'en'] as const)('panels and popovers in %s', (lang) => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await openSession();
    page = session.page;
    await openApp(page, inject('baseURL'), lang === 'en' ? '?lang=en' : '');
  });
  afterAll(async () => session?.close());

  it.each(PANELS)('$name: every text reads at WCAG AA contrast', async (panel) => {
    await panel.open(page);
    await page.waitForTimeout(150);
    await screenshot(page, `panel-${lang}-${panel.name}`);
    expect(await page.locator(panel.selector).count()).toBeGreaterThan(0);
    expect(await lowContrast(page, panel.selector)).toEqual([]);
    await panel.close?.(page);
  });
});
