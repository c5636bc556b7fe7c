/**
 * Layout time alone, median of RUNS:
 * - at 1,000, 10,000 and 33,000 statements: copies of the seed's extraction (32 statements each,
 *   sides per article) merged without positions, then laid out as `extract` and the app do
 *   (`layoutGraph`: the community layout, as these are corpora); the built article layout
 *   (`applyLayout`, the seed's) on the same graphs for comparison;
 * - at about the same numbers of statements from varied articles (./corpus.ts), whose entities
 *   do not merge into the seed's few: thousands of names, tied by hundreds of thousands of pairs,
 *   the shape a user's corpus has (copies leave the forces and the pushes almost nothing to do);
 * - a graph file of about 20,000 nodes without positions (a generated corpus), opened as the
 *   app opens one: JSON parsed, validated, laid out (in Node: the code the app runs), and in the
 *   app itself, in headless Chromium (./open-file.bench.ts).
 * Called by tests/bench/run.ts (`npm run bench -- layout`).
 */
import { buildGraph } from '../../src/graph/build.ts';
import { applyLayout } from '../../src/graph/layout.ts';
import { layoutGraph } from '../../src/graph/layout-choice.ts';
import { graphFromSerialized, parseGraphJson } from '../../src/graph/serialize.ts';
import { extractArticle } from '../../src/pipeline/index.ts';
import { machine, median, seedText, variedArticles } from './corpus.ts';
import { benchOpenFile } from './open-file.bench.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

const RUNS = 5;

const timed = async (runs: number, work: () => void): Promise<number> => {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
    await Promise.resolve();
  }
  return median(times);
};

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
    const corpus = await timed(RUNS, () => layoutGraph(graph.copy()));
    const built = await timed(RUNS, () => applyLayout(graph.copy()));
    lines.push(
      `  ${statements.toLocaleString('en').padStart(6)} statements, ${graph.order.toLocaleString('en').padStart(6)} nodes  ${corpus.toFixed(0).padStart(5)} ms  (the article layout on the same graph: ${built.toFixed(0)} ms)`,
    );
  }
  // Varied articles: as many as give about the same statements (the seed's size each).
  const varied = variedArticles(2000, seedText().length).map((text, i) =>
    extractArticle({ id: `v${i}`, text }),
  );
  const perVaried = varied.reduce((n, r) => n + r.statements.length, 0) / varied.length;
  for (const target of [1000, 10_000, 33_000]) {
    const results = varied.slice(0, Math.ceil(target / perVaried));
    const graph = buildGraph(results, { layout: false });
    const statements = graph.filterNodes((_, a) => a.kind === 'statement').length;
    const entities = graph.order - statements;
    const corpus = await timed(RUNS, () => layoutGraph(graph.copy()));
    lines.push(
      `  ${statements.toLocaleString('en').padStart(6)} statements, ${graph.order.toLocaleString('en').padStart(6)} nodes  ${corpus.toFixed(0).padStart(5)} ms  (${results.length.toLocaleString('en')} varied articles, ${entities.toLocaleString('en')} entities)`,
    );
  }
  // A graph file without positions, as the app opens it:
  const file = JSON.stringify(
    buildGraph(syntheticCorpus({ articles: 1500 }), { layout: false }).export(),
  );
  let nodes = 0;
  const opened = await timed(RUNS, () => {
    const graph = graphFromSerialized(parseGraphJson(file));
    layoutGraph(graph);
    nodes = graph.order;
  });
  lines.push(
    `  graph file without positions, ${nodes.toLocaleString('en')} nodes (${(file.length / 1e6).toFixed(0)} MB): parsed, validated and laid out in ${opened.toFixed(0)} ms (Node)`,
  );
  try {
    const app = await benchOpenFile(file, RUNS);
    lines.push(
      `    in the app (headless Chromium, --disable-gpu): file chosen → laid out in the worker, in the store ${app.laidOut.toFixed(0)} ms (longest main-thread task ${app.longestOpening.toFixed(0)} ms), → drawn ${app.drawn.toFixed(0)} ms (longest task ${app.longest.toFixed(0)} ms)`,
    );
  } catch (error) {
    lines.push(`    in the app: not measured (${(error as Error).message.split('\n')[0]})`);
  }
  return lines;
}

// Run directly: `npx tsx tests/bench/layout.bench.ts`.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  for (const line of await benchLayout()) console.log(line);
}
