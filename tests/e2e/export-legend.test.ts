/**
 * The export legend under colour by article or outlet, as a user makes it: a merged graph of six
 * generated articles from six outlets, Appearance → Colour by, then Export → SVG and PNG. The
 * legend lists the colours the picture shows — each article with its outlet, or each outlet —
 * with the swatch colours the nodes are drawn in; in English, Arabic names are bidi-isolated.
 * The exported images are kept in tests/.artifacts/export to be looked at.
 */
import { DOMParser } from '@xmldom/xmldom';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CATEGORY_COLORS } from '../../src/app/graph-view/measures';
import { buildGraph } from '../../src/graph/build';
import { syntheticCorpus } from '../bench/synthetic-corpus';
import { ARTIFACTS, openApp, openSession, screenshot, type Page, type Session } from './browser';

const OUT = join(ARTIFACTS, 'export');
const OUTLETS = ['الجزيرة', 'العربية', 'Reuters', 'الشرق الأوسط', 'BBC عربي', 'سكاي نيوز عربية'];

async function exportFile(page: Page, format: 'svg' | 'png', name: string): Promise<Buffer> {
  const menu = page.getByTestId('export');
  if (!(await menu.evaluate((el) => (el as HTMLDetailsElement).open)))
    await menu.locator('summary').click();
  await page.getByTestId('export-region-full').check();
  await page.getByTestId('export-scale').selectOption('1');
  await page.getByTestId('export-legend').setChecked(true);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 90_000 }),
    page.getByTestId(`export-${format}`).click(),
  ]);
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, `${name}.${format}`);
  await download.saveAs(path);
  await menu.locator('summary').click(); // closed again
  return readFileSync(path);
}

/** The legend and caption band of an exported SVG: its texts and its swatches' colours. */
function band(svg: string): { texts: string[]; fills: string[] } {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const group = Array.from(doc.getElementsByTagName('g')).find(
    (g) => g.getAttribute('class') === 'isnad-legend-caption',
  );
  const all = (tag: string) => Array.from(group?.getElementsByTagName(tag) ?? []);
  return {
    texts: all('text').map((t) => t.textContent ?? ''),
    fills: [...all('circle'), ...all('polygon')].map((s) =>
      (s.getAttribute('fill') ?? '').toLowerCase(),
    ),
  };
}

describe('the export legend under colour by article or outlet', () => {
  let session: Session;
  let page: Page;
  const results = syntheticCorpus({ articles: 6 }).map((result, i) => ({
    ...result,
    article: { ...result.article, title: `${result.article.title} (${i + 1})`, source: OUTLETS[i] },
  }));
  const graph = buildGraph(results).export();

  beforeAll(async () => {
    session = await openSession({ width: 1400, height: 900 });
    page = session.page;
    await openApp(page, inject('baseURL'));
    await page.evaluate((g) => {
      window.isnad!.ready = false;
      window.isnad!.store.getState().loadGraph(g as never);
    }, graph);
    await page.waitForFunction(
      () => window.isnad?.ready === true && window.isnad.cy!.nodes().length > 40,
    );
    await page.getByTestId('color-by').selectOption('article');
  });
  afterAll(async () => session?.close());

  it('SVG, colour by article: every article with its outlet, in the colours drawn', async () => {
    const { texts, fills } = band(
      (await exportFile(page, 'svg', 'legend-by-article-ar')).toString('utf8'),
    );
    for (const [i, outlet] of OUTLETS.entries()) {
      const entry = texts.find((t) => t.includes(`(${i + 1})`) && t.includes(outlet));
      expect(entry, `legend entry for article ${i + 1} (${outlet})`).toBeDefined();
    }
    expect(fills).toEqual(expect.arrayContaining(CATEGORY_COLORS.slice(0, OUTLETS.length)));
    // Kinds stay, for their shapes; no kind colour stands for an article.
    expect(texts).toEqual(expect.arrayContaining(['شخص', 'تصريح']));
    await screenshot(page, 'legend-by-article-ar-canvas');
  });

  it('PNG, colour by article, to look at', async () => {
    const png = await exportFile(page, 'png', 'legend-by-article-ar');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('in English, colour by outlet: the outlets named, Arabic ones isolated', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByTestId('color-by').selectOption('outlet');
    const { texts } = band((await exportFile(page, 'svg', 'legend-by-outlet-en')).toString('utf8'));
    for (const outlet of OUTLETS) {
      const shown = /[\u0600-\u06FF]/.test(outlet) ? `\u2068${outlet}\u2069` : outlet;
      expect(texts, outlet).toContain(shown);
    }
    await exportFile(page, 'png', 'legend-by-outlet-en');
    await page.getByTestId('color-by').selectOption('article');
    const article = band((await exportFile(page, 'svg', 'legend-by-article-en')).toString('utf8'));
    expect(article.texts.filter((t) => t.includes(' — '))).toHaveLength(OUTLETS.length);
    await exportFile(page, 'png', 'legend-by-article-en');
  });
});
