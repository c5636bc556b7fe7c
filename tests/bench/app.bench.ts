/**
 * The explorer's speed in headless Chromium, on the built app (vite build + preview): navigation
 * → first drawn graph, click → inspector update, filter change, and the initial JavaScript's
 * gzip size. Medians over several runs; figures, never pass/fail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openApp, openSession, type Page } from '../e2e/browser';
import { serveBuiltApp } from '../e2e/serve-built-app';

const RUNS = 7;
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
    const clicks: number[] = [];
    const filters: number[] = [];
    await timeClick(page); // warm-up
    for (let run = 0; run < RUNS; run++) {
      clicks.push(await timeClick(page));
      filters.push(await timeFilter(page));
    }
    const js = initialJs(app.outDir);
    return [
      `navigation → first drawn graph (cache off): ${summary(firstDraw)} (goal < 1000 ms)`,
      `click on a node → inspector updated and painted: ${summary(clicks)} (goal < 50 ms)`,
      `delegation filter toggle → classes applied and painted: ${summary(filters)} (goal < 50 ms)`,
      `initial JavaScript: ${js.gzipKb.toFixed(1)} KB gzip (${js.rawKb.toFixed(0)} KB raw) in ` +
        `${js.files.length} files: ${js.files.join(', ')} (goal < 300 KB gzip)`,
    ];
  } finally {
    await session.close();
    await app.close();
  }
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
    const node = cy.nodes('[kind = "person"]').max((n) => n.degree(false)).ele;
    const box = cy.container()!.getBoundingClientRect();
    const { x, y } = node.renderedPosition();
    const w = window as unknown as { benchClick?: Promise<number> };
    w.benchClick = new Promise<number>((resolve) => {
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
