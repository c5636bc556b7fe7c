/**
 * The explorer in English and the words it shows: English names where the lexicon knows them
 * (canvas labels, inspector with the Arabic beside, filters, table), Arabic where it does not;
 * statement tooltips with speaker and first sentence; statement labels whose ellipsis stays at
 * the end of the Arabic in exported images; and error messages in the interface language.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  ARTIFACTS,
  nodeScreenPoint,
  openApp,
  openSession,
  screenshot,
  type Page,
  type Session,
} from './browser';

const putin = (page: Page) =>
  page.evaluate(() => {
    const node = window
      .isnad!.cy!.nodes('[kind = "person"]')
      .filter((n) => String(n.data('label')).includes('بوتين'))[0]!;
    return {
      key: node.id(),
      label: String(node.data('label')),
      labelEn: String(node.data('labelEn') ?? ''),
    };
  });

const ARABIC = /[\u0600-\u06FF]/;

describe('the explorer in English', () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await openSession();
    page = session.page;
    await openApp(page, inject('baseURL'), '?lang=en');
  });
  afterAll(async () => session?.close());

  it('canvas labels show the English name where the lexicon knows one, the Arabic otherwise', async () => {
    const labels = await page.evaluate(() =>
      window.isnad!.cy!.nodes('[kind != "statement"]').map((n) => ({
        en: (n.data('labelEn') as string | undefined) ?? '',
        label: String(n.data('label')),
        display: String(n.data('display')).split('\n')[0],
      })),
    );
    const known = labels.filter((l) => l.en);
    expect(known.length).toBeGreaterThan(5);
    for (const l of known) expect(l.display).toBe(l.en);
    for (const l of labels.filter((l) => !l.en)) expect(l.display).toBe(l.label);
    await screenshot(page, 'english-graph');
  });

  it('the inspector heads with the English name and the Arabic beside it', async () => {
    const p = await putin(page);
    expect(p.labelEn).not.toBe('');
    const point = await nodeScreenPoint(page, p.key);
    await page.mouse.click(point.x, point.y);
    const heading = page.getByTestId('inspector').locator('h2');
    await expect.poll(() => heading.textContent()).toContain(p.labelEn);
    expect(await heading.textContent()).toContain(p.label);
    await screenshot(page, 'english-inspector');
  });

  it('filters and the statements table name speakers in English', async () => {
    const p = await putin(page);
    const speakers = await page.locator('.check-list').last().textContent();
    expect(speakers).toContain(p.labelEn);
    const cells = await page.locator('.cell-speaker').allTextContents();
    expect(cells).toContain(p.labelEn);
    expect(cells).not.toContain(p.label);
  });

  it('switching language relabels the same canvas (no rebuild)', async () => {
    const p = await putin(page);
    await page.evaluate(() => {
      (window as unknown as { cyBefore: unknown }).cyBefore = window.isnad!.cy;
    });
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect
      .poll(() => page.evaluate((k) => window.isnad!.cy!.getElementById(k).data('display'), p.key))
      .toBe(p.label);
    expect(
      await page.evaluate(
        () => (window as unknown as { cyBefore: unknown }).cyBefore === window.isnad!.cy,
      ),
    ).toBe(true);
    await page.getByRole('button', { name: 'English' }).click();
  });

  it('hovering a statement shows its speaker and its whole first sentence', async () => {
    await page.evaluate(() => window.isnad!.store.getState().select(null));
    const statement = await page.evaluate(() => {
      const cy = window.isnad!.cy!;
      const node = cy
        .nodes('[kind = "statement"]')
        .filter((n) => String(n.data('text')).split(/\s+/).length > 12)[0]!;
      cy.zoom({ level: 1.5, renderedPosition: node.renderedPosition() });
      cy.center(node);
      const speaker = node.incomers('edge[kind = "said"]').sources()[0]!;
      return {
        key: node.id(),
        text: String(node.data('text')),
        speaker: String(speaker.data('labelEn') ?? speaker.data('label')),
      };
    });
    const point = await nodeScreenPoint(page, statement.key);
    await page.mouse.move(point.x, point.y);
    const tooltip = page.getByRole('tooltip');
    await expect.poll(() => tooltip.textContent()).toContain(statement.speaker);
    const sentence = statement.text.split(/(?<=[.!?؟])\s/)[0]!.trim();
    expect(await tooltip.textContent()).toContain(sentence);
    await screenshot(page, 'english-statement-tooltip');
    await page.mouse.move(2, 400);
  });

  it('statement labels hold their ellipsis at the end of the Arabic (screen and export alike)', async () => {
    const labels = await page.evaluate(() =>
      window
        .isnad!.cy!.nodes('[kind = "statement"]')
        .map((n) => String(n.data('display')))
        .filter((d) => d.includes('…')),
    );
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label.endsWith('…\u200F')).toBe(true);
    // The export draws the same strings: an SVG of the whole graph carries them.
    await page.getByTestId('export').locator('summary').click();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByTestId('export-svg').click(),
    ]);
    const dir = join(ARTIFACTS, 'export');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, 'english-statements.svg');
    await download.saveAs(path);
    const svg = readFileSync(path, 'utf8');
    // Statement labels are the 11px texts (the caption below is larger).
    const cut = [...svg.matchAll(/<text[^>]*font-size="11px"[^>]*>([^<]*…[^<]*)<\/text>/g)].map(
      (m) => m[1]!,
    );
    expect(cut.length).toBeGreaterThan(0);
    for (const text of cut.filter((t) => ARABIC.test(t))) expect(text).toMatch(/…\u200F$/);
    await page.getByTestId('export').locator('summary').click();
  });
});

describe('error messages in the interface language', () => {
  it.each([
    ['ar', /[\u0600-\u06FF]/, 'تعذّر فتح هذا الملف'],
    ['en', /JSON/, 'Could not open this file'],
  ])(
    'a broken graph file in %s: what happened and what to do, details behind a toggle',
    async (lang, expected, title) => {
      const session = await openSession();
      try {
        const page = session.page;
        await openApp(page, inject('baseURL'), lang === 'en' ? '?lang=en' : '');
        await page.getByTestId('graph-file').setInputFiles({
          name: 'broken.json',
          mimeType: 'application/json',
          buffer: Buffer.from('{"nodes": [}'),
        });
        const alert = page.getByTestId('load-error');
        await alert.waitFor();
        expect(await alert.locator('strong').textContent()).toBe(title);
        const message = (await alert.locator('p').textContent()) ?? '';
        expect(message).toMatch(expected);
        // Said in the interface language: no English sentence inside the Arabic one.
        if (lang === 'ar') expect(message).not.toMatch(/not valid|expected an/);
        // The technical detail is there, folded.
        const details = alert.locator('details');
        expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
        await details.locator('summary').click();
        expect(await details.locator('code').textContent()).toContain('broken.json');
        await screenshot(page, `error-${lang}-broken-file`);
      } finally {
        await session.close();
      }
    },
  );
});
