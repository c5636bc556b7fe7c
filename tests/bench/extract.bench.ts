/**
 * Extraction throughput on one core, in process: varied articles (distinct texts, see
 * corpus.ts) and copies of the seed, then one long text of 1×, 10× and 100× the seed (linear
 * growth). Medians of at least RUNS passes after a warm-up. Called by tests/bench/run.ts.
 */
import { extractArticle } from '../../src/pipeline/index.ts';
import {
  devArticlesPresent,
  machine,
  median,
  seedText,
  sourceTexts,
  variedArticles,
} from './corpus.ts';

const RUNS = 5;
const WARMUP_MS = 500;

/** Median ms of one pass over `texts` (wall clock and this thread's CPU time). */
function timePasses(texts: readonly string[]): { wall: number; cpu: number } {
  const pass = () => texts.forEach((text, i) => extractArticle({ id: `a${i}`, text }));
  const warmUntil = performance.now() + WARMUP_MS;
  while (performance.now() < warmUntil) pass();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    pass();
    walls.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

const mb = (texts: readonly string[]) =>
  texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0) / 1e6;

export async function benchExtract(): Promise<string[]> {
  const lines = [
    `extract: MB/s on one core, in process (median of ${RUNS} passes after ${WARMUP_MS} ms warm-up; cpu = this thread's CPU time)`,
    `  machine: ${machine()}`,
  ];
  const seed = seedText();
  const sources = sourceTexts();
  const corpora: Array<[string, string[]]> = [
    [
      `varied: ${sources.length} real + 100 recombined articles`,
      [...sources, ...variedArticles(100)],
    ],
    ['copies: the seed × 100 articles', Array.from({ length: 100 }, () => seed)],
  ];
  if (!devArticlesPresent())
    lines.push('  (tests/.dev-articles missing: the varied corpus is the seed recombined)');
  for (const [name, texts] of corpora) {
    const size = mb(texts);
    const { wall, cpu } = timePasses(texts);
    lines.push(
      `  ${name.padEnd(44)} ${size.toFixed(2)} MB  ${(size / (wall / 1000)).toFixed(1).padStart(5)} MB/s  (cpu ${(size / (cpu / 1000)).toFixed(1)} MB/s)`,
    );
    await Promise.resolve();
  }
  // One long text: linear when 100× the text takes 100× the time. The seed's body only (what
  // follows it, related headlines, would end the body of the long text too).
  const unit = `${seed.slice(0, extractArticle({ id: 'seed', text: seed }).article.bodyEnd ?? seed.length)}\n`;
  const long = new Map<number, number>();
  for (const factor of [1, 10, 100]) {
    const { wall } = timePasses([unit.repeat(factor)]);
    long.set(factor, wall);
  }
  lines.push(
    `  one long text: 1× ${long.get(1)!.toFixed(1)} ms, 10× ${long.get(10)!.toFixed(0)} ms, 100× ${long.get(100)!.toFixed(0)} ms (100× / 1× = ${(long.get(100)! / long.get(1)!).toFixed(0)}, linear is 100)`,
  );
  return lines;
}

// Run directly: `npx tsx tests/bench/extract.bench.ts`.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  for (const line of await benchExtract()) console.log(line);
}
