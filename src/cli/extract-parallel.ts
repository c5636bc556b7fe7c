/**
 * Articles are independent: with many of them, `extract` reads and extracts them in worker
 * threads, one contiguous share each, and puts the results back in file order. What it writes,
 * and the error it stops with, are those of the single-threaded run.
 */
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExtractionResult } from '../pipeline/index.ts';
import type { Job, Reply } from './extract-worker.ts';
import { UserError } from './files.ts';

/** Below this many articles the workers' start-up (a quarter of a second each) costs more. */
export const PARALLEL_FROM = 64;

/**
 * How many workers `--jobs auto` uses: one a core that other work leaves idle (by the last
 * minute's load average), at most 8. A worker pays again what the first thread paid once — its
 * JIT warming up and every word's lexicon facts learnt anew, about 2 s of CPU over the first few
 * hundred articles — so a thread on a busy core costs more than it gives: on the shared 2-core
 * machine at load 3–5, two threads took 1.3–1.5× the CPU time and longer than one.
 */
export function defaultJobs(
  articles: number,
  load = loadavg()[0] ?? 0,
  cores = availableParallelism(),
): number {
  if (articles < PARALLEL_FROM) return 1;
  const idle = Math.floor(cores - load + 0.5);
  return Math.max(1, Math.min(8, cores, idle));
}

/**
 * The worker's code. Bundled by run.mjs (`npm run extract`), the worker is the bundle beside
 * this one. Run as TypeScript through tsx (the tests), whose loader a worker on Node 20 does not
 * take up (not even with `--import tsx`): the worker starts as a line of JavaScript that loads it
 * with tsx.
 */
function workerCode(): { code: string | URL; eval: boolean } {
  if (import.meta.url.endsWith('.mjs'))
    return { code: new URL('./extract-worker.mjs', import.meta.url), eval: false };
  const code = `import { tsImport } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};
await tsImport(${JSON.stringify(new URL('./extract-worker.ts', import.meta.url).href)}, ${JSON.stringify(import.meta.url)});`;
  return { code, eval: true };
}

export async function extractInWorkers(
  files: readonly string[],
  ids: readonly string[],
  jobs: number,
  onDone?: (articles: number) => void,
): Promise<ExtractionResult[]> {
  const size = Math.ceil(files.length / jobs);
  const shares: Job[] = [];
  for (let from = 0; from < files.length; from += size)
    shares.push({ files: files.slice(from, from + size), ids: ids.slice(from, from + size) });
  const worker = workerCode();
  // Each share's results arrive in batches, in order, then `done` (or an error, which ends it).
  const replies = await Promise.all(
    shares.map(
      (job) =>
        new Promise<{ results: ExtractionResult[] } | Extract<Reply, { error: unknown }>>(
          (resolve, reject) => {
            const results: ExtractionResult[] = [];
            const thread = new Worker(worker.code, { eval: worker.eval, workerData: job });
            thread.on('message', (reply: Reply) => {
              if ('results' in reply) {
                for (const r of reply.results) results.push(r);
                onDone?.(reply.results.length);
              } else resolve('done' in reply ? { results } : reply);
            });
            thread.once('error', reject);
            thread.once('exit', (code) => {
              if (code !== 0) reject(new Error(`extract: a worker stopped with code ${code}`));
            });
          },
        ),
    ),
  );
  // The error the single-threaded run meets first: any read error before any extraction error,
  // each in file order.
  for (const phase of ['read', 'extract'] as const)
    for (const reply of replies)
      if ('error' in reply && reply.error.phase === phase) {
        const { user, message } = reply.error;
        throw user ? new UserError(message) : new Error(message);
      }
  return replies.flatMap((reply) => ('results' in reply ? reply.results : []));
}
