/**
 * One extract worker: reads and extracts its share of the articles (a contiguous run, in order)
 * and posts the results back a batch at a time, then `done`; the first error is posted instead,
 * with where it happened, so the main thread reports what the single-threaded run would have
 * reported. Batches let the main thread take in (deserialize) results while the workers go on,
 * and let a worker drop what it has sent: one message of 5,000 results held them all twice.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ArticleError, extractArticle, type ExtractionResult } from '../pipeline/index.ts';
import { UserError } from './files.ts';
import { readArticle } from './read-articles.ts';

export interface Job {
  files: string[];
  ids: string[];
}

/** Results a message carries. */
const BATCH = 50;

export type Reply =
  | { results: ExtractionResult[] }
  | { done: true }
  | {
      error: { index: number; phase: 'read' | 'extract'; user: boolean; message: string };
    };

function run({ files, ids }: Job, post: (reply: Reply) => void): Reply {
  const texts: string[] = [];
  // Every file is read before any is extracted, as in the single-threaded run.
  for (const [index, file] of files.entries()) {
    try {
      texts.push(readArticle(file));
    } catch (err) {
      return { error: describe(err, index, 'read') };
    }
  }
  let results: ExtractionResult[] = [];
  for (const [index, text] of texts.entries()) {
    try {
      results.push(extractArticle({ id: ids[index] ?? '', text }));
    } catch (err) {
      return { error: describe(err, index, 'extract') };
    }
    if (results.length === BATCH) {
      post({ results });
      results = [];
    }
  }
  if (results.length > 0) post({ results });
  return { done: true };
}

function describe(err: unknown, index: number, phase: 'read' | 'extract') {
  const user = err instanceof UserError || err instanceof ArticleError;
  const message =
    err instanceof Error ? (user ? err.message : (err.stack ?? err.message)) : String(err);
  return { index, phase, user, message };
}

const post = (reply: Reply) => parentPort?.postMessage(reply);
post(run(workerData as Job, post));
