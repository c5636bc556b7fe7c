/**
 * A graph file's text → its checked graph, with positions, computed in a worker
 * (./graph-file.worker.ts); `onLayout` hears 0…1 while a graph without positions is laid out.
 * A problem with the file rejects with the LoadProblem the worker found.
 */
import type { SerializedGraph } from 'graphology-types';
import type { OpenReply, OpenRequest } from './graph-file.worker';
import { LoadProblem } from './load-problem';

export function openGraphFile(
  name: string,
  text: string,
  onLayout: (done: number) => void,
): Promise<SerializedGraph> {
  const worker = new Worker(new URL('./graph-file.worker.ts', import.meta.url), {
    type: 'module',
  });
  return new Promise<SerializedGraph>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<OpenReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onLayout(reply.done);
      else if (reply.type === 'done') resolve(reply.graph);
      else if (reply.type === 'problem') reject(new LoadProblem(reply.key, reply.parts));
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => reject(new Error(`open graph: ${event.message}`));
    worker.postMessage({ name, text } satisfies OpenRequest);
  }).finally(() => worker.terminate());
}
