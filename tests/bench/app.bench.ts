/**
 * The explorer's speed in headless Chromium (`--disable-gpu`: software rendering, compare ratios),
 * on the built app (vite build + preview), for the seed and for generated corpora of about 1,000
 * and 5,000 nodes (10,000 and 20,000 edges): first drawn graph, click → inspector update, filter
 * change, search keystroke, frames per second while dragging the view, the page's DOM size,
 * re-arrange (the layout, in a worker), and the initial JavaScript's gzip size. Medians over
 * several runs; figures, never pass/fail. Each graph's lines go to stderr as soon as measured.
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
  { articles: 75, extraMentions: 0, runs: 5 },
  { articles: 365, extraMentions: 0, runs: 5 },
  { articles: 365, extraMentions: 4, runs: 5 },
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
    report(lines);
    const js = initialJs(app.outDir);
    lines.push(
      `initial JavaScript: ${js.gzipKb.toFixed(1)} KB gzip (${js.rawKb.toFixed(0)} KB raw) in ` +
        `${js.files.length} files: ${js.files.join(', ')} (goal < 300 KB gzip)`,
    );
    for (const corpus of CORPORA) {
      const results = syntheticCorpus(corpus);
      const bare = buildGraph(results, { layout: false });
      const t0 = performance.now();
      corpusLayout(bare);
      const layoutMs = performance.now() - t0;
      const graph = bare.export();
      step(`corpus of ${corpus.articles} articles`);
      const draws: LoadTimes[] = [];
      for (let run = 0; run < corpus.runs; run++) {
        await openApp(page, url);
        draws.push(await timeLoad(page, graph));
      }
      const of = (key: keyof LoadTimes) => summary(draws.map((d) => d[key]));
      const head = [
        `### generated corpus, ${corpus.articles} articles: ${graph.nodes.length} nodes, ${graph.edges.length} edges`,
        `community layout in Node (what the build and the worker run): ${layoutMs.toFixed(0)} ms`,
        `graph loaded → first picture painted: ${of('firstPaint')}`,
        `graph loaded → every element drawn (statements folded, labels placed): ${of('complete')} (goal < 2000 ms)`,
        `graph loaded → page settled (the last long task after it, none for ${QUIET_MS} ms): ${of('settled')}`,
        `longest main-thread task while drawing: ${of('longest')}`,
        `total blocking time while drawing (long tasks past 50 ms): ${of('blocking')}`,
      ];
      report(head);
      const rest = await interactions(page, corpus.runs);
      report(rest);
      lines.push(...head, ...rest);
    }
    return lines;
  } finally {
    await session.close();
    await app.close();
  }
}

/** Progress on stderr, so a long run shows where it is (and what it measured, should it stop). */
const step = (what: string) => process.stderr.write(`bench explorer: ${what}\n`);
const report = (lines: string[]) => lines.forEach((line) => step(`  ${line}`));

const nodeCount = (page: Page) => page.evaluate(() => window.isnad!.cy!.nodes().length);

/**
 * On the graph as drawn: frames while dragging the view and the DOM's size first (at the fitted
 * view, where the most is drawn), then click → inspector, filter toggle, search keystroke and
 * re-arrange (worker layout → nodes moved).
 */
async function interactions(page: Page, runs: number): Promise<string[]> {
  step('pan');
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  const pans: number[] = [];
  for (let run = 0; run < runs; run++) pans.push(await panFps(page));
  const clicks: number[] = [];
  const filters: number[] = [];
  const filtersAll: number[] = [];
  step('click and filter');
  await timeClick(page); // warm-up
  for (let run = 0; run < runs; run++) {
    clicks.push(await timeClick(page));
    const filter = await timeFilter(page);
    filters.push(filter.view);
    filtersAll.push(filter.all);
  }
  await page.evaluate(() => window.isnad!.store.getState().clearFilters());
  step('search');
  await page.evaluate(() => window.isnad!.store.getState().select(null));
  const keys: number[] = [];
  for (let run = 0; run < runs; run++) keys.push(...(await timeSearchKeys(page)));
  step('re-arrange');
  const layouts: number[] = [];
  for (let run = 0; run < Math.min(runs, 3); run++) layouts.push(await timeLayout(page));
  return [
    `frames per second while dragging the view at the fitted zoom: ${summary(pans, 'fps')}`,
    `DOM elements in the page once drawn: ${domNodes}`,
    `click on a node → inspector updated and painted: ${summary(clicks)} (goal < 100 ms)`,
    `delegation filter toggle → classes in view applied and painted: ${summary(filters)} (goal < 100 ms)`,
    `delegation filter toggle → classes everywhere applied and painted: ${summary(filtersAll)}`,
    // A large graph marks its matches once typing pauses (SearchController): this is the list's.
    `search keystroke → list of matches painted (a large graph marks them once typing pauses): ${summary(keys)} (goal < 50 ms)`,
    `re-arrange (community layout in a worker) → positions stored: ${summary(layouts)}`,
  ];
}

