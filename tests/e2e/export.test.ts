/**
 * Image exports as a user makes them: open the export menu, choose options, click PNG, JPEG or
 * SVG, and check the downloaded file. Copies are kept in tests/.artifacts/export to be looked at.
 */
import { DOMParser, DOMParser as XmlDomParser } from '@xmldom/xmldom';
import jpeg from 'jpeg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { KIND_COLORS } from '../../src/app/graph-view/style';
import { ARTIFACTS, openApp, openSession, screenshot, type Page, type Session } from './browser';

const OUT = join(ARTIFACTS, 'export');

/** Opens the menu, sets the options, clicks the format, and saves the download. */
async function exportVia(page: Page, button: string, options: ExportChoice = {}): Promise<Saved> {
  const menu = page.getByTestId('export');
  if (!(await menu.evaluate((el) => (el as HTMLDetailsElement).open)))
    await menu.locator('summary').click();
  await page.getByTestId(options.view ? 'export-region-view' : 'export-region-full').check();
  await page.getByTestId('export-scale').selectOption(String(options.scale ?? 1));
  await page.getByTestId('export-legend').setChecked(options.legend ?? true);
  await page.getByTestId('export-transparent').setChecked(options.transparent ?? false);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByTestId(`export-${button}`).click(),
  ]);
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path, bytes: readFileSync(path) };
}

interface ExportChoice {
  view?: boolean;
  scale?: number;
  legend?: boolean;
  transparent?: boolean;
}
interface Saved {
  name: string;
  path: string;
  bytes: Buffer;
}

interface Pixels {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Kinds whose colour covers at least `min` pixels in the rows [0, rows): the graph is drawn. */
function kindsDrawn(image: Pixels, rows: number, tolerance: number, min = 30): string[] {
  return Object.entries(KIND_COLORS)
    .filter(([, hex]) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [
        number,
        number,
        number,
      ];
      let count = 0;
      for (let i = 0; i < image.width * Math.min(rows, image.height) * 4; i += 4) {
        const d =
          Math.abs(image.data[i]! - r) +
          Math.abs(image.data[i + 1]! - g) +
          Math.abs(image.data[i + 2]! - b);
        if (d <= tolerance && image.data[i + 3]! > 200) count++;
      }
      return count >= min;
    })
    .map(([kind]) => kind);
}

const near = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1);

