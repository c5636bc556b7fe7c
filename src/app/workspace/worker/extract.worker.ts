/**
 * The workspace's Web Worker: runs jobs (./job.ts) off the main thread, so a 1 MB article or
 * 200 files never freeze the page. Progress goes back as messages; cancelling terminates it.
 */
import { runJob, type JobArticle } from './job';
import type { WorkerReply } from './protocol';

const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = (event: MessageEvent<{ jobId: number; articles: JobArticle[] }>) => {
  const { jobId, articles } = event.data;
  try {
    const outcome = runJob(articles, (progress) => post({ jobId, type: 'progress', progress }));
    post({ jobId, type: 'done', outcome });
  } catch (error) {
    post({ jobId, type: 'failed', message: (error as Error).message });
  }
};
