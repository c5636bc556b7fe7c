/**
 * The explorer in real Chromium: who said what by clicking the canvas, the delegation filter,
 * forgiving search, article ⇄ graph links, and a shared URL restoring the view. Expected sets are
 * computed from the graph the page loaded, never hard-coded.
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

async function clickNode(page: Page, key: string): Promise<void> {
  const point = await nodeScreenPoint(page, key);
  await page.mouse.click(point.x, point.y);
}

const selected = (page: Page) => page.evaluate(() => window.isnad!.store.getState().selected);

describe('the explorer', () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await openSession();
    page = session.page;
    await openApp(page, inject('baseURL'));
  });
  afterAll(async () => session?.close());

  it('clicking Putin’s node at its rendered position shows his statements in the inspector', async () => {
    const putin = await page.evaluate(() => {
      const cy = window.isnad!.cy!;
      const node = cy
        .nodes('[kind = "person"]')
        .filter((n) => String(n.data('label')).includes('بوتين'))[0]!;
      const statements = node
        .outgoers('edge[kind = "said"]')
        .targets()
        .map((s) => String(s.data('text')));
      return { id: node.id(), statements };
    });
    expect(putin.statements.length).toBeGreaterThan(0);
    await clickNode(page, putin.id);
    expect(await selected(page)).toBe(putin.id);
    const inspector = page.getByTestId('inspector');
    await expect.poll(() => inspector.textContent()).toContain('بوتين');
    const text = (await inspector.textContent()) ?? '';
    for (const statement of putin.statements) expect(text).toContain(statement);
    await screenshot(page, 'explorer-putin-selected');
  });

  it('filtering to the Russian delegation keeps exactly its members, their statements and what those mention', async () => {
    await page.keyboard.press('Escape');
    const russian = await page.evaluate(() => {
      const cy = window.isnad!.cy!;
      const delegation = cy
        .nodes('[kind = "delegation"]')
        .filter((n) => String(n.data('label')).includes('الروس'))[0]!;
      const people = delegation
        .incomers('edge[kind = "member_of"], edge[kind = "heads"]')
        .sources();
      const speakers = people.union(delegation);
      const statements = speakers.outgoers('edge[kind = "said"]').targets();
      const mentioned = statements.outgoers('edge[kind = "mentions"]').targets();
      const expected = speakers
        .union(statements)
        .union(mentioned)
        .map((n) => n.id())
        .sort();
      return { id: delegation.id(), expected };
    });
    await page.getByTestId('delegation-filter').locator(`input[value="${russian.id}"]`).check();
    const visible = await page.evaluate(() =>
      window
        .isnad!.cy!.nodes()
        .filter((n) => !n.hasClass('hidden') && n.visible())
        .map((n) => n.id())
        .sort(),
    );
    expect(visible).toEqual(russian.expected);
    expect(new URL(page.url()).searchParams.getAll('delegation')).toEqual([russian.id]);
    await page.waitForTimeout(300);
    await screenshot(page, 'explorer-russian-delegation');
    await page.getByRole('button', { name: /مسح الكل|Clear all/ }).click();
    const hidden = await page.evaluate(() => window.isnad!.cy!.nodes('.hidden').length);
    expect(hidden).toBe(0);
  });

  it.each([
    ['hamza left out', 'اوكرانيا', 'أوكرانيا'],
    ['Latin typing', 'putin', 'بوتين'],
  ])('search forgives spelling: %s (%s)', async (_title, query, expectedLabel) => {
    const search = page.getByTestId('search');
    await search.fill(query);
    const matched = await page.evaluate(() =>
      window.isnad!.cy!.nodes('.matched').map((n) => String(n.data('label'))),
    );
    expect(matched.some((label) => label.includes(expectedLabel))).toBe(true);
    await search.press('Enter');
    const label = await page.evaluate(() => {
      const { cy, store } = window.isnad!;
      return String(cy!.getElementById(store.getState().selected!).data('label'));
    });
    expect(label).toContain(expectedLabel);
    await screenshot(page, `explorer-search-${query}`);
    await search.fill('');
  });

  it('`/` focuses the search and Esc clears the selection', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'search',
    );
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(await selected(page)).toBeNull();
  });

  it('clicking an article highlight selects its node; selecting a node highlights its mentions', async () => {
    await page.getByRole('tab', { name: /المقال|Article/ }).click();
    const article = page.getByTestId('article');
    const mark = article.locator('mark.hl-person').first();
    const key = await mark.getAttribute('data-key');
    await mark.click();
    expect(await selected(page)).toBe(key);
    await expect.poll(() => article.locator('mark.is-selected').count()).toBeGreaterThan(0);
    const marked = await article
      .locator('mark.is-selected')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-key')));
    expect(marked).toContain(key);
    await screenshot(page, 'explorer-article');
  });

  it('a delegation lists its members; “show in article” opens the article at the statement', async () => {
    const delegation = await page.evaluate(() => {
      const { cy, store } = window.isnad!;
      const node = cy!.nodes('[kind = "delegation"]').max((n) => n.degree(false)).ele;
      store.getState().setTab('statements');
      store.getState().select(node.id());
      const members = node.incomers('edge[kind = "member_of"], edge[kind = "heads"]').sources();
      return { members: members.map((m) => String(m.data('label'))) };
    });
    const inspector = page.getByTestId('inspector');
    const text = (await inspector.textContent()) ?? '';
    for (const member of delegation.members) expect(text).toContain(member);
    await screenshot(page, 'explorer-delegation');
    await inspector
      .getByRole('button', { name: /اعرض في المقال|Show in article/ })
      .nth(1)
      .click();
    await expect
      .poll(() => page.getByTestId('article').locator('.is-focused').count())
      .toBeGreaterThan(0);
  });

  it('a shared URL restores the same view on reload', async () => {
    await page
      .getByRole('button', { name: /English|العربية/ })
      .first()
      .click();
    const before = await page.evaluate(() => {
      const { cy, store } = window.isnad!;
      const delegation = cy!.nodes('[kind = "delegation"]')[0]!.id();
      store.getState().toggleDelegation(delegation);
      store.getState().setVisibilityMode('dim');
      const statement = cy!.nodes('[kind = "statement"]')[0]!.id();
      store.getState().select(statement);
      store.getState().setQuery('ترامب');
      const { filters, selected, query, lang, tab } = store.getState();
      return { filters, selected, query, lang, tab };
    });
    const url = page.url();
    expect(url).toContain('mode=dim');
    const other = await openSession();
    try {
      await other.page.goto(url);
      await other.page.waitForFunction(() => window.isnad?.ready === true);
      const after = await other.page.evaluate(() => {
        const { filters, selected, query, lang, tab } = window.isnad!.store.getState();
        return { filters, selected, query, lang, tab };
      });
      expect(after).toEqual(before);
      expect(await other.page.evaluate(() => document.documentElement.dir)).toBe('ltr');
      const dimmed = await other.page.evaluate(() => window.isnad!.cy!.nodes('.dimmed').length);
      expect(dimmed).toBeGreaterThan(0);
      await screenshot(other.page, 'explorer-restored-english');
    } finally {
      await other.close();
    }
  });
});
