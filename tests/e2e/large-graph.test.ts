/**
 * A corpus of 5,000 nodes (365 generated articles) opened in real Chromium: its first picture
 * comes with a progress line, the page answers a click on a node while the rest is still being
 * drawn, every element ends up on the canvas (what is folded waiting beside it), the selected
 * node's `about` edges are all drawn (the others', their strongest), a speaker's statements
 * unfold, a delegation filter frames what it keeps with every edge in view drawn for the new
 * zoom (and clearing it leaves the view where it is), and an image asked for while it arrives is exported. Screenshots at fit in both languages, drawing and drawn, are
 * kept to look at. Speed is measured by `npm run bench -- explorer`, not here.
 */
import type { EdgeSingular } from 'cytoscape';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildGraph } from '../../src/graph/build';
import { strongSummaryEdges, summaryEdges } from '../../src/app/graph-view/level-of-detail';
import { syntheticCorpus } from '../bench/synthetic-corpus';
import { openApp, openSession, screenshot, type Page, type Session } from './browser';

const ARTICLES = 365;

/**
 * Loads the corpus as "Open graph…" does and, as soon as its first picture is painted, brings
 * its most connected person into view: where to click while the rest is still arriving. Notes
 * the progress line's first text, and whether the graph was whole when a selection came in.
 */
async function loadAndAim(
  page: Page,
  graph: unknown,
): Promise<{ key: string; x: number; y: number }> {
  await page.evaluate((g) => {
    (window as unknown as { bigGraph: unknown }).bigGraph = g;
  }, graph);
  return page.evaluate(async () => {
    const w = window as unknown as {
      bigGraph: never;
      progressText?: string;
      selectedWhileDrawing?: boolean;
      progressSeen?: MutationObserver;
    };
    w.progressSeen?.disconnect();
    w.progressText = undefined;
    w.selectedWhileDrawing = undefined;
    const seen = new MutationObserver(() => {
      const line = document.querySelector('[data-testid="draw-progress"]');
      if (line && w.progressText === undefined) w.progressText = line.textContent ?? '';
    });
    seen.observe(document.body, { childList: true, subtree: true });
    w.progressSeen = seen;
    const before = window.isnad!.cy;
    window.isnad!.ready = false;
    window.isnad!.store.getState().loadGraph(w.bigGraph);
    await new Promise<void>((done) => {
      const check = () =>
        window.isnad?.cy && window.isnad.cy !== before && window.isnad.firstPaintAt !== undefined
          ? done()
          : requestAnimationFrame(check);
      check();
    });
    const stop = window.isnad!.store.subscribe((state) => {
      if (state.selected === null) return;
      w.selectedWhileDrawing = window.isnad!.ready !== true;
      stop();
    });
    const cy = window.isnad!.cy!;
    const node = cy.nodes('[kind = "person"]').max((n) => Number(n.data('degree'))).ele;
    // By its position (cy.center would frame its far-out, scaled-up name too).
    const at = node.position();
    cy.viewport({ zoom: 1, pan: { x: cy.width() / 2 - at.x, y: cy.height() / 2 - at.y } });
    const box = cy.container()!.getBoundingClientRect();
    const point = node.renderedPosition();
    return { key: node.id(), x: box.left + point.x, y: box.top + point.y };
  });
}

const noted = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { progressText?: string; selectedWhileDrawing?: boolean };
    return { progress: w.progressText, whileDrawing: w.selectedWhileDrawing };
  });

const untilReady = (page: Page) =>
  page.waitForFunction(() => window.isnad?.ready === true, undefined, { timeout: 60_000 });

