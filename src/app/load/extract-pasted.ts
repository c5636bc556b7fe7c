/**
 * Pasted article text → graph, in a Web Worker (extract.worker.ts): the same pipeline and graph
 * builder as the build-time preprocessing, off the main thread, with progress and cancel.
 */
import type { SerializedGraph } from 'graphology-types';
import type { ExtractReply } from './extract-protocol';
import { LoadProblem } from './load-problem';

export interface Extraction {
  graph: Promise<SerializedGraph>;
  /** Stops the worker; `graph` then rejects with `cancelled`. */
  cancel(): void;
}

export function extractInWorker(text: string, onProgress: (fraction: number) => void): Extraction {
  const worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
  let settle: ((error?: LoadProblem, graph?: SerializedGraph) => void) | undefined;
  const graph = new Promise<SerializedGraph>((resolve, reject) => {
    settle = (error, graph) => {
      worker.terminate();
      settle = undefined;
      if (error) reject(error);
      else resolve(graph!);
    };
  });
  worker.addEventListener('message', (event: MessageEvent<ExtractReply>) => {
    const reply = event.data;
    if (reply.type === 'progress') onProgress(reply.done / reply.total);
    else if (reply.type === 'done') settle?.(undefined, reply.graph);
    else
      settle?.(
        new LoadProblem(reply.problem === 'raw' ? 'raw' : `load_${reply.problem}`, {
          detail: reply.detail ?? '',
        }),
      );
  });
  worker.addEventListener('error', (event) =>
    settle?.(
      new LoadProblem('raw', { detail: `extract: ${event.message || 'the extraction failed'}` }),
    ),
  );
  worker.postMessage({ text });
  return { graph, cancel: () => settle?.(new LoadProblem('cancelled')) };
}
