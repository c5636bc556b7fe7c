/**
 * Extraction throughput and memory on synthetic corpora built from data/ (1×, 10×, 100×):
 * the article bodies repeated as one long text. Called by tests/bench/run.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../src/pipeline/index.ts';

const DATA = new URL('../../data/', import.meta.url).pathname;
const RUNS = 5;
const WARMUP_MS = 300;
const SAMPLE_MS = 300;

/** The bodies of every article in data/ (boilerplate after the body left out). */
function corpusUnit(): string {
  const parts: string[] = [];
  for (const f of readdirSync(DATA)
    .filter((x) => x.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(join(DATA, f), 'utf8');
    const r = extractArticle({ id: f, text });
    parts.push(text.slice(0, r.article.bodyEnd ?? text.length));
  }
  return `${parts.join('\n')}\n`;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

export async function benchExtract(): Promise<string[]> {
  const unit = corpusUnit();
  const lines = [
    `extract: throughput on synthetic corpora from data/ (median of ≥${RUNS} runs over ${SAMPLE_MS} ms)`,
  ];
  const medians = new Map<number, number>();
  for (const factor of [1, 10, 100]) {
    const text = unit.repeat(factor);
    const bytes = Buffer.byteLength(text, 'utf8');
    // Warm the JIT on this size first (for a fixed time, not a fixed count: a small input needs
    // many runs before the optimizing compiler has seen enough), so the median measures
    // steady-state work; then sample for a fixed time too, at least RUNS runs.
    const warmUntil = performance.now() + WARMUP_MS;
    while (performance.now() < warmUntil) extractArticle({ id: 'warmup', text });
    const times: number[] = [];
    let peak = process.memoryUsage().heapUsed;
    const sampleUntil = performance.now() + SAMPLE_MS;
    for (let i = 0; i < RUNS || performance.now() < sampleUntil; i++) {
      const t0 = performance.now();
      extractArticle({ id: `bench-${factor}`, text });
      times.push(performance.now() - t0);
      peak = Math.max(peak, process.memoryUsage().heapUsed);
      await Promise.resolve();
    }
    const ms = median(times);
    medians.set(factor, ms);
    const mbps = bytes / 1e6 / (ms / 1000);
    lines.push(
      `  ${String(factor).padStart(3)}×  ${(bytes / 1e6).toFixed(2)} MB  ${ms.toFixed(1)} ms  ${mbps.toFixed(2)} MB/s  peak heap ${(peak / 1e6).toFixed(0)} MB  rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
    );
  }
  const ratio = (medians.get(100) ?? 0) / Math.max(medians.get(1) ?? 1, 1e-3);
  lines.push(`  time 100× / 1× = ${ratio.toFixed(1)} (linear would be 100)`);
  return lines;
}

// Run directly: `npx tsx tests/bench/extract.bench.ts`.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  for (const line of await benchExtract()) console.log(line);
}