/**
 * A real mouse drag across the canvas (Cytoscape's own panning, so its level-of-detail options
 * apply), the view fitted first; frames counted with requestAnimationFrame while it lasts.
 */
export async function panFps(page: Page): Promise<number> {
  const box = await page.evaluate(() => {
    const cy = window.isnad!.cy!;
    cy.fit(cy.elements(':visible'), 16);
    const rect = cy.container()!.getBoundingClientRect();
    const w = window as unknown as {
      benchFrames?: { frames: number; start: number; stop: boolean };
    };
    const state = { frames: 0, start: performance.now(), stop: false };
    w.benchFrames = state;
    const tick = () => {
      if (state.stop) return;
      state.frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return { x: rect.left + 6, y: rect.top + 6 };
  });
  // From the corner, which the fit's padding leaves empty: a drag that starts on a node moves it.
  await page.mouse.move(box.x, box.y);
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) await page.mouse.move(box.x + i * 6, box.y + i * 3);
  await page.mouse.up();
  return page.evaluate(() => {
    const w = window as unknown as {
      benchFrames: { frames: number; start: number; stop: boolean };
    };
    w.benchFrames.stop = true;
    return (w.benchFrames.frames * 1000) / (performance.now() - w.benchFrames.start);
  });
}

/** Types a name's first letters into the search box, one key at a time; each timed from its input event to the paint after the matches are marked. */
async function timeSearchKeys(page: Page): Promise<number[]> {
  const word = await page.evaluate(() => {
    const cy = window.isnad!.cy!;
    const node = cy.nodes('[kind = "person"]').max((n) => Number(n.data('degree'))).ele;
    return String(node.data('label')).slice(0, 3);
  });
  const input = page.getByTestId('search');
  await input.fill('');
  await input.focus();
  const times: number[] = [];
  for (const letter of word) {
    await page.evaluate(() => {
      const w = window as unknown as { benchKey?: Promise<number> };
      const store = window.isnad!.store;
      const before = store.getState().query;
      w.benchKey = new Promise<number>((resolve) => {
        let start = 0;
        // Arabic letters are not on the automation's keyboard: they arrive as text input.
        window.addEventListener('beforeinput', (e) => (start = e.timeStamp), {
          capture: true,
          once: true,
        });
        const stop = store.subscribe((state) => {
          if (state.query === before) return;
          stop();
          // Passive effects (the matched classes) run before the next frame; Cytoscape draws in it.
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
        });
      });
    });
    await page.keyboard.type(letter);
    times.push(
      await page.evaluate(() => (window as unknown as { benchKey: Promise<number> }).benchKey),
    );
  }
  await input.fill('');
  await page.keyboard.press('Escape');
  return times;
}

export interface LoadTimes {
  /** Graph loaded → its first picture painted (a large graph's nodes). */
  firstPaint: number;
  /** Graph loaded → every element on the canvas and painted (`window.isnad.ready`). */
  complete: number;
  /** The longest main-thread task meanwhile (a 'longtask' PerformanceObserver; 0: none over 50 ms). */
  longest: number;
  /** Total blocking time meanwhile: the sum of every long task's time past 50 ms. */
  blocking: number;
  /**
   * Graph loaded → the end of the last long task that follows within QUIET_MS of the one before
   * (what runs once every element is in — labels placed, names scaled — is the load's too).
   */
  settled: number;
}

/** No long task for this long after the graph is drawn: the page has settled. */
const QUIET_MS = 1000;

/**
 * Loads a graph into the running app (as "Open graph…" does) and times it until drawn. The graph
 * is handed to the page first, untimed: the automation's copying of megabytes into the page is
 * not the app's work (it was a second of the first long task at 5,000 nodes).
 */
