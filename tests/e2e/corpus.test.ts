/**
 * A merged graph of 24 generated articles (tests/bench/synthetic-corpus.ts), laid out as the
 * app lays out corpora, opened in real Chromium. At the default view: the 20 most connected
 * nodes have visible labels that do not overlap (Cytoscape's rendered label boxes), no two node
 * boxes overlap, and no more than 10% of the nodes sit outside the main clusters. Screenshots of
 * the corpus at fit and zoomed in, in both languages, are kept to look at.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildGraph } from '../../src/graph/build';
import { syntheticCorpus } from '../bench/synthetic-corpus';
import { openApp, openSession, screenshot, type Page, type Session } from './browser';

const ARTICLES = 24;

interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Rect, b: Rect) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Loads the corpus graph into the running app, as "Open graph…" does, and waits for the draw. */
async function openCorpus(page: Page, graph: unknown): Promise<void> {
  await page.evaluate((g) => {
    window.isnad!.ready = false;
    window.isnad!.store.getState().loadGraph(g as never);
  }, graph);
  await page.waitForFunction(
    // The corpus, not the seed: folded statements wait beside the canvas, so the graph counts.
    () => window.isnad?.ready === true && window.isnad.store.getState().graph!.nodes.length > 100,
  );
  await page.waitForTimeout(400); // labels are culled after the viewport settles
}

