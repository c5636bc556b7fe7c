/**
 * A graph file without positions opened in the app as a user opens it ("Open graph…", the built
 * app in headless Chromium, `--disable-gpu`): from the file chosen to its graph laid out (in the
 * layout worker) and in the store, then to every element drawn; and the longest main-thread task
 * meanwhile, which says whether the page kept answering. Called by tests/bench/layout.bench.ts.
 */
import { openApp, openSession } from '../e2e/browser';
import { serveBuiltApp } from '../e2e/serve-built-app';
import { median } from './corpus';

export interface OpenTimes {
  laidOut: number;
  drawn: number;
  /** The longest main-thread task until the graph is in the store, and until it is drawn. */
  longestOpening: number;
  longest: number;
}

export async function benchOpenFile(file: string, runs: number): Promise<OpenTimes> {
  const app = await serveBuiltApp();
  const session = await openSession();
  try {
    const page = session.page;
    // tsx (esbuild keepNames) wraps named functions in __name(), which page functions lack.
    await session.context.addInitScript('window.__name = (f) => f;');
    const times: OpenTimes[] = [];
    for (let run = 0; run < runs; run++) {
      await openApp(page, app.url);
      await page.evaluate(() => {
        const w = window as unknown as { benchOpen: Promise<OpenTimes> };
        const store = window.isnad!.store;
        const before = store.getState().graph;
        // Tasks from the file chosen on (Playwright hands the file over on the main thread).
        let from = Infinity;
        const tasks: number[] = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            if (entry.startTime >= from) tasks.push(entry.duration);
        }).observe({ type: 'longtask' });
        w.benchOpen = new Promise((resolve) => {
          document.addEventListener(
            'change',
            () => {
              const t0 = performance.now();
              from = t0;
              const stop = store.subscribe((state) => {
                if (state.graph === before) return;
                stop();
                const laidOut = performance.now() - t0;
                const longestOpening = Math.max(0, ...tasks);
                window.isnad!.ready = false;
                const check = () => {
                  if (!window.isnad?.ready) return void requestAnimationFrame(check);
                  // Long-task entries arrive after their task: let the last ones in.
                  setTimeout(
                    () =>
                      resolve({
                        laidOut,
                        longestOpening,
                        drawn: performance.now() - t0,
                        longest: Math.max(0, ...tasks),
                      }),
                    100,
                  );
                };
                check();
              });
            },
            { capture: true, once: true },
          );
        });
      });
      await page.getByTestId('graph-file').setInputFiles({
        name: 'no-positions.json',
        mimeType: 'application/json',
        buffer: Buffer.from(file),
      });
      times.push(
        await page.evaluate(
          () => (window as unknown as { benchOpen: Promise<OpenTimes> }).benchOpen,
          undefined,
        ),
      );
    }
    return {
      laidOut: median(times.map((t) => t.laidOut)),
      drawn: median(times.map((t) => t.drawn)),
      longestOpening: median(times.map((t) => t.longestOpening)),
      longest: median(times.map((t) => t.longest)),
    };
  } finally {
    await session.close();
    await app.close();
  }
}
