/**
 * Extraction cost per KB on adversarial shapes (tests/fixtures/adversarial.ts) at 10, 100 and
 * 1000 KB, the first row a baseline of ordinary sentences. Linear extraction keeps ms/KB flat
 * along a row. Called by tests/bench/run.ts (`npm run bench -- adversarial`).
 */
import { extractArticle } from '../../src/pipeline/index.ts';
import { SHAPES, shapeText, type ShapeName } from '../fixtures/adversarial.ts';

const SIZES_KB = [10, 100, 1000];
/** A size whose time, extrapolated quadratically from the one before, would pass this is skipped. */
const SKIP_PROJECTED_MS = 90_000;

function timeOnce(text: string): number {
  const t0 = performance.now();
  extractArticle({ id: 'bench', text });
  return performance.now() - t0;
}

/** Median of 3 runs (1 when a run takes over a second), after one warm-up run. */
function msPerKb(text: string): number {
  const kb = Buffer.byteLength(text, 'utf8') / 1000;
  const first = timeOnce(text);
  if (first > 1000) return first / kb;
  const runs = [timeOnce(text), timeOnce(text), timeOnce(text)].sort((a, b) => a - b);
  return (runs[1] ?? first) / kb;
}

export async function benchAdversarial(): Promise<string[]> {
  const lines = [
    `adversarial shapes: ms per KB of input at ${SIZES_KB.join(' / ')} KB (flat along a row = linear)`,
  ];
  const names = Object.keys(SHAPES) as ShapeName[];
  // Warm the JIT on every shape first, so the 10 KB column measures steady-state work.
  for (const name of names) timeOnce(shapeText(name, 10_000));
  const only = process.env.BENCH_SHAPE;
  for (const name of names) {
    if (only && !name.includes(only)) continue;
    const make = (kb: number) => shapeText(name, kb * 1000);
    const cells: string[] = [];
    let lastMs = 0;
    let lastKb = 0;
    for (const kb of SIZES_KB) {
      const projected = lastMs * (kb / Math.max(lastKb, 1)) ** 2;
      if (lastKb > 0 && projected > SKIP_PROJECTED_MS) {
        cells.push(`skipped (~${(projected / 1000).toFixed(0)} s if quadratic)`);
        continue;
      }
      const perKb = msPerKb(make(kb));
      cells.push(perKb.toFixed(3));
      lastMs = perKb * kb;
      lastKb = kb;
      await Promise.resolve();
    }
    lines.push(`  ${name.padEnd(34)} ${cells.map((c) => c.padStart(9)).join('  ')}`);
  }
  return lines;
}

// Run directly: `npx tsx tests/bench/adversarial.bench.ts`.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  for (const line of await benchAdversarial()) console.log(line);
}
