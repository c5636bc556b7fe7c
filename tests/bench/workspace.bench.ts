/**
 * The workspace in headless Chromium, on the built app: adding 1, 10 and 100 articles (extracted
 * and merged in the Web Worker; the worker's own extraction and merge times, and the wall time
 * until the graph is stored and drawn), then reloading the 100-article workspace (navigation →
 * first drawn graph, restored from IndexedDB). Articles are our own fixtures
 * (tests/fixtures/workspace) and the seed, each made distinct by a numbered line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, openSession } from '../e2e/browser';
import { serveBuiltApp } from '../e2e/serve-built-app';

const RELOADS = 5;

function articles(count: number, round: number): { title: string; text: string }[] {
  const read = (path: string) => readFileSync(join(process.cwd(), path), 'utf8');
  const bases = [
    read('tests/fixtures/workspace/pasted.txt'),
    read('tests/fixtures/workspace/report.txt'),
    read('data/seed.txt'),
  ];
  return Array.from({ length: count }, (_, i) => {
    const text = `${bases[i % bases.length]}\n(نسخة ${round}-${i + 1})\n`;
    return { title: text.split('\n')[0]!, text };
  });
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function benchWorkspace(): Promise<string[]> {
  const app = await serveBuiltApp();
  const session = await openSession();
  const lines: string[] = [];
  try {
    const page = session.page;
    // tsx (esbuild keepNames) wraps named functions in __name(), which page functions lack.
    await session.context.addInitScript('window.__name = (f) => f;');
    await openApp(page, app.url);
    for (const count of [1, 10, 100]) {
      const drafts = articles(count, count);
      const figures = await page.evaluate(async (drafts) => {
        const { workspace } = window.isnad!;
        await workspace.createWorkspace(`bench ${drafts.length}`);
        const started = performance.now();
        await workspace.addArticles(drafts);
        const wall = performance.now() - started;
        const graph = window.isnad!.store.getState().graph!;
        return {
          wall,
          timings: workspace.lastJobTimings!,
          articles: (graph.attributes!.articles as unknown[]).length,
          nodes: graph.nodes.length,
        };
      }, drafts);
      const kb = drafts.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0) / 1024;
      lines.push(
        `${String(count).padStart(3)} article(s), ${kb.toFixed(1)} KB → ${figures.articles} articles, ` +
          `${figures.nodes} nodes: extraction in the worker ${figures.timings.extractMs.toFixed(0)} ms, ` +
          `merge and layout ${figures.timings.buildMs.toFixed(0)} ms; ` +
          `added, stored and shown after ${figures.wall.toFixed(0)} ms`,
      );
    }
    // The 100-article workspace is open: reload it from IndexedDB.
    const restored: number[] = [];
    const read: number[] = [];
    for (let run = 0; run < RELOADS; run++) {
      await openApp(page, app.url);
      restored.push(await page.evaluate(() => window.isnad!.readyAt!));
      read.push(
        await page.evaluate(
          () => performance.getEntriesByName('isnad:workspace-restored')[0]?.startTime ?? NaN,
        ),
      );
    }
    const count = await page.evaluate(
      () => (window.isnad!.store.getState().graph!.attributes!.articles as unknown[]).length,
    );
    lines.push(
      `reload of the ${count}-article workspace → first drawn graph: median ` +
        `${median(restored).toFixed(0)} ms over ${RELOADS} runs ` +
        `(min ${Math.min(...restored).toFixed(0)}, max ${Math.max(...restored).toFixed(0)}); ` +
        `of which navigation → workspace read from IndexedDB: median ${median(read).toFixed(0)} ms`,
    );
    return lines;
  } finally {
    await session.close();
    await app.close();
  }
}
