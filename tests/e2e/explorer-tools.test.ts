/**
 * Around the graph: hover tooltip, zoom and fit controls, the language switch, opening a graph
 * file (a broken one must not crash the page) and extracting a pasted article in the browser.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  nodeScreenPoint,
  openApp,
  openSession,
  screenshot,
  type Page,
  type Session,
} from './browser';

// Our own two sentences (no third-party article text in the repository).
const PASTED =
  'قال الرئيس الروسي فلاديمير بوتين إن المحادثات في ألاسكا كانت مفيدة.\n' +
  'وأكد الرئيس الأميركي دونالد ترامب أن اللقاء مع بوتين كان ممتازًا.';

const nodeCount = (page: Page) => page.evaluate(() => window.isnad!.cy!.nodes().length);

describe('explorer tools', () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await openSession();
    page = session.page;
    await openApp(page, inject('baseURL'));
  });
  afterAll(async () => session?.close());

  it('hovering a node shows a tooltip with its name', async () => {
    const target = await page.evaluate(() => {
      const node = window.isnad!.cy!.nodes('[kind = "person"]').max((n) => n.degree(false)).ele;
      return { key: node.id(), label: String(node.data('label')) };
    });
    const point = await nodeScreenPoint(page, target.key);
    await page.mouse.move(point.x, point.y);
    const tooltip = page.getByRole('tooltip');
    await expect.poll(() => tooltip.textContent()).toContain(target.label);
    await screenshot(page, 'explorer-tooltip');
    await page.mouse.move(2, 300);
  });

  it('zoom buttons and the keyboard zoom; fit brings the graph back', async () => {
    const zoom = () => page.evaluate(() => window.isnad!.cy!.zoom());
    const start = await zoom();
    await page.getByRole('button', { name: /تكبير|Zoom in/ }).click();
    expect(await zoom()).toBeGreaterThan(start);
    await page.getByTestId('graph').focus();
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    expect(await zoom()).toBeLessThan(start);
    await page.getByRole('button', { name: /ملاءمة|Fit/ }).click();
    expect(await zoom()).toBeCloseTo(start, 1);
  });

  it('the language switch turns the page left-to-right English and back', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    expect(
      await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    ).toEqual(['en', 'ltr']);
    expect(await page.getByTestId('search').getAttribute('aria-label')).toBe('Search the graph');
    await page.getByRole('button', { name: 'العربية' }).click();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  });

  it('a broken graph file shows a clear error and keeps the current graph', async () => {
    const before = await nodeCount(page);
    await page.getByTestId('graph-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"nodes": [}'),
    });
    const alert = page.getByTestId('load-error');
    await expect.poll(() => alert.textContent()).toContain('broken.json');
    expect(await alert.textContent()).toMatch(/JSON/);
    await page.getByTestId('graph-file').setInputFiles({
      name: 'wrong-shape.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ nodes: 3 })),
    });
    await expect.poll(() => alert.textContent()).toContain('wrong-shape.json');
    await screenshot(page, 'explorer-load-error');
    expect(await nodeCount(page)).toBe(before);
    await alert.getByRole('button').click();
  });

  it('a valid graph file replaces the graph', async () => {
    const json = await page.evaluate(() => {
      const graph = window.isnad!.store.getState().graph!;
      // A smaller graph: persons only, no edges, positions kept.
      return JSON.stringify({
        ...graph,
        nodes: graph.nodes.filter((n) => n.attributes?.kind === 'person'),
        edges: [],
      });
    });
    const persons = JSON.parse(json).nodes.length as number;
    await page.getByTestId('graph-file').setInputFiles({
      name: 'people.json',
      mimeType: 'application/json',
      buffer: Buffer.from(json),
    });
    await expect.poll(() => nodeCount(page)).toBe(persons);
    await page.waitForFunction(() => window.isnad?.ready === true);
  });

  it('a pasted article is extracted in the browser and drawn', async () => {
    await page.getByRole('button', { name: /الصق مقالًا|Paste article/ }).click();
    await page.getByTestId('paste-text').fill(PASTED);
    await page.getByRole('button', { name: /استخرج|Extract/ }).click();
    await expect
      .poll(() => page.evaluate(() => window.isnad!.cy!.nodes('[kind = "statement"]').length))
      .toBeGreaterThan(0);
    const labels = await page.evaluate(() =>
      window.isnad!.cy!.nodes().map((n) => String(n.data('label'))),
    );
    expect(labels.some((label) => label.includes('بوتين'))).toBe(true);
    await page.waitForFunction(() => window.isnad?.ready === true);
    await page.waitForTimeout(200);
    await screenshot(page, 'explorer-pasted-article');
  });
});

describe('re-arrange', () => {
  it('recomputes positions on demand, without errors, and keeps them as data for the session', async () => {
    const session = await openSession();
    try {
      const page = session.page;
      await openApp(page, inject('baseURL'));
      const positions = () =>
        page.evaluate(() => window.isnad!.cy!.nodes().map((n) => ({ ...n.position() })));
      const before = await positions();
      await page.getByRole('button', { name: /إعادة الترتيب|Re-arrange/ }).click();
      await expect
        .poll(async () => JSON.stringify(await positions()) !== JSON.stringify(before), {
          timeout: 10_000,
        })
        .toBe(true);
      await page.waitForTimeout(600);
      // The new positions are in the store (they outlive the canvas and go into data exports).
      const stored = await page.evaluate(() => {
        const { cy, store } = window.isnad!;
        const positions = store.getState().positions ?? {};
        return cy!
          .nodes()
          .map((n) => ({ p: positions[n.id()], at: n.position() }))
          .every(({ p, at }) => !!p && Math.abs(p.x - at.x) < 0.1 && Math.abs(p.y - at.y) < 0.1);
      });
      expect(stored).toBe(true);
      await screenshot(page, 'explorer-rearranged');
    } finally {
      await session.close();
    }
  });
});
