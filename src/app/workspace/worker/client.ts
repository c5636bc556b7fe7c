/**
 * The main thread's side of the worker: one job at a time, progress through a callback, and a
 * cancel that terminates the worker (the only way to stop a synchronous extraction at once); the
 * next job starts a fresh one.
 */
import type { JobArticle, JobOutcome, JobProgress } from './job';
import type { WorkerReply } from './protocol';

export class JobCancelled extends Error {
  constructor() {
    super('workspace: the job was cancelled');
    this.name = 'JobCancelled';
  }
}

export interface RunningJob {
  done: Promise<JobOutcome>;
  cancel(): void;
}

let worker: Worker | null = null;
let nextId = 1;

function theWorker(): Worker {
  worker ??= new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

export function startJob(
  articles: JobArticle[],
  onProgress: (progress: JobProgress) => void,
): RunningJob {
  const jobId = nextId++;
  const running = theWorker();
  let settle: { resolve(o: JobOutcome): void; reject(e: Error): void } | null = null;
  const stop = () => {
    running.removeEventListener('message', onMessage);
    running.removeEventListener('error', onError);
    settle = null;
  };
  const onMessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    if (reply.jobId !== jobId || !settle) return;
    if (reply.type === 'progress') onProgress(reply.progress);
    else if (reply.type === 'done') {
      settle.resolve(reply.outcome);
      stop();
    } else {
      settle.reject(new Error(reply.message));
      stop();
    }
  };
  const onError = (event: ErrorEvent) => {
    settle?.reject(new Error(`workspace worker: ${event.message || 'failed to start'}`));
    stop();
    running.terminate();
    if (worker === running) worker = null;
  };
  const done = new Promise<JobOutcome>((resolve, reject) => {
    settle = { resolve, reject };
  });
  running.addEventListener('message', onMessage);
  running.addEventListener('error', onError);
  running.postMessage({ jobId, articles });
  return {
    done,
    cancel() {
      if (!settle) return;
      settle.reject(new JobCancelled());
      stop();
      running.terminate();
      if (worker === running) worker = null;
    },
  };
}
