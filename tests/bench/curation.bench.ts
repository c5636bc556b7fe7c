/**
 * Curation speed: one edit applied (and undone by its inverse patch) on the seed graph and on a
 * merged graph of 100 articles, and 200 stored edits re-applied on load — medians, in Node, the
 * same pure functions the app and the CLI call.
 */
import { readFileSync } from 'node:fs';
import type { SerializedGraph } from 'graphology-types';
import { buildGraph } from '../../src/graph/build';
import {
  applyEdit,
  applyEdits,
  applyPatch,
  invertPatch,
  type Edit,
} from '../../src/graph/curation/index';
import { extractArticle } from '../../src/pipeline/index';

const RUNS = 15;
const seedText = readFileSync(new URL('../../data/seed.txt', import.meta.url), 'utf8');

function graphOf(articles: number): SerializedGraph {
  const results = Array.from({ length: articles }, (_, i) =>
    extractArticle({ id: i === 0 ? 'seed' : `copy-${i}`, text: seedText }),
  );
  return buildGraph(results, { layout: false }).export() as SerializedGraph;
}

const ref = (key: string, label: string) => ({ key, label });
const QUOTE = { article: 'seed', start: 2938, end: 2978 };
const EDITS: [string, Edit][] = [
  [
    'rename',
    { op: 'rename', entity: ref('person:فلاديمير بوتين', 'فلاديمير بوتين'), label: 'بوتين' },
  ],
  [
    'merge',
    {
      op: 'merge',
      into: ref('person:فلاديمير بوتين', 'فلاديمير بوتين'),
      others: [ref('person:اندريه بيلوسوف', 'أندريه بيلوسوف')],
      label: '',
    },
  ],
  [
    'speaker',
    { op: 'speaker', statement: QUOTE, speaker: ref('person:دونالد ترامب', 'دونالد ترامب') },
  ],
  ['delete', { op: 'delete', entity: ref('person:دونالد ترامب', 'دونالد ترامب') }],
];

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(work: () => void): number {
  const times: number[] = [];
  work();
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return median(times);
}

export async function benchCuration(): Promise<string[]> {
  const lines: string[] = [];
  for (const articles of [1, 100]) {
    const graph = graphOf(articles);
    const size = `${graph.nodes.length} nodes, ${graph.edges.length} edges`;
    for (const [name, edit] of EDITS) {
      let patch = applyEdit(graph, edit);
      const apply = time(() => {
        patch = applyEdit(graph, edit);
      });
      if (!patch.ok) throw new Error(`bench: ${name} did not apply (${patch.failure.code})`);
      const result = patch;
      const undo = time(() => {
        applyPatch(result.graph, invertPatch(result.patch));
      });
      lines.push(
        `${articles} article(s) (${size}): ${name} ${apply.toFixed(2)} ms, undo ${undo.toFixed(2)} ms (median of ${RUNS})`,
      );
    }
    const many: Edit[] = Array.from({ length: 200 }, (_, i) => ({
      op: 'mode',
      statement: QUOTE,
      mode: i % 2 === 0 ? 'reported' : 'direct',
    }));
    lines.push(
      `${articles} article(s): 200 stored edits re-applied on load ${time(() => applyEdits(graph, many)).toFixed(1)} ms`,
    );
  }
  return lines;
}
