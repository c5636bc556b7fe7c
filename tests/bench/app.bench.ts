/**
 * The explorer's speed in headless Chromium, on the built app (vite build + preview), for the
 * seed and for generated corpora of about 1,000 and 5,000 nodes: first drawn graph, click →
 * inspector update, filter change, re-arrange (the layout, in a worker), and the initial
 * JavaScript's gzip size. Medians over several runs; figures, never pass/fail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openApp, openSession, type Page } from '../e2e/browser';
import { serveBuiltApp } from '../e2e/serve-built-app';
import { buildGraph } from '../../src/graph/build';
import { corpusLayout } from '../../src/graph/layout-corpus';
import { syntheticCorpus } from './synthetic-corpus';

const RUNS = 7;
/** Generated corpora of about 1,000 and 5,000 nodes (tests/bench/synthetic-corpus.ts). */
const CORPORA = [
  { name: '≈1,000 nodes', articles: 75, runs: 5 },
  { name: '≈5,000 nodes', articles: 365, runs: 3 },
];

export async function benchApp(): Promise<string[]> {
  const app = await serveBuiltApp();
  const url = app.url;
  const session = await openSession();
  try {
    const page = session.page;
    // tsx (esbuild keepNames) wraps named functions in __name(), which page functions lack.
    await session.context.addInitScript('window.__name = (f) => f;');
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const firstDraw: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await openApp(page, url);
      firstDraw.push(await page.evaluate(() => window.isnad!.readyAt!));
    }
    const lines = [`### the seed article (${await nodeCount(page)} nodes)`];
    lines.push(
      `navigation → first drawn graph (cache off): ${summary(firstDraw)} (goal < 1000 ms)`,
    );
    lines.push(...(await interactions(page, RUNS)));
    const js = initialJs(app.outDir);
    lines.push(
      `initial JavaScript: ${js.gzipKb.toFixed(1)} KB gzip (${js.rawKb.toFixed(0)} KB raw) in ` +
        `${js.files.length} files: ${js.files.join(', ')} (goal < 300 KB gzip)`,
    );
    for (const corpus of CORPORA) {
      const results = syntheticCorpus({ articles: corpus.articles });
      const bare = buildGraph(results, { layout: false });
      const t0 = performance.now();
      corpusLayout(bare);
      const layoutMs = performance.now() - t0;
      const graph = bare.export();
      step(`corpus of ${corpus.articles} articles`);
      const draws: number[] = [];
      for (let run = 0; run < corpus.runs; run++) {
        await openApp(page, url);
        draws.push(await timeLoad(page, graph));
      }
      lines.push(
        `### generated corpus, ${corpus.articles} articles: ${graph.nodes.length} nodes, ${graph.edges.length} edges`,
        `community layout in Node (what the build and the worker run): ${layoutMs.toFixed(0)} ms`,
        `graph loaded → first drawn (statements folded, labels placed): ${summary(draws)}`,
        ...(await interactions(page, corpus.runs)),
      );
    }
    return lines;
  } finally {
    await session.close();
    await app.close();
  }
}

/** Progress on stderr, so a long run shows where it is. */
const step = (what: string) => process.stderr.write(`bench explorer: ${what}\n`);

const nodeCount = (page: Page) => page.evaluate(() => window.isnad!.cy!.nodes().length);

/** Click → inspector, filter toggle, and re-arrange (worker layout → nodes moved) on the open graph. */
async function interactions(page: Page, runs: number): Promise<string[]> {
  const clicks: number[] = [];
  const filters: number[] = [];
  step('click and filter');
  await timeClick(page); // warm-up
  for (let run = 0; run < runs; run++) {
    clicks.push(await timeClick(page));
    filters.push(await timeFilter(page));
  }
  await page.evaluate(() => window.isnad!.store.getState().clearFilters());
  step('re-arrange');
  const layouts: number[] = [];
  for (let run = 0; run < Math.min(runs, 3); run++) layouts.push(await timeLayout(page));
  return [
    `click on a node → inspector updated and painted: ${summary(clicks)} (goal < 50 ms)`,
    `delegation filter toggle → classes applied and painted: ${summary(filters)} (goal < 50 ms)`,
    `re-arrange (community layout in a worker) → positions stored: ${summary(layouts)}`,
  ];
}