describe(`a corpus of ${ARTICLES} articles, drawn in parts`, () => {
  let session: Session;
  let page: Page;
  const graph = buildGraph(syntheticCorpus({ articles: ARTICLES })).export();

  beforeAll(async () => {
    session = await openSession({ width: 1400, height: 900 });
    page = session.page;
    await openApp(page, inject('baseURL'));
  }, 120_000);
  afterAll(async () => session?.close());

  it('shows its first picture with a progress line, and answers a click before it is whole', async () => {
    expect(graph.nodes.length).toBeGreaterThan(4500);
    const target = await loadAndAim(page, graph);
    await page.mouse.click(target.x, target.y);
    await expect
      .poll(() => page.evaluate(() => window.isnad!.store.getState().selected))
      .toBe(target.key);
    expect(await noted(page)).toMatchObject({
      progress: expect.stringMatching(/جارٍ رسم الشبكة… \d+٪/),
      whileDrawing: true,
    });
    await screenshot(page, 'large-ar-drawing');
    await expect.poll(() => page.getByTestId('inspector').textContent()).toContain('تصريح');
    await untilReady(page);
    expect(await page.getByTestId('draw-progress').count()).toBe(0);
    // Lit over the whole graph, the edges that came later too.
    const lit = await page.evaluate((key) => {
      const node = window.isnad!.cy!.getElementById(key);
      const around = node.closedNeighborhood().not(node);
      return { around: around.length, unlit: around.not('.neighbour').length };
    }, target.key);
    expect(lit.around).toBeGreaterThan(0);
    expect(lit.unlit).toBe(0);
    // Each node's strongest `about` edges are drawn; the selected one's, every one of them.
    const aboutAt = () =>
      page.evaluate((key) => {
        const cy = window.isnad!.cy!;
        return {
          at: cy.getElementById(key).connectedEdges('[kind = "about"]').length,
          all: cy.edges('[kind = "about"]').length,
        };
      }, target.key);
    const summaries = summaryEdges(graph);
    const around = summaries.filter((e) => e.source === target.key || e.target === target.key);
    const selectedAbout = await aboutAt();
    expect(selectedAbout.at).toBe(around.length);
    expect(selectedAbout.all).toBeLessThan(summaries.length / 2);
    await page.evaluate(() => window.isnad!.store.getState().select(null));
    const strong = strongSummaryEdges(summaries)!;
    await expect
      .poll(async () => (await aboutAt()).at)
      .toBe(around.filter((e) => strong.has(e.id)).length);
  });

  it('ends with every element on the canvas or folded beside it, each drawn one visible', async () => {
    const counts = await page.evaluate(() => {
      const cy = window.isnad!.cy!;
      const { graph: g } = window.isnad!.store.getState();
      const statements = new Set(
        g!.nodes.filter((n) => n.attributes?.kind === 'statement').map((n) => n.key),
      );
      const nodes = g!.nodes.filter((n) => !statements.has(n.key)).map((n) => n.key);
      const edges = g!.edges
        .filter((e) => !statements.has(e.source) && !statements.has(e.target))
        .map((e) => e.key!);
      return {
        collapsed: window.isnad!.store.getState().display.collapsed,
        missingNodes: nodes.filter((key) => cy.getElementById(key).empty()).length,
        missingEdges: edges.filter((key) => cy.getElementById(key).empty()).length,
        nodes: nodes.length,
        hiddenNodes: cy.nodes().filter((n) => !n.visible()).length,
        statementsOnCanvas: cy.nodes('[kind = "statement"]').length,
      };
    });
    expect(counts).toMatchObject({
      collapsed: true,
      missingNodes: 0,
      missingEdges: 0,
      hiddenNodes: 0,
      statementsOnCanvas: 0,
    });
    await page.getByRole('button', { name: /ملاءمة|Fit/ }).click();
    await page.waitForTimeout(400); // names are placed once the view settles
    await screenshot(page, 'large-ar-fit');
  });

  it('expanding a speaker draws their statements beside them', async () => {
    const speaker = await page.evaluate(() => {
      const node = window.isnad!.cy!.nodes('[kind = "person"]').max((n) => Number(n.data('said')));
      return { key: node.ele.id(), said: Number(node.ele.data('said')) };
    });
    expect(speaker.said).toBeGreaterThan(3);
    await page.evaluate((key) => window.isnad!.store.getState().select(key), speaker.key);
    await page.getByTestId('fold-toggle').click();
    await expect
      .poll(() =>
        page.evaluate(
          (key) =>
            window
              .isnad!.cy!.getElementById(key)
              .outgoers('edge[kind = "said"]')
              .targets()
              .filter((n) => n.visible()).length,
          speaker.key,
        ),
      )
      .toBe(speaker.said);
    await page.getByTestId('fold-toggle').click();
    await page.evaluate(() => window.isnad!.store.getState().select(null));
  });

  it('a delegation filter frames what it keeps, its edges drawn with the look of the new zoom', async () => {
    // Close up first: dashes and arrowheads drawn (line detail 0).
    await page.evaluate(() => {
      const cy = window.isnad!.cy!;
      const node = cy.nodes('[kind = "person"]').max((n) => Number(n.data('degree'))).ele;
      const at = node.position();
      cy.viewport({ zoom: 1, pan: { x: cy.width() / 2 - at.x, y: cy.height() / 2 - at.y } });
    });
    const box = page.getByTestId('delegation-filter').locator('input[type="checkbox"]').first();
    await box.check();
    await expect.poll(() => page.evaluate(() => window.isnad!.cy!.zoom())).toBeLessThan(1);
    // Below zoom 1 dotted lines are solid, below 0.3 every edge is a plain line (`far`): at once
    // for the edges drawn in view, the others as they come into view — or all at once when
    // asked (an export does).
    const wrongLook = () =>
      page.evaluate(() => {
        const cy = window.isnad!.cy!;
        const zoom = cy.zoom();
        const { x1, y1, x2, y2 } = cy.extent();
        const inView = (e: EdgeSingular) => {
          const [a, b] = [e.source().position(), e.target().position()];
          return (
            Math.max(a.x, b.x) >= x1 &&
            Math.min(a.x, b.x) <= x2 &&
            Math.max(a.y, b.y) >= y1 &&
            Math.min(a.y, b.y) <= y2
          );
        };
        const dotted = (e: EdgeSingular) => e.data('kind') === 'mentions' || e.hasClass('summary');
        const looksWrong = (e: EdgeSingular) =>
          e.hasClass('far') !== zoom < 0.3 || (dotted(e) && !e.hasClass('solid'));
        const drawn = cy.edges().filter((e) => e.source().visible() && e.target().visible());
        const wrong = cy.edges().filter((e) => looksWrong(e as EdgeSingular));
        return {
          drawnInView: drawn.filter((e) => inView(e as EdgeSingular)).length,
          wrongInView: wrong.filter((e) => drawn.contains(e) && inView(e as EdgeSingular)).length,
          wrong: wrong.length,
          hidden: cy.nodes('.hidden').length,
        };
      });
    const filtered = await wrongLook();
    expect(filtered.hidden).toBeGreaterThan(0);
    expect(filtered.drawnInView).toBeGreaterThan(0);
    expect(filtered.wrongInView).toBe(0);
    await page.waitForTimeout(400); // names are placed once the view settles
    await screenshot(page, 'large-ar-filter');
    expect(filtered.wrong).toBeGreaterThan(filtered.wrongInView);
    // Shown again, the edges the filter had hidden take the look of the zoom they come back at;
    // the view stays where the filter framed it.
    const framed = await page.evaluate(() => window.isnad!.cy!.zoom());
    await box.uncheck();
    await expect.poll(async () => (await wrongLook()).hidden).toBe(0);
    expect(await page.evaluate(() => window.isnad!.cy!.zoom())).toBe(framed);
    expect((await wrongLook()).wrongInView).toBe(0);
    await page.evaluate(() => window.isnad!.settle());
    expect((await wrongLook()).wrong).toBe(0);
  });

  it('a filter changes what is in view at once, the rest in the frames after or at once when asked', async () => {
    const marked = await page.evaluate(() => {
      const cy = window.isnad!.cy!;
      // Dimmed, so no fit moves the view (hide mode frames what it keeps).
      window.isnad!.store.getState().setVisibilityMode('dim');
      const node = cy.nodes('[kind = "person"]').max((n) => Number(n.data('degree'))).ele;
      const at = node.position();
      cy.viewport({ zoom: 1, pan: { x: cy.width() / 2 - at.x, y: cy.height() / 2 - at.y } });
      const { x1, y1, x2, y2 } = cy.extent();
      const dimmedInView = () =>
        cy
          .nodes('.dimmed')
          .filter((n) => {
            const { x, y } = n.position();
            return x >= x1 && x <= x2 && y >= y1 && y <= y2;
          })
          .map((n) => n.id())
          .sort();
      document
        .querySelector<HTMLInputElement>(
          '[data-testid="delegation-filter"] input[type="checkbox"]',
        )!
        .click();
      // In the click's own task (React runs a click's effects before returning from it):
      const inView = dimmedInView();
      const everywhere = cy.nodes('.dimmed').length;
      window.isnad!.settle();
      return {
        inView,
        inViewSettled: dimmedInView(),
        everywhere,
        everywhereSettled: cy.nodes('.dimmed').length,
      };
    });
    expect(marked.inView.length).toBeGreaterThan(0);
    expect(marked.inView).toEqual(marked.inViewSettled);
    expect(marked.everywhere).toBeLessThan(marked.everywhereSettled);
    // Off again: the rest follows without being asked.
    await page.getByTestId('delegation-filter').locator('input[type="checkbox"]').first().uncheck();
    await expect
      .poll(() => page.evaluate(() => window.isnad!.cy!.elements('.dimmed, .hidden').length))
      .toBe(0);
    await page.evaluate(() => window.isnad!.store.getState().setVisibilityMode('hide'));
  });

  it('reads in English too, and exports an image asked for while the graph arrives', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await loadAndAim(page, graph);
    expect((await noted(page)).progress).toMatch(/Drawing the graph… \d+%/);
    const menu = page.getByTestId('export');
    await menu.locator('summary').click();
    await page.getByTestId('export-region-full').check();
    await page.getByTestId('export-scale').selectOption('1');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('export-png').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    await untilReady(page);
    await menu.locator('summary').click();
    await page.waitForTimeout(400);
    await screenshot(page, 'large-en-fit');
  });
});
