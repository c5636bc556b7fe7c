/**
 * Folded statements, expanded on demand, in real Chromium: a workspace of 24 generated articles
 * (more than 80 statements) opens folded, a speaker shows «N تصريحًا» under their name; the
 * inspector's button (pressed from the keyboard) draws their statements around them — visible,
 * near the speaker, on no other node — and folds them again; what is expanded survives a reload.
 * Both languages, with the new controls' contrast checked and screenshots kept to look at.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildGraph } from '../../src/graph/build';
import { syntheticCorpus } from '../bench/synthetic-corpus';
import {
  nodeScreenPoint,
  openApp,
  openSession,
  screenshot,
  type Page,
  type Session,
} from './browser';
import { lowContrast } from './contrast';

const ARTICLES = 24;
/** How far from their speaker an expanded statement may be drawn, in canvas units. */
const NEAR = 420;

async function openGraphFile(page: Page, graph: unknown): Promise<void> {
  await page.evaluate(() => (window.isnad!.ready = false));
  await page.getByTestId('graph-file').setInputFiles({
    name: 'corpus.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(graph)),
  });
  await page.waitForFunction(
    // The corpus, not the seed: folded statements wait beside the canvas, so the graph counts.
    () => window.isnad?.ready === true && window.isnad.store.getState().graph!.nodes.length > 100,
    undefined,
    { timeout: 30_000 },
  );
}

/** The speaker's statements as drawn: how many are visible, and how they sit. */
const statementsOf = (page: Page, speaker: string) =>
  page.evaluate((id) => {
    const cy = window.isnad!.cy!;
    const center = cy.getElementById(id);
    const mine = center.outgoers('edge[kind = "said"]').targets();
    const shown = mine.filter((n) => n.visible()).nodes();
    const own = new Set(mine.map((n) => n.id()));
    type Box = { x1: number; y1: number; x2: number; y2: number };
    // A statement with its label (one line under it), another node without its label.
    const labelled = (n: { boundingBox(o: never): Box }): Box =>
      n.boundingBox({ includeLabels: true } as never);
    const bare = (n: { boundingBox(o: never): Box }): Box =>
      n.boundingBox({ includeLabels: false } as never);
    const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const others = cy
      .nodes()
      .filter((n) => n.visible() && !own.has(n.id()))
      .nodes();
    const clashes: string[] = [];
    shown.forEach((s, i) => {
      for (const o of others)
        if (overlap(labelled(s), bare(o))) clashes.push(`${s.id()} × ${o.id()}`);
      shown.forEach((t, j) => {
        if (j > i && overlap(labelled(s), labelled(t))) clashes.push(`${s.id()} × ${t.id()}`);
      });
    });
    const c = center.position();
    return {
      shown: shown.length,
      farthest: Math.max(
        0,
        ...shown.map((s) => Math.hypot(s.position().x - c.x, s.position().y - c.y)),
      ),
      positions: Object.fromEntries(shown.map((s) => [s.id(), { ...s.position() }])),
      clashes,
      display: String(center.data('display')),
    };
  }, speaker);

const zoomTo = (page: Page, speaker: string) =>
  page.evaluate((id) => {
    const cy = window.isnad!.cy!;
    const node = cy.getElementById(id);
    cy.fit(
      node.union(
        node
          .outgoers('edge[kind = "said"]')
          .targets()
          .filter((n) => n.visible()),
      ),
      40,
    );
  }, speaker);