describe('image export from the menu', () => {
  let session: Session;
  let page: Page;
  let screen: { width: number; height: number; full: { width: number; height: number } };

  beforeAll(async () => {
    session = await openSession();
    page = session.page;
    await openApp(page, inject('baseURL'));
    screen = await page.evaluate(() => {
      const cy = window.isnad!.cy!;
      const bb = cy.elements().boundingBox();
      return {
        width: cy.width(),
        height: cy.height(),
        full: { width: Math.ceil(bb.w), height: Math.ceil(bb.h) },
      };
    });
  });
  afterAll(async () => session?.close());

  it('PNG of the current view at 2×, bare: exactly twice the canvas, several kinds drawn', async () => {
    const file = await exportVia(page, 'png', { view: true, scale: 2, legend: false });
    expect(file.name).toMatch(/^isnad-[a-z0-9-]+-\d{4}-\d\d-\d\d\.png$/);
    const png = PNG.sync.read(file.bytes);
    near(png.width, screen.width * 2);
    near(png.height, screen.height * 2);
    expect(kindsDrawn(png, png.height, 30).length).toBeGreaterThanOrEqual(3);
  });

  it('PNG of the whole graph at 1× with legend and caption: the band is added below', async () => {
    const file = await exportVia(page, 'png', { scale: 1 });
    const png = PNG.sync.read(file.bytes);
    near(png.width, screen.full.width);
    expect(png.height).toBeGreaterThan(screen.full.height + 60);
    expect(kindsDrawn(png, screen.full.height, 30).length).toBeGreaterThanOrEqual(3);
    writeFileSync(join(ARTIFACTS, 'export-sample.png'), file.bytes);
  });

  it('PNG with a transparent background leaves the empty canvas see-through', async () => {
    const png = PNG.sync.read(
      (await exportVia(page, 'png', { transparent: true, legend: false })).bytes,
    );
    expect(png.data[3]).toBe(0); // top-left corner: no node there, no background
  });

  it('JPEG of the current view at 1× decodes with the canvas size and the node colours', async () => {
    const file = await exportVia(page, 'jpg', { view: true, scale: 1 });
    expect(file.name).toMatch(/\.jpg$/);
    const image = jpeg.decode(file.bytes, { useTArray: true });
    near(image.width, screen.width);
    expect(image.height).toBeGreaterThan(screen.height);
    expect(kindsDrawn(image, screen.height, 60).length).toBeGreaterThanOrEqual(3);
    writeFileSync(join(ARTIFACTS, 'export-sample.jpg'), file.bytes);
  });

  it('SVG keeps Arabic labels as text, embeds the font, and carries legend and caption', async () => {
    const file = await exportVia(page, 'svg', { scale: 1 });
    const svg = file.bytes.toString('utf8');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
    const labels = await page.evaluate(() =>
      window.isnad!.cy!.nodes('[kind = "person"]').map((n) => String(n.data('label'))),
    );
    expect(texts.some((text) => text.includes('بوتين'))).toBe(true);
    expect(
      labels.filter((label) => texts.some((text) => text.includes(label))).length,
    ).toBeGreaterThan(3);
    expect(svg).toMatch(
      /@font-face\{font-family:"IBM Plex Sans Arabic".*src:url\(data:font\/woff2;base64,/,
    );
    const band = Array.from(doc.getElementsByTagName('g')).find(
      (g) => g.getAttribute('class') === 'isnad-legend-caption',
    );
    const bandText = Array.from(band?.getElementsByTagName('text') ?? []).map((t) => t.textContent);
    expect(bandText).toEqual(expect.arrayContaining(['شخص', 'تصريح', 'قال']));
    // The embedded font is what draws the text: without its <style> the picture changes
    // (this machine falls back to DejaVu Sans for Arabic).
    const withFont = await renderSvg(session, svg, join(ARTIFACTS, 'export-sample-svg.png'));
    const withoutFont = await renderSvg(session, svg.replace(/<style>[\s\S]*?<\/style>/, ''));
    expect(withFont.equals(withoutFont)).toBe(false);
  });

  it('SVG: per-kind groups with titles, Arabic labels right-to-left, and the font advice', async () => {
    const file = await exportVia(page, 'svg', { scale: 1 });
    const svg = file.bytes.toString('utf8');
    writeFileSync(join(ARTIFACTS, 'export-sample.svg'), svg);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const ids = Array.from(doc.getElementsByTagName('g')).map((g) => g.getAttribute('id'));
    expect(ids).toEqual(
      expect.arrayContaining(['edges-said', 'nodes-person', 'nodes-statement', 'labels-person']),
    );
    const group = Array.from(doc.getElementsByTagName('g')).find((g) => g.getAttribute('id') === 'nodes-person');
    expect(group?.getElementsByTagName('title')[0]?.textContent).toBe('nodes: person');
    const arabic = Array.from(doc.getElementsByTagName('text')).filter((t) => /[\u0600-\u06FF]/.test(t.textContent ?? ''));
    expect(arabic.length).toBeGreaterThan(20);
    for (const text of arabic) {
      expect(text.getAttribute('direction')).toBe('rtl');
      expect(text.getAttribute('unicode-bidi')).toBe('embed');
    }
    await expect.poll(() => page.getByTestId('export-status').textContent()).toMatch(/IBM Plex Sans Arabic/);
    // The menu with the font advice, to look at in both languages.
    await screenshot(page, 'export-menu-ar');
    await page.evaluate(() => window.isnad!.store.getState().setLang('en'));
    await exportVia(page, 'svg', { scale: 1 });
    await screenshot(page, 'export-menu-en');
    await page.evaluate(() => window.isnad!.store.getState().setLang('ar'));
  }); // prettier-ignore

  it('a control character in a label: the SVG still parses, the export says saved', async () => {
    await page.evaluate(() => {
      const node = window.isnad!.cy!.nodes('[kind = "person"]')[0]!;
      node.data('display', `${String(node.data('display'))}\u000B`);
    });
    const svg = (await exportVia(page, 'svg', { scale: 1, legend: false })).bytes.toString('utf8');
    const doc = new XmlDomParser({ onError: (level, message) => { throw new Error(`${level}: ${message}`); } })
      .parseFromString(svg, 'image/svg+xml');
    expect(doc.documentElement?.nodeName).toBe('svg');
    expect(svg.includes('\u000B')).toBe(false);
    await expect.poll(() => page.getByTestId('export-status').textContent()).toMatch(/تم الحفظ|Saved/);
  }); // prettier-ignore

  it('PNG and JPEG carry their provenance: title, source, creation time, software', async () => {
    const title = await page.evaluate(() => window.isnad!.store.getState().graph!.attributes!.articles[0].title as string);
    const png = (await exportVia(page, 'png', { scale: 1, legend: false })).bytes;
    const chunks = pngTextChunks(png);
    expect(chunks.get('Title')).toContain(title);
    expect(chunks.get('Software')).toBe('Isnad');
    expect(chunks.get('Creation Time')).toMatch(/GMT$/);
    expect(chunks.get('Source')).toBeTruthy();
    const jpg = (await exportVia(page, 'jpg', { scale: 1, legend: false, view: true })).bytes;
    const comment = jpg.indexOf(Buffer.from([0xff, 0xfe]));
    expect(comment).toBeGreaterThan(0);
    const length = jpg.readUInt16BE(comment + 2);
    expect(jpg.subarray(comment + 4, comment + 2 + length).toString('utf8')).toContain(`Title: ${title}`);
  }); // prettier-ignore

  it('a scale past the browser’s limit is lowered and the user is told', async () => {
    await page.getByTestId('export-width').fill('40000');
    const file = await exportVia(page, 'png', { legend: false });
    await page.getByTestId('export-width').fill('');
    const png = PNG.sync.read(file.bytes);
    expect(png.width).toBeLessThanOrEqual(16_384);
    expect(kindsDrawn(png, png.height, 30).length).toBeGreaterThanOrEqual(3); // not blank
    await expect
      .poll(() => page.getByTestId('export-status').textContent())
      .toMatch(/خُفّض المقياس|lowered/);
  });

  it('the whole graph with the rest hidden by a filter is framed by what the filter keeps', async () => {
    const shown = await page.evaluate(async () => {
      document
        .querySelector<HTMLInputElement>(
          '[data-testid="delegation-filter"] input[type="checkbox"]',
        )!
        .click();
      await new Promise((done) => requestAnimationFrame(done));
      const cy = window.isnad!.cy!;
      const bb = cy.elements().not('.hidden').boundingBox();
      return { width: Math.ceil(bb.w), height: Math.ceil(bb.h), hidden: cy.$('.hidden').length };
    });
    expect(shown.hidden).toBeGreaterThan(0);
    expect(shown.width * shown.height).toBeLessThan(screen.full.width * screen.full.height);
    const png = PNG.sync.read((await exportVia(page, 'png', { legend: false })).bytes);
    await page.evaluate(() => window.isnad!.store.getState().clearFilters());
    near(png.width, shown.width);
    near(png.height, shown.height);
  });
});

/** keyword → text of a PNG's tEXt and iTXt chunks (read independently of the writer). */
function pngTextChunks(png: Buffer): Map<string, string> {
  const found = new Map<string, string>();
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    const nul = data.indexOf(0);
    if (type === 'tEXt')
      found.set(data.toString('latin1', 0, nul), data.toString('latin1', nul + 1));
    if (type === 'iTXt') found.set(data.toString('latin1', 0, nul), data.toString('utf8', nul + 5));
    at += 12 + length;
  }
  return found;
}

/** Shows the SVG as a page would (an <img>, no scripts) and screenshots it, to look at. */
async function renderSvg(session: Session, svgText: string, pngPath?: string): Promise<Buffer> {
  const page = await session.context.newPage();
  const svg = Buffer.from(svgText, 'utf8');
  const [, width = '800', height = '600'] =
    /width="([\d.]+)" height="([\d.]+)"/.exec(svg.toString('utf8')) ?? [];
  await page.setViewportSize({
    width: Math.ceil(Number(width)),
    height: Math.ceil(Number(height)),
  });
  await page.setContent(
    `<body style="margin:0"><img src="data:image/svg+xml;base64,${svg.toString('base64')}"></body>`,
  );
  await page.waitForFunction(() => document.querySelector('img')?.complete === true);
  const shot = await page.screenshot({ ...(pngPath ? { path: pngPath } : {}), fullPage: true });
  await page.close();
  return shot;
}