describe(`a corpus of ${ARTICLES} articles`, () => {
  let session: Session;
  let page: Page;
  const graph = buildGraph(syntheticCorpus({ articles: ARTICLES })).export();
  beforeAll(async () => {
    session = await openSession({ width: 1400, height: 900 });
    page = session.page;
    await openApp(page, inject('baseURL'));
    await openCorpus(page, graph);
  });
  afterAll(async () => session?.close());

  it('has the size of a real merged corpus', () => {
    const articles = (graph.attributes!.articles as unknown[]).length;
    expect(articles).toBe(ARTICLES);
    expect(graph.nodes.length).toBeGreaterThan(250);
  });

  it('opens with statements collapsed into counts on their speakers', async () => {
    const state = await page.evaluate(() => {
      const cy = window.isnad!.cy!;
      return {
        collapsed: window.isnad!.store.getState().display.collapsed,
        statementsShown: cy.nodes('[kind = "statement"]').filter((n) => n.visible()).length,
        counted: cy
          .nodes('[kind = "person"]')
          .filter((n) => String(n.data('display')).includes('\n')).length,
      };
    });
    expect(state).toMatchObject({ collapsed: true, statementsShown: 0 });
    expect(state.counted).toBeGreaterThan(5);
    await screenshot(page, 'corpus-ar-fit');
  });

  // "Most connected": degree in the graph (`data.degree`, set from the graph's own edges).
  it('the 20 most connected nodes have visible labels that do not overlap', async () => {
    const labels = await page.evaluate(() => {
      const cy = window.isnad!.cy!;
      const top = cy
        .nodes()
        .filter((n) => n.visible())
        .nodes()
        .sort(
          (a, b) =>
            Number(b.data('degree')) - Number(a.data('degree')) || (a.id() < b.id() ? -1 : 1),
        )
        .slice(0, 20);
      return top.map((n) => {
        const box = n.renderedBoundingBox({
          includeLabels: true,
          includeNodes: false,
          includeOverlays: false,
        } as never);
        const fontPx = parseFloat(String(n.style('font-size'))) * cy.zoom();
        return {
          id: n.id(),
          shown: String(n.style('label')) !== '' && !n.hasClass('label-off') && fontPx >= 9,
          fontPx,
          box: { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 },
        };
      });
    });
    expect(labels).toHaveLength(20);
    expect(labels.filter((l) => !l.shown).map((l) => `${l.id} ${l.fontPx.toFixed(1)}px`)).toEqual(
      [],
    );
    const clashes: string[] = [];
    labels.forEach((a, i) =>
      labels.slice(i + 1).forEach((b) => {
        if (overlaps(a.box, b.box)) clashes.push(`${a.id} × ${b.id}`);
      }),
    );
    expect(clashes).toEqual([]);
  });

  it('no two visible node boxes overlap', async () => {
    const clashes = await page.evaluate(() => {
      const cy = window.isnad!.cy!;
      const boxes = cy
        .nodes()
        .filter((n) => n.visible())
        .map((n) => ({
          id: n.id(),
          ...n.boundingBox({ includeLabels: false, includeOverlays: false } as never),
        }));
      const out: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
            out.push(`${a.id} × ${b.id}`);
        }
      return out;
    });
    expect(clashes).toEqual([]);
  });

  it('no more than 10% of the nodes sit outside the main clusters', async () => {
    // Clusters: nodes within 3× the median nearest-neighbour distance of each other (single
    // linkage); a main cluster has at least 5 nodes.
    const outside = await page.evaluate(() => {
      const cy = window.isnad!.cy!;
      const points = cy
        .nodes()
        .filter((n) => n.visible())
        .nodes()
        .map((n) => n.position());
      const n = points.length;
      const nearest = points.map((p, i) =>
        Math.min(...points.map((q, j) => (i === j ? Infinity : Math.hypot(p.x - q.x, p.y - q.y)))),
      );
      const median = [...nearest].sort((a, b) => a - b)[n >> 1]!;
      const reach = 3 * median;
      const parent = points.map((_, i) => i);
      const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++)
          if (Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y) <= reach)
            parent[find(i)] = find(j);
      const size = new Map<number, number>();
      for (let i = 0; i < n; i++) size.set(find(i), (size.get(find(i)) ?? 0) + 1);
      const stray = points.filter((_, i) => size.get(find(i))! < 5).length;
      return { stray, total: n };
    });
    expect(outside.stray / outside.total).toBeLessThanOrEqual(0.1);
  });

  it('selecting a speaker keeps their statements folded; expanding draws them; zoomed in, more names appear', async () => {
    const speaker = await page.evaluate(() => {
      const cy = window.isnad!.cy!;
      // `said`: the statements a node made, folded or not (folded ones are not on the canvas).
      const node = cy.nodes('[kind = "person"]').max((n) => Number(n.data('said'))).ele;
      window.isnad!.store.getState().select(node.id());
      return { id: node.id(), said: Number(node.data('said')) };
    });
    const shown = () =>
      page.evaluate(
        (id) =>
          window
            .isnad!.cy!.getElementById(id)
            .outgoers('edge[kind = "said"]')
            .targets()
            .filter((n) => n.visible()).length,
        speaker.id,
      );
    expect(await shown()).toBe(0);
    await page.getByTestId('fold-toggle').click();
    await expect.poll(shown).toBe(speaker.said);
    await page.evaluate((id) => {
      const cy = window.isnad!.cy!;
      cy.zoom({ level: 0.9, renderedPosition: cy.getElementById(id).renderedPosition() });
      cy.center(cy.getElementById(id));
    }, speaker.id);
    await page.waitForTimeout(400);
    await screenshot(page, 'corpus-ar-zoomed');
    await page.getByTestId('fold-toggle').click();
    await expect.poll(shown).toBe(0);
    await page.evaluate(() => window.isnad!.store.getState().select(null));
  });

  it('the statements table draws its first 200 rows, and more on demand', async () => {
    const rows = page.locator('[data-testid="statements"] tbody tr');
    const total = graph.nodes.filter((n) => n.attributes?.kind === 'statement').length;
    expect(total).toBeGreaterThan(200);
    expect(await rows.count()).toBe(200);
    await page.getByTestId('show-more-rows').click();
    expect(await rows.count()).toBe(Math.min(total, 400));
  });

  it('reads in English too', async () => {
    await page.evaluate(() => window.isnad!.store.getState().setLang('en'));
    await page.evaluate(() => {
      window.isnad!.cy!.fit(undefined, 16);
    });
    await page.waitForTimeout(400);
    await screenshot(page, 'corpus-en-fit');
  });
});