describe(`folded statements in a workspace of ${ARTICLES} articles`, () => {
  let session: Session;
  let page: Page;
  let speaker = '';
  let said = 0;
  const graph = buildGraph(syntheticCorpus({ articles: ARTICLES })).export();

  beforeAll(async () => {
    session = await openSession({ width: 1400, height: 900 });
    page = session.page;
    await openApp(page, inject('baseURL'));
    await openGraphFile(page, graph);
  });
  afterAll(async () => session?.close());

  it('opens folded, each speaker showing their count', async () => {
    const statements = graph.nodes.filter((n) => n.attributes?.kind === 'statement').length;
    expect(statements).toBeGreaterThan(80);
    const top = await page.evaluate(() => {
      const cy = window.isnad!.cy!;
      // `said`: the statements a node made, folded or not (folded ones are not on the canvas).
      const node = cy.nodes('[kind = "person"]').max((n) => Number(n.data('said'))).ele;
      return {
        id: node.id(),
        said: Number(node.data('said')),
        shown: cy.nodes('[kind = "statement"]').filter((n) => n.visible()).length,
        collapsed: window.isnad!.store.getState().display.collapsed,
      };
    });
    speaker = top.id;
    said = top.said;
    expect(top).toMatchObject({ shown: 0, collapsed: true });
    expect(said).toBeGreaterThan(3);
    const drawn = await statementsOf(page, speaker);
    expect(drawn.display.split('\n')[1]).toContain(`${said} تصريح`);
    await page.evaluate((id) => window.isnad!.store.getState().select(id), speaker);
    await page.evaluate((id) => {
      const cy = window.isnad!.cy!;
      cy.zoom(0.8);
      cy.center(cy.getElementById(id));
    }, speaker);
    await page.waitForTimeout(300);
    await screenshot(page, 'fold-ar-count');
  });

  it('the inspector’s button, pressed from the keyboard, draws the statements around the speaker', async () => {
    const button = page.getByTestId('fold-toggle');
    expect(await button.innerText()).toContain(`اعرض ${said} تصريح`);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await statementsOf(page, speaker)).shown).toBe(said);
    const drawn = await statementsOf(page, speaker);
    expect(drawn.clashes).toEqual([]);
    expect(drawn.farthest).toBeLessThan(NEAR);
    // The count goes with the statements it stood for.
    expect(drawn.display).not.toContain('\n');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await button.innerText()).toContain('اطوِ التصريحات');
    await zoomTo(page, speaker);
    await page.waitForTimeout(400);
    await screenshot(page, 'fold-ar-expanded');
    expect(await lowContrast(page, '.side-inspector')).toEqual([]);
    expect(await lowContrast(page, '.appearance')).toEqual([]);
  });

  it('the placement is the same after a reload, and the speaker stays expanded', async () => {
    const before = await statementsOf(page, speaker);
    expect(new URL(page.url()).searchParams.getAll('expand')).toEqual([speaker]);
    await page.waitForTimeout(800); // the view is written a moment after the last change
    await page.reload();
    await page.waitForFunction(() => window.isnad?.ready === true, undefined, { timeout: 30_000 });
    expect(await page.evaluate(() => window.isnad!.store.getState().display.expanded)).toEqual([
      speaker,
    ]);
    const after = await statementsOf(page, speaker);
    expect(after.shown).toBe(said);
    expect(after.positions).toEqual(before.positions);
  });

  it('the expansion survives a reload without the link too (kept with the workspace)', async () => {
    await page.waitForTimeout(800);
    await page.goto(new URL(page.url()).origin + new URL(page.url()).pathname);
    await page.waitForFunction(() => window.isnad?.ready === true, undefined, { timeout: 30_000 });
    expect(await page.evaluate(() => window.isnad!.store.getState().display.expanded)).toEqual([
      speaker,
    ]);
    expect((await statementsOf(page, speaker)).shown).toBe(said);
  });

  it('in English: the count, the button and the same placement', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.evaluate((id) => window.isnad!.store.getState().select(id), speaker);
    const button = page.getByTestId('fold-toggle');
    await expect.poll(() => button.innerText()).toContain('Fold statements into the count');
    expect(await lowContrast(page, '.side-inspector')).toEqual([]);
    expect(await lowContrast(page, '.appearance')).toEqual([]);
    await zoomTo(page, speaker);
    await page.waitForTimeout(400);
    await screenshot(page, 'fold-en-expanded');
    await button.click();
    await expect.poll(async () => (await statementsOf(page, speaker)).shown).toBe(0);
    const folded = await statementsOf(page, speaker);
    expect(folded.display.split('\n')[1]).toContain(`${said} statements`);
    expect(await button.innerText()).toContain(`Show ${said} statements`);
    expect(await lowContrast(page, '.side-inspector')).toEqual([]);
    await page.waitForTimeout(300);
    await screenshot(page, 'fold-en-count');
  });

  it('folded again, it stays folded after a reload; a double click expands, Fold all folds', async () => {
    await page.waitForTimeout(800);
    await page.reload();
    await page.waitForFunction(() => window.isnad?.ready === true, undefined, { timeout: 30_000 });
    expect(await page.evaluate(() => window.isnad!.store.getState().display.expanded)).toEqual([]);
    expect((await statementsOf(page, speaker)).shown).toBe(0);
    await page.evaluate((id) => {
      const cy = window.isnad!.cy!;
      cy.zoom({ level: 1, renderedPosition: cy.getElementById(id).renderedPosition() });
      cy.center(cy.getElementById(id));
    }, speaker);
    const point = await nodeScreenPoint(page, speaker);
    await page.mouse.dblclick(point.x, point.y);
    await expect.poll(async () => (await statementsOf(page, speaker)).shown).toBe(said);
    await page.getByTestId('fold-all').click();
    await expect.poll(async () => (await statementsOf(page, speaker)).shown).toBe(0);
    expect(await page.getByTestId('fold-all').count()).toBe(0);
  });
});