/** Loads a graph into the running app (as "Open graph…" does) and times it until drawn. */
async function timeLoad(page: Page, graph: unknown): Promise<number> {
  return page.evaluate(async (g) => {
    window.isnad!.ready = false;
    const start = performance.now();
    window.isnad!.store.getState().loadGraph(g as never);
    await new Promise<void>((done) => {
      const check = () => (window.isnad?.ready ? done() : requestAnimationFrame(check));
      check();
    });
    return window.isnad!.readyAt! - start;
  }, graph);
}

/** Clicks ↻ and times until the worker's positions are in the store. */
async function timeLayout(page: Page): Promise<number> {
  const start = await page.evaluate(() => {
    const w = window as unknown as { benchLayout?: Promise<number> };
    const store = window.isnad!.store;
    const before = store.getState().positions;
    const t0 = performance.now();
    w.benchLayout = new Promise<number>((resolve) => {
      const stop = store.subscribe((state) => {
        if (state.positions !== before) {
          stop();
          resolve(performance.now() - t0);
        }
      });
    });
    return t0;
  });
  void start;
  await page.getByRole('button', { name: /إعادة الترتيب|Re-arrange/ }).click();
  const time = await page.evaluate(
    () => (window as unknown as { benchLayout: Promise<number> }).benchLayout,
  );
  await page.waitForFunction(() => !document.querySelector('[data-testid="layout-progress"]'));
  return time;
}

function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return `median ${median.toFixed(1)} ms over ${times.length} runs (min ${sorted[0]!.toFixed(1)}, max ${sorted.at(-1)!.toFixed(1)})`;
}

/** A real mouse click on a person's rendered position; timed in the page from mouseup (when Cytoscape's tap fires) to the paint after the inspector's change. */
async function timeClick(page: Page): Promise<number> {
  await page.evaluate(() => window.isnad!.store.getState().select(null));
  const point = await page.evaluate(() => {
    const cy = window.isnad!.cy!;
    // The filter step may have hidden some: the most connected visible person.
    const node = cy
      .nodes('[kind = "person"]')
      .filter((n) => n.visible())
      .nodes()
      .max((n) => n.degree(false)).ele;
    // In view and big enough, so the click lands on it (a corpus fits far out).
    const zoom = Math.max(cy.zoom(), 0.8);
    const at = node.position();
    cy.viewport({
      zoom,
      pan: { x: cy.width() / 2 - at.x * zoom, y: cy.height() / 2 - at.y * zoom },
    });
    const box = cy.container()!.getBoundingClientRect();
    const { x, y } = node.renderedPosition();
    const w = window as unknown as { benchClick?: Promise<number> };
    w.benchClick = new Promise<number>((resolve, reject) => {
      setTimeout(() => reject(new Error('bench: the click changed nothing in 10 s')), 10_000);
      let start = 0;
      window.addEventListener('mouseup', (e) => (start = e.timeStamp), {
        capture: true,
        once: true,
      });
      const inspector = document.querySelector('[data-testid="inspector"]')!;
      const observer = new MutationObserver(() => {
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - start));
      });
      observer.observe(inspector, { childList: true, subtree: true, characterData: true });
    });
    return { x: box.left + x, y: box.top + y };
  });
  await page.mouse.click(point.x, point.y);
  return page.evaluate(() => (window as unknown as { benchClick: Promise<number> }).benchClick);
}

/** Toggles the first delegation checkbox; timed in the page until Cytoscape has the classes and a frame is painted. */
async function timeFilter(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const cy = window.isnad!.cy!;
        const box = document.querySelector<HTMLInputElement>(
          '[data-testid="delegation-filter"] input[type="checkbox"]',
        )!;
        const wanted = !box.checked;
        const start = performance.now();
        box.click();
        const check = () => {
          const applied = cy.nodes('.hidden, .dimmed').length > 0 === wanted;
          if (applied) requestAnimationFrame(() => resolve(performance.now() - start));
          else requestAnimationFrame(check);
        };
        check();
      }),
  );
}

/** The entry script and what index.html preloads (its static imports), gzipped at level 9. */
function initialJs(dist: string): { gzipKb: number; rawKb: number; files: string[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  let gzip = 0;
  let raw = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file.replace(/^\//, '')));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { gzipKb: gzip / 1024, rawKb: raw / 1024, files: files.map((f) => f.split('/').pop()!) };
}
