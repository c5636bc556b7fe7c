/**
 * Builds of the explorer side by side on the 5,000-node / 20,000-edge corpus, runs
 * alternated (A B C, then C B A …) so a busy machine's load weighs on both alike: load → every element
 * drawn, click, filter toggle, frames while dragging. Medians and each one's ratio to A. Run by hand:
 *
 *   ROUNDS=5 ARTICLES=365 EXTRA=4 npx tsx tests/bench/ab-explorer.ts <dist A> <dist B> [dist C …]
 *
 * A dist is a `vite build` output directory (build each version into its own).
 */
import { preview } from 'vite';
import { openApp, openSession } from '../e2e/browser';
import { buildGraph } from '../../src/graph/build';
import { corpusLayout } from '../../src/graph/layout-corpus';
import { syntheticCorpus } from './synthetic-corpus';
import { panFps, timeClick, timeFilter, timeLoad } from './app.bench';

const dists = process.argv.slice(2);
if (dists.length < 2) throw new Error('ab-explorer: give two dist directories or more');
const rounds = Number(process.env.ROUNDS ?? 5);
const bare = buildGraph(
  syntheticCorpus({
    articles: Number(process.env.ARTICLES ?? 365),
    extraMentions: Number(process.env.EXTRA ?? 4),
  }),
  { layout: false },
);
corpusLayout(bare);
const graph = bare.export();

const serve = async (outDir: string) => {
  const server = await preview({
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  return { server, url: server.resolvedUrls!.local[0]! };
};
const sides = await Promise.all(dists.map(serve));
type Figures = Record<string, number[]>;
const figures: Figures[] = dists.map(() => ({}));
const letter = (i: number) => String.fromCharCode(65 + i);
const add = (side: number, key: string, value: number) => (figures[side]![key] ??= []).push(value);

const session = await openSession();
const page = session.page;
await session.context.addInitScript('window.__name = (f) => f;');
try {
  for (let round = 0; round < rounds; round++) {
    const order = dists.map((_, i) => (round % 2 === 0 ? i : dists.length - 1 - i));
    for (const side of order) {
      await openApp(page, sides[side]!.url);
      const load = await timeLoad(page, graph);
      add(side, 'first picture', load.firstPaint);
      add(side, 'whole graph drawn', load.complete);
      add(side, 'page settled', load.settled);
      add(side, 'longest task while drawing', load.longest);
      await page.waitForTimeout(500);
      add(side, 'pan fps', await panFps(page));
      await timeClick(page);
      for (let i = 0; i < 2; i++) {
        add(side, 'click', await timeClick(page));
        const on = await timeFilter(page);
        add(side, 'filter on, view', on.view);
        add(side, 'filter on, all', on.all);
        await page.waitForTimeout(300);
        const off = await timeFilter(page);
        add(side, 'filter off, view', off.view);
        add(side, 'filter off, all', off.all);
        await page.waitForTimeout(300);
      }
      process.stderr.write(`round ${round + 1} ${letter(side)} done\n`);
    }
  }
} finally {
  await session.close();
  for (const side of sides) await side.server.close();
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
console.log(
  `${graph.nodes.length} nodes, ${graph.edges.length} edges; ${dists.map((d, i) => `${letter(i)} = ${d}`).join(', ')}`,
);
for (const key of Object.keys(figures[0]!)) {
  const a = median(figures[0]![key]!);
  const cells = figures.map((f, i) => {
    const m = median(f[key]!);
    return `${letter(i)} ${m.toFixed(1).padStart(7)}${i > 0 ? ` (${(m / a).toFixed(2)})` : ''}`;
  });
  console.log(`${key.padEnd(28)} ${cells.join('  ')}`);
}