export async function timeLoad(page: Page, graph: unknown): Promise<LoadTimes> {
  await page.evaluate((g) => {
    (window as unknown as { benchGraph: unknown }).benchGraph = g;
  }, graph);
  await page.waitForTimeout(200);
  return page.evaluate(async (quiet) => {
    const g = (window as unknown as { benchGraph: unknown }).benchGraph;
    const tasks: number[] = [];
    const ends: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        tasks.push(entry.duration);
        ends.push(entry.startTime + entry.duration);
      }
    });
    observer.observe({ type: 'longtask' });
    window.isnad!.ready = false;
    const start = performance.now();
    window.isnad!.store.getState().loadGraph(g as never);
    await new Promise<void>((done) => {
      const check = () => (window.isnad?.ready ? done() : requestAnimationFrame(check));
      check();
    });
    // Long-task entries arrive after their task: let the last ones in.
    await new Promise((done) => setTimeout(done, 100));
    const handle = window.isnad!;
    const drawnTasks = tasks.length;
    // Then what follows: until no long task has ended for QUIET_MS.
    const lastEnd = () => Math.max(handle.readyAt!, ...ends);
    while (performance.now() - lastEnd() < quiet)
      await new Promise((done) => setTimeout(done, 100));
    observer.disconnect();
    const during = tasks.slice(0, drawnTasks);
    return {
      firstPaint: (handle.firstPaintAt ?? handle.readyAt!) - start,
      complete: handle.readyAt! - start,
      longest: Math.max(0, ...during),
      blocking: during.reduce((sum, t) => sum + Math.max(0, t - 50), 0),
      settled: lastEnd() - start,
    };
  }, QUIET_MS);
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
  await page.waitForFunction(
    () => !document.querySelector('[data-testid="layout-progress"]'),
    undefined,
    { timeout: 180_000 },
  );
  return time;
}

function summary(values: number[], unit = 'ms'): string {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return `median ${median.toFixed(1)} ${unit} over ${values.length} runs (min ${sorted[0]!.toFixed(1)}, max ${sorted.at(-1)!.toFixed(1)})`;
}

/** A real mouse click on a person's rendered position; timed in the page from mouseup (when Cytoscape's tap fires) to the paint after the inspector's change. */
export async function timeClick(page: Page): Promise<number> {
  await page.evaluate(() => window.isnad!.store.getState().select(null));
  const point = await page.evaluate(() => {
    const cy = window.isnad!.cy!;
    // The filter step may have hidden some: the most connected visible person (by its degree in the graph, whatever the canvas draws).
    const node = cy
      .nodes('[kind = "person"]')
      .filter((n) => n.visible())
      .nodes()
      .max((n) => Number(n.data('degree'))).ele;
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
  // The view moved (and maybe zoomed across a line-detail step, restyling every edge): let it
  // settle, so the time is the click's, not the camera's.
  await page.waitForTimeout(300);
  await page.mouse.click(point.x, point.y);
  return page.evaluate(() => (window as unknown as { benchClick: Promise<number> }).benchClick);
}

/**
 * Toggles the first delegation checkbox; timed in the page from the click to the frame after the
 * first class change (`view`: the elements in view or near it change first) and to the frame after
 * the last one (`all`: the rest follow a chunk per frame), read from the classes themselves.
 */
export async function timeFilter(page: Page): Promise<{ view: number; all: number }> {
  return page.evaluate(
    () =>
      new Promise<{ view: number; all: number }>((resolve) => {
        const cy = window.isnad!.cy!;
        const box = document.querySelector<HTMLInputElement>(
          '[data-testid="delegation-filter"] input[type="checkbox"]',
        )!;
        const count = () => cy.elements('.hidden, .dimmed').length;
        const before = count();
        const frames: { at: number; count: number }[] = [];
        const start = performance.now();
        box.click();
        // Each frame's count, read once Cytoscape has drawn it, until 12 frames pass unchanged.
        const check = () => {
          frames.push({ at: performance.now() - start, count: count() });
          const last = frames.at(-1)!.count;
          const settled =
            last !== before &&
            frames.length > 12 &&
            frames.slice(-12).every((f) => f.count === last);
          if (!settled && frames.length < 600) {
            requestAnimationFrame(check);
            return;
          }
          const changed = frames.find((f) => f.count !== before) ?? frames.at(-1)!;
          const complete = frames.find((f) => f.count === last)!;
          resolve({ view: changed.at, all: complete.at });
        };
        // The click's effects set the view's classes; Cytoscape draws them in the next frame,
        // before this callback (its own was asked for first).
        requestAnimationFrame(check);
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
