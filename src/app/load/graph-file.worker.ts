/**
 * Opening a graph file off the main thread: its text in; progress while a graph without
 * positions is laid out; the checked graph (with positions) out, or the problem that stopped it
 * (as the message key and parts the page words in its language).
 */
import type { SerializedGraph } from 'graphology-types';
import { parseGraphFile } from './graph-file';
import { LoadProblem, type LoadProblemKey } from './load-problem';

export type OpenRequest = { name: string; text: string };
export type OpenReply =
  | { type: 'progress'; done: number }
  | { type: 'done'; graph: SerializedGraph }
  | { type: 'problem'; key: LoadProblemKey; parts: LoadProblem['parts'] }
  | { type: 'error'; message: string };

const post = (reply: OpenReply) => self.postMessage(reply);

self.onmessage = (event: MessageEvent<OpenRequest>) => {
  const { name, text } = event.data;
  try {
    const graph = parseGraphFile(name, text, (done) => post({ type: 'progress', done }));
    post({ type: 'done', graph });
  } catch (problem) {
    if (problem instanceof LoadProblem)
      post({ type: 'problem', key: problem.key, parts: { ...problem.parts } });
    else post({ type: 'error', message: (problem as Error).message });
  }
};
