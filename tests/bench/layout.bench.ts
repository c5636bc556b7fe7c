/**
 * Layout time alone at 1,000, 10,000 and 33,000 statements: copies of the seed's extraction
 * (32 statements each, sides per article) merged without positions, then laid out. Median of
 * RUNS. Called by tests/bench/run.ts (`npm run bench -- layout`).
 */
import { buildGraph } from '../../src/graph/build.ts';
import { applyLayout } from '../../src/graph/layout.ts';
import { extractArticle } from '../../src/pipeline/index.ts';
import { machine, median, seedText } from './corpus.ts';

const RUNS = 5;

export async function benchLayout(): Promise<string[]> {
  const lines = [`layout: ms to place every node, median of ${RUNS}`, `  machine: ${machine()}`];
  const seed = extractArticle({ id: 'seed', text: seedText() });
  const perArticle = seed.statements.length;
  for (const target of [1000, 10_000, 33_000]) {
    const copies = Math.ceil(target / perArticle);
    const results = Array.from({ length: copies }, (_, i) => {
      const id = `a${i}`;
      return extractArticle({ id, text: seedText() });
    });
    const graph = buildGraph(results, { layout: false });
    const statements = graph.filterNodes((_, a) => a.kind === 'statement').length;
    const times: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const g = graph.copy();
      const t0 = performance.now();
      applyLayout(g);
      times.push(performance.now() - t0);
      await Promise.resolve();
    }
    lines.push(
      `  ${statements.toLocaleString('en').padStart(6)} statements, ${graph.order.toLocaleString('en').padStart(6)} nodes  ${median(times).toFixed(0).padStart(5)} ms`,
    );
  }
  return lines;
}

// Run directly: `npx tsx tests/bench/layout.bench.ts`.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  for (const line of await benchLayout()) console.log(line);
}
