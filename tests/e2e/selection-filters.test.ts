/**
 * Selection and filters together, with real clicks and keys: what the filters keep always reads
 * as kept (drawn at full opacity), a selection the filters leave out is cleared, "Clear all"
 * clears the selection too, and Esc clears it wherever the focus is.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import {
  nodeScreenPoint,
  openApp,
  openSession,
  screenshot,
  type Page,
  type Session,
} from './browser';

const personNamed = (page: Page, part: string) =>
  page.evaluate(
    (p) =>
      window
        .isnad!.cy!.nodes('[kind = "person"]')
        .filter((n) => String(n.data('label')).includes(p))[0]!
        .id(),
    part,
  );

const russianDelegation = (page: Page) =>
  page.evaluate(() =>
    window
      .isnad!.cy!.nodes('[kind = "delegation"]')
      .filter((n) => String(n.data('label')).includes('الروس'))[0]!
      .id(),
  );

/** Visible nodes drawn at less than full opacity (faded or dimmed), by label. */
const ghostedVisible = (page: Page) =>
  page.evaluate(() =>
    window
      .isnad!.cy!.nodes()
      .filter((n) => n.visible() && n.effectiveOpacity() < 0.99)
      .map((n) => String(n.data('label'))),
  );

const selected = (page: Page) => page.evaluate(() => window.isnad!.store.getState().selected);

async function clickNode(page: Page, key: string): Promise<void> {
  const point = await nodeScreenPoint(page, key);
  await page.mouse.click(point.x, point.y);
}

/** The deferred fade runs a frame after the click: wait for two. */
const settle = (page: Page) =>
  page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );

describe('selection under filters', () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await openSession();
    page = session.page;
    await openApp(page, inject('baseURL'));
  });
  afterAll(async () => session?.close());
  beforeEach(async () => {
    await page.evaluate(() => window.isnad!.store.getState().reset());
    await settle(page);
  });

  it('Putin selected, then the Russian filter: every member of the delegation reads as kept', async () => {
    const putin = await personNamed(page, 'بوتين');
    await clickNode(page, putin);
    expect(await selected(page)).toBe(putin);
    await settle(page);
    expect((await ghostedVisible(page)).length).toBeGreaterThan(0); // the focus fades the rest
    const russian = await russianDelegation(page);
    await page.getByTestId('delegation-filter').locator(`input[value="${russian}"]`).check();
    await settle(page);
    await page.waitForTimeout(100);
    expect(await selected(page)).toBe(putin);
    expect(await ghostedVisible(page)).toEqual([]);
    const members = await page.evaluate(
      (d) =>
        window
          .isnad!.cy!.getElementById(d)
          .incomers('edge[kind = "member_of"], edge[kind = "heads"]')
          .sources()
          .map((n) => ({ label: String(n.data('label')), opacity: n.effectiveOpacity() })),
      russian,
    );
    expect(members.length).toBeGreaterThanOrEqual(3);
    for (const member of members) expect(member).toEqual({ label: member.label, opacity: 1 });
    await screenshot(page, 'selection-putin-russian-filter');
  });

  it('a selected node the filter leaves out is deselected and the inspector goes back to the overview', async () => {
    const russian = await russianDelegation(page);
    // A person the Russian filter does not keep: not a member, not mentioned by a member.
    const outsider = await page.evaluate((d) => {
      const cy = window.isnad!.cy!;
      const delegation = cy.getElementById(d);
      const speakers = delegation
        .incomers('edge[kind = "member_of"], edge[kind = "heads"]')
        .sources()
        .union(delegation);
      const statements = speakers.outgoers('edge[kind = "said"]').targets();
      const kept = speakers
        .union(statements)
        .union(statements.outgoers('edge[kind = "mentions"]').targets());
      return cy.nodes('[kind = "person"]').difference(kept)[0]!.id();
    }, russian);
    await clickNode(page, outsider);
    expect(await selected(page)).toBe(outsider);
    await page.getByTestId('delegation-filter').locator(`input[value="${russian}"]`).check();
    await settle(page);
    expect(await selected(page)).toBeNull();
    expect(await page.locator('.inspector .overview').count()).toBe(1);
    expect(await ghostedVisible(page)).toEqual([]);
  });

  it('filtering to a speaker while another node is selected ghosts no visible node', async () => {
    const trump = await personNamed(page, 'ترامب');
    await clickNode(page, trump);
    await settle(page);
    const speaker = await page.evaluate((t) => {
      const cy = window.isnad!.cy!;
      return cy
        .nodes()
        .filter((n) => n.id() !== t && n.outgoers('edge[kind = "said"]').length > 0)
        .nodes()
        .max((n) => n.outgoers('edge[kind = "said"]').length)
        .ele.id();
    }, trump);
    await page.evaluate((s) => window.isnad!.store.getState().toggleSpeaker(s), speaker);
    await settle(page);
    await page.waitForTimeout(100);
    const kept = await page.evaluate(() => window.isnad!.cy!.nodes(':visible').length);
    expect(kept).toBeGreaterThan(1);
    expect(await ghostedVisible(page)).toEqual([]);
    const still = await selected(page);
    if (still !== null) {
      // Trump kept (mentioned by the speaker): the inspector still shows him, and he is visible.
      expect(await page.evaluate((k) => window.isnad!.cy!.getElementById(k).visible(), still)).toBe(
        true,
      );
    }
  });

  it('“Clear all” clears the filters and the selection', async () => {
    const putin = await personNamed(page, 'بوتين');
    await clickNode(page, putin);
    await page.getByTestId('delegation-filter').locator('input').first().check();
    await page.getByRole('button', { name: /مسح الكل|Clear all/ }).click();
    expect(await selected(page)).toBeNull();
    expect(await page.evaluate(() => window.isnad!.store.getState().filters.delegations)).toEqual(
      [],
    );
  });

  it.each([
    ['a filter checkbox', '[data-testid="delegation-filter"] input'],
    ['the canvas', '[data-testid="graph"]'],
    ['the table’s text filter', '.table-filters input[type="search"]'],
  ])('Esc with the focus on %s clears the selection', async (_name, selector) => {
    const putin = await personNamed(page, 'بوتين');
    await page.evaluate((k) => window.isnad!.store.getState().select(k), putin);
    await page.locator(selector).first().focus();
    await page.keyboard.press('Escape');
    expect(await selected(page)).toBeNull();
  });
});
