/**
 * The explorer by keyboard, with real key presses: search results by ↓ ↑ and Enter; the
 * statements table as one Tab stop with arrow-key rows and sortable columns; article highlights
 * by Tab, arrows and Enter; the pane splitter by keys, its size kept across a reload; the graph
 * toolbar named in the interface language.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, openSession, screenshot, type Page, type Session } from './browser';

const selected = (page: Page) => page.evaluate(() => window.isnad!.store.getState().selected);
const focusedKey = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key ?? null);

describe('the explorer by keyboard', () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await openSession();
    page = session.page;
    await openApp(page, inject('baseURL'));
  });
  afterAll(async () => session?.close());

  it('search results: ↓ moves through the matches, Enter selects the active one', async () => {
    await page.keyboard.press('/');
    await page.keyboard.type('ترامب');
    const options = page.locator('#isnad-search-results [role="option"]');
    await options.first().waitFor();
    expect(await options.count()).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    const activeId = await page.getByTestId('search').getAttribute('aria-activedescendant');
    expect(activeId).toBe(await options.nth(1).getAttribute('id'));
    const second = await options.nth(1).getAttribute('data-key');
    await page.keyboard.press('Enter');
    expect(await selected(page)).toBe(second);
    await screenshot(page, 'keyboard-search');
    await page.getByTestId('search').fill('');
    await page.keyboard.press('Escape');
  });

  it('the statements table is one Tab stop; ↓ ↑ Home End move between rows; Enter selects', async () => {
    await page.evaluate(() => window.isnad!.store.getState().select(null));
    const rows = page.locator('[data-testid="statements"] tbody tr');
    const keys = await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.key!));
    const tabStops = await rows.evaluateAll(
      (trs) => trs.filter((tr) => (tr as HTMLElement).tabIndex === 0).length,
    );
    expect(tabStops).toBe(1);
    await rows.first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedKey(page)).toBe(keys[2]);
    await page.keyboard.press('ArrowUp');
    expect(await focusedKey(page)).toBe(keys[1]);
    await page.keyboard.press('End');
    expect(await focusedKey(page)).toBe(keys.at(-1));
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await selected(page)).toBe(keys[1]);
    // Tab leaves the table in one step.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('tbody') === null)).toBe(true);
  });

  it.each([['speaker', (rows: string[][]) => rows.map((r) => r[0]!)]])(
    'sorting by %s orders the rows; again reverses them',
    async (column, pick) => {
      const cells = () =>
        page
          .locator('[data-testid="statements"] tbody tr')
          .evaluateAll((trs) =>
            trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
          );
      const collator = new Intl.Collator(['ar', 'en']);
      await page.getByTestId(`sort-${column}`).click();
      const up = pick(await cells());
      expect(up).toEqual([...up].sort(collator.compare));
      expect(
        await page.locator(`th:has([data-testid="sort-${column}"])`).getAttribute('aria-sort'),
      ).toBe('ascending');
      await page.getByTestId(`sort-${column}`).click();
      const down = pick(await cells());
      expect(down).toEqual([...down].sort(collator.compare).reverse());
      await page.getByTestId('sort-source').click(); // back to source order
    },
  );

  it('article highlights: one Tab stop, ← → move between them, Enter selects', async () => {
    await page.evaluate(() => {
      window.isnad!.store.getState().select(null);
      window.isnad!.store.getState().setTab('article');
    });
    const marks = page.locator('[data-testid="article"] mark');
    await marks.first().waitFor();
    const stops = await marks.evaluateAll(
      (ms) => ms.filter((m) => (m as HTMLElement).tabIndex === 0).length,
    );
    expect(stops).toBe(1);
    const order = await marks.evaluateAll((ms) => ms.map((m) => (m as HTMLElement).dataset.mark!));
    await marks.first().focus();
    await page.keyboard.press('ArrowLeft'); // next, in right-to-left text
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    const at = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.mark);
    expect(at).toBe(order[1]);
    const key = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.key);
    await page.keyboard.press('Enter');
    expect(await selected(page)).toBe(key);
    await screenshot(page, 'keyboard-article');
    await page.evaluate(() => window.isnad!.store.getState().setTab('statements'));
  });

  it('the splitter resizes the pane by keyboard, and the size is kept after a reload', async () => {
    const pane = page.getByTestId('bottom-panel');
    const before = (await pane.boundingBox())!.height;
    await page.getByTestId('splitter').focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowUp');
    const after = (await pane.boundingBox())!.height;
    expect(after).toBeGreaterThan(before + 60);
    await page.reload();
    await page.waitForFunction(() => window.isnad?.ready === true);
    expect(Math.abs((await pane.boundingBox())!.height - after)).toBeLessThan(2);
    // The canvas follows the pane's size.
    const sizes = await page.evaluate(() => {
      const cy = window.isnad!.cy!;
      return { cy: cy.height(), box: cy.container()!.getBoundingClientRect().height };
    });
    expect(Math.abs(sizes.cy - sizes.box)).toBeLessThan(2);
    await screenshot(page, 'keyboard-splitter');
  });

  it.each([
    ['ar', 'أدوات عرض الشبكة'],
    ['en', 'Graph view'],
  ])('the graph toolbar is named in the interface language (%s)', async (lang, name) => {
    await page.evaluate((l) => window.isnad!.store.getState().setLang(l as 'ar' | 'en'), lang);
    expect(await page.locator('.graph-controls').getAttribute('aria-label')).toBe(name);
  });
});
