/**
 * `npm run extract` end to end, as a user runs it (`node src/cli/run.mjs extract`: process start
 * with the bundled CLI, reading, extraction in worker threads, merge, layout, JSON written), on folders of 1,000 and 10,000 varied articles of the
 * seed's size; the growth from 1,000 to 10,000 (linear is 10) and the peak memory the CLI reports.
 * Called by tests/bench/run.ts (`npm run bench -- cli`); BENCH_CLI_RUNS sets the runs (5).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machine, median, seedText, variedArticles } from './corpus.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 5);

function folderOf(dir: string, texts: readonly string[]): number {
  mkdirSync(dir);
  let bytes = 0;
  texts.forEach((text, i) => {
    writeFileSync(join(dir, `a${String(i).padStart(5, '0')}.txt`), text);
    bytes += Buffer.byteLength(text, 'utf8');
  });
  return bytes;
}

function runCli(
  folder: string,
  out: string,
  extra: string[],
): { ms: number; cpu: number; peak: number; phases: Map<string, number> } {
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'src/cli/run.mjs'), 'extract', folder, '--out', out, '--timings', ...extra],
    { cwd: ROOT, encoding: 'utf8' },
  );
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`bench: extract failed: ${r.stderr}`);
  return {
    ms,
    cpu: Number(/cpu ([\d.]+) s/.exec(r.stderr)?.[1] ?? NaN) * 1000,
    peak: Number(/peak memory (\d+) MB/.exec(r.stderr)?.[1] ?? NaN),
    phases: new Map(
      (/phases \(ms\): (.*)/.exec(r.stderr)?.[1] ?? '')
        .split(', ')
        .map((part) => /^(.*) (\d+)$/.exec(part))
        .filter((m) => m !== null)
        .map((m) => [m[1]!, Number(m[2])]),
    ),
  };
}

export async function benchCli(): Promise<string[]> {
  const lines = [
    `extract CLI end to end: MB/s of input, median of ${RUNS} runs (start-up, workers, merge, layout and JSON included; cpu: all threads, as the CLI reports it)`,
    `  machine: ${machine()}`,
  ];
  const dir = mkdtempSync(join(tmpdir(), 'isnad-bench-cli-'));
  const chars = seedText().length;
  const all = variedArticles(10_000, chars);
  const medians = new Map<string, number>();
  try {
    for (const count of [1000, 10_000]) {
      const folder = join(dir, `v${count}`);
      const bytes = folderOf(folder, all.slice(0, count));
      for (const [label, extra] of [
        ['', []],
        [' --jobs 1', ['--jobs', '1']],
        [' --no-layout', ['--no-layout']],
      ] as const) {
        // Single-threaded and no-layout runs once at 10,000 (they are for comparison).
        const runs = count === 1000 || label === '' ? RUNS : 1;
        const results = Array.from({ length: runs }, () =>
          runCli(folder, join(dir, 'out.json'), [...extra]),
        );
        const ms = median(results.map((r) => r.ms));
        const cpu = median(results.map((r) => r.cpu));
        const peak = Math.max(...results.map((r) => r.peak));
        medians.set(`${count}${label}`, ms);
        const outMb = statSync(join(dir, 'out.json')).size / 1e6;
        const phases = [...(results[0]?.phases.keys() ?? [])].map(
          (name) => `${name} ${median(results.map((r) => r.phases.get(name) ?? 0)).toFixed(0)}`,
        );
        lines.push(
          `  ${count.toLocaleString('en').padStart(6)} articles${label.padEnd(12)} ${(bytes / 1e6).toFixed(1).padStart(5)} MB  ${(ms / 1000).toFixed(2).padStart(6)} s  ${(bytes / 1e6 / (ms / 1000)).toFixed(1).padStart(5)} MB/s  cpu ${(cpu / 1000).toFixed(1)} s  peak memory ${peak} MB  (graph file ${outMb.toFixed(0)} MB${runs === 1 ? ', 1 run' : ''})`,
          `${' '.repeat(10)}phases (ms, median): ${phases.join(', ')}`,
        );
        await Promise.resolve();
      }
    }
    const growth = (medians.get('10000') ?? 0) / (medians.get('1000') ?? 1);
    const threads = (medians.get('1000 --jobs 1') ?? 0) / (medians.get('1000') ?? 1);
    lines.push(
      `  10,000 / 1,000 articles: time × ${growth.toFixed(1)} (linear is 10); worker threads vs one: ${threads.toFixed(2)}× faster at 1,000`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}

// Run directly: `npx tsx tests/bench/cli.bench.ts`.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  for (const line of await benchCli()) console.log(line);
}
