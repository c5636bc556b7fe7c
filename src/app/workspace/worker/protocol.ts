import type { JobOutcome, JobProgress } from './job';

/** What the worker says back about a job. */
export type WorkerReply =
  | { jobId: number; type: 'progress'; progress: JobProgress }
  | { jobId: number; type: 'done'; outcome: JobOutcome }
  | { jobId: number; type: 'failed'; message: string };
